#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace warden {

class ActionAudit;
class AuditTrailPage;
class BackendAuditSync;
class BackendSession;
struct CacheChange;
struct ConnectionState;

// Feeds the audit page from every connected backend: fetches and verifies the backend's chain when the session goes
// live, when the backend streams new audit entries and when the operator asks; keeps one ActionAudit (the console's
// own chain) per backend for the other pages' controllers to record their actions in, and shows that chain too.
// Owns no widgets (the page is given to it).
class AuditController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditController)

public:
    explicit AuditController(AuditTrailPage *page, QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // The console's chain for that backend, null when it is not connected. It is the action recorder of that
    // backend's FleetApiClient: every state-changing request is recorded there by itself, with its outcome, so
    // controllers just call the client (never record() an API action by hand: it would be recorded twice).
    ActionAudit *actionAudit(const QString &backend) const;
    BackendAuditSync *backendAudit(const QString &backend) const;
    BackendSession *session(const QString &backend) const { return m_backends.value(backend).session; }

private:
    struct Backend {
        BackendSession *session = nullptr;
        ActionAudit *actions = nullptr;
        BackendAuditSync *sync = nullptr;
        bool consoleLoading = false;
        bool consoleDirty = false;
    };
    void onCommitted(const QString &backend, const CacheChange &change);
    void onStateChanged(const QString &backend, const ConnectionState &state);
    void reloadConsoleChain(const QString &backend);
    void refreshAll();

    QPointer<AuditTrailPage> m_page;
    QHash<QString, Backend> m_backends;
};

} // namespace warden
