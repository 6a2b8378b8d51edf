#include "CampaignWindowsPanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTableWidget>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The running campaign's maintenance windows: a campaign as fleetd sends it (default window, per-site windows with
// their zones, the sites whose devices wait and when their window opens next) parsed by Campaign::fromJson and shown
// one row per site, the next opening in the site's own zone.
class TestCampaignWindowsPanel : public QObject {
    Q_OBJECT
private:
    static Campaign campaignFromWire()
    {
        const QByteArray json = R"({
            "id": "cmp-1", "name": "PLC fix", "firmware_id": "fw-plc-2.1.3", "state": "running",
            "created_by": "alice", "created": "2026-11-25T10:00:00Z",
            "waves": [{"percent": 100, "failure_threshold_percent": 10}],
            "counts": {"waiting_for_window": 5, "succeeded": 2},
            "maintenance_window": {"start": "22:00", "end": "04:00"},
            "site_windows": {"site-a": {"start": "02:00", "end": "03:30", "time_zone": "Europe/Berlin"},
                             "site-c": {"start": "00:00", "end": "00:00", "time_zone": "Asia/Tokyo"}},
            "window_waits": [
                {"site_id": "site-a", "start": "02:00", "end": "03:30", "time_zone": "Europe/Berlin",
                 "site_window": true, "waiting": 2, "next_open": "2026-11-26T01:00:00Z"},
                {"site_id": "site-b", "start": "22:00", "end": "04:00", "time_zone": "America/New_York",
                 "site_window": false, "waiting": 3, "next_open": "2026-11-26T03:00:00Z"}]
        })";
        const Result<Campaign> campaign = Campaign::fromJson(QJsonDocument::fromJson(json).object());
        if (!campaign.ok())
            qFatal("%s", qPrintable(campaign.errorMessage()));
        return campaign.value();
    }

private slots:
    void readsAndWritesTheWindowFields()
    {
        const Campaign campaign = campaignFromWire();
        QVERIFY(campaign.defaultWindow);
        QCOMPARE(campaign.defaultWindow->start, QTime(22, 0));
        QVERIFY(campaign.defaultWindow->timeZone.isEmpty());
        QCOMPARE(campaign.siteWindows.size(), 2);
        QCOMPARE(campaign.siteWindows.value(u"site-a"_s).timeZone, u"Europe/Berlin"_s);
        QVERIFY(campaign.siteWindows.value(u"site-c"_s).allDay());
        QCOMPARE(campaign.windowWaits.size(), 2);
        QCOMPARE(campaign.windowWaits.at(1).waiting, 3);
        QVERIFY(!campaign.windowWaits.at(1).siteWindow);
        // The cache keeps a campaign as its toJson: a round trip loses nothing.
        const Result<Campaign> again = Campaign::fromJson(campaign.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), campaign);
    }

    void rejectsBadWindows_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("field");
        QTest::newRow("time not HH:MM") << QByteArray(R"("maintenance_window": {"start": "7:00", "end": "08:00"})")
                                       << u"maintenance_window.start"_s;
        QTest::newRow("site window without zone")
            << QByteArray(R"("site_windows": {"site-a": {"start": "02:00", "end": "03:00"}})")
            << u"site_windows.site-a.time_zone"_s;
        QTest::newRow("site window not an object")
            << QByteArray(R"("site_windows": {"site-a": "02:00-03:00"})") << u"site_windows"_s;
        QTest::newRow("nobody waiting")
            << QByteArray(R"("window_waits": [{"site_id": "s", "start": "01:00", "end": "02:00",
                              "time_zone": "UTC", "waiting": 0}])")
            << u"window_waits[0].waiting"_s;
        QTest::newRow("next open not a time")
            << QByteArray(R"("window_waits": [{"site_id": "s", "start": "01:00", "end": "02:00",
                              "time_zone": "UTC", "waiting": 1, "next_open": "tomorrow"}])")
            << u"window_waits[0].next_open"_s;
    }

    void rejectsBadWindows()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, field);
        const QByteArray json = R"({"id": "c", "name": "n", "firmware_id": "f", "state": "running",
            "created_by": "a", "created": "2026-11-25T10:00:00Z",
            "waves": [{"percent": 100, "failure_threshold_percent": 10}], )" + fields + "}";
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
        const Result<Campaign> campaign = Campaign::fromJson(document.object());
        QVERIFY(!campaign.ok());
        QCOMPARE(campaign.error().field, field);
    }

    void listsEachSiteWithItsZoneAndNextOpening()
    {
        CampaignWindowsPanel panel;
        panel.setCampaign(campaignFromWire(), {{u"site-a"_s, u"Berlin Plant"_s}});
        QVERIFY(panel.summary().contains(u"Default window 22:00–04:00 (over midnight)"_s));
        // Without a translation loaded the plurals read "(s)".
        QVERIFY(panel.summary().contains(u"2 site(s) have their own window."_s));
        QVERIFY(panel.summary().contains(u"5 device(s) wait for a window to open."_s));
        QTableWidget *table = panel.table();
        QCOMPARE(table->rowCount(), 3); // a, b (waits on the default), c (own window, nobody waits)
        const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
        QCOMPARE(cell(0, CampaignWindowsPanel::SiteColumn), u"Berlin Plant (site-a)"_s);
        QCOMPARE(cell(0, CampaignWindowsPanel::WindowColumn), u"02:00–03:30 · own"_s);
        QCOMPARE(cell(0, CampaignWindowsPanel::ZoneColumn), u"Europe/Berlin"_s);
        QCOMPARE(cell(0, CampaignWindowsPanel::WaitingColumn), u"2"_s);
        // 01:00 UTC is 02:00 in Berlin: the opening is shown in the site's zone.
        QVERIFY2(cell(0, CampaignWindowsPanel::OpensColumn).endsWith(u"02:00"_s),
                 qPrintable(cell(0, CampaignWindowsPanel::OpensColumn)));
        QCOMPARE(cell(1, CampaignWindowsPanel::SiteColumn), u"site-b"_s);
        QCOMPARE(cell(1, CampaignWindowsPanel::WindowColumn), u"22:00–04:00 (over midnight) · default"_s);
        QCOMPARE(cell(1, CampaignWindowsPanel::ZoneColumn), u"America/New_York"_s);
        QVERIFY(cell(1, CampaignWindowsPanel::OpensColumn).endsWith(u"22:00"_s)); // 03:00 UTC, New York
        QCOMPARE(cell(2, CampaignWindowsPanel::WindowColumn), u"all day · own"_s);
        QCOMPARE(cell(2, CampaignWindowsPanel::WaitingColumn), u"0"_s);
        QCOMPARE(cell(2, CampaignWindowsPanel::OpensColumn), u"—"_s);

        panel.clear();
        QCOMPARE(panel.table()->rowCount(), 0);
    }

    void anOlderBackendsCampaignSaysSo()
    {
        Campaign campaign = campaignFromWire();
        campaign.defaultWindow.reset();
        campaign.siteWindows.clear();
        campaign.windowWaits.clear();
        CampaignWindowsPanel panel;
        panel.setCampaign(campaign);
        QVERIFY(panel.summary().contains(u"did not say which default window"_s));
        QVERIFY(panel.summary().contains(u"No device is waiting"_s));
        QCOMPARE(panel.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCampaignWindowsPanel)
#include "tst_campaignwindowspanel.moc"
