#include "DemoSession.h"

#include "server/FleetdCredentials.h"
#include "server/FleetdRunner.h"
#include "fleet/BackendSession.h"
#include "fleet/ConnectionProfile.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

DemoSession::DemoSession(QObject *parent) : QObject(parent), m_runner(std::make_unique<FleetdRunner>()) {}

DemoSession::~DemoSession()
{
    // The session talks to the server: close it first, then stop the server's thread.
    m_session.reset();
    m_runner->stop();
}

void DemoSession::start(const DemoOptions &options)
{
    m_options = options;
    if (!m_dir.isValid()) {
        emit failed(tr("Could not create a temporary directory for the demo backend: %1").arg(m_dir.errorString()));
        return;
    }
    FleetdConfig config;
    config.listenHost = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.dataDir = m_dir.filePath(QStringLiteral("fleetd"));
    config.devices = options.devices;
    config.seed = 7;
    config.eventRate = options.eventRate;
    config.scenario = options.scenario;
    emit statusChanged(tr("Starting the demo backend with %n devices…", nullptr, options.devices));

    // Generating a large fleet takes a while: start the server off the UI thread and come back with the result.
    QPointer<DemoSession> self(this);
    FleetdRunner *runner = m_runner.get();
    QThread *starter = QThread::create([self, runner, config] {
        auto started = std::make_shared<Result<FleetdInstanceInfo>>(runner->start(config));
        QMetaObject::invokeMethod(
            self,
            [self, started] {
                if (!self)
                    return;
                if (!started->ok()) {
                    emit self->failed(tr("The demo backend did not start: %1").arg(started->errorMessage()));
                    return;
                }
                const FleetdInstanceInfo &info = started->value();
                self->connectToFleetd(info.baseUrl.toString(), info.credentialsFile, info.caPem);
            },
            Qt::QueuedConnection);
    });
    connect(starter, &QThread::finished, starter, &QObject::deleteLater);
    starter->start();
}

void DemoSession::connectToFleetd(const QString &baseUrl, const QString &credentialsFile, const QByteArray &caPem)
{
    qCInfo(lcConsole).noquote() << "demo backend listening at" << baseUrl;
    const auto credentials = FleetdCredentials::read(credentialsFile);
    if (!credentials.ok()) {
        emit failed(tr("Could not read the demo accounts: %1").arg(credentials.errorMessage()));
        return;
    }
    const auto account = FleetdCredentials::find(credentials.value(), QString::fromLatin1(DemoUser));
    if (!account) {
        emit failed(tr("The demo backend has no account \"%1\".").arg(QString::fromLatin1(DemoUser)));
        return;
    }

    ConnectionProfile profile;
    profile.name = QStringLiteral("demo");
    profile.baseUrl = QUrl(baseUrl);
    profile.caBundlePath = QDir(m_dir.path()).filePath(QStringLiteral("fleetd/ca.pem"));
    profile.userName = account->user;
    Q_UNUSED(caPem);
    const auto tls = TlsSetup::build(profile);
    if (!tls.ok()) {
        emit failed(tr("The demo backend's TLS settings are unusable: %1").arg(tls.errorMessage()));
        return;
    }
    const QString cacheDir = m_options.cacheDir.isEmpty() ? m_dir.filePath(QStringLiteral("cache")) : m_options.cacheDir;
    QDir().mkpath(cacheDir);
    m_session = std::make_unique<BackendSession>(profile, tls.value(), QDir(cacheDir).filePath(QStringLiteral("demo.sqlite")));
    emit sessionCreated(m_session.get());

    emit statusChanged(tr("Logging in to the demo backend as %1…").arg(account->user));
    QString password = account->password;
    const QString code = Totp::code(account->totpSecret(), QDateTime::currentSecsSinceEpoch());
    m_session->login(account->user, SecretBytes::fromString(password), code, this,
                     [this](FleetResult<LoginSession> login) {
                         if (!login.ok()) {
                             emit failed(tr("Demo login failed: %1").arg(login.error().message()));
                             return;
                         }
                         emit loggedIn(login->roles, login->user);
                     });
}

} // namespace warden
