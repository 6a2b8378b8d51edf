#include "inventory/DeviceTable.h"

#include <QTest>

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
