#include "DashboardPage.h"
#include "DeviceRegisterModel.h"
#include "ThreatStatistics.h"

#include <QLabel>
#include <QTest>

using namespace warden;

// The dashboard renders offscreen with data: tiles count the fleet, charts are drawn and not blank.
class TestDashboardPage : public QObject {
    Q_OBJECT
private slots:
    void rendersTilesAndCharts()
    {
        DeviceRegisterModel devices;
        QList<Device> fleet;
        for (int i = 0; i < 120; ++i) {
            Device device;
            device.id = QStringLiteral("dev-%1").arg(i);
            device.status = i % 10 == 0 ? DeviceStatus::Offline : DeviceStatus::Online;
            device.riskScore = i % 4 == 0 ? 85 : 20;
            device.quarantine = i % 30 == 0 ? QuarantineLevel::Isolate : QuarantineLevel::None;
            fleet.append(device);
        }
        devices.upsertDevices(QStringLiteral("eu"), fleet);

        ThreatStatistics statistics;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ThreatEvent> events;
        for (int minute = 0; minute < 60; ++minute) {
            for (int i = 0; i < (minute % 7 + 1) * 3; ++i) {
                ThreatEvent event;
                event.seq = events.size() + 1;
                event.time = now.addSecs(-60 * minute);
                event.severity = Severity(i % 5);
                event.type = ThreatType(i % 6);
                events.append(event);
            }
        }
        statistics.add(events);
        statistics.advanceTo(now);

        DashboardPage page(&statistics, &devices);
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();

        const auto tileValue = [&page](const QString &name) {
            for (QLabel *label : page.findChildren<QLabel *>())
                if (label->accessibleName() == name)
                    return label->text();
            return QString();
        };
        QCOMPARE(tileValue(QStringLiteral("Online")), QStringLiteral("108"));
        QCOMPARE(tileValue(QStringLiteral("Offline")), QStringLiteral("12"));
        QCOMPARE(tileValue(QStringLiteral("Quarantined")), QStringLiteral("4"));
        QCOMPARE(tileValue(QStringLiteral("Events in the last hour")).remove(QLatin1Char(',')), QString::number(statistics.totalInWindow()));

        const QImage image = page.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the dashboard rendered nearly flat");
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            image.save(dir + QStringLiteral("/dashboard.png"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
