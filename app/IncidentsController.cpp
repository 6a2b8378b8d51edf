#include "IncidentsController.h"

#include "DashboardFeeder.h"
#include "DashboardPage.h"
#include "DeviceRegisterModel.h"
#include "ImpactPanel.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "PendingActionGate.h"
#include "TopologyPage.h"
#include "ImpactAssessor.h"
#include "audit/ActionAudit.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StoreQuery.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

using namespace Qt::Literals::StringLiterals;

namespace warden {

struct IncidentsController::Snapshot {
    QList<Incident> incidents;
    QList<AuditEntry> audit; // incident entries of the backend's chain since the last reload
    qint64 nextAuditIndex = 0;
    QString error;
};

struct IncidentsController::DetailData {
    QList<ThreatEvent> events;
    QString error;
};

IncidentsController::IncidentsController(const DeviceRegisterModel *devices, AuditLookup auditFor,
                                         ImpactAssessor *assessor, QObject *parent)
    : QObject(parent), m_devices(devices), m_auditFor(std::move(auditFor)), m_assessor(assessor)
{
}

void IncidentsController::installPages(MainWindow *window)
{
    auto *page = new IncidentsPage(&m_incidents, this);
    m_page = page;
    window->replacePage(u"incidents"_s, page);
    if (auto *topology = qobject_cast<TopologyPage *>(window->page(u"topology"_s))) {
        connect(page->impactPanel(), &ImpactPanel::showOnTopologyRequested, topology,
                [window, topology](const ImpactReport &report) {
                    topology->showImpactReport(report);
                    window->showPage(u"topology"_s);
                });
    }
    if (auto *dashboard = qobject_cast<DashboardPage *>(window->page(u"dashboard"_s))) {
        dashboard->setIncidents(&m_incidents);
        m_dashboardFeeder = new DashboardFeeder(dashboard, this);
        for (const Backend &entry : std::as_const(m_backends))
            if (entry.session)
                m_dashboardFeeder->attachSession(entry.session);
        connect(dashboard, &DashboardPage::incidentsRequested, page, [window, page](int severity) {
            page->showOpenIncidents(severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity)));
            window->showPage(u"incidents"_s);
        });
    }
}

void IncidentsController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    Backend &entry = m_backends[backend];
    entry.session = session;
    if (!m_order.contains(backend))
        m_order.append(backend);
    connect(session, &BackendSession::committed, this, &IncidentsController::onCommitted);
    if (m_dashboardFeeder)
        m_dashboardFeeder->attachSession(session);
    OfflineJournal *journal = session->journal();
    // Pending offline notes appear in the timeline: show the journal as it is now.
    connect(journal, &OfflineJournal::entriesChanged, this, [this] {
        if (m_page)
            m_page->reloadDetail();
    });
    reload(backend);
}

void IncidentsController::onCommitted(const QString &backend, const CacheChange &change)
{
    const auto replaced = [&change](CacheEntity kind) { return change.replaced.contains(kind); };
    if (change.incidents > 0 || change.backendAudit > 0 || change.deleted > 0 || replaced(CacheEntity::Incidents))
        reload(backend);
}

void IncidentsController::reload(const QString &backend)
{
    Backend &entry = m_backends[backend];
    if (!entry.session)
        return;
    // One reload at a time per backend; changes arriving meanwhile cause exactly one more.
    if (entry.loading) {
        entry.dirty = true;
        return;
    }
    entry.loading = true;
    entry.dirty = false;
    const qint64 fromAudit = entry.nextAuditIndex;
    queryStore<Snapshot>(
        entry.session->writer(), this,
        [fromAudit](CacheStore *store) {
            Snapshot snapshot;
            snapshot.nextAuditIndex = fromAudit;
            if (!store) {
                snapshot.error = tr("The cache could not be opened.");
                return snapshot;
            }
            auto incidents = store->loadIncidents();
            auto audit = store->loadBackendAudit(fromAudit);
            if (!incidents.ok() || !audit.ok()) {
                snapshot.error = !incidents.ok() ? incidents.errorMessage() : audit.errorMessage();
                return snapshot;
            }
            snapshot.incidents = std::move(incidents).value();
            for (AuditEntry &item : audit.value()) {
                snapshot.nextAuditIndex = std::max(snapshot.nextAuditIndex, item.index + 1);
                if (item.action.startsWith(u"incident."))
                    snapshot.audit.append(std::move(item));
            }
            return snapshot;
        },
        [this, backend](Snapshot snapshot) {
            Backend &current = m_backends[backend];
            current.loading = false;
            if (!snapshot.error.isEmpty())
                qCWarning(lcConsole) << "could not read the incidents of" << backend << ":" << snapshot.error;
            else
                apply(backend, snapshot);
            if (current.dirty)
                reload(backend);
        });
}

