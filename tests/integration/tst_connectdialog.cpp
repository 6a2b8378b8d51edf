#include "ConnectDialog.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "security/Totp.h"
#include "server/FleetdCredentials.h"
#include "server/FleetdRunner.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;

// Fleet → Connect against a real fleetd over TLS: each failure has its own message, success goes live.
class TestConnectDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    FleetdInstanceInfo m_info;
    FleetdCredential m_bob;

    ConnectDialog *openDialog(ConsoleController &controller, MainWindow &window)
    {
        controller.showConnectDialog();
        auto *dialog = window.findChild<ConnectDialog *>();
        return dialog;
    }

    void fill(ConnectDialog *dialog, const QString &caPath, const QString &password, const QString &totp)
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("lab");
        profile.baseUrl = m_info.baseUrl;
        profile.caBundlePath = caPath;
        profile.userName = m_bob.user;
        dialog->setProfile(profile);
        const auto edits = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->accessibleName() == QStringLiteral("Password"))
                edit->setText(password);
            if (edit->accessibleName() == QStringLiteral("One-time code"))
                edit->setText(totp);
        }
    }

    static void clickConnect(ConnectDialog *dialog)
    {
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Connect"))
                button->click();
    }

    QString currentCode() const { return Totp::code(m_bob.totpSecret(), QDateTime::currentSecsSinceEpoch()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        FleetdConfig config;
        config.port = 0;
        config.dataDir = m_dir.filePath(QStringLiteral("fleetd"));
        config.devices = 200;
        config.eventRate = 50;
        config.passwordIterations = 1000;
        const auto started = m_runner.start(config);
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
        m_info = started.value();
        const auto credentials = FleetdCredentials::read(m_info.credentialsFile);
        QVERIFY(credentials.ok());
        m_bob = *FleetdCredentials::find(credentials.value(), QStringLiteral("bob"));
    }

    void failures_data()
    {
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<bool>("rightPassword");
        QTest::addColumn<bool>("rightCode");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("unknown CA") << false << true << true << QStringLiteral("certif");
        QTest::newRow("wrong password") << true << false << true << QStringLiteral("password");
        QTest::newRow("wrong code") << true << true << false << QStringLiteral("code");
    }

    void failures()
    {
        QFETCH(bool, trustCa);
        QFETCH(bool, rightPassword);
        QFETCH(bool, rightCode);
        QFETCH(QString, expectedFragment);
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        controller.setCacheDir(m_dir.filePath(QStringLiteral("cache-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        ConnectDialog *dialog = openDialog(controller, window);
        QVERIFY(dialog);
        const QString code = rightCode ? currentCode() : QStringLiteral("000000") == currentCode() ? QStringLiteral("111111") : QStringLiteral("000000");
        fill(dialog, trustCa ? m_dir.filePath(QStringLiteral("fleetd/ca.pem")) : QString(),
             rightPassword ? m_bob.password : QStringLiteral("not-the-password"), code);
        clickConnect(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20'000);
        QVERIFY2(dialog->errorText().contains(expectedFragment, Qt::CaseInsensitive), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty() && !trustCa)
            dialog->grab().save(dir + QStringLiteral("/login-tls-error.png"));
    }

    void connectsAndGoesLive()
    {
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        controller.setCacheDir(m_dir.filePath(QStringLiteral("cache-ok")));
        QSignalSpy live(&controller, &ConsoleController::live);
        ConnectDialog *dialog = openDialog(controller, window);
        // The TOTP code may be used once only; wait for a fresh step if the failure rows used this one.
        QTest::qWait(200);
        fill(dialog, m_dir.filePath(QStringLiteral("fleetd/ca.pem")), m_bob.password, currentCode());
        clickConnect(dialog);
        QVERIFY(live.wait(30'000));
        QCOMPARE(live.first().first().toString(), QStringLiteral("lab"));
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), 200, 20'000);
        // The profile is remembered, without any secret.
        QSettings settings;
        QVERIFY(ConnectionProfile::storedNames(settings).contains(QStringLiteral("lab")));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(m_bob.password), qPrintable(key));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
