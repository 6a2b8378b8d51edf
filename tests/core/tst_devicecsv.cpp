// The register's CSV: the reader (RFC 4180 plus what spreadsheets write), the import plan (validation report with
// line, column and problem; bad lines left out whole; creates vs updates) and the export (anonymised by default).

#include "inventory/CsvReader.h"
#include "inventory/DeviceCsv.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Backend = u"eu"_s;

Device makeDevice(int i)
{
    Device device;
    device.id = u"dev-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    device.name = u"Camera %1"_s.arg(i);
    device.deviceClass = u"ip_camera"_s;
    device.vendor = u"Axis"_s;
    device.model = u"P1375"_s;
    device.firmwareVersion = u"2.4.1"_s;
    device.siteId = u"site-1"_s;
    device.gatewayId = u"gw-1"_s;
    device.segment = u"video"_s;
    device.ownerRef = u"own-%1"_s.arg(i % 3);
    device.location = u"Lobby"_s;
    device.notes = u"Mounted by Jane Doe"_s;
    device.capabilities.onlineUpdate = true;
    return device;
}

DeviceTable makeTable(int count)
{
    DeviceTable table;
    for (int i = 0; i < count; ++i)
        table.upsert(Backend, makeDevice(i));
    return table;
}

const QHash<QString, QString> Sites{{u"site-1"_s, u"North Campus"_s}, {u"site-2"_s, u"St. Mary Hospital"_s}};

} // namespace