void IncidentsController::apply(const QString &backend, const Snapshot &snapshot)
{
    Backend &entry = m_backends[backend];
    entry.nextAuditIndex = snapshot.nextAuditIndex;
    for (const AuditEntry &item : snapshot.audit) {
        entry.actions[item.target].append(item);
        const QString state = item.details.value(u"state"_s).toString();
        const bool acknowledging = item.action == u"incident.acknowledge"
                                   || (item.action == u"incident.state" && state != u"new");
        if (acknowledging && !entry.acknowledged.contains(item.target))
            entry.acknowledged.insert(item.target, item.time);
        if (item.action == u"incident.state" && state == u"resolved")
            entry.resolved.insert(item.target, item.time);
    }

    const DeviceTable *table = m_devices ? &m_devices->table() : nullptr;
    QList<IncidentListModel::Row> rows;
    rows.reserve(snapshot.incidents.size());
    for (const Incident &incident : snapshot.incidents) {
        IncidentListModel::Row row;
        row.incident = incident;
        if (m_devices)
            row.siteName = m_devices->siteNames().value(incident.siteId);
        for (const QString &deviceId : incident.deviceIds) {
            const auto tableRow = table ? table->rowOf(backend, deviceId) : std::nullopt;
            row.deviceNames.append(tableRow ? table->name(*tableRow) : QString());
        }
        row.acknowledged = entry.acknowledged.value(incident.id);
        if (incident.state == IncidentState::Resolved)
            row.resolved = entry.resolved.value(incident.id, incident.updated);
        rows.append(std::move(row));
    }
    m_incidents.setIncidents(backend, std::move(rows));
    emit reloaded(backend);
}

BackendSession *IncidentsController::sessionFor(const QString &backend) const
{
    const auto it = m_backends.constFind(backend);
    return it == m_backends.cend() ? nullptr : it->session.data();
}

QString IncidentsController::operatorName(const QString &backend) const
{
    BackendSession *session = sessionFor(backend.isEmpty() && !m_order.isEmpty() ? m_order.first() : backend);
    return session ? session->api()->session().user : QString();
}

bool IncidentsController::isOnline(const QString &backend) const
{
    BackendSession *session = sessionFor(backend);
    return session && session->journal()->isOnline();
}

void IncidentsController::replyLater(QObject *context, Reply done, IncidentActionOutcome outcome)
{
    // Replies always arrive later, never inside the caller's stack, like network answers.
    QTimer::singleShot(0, context, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); });
}

void IncidentsController::perform(const QString &backend, const QString &id, const QString &action,
                                  const QJsonObject &payload, QObject *context, Reply done, ApiCall call)
{
    BackendSession *session = sessionFor(backend);
    if (!session) {
        IncidentActionOutcome outcome;
        outcome.message = tr("The backend %1 is not connected.").arg(backend);
        replyLater(context, std::move(done), outcome);
        return;
    }
    QPointer<QObject> guard(context);
    // While the backend is unreachable the action waits in the journal for the operator to confirm it.
    QJsonObject pending = payload;
    pending.insert(u"incident_id"_s, id);
    if (keepPendingWhileOffline(session, action, pending, this, [guard, done](bool kept, const QString &message) {
            IncidentActionOutcome outcome;
            outcome.kind = kept ? IncidentActionOutcome::Kind::Queued : IncidentActionOutcome::Kind::Failed;
            outcome.message = message;
            if (guard && done)
                done(outcome);
        }))
        return;
    // The API client's hook audits the request and its result; the page shows the entry the hook recorded.
    auto index = std::make_shared<qint64>(-1);
    QPointer<CacheWriter> writer(session->writer());
    *index = ActionAudit::requestEntry(m_auditFor ? m_auditFor(backend) : nullptr, [&] {
        // The controller is the request's context, so the cache is updated even if the page has gone meanwhile.
        call(this, [this, guard, done, index, writer, backend](FleetResult<Incident> result) {
            IncidentActionOutcome outcome;
            outcome.auditIndex = *index;
            if (result.ok()) {
                outcome.kind = IncidentActionOutcome::Kind::Succeeded;
                outcome.incident = result.value();
                if (writer) {
                    CacheBatch batch;
                    batch.incidents.append(result.value());
                    writer->submit(std::move(batch));
                }
                m_incidents.updateIncident(backend, result.value());
            } else {
                outcome.kind = IncidentActionOutcome::Kind::Failed;
                outcome.message = result.error().message();
            }
            if (guard && done)
                done(outcome);
        });
    });
}

void IncidentsController::acknowledge(const QString &backend, const QString &id, QObject *context, Reply done)
{
    BackendSession *session = sessionFor(backend);
    perform(backend, id, u"incident.acknowledge"_s, {}, context, std::move(done),
            [session, id](QObject *ctx, auto reply) { session->api()->acknowledgeIncident(id, ctx, reply); });
}

