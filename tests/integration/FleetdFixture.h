#pragma once

// Shared by the console <-> fleetd integration tests: runs the real fleetd binary on 127.0.0.1 (its own data
// directory, first-run credentials and CA), hands out TOTP codes that are never replayed, builds connection profiles
// and waits for asynchronous client calls. Header-only so every tst_*.cpp here can include it.

#include "TestSupport.h"
#include "fleet/ConnectionProfile.h"
#include "fleet/FleetApiClient.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace warden::test {

struct FleetdAccount {
    QString user;
    QString password;
    QStringList roles;
    QByteArray totpSecret;
};

inline QString fleetdBinary()
{
    return builtExecutable(QStringLiteral("fleetd/fleetd"));
}

inline bool fleetdAvailable()
{
    return QFileInfo(fleetdBinary()).isExecutable();
}

// One fleetd process. The data directory survives restarts (same fleet, same event log, same accounts).
class FleetdProcess {
public:
    struct Options {
        int devices = 300;
        quint64 seed = 7;
        double eventRate = 20;
        bool requireClientCert = false;
        int tokenTtlSeconds = 0;   // 0 = fleetd's default
        qint64 eventRetention = 0; // 0 = fleetd's default
        QStringList extraArguments;
    };

    explicit FleetdProcess(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }
    ~FleetdProcess() { stop(); }
    FleetdProcess(const FleetdProcess &) = delete;
    FleetdProcess &operator=(const FleetdProcess &) = delete;

    // Starts fleetd and waits until it listens. port 0: a free port on the first start, the same one afterwards.
    bool start(const Options &options, QString *error)
    {
        stop();
        m_options = options;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList arguments{QStringLiteral("--listen"),     QStringLiteral("127.0.0.1:%1").arg(m_port),
                              QStringLiteral("--data"),       m_dataDir,
                              QStringLiteral("--devices"),    QString::number(options.devices),
                              QStringLiteral("--seed"),       QString::number(options.seed),
                              QStringLiteral("--event-rate"), QString::number(options.eventRate)};
        if (options.requireClientCert)
            arguments << QStringLiteral("--require-client-cert");
        if (options.tokenTtlSeconds > 0)
            arguments << QStringLiteral("--token-ttl") << QString::number(options.tokenTtlSeconds);
        if (options.eventRetention > 0)
            arguments << QStringLiteral("--event-retention") << QString::number(options.eventRetention);
        arguments << options.extraArguments;
        m_process->start(fleetdBinary(), arguments);
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("fleetd did not start: ") + m_process->errorString();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on https://[^:]+:(\\d+)/"));
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000) {
            m_process->waitForReadyRead(200);
            output += m_process->readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return loadCredentials(error);
            }
            if (m_process->state() != QProcess::Running) {
                *error = QStringLiteral("fleetd exited: ") + QString::fromUtf8(m_process->readAllStandardError());
                return false;
            }
        }
        *error = QStringLiteral("fleetd did not report listening within 60 s");
        return false;
    }

    bool restart(QString *error) { return start(m_options, error); }

    // Orderly shutdown (SIGTERM), as an operator would stop it.
    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() == QProcess::Running) {
            m_process->terminate();
            if (!m_process->waitForFinished(15000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }

    // Sudden death (SIGKILL): committed state must survive it.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    QString file(const QString &name) const { return m_dataDir + QLatin1Char('/') + name; }

    FleetdAccount account(const QString &user) const { return m_accounts.value(user); }

    // A valid TOTP code for user that has not been used before: fleetd accepts each 30 s step once and allows one
    // step of drift, so successive logins take successive steps and wait only when two are used up.
    QString nextTotp(const QString &user)
    {
        const FleetdAccount account = m_accounts.value(user);
        for (;;) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const qint64 current = now / 30;
            const qint64 step = std::max(current - 1, m_lastStep.value(user, -1) + 1);
            if (step <= current + 1) {
                m_lastStep.insert(user, step);
                return Totp::code(account.totpSecret, step * 30);
            }
            QThread::msleep(500);
        }
    }
    // The current code without using it up: for attempts that fail before the code is looked at (wrong password).
    QString unusedTotp(const QString &user) const
    {
        return Totp::code(m_accounts.value(user).totpSecret, QDateTime::currentSecsSinceEpoch());
    }
    // A code that is certainly wrong (a step far in the past).
    QString wrongTotp(const QString &user) const
    {
        const qint64 old = QDateTime::currentSecsSinceEpoch() - 3600;
        return Totp::code(m_accounts.value(user).totpSecret, old);
    }

    ConnectionProfile profile(const QString &name = QStringLiteral("fleetd-test"),
                              const QString &host = QStringLiteral("127.0.0.1")) const
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_port));
        profile.caBundlePath = file(QStringLiteral("ca.pem"));
        return profile;
    }

