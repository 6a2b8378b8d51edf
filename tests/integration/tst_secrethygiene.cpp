// Secret hygiene of a whole console session: the demo (alice logs in with password + TOTP), a second login through
// Fleet → Connect (bob), operator actions, an admin resetting carol's 2FA on the Identity page's Operators tab (the new
// secret shown once and copied), a client key unlocked with a passphrase, every log category at debug level. Afterwards the logs, the QSettings file and every cache file are searched for each secret used — the
// passwords, the TOTP secrets, the session tokens and the key passphrase — in clear, base64 and hex. Any hit fails.
#include "AuditController.h"
#include "ConnectDialog.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "IdentityPage.h"
#include "MainWindow.h"
#include "OperatorAccountModel.h"
#include "OperatorsPanel.h"
#include "TotpSecretDialog.h"
#include "fleet/BackendSession.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StoreQuery.h"
#include "fleet/TlsSetup.h"
#include "security/Totp.h"
#include "server/FleetdCredentials.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

QMutex logMutex;
QByteArray capturedLog;
int capturedDebugLines = 0;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&logMutex);
    if (type == QtDebugMsg)
        ++capturedDebugLines;
    capturedLog += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
}

struct Secret {
    QString what;
    QByteArray bytes;
};

// The forms a secret could leak in: as is, base64 (e.g. a JSON blob or header), hex (a debug dump).
QList<QByteArray> formsOf(const QByteArray &secret)
{
    return {secret, secret.toBase64(QByteArray::OmitTrailingEquals), secret.toHex()};
}

} // namespace

