#pragma once

#include "IncidentActions.h"
#include "IncidentListModel.h"
#include "IncidentsPage.h"
#include "cache/CacheBatch.h"
#include "domain/AuditEntry.h"
#include "fleet/FleetError.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace warden {

class ActionAudit;
class BackendSession;
class DashboardFeeder;
class DeviceRegisterModel;
class ImpactAssessor;
class MainWindow;

// Feeds the incident list from every connected backend's cache (incidents, and the backend's audit trail for
// who acknowledged, assigned and moved them and when) and carries the incident page's actions to the backend that
// owns the incident (the API client's hook records each request and its result in the console's audit chain; the
// page is told the entry), the backend's answer is stored in the cache at once, notes written while the backend is
// unreachable go to its offline journal and are sent on reconnect; other actions tried while it is unreachable go
// through the pending-action gate (PendingActionGate.h) and wait for the operator (Fleet → Pending actions). Computes the timeline and the impact of an
// incident on the cache writer's thread (the impact through ImpactAssessor).
// Owns the incident model; owns no widgets.
class IncidentsController final : public QObject, public IncidentActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsController)
public:
    using AuditLookup = std::function<ActionAudit *(const QString &backend)>;

    // devices: for device and site names in the list (may be null). auditFor: the console audit of a backend.
    // assessor: works out an incident's impact (shared with the register's selection impact).
    IncidentsController(const DeviceRegisterModel *devices, AuditLookup auditFor, ImpactAssessor *assessor,
                        QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // Puts the incident page into the window, connects the dashboard's incident tiles to it and feeds the dashboard
    // its incident and campaign figures (DashboardFeeder).
    void installPages(MainWindow *window);

    IncidentListModel *incidents() { return &m_incidents; }
    IncidentsPage *page() const { return m_page; }
    // Events of an incident shown in its timeline (the newest ones).
    static constexpr int TimelineEventLimit = 500;

    // With an empty backend: the operator of the first connected backend.
    QString operatorName(const QString &backend) const override;
    bool isOnline(const QString &backend) const override;
    void acknowledge(const QString &backend, const QString &id, QObject *context, Reply done) override;
    void assign(const QString &backend, const QString &id, const QString &assignee, QObject *context,
                Reply done) override;
    void addNote(const QString &backend, const QString &id, const QString &text, QObject *context,
                 Reply done) override;
    void setState(const QString &backend, const QString &id, IncidentState state, const QString &note,
                  QObject *context, Reply done) override;
    void loadDetail(const QString &backend, const Incident &incident, QObject *context,
                    std::function<void(IncidentDetail)> done) override;

signals:
    // A reload of one backend's incidents reached the model.
    void reloaded(const QString &backend);

private:
    struct Backend {
        QPointer<BackendSession> session;
        bool loading = false;
        bool dirty = false;
        qint64 nextAuditIndex = 0;
        QHash<QString, QList<AuditEntry>> actions; // incident id -> its audit entries, oldest first
        QHash<QString, QDateTime> acknowledged;    // first acknowledge (or first move away from "new")
        QHash<QString, QDateTime> resolved;        // last move to "resolved"
    };
    struct Snapshot;
    struct DetailData;
    using ApiCall = std::function<void(QObject *context, std::function<void(FleetResult<Incident>)>)>;

    void onCommitted(const QString &backend, const CacheChange &change);
    void reload(const QString &backend);
    void apply(const QString &backend, const Snapshot &snapshot);
    BackendSession *sessionFor(const QString &backend) const;
    // Sends an action (the API client audits it), or while the backend is unreachable keeps it in the offline
    // journal through the pending-action gate (payload plus incident_id) for the operator to confirm later.
    void perform(const QString &backend, const QString &id, const QString &action, const QJsonObject &payload,
                 QObject *context, Reply done, ApiCall call);
    void queueNote(const QString &backend, const QString &id, const QString &text, QObject *context, Reply done);
    static void replyLater(QObject *context, Reply done, IncidentActionOutcome outcome);

    const DeviceRegisterModel *m_devices;
    AuditLookup m_auditFor;
    ImpactAssessor *m_assessor;
    QHash<QString, Backend> m_backends;
    QStringList m_order; // backends in attach order
    IncidentListModel m_incidents;
    QPointer<IncidentsPage> m_page;
    DashboardFeeder *m_dashboardFeeder = nullptr;
};

} // namespace warden
