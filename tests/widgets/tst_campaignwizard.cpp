#include "CampaignWizard.h"
#include "FirmwareCatalogModel.h"
#include "UpdatesActions.h"
#include "inventory/DeviceTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeEdit>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {
// Answers createCampaign at once with a prepared result and remembers the request.
class FakeActions final : public UpdatesActions {
public:
    std::optional<FleetResult<Campaign>> answer;
    QList<CampaignRequest> requests;

    QStringList backends; // the backend each request went to

    void createCampaign(const QString &backend, const CampaignRequest &request, QObject *,
                        Reply<Campaign> done) override
    {
        backends.append(backend);
        requests.append(request);
        done(*answer);
    }
    void campaignAction(const QString &, const QString &, CampaignAction, QObject *, Reply<Campaign>) override {}
    void workOrders(const QString &, QObject *, Reply<QList<WorkOrder>>) override {}
    void completeWorkOrder(const QString &, const QString &, const QString &, QObject *, Reply<Device>) override {}
    void campaignWaves(const QString &, const QString &, QObject *, Reply<QList<CampaignWaveStatus>>) override {}
    void campaignDevices(const QString &, const QString &, const CampaignDeviceQuery &, QObject *,
                         Reply<Page<CampaignDeviceState>>) override
    {
    }
    void deviceCampaigns(const QString &, const QString &, const QString &, QObject *,
                         Reply<Page<DeviceCampaignState>>) override
    {
    }
};
} // namespace

// The campaign wizard over a small register and catalogue: only verified images are selectable, the request is
// validated before it is sent, the impact preview names safety-critical and offline-only devices, and the backend's
// answer (running, pending approval, refused) is shown in the dialog.
class TestCampaignWizard : public QObject {
    Q_OBJECT
private:
    DeviceTable m_table;
    FirmwareCatalogModel m_catalogue;
    FakeActions m_actions;

