#include "ActionResultLabel.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoOperatorLogin.h"
#include "DemoSession.h"
#include "GovernanceController.h"
#include "LicencesPage.h"
#include "MainWindow.h"
#include "QuarantinePage.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;

// The Licences and Quarantine pages against the real embedded fleetd (warden --demo): a licence approved with a
// chosen subset of scopes and another denied; a normal device quarantined (visible in the register); a
// safety-critical one held for four-eyes approval, refused to its own requester, approved by bob from a second
// client, and then quarantined.
class TestGovernance : public QObject {
    Q_OBJECT
private:
    static void selectRow(QTableView *view, int row)
    {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    static QString quarantineText(DeviceRegisterModel &devices, const QString &id)
    {
        devices.waitForIdle();
        return devices.indexOfDevice(u"demo"_s, id, DeviceRegisterModel::QuarantineColumn).data().toString();
    }
    static void save(MainWindow &window, const QString &page, const QString &file)
    {
        window.showPage(page);
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + u"/"_s + file);
    }

private slots:
    void licencesAndQuarantineAgainstFleetd()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        QSignalSpy live(&controller, &ConsoleController::live);
        DemoOptions options;
        options.devices = 600;
        options.eventRate = 5;
        controller.startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        auto *governance = controller.findChild<GovernanceController *>();
        QVERIFY(governance);
        auto *licences = window.findChild<LicencesPage *>();
        auto *quarantine = window.findChild<QuarantinePage *>();
        QVERIFY(licences);
        QVERIFY(quarantine);
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), 600, 30'000);
        LicenceListModel *pending = governance->pendingLicences();
        QTRY_VERIFY_WITH_TIMEOUT(pending->rowCount() >= 2, 30'000);
        QCOMPARE(governance->activeLicences()->rowCount(), 0);

        // --- approve one request with a subset of its scopes: sensitive ones start unticked ---------------------
        int sensitiveRow = -1;
        for (int row = 0; row < pending->rowCount() && sensitiveRow < 0; ++row) {
            const LicenceListModel::Row &r = pending->rowAt(row);
            const bool hasSensitive = std::any_of(r.licence.requestedScopes.cbegin(), r.licence.requestedScopes.cend(),
                                                  &LicenceListModel::isSensitiveScope);
            const bool hasPlain = !std::all_of(r.licence.requestedScopes.cbegin(), r.licence.requestedScopes.cend(),
                                               &LicenceListModel::isSensitiveScope);
            if (hasSensitive && hasPlain)
                sensitiveRow = row;
        }
        QVERIFY2(sensitiveRow >= 0, "the demo fleet has a request mixing sensitive and plain scopes");
        const LicenceListModel::Row approved = pending->rowAt(sensitiveRow);
        QVERIFY(pending->index(sensitiveRow, 0).data(LicenceListModel::SensitiveRole).toBool());
        selectRow(licences->pendingView(), sensitiveRow);
        QStringList chosen = licences->chosenScopes();
        QVERIFY(!chosen.isEmpty());
        QVERIFY(chosen.size() < approved.licence.requestedScopes.size());
        QVERIFY(std::none_of(chosen.cbegin(), chosen.cend(), &LicenceListModel::isSensitiveScope));
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(3);
        licences->setExpiry(expires);
        licences->approveSelected();
        QTRY_VERIFY_WITH_TIMEOUT(licences->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(licences->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(licences->result()->text()));
        LicenceListModel *active = governance->activeLicences();
        QTRY_VERIFY_WITH_TIMEOUT(active->rowOfLicence(u"demo"_s, approved.licence.id) >= 0, 15'000);
        const int activeRow = active->rowOfLicence(u"demo"_s, approved.licence.id);
        QCOMPARE(active->rowAt(activeRow).licence.grantedScopes, chosen);
        QCOMPARE(active->rowAt(activeRow).licence.decidedBy, u"alice"_s);
        // Expiring in three days: inside the warning window.
        QVERIFY(active->isExpiringSoon(activeRow));
        QCOMPARE(pending->rowOfLicence(u"demo"_s, approved.licence.id), -1);

        // --- deny another; the reason is required ---------------------------------------------------------------
        QVERIFY(pending->rowCount() >= 1);
        selectRow(licences->pendingView(), 0);
        const QString deniedId = pending->rowAt(0).licence.id;
        licences->denySelected(); // no reason: nothing is sent
        QVERIFY(licences->result()->outcome() != ActionResultLabel::Outcome::Working);
        licences->setDenyReason(u"Not needed on this ward"_s);
        licences->denySelected();
        QTRY_VERIFY_WITH_TIMEOUT(licences->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(licences->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(licences->result()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(pending->rowOfLicence(u"demo"_s, deniedId), -1, 15'000);
        QCOMPARE(active->rowOfLicence(u"demo"_s, deniedId), -1);
        save(window, u"licences"_s, u"licences.png"_s);

        // --- pick a normal and a safety-critical device from the register ---------------------------------------
        models.devices.waitForIdle();
        QString normalId;
        QString criticalId;
        for (int row = 0; row < models.devices.rowCount() && (normalId.isEmpty() || criticalId.isEmpty()); ++row) {
            const Device device = models.devices.deviceAt(row);
            if (device.quarantine != QuarantineLevel::None)
                continue;
            if (device.capabilities.safetyCritical && criticalId.isEmpty())
                criticalId = device.id;
            else if (!device.capabilities.safetyCritical && normalId.isEmpty())
                normalId = device.id;
        }
        QVERIFY(!normalId.isEmpty());
        QVERIFY(!criticalId.isEmpty());

        // --- quarantine the normal device through the page and its dialog ----------------------------------------
        QString dialogSafety;
        quarantine->setDialogRunner([&dialogSafety](QuarantineDialog &dialog) {
            dialogSafety = dialog.safetyText();
            if (dialog.canAccept())
                return false; // a reason is required
            dialog.setLevel(QuarantineLevel::Isolate);
            dialog.setReason(u"Beaconing to a known C2 host"_s);
            return dialog.canAccept();
        });
        quarantine->setDeviceQuery(normalId);
        quarantine->quarantineNamedDevices();
        QTRY_VERIFY_WITH_TIMEOUT(quarantine->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(quarantine->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(quarantine->result()->text()));
        QVERIFY(dialogSafety.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(quarantineText(models.devices, normalId), u"Isolated"_s, 15'000);
        QuarantineListModel *quarantined = governance->quarantined();
        QTRY_VERIFY_WITH_TIMEOUT(quarantined->rowOfDevice(u"demo"_s, normalId) >= 0, 15'000);
        {
            const QuarantineListModel::Row row = quarantined->rowAt(quarantined->rowOfDevice(u"demo"_s, normalId));
            QVERIFY(row.level == QuarantineLevel::Isolate);
            QTRY_COMPARE_WITH_TIMEOUT(
                quarantined->rowAt(quarantined->rowOfDevice(u"demo"_s, normalId)).actor, u"alice"_s, 15'000);
            QCOMPARE(quarantined->rowAt(quarantined->rowOfDevice(u"demo"_s, normalId)).reason,
                     u"Beaconing to a known C2 host"_s);
        }

        // --- the safety-critical device: held for a second operator ---------------------------------------------
        quarantine->setDeviceQuery(criticalId);
        quarantine->quarantineNamedDevices();
        QTRY_VERIFY_WITH_TIMEOUT(quarantine->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(quarantine->result()->outcome() == ActionResultLabel::Outcome::Pending,
                 qPrintable(quarantine->result()->text()));
        QVERIFY(dialogSafety.contains(u"second, different operator"_s));
        QVERIFY(dialogSafety.contains(u"Patient safety"_s));
        ApprovalListModel *approvals = governance->approvals();
        QTRY_VERIFY_WITH_TIMEOUT(approvals->rowCount() >= 1, 15'000);
        int approvalRow = -1;
        for (int row = 0; row < approvals->rowCount(); ++row)
            if (approvals->approvalAt(row).action.value(u"device_id"_s).toString() == criticalId)
                approvalRow = row;
        QVERIFY(approvalRow >= 0);
        const QString approvalId = approvals->approvalAt(approvalRow).id;
        QVERIFY2(quarantine->result()->text().contains(approvalId), qPrintable(quarantine->result()->text()));
        QVERIFY(approvals->isOwnRequest(approvalRow));
        QVERIFY(quarantineText(models.devices, criticalId).isEmpty());

        // alice cannot approve her own request: the backend's self_approval message is shown inline.
        selectRow(quarantine->approvalsView(), approvalRow);
        quarantine->approveSelected();
        QTRY_VERIFY_WITH_TIMEOUT(quarantine->approvalResult()->outcome() != ActionResultLabel::Outcome::Working,
                                 10'000);
        QVERIFY(quarantine->approvalResult()->outcome() == ActionResultLabel::Outcome::Failed);
        QVERIFY2(quarantine->approvalResult()->text().contains(u"second operator must approve"_s),
                 qPrintable(quarantine->approvalResult()->text()));
        save(window, u"quarantine"_s, u"quarantine-pending.png"_s);

        // --- bob approves from a second client with the demo credentials ---------------------------------------
        auto *demo = controller.findChild<DemoSession *>();
        QVERIFY(demo && demo->session());
        FleetApiClient *aliceApi = demo->session()->api();
        const DemoOperatorLogin bob = loginDemoOperator(*aliceApi, u"bob"_s);
        QVERIFY2(bob.client, qPrintable(bob.error));
        FleetApiClient &bobApi = *bob.client;
        std::optional<FleetResult<Approval>> decision;
        bobApi.approveApproval(approvalId, u"Ward informed, bedside monitoring in place"_s, this,
                               [&decision](FleetResult<Approval> result) { decision = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), 10'000);
        QVERIFY2(decision->ok(), qPrintable(decision->error().message()));
        QVERIFY(decision->value().state == ApprovalState::Approved);
        QCOMPARE(decision->value().decidedBy, u"bob"_s);

        QTRY_COMPARE_WITH_TIMEOUT(quarantineText(models.devices, criticalId), u"Isolated"_s, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(approvals->rowOfApproval(u"demo"_s, approvalId), -1, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(quarantined->rowOfDevice(u"demo"_s, criticalId) >= 0, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(quarantined->rowAt(quarantined->rowOfDevice(u"demo"_s, criticalId)).approvedBy,
                                  u"bob"_s, 15'000);
        QCOMPARE(quarantined->rowAt(quarantined->rowOfDevice(u"demo"_s, criticalId)).actor, u"alice"_s);
        save(window, u"quarantine"_s, u"quarantine.png"_s);

        // --- release the normal device: reason required ---------------------------------------------------------
        selectRow(quarantine->quarantinedView(), quarantined->rowOfDevice(u"demo"_s, normalId));
        quarantine->setReleaseReason(u"C2 host blocked at the firewall"_s);
        quarantine->releaseSelected();
        QTRY_VERIFY_WITH_TIMEOUT(quarantine->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(quarantine->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(quarantine->result()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(quarantineText(models.devices, normalId).isEmpty(), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(quarantined->rowOfDevice(u"demo"_s, normalId), -1, 15'000);
    }
};

QTEST_MAIN(TestGovernance)
#include "tst_governance.moc"
