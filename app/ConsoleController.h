#pragma once

#include "DemoSession.h"
#include "offline/CacheSnapshot.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace warden {

struct ConsoleModels;
struct ConnectionState;
class FleetError;
class BackendModelFeeder;
class BackendSession;
class ActionAudit;
class AuditController;
class MainWindow;

// Wires data sources to the console: a cache opened offline, the embedded demo backend, live backends.
// Feeds ConsoleModels and tells the window what state each backend is in. Owns no widgets.
class ConsoleController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)
public:
    ConsoleController(ConsoleModels *models, MainWindow *window, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Opens a cache file with no network at all (warden --offline CACHE).
    void openOffline(const QString &cachePath);
    void applySnapshot(const CacheSnapshot &snapshot);
    // Starts the embedded demo backend and connects to it (warden --demo).
    void startDemo(const DemoOptions &options);
    // Feeds the models from a connected backend and shows its state in the status bar and banner.
    void attachSession(BackendSession *session);
    // Asks for a connection profile, password and TOTP code, and connects (Fleet → Connect).
    void showConnectDialog();
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    // The console's own audit chain of that backend (null if not connected): record every action sent to it.
    ActionAudit *actionAudit(const QString &backend) const;

signals:
    void snapshotApplied(const QString &backend);
    void failed(const QString &message);
    void live(const QString &backend);

private:
    void showState(const QString &backend, const ConnectionState &state);
    void askForNewLogin(const QString &backend, const FleetError &reason);

    ConsoleModels *m_models;
    MainWindow *m_window;
    DemoSession *m_demo = nullptr;
    QList<BackendModelFeeder *> m_feeders;
    QHash<QString, BackendSession *> m_sessions;
    std::vector<std::unique_ptr<BackendSession>> m_ownedSessions;
    QString m_cacheDir;
    AuditController *m_audit = nullptr;
    // Backend -> banner text, for backends whose last cache write failed: the banner stays, even while live, until
    // a commit succeeds.
    QHash<QString, QString> m_cacheFailing;
};

} // namespace warden
