#include "BackendModelFeeder.h"
#include "ConsoleModels.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"
#include "fleet/TlsSetup.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;

// BackendModelFeeder against a real session's cache writer (no backend needed: batches go straight to the writer):
// the first commit reads the whole register, a commit touching a few devices reads only those and keeps rows, the
// view order and the selection.
class TestBackendModelFeeder : public QObject {
    Q_OBJECT
private:
    static Device makeDevice(int i, int risk)
    {
        Device device;
        device.id = QStringLiteral("dev-%1").arg(i, 6, 10, QLatin1Char('0'));
        device.name = QStringLiteral("Device %1").arg(i);
        device.deviceClass = i % 2 ? QStringLiteral("plc") : QStringLiteral("ip_camera");
        device.siteId = QStringLiteral("site-1");
        device.riskScore = risk;
        return device;
    }

private slots:
    void readsEverythingFirstThenOnlyChangedDevices()
    {
        QTemporaryDir dir;
        ConnectionProfile profile;
        profile.name = QStringLiteral("eu");
        profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
        BackendSession::Options options;
        options.sealPersonalData = false;
        BackendSession session(profile, TlsSetup::build(profile).value(), dir.filePath(QStringLiteral("eu.sqlite")),
                               options);
        ConsoleModels models;
        BackendModelFeeder feeder(&session, &models);
        QSignalSpy applied(&feeder, &BackendModelFeeder::inventoryApplied);

        CacheBatch first;
        for (int i = 0; i < 3000; ++i)
            first.devices.append(makeDevice(i, (i * 37) % 101));
        first.replaceAll.append(CacheEntity::Devices);
        session.writer()->submit(first);
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.rowCount(), 3000, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20'000);
        QCOMPARE(applied.first().first().toBool(), true);

        models.devices.sort(DeviceRegisterModel::RiskColumn, Qt::DescendingOrder);
        models.devices.waitForIdle();
        const QPersistentModelIndex selected = models.devices.indexOfDevice(QStringLiteral("eu"), QStringLiteral("dev-000100"));
        QVERIFY(selected.isValid());
        applied.clear();

        CacheBatch change;
        Device renamed = makeDevice(100, 100);
        renamed.name = QStringLiteral("Renamed pump");
        change.devices = {renamed, makeDevice(3000, 50)};
        session.writer()->submit(change);
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.rowCount(), 3001, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20'000);
        QCOMPARE(applied.first().first().toBool(), false); // only the changed devices were read
        models.devices.waitForIdle();
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(DeviceRegisterModel::DeviceIdRole).toString(), QStringLiteral("dev-000100"));
        QCOMPARE(models.devices.index(selected.row(), DeviceRegisterModel::NameColumn).data().toString(),
                 QStringLiteral("Renamed pump"));
        int previous = 101;
        for (int row = 0; row < models.devices.rowCount(); ++row) {
            const int risk =
                models.devices.index(row, DeviceRegisterModel::RiskColumn).data(DeviceRegisterModel::RawValueRole).toInt();
            QVERIFY(risk <= previous);
            previous = risk;
        }
        QCOMPARE(models.devices.totalCount(), 3001);
    }
};

QTEST_MAIN(TestBackendModelFeeder)
#include "tst_backendmodelfeeder.moc"
