#include "inventory/DeviceTableAccessor.h"
#include "inventory/RegisterFilter.h"

#include <QTest>

#include <numeric>

using namespace warden;

// RegisterFilter evaluates a register filter column by column; these tests hold it to the row-by-row reference
// (FilterExpression::matches over a DeviceTableAccessor) on tables built to hit its edges: case, non-ASCII text,
// characters beyond U+FFFF, empty values, matches straddling two rows of the folded buffers, and tables big enough
// to be split over two threads.
class TestRegisterFilter : public QObject {
    Q_OBJECT
private:
    static QList<QString> names()
    {
        return {QStringLiteral("Lobby Camera 12"), QStringLiteral("lobby camera 120"), QStringLiteral("LOBBY"),
                QString(), QStringLiteral(""), QStringLiteral("Ärztezimmer Pumpe"), QStringLiteral("ÄRZTEZIMMER"),
                QStringLiteral("straße"), QStringLiteral("STRASSE"), QStringLiteral("ΣΊΣΥΦΟΣ"), QStringLiteral("σίσυφος"),
                QStringLiteral("İstanbul gate"), QStringLiteral("istanbul gate"), QStringLiteral("東京 カメラ"),
                QStringLiteral("cam\U0001F4F7era"), QStringLiteral("\U00010400 deseret"), QStringLiteral("\U00010428 deseret"),
                QStringLiteral("ca"), QStringLiteral("mera"), QStringLiteral("x*y"), QStringLiteral("dev-1"),
                QStringLiteral("Café"), QStringLiteral("CAFÉ"), QStringLiteral("cafe\u0301")};
    }

    // count rows cycling through names, classes, sites and numbers so that every combination shows up.
    static DeviceTable makeTable(int count)
    {
        const QList<QString> nameList = names();
        const QStringList classes = {QStringLiteral("ip_camera"), QStringLiteral("infusion_pump"), QStringLiteral("PLC"),
                                     QStringLiteral("Kamera_Außen"), QString()};
        const QStringList firmware = {QStringLiteral("2.4.1"), QStringLiteral("2.10"), QString(), QStringLiteral("1.9.9")};
        const QStringList sites = {QStringLiteral("site-01"), QStringLiteral("site-02"), QStringLiteral("site-03")};
        DeviceTable table;
        for (int i = 0; i < count; ++i) {
            Device device;
            // Ids of different lengths so that hits can straddle the boundary between two rows.
            device.id = (i % 7 == 0) ? QStringLiteral("CA%1").arg(i) : QStringLiteral("dev-%1").arg(i);
            device.name = nameList.at(i % nameList.size());
            device.deviceClass = classes.at(i % classes.size());
            device.vendor = (i % 3) ? QStringLiteral("Axis") : QStringLiteral("Ünïcode GmbH");
            device.model = QStringLiteral("M%1").arg(i % 11);
            device.firmwareVersion = firmware.at(i % firmware.size());
            device.siteId = sites.at(i % sites.size());
            device.gatewayId = QStringLiteral("gw-%1").arg(i % 13);
            device.segment = (i % 5) ? QStringLiteral("cctv") : QString();
            device.riskScore = (i * 37) % 101;
            device.status = DeviceStatus(i % 4);
            device.quarantine = (i % 9 == 0) ? QuarantineLevel::Isolate : QuarantineLevel::None;
            device.capabilities.safetyCritical = i % 6 == 0;
            device.capabilities.onlineUpdate = i % 4 != 0;
            table.upsert((i % 2) ? QStringLiteral("eu") : QStringLiteral("us"), device);
        }
        return table;
    }

    static QHash<QString, QString> siteNames()
    {
        return {{QStringLiteral("site-01"), QStringLiteral("North Campus")}, {QStringLiteral("site-02"), QStringLiteral("Süd")}};
    }

