#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "cache/CacheStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;

// warden --offline CACHE: a cache written by a session opens with no network, read-only, with the banner.
class TestOfflineMode : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeCache(const QString &name, int devices, int events)
    {
        const QString path = m_dir.filePath(name);
        CacheStoreOptions options;
        options.backend = QStringLiteral("eu-west");
        auto store = CacheStore::open(path, options);
        if (!store.ok())
            qFatal("could not create the test cache: %s", qPrintable(store.errorMessage()));
        CacheBatch batch;
        Site site;
        site.id = QStringLiteral("site-01");
        site.name = QStringLiteral("North Campus");
        site.timeZone = QStringLiteral("Europe/Berlin");
        batch.sites.append(site);
        for (int i = 0; i < devices; ++i) {
            Device device;
            device.id = QStringLiteral("dev-%1").arg(i, 6, 10, QLatin1Char('0'));
            device.name = QStringLiteral("Camera %1").arg(i);
            device.deviceClass = QStringLiteral("ip_camera");
            device.siteId = site.id;
            device.gatewayId = QStringLiteral("gw-0001");
            device.riskScore = i % 100;
            batch.devices.append(device);
        }
        for (int i = 1; i <= events; ++i) {
            ThreatEvent event;
            event.seq = i;
            event.time = QDateTime::currentDateTimeUtc().addSecs(-events + i);
            event.deviceId = QStringLiteral("dev-%1").arg(i % devices, 6, 10, QLatin1Char('0'));
            event.type = ThreatType::PortScan;
            event.severity = Severity::Minor;
            batch.events.append(event);
        }
        batch.lastSeq = events;
        batch.meta.insert(QStringLiteral("synced_at"),
                          QDateTime::currentDateTimeUtc().addSecs(-37 * 60).toString(Qt::ISODateWithMs));
        const auto applied = store.value()->apply(batch);
        if (!applied.ok())
            qFatal("could not write the test cache: %s", qPrintable(applied.errorMessage()));
        return path;
    }

private slots:
    void opensACacheReadOnlyWithTheBanner()
    {
        const QString path = writeCache(QStringLiteral("eu-west.sqlite"), 250, 400);
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        QSignalSpy applied(&controller, &ConsoleController::snapshotApplied);
        controller.openOffline(path);
        QVERIFY(applied.wait(10'000));
        QCOMPARE(models.devices.totalCount(), 250);
        models.devices.waitForIdle();
        QCOMPARE(models.devices.rowCount(), 250);
        models.feed.flush();
        QCOMPARE(models.feed.rowCount(), 400);
        QCOMPARE(models.feed.eventAt(0).seq, 400);
        QVERIFY(window.offlineBanner()->isVisibleTo(&window));
        QVERIFY2(window.offlineBanner()->text().contains(QStringLiteral("37 min ago")), qPrintable(window.offlineBanner()->text()));
        QCOMPARE(models.devices.index(0, DeviceRegisterModel::SiteColumn).data().toString(), QStringLiteral("North Campus"));
        window.resize(1400, 860);
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            window.showPage(QStringLiteral("register"));
            window.grab().save(dir + QStringLiteral("/offline-register.png"));
        }
        const QByteArray after = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QCOMPARE(after, before);
    }

    void saysClearlyWhenTheFileIsNotACache()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        controller.openOffline(path);
        QVERIFY(failed.wait(10'000));
        QVERIFY(window.offlineBanner()->isVisibleTo(&window));
        QVERIFY2(window.offlineBanner()->text().contains(QStringLiteral("notes.sqlite")), qPrintable(window.offlineBanner()->text()));
        QCOMPARE(models.devices.totalCount(), 0);
    }

    void saysClearlyWhenTheFileDoesNotExist()
    {
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        controller.openOffline(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(failed.wait(10'000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not exist")));
    }
};

QTEST_MAIN(TestOfflineMode)
#include "tst_offlinemode.moc"