class TestDeviceCsv : public QObject {
    Q_OBJECT
private slots:
    void readsCsv_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qsizetype>>("lines");
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                  << QList<qsizetype>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                              << QList<qsizetype>{1, 2};
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                 << QList<qsizetype>{1, 2};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,name\nx,y") << QList<QStringList>{{u"id"_s, u"name"_s}, {u"x"_s, u"y"_s}}
                             << QList<qsizetype>{1, 2};
        QTest::newRow("no final newline") << QByteArray("a\nb") << QList<QStringList>{{u"a"_s}, {u"b"_s}}
                                          << QList<qsizetype>{1, 2};
        QTest::newRow("quoted comma and quote")
            << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n") << QList<QStringList>{{u"a,b"_s, u"say \"hi\""_s}}
            << QList<qsizetype>{1};
        QTest::newRow("line break in quotes")
            << QByteArray("id,notes\r\n1,\"two\r\nlines\"\r\n2,x\r\n")
            << QList<QStringList>{{u"id"_s, u"notes"_s}, {u"1"_s, u"two\nlines"_s}, {u"2"_s, u"x"_s}}
            << QList<qsizetype>{1, 2, 4};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",a,\n")
                                      << QList<QStringList>{{QString(), QString(), QString()}, {QString(), u"a"_s, QString()}}
                                      << QList<qsizetype>{1, 2};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n\n") << QList<QStringList>{{u"a"_s}, {u"b"_s}}
                                             << QList<qsizetype>{1, 4};
        QTest::newRow("utf-8") << QByteArray("Zürich,北京\n") << QList<QStringList>{{u"Zürich"_s, u"北京"_s}}
                               << QList<qsizetype>{1};
        QTest::newRow("empty file") << QByteArray() << QList<QStringList>{} << QList<qsizetype>{};
    }

    void readsCsv()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qsizetype>, lines);
        const Result<QList<CsvRecord>> parsed = CsvReader::parse(data);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(parsed->at(i).fields, records.at(i));
            QCOMPARE(parsed->at(i).line, lines.at(i));
        }
    }

    void rejectsBrokenCsv_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << u"Line 2"_s;
        QTest::newRow("stray quote") << QByteArray("a,b\n1,x\"y\n") << u"Line 2"_s;
        QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y\n") << u"Line 2"_s;
        QTest::newRow("not utf-8") << QByteArray("a,\xff\xfe\n") << u"UTF-8"_s;
    }

    void rejectsBrokenCsv()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const Result<QList<CsvRecord>> parsed = CsvReader::parse(data);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(mentions), qPrintable(parsed.errorMessage()));
    }

    void refusesFilesAboveTheLimit()
    {
        const Result<QList<CsvRecord>> parsed = CsvReader::parse(QByteArray(2000, 'a'), 1000);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.errorMessage().contains(u"at most"_s));
    }

    void formatsAndReadsBack()
    {
        const QStringList fields{u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, QString(), u" padded "_s};
        const Result<QList<CsvRecord>> parsed = CsvReader::parse(CsvReader::formatRecord(fields).toUtf8());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->constFirst().fields, fields);
    }

    void plansImport_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("creates");
        QTest::addColumn<int>("updates");
        QTest::addColumn<int>("unchanged");
        QTest::addColumn<int>("badLines");
        QTest::addColumn<QStringList>("issues"); // "line:field" of each issue, in order

        QTest::newRow("new device") << QByteArray("id,name,class,site\ndev-9000,Door 1,door_controller,site-2\n")
                                    << 1 << 0 << 0 << 0 << QStringList{};
        QTest::newRow("site by name") << QByteArray("id,name,class,site\ndev-9000,Door 1,door_controller,North Campus\n")
                                      << 1 << 0 << 0 << 0 << QStringList{};
        QTest::newRow("update name") << QByteArray("id,name\ndev-0001,Renamed\n") << 0 << 1 << 0 << 0 << QStringList{};
        QTest::newRow("same values are unchanged")
            << QByteArray("id,name,class,location\r\ndev-0001,Camera 1,ip_camera,Lobby\r\n") << 0 << 0 << 1 << 0
            << QStringList{};
        QTest::newRow("empty cell keeps value") << QByteArray("id,name,location\ndev-0001,,Roof\n") << 0 << 1 << 0 << 0
                                                << QStringList{};
        QTest::newRow("header case and spaces") << QByteArray("ID , Name\ndev-0001,Renamed\n") << 0 << 1 << 0 << 0
                                                << QStringList{};
        QTest::newRow("export columns ignored")
            << QByteArray("backend,id,status,risk,name\neu,dev-0001,online,99,Renamed\n") << 0 << 1 << 0 << 0
            << QStringList{};
        QTest::newRow("flags") << QByteArray("id,online_update,safety_critical\ndev-0001,no,YES\ndev-0002,maybe,no\n")
                               << 0 << 1 << 0 << 1 << QStringList{u"3:online_update"_s};
        QTest::newRow("too few fields") << QByteArray("id,name,location\ndev-0001,x\ndev-0002,y,z\n") << 0 << 1 << 0
                                        << 1 << QStringList{u"2:"_s};
        QTest::newRow("too many fields") << QByteArray("id,name\ndev-0001,a,b\n") << 0 << 0 << 0 << 1
                                         << QStringList{u"2:"_s};
        QTest::newRow("new device needs name class site")
            << QByteArray("id,location\ndev-9001,Roof\n") << 0 << 0 << 0 << 1
            << QStringList{u"2:name"_s, u"2:class"_s, u"2:site"_s};
        QTest::newRow("unknown site") << QByteArray("id,name,class,site\ndev-9001,x,ip_camera,Atlantis\n") << 0 << 0
                                      << 0 << 1 << QStringList{u"2:site"_s};
        QTest::newRow("fixed fields of existing device")
            << QByteArray("id,firmware,site\ndev-0001,9.9,site-2\n") << 0 << 0 << 0 << 1
            << QStringList{u"2:firmware"_s, u"2:site"_s};
        QTest::newRow("missing id") << QByteArray("id,name\n,x\n") << 0 << 0 << 0 << 1 << QStringList{u"2:id"_s};
        QTest::newRow("duplicate id") << QByteArray("id,name\ndev-0001,a\ndev-0001,b\n") << 0 << 1 << 0 << 1
                                      << QStringList{u"3:id"_s};
        QTest::newRow("control character") << QByteArray("id,name\ndev-0001,\"a\tb\"\n") << 0 << 0 << 0 << 1
                                           << QStringList{u"2:name"_s};
        QTest::newRow("line break in notes is fine") << QByteArray("id,notes\ndev-0001,\"two\nlines\"\n") << 0 << 1
                                                     << 0 << 0 << QStringList{};
        QTest::newRow("name too long") << (QByteArray("id,name\ndev-0001,") + QByteArray(300, 'x') + "\n") << 0 << 0
                                       << 0 << 1 << QStringList{u"2:name"_s};
        QTest::newRow("anonymised owner") << QByteArray("id,owner\ndev-0001,anon-1a2b3c4d5e\n") << 0 << 0 << 0 << 1
                                          << QStringList{u"2:owner"_s};
        QTest::newRow("formula guard undone") << QByteArray("id,name\ndev-0001,'=Camera\n") << 0 << 1 << 0 << 0
                                              << QStringList{};
        QTest::newRow("good and bad lines") << QByteArray("id,name,class,site\n"
                                                          "dev-9000,Door 1,door_controller,site-1\n"
                                                          "dev-9001,,door_controller,site-1\n"
                                                          "dev-0003,Cam three,,\n")
                                            << 1 << 1 << 0 << 1 << QStringList{u"3:name"_s};
        QTest::newRow("clear owner location notes") << QByteArray("id,owner,location,notes\ndev-0001,<clear>,<CLEAR>, <Clear> \n")
                                                    << 0 << 1 << 0 << 0 << QStringList{};
        QTest::newRow("clear name refused") << QByteArray("id,name\ndev-0001,<clear>\n") << 0 << 0 << 0 << 1
                                            << QStringList{u"2:name"_s};
        QTest::newRow("clear flag refused") << QByteArray("id,online_update\ndev-0001,<clear>\n") << 0 << 0 << 0 << 1
                                            << QStringList{u"2:online_update"_s};
        QTest::newRow("clear device field refused") << QByteArray("id,class,firmware\ndev-0001,<clear>,<clear>\n") << 0
                                                    << 0 << 0 << 1 << QStringList{u"2:class"_s, u"2:firmware"_s};
        QTest::newRow("clear id refused") << QByteArray("id,name\n<clear>,x\n") << 0 << 0 << 0 << 1
                                          << QStringList{u"2:id"_s};
        QTest::newRow("clear on a new device is empty") << QByteArray("id,name,class,site,owner\n"
                                                                      "dev-9000,Door 1,door_controller,site-1,<clear>\n")
                                                        << 1 << 0 << 0 << 0 << QStringList{};
        QTest::newRow("clear of a required new field") << QByteArray("id,name,class,site\ndev-9000,<clear>,plc,site-1\n")
                                                       << 0 << 0 << 0 << 1 << QStringList{u"2:name"_s};
        QTest::newRow("quoted marker is the marker") << QByteArray("id,location\ndev-0001,\"<clear>\"\n") << 0 << 1 << 0
                                                     << 0 << QStringList{};
        QTest::newRow("marker inside text is text") << QByteArray("id,location\ndev-0001,Hall <clear> B\n") << 0 << 1 << 0
                                                    << 0 << QStringList{};
    }

    void clearsOnlyWhatTheMarkerNames()
    {
        DeviceTable table = makeTable(3);
        Device bare = makeDevice(2);
        bare.location.clear();
        table.upsert(Backend, bare);
        const DeviceImportPlan plan = DeviceCsv::planImport(
            "id,name,owner,location,notes\n"
            "dev-0000,,<clear>,,<clear>\n"      // clears owner and notes, keeps name and location
            "dev-0001,Renamed,,<clear>,\n"      // renames and clears the location
            "dev-0002,,,<clear>,\n"             // location already empty: nothing to do
            "dev-0001,x,<clear>,,\n",           // duplicate id: a bad line, its clear is not listed
            table, Backend, Sites);
        QCOMPARE(plan.updates, 2);
        QCOMPARE(plan.unchanged, 1);
        QCOMPARE(plan.badLines, 1);
        QCOMPARE(plan.rows.size(), 2);
        const DevicePatch &first = plan.rows.at(0).patch;
        QCOMPARE(first.ownerRef, std::optional<QString>(QString()));
        QCOMPARE(first.notes, std::optional<QString>(QString()));
        QVERIFY(!first.name && !first.location);
        // The wire form sends the empty values, which fleetd stores as cleared.
        const QJsonObject json = first.toJson();
        QCOMPARE(json.value(u"owner_ref"_s).toString(u"missing"_s), QString());
        QCOMPARE(json.value(u"notes"_s).toString(u"missing"_s), QString());
        QVERIFY(!json.contains(u"location"_s));
        const DevicePatch &second = plan.rows.at(1).patch;
        QCOMPARE(second.name, std::optional<QString>(u"Renamed"_s));
        QCOMPARE(second.location, std::optional<QString>(QString()));
        QVERIFY(!second.ownerRef && !second.notes);
        // The report lists every clear of a valid line, quoting what goes.
        QStringList listed;
        for (const CsvIssue &clear : plan.clears)
            listed.append(u"%1:%2"_s.arg(clear.line).arg(clear.field));
        QCOMPARE(listed, (QStringList{u"2:owner"_s, u"2:notes"_s, u"3:location"_s}));
        QVERIFY(plan.clears.at(1).problem.contains(u"Mounted by Jane Doe"_s));
    }

    void plansImport()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, creates);
        QFETCH(int, updates);
        QFETCH(int, unchanged);
        QFETCH(int, badLines);
        QFETCH(QStringList, issues);
        const DeviceTable table = makeTable(10);
        const DeviceImportPlan plan = DeviceCsv::planImport(data, table, Backend, Sites);
        QStringList found;
        for (const CsvIssue &issue : plan.issues) {
            found.append(u"%1:%2"_s.arg(issue.line).arg(issue.field));
            QVERIFY(!issue.problem.isEmpty());
        }
        QCOMPARE(found, issues);
        QVERIFY(!plan.fileRejected);
        QCOMPARE(plan.creates, creates);
        QCOMPARE(plan.updates, updates);
        QCOMPARE(plan.unchanged, unchanged);
        QCOMPARE(plan.badLines, badLines);
        QCOMPARE(plan.rows.size(), creates + updates);
        for (const DeviceImportRow &row : plan.rows) {
            QVERIFY(!row.deviceId.isEmpty());
            QVERIFY(row.create || !row.patch.isEmpty());
        }
    }

    void rejectsUnusableFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("no id column") << QByteArray("name,class\nx,y\n") << u"\"id\""_s;
        QTest::newRow("unknown column") << QByteArray("id,colour\nx,red\n") << u"colour"_s;
        QTest::newRow("duplicate column") << QByteArray("id,name,Name\nx,a,b\n") << u"twice"_s;
        QTest::newRow("broken quoting") << QByteArray("id,name\nx,\"open\n") << u"Line 2"_s;
    }

    void rejectsUnusableFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const DeviceImportPlan plan = DeviceCsv::planImport(data, makeTable(3), Backend, Sites);
        QVERIFY(plan.fileRejected);
        QVERIFY(plan.rows.isEmpty());
        QCOMPARE(plan.issues.size(), 1);
        QVERIFY2(plan.issues.constFirst().problem.contains(mentions), qPrintable(plan.issues.constFirst().problem));
    }

    void buildsCreatesAndPatches()
    {
        const DeviceTable table = makeTable(3);
        const DeviceImportPlan plan = DeviceCsv::planImport(
            "id,name,class,site,gateway,owner,location,notes,safety_critical,online_update\n"
            "dev-9000,Pump 1,infusion_pump,St. Mary Hospital,gw-7,own-1,Ward 3,\"first, checked\",yes,no\n"
            "dev-0001,Camera 1,,,,own-2,Roof,,,\n",
            table, Backend, Sites);
        QVERIFY(plan.issues.isEmpty());
        QCOMPARE(plan.rows.size(), 2);
        const DeviceImportRow &create = plan.rows.at(0);
        QVERIFY(create.create);
        QCOMPARE(create.device.siteId, u"site-2"_s);
        QCOMPARE(create.device.gatewayId, u"gw-7"_s);
        QCOMPARE(create.device.notes, u"first, checked"_s);
        QVERIFY(create.device.capabilities.safetyCritical);
        QVERIFY(!create.device.capabilities.onlineUpdate);
        const DeviceImportRow &update = plan.rows.at(1);
        QVERIFY(!update.create);
        QVERIFY(!update.patch.name); // same as registered
        QCOMPARE(update.patch.ownerRef, std::optional<QString>(u"own-2"_s));
        QCOMPARE(update.patch.location, std::optional<QString>(u"Roof"_s));
        QVERIFY(!update.patch.notes);
        QVERIFY(!update.patch.safetyCritical);
    }

    void plansAHugeFile()
    {
        // 200 000 lines: every one checked, none lost, none merged.
        const DeviceTable table = makeTable(1000);
        QByteArray data = "id,name,class,site,location\n";
        constexpr int Lines = 200'000;
        for (int i = 0; i < Lines; ++i)
            data += "new-" + QByteArray::number(i) + ",Sensor " + QByteArray::number(i) + ",smart_meter,site-1,\"Hall, "
                    + QByteArray::number(i % 50) + "\"\r\n";
        data += "new-7,dup,smart_meter,site-1,x\r\n";
        const DeviceImportPlan plan = DeviceCsv::planImport(data, table, Backend, Sites);
        QCOMPARE(plan.creates, Lines);
        QCOMPARE(plan.badLines, 1);
        QCOMPARE(plan.issues.size(), 1);
        QCOMPARE(plan.issues.constFirst().line, Lines + 2);
        QCOMPARE(plan.rows.last().device.location, u"Hall, %1"_s.arg((Lines - 1) % 50));
    }

    void exportsAnonymisedByDefault()
    {
        const DeviceTable table = makeTable(6);
        const QList<quint32> rows{5, 0, 3};
        const QByteArray csv = DeviceCsv::exportRows(table, rows, {});
        const Result<QList<CsvRecord>> parsed = CsvReader::parse(csv);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 4);
        const QStringList header = parsed->constFirst().fields;
        QCOMPARE(header, DeviceCsv::exportHeader());
        const qsizetype id = header.indexOf(u"id"_s);
        const qsizetype owner = header.indexOf(u"owner"_s);
        const qsizetype notes = header.indexOf(u"notes"_s);
        QCOMPARE(parsed->at(1).fields.at(id), u"dev-0005"_s); // the view's order
        QCOMPARE(parsed->at(2).fields.at(id), u"dev-0000"_s);
        for (qsizetype i = 1; i < parsed->size(); ++i) {
            QVERIFY(parsed->at(i).fields.at(owner).startsWith(DeviceCsv::AnonymousOwnerPrefix));
            QVERIFY(!parsed->at(i).fields.at(owner).contains(u"own-"_s));
            QVERIFY(parsed->at(i).fields.at(notes).isEmpty());
        }
        QVERIFY(!csv.contains("Jane Doe"));
        // dev-0000 and dev-0003 share own-0: one owner, one pseudonym within the file.
        QCOMPARE(parsed->at(2).fields.at(owner), parsed->at(3).fields.at(owner));
        QVERIFY(parsed->at(1).fields.at(owner) != parsed->at(2).fields.at(owner));
        // A new export draws a new key: pseudonyms cannot be matched across files.
        const QByteArray other = DeviceCsv::exportRows(table, rows, {});
        QVERIFY(other != csv);
    }

    void exportsInFullWhenAsked()
    {
        DeviceTable table = makeTable(2);
        Device formula = makeDevice(1);
        formula.name = u"=HYPERLINK(\"x\")"_s;
        table.upsert(Backend, formula);
        DeviceCsv::ExportOptions options;
        options.anonymise = false;
        const QByteArray csv = DeviceCsv::exportRows(table, {0, 1}, options);
        QVERIFY(csv.contains("own-0"));
        QVERIFY(csv.contains("Jane Doe"));
        QVERIFY(csv.contains("'=HYPERLINK"));
        // The full export reads back as "nothing to change".
        const DeviceImportPlan plan = DeviceCsv::planImport(csv, table, Backend, Sites);
        QVERIFY(plan.issues.isEmpty());
        QCOMPARE(plan.unchanged, 2);
        QVERIFY(plan.rows.isEmpty());
    }

    void exportStopsWhenCancelled()
    {
        const DeviceTable table = makeTable(10);
        const std::atomic_bool cancel{true};
        QVERIFY(DeviceCsv::exportRows(table, {0, 1, 2}, {}, &cancel).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceCsv)
#include "tst_devicecsv.moc"
