#include "CampaignWindowsPanel.h"
#include "CampaignWizard.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoSession.h"
#include "server/FleetdCredentials.h"
#include "MainWindow.h"
#include "RegisterPage.h"
#include "UpdatesPage.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/TlsSetup.h"
#include "inventory/DeviceTable.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The Updates page against the real embedded fleetd (warden --demo): the catalogue and counts from the synced cache,
// an unverified image refused with the backend's message, a campaign's round trip into the campaigns model,
// pause/resume/abort, and work orders for a class that needs a technician (after bob approves the four-eyes hold).
class TestUpdates : public QObject {
    Q_OBJECT
private:
    static constexpr int Devices = 400;

    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
    UpdatesPage *m_page = nullptr;

    BackendSession *session() const { return m_controller->findChild<DemoSession *>()->session(); }

    std::optional<Firmware> newestImage(const QString &cls, bool verified) const
    {
        for (const Firmware &image : m_page->catalogue()->firmwareOfClass(cls)) {
            if (image.signatureVerified == verified)
                return image; // newest first
        }
        return std::nullopt;
    }

    // Fills the wizard and presses Launch; returns the backend's campaign.
    std::optional<Campaign> launch(const QString &name, const QString &firmwareId, const QString &filter,
                                   const QList<CampaignWave> &waves, QString *outcome)
    {
        CampaignWizard *wizard = m_page->openCampaignWizard();
        QSignalSpy launched(wizard, &CampaignWizard::launched);
        wizard->setCampaignName(name);
        if (!wizard->selectFirmware(firmwareId))
            return std::nullopt;
        wizard->setTargetFilter(filter);
        wizard->setWaves(waves);
        wizard->setWaitMinutes(0);
        auto *button = wizard->findChild<QPushButton *>(u"launchCampaign"_s);
        button->click();
        if (!QTest::qWaitFor([&] { return !launched.isEmpty() || (!wizard->isSubmitting() && !wizard->outcomeText().isEmpty() && wizard->outcomeText().contains(u"refused"_s)); }, 20'000))
            return std::nullopt;
        *outcome = wizard->outcomeText();
        wizard->close();
        if (launched.isEmpty())
            return std::nullopt;
        return launched.first().first().value<Campaign>();
    }

    CampaignState stateInModel(const QString &id) const
    {
        const int row = m_page->campaigns()->rowOfCampaign(id);
        return row < 0 ? CampaignState::Draft : m_page->campaigns()->campaignAt(row).state;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Campaign>();
        m_models = std::make_unique<ConsoleModels>();
        m_window = std::make_unique<MainWindow>(m_models.get());
        m_window->resize(1440, 900);
        m_controller = std::make_unique<ConsoleController>(m_models.get(), m_window.get());
        QSignalSpy failed(m_controller.get(), &ConsoleController::failed);
        QSignalSpy live(m_controller.get(), &ConsoleController::live);
        DemoOptions options;
        options.devices = Devices;
        options.eventRate = 5;
        m_controller->startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        m_page = qobject_cast<UpdatesPage *>(m_window->page(u"updates"_s));
        QVERIFY(m_page);
        QTRY_COMPARE_WITH_TIMEOUT(m_models->devices.totalCount(), Devices, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->catalogue()->rowCount() > 0, 30'000);
    }

    void catalogueCountsTheRegister()
    {
        // Every device of the register is counted under its class and version. Waits for that state itself: a count
        // may still be scheduled for the register's latest batch when the previous one has just finished.
        const auto counted = [this] {
            int total = 0;
            for (const QString &cls : m_page->catalogue()->deviceClasses()) {
                for (const auto &[version, count] : m_page->catalogue()->versionSpread(cls))
                    total += count;
            }
            return total;
        };
        QTRY_COMPARE_WITH_TIMEOUT(counted(), Devices, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isCounting(), 20'000);
        QCOMPARE(counted(), Devices);
        // The demo catalogue has an unverified camera image; the model says why it cannot be pushed.
        const std::optional<Firmware> unverified = newestImage(u"ip_camera"_s, false);
        QVERIFY(unverified);
        const int row = m_page->catalogue()->rowOfFirmware(unverified->id);
        QCOMPARE(m_page->catalogue()->index(row, FirmwareCatalogModel::SignatureColumn).data().toString(),
                 u"Unverified"_s);
    }

    void vulnerabilityLookUpFiltersTheRegister()
    {
        // Pick a camera CVE some device still has and follow the link to the register.
        QString cve;
        for (const Firmware &image : m_page->catalogue()->firmwareOfClass(u"ip_camera"_s)) {
            for (const QString &candidate : image.vulnerabilities) {
                if (cve.isEmpty() && m_page->catalogue()->devicesWith(u"ip_camera"_s, candidate) > 0)
                    cve = candidate;
            }
        }
        QVERIFY(!cve.isEmpty());
        QSignalSpy requested(m_page, &UpdatesPage::showDevicesRequested);
        m_page->showDevicesWithVulnerability(u"ip_camera"_s, cve);
        QCOMPARE(requested.count(), 1);
        auto *registerPage = qobject_cast<RegisterPage *>(m_window->page(u"register"_s));
        QVERIFY(registerPage);
        QVERIFY2(registerPage->filterError().isEmpty(), qPrintable(registerPage->filterError()));
        m_models->devices.waitForIdle();
        QTRY_COMPARE_WITH_TIMEOUT(m_models->devices.rowCount(), m_page->catalogue()->devicesWith(u"ip_camera"_s, cve),
                                  10'000);
        const QStringList vulnerable = m_page->catalogue()->versionsWith(u"ip_camera"_s, cve);
        for (int row = 0; row < m_models->devices.rowCount(); ++row)
            QVERIFY(vulnerable.contains(m_models->devices.deviceAt(row).firmwareVersion));
        registerPage->applyFilter(QString());
        m_models->devices.waitForIdle();
    }

    void unverifiedFirmwareIsRefusedWithTheBackendsMessage()
    {
        const std::optional<Firmware> unverified = newestImage(u"ip_camera"_s, false);
        QVERIFY(unverified);
        CampaignWizard *wizard = m_page->openCampaignWizard();
        // The form never offers it...
        QVERIFY(!wizard->selectFirmware(unverified->id));
        // ...and when a request names it anyway, the backend's refusal is shown.
        CampaignRequest request;
        request.name = u"Unsigned hotfix"_s;
        request.firmwareId = unverified->id;
        request.waves = {CampaignWave{100, 10}};
        wizard->submit(request);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isSubmitting(), 20'000);
        QVERIFY2(wizard->outcomeText().contains(u"is not verified"_s), qPrintable(wizard->outcomeText()));
        QVERIFY(wizard->outcomeText().contains(u"refused"_s));
        wizard->close();
    }

    void campaignRoundTripAndControls()
    {
        const std::optional<Firmware> image = newestImage(u"ip_camera"_s, true);
        QVERIFY(image);
        // A small target set: one site's older cameras, so no approval is needed.
        const DeviceTable &table = m_models->devices.table();
        QString filter;
        for (qsizetype row = 0; row < table.rowCount() && filter.isEmpty(); ++row) {
            if (table.text(row, RegisterField::Class) == u"ip_camera"_s
                && table.text(row, RegisterField::Firmware) != image->version)
                filter = u"site:"_s + table.device(row).siteId + u" fw:<"_s + image->version;
        }
        QVERIFY(!filter.isEmpty());
        const CampaignImpact impact = CampaignImpact::assess(table, u"demo"_s, u"ip_camera"_s, filter);
        QVERIFY(impact.targets > 0);
        QVERIFY(!impact.needsApproval());

        QString outcome;
        const std::optional<Campaign> created =
            launch(u"Camera fix, one site"_s, image->id, filter, CampaignWizard::defaultWaves(), &outcome);
        QVERIFY2(created, qPrintable(outcome));
        QVERIFY2(outcome.contains(created->id), qPrintable(outcome));
        QCOMPARE(CampaignListModel::targetCount(*created), impact.targets);
        // Round trip: the campaign comes back through the cache into the campaigns model.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->campaigns()->rowOfCampaign(created->id) >= 0, 30'000);
        const Campaign listed = m_page->campaigns()->campaignAt(m_page->campaigns()->rowOfCampaign(created->id));
        QCOMPARE(listed.createdBy, u"alice"_s);
        QCOMPARE(listed.firmwareId, image->id);
        QCOMPARE(listed.waves, CampaignWizard::defaultWaves());
        QCOMPARE(m_page->selectedCampaignId(), created->id);
        QCOMPARE(m_page->tabs()->currentIndex(), int(UpdatesPage::CampaignsTab));

        QTRY_COMPARE_WITH_TIMEOUT(int(stateInModel(created->id)), int(CampaignState::Running), 30'000);
        m_page->runCampaignAction(CampaignAction::Pause);
        QTRY_COMPARE_WITH_TIMEOUT(int(stateInModel(created->id)), int(CampaignState::Paused), 20'000);
        QVERIFY2(m_page->campaignOutcome().contains(u"succeeded"_s), qPrintable(m_page->campaignOutcome()));
        // Pausing twice is a conflict; the backend's reason is shown.
        m_page->runCampaignAction(CampaignAction::Pause);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->campaignOutcome().contains(u"failed"_s), 20'000);
        m_page->runCampaignAction(CampaignAction::Resume);
        QTRY_COMPARE_WITH_TIMEOUT(int(stateInModel(created->id)), int(CampaignState::Running), 20'000);
        m_page->runCampaignAction(CampaignAction::Abort);
        QTRY_COMPARE_WITH_TIMEOUT(int(stateInModel(created->id)), int(CampaignState::Aborted), 20'000);
        // And the cache agrees after the next sync (the model is fed from it).
        QTest::qWait(1500);
        QCOMPARE(int(stateInModel(created->id)), int(CampaignState::Aborted));
    }

    void physicalServiceClassCreatesWorkOrders()
    {
        const std::optional<Firmware> image = newestImage(u"infusion_pump"_s, true);
        QVERIFY(image);
        const DeviceTable &table = m_models->devices.table();
        const CampaignImpact impact = CampaignImpact::assess(table, u"demo"_s, u"infusion_pump"_s, QString());
        QVERIFY(impact.targets > 0);
        QCOMPARE(impact.physicalService, impact.targets);
        QVERIFY(impact.needsApproval());

        QString outcome;
        const std::optional<Campaign> created =
            launch(u"Pump update"_s, image->id, QString(), {CampaignWave{100, 10}}, &outcome);
        QVERIFY2(created, qPrintable(outcome));
        QCOMPARE(int(created->state), int(CampaignState::PendingApproval));
        QVERIFY2(outcome.contains(u"second operator"_s), qPrintable(outcome));

        // bob approves as the second operator.
        const QString dir = QFileInfo(session()->api()->profile().caBundlePath).absolutePath();
        const auto credentials = FleetdCredentials::read(QDir(dir).filePath(u"credentials.json"_s));
        QVERIFY2(credentials.ok(), qPrintable(credentials.errorMessage()));
        const auto bob = FleetdCredentials::find(credentials.value(), u"bob"_s);
        QVERIFY(bob);
        ConnectionProfile profile = session()->api()->profile();
        profile.userName = bob->user;
        const auto tls = TlsSetup::build(profile);
        QVERIFY(tls.ok());
        FleetApiClient bobApi(profile, tls.value());
        bool loggedIn = false;
        QString password = bob->password;
        bobApi.login(bob->user, SecretBytes::fromString(password),
                     Totp::code(bob->totpSecret(), QDateTime::currentSecsSinceEpoch()), this,
                     [&](FleetResult<LoginSession> result) {
                         QVERIFY2(result.ok(), qPrintable(result.error().message()));
                         loggedIn = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 20'000);
        QString approvalId;
        bool listed = false;
        bobApi.page<Approval>(PageRequest{}, this, [&](FleetResult<Page<Approval>> result) {
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            for (const Approval &approval : result->items) {
                if (approval.action.value(u"campaign_id"_s).toString() == created->id)
                    approvalId = approval.id;
            }
            listed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 20'000);
        QVERIFY(!approvalId.isEmpty());
        bool approved = false;
        bobApi.approveApproval(approvalId, u"checked the pump image"_s, this, [&](FleetResult<Approval> result) {
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            approved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(approved, 20'000);

        // Every pump needs a technician: the work orders list fills (refreshed as the campaign moves).
        QTRY_VERIFY_WITH_TIMEOUT(m_page->workOrders()->rowCount() == impact.targets, 30'000);
        const WorkOrder order = m_page->workOrders()->workOrderAt(0);
        QCOMPARE(order.requiredVersion, image->version);
        QCOMPARE(order.campaignId, created->id);
        QVERIFY(!m_page->workOrders()->index(0, WorkOrderModel::NameColumn).data().toString().isEmpty());

        QTemporaryDir out;
        QVERIFY(m_page->exportWorkOrdersCsv(out.filePath(u"orders.csv"_s)).ok());
        QFile csv(out.filePath(u"orders.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), impact.targets + 1);
        QVERIFY(m_page->printWorkOrdersPdf(out.filePath(u"orders.pdf"_s)).ok());
        QFile pdf(out.filePath(u"orders.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // A technician installed it: the work order closes and the device runs the new version.
        m_page->markServiced(order.deviceId);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->workOrders()->rowOfDevice(order.deviceId) < 0, 20'000);
        QVERIFY2(m_page->workOrderOutcome().contains(image->version), qPrintable(m_page->workOrderOutcome()));
        QCOMPARE(m_page->workOrders()->rowCount(), impact.targets - 1);

        m_window->showPage(u"updates"_s);
        m_page->tabs()->setCurrentIndex(UpdatesPage::WorkOrdersTab);
        const QString shots = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->grab().save(shots + u"/updates-workorders.png"_s);
            m_page->tabs()->setCurrentIndex(UpdatesPage::CampaignsTab);
            m_window->grab().save(shots + u"/updates-campaigns.png"_s);
            CampaignWizard *wizard = m_page->openCampaignWizard();
            wizard->selectFirmware(newestImage(u"infusion_pump"_s, true)->id);
            wizard->setCampaignName(u"Pump security update"_s);
            wizard->setTargetFilter(QString());
            wizard->setMaintenanceWindow(QTime(22, 0), QTime(4, 0));
            if (!wizard->targetSites().isEmpty()) // one site with a window of its own, in its zone
                wizard->setSiteWindow(wizard->targetSites().constFirst(), QTime(2, 0), QTime(3, 30));
            QTest::qWait(300);
            wizard->grab().save(shots + u"/campaign-wizard.png"_s);
            wizard->close();
        }
    }

    void runningCampaignShowsEachSitesWindow()
    {
        const std::optional<Firmware> image = newestImage(u"plc"_s, true);
        QVERIFY(image);
        // PLCs need a maintenance window: those of two sites, neither safety-critical nor offline-only.
        const DeviceTable &table = m_models->devices.table();
        QStringList sites;
        for (qsizetype row = 0; row < table.rowCount() && sites.size() < 2; ++row) {
            if (table.text(row, RegisterField::Class) != u"plc"_s || !table.needsMaintenanceWindow(row)
                || table.safetyCritical(row) || !table.onlineUpdate(row)
                || table.text(row, RegisterField::Firmware) == image->version)
                continue;
            if (!sites.contains(table.device(row).siteId))
                sites.append(table.device(row).siteId);
        }
        QVERIFY(!sites.isEmpty());
        const QString filter = u"online_update:yes safety:no fw:!="_s + image->version + u" (site:"_s
                               + sites.join(u" OR site:"_s) + u')';
        // Opens in about twelve hours of the site's day (the demo's simulated time runs at wall-clock speed), so
        // the devices are still waiting when the panel is read.
        const QTime start(QDateTime::currentDateTimeUtc().addSecs(12 * 3600).time().hour(), 0);
        CampaignWizard *wizard = m_page->openCampaignWizard();
        QSignalSpy launched(wizard, &CampaignWizard::launched);
        wizard->setCampaignName(u"PLC update in each site's window"_s);
        QVERIFY(wizard->selectFirmware(image->id));
        wizard->setTargetFilter(filter);
        wizard->setWaves({CampaignWave{100, 50}});
        wizard->setWaitMinutes(0);
        wizard->setMaintenanceWindow(start, start.addSecs(3600));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->impact().targets > 0, 20'000);
        QVERIFY(!wizard->impact().needsApproval());
        wizard->setSiteWindow(sites.first(), start.addSecs(1800), start.addSecs(2 * 3600));
        wizard->findChild<QPushButton *>(u"launchCampaign"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!launched.isEmpty() || wizard->outcomeText().contains(u"refused"_s), 20'000);
        QVERIFY2(!launched.isEmpty(), qPrintable(wizard->outcomeText()));
        const Campaign created = launched.first().first().value<Campaign>();
        wizard->close();

        // The campaign the cache hands the page carries the windows and which sites wait for which.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectCampaign(created.id), 30'000);
        const auto listed = [&] {
            return m_page->campaigns()->campaignAt(m_page->campaigns()->rowOfCampaign(created.id));
        };
        QTRY_VERIFY_WITH_TIMEOUT(!listed().windowWaits.isEmpty(), 30'000);
        const Campaign campaign = listed();
        QVERIFY(campaign.defaultWindow);
        QCOMPARE(campaign.defaultWindow->start, start);
        QVERIFY(campaign.siteWindows.contains(sites.first()));
        const QString ownZone = campaign.siteWindows.value(sites.first()).timeZone;
        QVERIFY(!ownZone.isEmpty());

        CampaignWindowsPanel *panel = m_page->campaignWindows();
        QTRY_VERIFY_WITH_TIMEOUT(panel->summary().contains(u"wait for a window to open"_s), 20'000);
        QVERIFY2(panel->summary().contains(u"Default window "_s + start.toString(u"HH:mm"_s)),
                 qPrintable(panel->summary()));
        QTableWidget *rows = panel->table();
        QVERIFY(rows->isVisibleTo(m_page));
        int waitingShown = 0;
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString site = rows->item(row, CampaignWindowsPanel::SiteColumn)->text();
            for (const CampaignWindowWait &wait : campaign.windowWaits) {
                if (!site.contains(wait.siteId))
                    continue;
                QCOMPARE(rows->item(row, CampaignWindowsPanel::ZoneColumn)->text(), wait.window.timeZone);
                QCOMPARE(rows->item(row, CampaignWindowsPanel::WaitingColumn)->text(), QString::number(wait.waiting));
                QCOMPARE(rows->item(row, CampaignWindowsPanel::OpensColumn)->text(),
                         CampaignWindowsPanel::opensText(wait.nextOpen, wait.window.timeZone));
                QVERIFY(wait.nextOpen.isValid());
                QVERIFY(rows->item(row, CampaignWindowsPanel::WindowColumn)->text().contains(
                    wait.siteWindow ? u"own"_s : u"default"_s));
                ++waitingShown;
            }
            if (site.contains(sites.first())) {
                QCOMPARE(rows->item(row, CampaignWindowsPanel::ZoneColumn)->text(), ownZone);
                QVERIFY(rows->item(row, CampaignWindowsPanel::WindowColumn)->text().startsWith(
                    start.addSecs(1800).toString(u"HH:mm"_s)));
            }
        }
        QCOMPARE(waitingShown, campaign.windowWaits.size());

        m_window->showPage(u"updates"_s);
        m_page->tabs()->setCurrentIndex(UpdatesPage::CampaignsTab);
        const QString shots = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->show();
            // Devices start staggered over 30 s: let them reach their windows for the picture (nothing asserted).
            QTest::qWait(32'000);
            QVERIFY(m_window->grab().save(shots + u"/updates-campaign-windows.png"_s));
        }
        m_page->runCampaignAction(CampaignAction::Abort);
        QTRY_COMPARE_WITH_TIMEOUT(int(stateInModel(created.id)), int(CampaignState::Aborted), 20'000);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
        m_models.reset();
    }
};

QTEST_MAIN(TestUpdates)
#include "tst_updates.moc"