    static Firmware image(const QString &id, const QString &cls, const QString &version, bool verified)
    {
        Firmware fw;
        fw.id = id;
        fw.deviceClass = cls;
        fw.version = version;
        fw.signatureVerified = verified;
        return fw;
    }

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 40; ++i) {
            Device d;
            d.id = QStringLiteral("d%1").arg(i, 2, 10, QLatin1Char('0'));
            d.name = QStringLiteral("Device %1").arg(i);
            d.deviceClass = i < 4 ? u"infusion_pump"_s : u"ip_camera"_s;
            d.siteId = i % 2 ? u"site-a"_s : u"site-b"_s;
            d.firmwareVersion = u"5.0.0"_s;
            d.capabilities.onlineUpdate = i >= 4;
            d.capabilities.safetyCritical = i < 4;
            m_table.upsert(u"demo"_s, d);
        }
        m_catalogue.setFirmware({image(u"cam-6"_s, u"ip_camera"_s, u"6.0.0"_s, true),
                                 image(u"cam-7"_s, u"ip_camera"_s, u"7.0.0"_s, false),
                                 image(u"pump-2"_s, u"infusion_pump"_s, u"2.0.0"_s, true)});
    }

    void offersOnlyVerifiedImages()
    {
        CampaignWizard wizard(&m_table, u"demo"_s, &m_catalogue, &m_actions);
        QVERIFY(!wizard.selectFirmware(u"cam-7"_s));
        QVERIFY(!wizard.selectFirmware(u"nope"_s));
        QVERIFY(wizard.selectFirmware(u"cam-6"_s));
        QCOMPARE(wizard.selectedFirmwareId(), u"cam-6"_s);
        // The unverified image is listed, disabled, and says why.
        auto *combo = wizard.findChild<QComboBox *>();
        QComboBox *firmware = nullptr;
        for (QComboBox *box : wizard.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Firmware image"_s)
                firmware = box;
        }
        QVERIFY(combo && firmware);
        QCOMPARE(firmware->count(), 2);
        auto *items = qobject_cast<QStandardItemModel *>(firmware->model());
        QVERIFY(items);
        const int row = firmware->findData(u"cam-7"_s, Qt::UserRole);
        QVERIFY(row >= 0);
        QVERIFY(!items->item(row)->isEnabled());
        QVERIFY(items->item(row)->text().contains(u"cannot be pushed"_s));
    }

    void validatesTheRequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<CampaignWave>>("waves");
        QTest::addColumn<QString>("error"); // empty = valid
        const QList<CampaignWave> good = CampaignWizard::defaultWaves();
        QTest::newRow("valid") << u"Fix"_s << u"site:site-a"_s << good << QString();
        QTest::newRow("no name") << u"  "_s << QString() << good << u"name"_s;
        QTest::newRow("bad filter") << u"Fix"_s << u"risk:>"_s << good << u"does not parse"_s;
        QTest::newRow("no match") << u"Fix"_s << u"site:nowhere"_s << good << u"No ip_camera device"_s;
        QTest::newRow("waves not increasing")
            << u"Fix"_s << QString() << QList<CampaignWave>{{50, 5}, {10, 5}, {100, 5}} << u"must reach more"_s;
        QTest::newRow("last wave short") << u"Fix"_s << QString() << QList<CampaignWave>{{10, 5}, {90, 5}}
                                         << u"100 %"_s;
    }
    void validatesTheRequest()
    {
        QFETCH(QString, name);
        QFETCH(QString, filter);
        QFETCH(QList<CampaignWave>, waves);
        QFETCH(QString, error);
        CampaignWizard wizard(&m_table, u"demo"_s, &m_catalogue, &m_actions);
        wizard.setCampaignName(name);
        QVERIFY(wizard.selectFirmware(u"cam-6"_s));
        wizard.setWaves(waves);
        wizard.setTargetFilter(filter);
        const Result<CampaignRequest> request = wizard.request();
        if (error.isEmpty()) {
            QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
            QCOMPARE(request->firmwareId, u"cam-6"_s);
            QCOMPARE(request->targetFilter, filter);
            QCOMPARE(request->waves, waves);
            QVERIFY(request->maintenanceStart.isEmpty());
        } else {
            QVERIFY(!request.ok());
            QVERIFY2(request.errorMessage().contains(error), qPrintable(request.errorMessage()));
        }
    }

    void previewsImpactAndCarriesTheWindow()
    {
        CampaignWizard wizard(&m_table, u"demo"_s, &m_catalogue, &m_actions);
        wizard.setCampaignName(u"Pumps"_s);
        QVERIFY(wizard.selectFirmware(u"pump-2"_s));
        wizard.setTargetFilter(QString());
        wizard.setMaintenanceWindow(QTime(22, 0), QTime(4, 30));
        QCOMPARE(wizard.impact().targets, 4);
        QCOMPARE(wizard.impact().safetyCritical, 4);
        QCOMPARE(wizard.impact().physicalService, 4);
        QVERIFY(wizard.impact().needsApproval());
        QTest::qWait(250); // the preview text follows edits after a short pause
        const QString preview = wizard.findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(preview.contains(u"4 safety-critical"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"work order"_s));
        QVERIFY(preview.contains(u"second operator"_s));
        QVERIFY(preview.contains(u"d00 Device 0"_s));
        const Result<CampaignRequest> request = wizard.request();
        QVERIFY(request.ok());
        QCOMPARE(request->maintenanceStart, u"22:00"_s);
        QCOMPARE(request->maintenanceEnd, u"04:30"_s);
    }

    void showsTheBackendsAnswer_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("launched");
        QTest::newRow("running") << true << int(CampaignState::Running) << u"is running"_s << true;
        QTest::newRow("pending approval") << true << int(CampaignState::PendingApproval)
                                          << u"a second operator must approve"_s << true;
        QTest::newRow("refused") << false << 0 << u"refused the campaign: not signed"_s << false;
    }
    void showsTheBackendsAnswer()
    {
        QFETCH(bool, ok);
        QFETCH(int, state);
        QFETCH(QString, expected);
        QFETCH(bool, launched);
        Campaign campaign;
        campaign.id = u"cmp-9"_s;
        campaign.state = CampaignState(state);
        m_actions.answer = ok ? FleetResult<Campaign>(campaign)
                              : FleetResult<Campaign>(FleetError(FleetError::Kind::Conflict, u"not signed"_s, 409,
                                                                 u"firmware_unverified"_s));
        m_actions.requests.clear();
        m_actions.backends.clear();
        CampaignWizard wizard(&m_table, u"demo"_s, &m_catalogue, &m_actions);
        QSignalSpy spy(&wizard, &CampaignWizard::launched);
        wizard.setCampaignName(u"Cams"_s);
        QVERIFY(wizard.selectFirmware(u"cam-6"_s));
        wizard.setTargetFilter(u"site:site-a"_s);
        wizard.findChild<QPushButton *>(u"launchCampaign"_s)->click();
        QCOMPARE(m_actions.requests.size(), 1);
        QCOMPARE(m_actions.requests.first().targetFilter, u"site:site-a"_s);
        // Sent to the wizard's backend, which the dialog names; a campaign never spans backends.
        QCOMPARE(m_actions.backends.last(), u"demo"_s);
        QVERIFY(wizard.windowTitle().contains(u"demo"_s));
        bool noted = false;
        for (const QLabel *label : wizard.findChildren<QLabel *>())
            noted |= label->accessibleName() == u"Backend of the campaign"_s
                     && label->text().contains(u"never spans backends"_s) && label->text().contains(u"demo"_s);
        QVERIFY(noted);
        QVERIFY2(wizard.outcomeText().contains(expected), qPrintable(wizard.outcomeText()));
        QCOMPARE(spy.count(), launched ? 1 : 0);
        QCOMPARE(wizard.findChild<QPushButton *>(u"launchCampaign"_s)->isEnabled(), !launched);
    }

    // Per-site maintenance windows: the table lists the targets' sites with their time zones and how many devices
    // wait for a window; a site given its own window is sent with its zone, the rest keep the default; the preview
    // says which sites wait for which window.
    void siteWindowsPerSiteInTheirZones()
    {
        DeviceTable table;
        FirmwareCatalogModel catalogue;
        catalogue.setFirmware({image(u"plc-3"_s, u"plc"_s, u"3.0.0"_s, true)});
        for (int i = 0; i < 9; ++i) {
            Device d;
            d.id = u"plc%1"_s.arg(i);
            d.name = u"PLC %1"_s.arg(i);
            d.deviceClass = u"plc"_s;
            d.siteId = i < 5 ? u"site-berlin"_s : (i < 8 ? u"site-ny"_s : u"site-lab"_s);
            d.firmwareVersion = u"2.0.0"_s;
            d.capabilities.onlineUpdate = true;
            d.capabilities.needsMaintenanceWindow = i != 8; // the lab's PLC needs no window
            table.upsert(u"demo"_s, d);
        }
        CampaignWizard wizard(&table, u"demo"_s, &catalogue, &m_actions);
        wizard.setSiteTimeZones({{u"site-berlin"_s, u"Europe/Berlin"_s}, {u"site-ny"_s, u"America/New_York"_s}});
        wizard.setCampaignName(u"PLC fix"_s);
        QVERIFY(wizard.selectFirmware(u"plc-3"_s));
        wizard.setTargetFilter(QString());
        QCOMPARE(wizard.targetSites(), (QStringList{u"site-berlin"_s, u"site-lab"_s, u"site-ny"_s}));

        QTableWidget *sites = nullptr;
        for (QTableWidget *candidate : wizard.findChildren<QTableWidget *>()) {
            if (candidate->accessibleName() == u"Maintenance windows per site"_s)
                sites = candidate;
        }
        QVERIFY(sites);
        QCOMPARE(sites->rowCount(), 3);
        QCOMPARE(sites->item(0, 0)->text(), u"site-berlin"_s);
        QCOMPARE(sites->item(0, 1)->text(), u"Europe/Berlin"_s);
        QCOMPARE(sites->item(0, 2)->text(), u"5"_s);
        QCOMPARE(sites->item(1, 1)->text(), u"unknown (UTC)"_s);
        QCOMPARE(sites->item(1, 2)->text(), u"0"_s);
        QCOMPARE(sites->item(2, 2)->text(), u"3"_s);
        QCOMPARE(sites->item(0, 3)->text(), u"Default (01:00–05:00)"_s);

        // The operator gives New York its own window by ticking the row's box and editing its times.
        auto *own = sites->cellWidget(2, 3)->findChild<QCheckBox *>();
        QVERIFY(own);
        QCOMPARE(own->accessibleName(), u"Own window for site-ny"_s);
        own->setChecked(true);
        const QList<QTimeEdit *> times = sites->cellWidget(2, 3)->findChildren<QTimeEdit *>();
        QCOMPARE(times.size(), 2);
        times.at(0)->setTime(QTime(22, 0));
        times.at(1)->setTime(QTime(4, 0));
        wizard.setMaintenanceWindow(QTime(2, 0), QTime(3, 0));

        Result<CampaignRequest> request = wizard.request();
        QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
        QCOMPARE(request->maintenanceStart, u"02:00"_s);
        QCOMPARE(request->siteWindows.size(), 1);
        const CampaignRequest::SiteWindow window = request->siteWindows.value(u"site-ny"_s);
        QCOMPARE(window.start, u"22:00"_s);
        QCOMPARE(window.end, u"04:00"_s);
        QCOMPARE(window.timeZone, u"America/New_York"_s);
        const QJsonObject json = request->toJson().value(u"site_windows"_s).toObject();
        QCOMPARE(json.value(u"site-ny"_s).toObject().value(u"time_zone"_s).toString(), u"America/New_York"_s);

        auto *preview = wizard.findChild<QTextBrowser *>();
        const QString ownWindow = u"site-ny (America/New_York): 3 device(s), own window 22:00–04:00"_s;
        const QString defaultWindow = u"site-berlin (Europe/Berlin): 5 device(s), default window 02:00–03:00"_s;
        QTRY_VERIFY(preview->toPlainText().contains(ownWindow));
        QVERIFY2(preview->toPlainText().contains(defaultWindow), qPrintable(preview->toPlainText()));
        QVERIFY(!preview->toPlainText().contains(u"site-lab ("_s)); // nothing there waits

        // Clearing returns the site to the default; nothing site-specific is sent.
        wizard.clearSiteWindow(u"site-ny"_s);
        QVERIFY(wizard.request()->siteWindows.isEmpty());
        wizard.setSiteWindow(u"site-berlin"_s, QTime(12, 0), QTime(13, 0));
        QCOMPARE(wizard.request()->siteWindows.value(u"site-berlin"_s).timeZone, u"Europe/Berlin"_s);
    }

    void handPickedDevicesAreSentById()
    {
        CampaignWizard wizard(&m_table, u"demo"_s, &m_catalogue, &m_actions);
        wizard.setCampaignName(u"by id"_s);
        QVERIFY(wizard.selectFirmware(u"cam-6"_s));
        // Three cameras, one pump (another class: left out) and an id the register does not know.
        wizard.setTargetDevices({u"d10"_s, u"d05"_s, u"d01"_s, u"d30"_s, u"gone"_s, u"d10"_s});
        QVERIFY(wizard.targetsDevices());
        QCOMPARE(wizard.impact().targets, 3);
        QCOMPARE(wizard.impact().leftOut, 2);
        const auto *selection = [&wizard] {
            for (QLabel *label : wizard.findChildren<QLabel *>()) {
                if (label->accessibleName() == u"Selected devices"_s)
                    return label;
            }
            return static_cast<QLabel *>(nullptr);
        }();
        QVERIFY(selection && selection->isVisibleTo(&wizard));
        QCOMPARE(selection->text(), u"5 selected device(s)"_s); // no translation loaded: the plural reads "(s)"
        const Result<CampaignRequest> request = wizard.request();
        QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
        QCOMPARE(request->deviceIds, (QStringList{u"d05"_s, u"d10"_s, u"d30"_s})); // register order
        QVERIFY(request->targetFilter.isEmpty());
        QCOMPARE(request->toJson().value(u"device_ids"_s).toArray().size(), 3);
        QVERIFY(!request->toJson().contains(u"target_filter"_s));

        // Only pumps picked for a camera image: nothing to send, and the wizard says why.
        wizard.setTargetDevices({u"d01"_s, u"d02"_s});
        QVERIFY(!wizard.request().ok());
        QVERIFY2(wizard.request().errorMessage().contains(u"None of the 2 selected device(s) is a ip_camera device"_s),
                 qPrintable(wizard.request().errorMessage()));

        // "Use a filter instead" goes back to the filter.
        wizard.setTargetFilter(u"site:site-a"_s);
        QVERIFY(!wizard.targetsDevices());
        QVERIFY(!selection->isVisibleTo(&wizard));
        QVERIFY(wizard.request().ok());
        QVERIFY(wizard.request()->deviceIds.isEmpty());
    }

    void moreDevicesThanABackendTakesByIdAreRefused()
    {
        CampaignWizard wizard(&m_table, u"demo"_s, &m_catalogue, &m_actions);
        wizard.setCampaignName(u"too many"_s);
        QVERIFY(wizard.selectFirmware(u"cam-6"_s));
        QStringList ids{u"d10"_s};
        for (int i = 0; i < CampaignWizard::MaxDeviceIds; ++i)
            ids.append(u"x%1"_s.arg(i));
        wizard.setTargetDevices(ids);
        const Result<CampaignRequest> request = wizard.request();
        QVERIFY(!request.ok());
        QVERIFY2(request.errorMessage().contains(
                     u"at most %1 devices one by one"_s.arg(QLocale().toString(CampaignWizard::MaxDeviceIds))),
                 qPrintable(request.errorMessage()));
        QCOMPARE(request.error().field, u"device_ids"_s);
        // Exactly the limit is fine.
        ids.removeLast();
        wizard.setTargetDevices(ids);
        QVERIFY2(wizard.request().ok(), qPrintable(wizard.request().errorMessage()));
    }
};

QTEST_MAIN(TestCampaignWizard)
#include "tst_campaignwizard.moc"