private:
    bool loadCredentials(QString *error)
    {
        QFile file(this->file(QStringLiteral("credentials.json")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("credentials.json is missing");
            return false;
        }
        const QJsonArray accounts = QJsonDocument::fromJson(file.readAll()).object().value(u"accounts").toArray();
        for (const QJsonValue &value : accounts) {
            const QJsonObject object = value.toObject();
            FleetdAccount account;
            account.user = object.value(u"user").toString();
            account.password = object.value(u"password").toString();
            for (const QJsonValue &role : object.value(u"roles").toArray())
                account.roles << role.toString();
            const Result<QByteArray> secret = Totp::fromBase32(object.value(u"totp_secret").toString());
            account.totpSecret = secret ? secret.value() : QByteArray();
            m_accounts.insert(account.user, account);
        }
        if (m_accounts.isEmpty()) {
            *error = QStringLiteral("credentials.json lists no accounts");
            return false;
        }
        return true;
    }

    QString m_dataDir;
    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QHash<QString, FleetdAccount> m_accounts;
    QHash<QString, qint64> m_lastStep;
};

// Waits (running the event loop) for an asynchronous client call that reports through a FleetResult callback.
template <typename T>
std::optional<FleetResult<T>> waitFor(const std::function<void(QObject *, FleetApiClient::Callback<T>)> &call,
                                      int timeoutMs = 30000)
{
    std::optional<FleetResult<T>> result;
    QObject context;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call(&context, [&](FleetResult<T> answer) {
        result.emplace(std::move(answer));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

// Logs client in as user with the account's password and a fresh TOTP code.
inline std::optional<FleetResult<LoginSession>> loginAs(FleetApiClient &client, FleetdProcess &fleetd,
                                                        const QString &user)
{
    const FleetdAccount account = fleetd.account(user);
    QString password = account.password;
    const QString totp = fleetd.nextTotp(user);
    return waitFor<LoginSession>([&](QObject *context, FleetApiClient::Callback<LoginSession> done) {
        client.login(user, SecretBytes::fromString(password), totp, context, std::move(done));
    });
}

// A TCP relay between the client and fleetd that can cut every connection at once, as a failing network would.
// TLS passes through untouched (the certificate names 127.0.0.1, which the relay listens on as well).
class CuttableRelay : public QObject {
public:
    explicit CuttableRelay(quint16 targetPort)
        : m_target(targetPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }
    // While frozen, whatever the server sends is swallowed: connections stay open but go silent.
    void setFrozen(bool frozen) { m_frozen = frozen; }
    int connectionCount() const { return m_accepted; }

    // Drops every relayed connection (both ends) without a close handshake.
    void cut()
    {
        const QList<QTcpSocket *> sockets = m_sockets;
        m_sockets.clear();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_accepted;
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            m_sockets << client << upstream;
            QObject::connect(client, &QTcpSocket::readyRead, upstream,
                             [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QTcpSocket::connected, client,
                             [client, upstream] { upstream->write(client->readAll()); });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                if (!m_frozen)
                    client->write(data);
            });
            QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    QList<QTcpSocket *> m_sockets;
    int m_accepted = 0;
    bool m_frozen = false;
};

} // namespace warden::test