class TestSecretHygiene : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString m_cacheDir;
    QString m_settingsDir;
    QList<Secret> m_secrets;
    QtMessageHandler m_previousHandler = nullptr;

    void addSecret(const QString &what, const QByteArray &bytes)
    {
        QVERIFY2(bytes.size() >= 8, qPrintable(what)); // short strings would match by chance
        m_secrets.append(Secret{what, bytes});
    }

    static BackendSession *sessionNamed(ConsoleController &controller, const QString &name)
    {
        return controller.findChild<AuditController *>()->session(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_cacheDir = m_root.filePath(u"cache"_s);
        m_settingsDir = m_root.filePath(u"settings"_s);
        QDir().mkpath(m_cacheDir);
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir);
        // The demo backend's data directory (and its credentials file) lands under our temporary directory.
        qputenv("TMPDIR", m_root.filePath(u"tmp"_s).toUtf8());
        QDir().mkpath(m_root.filePath(u"tmp"_s));
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        m_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void fullSessionLeavesNoSecretInClear()
    {
        {
            ConsoleModels models;
            MainWindow window(&models);
            ConsoleController controller(&models, &window);
            controller.setCacheDir(m_cacheDir);
            QSignalSpy failed(&controller, &ConsoleController::failed);
            QSignalSpy live(&controller, &ConsoleController::live);
            DemoOptions options;
            options.devices = 300;
            options.eventRate = 20;
            options.cacheDir = m_cacheDir;
            controller.startDemo(options);
            QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            BackendSession *demo = sessionNamed(controller, u"demo"_s);
            QVERIFY(demo && demo->api()->isLoggedIn());

            // The demo backend's accounts: alice (logged in by the demo) and bob (logs in below).
            QString credentialsFile;
            QDirIterator it(m_root.filePath(u"tmp"_s), {u"credentials.json"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            if (it.hasNext())
                credentialsFile = it.next();
            QVERIFY2(!credentialsFile.isEmpty(), "the demo backend's credentials file was not found");
            const auto accounts = FleetdCredentials::read(credentialsFile);
            QVERIFY(accounts.ok());
            const auto alice = FleetdCredentials::find(accounts.value(), u"alice"_s);
            const auto bob = FleetdCredentials::find(accounts.value(), u"bob"_s);
            QVERIFY(alice && bob);
            addSecret(u"alice's password"_s, alice->password.toUtf8());
            addSecret(u"alice's TOTP secret (base32)"_s, alice->totpSecretBase32.toUtf8());
            addSecret(u"alice's TOTP secret"_s, alice->totpSecret());
            addSecret(u"bob's password"_s, bob->password.toUtf8());
            addSecret(u"bob's TOTP secret (base32)"_s, bob->totpSecretBase32.toUtf8());
            addSecret(u"bob's TOTP secret"_s, bob->totpSecret());
            addSecret(u"alice's session token"_s, demo->api()->authorizationHeader().mid(7));

            // bob through Fleet → Connect: the profile goes to QSettings, the password must not.
            controller.showConnectDialog();
            auto *dialog = window.findChild<ConnectDialog *>();
            QVERIFY(dialog);
            ConnectionProfile profile = demo->api()->profile();
            profile.name = u"lab"_s;
            profile.userName = bob->user;
            dialog->setProfile(profile);
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == u"Password"_s)
                    edit->setText(bob->password);
                if (edit->accessibleName() == u"One-time code"_s)
                    edit->setText(Totp::code(bob->totpSecret(), QDateTime::currentSecsSinceEpoch()));
            }
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == u"Connect"_s)
                    button->click();
            }
            QTRY_VERIFY_WITH_TIMEOUT(sessionNamed(controller, u"lab"_s) != nullptr, 30'000);
            BackendSession *lab = sessionNamed(controller, u"lab"_s);
            QTRY_VERIFY_WITH_TIMEOUT(lab->api()->isLoggedIn(), 30'000);
            addSecret(u"bob's session token"_s, lab->api()->authorizationHeader().mid(7));
            // Personal data of both caches was sealed with keys derived from those passwords.
            QTRY_VERIFY_WITH_TIMEOUT(demo->personalData()->isUnlocked() && lab->personalData()->isUnlocked(), 30'000);

            // Actions go through the audit; their bodies and results are stored.
            QString device;
            queryStore<QString>(
                demo->writer(), this,
                [](CacheStore *store) {
                    auto devices = store->loadDevices();
                    return devices.ok() && !devices->isEmpty() ? devices->constFirst().id : QString();
                },
                [&device](const QString &id) { device = id; });
            QTRY_VERIFY_WITH_TIMEOUT(!device.isEmpty(), 30'000);
            bool answered = false;
            demo->api()->disableDevice(device, u"secret hygiene"_s, this,
                                       [&answered](FleetResult<Device>) { answered = true; });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);

            // An admin (a third connection) resets carol's 2FA: the new secret is shown once and copied, never kept.
            const auto admin = FleetdCredentials::find(accounts.value(), u"admin"_s);
            QVERIFY(admin);
            addSecret(u"admin's password"_s, admin->password.toUtf8());
            addSecret(u"admin's TOTP secret"_s, admin->totpSecret());
            controller.showConnectDialog();
            auto *adminDialog = window.findChild<ConnectDialog *>();
            QVERIFY(adminDialog);
            ConnectionProfile adminProfile = demo->api()->profile();
            adminProfile.name = u"ops"_s;
            adminProfile.userName = admin->user;
            adminDialog->setProfile(adminProfile);
            for (QLineEdit *edit : adminDialog->findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == u"Password"_s)
                    edit->setText(admin->password);
                if (edit->accessibleName() == u"One-time code"_s)
                    edit->setText(Totp::code(admin->totpSecret(), QDateTime::currentSecsSinceEpoch()));
            }
            for (QPushButton *button : adminDialog->findChildren<QPushButton *>()) {
                if (button->text() == u"Connect"_s)
                    button->click();
            }
            QTRY_VERIFY_WITH_TIMEOUT(sessionNamed(controller, u"ops"_s) != nullptr, 30'000);
            QTRY_VERIFY_WITH_TIMEOUT(sessionNamed(controller, u"ops"_s)->api()->isLoggedIn(), 30'000);
            addSecret(u"admin's session token"_s, sessionNamed(controller, u"ops"_s)->api()->authorizationHeader().mid(7));
            QTRY_VERIFY_WITH_TIMEOUT(sessionNamed(controller, u"ops"_s)->journal()->isOnline(), 30'000);
            OperatorsPanel *operators = window.findChild<IdentityPage *>()->operatorsPanel();
            QVERIFY(operators);
            operators->setBackend(u"ops"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!operators->isLoading() && operators->model()->rowCount() == 4, 30'000);
            operators->selectUser(u"carol"_s);
            operators->setResetReason(u"secret hygiene reset"_s);
            operators->setConfirm([](const QString &, const QString &) { return true; });
            operators->resetSelected();
            QTRY_VERIFY_WITH_TIMEOUT(operators->secretDialog() != nullptr, 30'000);
            QString carolSecret = operators->secretDialog()->shownSecret();
            carolSecret.remove(u' ');
            addSecret(u"carol's new TOTP secret (base32)"_s, carolSecret.toUtf8());
            const auto carolBytes = Totp::fromBase32(carolSecret);
            QVERIFY(carolBytes.ok());
            addSecret(u"carol's new TOTP secret"_s, carolBytes.value());
            operators->secretDialog()->copySecretButton()->click();
            operators->secretDialog()->copyUriButton()->click();
            operators->secretDialog()->close();

            // A client key unlocked with a passphrase (mutual TLS profiles).
            const QByteArray passphrase = "correct-battery-staple-4711";
            addSecret(u"client key passphrase"_s, passphrase);
            QProcess openssl;
            openssl.start(u"openssl"_s,
                          {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                           u"-keyout"_s, m_root.filePath(u"client-key.pem"_s), u"-out"_s,
                           m_root.filePath(u"client.pem"_s), u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=hygiene"_s,
                           u"-passout"_s, u"pass:"_s + QString::fromLatin1(passphrase)});
            if (openssl.waitForFinished(30'000) && openssl.exitCode() == 0) {
                ConnectionProfile mutual = profile;
                mutual.clientCertificatePath = m_root.filePath(u"client.pem"_s);
                mutual.clientKeyPath = m_root.filePath(u"client-key.pem"_s);
                const SecretBytes wrong(QByteArray("not the passphrase"));
                QVERIFY(!TlsSetup::build(mutual, &wrong).ok());
                const SecretBytes right{QByteArray(passphrase)};
                const auto tls = TlsSetup::build(mutual, &right);
                QVERIFY2(tls.ok(), qPrintable(tls.errorMessage()));
            } else {
                qWarning("openssl could not make an encrypted key; the passphrase path is not exercised");
            }
            QTest::qWait(1000); // let the stream and the audit write a little more
        }
        // Everything is closed: caches checkpointed, settings synced.

        QByteArray log;
        {
            QMutexLocker locker(&logMutex);
            log = capturedLog;
            QVERIFY2(capturedDebugLines > 0, "debug logging was not on: the log check would prove nothing");
        }
        QVERIFY2(log.contains("demo backend listening at"), log.left(2000).constData());

        QMap<QString, QByteArray> files;
        for (const QString &dir : {m_cacheDir, m_settingsDir}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                files.insert(file.fileName(), file.readAll());
            }
        }
        QVERIFY2(std::any_of(files.keyBegin(), files.keyEnd(), [](const QString &f) { return f.endsWith(u".sqlite"_s); }),
                 "no cache file was written");
        const bool settingsWritten = std::any_of(files.cbegin(), files.cend(), [](const QByteArray &content) {
            return content.contains("lab");
        });
        QVERIFY2(settingsWritten, "the connection profile was not stored: the settings check would prove nothing");
        QByteArray everything;
        for (const QByteArray &content : std::as_const(files))
            everything += content;
        // The check can fail: device data is in the cache, user names are in the logs.
        QVERIFY(everything.contains("secret hygiene"));

        QStringList leaks;
        for (const Secret &secret : std::as_const(m_secrets)) {
            for (const QByteArray &form : formsOf(secret.bytes)) {
                if (const qsizetype at = log.indexOf(form); at >= 0) {
                    // Name the log category of the line (never the secret), so the leak can be found.
                    const qsizetype lineStart = log.lastIndexOf('\n', at) + 1;
                    const QByteArray category = log.mid(lineStart, log.indexOf(':', lineStart) - lineStart);
                    leaks.append(secret.what + u" in the log (category "_s + QString::fromUtf8(category) + u")"_s);
                }
                for (auto file = files.cbegin(); file != files.cend(); ++file) {
                    if (file.value().contains(form))
                        leaks.append(secret.what + u" in "_s + file.key());
                }
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
        QVERIFY(m_secrets.size() >= 14);
    }
};

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
