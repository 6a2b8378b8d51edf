// The Identity page's Operators tab against the real embedded fleetd over TLS (warden --demo): alice (operator) sees
// the tab closed with the reason; an admin connected through Fleet → Connect lists the operators, resets bob's 2FA
// after a confirmation naming him, sees the new secret once (copied through SecretClipboard, marked secret), and bob's
// open session ends while the new secret logs him in. The reset is in the console's audit chain without the secret.
// Identity actions tried while the backend is unreachable are kept as pending actions and sent when confirmed; a 2FA
// reset is refused instead (its secret could not be shown later).
#include "ActionResultLabel.h"
#include "AuditController.h"
#include "ConnectDialog.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "CredentialModel.h"
#include "DemoOperatorLogin.h"
#include "IdentityController.h"
#include "IdentityPage.h"
#include "MainWindow.h"
#include "OperatorAccountModel.h"
#include "OperatorsPanel.h"
#include "SecretClipboard.h"
#include "TotpSecretDialog.h"
#include "audit/AuditChainLoader.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StoreQuery.h"
#include "security/Totp.h"
#include "server/FleetdCredentials.h"

#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

class TestOperatorsTab : public QObject {
    Q_OBJECT
private:
    static constexpr int WaitMs = 30'000;
    QTemporaryDir m_root;