void IncidentsController::assign(const QString &backend, const QString &id, const QString &assignee,
                                 QObject *context, Reply done)
{
    BackendSession *session = sessionFor(backend);
    perform(backend, id, u"incident.assign"_s, QJsonObject{{u"assignee"_s, assignee}}, context, std::move(done),
            [session, id, assignee](QObject *ctx, auto reply) {
                session->api()->assignIncident(id, assignee, ctx, reply);
            });
}

void IncidentsController::setState(const QString &backend, const QString &id, IncidentState state,
                                   const QString &note, QObject *context, Reply done)
{
    BackendSession *session = sessionFor(backend);
    // A pending action needs the note itself to be sent later.
    perform(backend, id, u"incident.state"_s, QJsonObject{{u"state"_s, toString(state)}, {u"note"_s, note}}, context,
            std::move(done), [session, id, state, note](QObject *ctx, auto reply) {
                session->api()->setIncidentState(id, state, note, ctx, reply);
            });
}

void IncidentsController::addNote(const QString &backend, const QString &id, const QString &text,
                                  QObject *context, Reply done)
{
    BackendSession *session = sessionFor(backend);
    if (session && !session->journal()->isOnline()) {
        queueNote(backend, id, text, context, std::move(done));
        return;
    }
    const QDateTime written = QDateTime::currentDateTimeUtc();
    perform(backend, id, u"incident.note"_s, QJsonObject{{u"text"_s, text}}, context, std::move(done),
            [session, id, text, written](QObject *ctx, auto reply) {
                session->api()->addIncidentNote(id, text, written, ctx, reply);
            });
}

void IncidentsController::queueNote(const QString &backend, const QString &id, const QString &text,
                                    QObject *context, Reply done)
{
    // Notes are sent by the journal on reconnect without asking; the API client audits them when they are sent.
    BackendSession *session = sessionFor(backend);
    QPointer<QObject> guard(context);
    session->journal()->recordNote(id, text, QDateTime::currentDateTimeUtc(), this,
                                   [guard, done](Result<qint64> journalId) {
        IncidentActionOutcome outcome;
        if (journalId.ok()) {
            outcome.kind = IncidentActionOutcome::Kind::Queued;
            outcome.message = tr("the backend is not reachable; the note is kept on this computer and sent when "
                                 "it is back.");
        } else {
            outcome.kind = IncidentActionOutcome::Kind::Failed;
            outcome.message = journalId.errorMessage();
        }
        if (guard && done)
            done(outcome);
    });
}

void IncidentsController::loadDetail(const QString &backend, const Incident &incident, QObject *context,
                                     std::function<void(IncidentDetail)> done)
{
    BackendSession *session = sessionFor(backend);
    if (!session) {
        IncidentDetail detail;
        detail.error = tr("The backend %1 is not connected.").arg(backend);
        QTimer::singleShot(0, context, [done, detail] { done(detail); });
        return;
    }
    QList<qint64> seqs = incident.eventSeqs;
    std::sort(seqs.begin(), seqs.end());
    if (seqs.size() > TimelineEventLimit)
        seqs = seqs.mid(seqs.size() - TimelineEventLimit);
    const Incident copy = incident;
    QPointer<QObject> guard(context);
    queryStore<DetailData>(
        session->writer(), this,
        [seqs](CacheStore *store) {
            DetailData data;
            if (!store) {
                data.error = tr("The cache could not be opened.");
                return data;
            }
            // One query for the whole timeline (it used to be one per event); seqs the cache no longer holds are
            // left out, as before.
            auto events = store->loadEventsBySeq(seqs);
            if (!events.ok()) {
                data.error = events.errorMessage();
                return data;
            }
            data.events = std::move(events).value();
            return data;
        },
        [this, backend, copy, guard, done](DetailData data) {
            if (!guard || !done)
                return;
            if (!data.error.isEmpty()) {
                IncidentDetail detail;
                detail.error = data.error;
                done(detail);
                return;
            }
            m_assessor->assess(backend, copy.id, copy.deviceIds, guard,
                               [this, backend, copy, events = std::move(data.events), done](ImpactAnswer answer) {
                IncidentDetail detail;
                detail.error = answer.error;
                detail.impact = std::move(answer.report);
                BackendSession *current = sessionFor(backend);
                const QList<PendingAction> journal =
                    current ? current->journal()->entries() : QList<PendingAction>();
                detail.timeline =
                    IncidentTimelineModel::build(copy, events, m_backends.value(backend).actions.value(copy.id), journal);
                done(detail);
            });
        });
}

} // namespace warden
