#include "ActionResultLabel.h"
#include "AuditController.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "CredentialModel.h"
#include "DemoSession.h"
#include "IdentityController.h"
#include "IdentityPage.h"
#include "JoinRequestModel.h"
#include "MainWindow.h"
#include "cache/CacheStore.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The Identity page against the real embedded fleetd (warden --demo): a new device accepted straight into a licence
// request and admitted to the register; a clone flagged, refused for acceptance and rejected with a reason; the
// certificates expiring this month rotated, those that cannot rotate online left waiting for a visit; identities
// preauthorized from a CSV; every action in the console's audit chain.
class TestIdentityPage : public QObject {
    Q_OBJECT
private:
    static constexpr int Devices = 600;
    static constexpr int WaitMs = 30'000;

    static void selectRow(QTableView *view, int row)
    {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    static void save(QWidget &window, const QString &file)
    {
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + u"/"_s + file);
    }
    static bool settled(IdentityPage *page)
    {
        return page->result()->outcome() != ActionResultLabel::Outcome::Working;
    }
    static int rowWhere(JoinRequestModel *model, const std::function<bool(const JoinRequest &)> &test)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (test(model->rowAt(row).request))
                return row;
        }
        return -1;
    }

private slots:
    void admissionAndCredentialsAgainstFleetd()
    {
        QTemporaryDir cacheDir;
        QVERIFY(cacheDir.isValid());
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        QSignalSpy live(&controller, &ConsoleController::live);
        DemoOptions options;
        options.devices = Devices;
        options.eventRate = 5;
        options.cacheDir = cacheDir.path();
        controller.startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        auto *identity = controller.findChild<IdentityController *>();
        QVERIFY(identity);
        auto *page = window.findChild<IdentityPage *>();
        QVERIFY(page);
        int confirmations = 0;
        page->setConfirm([&confirmations](const QString &, const QString &, int) {
            ++confirmations;
            return true;
        });
        JoinRequestModel *requests = identity->requests();
        CredentialModel *credentials = identity->credentials();
        QTRY_COMPARE_WITH_TIMEOUT(credentials->counts().all, Devices, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(requests->count(JoinRequestModel::View::Clones) >= 1, WaitMs);
        // The demo's first visitor is a new camera (fleetd seeds one).
        const auto newCamera = [](const JoinRequest &r) {
            return !r.isClone() && r.state == AdmissionState::Pending && r.deviceClass == u"ip_camera"_s;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(requests, newCamera) >= 0, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), Devices, WaitMs);
        window.showPage(u"identity"_s);
        save(window, u"identity.png"_s);

        // --- accept a new camera straight into a licence request ----------------------------------------------
        page->setAdmissionView(JoinRequestModel::View::Waiting);
        const int newRow = rowWhere(requests, newCamera);
        const JoinRequest candidate = requests->rowAt(newRow).request;
        selectRow(page->requestView(), newRow);
        page->setLicenceScopes({u"telemetry-upload"_s});
        page->acceptSelected();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), WaitMs);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QVERIFY(page->result()->text().contains(u"licence request"_s));
        page->setAdmissionView(JoinRequestModel::View::Accepted);
        QTRY_VERIFY_WITH_TIMEOUT(requests->rowOfRequest(u"demo"_s, candidate.id) >= 0, WaitMs);
        const JoinRequest accepted = requests->rowAt(requests->rowOfRequest(u"demo"_s, candidate.id)).request;
        QCOMPARE(accepted.decidedBy, u"alice"_s);
        QVERIFY(!accepted.deviceId.isEmpty());
        QVERIFY(!accepted.licenceId.isEmpty());
        // The admitted device reaches the register and has a credential with the key it presented.
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), Devices + 1, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(credentials->counts().all == Devices + 1, WaitMs);

        // --- a clone is flagged, cannot be accepted, and is rejected with a reason ------------------------------
        page->setAdmissionView(JoinRequestModel::View::Clones);
        const int cloneRow = rowWhere(requests, [](const JoinRequest &r) {
            return r.isClone() && r.state == AdmissionState::Pending;
        });
        QVERIFY(cloneRow >= 0);
        const JoinRequest clone = requests->rowAt(cloneRow).request;
        QVERIFY(requests->index(cloneRow, JoinRequestModel::CloneColumn).data().toString().contains(clone.cloneOf));
        QVERIFY(requests->index(cloneRow, 0).data(JoinRequestModel::CloneRole).toBool());
        selectRow(page->requestView(), cloneRow);
        page->result()->clearResult();
        page->acceptSelected(); // refused by the page: nothing is sent
        QCOMPARE(page->result()->outcome(), ActionResultLabel::Outcome::None);
        page->rejectSelected(); // no reason: nothing is sent
        QCOMPARE(page->result()->outcome(), ActionResultLabel::Outcome::None);
        page->setRejectReason(u"Cloned identity: key differs from the admitted device"_s);
        page->rejectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), WaitMs);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        page->setAdmissionView(JoinRequestModel::View::Rejected);
        QTRY_VERIFY_WITH_TIMEOUT(requests->rowOfRequest(u"demo"_s, clone.id) >= 0, WaitMs);
        QCOMPARE(requests->rowAt(requests->rowOfRequest(u"demo"_s, clone.id)).request.reason,
                 u"Cloned identity: key differs from the admitted device"_s);

        // --- rotate every certificate expiring within 30 days --------------------------------------------------
        page->setCredentialView(CredentialFilter::View::ExpiringWithin, 30);
        QCOMPARE(page->tabs()->currentIndex(), 1);
        const int expiring = credentials->rowCount();
        QVERIFY2(expiring > 0, "the demo fleet has certificates expiring this month");
        QCOMPARE(expiring, int(credentials->counts().expiringWithin));
        save(window, u"identity-credentials.png"_s);
        page->rotateAllShown();
        QCOMPARE(confirmations, expiring > 1 ? 1 : 0); // several devices at once are confirmed first
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), WaitMs);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded
                     || page->result()->outcome() == ActionResultLabel::Outcome::Pending,
                 qPrintable(page->result()->text()));
        // What is left in the view waits for a technician; everything else now runs for a year.
        QTRY_VERIFY_WITH_TIMEOUT(
            [credentials] {
                for (int row = 0; row < credentials->rowCount(); ++row) {
                    if (credentials->rowAt(row).credential.state != CredentialState::NeedsPhysicalService)
                        return false;
                }
                return true;
            }(),
            WaitMs);
        const int visits = credentials->rowCount();
        QVERIFY(visits < expiring);
        QCOMPARE(int(credentials->counts().needsVisit), visits);
        if (visits > 0)
            QVERIFY2(page->result()->text().contains(u"visit"_s), qPrintable(page->result()->text()));
        // Which ones need a visit: their own view, the same devices.
        page->setCredentialView(CredentialFilter::View::NeedsVisit);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->rowCount(), int(credentials->counts().needsVisit), WaitMs);
        QVERIFY(credentials->rowCount() >= visits);
        if (credentials->rowCount() > 0)
            selectRow(page->credentialView(), 0);
        save(window, u"identity-visits.png"_s);
        page->setCredentialView(CredentialFilter::View::All);
        int rotatedNow = 0;
        for (int row = 0; row < credentials->rowCount(); ++row) {
            const DeviceCredential &c = credentials->rowAt(row).credential;
            if (c.issuer == u"CN=Warden Fleet Device CA"_s && c.expires > QDateTime::currentDateTimeUtc().addDays(300)
                && c.lastRotated > QDateTime::currentDateTimeUtc().addSecs(-3600))
                ++rotatedNow;
        }
        QVERIFY2(rotatedNow >= expiring - visits, qPrintable(QString::number(rotatedNow)));

        // --- preauthorize identities from a CSV -----------------------------------------------------------------
        page->preauthorizeCsv(u"serial,fingerprint\nPRE-IT-0001\nPRE-IT-0002,%1\n"_s.arg(QString(64, u'c')));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), WaitMs);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(requests->count(JoinRequestModel::View::Preauthorized) >= 1
                                     || rowWhere(requests, [](const JoinRequest &r) {
                                            return r.serial.startsWith(u"PRE-IT-"_s);
                                        }) >= 0,
                                 WaitMs);
        page->preauthorizeCsv(u"PRE-IT-0003,not-a-fingerprint\n"_s); // refused before anything is sent
        QCOMPARE(page->result()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY(page->result()->text().contains(u"Line 1"_s));

        // --- every action is in the console's audit chain, with its result --------------------------------------
        BackendSession *session = controller.findChild<AuditController *>()->session(u"demo"_s);
        QVERIFY(session);
        std::optional<QList<AuditEntry>> chain;
        queryStore<QList<AuditEntry>>(
            session->writer(), this,
            [](CacheStore *store) {
                if (!store)
                    return QList<AuditEntry>();
                Result<QList<AuditEntry>> entries = store->loadLocalAudit();
                return entries.ok() ? entries.value() : QList<AuditEntry>();
            },
            [&chain](QList<AuditEntry> entries) { chain = std::move(entries); });
        QTRY_VERIFY_WITH_TIMEOUT(chain.has_value(), WaitMs);
        QStringList actions;
        for (const AuditEntry &entry : std::as_const(*chain))
            actions.append(entry.action + u' ' + entry.target);
        QVERIFY2(actions.contains(u"admission.accept "_s + candidate.id), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"admission.accept.result "_s + candidate.id), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"admission.reject "_s + clone.id), qPrintable(actions.join(u", "_s)));
        const auto rotations = std::count_if(actions.cbegin(), actions.cend(),
                                             [](const QString &a) { return a.startsWith(u"credential."_s); });
        QVERIFY2(rotations >= 2, qPrintable(actions.join(u", "_s))); // the rotation request and its result
    }
};

QTEST_MAIN(TestIdentityPage)
#include "tst_identitypage.moc"
