#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace warden {

class BackendSession;
class FleetdRunner;

struct DemoOptions {
    int devices = 2000;
    QString scenario;
    double eventRate = 40.0;
    QString cacheDir; // empty = inside the demo's temporary directory
};

// `warden --demo`: starts an in-process fleetd on 127.0.0.1 (free port, fresh data directory, its own CA) on a
// worker thread, then connects to it like to any backend — real TLS against the demo CA, password + TOTP login
// as the demo operator. Owns the temporary directory, the server and the session.
class DemoSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)
public:
    static constexpr auto DemoUser = "alice";

    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    void start(const DemoOptions &options);
    BackendSession *session() const { return m_session.get(); }

signals:
    void statusChanged(const QString &text);
    // The backend session exists; login is under way.
    void sessionCreated(warden::BackendSession *session);
    void loggedIn(const QStringList &roles, const QString &user);
    void failed(const QString &message);

private:
    void connectToFleetd(const QString &baseUrl, const QString &credentialsFile, const QByteArray &caPem);

    QTemporaryDir m_dir;
    DemoOptions m_options;
    std::unique_ptr<FleetdRunner> m_runner;
    std::unique_ptr<BackendSession> m_session;
};

} // namespace warden
