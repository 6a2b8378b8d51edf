#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "OfflineBanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace warden;

// warden --demo end to end: an in-process fleetd with its own CA, a TLS + TOTP login, a full sync into a real cache,
// the live stream, and the pages showing it.
class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void comesUpLiveAndShowsTheFleet()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1400, 860);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        QSignalSpy live(&controller, &ConsoleController::live);
        DemoOptions options;
        options.devices = 600;
        options.eventRate = 200;
        controller.startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(live.first().first().toString(), QStringLiteral("demo"));

        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), 600, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(models.feed.rowCount() > 20, 30'000);
        // Events arrive in order and carry the backend's sequence numbers without gaps in the window.
        const qint64 newest = models.feed.eventAt(0).seq;
        for (int row = 1; row < std::min(20, models.feed.rowCount()); ++row)
            QCOMPARE(models.feed.eventAt(row).seq, newest - row);
        QVERIFY(!window.offlineBanner()->isVisibleTo(&window));

        // Owners are visible to the demo operator (role operator).
        models.devices.waitForIdle();
        const QString owner = models.devices.index(0, DeviceRegisterModel::OwnerColumn).data().toString();
        QVERIFY2(!owner.contains(QStringLiteral("••••")), qPrintable(owner));

        window.showPage(QStringLiteral("threats"));
        const QImage image = window.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 6)
            for (int x = 0; x < image.width(); x += 6)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 12);
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            image.save(dir + QStringLiteral("/demo-threats.png"));
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
