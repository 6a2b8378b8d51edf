#include "cache/CacheStore.h"
#include "inventory/DeviceTableLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warden;

// DeviceTableLoader reads the cache's devices straight into the register's table: it must give exactly the table the
// older path gives (CacheStore::loadDevices, then DeviceTable::upsert row by row), also for a chosen set of ids, and
// refuse a damaged row.
class TestDeviceTableLoader : public QObject {
    Q_OBJECT
private:
    static QList<Device> makeDevices(int count)
    {
        const QStringList classes{QStringLiteral("ip_camera"), QStringLiteral("infusion_pump"), QStringLiteral("plc"),
                                  QStringLiteral("Ünïcode-klasse"), QString()};
        QList<Device> devices;
        for (int i = 0; i < count; ++i) {
            Device device;
            device.id = QStringLiteral("dev-%1").arg((i * 7919) % count, 5, 10, QLatin1Char('0')); // not in id order
            device.name = i % 11 == 0 ? QString() : QStringLiteral("Gerät %1 \U0001F4F7").arg(i % 97);
            device.deviceClass = classes.at(i % classes.size());
            device.vendor = QStringLiteral("Vendor %1").arg(i % 3);
            device.model = QStringLiteral("M%1").arg(i % 40);
            device.firmwareVersion = QStringLiteral("%1.%2").arg(i % 3).arg(i % 7);
            device.siteId = QStringLiteral("site-%1").arg(i % 9);
            device.gatewayId = QStringLiteral("gw-%1").arg(i % 700); // more distinct values than the first table holds
            device.segment = i % 4 == 0 ? QString() : QStringLiteral("seg-%1").arg(i % 4);
            device.ownerRef = i % 6 == 0 ? QString() : QStringLiteral("own-%1").arg(i);
            device.location = i % 5 == 0 ? QStringLiteral("Hall %1").arg(i % 2) : QString();
            device.notes = i % 13 == 0 ? QStringLiteral("note %1").arg(i) : QString();
            device.status = DeviceStatus(i % enumValues<DeviceStatus>().size());
            device.quarantine = QuarantineLevel(i % enumValues<QuarantineLevel>().size());
            device.riskScore = i % 101;
            if (i % 8 != 0)
                device.lastSeen = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000LL + i * 1000LL, Qt::UTC);
            device.capabilities.onlineUpdate = i % 2 == 0;
            device.capabilities.safetyCritical = i % 3 == 0;
            device.capabilities.needsMaintenanceWindow = i % 5 == 0;
            device.revision = i;
            devices.append(device);
        }
        return devices;
    }

    static std::unique_ptr<CacheStore> storeWith(const QString &path, const QList<Device> &devices)
    {
        auto store = CacheStore::open(path);
        if (!store.ok())
            return nullptr;
        CacheBatch batch;
        batch.devices = devices;
        if (!store.value()->apply(batch).ok())
            return nullptr;
        return std::move(store).value();
    }

    static void compareTables(const DeviceTable &loaded, const DeviceTable &expected)
    {
        QCOMPARE(loaded.rowCount(), expected.rowCount());
        for (qsizetype row = 0; row < expected.rowCount(); ++row) {
            QCOMPARE(loaded.device(row), expected.device(row));
            QCOMPARE(loaded.backend(row), expected.backend(row));
            QCOMPARE(loaded.rowOf(expected.backend(row), expected.id(row)), std::optional<qsizetype>(row));
            for (int field = 0; field < RegisterFieldCount; ++field)
                QCOMPARE(loaded.text(row, RegisterField(field)), expected.text(row, RegisterField(field)));
        }
        for (RegisterField field : {RegisterField::Name, RegisterField::Class, RegisterField::Gateway, RegisterField::Id})
            QCOMPARE(loaded.sortedRows(field, false), expected.sortedRows(field, false));
    }

private slots:
    void givesTheSameTableAsTheDevicePath_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("3000") << 3000;
    }

    void givesTheSameTableAsTheDevicePath()
    {
        QFETCH(int, count);
        QTemporaryDir dir;
        const auto store = storeWith(dir.filePath(QStringLiteral("cache.sqlite")), makeDevices(count));
        QVERIFY(store);
        DeviceTable expected;
        const Result<QList<Device>> devices = store->loadDevices();
        QVERIFY(devices.ok());
        for (const Device &device : devices.value())
            expected.upsert(QStringLiteral("eu"), device);
        const Result<DeviceTable> loaded = DeviceTableLoader::load(*store, QStringLiteral("eu"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        compareTables(loaded.value(), expected);
    }

    void loadsChosenIds()
    {
        QTemporaryDir dir;
        const QList<Device> devices = makeDevices(1200);
        const auto store = storeWith(dir.filePath(QStringLiteral("cache.sqlite")), devices);
        QVERIFY(store);
        // More than one statement's worth, with duplicates and an id the cache does not hold.
        QStringList ids;
        for (int i = 0; i < 1200; i += 2)
            ids.append(devices.at(i).id);
        ids.append(devices.at(0).id);
        ids.append(QStringLiteral("no-such-device"));
        const Result<DeviceTable> loaded = DeviceTableLoader::load(*store, QStringLiteral("us"), ids);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const DeviceTable &table = loaded.value();
        QCOMPARE(table.rowCount(), 600);
        for (int i = 0; i < 1200; ++i) {
            const auto row = table.rowOf(QStringLiteral("us"), devices.at(i).id);
            QCOMPARE(bool(row), i % 2 == 0);
            if (row)
                QCOMPARE(table.device(*row), devices.at(i));
        }
        const Result<DeviceTable> none = DeviceTableLoader::load(*store, QStringLiteral("us"), QStringList());
        QVERIFY(none.ok());
        QCOMPARE(none.value().rowCount(), 0);
    }

    void refusesADamagedRow()
    {
        QTemporaryDir dir;
        const auto store = storeWith(dir.filePath(QStringLiteral("cache.sqlite")), makeDevices(10));
        QVERIFY(store);
        QVERIFY(store->database().exec(QStringLiteral("UPDATE devices SET status = 99 WHERE id = 'dev-00003'")).ok());
        const Result<DeviceTable> loaded = DeviceTableLoader::load(*store, QStringLiteral("eu"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(QStringLiteral("dev-00003")), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.errorMessage().contains(QStringLiteral("damaged")));
        QCOMPARE(loaded.errorMessage(), store->loadDevices().errorMessage()); // the same words as the cache's own read
    }
};

QTEST_GUILESS_MAIN(TestDeviceTableLoader)
#include "tst_devicetableloader.moc"