    static QList<quint32> reference(const DeviceTable &table, const FilterExpression &expression,
                                    const QList<quint32> &rows)
    {
        const QHash<QString, QString> sites = siteNames();
        const DeviceTableAccessor accessor(table, sites);
        QList<quint32> selected;
        for (const quint32 row : rows) {
            if (expression.matches(accessor, row))
                selected.append(row);
        }
        return selected;
    }

private slots:
    void matchesTheRowWiseReference_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("free text, case") << QStringLiteral("camera");
        QTest::newRow("free text, upper") << QStringLiteral("CAMERA");
        QTest::newRow("free text, one letter") << QStringLiteral("a");
        QTest::newRow("free text straddling rows") << QStringLiteral("camera12");
        QTest::newRow("free text across name boundary") << QStringLiteral("cam");
        QTest::newRow("free text, umlaut") << QStringLiteral("ärzte");
        QTest::newRow("free text, sharp s") << QStringLiteral("STRASSE");
        QTest::newRow("free text, sharp s folded") << QStringLiteral("straße");
        QTest::newRow("free text, final sigma") << QStringLiteral("σίσυφος");
        QTest::newRow("free text, dotted I") << QStringLiteral("İstanbul");
        QTest::newRow("free text, dotless") << QStringLiteral("istanbul");
        QTest::newRow("free text, CJK") << QStringLiteral("カメラ");
        QTest::newRow("free text, emoji") << QStringLiteral("\U0001F4F7");
        QTest::newRow("free text, deseret upper") << QStringLiteral("\U00010400");
        QTest::newRow("free text, deseret lower") << QStringLiteral("\U00010428");
        QTest::newRow("free text, accent") << QStringLiteral("CAFÉ");
        QTest::newRow("free text, combining") << QStringLiteral("e\u0301");
        QTest::newRow("free text, site name") << QStringLiteral("north");
        QTest::newRow("free text, site umlaut") << QStringLiteral("SÜD");
        QTest::newRow("free text, site id") << QStringLiteral("site-03");
        QTest::newRow("free text, interned umlaut") << QStringLiteral("außen");
        QTest::newRow("free text, id prefix") << QStringLiteral("ca1");
        QTest::newRow("free text, no hit") << QStringLiteral("zzzz");
        QTest::newRow("free text, empty quoted") << QStringLiteral("\"\"");
        QTest::newRow("two words") << QStringLiteral("lobby 12");
        QTest::newRow("name glob") << QStringLiteral("name:*camera*12*");
        QTest::newRow("name glob anchored") << QStringLiteral("name:lobby*12");
        QTest::newRow("name glob star only") << QStringLiteral("name:*");
        QTest::newRow("name glob double star") << QStringLiteral("name:**");
        QTest::newRow("name glob suffix") << QStringLiteral("name:*GATE");
        QTest::newRow("name glob overlapping pieces") << QStringLiteral("name:ca*a");
        QTest::newRow("name glob umlaut") << QStringLiteral("name:ä*");
        QTest::newRow("name glob emoji") << QStringLiteral("name:*\U0001F4F7*");
        QTest::newRow("name equal") << QStringLiteral("name:lobby");
        QTest::newRow("name equal quoted") << QStringLiteral("name:\"LOBBY CAMERA 12\"");
        QTest::newRow("name equal empty") << QStringLiteral("name:\"\"");
        QTest::newRow("name not equal") << QStringLiteral("-name:lobby");
        QTest::newRow("name equal sigma") << QStringLiteral("name:ΣΊΣΥΦΟΣ");
        QTest::newRow("id equal") << QStringLiteral("id:dev-1");
        QTest::newRow("id glob") << QStringLiteral("id:ca*");
        QTest::newRow("class") << QStringLiteral("class:plc");
        QTest::newRow("class glob") << QStringLiteral("class:*camera*");
        QTest::newRow("class empty glob") << QStringLiteral("class:*");
        QTest::newRow("class umlaut") << QStringLiteral("class:kamera_AUSSEN");
        QTest::newRow("vendor umlaut") << QStringLiteral("vendor:\"ÜNÏCODE GMBH\"");
        QTest::newRow("site by name") << QStringLiteral("site:\"north campus\"");
        QTest::newRow("site by id without name") << QStringLiteral("site:site-03");
        QTest::newRow("firmware older") << QStringLiteral("fw:<2.4");
        QTest::newRow("firmware newer") << QStringLiteral("fw:>=2.4.1");
        QTest::newRow("firmware glob") << QStringLiteral("fw:2.*");
        QTest::newRow("firmware not equal") << QStringLiteral("fw:!=2.10");
        QTest::newRow("risk") << QStringLiteral("risk:>70");
        QTest::newRow("risk equal") << QStringLiteral("risk:37");
        QTest::newRow("status") << QStringLiteral("status:offline");
        QTest::newRow("quarantined") << QStringLiteral("quarantined:yes");
        QTest::newRow("safety") << QStringLiteral("safety:no");
        QTest::newRow("online update") << QStringLiteral("online_update:yes");
        QTest::newRow("and, or, not") << QStringLiteral("(class:plc OR class:ip_camera) -quarantined:yes risk:>20");
        QTest::newRow("or of words") << QStringLiteral("lobby OR straße OR gw-12");
        QTest::newRow("not of nothing") << QStringLiteral("-zzzz");
        QTest::newRow("nested") << QStringLiteral("-(name:*camera* OR -status:online) fw:<2.10");
    }

    void matchesTheRowWiseReference()
    {
        QFETCH(QString, filter);
        const auto expression = FilterExpression::parse(filter);
        QVERIFY2(expression.ok(), qPrintable(expression.errorMessage()));
        // Small (one thread), odd-sized big (two threads, split mid-word) tables.
        // Built once for all rows of the table (the big one takes a while in a debug build).
        static const DeviceTable small = makeTable(200);
        static const DeviceTable big = makeTable(70'001);
        for (const DeviceTable *tableOfSize : {&small, &big}) {
            const DeviceTable &table = *tableOfSize;
            QList<quint32> rows(table.rowCount());
            std::iota(rows.begin(), rows.end(), 0U);
            const RegisterFilter compiled(*expression, siteNames());
            const QList<quint32> expected = reference(table, *expression, rows);
            QCOMPARE(compiled.select(table, rows), expected);
            // Any order of rows is kept as given.
            QList<quint32> reversed(rows.crbegin(), rows.crend());
            QCOMPARE(compiled.select(table, reversed), QList<quint32>(expected.crbegin(), expected.crend()));
        }
    }

    void foldedTextFollowsRenamesAndNewRows()
    {
        DeviceTable table = makeTable(50);
        const auto expression = FilterExpression::parse(QStringLiteral("zebra"));
        QVERIFY(expression.ok());
        const RegisterFilter compiled(*expression, {});
        QList<quint32> rows(50);
        std::iota(rows.begin(), rows.end(), 0U);
        QVERIFY(compiled.select(table, rows).isEmpty());
        const DeviceTable snapshot = table; // shares the folded copy built above
        Device renamed = table.device(3);
        renamed.name = QStringLiteral("ZEBRA crossing");
        table.upsert(table.backend(3), renamed);
        QCOMPARE(compiled.select(table, rows), QList<quint32>{3});
        QVERIFY(compiled.select(snapshot, rows).isEmpty()); // the snapshot keeps its own text
        Device added = renamed;
        added.id = QStringLiteral("new-1");
        added.name = QStringLiteral("zebra two");
        table.upsert(QStringLiteral("eu"), added);
        rows.append(50);
        QCOMPARE(compiled.select(table, rows), (QList<quint32>{3, 50}));
    }

    void emptyFilterKeepsEveryRow()
    {
        const DeviceTable table = makeTable(10);
        const RegisterFilter compiled(FilterExpression(), {});
        QVERIFY(compiled.isEmpty());
        const QList<quint32> rows = {9, 2, 5};
        QCOMPARE(compiled.select(table, rows), rows);
    }
};

QTEST_GUILESS_MAIN(TestRegisterFilter)
#include "tst_registerfilter.moc"
