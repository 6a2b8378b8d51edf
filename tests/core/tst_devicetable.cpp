#include "inventory/DeviceTable.h"

#include <QTest>

#include <numeric>

using namespace warden;

// Compact register storage: upsert by (backend, id), round trip, and sorting on raw values.
class TestDeviceTable : public QObject {
    Q_OBJECT
private:
    static Device makeDevice(const QString &id, const QString &name, const QString &deviceClass, int risk,
                             DeviceStatus status = DeviceStatus::Online)
    {
        Device device;
        device.id = id;
        device.name = name;
        device.deviceClass = deviceClass;
        device.vendor = QStringLiteral("Axis");
        device.model = QStringLiteral("M3106");
        device.firmwareVersion = QStringLiteral("2.4.1");
        device.siteId = QStringLiteral("site-01");
        device.gatewayId = QStringLiteral("gw-0001");
        device.segment = QStringLiteral("cctv");
        device.ownerRef = QStringLiteral("own-000001");
        device.status = status;
        device.riskScore = risk;
        device.lastSeen = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 125), Qt::UTC);
        device.capabilities.safetyCritical = deviceClass == QStringLiteral("infusion_pump");
        device.capabilities.onlineUpdate = deviceClass != QStringLiteral("infusion_pump");
        device.quarantine = QuarantineLevel::None;
        device.revision = 7;
        return device;
    }

