#include "DeviceRegisterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warden;

// The register model over compact storage: inserts, updates, off-thread sort and filter, PII masking.
class TestDeviceRegisterModel : public QObject {
    Q_OBJECT
private:
    static QList<Device> makeDevices(int count, int riskOffset = 0)
    {
        QList<Device> devices;
        for (int i = 0; i < count; ++i) {
            Device device;
            device.id = QStringLiteral("dev-%1").arg(i, 6, 10, QLatin1Char('0'));
            device.name = QStringLiteral("Device %1").arg(i);
            device.deviceClass = i % 3 == 0 ? QStringLiteral("ip_camera") : QStringLiteral("smart_meter");
            device.siteId = QStringLiteral("site-%1").arg(i % 4);
            device.ownerRef = QStringLiteral("own-%1").arg(i % 5);
            device.riskScore = (i * 37 + riskOffset) % 101;
            devices.append(device);
        }
        return devices;
    }

private slots:
    void insertsAndUpdatesUnderTheTester()
    {
        DeviceRegisterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertDevices(QStringLiteral("eu"), makeDevices(50));
        QCOMPARE(model.rowCount(), 50);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertDevices(QStringLiteral("eu"), makeDevices(10, 5));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(changed.count(), 1);
        model.upsertDevices(QStringLiteral("us"), makeDevices(5));
        QCOMPARE(model.rowCount(), 55);
        QCOMPARE(model.index(54, DeviceRegisterModel::BackendColumn).data().toString(), QStringLiteral("us"));
    }

    void mergesLoadedTablesKeepingRowsAndSelection()
    {
        // A table built off the UI thread (as DeviceTableLoader does) is swapped into an empty register; a later one
        // of the same backend updates rows by key, and a sorted view keeps the selection.
        const auto tableOf = [](const QString &backend, const QList<Device> &devices) {
            DeviceTable table;
            for (const Device &device : devices)
                table.upsert(backend, device);
            return table;
        };
        DeviceRegisterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.mergeTable(tableOf(QStringLiteral("eu"), makeDevices(300)));
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.backends(), QStringList{QStringLiteral("eu")});
        model.sort(DeviceRegisterModel::RiskColumn, Qt::AscendingOrder);
        model.waitForIdle();
        const QPersistentModelIndex selected = model.indexOfDevice(QStringLiteral("eu"), QStringLiteral("dev-000042"));
        QVERIFY(selected.isValid());