    static void save(QWidget *widget, const QString &file)
    {
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u"/"_s + file);
    }

    static bool settled(OperatorsPanel *panel)
    {
        return panel->result()->outcome() != ActionResultLabel::Outcome::Working;
    }

    // Logs in through Fleet → Connect, like an operator would; the profile is the demo's with another user.
    static void connectAs(ConsoleController &controller, MainWindow &window, ConnectionProfile profile,
                          const FleetdCredential &who)
    {
        controller.showConnectDialog();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        profile.userName = who.user;
        dialog->setProfile(profile);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Password"_s)
                edit->setText(who.password);
            if (edit->accessibleName() == u"One-time code"_s)
                edit->setText(Totp::code(who.totpSecret(), QDateTime::currentSecsSinceEpoch()));
        }
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == u"Connect"_s)
                button->click();
        }
    }

    static QList<AuditEntry> consoleChain(BackendSession *session, QObject *context)
    {
        std::optional<Result<LoadedAuditChain>> chain;
        queryStore<Result<LoadedAuditChain>>(
            session->writer(), context,
            [](CacheStore *store) {
                return store ? AuditChainLoader::load(*store, AuditChainKind::Console)
                             : Result<LoadedAuditChain>::failure(u"no cache"_s);
            },
            [&chain](Result<LoadedAuditChain> loaded) { chain = std::move(loaded); });
        if (!QTest::qWaitFor([&chain] { return chain.has_value(); }, WaitMs) || !chain->ok())
            return {};
        return chain->value().entries;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // The demo backend's data directory (and its credentials file) lands under our temporary directory.
        qputenv("TMPDIR", m_root.filePath(u"tmp"_s).toUtf8());
        QDir().mkpath(m_root.filePath(u"tmp"_s));
    }

    void operatorsTabAgainstFleetd()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        window.show();
        ConsoleController controller(&models, &window);
        controller.setCacheDir(m_root.filePath(u"cache"_s));
        QSignalSpy failed(&controller, &ConsoleController::failed);
        QSignalSpy live(&controller, &ConsoleController::live);
        DemoOptions options;
        options.devices = 300;
        options.eventRate = 10;
        options.cacheDir = m_root.filePath(u"cache"_s);
        controller.startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        auto *audit = controller.findChild<AuditController *>();
        BackendSession *demo = audit->session(u"demo"_s);
        QVERIFY(demo && demo->api()->isLoggedIn());

        QString credentialsFile;
        QDirIterator files(m_root.filePath(u"tmp"_s), {u"credentials.json"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        if (files.hasNext())
            credentialsFile = files.next();
        QVERIFY2(!credentialsFile.isEmpty(), "the demo backend's credentials file was not found");
        const auto accounts = FleetdCredentials::read(credentialsFile);
        QVERIFY(accounts.ok());
        const auto admin = FleetdCredentials::find(accounts.value(), u"admin"_s);
        const auto bob = FleetdCredentials::find(accounts.value(), u"bob"_s);
        QVERIFY(admin && bob);

        auto *page = window.findChild<IdentityPage *>();
        QVERIFY(page);
        OperatorsPanel *panel = page->operatorsPanel();
        QVERIFY(panel);
        QCOMPARE(page->tabs()->tabText(page->tabs()->indexOf(panel)), u"Operators"_s);

        // --- alice is an operator: the tab's controls are closed and say why ------------------------------------
        window.showPage(u"identity"_s);
        page->tabs()->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), WaitMs);
        QVERIFY(!panel->refusal()->isHidden());
        QVERIFY2(panel->refusal()->text().contains(u"Only administrators"_s), qPrintable(panel->refusal()->text()));
        QVERIFY(panel->refusal()->text().contains(u"alice"_s));
        QVERIFY(!panel->view()->isEnabled());
        QVERIFY(!panel->resetButton()->isEnabled());
        QCOMPARE(panel->model()->rowCount(), 0);
        save(&window, u"identity-operators-refused.png"_s);

        // --- bob holds a session of his own (a second console) ----------------------------------------------------
        const test::DemoOperatorLogin bobLogin = test::loginDemoOperator(*demo->api(), u"bob"_s);
        QVERIFY2(bobLogin.client, qPrintable(bobLogin.error));
        FleetApiClient &bobClient = *bobLogin.client;

        // --- the admin connects and lists the operators -------------------------------------------------------------
        ConnectionProfile profile = demo->api()->profile();
        profile.name = u"ops"_s;
        connectAs(controller, window, profile, *admin);
        QTRY_VERIFY_WITH_TIMEOUT(audit->session(u"ops"_s) && audit->session(u"ops"_s)->api()->isLoggedIn(), WaitMs);
        BackendSession *ops = audit->session(u"ops"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ops->journal()->isOnline(), WaitMs);
        panel->setBackend(u"ops"_s);
        QCOMPARE(panel->backend(), u"ops"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), WaitMs);
        QVERIFY(panel->refusal()->isHidden());
        QVERIFY(panel->view()->isEnabled());
        OperatorAccountModel *operators = panel->model();
        QCOMPARE(operators->rowCount(), 4);
        QCOMPARE(operators->accountAt(0).user, u"admin"_s);
        const int bobRow = operators->rowOfUser(u"bob"_s);
        QVERIFY(bobRow >= 0);
        QCOMPARE(operators->index(bobRow, OperatorAccountModel::TwoFactorColumn).data().toString(), u"Enrolled"_s);
        QVERIFY(operators->accountAt(bobRow).lastLogin.isValid()); // he just logged in
        QVERIFY(!operators->accountAt(operators->rowOfUser(u"carol"_s)).lastLogin.isValid());

        // --- reset bob's 2FA: confirmation names him, the reason is required -----------------------------------
        panel->selectUser(u"bob"_s);
        QVERIFY(!panel->resetButton()->isEnabled()); // no reason yet
        panel->setResetReason(u"lost phone, ticket 4711"_s);
        QVERIFY(panel->resetButton()->isEnabled());
        save(&window, u"identity-operators.png"_s);
        QString asked;
        panel->setConfirm([&asked](const QString &title, const QString &text) {
            asked = title + u'\n' + text;
            return false; // first: the admin changes their mind
        });
        panel->resetSelected();
        QVERIFY(asked.contains(u"bob"_s) && asked.contains(u"ops"_s) && asked.contains(u"ticket 4711"_s));
        QCOMPARE(panel->result()->outcome(), ActionResultLabel::Outcome::None); // nothing was sent
        QVERIFY(!panel->secretDialog());
        panel->setConfirm([](const QString &, const QString &) { return true; });
        QSignalSpy bobExpired(&bobClient, &FleetApiClient::tokenExpired);
        panel->resetSelected();
        QTRY_VERIFY_WITH_TIMEOUT(settled(panel), WaitMs);
        QVERIFY2(panel->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(panel->result()->text()));
        QVERIFY(panel->result()->text().contains(u"open sessions ended: 1"_s));

        // --- the secret, once ----------------------------------------------------------------------------------
        TotpSecretDialog *dialog = panel->secretDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), WaitMs);
        QVERIFY(dialog->windowTitle().contains(u"bob"_s));
        QString base32 = dialog->shownSecret();
        QVERIFY(base32.contains(u' ')); // grouped for reading
        base32.remove(u' ');
        const Result<QByteArray> secret = Totp::fromBase32(base32);
        QVERIFY2(secret.ok(), qPrintable(base32));
        QCOMPARE(secret->size(), 20);
        QVERIFY(*secret != bob->totpSecret());
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 0)));
        save(dialog, u"identity-operators-secret.png"_s);
        dialog->copySecretButton()->click();
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        if (!copied->text().isEmpty()) { // offscreen platforms without a clipboard leave it empty
            QCOMPARE(copied->text(), base32);
            QCOMPARE(copied->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        }
        QVERIFY(dialog->clipboard()->isPending()); // cleared after 30 s
        dialog->copyUriButton()->click();
        if (!QGuiApplication::clipboard()->text().isEmpty())
            QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"otpauth://totp/"_s));
        QPointer<TotpSecretDialog> closing(dialog);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(closing.isNull(), WaitMs); // deleted on close, its copies wiped
        panel->findChild<SecretClipboard *>()->clearNow();
        QVERIFY(!QGuiApplication::clipboard()->text().contains(base32));

        // --- bob's old session is over; the new secret logs him in -------------------------------------------
        std::optional<FleetResult<Device>> afterReset;
        bobClient.device(u"dev-000001"_s, this, [&afterReset](FleetResult<Device> r) { afterReset = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(afterReset.has_value(), WaitMs);
        QVERIFY(!afterReset->ok());
        QVERIFY2(afterReset->error().needsLogin(), qPrintable(afterReset->error().message()));
        QCOMPARE(bobExpired.count(), 1);
        FleetApiClient bobAgain(demo->api()->profile(), demo->api()->tls());
        std::optional<FleetResult<LoginSession>> relogin;
        bobAgain.login(bob->user, SecretBytes(bob->password.toUtf8()),
                       Totp::code(*secret, QDateTime::currentSecsSinceEpoch()), this,
                       [&relogin](FleetResult<LoginSession> result) { relogin = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(relogin.has_value(), WaitMs);
        QVERIFY2(relogin->ok(), qPrintable(relogin->ok() ? QString() : relogin->error().message()));

        // --- audited by the API client's recorder, once, without the secret -------------------------------------
        QList<AuditEntry> resets;
        QVERIFY(QTest::qWaitFor(
            [&] {
                resets.clear();
                for (const AuditEntry &entry : consoleChain(ops, this)) {
                    if (entry.action.startsWith(u"operator.reset_totp"_s) && entry.target == u"bob"_s)
                        resets.append(entry);
                }
                return resets.size() >= 2;
            },
            WaitMs));
        QCOMPARE(resets.size(), 2);
        QCOMPARE(resets.at(0).actor, u"admin"_s);
        QCOMPARE(resets.at(0).details.value(u"reason"_s).toString(), u"lost phone, ticket 4711"_s);
        QCOMPARE(resets.at(1).action, u"operator.reset_totp.result"_s);
        for (const AuditEntry &entry : consoleChain(ops, this))
            QVERIFY(!QJsonDocument(entry.details).toJson().contains(base32.toLatin1()));

        // --- offline: identity actions wait as pending actions; a 2FA reset is refused -------------------------
        auto *identity = controller.findChild<IdentityController *>();
        QVERIFY(identity);
        page->setCredentialView(CredentialFilter::View::All);
        QString target;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                CredentialModel *credentials = identity->credentials();
                for (int row = 0; row < credentials->rowCount(); ++row) {
                    const CredentialModel::Row &r = credentials->rowAt(row);
                    if (r.backend == u"ops"_s && r.credential.state == CredentialState::Active) {
                        target = r.credential.deviceId;
                        return true;
                    }
                }
                return false;
            }(),
            WaitMs);
        OfflineJournal *journal = ops->journal();
        const qsizetype pendingBefore = journal->pendingConfirmation().size();
        // The session sets the journal's state on its own as the stream's state changes; the gate reads it when the
        // action is asked for, so "unreachable" is set right before each action, with no event loop in between.
        journal->setOnline(false);
        std::optional<FleetResult<DeviceCredential>> kept;
        identity->revokeCredential(u"ops"_s, target, u"key leaked"_s, this,
                                   [&kept](FleetResult<DeviceCredential> r) { kept = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), WaitMs);
        QVERIFY(!kept->ok());
        QVERIFY2(kept->error().message().contains(u"Pending actions"_s), qPrintable(kept->error().message()));
        QTRY_COMPARE_WITH_TIMEOUT(journal->pendingConfirmation().size(), pendingBefore + 1, WaitMs);
        const PendingAction pending = journal->pendingConfirmation().constLast();
        QCOMPARE(pending.kind, u"credential.revoke"_s);
        QCOMPARE(pending.payload.value(u"device_id"_s).toString(), target);

        panel->selectUser(u"carol"_s);
        panel->setResetReason(u"while offline"_s);
        journal->setOnline(false);
        panel->resetSelected();
        QTRY_VERIFY_WITH_TIMEOUT(settled(panel), WaitMs);
        QCOMPARE(panel->result()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY2(panel->result()->text().contains(u"not kept as a pending action"_s), qPrintable(panel->result()->text()));
        QVERIFY(!panel->secretDialog());
        QCOMPARE(journal->pendingConfirmation().size(), pendingBefore + 1);

        // Back online: the kept revocation is sent once the operator confirms it, and reaches the cache.
        journal->setOnline(true);
        std::optional<FleetStatus> sent;
        journal->confirmAndSend(pending.id, this, [&sent](FleetStatus status) { sent = std::move(status); });
        QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), WaitMs);
        QVERIFY2(sent->ok(), qPrintable(sent->ok() ? QString() : sent->error().message()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                CredentialModel *credentials = identity->credentials();
                const int row = credentials->rowOfDevice(u"ops"_s, target);
                return row >= 0 && credentials->rowAt(row).credential.state == CredentialState::Revoked;
            }(),
            WaitMs);
    }
};

QTEST_MAIN(TestOperatorsTab)
#include "tst_operatorstab.moc"