private slots:
    void roundTripsEveryField()
    {
        DeviceTable table;
        Device device = makeDevice(QStringLiteral("dev-1"), QStringLiteral("Lobby camera"), QStringLiteral("ip_camera"), 42);
        device.location = QStringLiteral("Building A, lobby");
        device.notes = QStringLiteral("mounted 2025");
        device.capabilities.needsMaintenanceWindow = true;
        device.quarantine = QuarantineLevel::Isolate;
        const qsizetype row = table.upsert(QStringLiteral("eu"), device);
        QCOMPARE(row, 0);
        QCOMPARE(table.device(row), device);
        QCOMPARE(table.backend(row), QStringLiteral("eu"));
    }

    void upsertReplacesSameKeyAndKeepsBackendsApart()
    {
        DeviceTable table;
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("a"), QStringLiteral("plc"), 10));
        table.upsert(QStringLiteral("us"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("b"), QStringLiteral("plc"), 20));
        const qsizetype again = table.upsert(QStringLiteral("eu"),
                                             makeDevice(QStringLiteral("dev-1"), QStringLiteral("c"), QStringLiteral("plc"), 30));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(again, 0);
        QCOMPARE(table.name(0), QStringLiteral("c"));
        QCOMPARE(table.risk(0), 30);
        QCOMPARE(table.rowOf(QStringLiteral("us"), QStringLiteral("dev-1")), std::optional<qsizetype>(1));
        QVERIFY(!table.rowOf(QStringLiteral("asia"), QStringLiteral("dev-1")).has_value());
    }

    void sortedRows_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("risk ascending") << int(RegisterField::Risk) << false
                                        << QStringList{QStringLiteral("dev-3"), QStringLiteral("dev-1"), QStringLiteral("dev-2"), QStringLiteral("dev-4")};
        QTest::newRow("risk descending, ties by id") << int(RegisterField::Risk) << true
                                        << QStringList{QStringLiteral("dev-4"), QStringLiteral("dev-1"), QStringLiteral("dev-2"), QStringLiteral("dev-3")};
        QTest::newRow("class (interned)") << int(RegisterField::Class) << false
                                          << QStringList{QStringLiteral("dev-2"), QStringLiteral("dev-4"), QStringLiteral("dev-1"), QStringLiteral("dev-3")};
        QTest::newRow("name case-insensitive") << int(RegisterField::Name) << false
                                               << QStringList{QStringLiteral("dev-3"), QStringLiteral("dev-1"), QStringLiteral("dev-4"), QStringLiteral("dev-2")};
        QTest::newRow("status") << int(RegisterField::Status) << false
                                << QStringList{QStringLiteral("dev-1"), QStringLiteral("dev-2"), QStringLiteral("dev-4"), QStringLiteral("dev-3")};
    }

    void sortedRows()
    {
        QFETCH(int, field);
        QFETCH(bool, descending);
        QFETCH(QStringList, expectedIds);
        DeviceTable table;
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("beta"), QStringLiteral("plc"), 50));
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-2"), QStringLiteral("Zulu"), QStringLiteral("infusion_pump"), 50));
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-3"), QStringLiteral("Alpha"), QStringLiteral("smart_meter"), 5,
                                                      DeviceStatus::Disabled));
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-4"), QStringLiteral("gamma"), QStringLiteral("ip_camera"), 99,
                                                      DeviceStatus::Offline));
        const QList<quint32> rows = table.sortedRows(RegisterField(field), descending);
        QStringList ids;
        for (quint32 row : rows)
            ids.append(table.id(row));
        QCOMPARE(ids, expectedIds);
    }

    void sortMatchesAReferenceOrder_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        for (RegisterField field : {RegisterField::Risk, RegisterField::Name, RegisterField::Class, RegisterField::Id,
                                    RegisterField::Backend, RegisterField::LastSeen, RegisterField::Status,
                                    RegisterField::SafetyCritical}) {
            for (bool descending : {false, true})
                QTest::addRow("%d %s", int(field), descending ? "desc" : "asc") << int(field) << descending;
        }
    }

    void sortMatchesAReferenceOrder()
    {
        // Two backends, ids arriving out of order, many ties: the fast paths must give the documented order
        // (key, then backend, then id), also after rows were added to a table whose order was already cached.
        QFETCH(int, field);
        QFETCH(bool, descending);
        DeviceTable table;
        quint32 seed = 7;
        const auto next = [&seed] { return seed = seed * 1103515245U + 12345U, (seed >> 8) % 1000U; };
        const QStringList classes{QStringLiteral("plc"), QStringLiteral("IP_camera"), QStringLiteral("ip_camera"),
                                  QStringLiteral("meter")};
        const auto add = [&](int count) {
            for (int i = 0; i < count; ++i) {
                const quint32 n = next();
                // Names that differ only by case tie (their order is backend, then id).
                const QString name = (n % 5 == 0 ? QStringLiteral("NAME %1") : QStringLiteral("Name %1")).arg(n % 37);
                Device device = makeDevice(QStringLiteral("dev-%1").arg(n % 400), name,
                                           classes.at(n % 4), int(n % 11), DeviceStatus(n % 4));
                device.lastSeen = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + (n % 13) * 1000, Qt::UTC);
                device.capabilities.safetyCritical = n % 3 == 0;
                table.upsert(n % 2 ? QStringLiteral("us") : QStringLiteral("eu"), device);
            }
        };
        add(300);
        (void)table.sortedRows(RegisterField::Risk, false); // caches the tie order for this row count
        const DeviceTable snapshot = table;
        add(300);
        QVERIFY(table.rowCount() > snapshot.rowCount());

        for (const DeviceTable *t : std::initializer_list<const DeviceTable *>{&snapshot, &table}) {
            const RegisterField f = RegisterField(field);
            const auto primary = [&](qsizetype a, qsizetype b) {
                switch (f) {
                case RegisterField::Risk: return t->risk(a) - t->risk(b);
                case RegisterField::Status: return int(t->status(a)) - int(t->status(b));
                case RegisterField::SafetyCritical: return int(t->safetyCritical(a)) - int(t->safetyCritical(b));
                case RegisterField::LastSeen: return int((t->lastSeenMs(a) - t->lastSeenMs(b)) / 1000);
                default: {
                    const int folded = QString::compare(t->text(a, f), t->text(b, f), Qt::CaseInsensitive);
                    if (folded != 0 || t->text(a, f) == t->text(b, f) || f == RegisterField::Name
                        || f == RegisterField::Id)
                        return folded;
                    return QString::compare(t->text(a, f), t->text(b, f)); // interned: case-insensitive, then exact
                }
                }
            };
            QList<quint32> expected(t->rowCount());
            std::iota(expected.begin(), expected.end(), 0U);
            std::sort(expected.begin(), expected.end(), [&](quint32 a, quint32 b) {
                const int order = primary(a, b);
                if (order != 0)
                    return descending ? order > 0 : order < 0;
                if (t->backend(a) != t->backend(b))
                    return t->backend(a) < t->backend(b);
                return t->id(a) < t->id(b);
            });
            if (t == &table) // ranks of names and ids cached by a sort the other way round must give the same order
                (void)t->sortedRows(f, !descending);
            QCOMPARE(t->sortedRows(f, descending), expected);
            QCOMPARE(t->sortedRows(f, descending), expected); // again, from whatever the first sort cached
        }
    }

    void mergeUpdatesByKeyAndAppendsNewRows()
    {
        DeviceTable table;
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("a"), QStringLiteral("plc"), 10));
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-2"), QStringLiteral("b"), QStringLiteral("plc"), 20));
        (void)table.sortedRows(RegisterField::Name, false); // ranks cached: the merge must invalidate them

        // Another table with its own pool order (strings interned in a different order).
        DeviceTable other;
        Device renamed = makeDevice(QStringLiteral("dev-2"), QStringLiteral("0 first now"), QStringLiteral("ip_camera"), 99);
        renamed.location = QStringLiteral("Hall");
        other.upsert(QStringLiteral("us"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("us one"), QStringLiteral("meter"), 5));
        other.upsert(QStringLiteral("eu"), renamed);
        other.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-3"), QStringLiteral("c"), QStringLiteral("plc"), 30));

        QList<qsizetype> updated;
        table.merge(other, [&updated](qsizetype row) { updated.append(row); });
        QCOMPARE(updated, QList<qsizetype>{1});
        QCOMPARE(table.rowCount(), 4);
        QCOMPARE(table.device(1), renamed);
        QCOMPARE(table.rowOf(QStringLiteral("us"), QStringLiteral("dev-1")), std::optional<qsizetype>(2));
        QCOMPARE(table.rowOf(QStringLiteral("eu"), QStringLiteral("dev-3")), std::optional<qsizetype>(3));
        QCOMPARE(table.rowOf(QStringLiteral("eu"), QStringLiteral("dev-1")), std::optional<qsizetype>(0));
        QCOMPARE(table.text(2, RegisterField::Class), QStringLiteral("meter"));
        QCOMPARE(table.backends(), (QStringList{QStringLiteral("eu"), QStringLiteral("us")}));
        QCOMPARE(table.sortedRows(RegisterField::Name, false), (QList<quint32>{1, 0, 3, 2}));
    }

    void indexFindsEveryRowAcrossGrowth()
    {
        // The id index grows from 1024 slots several times; every key must stay findable and distinct per backend.
        DeviceTable table;
        for (int i = 0; i < 5000; ++i)
            table.upsert(i % 2 ? QStringLiteral("us") : QStringLiteral("eu"),
                         makeDevice(QStringLiteral("dev-%1").arg(i / 2), QStringLiteral("n"), QStringLiteral("plc"), 1));
        QCOMPARE(table.rowCount(), 5000);
        const DeviceTable snapshot = table;
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-x"), QStringLiteral("n"), QStringLiteral("plc"), 1));
        for (int i = 0; i < 5000; ++i) {
            const auto row = snapshot.rowOf(i % 2 ? QStringLiteral("us") : QStringLiteral("eu"),
                                            QStringLiteral("dev-%1").arg(i / 2));
            QCOMPARE(row, std::optional<qsizetype>(i));
            QCOMPARE(table.rowOf(i % 2 ? QStringLiteral("us") : QStringLiteral("eu"), QStringLiteral("dev-%1").arg(i / 2)),
                     std::optional<qsizetype>(i));
        }
        QVERIFY(!snapshot.rowOf(QStringLiteral("eu"), QStringLiteral("dev-x")));
        QCOMPARE(table.rowOf(QStringLiteral("eu"), QStringLiteral("dev-x")), std::optional<qsizetype>(5000));
        QVERIFY(!table.rowOf(QStringLiteral("eu"), QStringLiteral("dev-2500")));
        QVERIFY(!table.rowOf(QStringLiteral("asia"), QStringLiteral("dev-1")));
    }

    void snapshotIsIndependentOfLaterUpdates()
    {
        DeviceTable table;
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("a"), QStringLiteral("plc"), 10));
        const DeviceTable snapshot = table;
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-1"), QStringLiteral("changed"), QStringLiteral("plc"), 90));
        table.upsert(QStringLiteral("eu"), makeDevice(QStringLiteral("dev-2"), QStringLiteral("new"), QStringLiteral("plc"), 1));
        QCOMPARE(snapshot.rowCount(), 1);
        QCOMPARE(snapshot.name(0), QStringLiteral("a"));
        QCOMPARE(snapshot.risk(0), 10);
    }

    void textUsesWireNames()
    {
        DeviceTable table;
        Device device = makeDevice(QStringLiteral("dev-1"), QStringLiteral("pump"), QStringLiteral("infusion_pump"), 70);
        device.quarantine = QuarantineLevel::RevokeCredentials;
        table.upsert(QStringLiteral("eu"), device);
        QCOMPARE(table.text(0, RegisterField::Quarantine), QStringLiteral("revoke_credentials"));
        QCOMPARE(table.text(0, RegisterField::SafetyCritical), QStringLiteral("yes"));
        QCOMPARE(table.text(0, RegisterField::OnlineUpdate), QStringLiteral("no"));
        QCOMPARE(table.text(0, RegisterField::Risk), QStringLiteral("70"));
        QCOMPARE(table.text(0, RegisterField::Class), QStringLiteral("infusion_pump"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceTable)
#include "tst_devicetable.moc"