        QList<Device> changed = makeDevices(50, 3); // dev-000000..49 with other risks
        changed[42].name = QStringLiteral("Renamed");
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.mergeTable(tableOf(QStringLiteral("eu"), changed));
        model.mergeTable(tableOf(QStringLiteral("us"), makeDevices(20)));
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 320);
        QCOMPARE(model.totalCount(), 320);
        QVERIFY(dataChanged.count() >= 1);
        QCOMPARE(model.backends(), (QStringList{QStringLiteral("eu"), QStringLiteral("us")}));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(DeviceRegisterModel::DeviceIdRole).toString(), QStringLiteral("dev-000042"));
        QCOMPARE(model.index(selected.row(), DeviceRegisterModel::NameColumn).data().toString(), QStringLiteral("Renamed"));
        int previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int risk = model.index(row, DeviceRegisterModel::RiskColumn).data(DeviceRegisterModel::RawValueRole).toInt();
            QVERIFY(risk >= previous);
            previous = risk;
        }
    }

    void sortsOffThreadAndKeepsSelection()
    {
        DeviceRegisterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertDevices(QStringLiteral("eu"), makeDevices(500));
        const QPersistentModelIndex selected = model.indexOfDevice(QStringLiteral("eu"), QStringLiteral("dev-000123"));
        QVERIFY(selected.isValid());
        model.sort(DeviceRegisterModel::RiskColumn, Qt::DescendingOrder);
        model.waitForIdle();
        int previous = INT_MAX;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int risk = model.index(row, DeviceRegisterModel::RiskColumn).data(DeviceRegisterModel::RawValueRole).toInt();
            QVERIFY(risk <= previous);
            previous = risk;
        }
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(DeviceRegisterModel::DeviceIdRole).toString(), QStringLiteral("dev-000123"));
    }

    void filtersWithPredicateAndPlacesNewRows()
    {
        DeviceRegisterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsertDevices(QStringLiteral("eu"), makeDevices(300));
        model.setFilter([](const DeviceTable &table, qsizetype row) {
            return table.text(row, RegisterField::Class) == QStringLiteral("ip_camera");
        });
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 100);
        QList<Device> more = makeDevices(303);
        more = more.mid(300); // dev-000300 (camera), 301, 302
        model.upsertDevices(QStringLiteral("eu"), more);
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 101);
        model.setFilter({});
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 303);
    }

    void filtersWithExpressionSortedAndPlacesNewRows()
    {
        DeviceRegisterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSiteNames({{QStringLiteral("site-1"), QStringLiteral("North Campus")}});
        model.upsertDevices(QStringLiteral("eu"), makeDevices(300));
        model.sort(DeviceRegisterModel::RiskColumn, Qt::DescendingOrder);
        model.setFilterExpression(FilterExpression::parse(QStringLiteral("class:ip_camera site:\"north campus\"")).value());
        model.waitForIdle();
        // i % 3 == 0 and i % 4 == 1: i = 9, 21, ... 297, 25 devices, still in risk order.
        QCOMPARE(model.rowCount(), 25);
        int previous = INT_MAX;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, DeviceRegisterModel::ClassColumn).data().toString(), QStringLiteral("ip_camera"));
            QCOMPARE(model.index(row, DeviceRegisterModel::SiteColumn).data().toString(), QStringLiteral("North Campus"));
            const int risk = model.index(row, DeviceRegisterModel::RiskColumn).data(DeviceRegisterModel::RawValueRole).toInt();
            QVERIFY(risk <= previous);
            previous = risk;
        }
        // A free-text word over names: new and renamed rows are placed by the next recomputation.
        model.setFilterExpression(FilterExpression::parse(QStringLiteral("\"DEVICE 30\"")).value());
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 1); // "Device 30"
        QList<Device> more = makeDevices(302).mid(300); // Device 300, Device 301
        model.upsertDevices(QStringLiteral("eu"), more);
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 3);
        Device renamed = model.deviceAt(0);
        renamed.name = QStringLiteral("Other");
        model.upsertDevices(QStringLiteral("eu"), {renamed});
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 2);
        // A predicate replaces the expression, and an empty expression shows everything.
        model.setFilter([](const DeviceTable &table, qsizetype row) { return table.risk(row) == 0; });
        model.waitForIdle();
        QVERIFY(model.rowCount() < 302);
        model.setFilterExpression(FilterExpression());
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 302);
    }

    void masksOwnersUnlessAllowed()
    {
        DeviceRegisterModel model;
        model.upsertDevices(QStringLiteral("eu"), makeDevices(1));
        const QHash<QString, QString> owners{{QStringLiteral("own-0"), QStringLiteral("Dana Scully")}};
        model.setOwnerNames(owners, false);
        const QModelIndex owner = model.index(0, DeviceRegisterModel::OwnerColumn);
        QVERIFY(!owner.data().toString().contains(QStringLiteral("Scully")));
        QVERIFY(!owner.data(Qt::ToolTipRole).toString().isEmpty());
        model.setOwnerNames(owners, true);
        QCOMPARE(owner.data().toString(), QStringLiteral("Dana Scully"));
    }

    void showsSiteNames()
    {
        DeviceRegisterModel model;
        model.upsertDevices(QStringLiteral("eu"), makeDevices(2));
        model.setSiteNames({{QStringLiteral("site-1"), QStringLiteral("North Campus")}});
        QCOMPARE(model.index(1, DeviceRegisterModel::SiteColumn).data().toString(), QStringLiteral("North Campus"));
        QCOMPARE(model.index(0, DeviceRegisterModel::SiteColumn).data().toString(), QStringLiteral("site-0"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegisterModel)
#include "tst_deviceregistermodel.moc"
