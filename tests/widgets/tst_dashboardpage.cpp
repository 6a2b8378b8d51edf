#include "DashboardPage.h"
#include "DeviceRegisterModel.h"
#include "IncidentListModel.h"
#include "ThreatStatistics.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace warden;

// The dashboard renders offscreen with data: tiles count the fleet, open incidents by severity, campaigns and
// response times; tiles link to their pages; charts are drawn and not blank.
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

        IncidentListModel incidents;
        QList<IncidentListModel::Row> rows;
        for (int i = 0; i < 9; ++i) {
            IncidentListModel::Row row;
            row.incident.id = QStringLiteral("inc-%1").arg(i);
            row.incident.title = QStringLiteral("Incident %1").arg(i);
            row.incident.severity = i < 3 ? Severity::Critical : i < 7 ? Severity::Major : Severity::Warning;
            row.incident.state = i == 8 ? IncidentState::Resolved : IncidentState::New;
            row.incident.opened = now.addSecs(-600 * (i + 1));
            row.incident.updated = now.addSecs(-60);
            if (i == 8) {
                row.acknowledged = row.incident.opened.addSecs(300);
                row.resolved = row.incident.opened.addSecs(3600);
            }
            rows.append(row);
        }
        incidents.setIncidents(QStringLiteral("eu"), rows);
        Campaign campaign;
        campaign.state = CampaignState::Running;
        campaign.counts = {{DeviceUpdateState::Succeeded, 40}, {DeviceUpdateState::Queued, 60}};

        DashboardPage page(&statistics, &devices);
        page.setIncidents(&incidents);
        page.setCampaignSummary(CampaignSummary::compute({campaign}));
        page.resize(1300, 860);
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
        QCOMPARE(tileValue(QStringLiteral("Events per second, details")).remove(QLatin1Char(',')),
                 QStringLiteral("%1 in the last hour").arg(statistics.totalInWindow()));
        QCOMPARE(tileValue(QStringLiteral("Online, details")), QStringLiteral("90.0% of 120 devices"));
        QCOMPARE(tileValue(QStringLiteral("Critical incidents")), QStringLiteral("3"));
        QCOMPARE(tileValue(QStringLiteral("Major incidents")), QStringLiteral("4"));
        QCOMPARE(tileValue(QStringLiteral("Warning incidents")), QStringLiteral("1")); // one of two is resolved
        QCOMPARE(tileValue(QStringLiteral("Update campaigns")), QStringLiteral("1"));
        QCOMPARE(tileValue(QStringLiteral("Update campaigns, details")), QStringLiteral("active · 40% updated"));
        QCOMPARE(tileValue(QStringLiteral("Mean time to acknowledge")), QStringLiteral("5 min"));
        QCOMPARE(tileValue(QStringLiteral("Mean time to resolve")), QStringLiteral("1.0 h"));

        // A tile opens the matching filtered view.
        QSignalSpy incidentsRequested(&page, &DashboardPage::incidentsRequested);
        QSignalSpy pageRequested(&page, &DashboardPage::pageRequested);
        QWidget *criticalTile = nullptr;
        QWidget *quarantineTile = nullptr;
        for (QWidget *tile : page.findChildren<QWidget *>(QStringLiteral("dashboardTile"))) {
            if (tile->accessibleName() == QStringLiteral("Critical incidents"))
                criticalTile = tile;
            if (tile->accessibleName() == QStringLiteral("Quarantined"))
                quarantineTile = tile;
        }
        QVERIFY(criticalTile && quarantineTile);
        QTest::mouseClick(criticalTile, Qt::LeftButton);
        QCOMPARE(incidentsRequested.size(), 1);
        QCOMPARE(incidentsRequested.first().first().toInt(), int(Severity::Critical));
        quarantineTile->setFocus();
        QTest::keyClick(quarantineTile, Qt::Key_Return);
        QCOMPARE(pageRequested.size(), 1);
        QCOMPARE(pageRequested.first().first().toString(), QStringLiteral("quarantine"));

        // A bar of the top-types chart opens the feed filtered to that type; the top bar is the most frequent.
        const auto top = statistics.topTypes(6);
        QVERIFY(!top.isEmpty());
        std::optional<ThreatType> requestedType;
        connect(&page, &DashboardPage::threatTypeRequested, this, [&](ThreatType type) { requestedType = type; });
        page.openTypeBar(int(top.size()) - 1);
        QVERIFY(requestedType.has_value());
        QCOMPARE(int(*requestedType), int(top.first().first));
        page.openTypeBar(0);
        QCOMPARE(int(*requestedType), int(top.last().first));
        page.openTypeBar(int(top.size())); // no such bar: the unfiltered feed
        QCOMPARE(pageRequested.last().first().toString(), QStringLiteral("threats"));

        // The events/s tile measures what arrives between refreshes.
        QList<ThreatEvent> more;
        for (int i = 0; i < 50; ++i) {
            ThreatEvent event;
            event.seq = 100'000 + i;
            event.time = QDateTime::currentDateTimeUtc();
            more.append(event);
        }
        QTest::qWait(20);
        statistics.add(more);
        page.refresh();
        QVERIFY2(tileValue(QStringLiteral("Events per second")).remove(QLatin1Char(',')).toDouble() > 0.0,
                 qPrintable(tileValue(QStringLiteral("Events per second"))));

        // Incidents changing move the tiles without waiting for the refresh timer.
        rows[0].incident.state = IncidentState::Resolved;
        incidents.setIncidents(QStringLiteral("eu"), rows);
        QCOMPARE(tileValue(QStringLiteral("Critical incidents")), QStringLiteral("2"));

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
