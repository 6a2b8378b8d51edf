#include "IncidentService.h"

#include "analysis/IncidentStateMachine.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcFleetdSim)

namespace warden {

namespace {

CorrelatorOptions correlatorOptions()
{
    CorrelatorOptions options;
    // Incidents are rewritten whenever they grow; a bounded evidence list keeps that cheap under floods.
    options.maxEventSeqsPerIncident = 200;
    return options;
}

} // namespace

IncidentService::IncidentService(FleetContext &context, std::shared_ptr<const TopologyGraph> topology)
    : m_context(context)
{
    m_thread.setObjectName(u"fleetd-incidents"_s);
    m_worker = new IncidentWorker(std::move(topology), correlatorOptions(), &m_receiver,
                                  [this](const QList<Incident> &incidents, qint64 processed, qint64 lastSeq) {
                                      apply(incidents, processed, lastSeq);
                                  });
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    onWorker([](IncidentWorker *worker) { worker->start(); });
}

IncidentService::~IncidentService()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename Function>
void IncidentService::onWorker(Function function)
{
    IncidentWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, function = std::move(function)] { function(worker); });
}

void IncidentService::submit(const QList<ThreatEvent> &events)
{
    const Severity worst = m_inFlight >= HardBacklog ? Severity(-1)
        : m_inFlight >= SoftBacklog                  ? Severity::Major
                                                     : Severity::Minor;
    QList<ThreatEvent> relevant;
    relevant.reserve(events.size());
    qint64 skipped = 0;
    for (const ThreatEvent &event : events) {
        if (event.severity <= worst)
            relevant.append(event);
        else if (event.severity <= Severity::Minor)
            ++skipped; // would have been correlated without the backlog
    }
    if (skipped > 0) {
        m_uncorrelated += skipped;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastBacklogWarningMs > 10000) {
            m_lastBacklogWarningMs = now;
            qCWarning(lcFleetdSim) << "incident correlation is" << m_inFlight << "events behind;" << m_uncorrelated
                                   << "events were not correlated so far";
        }
    }
    if (relevant.isEmpty())
        return;
    m_inFlight += relevant.size();
    onWorker([relevant = std::move(relevant)](IncidentWorker *worker) { worker->add(relevant); });
}

void IncidentService::requestRaise(qint64 seq, const QString &actor)
{
    m_pendingRaises.insert(seq, actor);
}

ApiResult<Incident> IncidentService::load(FleetStore &store, const QString &id)
{
    const std::optional<QJsonObject> json = store.object(FleetCollection::Incidents, id);
    if (!json)
        return ApiError::notFound(tr("There is no incident \"%1\".").arg(id));
    Result<Incident> incident = Incident::fromJson(*json);
    if (!incident)
        return ApiError::internal(u"stored incident %1 unreadable: %2"_s.arg(id, incident.errorMessage()));
    return std::move(incident).value();
}

void IncidentService::apply(const QList<Incident> &incidents, qint64 processed, qint64 lastSeq)
{
    m_inFlight = std::max<qint64>(0, m_inFlight - processed);
    if (incidents.isEmpty() && m_pendingRaises.isEmpty())
        return;
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction) {
        qCWarning(lcFleetdSim) << "cannot store incidents:" << transaction.error().message;
        return;
    }
    for (const Incident &correlated : incidents) {
        Incident incident = correlated;
        std::optional<QJsonObject> json = transaction->store().object(FleetCollection::Incidents, correlated.id);
        if (json) {
            Result<Incident> stored = Incident::fromJson(*json);
            if (stored) {
                if (stored->state == IncidentState::Resolved) {
                    // Resolved meanwhile: the operator's word stands; the correlator hears of it below.
                    const QString id = stored->id;
                    onWorker([id](IncidentWorker *worker) { worker->close(id); });
                    continue;
                }
                incident = *stored;
                IncidentCorrelator::mergeInto(incident, correlated);
                incident.severity = std::min(stored->severity, correlated.severity); // keep a rule's raise
            }
        }
        for (const qint64 seq : std::as_const(incident.eventSeqs)) {
            const auto raise = m_pendingRaises.constFind(seq);
            if (raise == m_pendingRaises.constEnd())
                continue;
            const QString actor = *raise;
            m_pendingRaises.erase(raise);
            if (incident.severity == Severity::Critical)
                continue;
            const Severity before = incident.severity;
            incident.severity = Severity(int(incident.severity) - 1);
            if (ApiStatus s = transaction->audit(actor, u"incident.raise_severity"_s, incident.id,
                                                 QJsonObject{{u"from"_s, toString(before)},
                                                             {u"to"_s, toString(incident.severity)},
                                                             {u"seq"_s, seq}});
                !s) {
                qCWarning(lcFleetdSim) << "cannot audit a severity raise:" << s.error().message;
                return;
            }
        }
        if (ApiStatus s = transaction->put(FleetCollection::Incidents, incident.id, incident.toJson()); !s) {
            qCWarning(lcFleetdSim) << "cannot store incident" << incident.id << s.error().message;
            return;
        }
    }
    // Correlation works in seq order: a raise for an event it has passed without placing it can never match.
    for (auto it = m_pendingRaises.begin(); it != m_pendingRaises.end();) {
        if (it.key() <= lastSeq)
            it = m_pendingRaises.erase(it);
        else
            ++it;
    }
    if (ApiStatus s = transaction->commit(); !s)
        qCWarning(lcFleetdSim) << "cannot commit incidents:" << s.error().message;
}

ApiResult<Incident> IncidentService::change(const QString &id, const QString &user, const QString &action,
                                            const QJsonObject &details,
                                            const std::function<ApiStatus(Incident &)> &edit)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<Incident> incident = load(transaction->store(), id);
    if (!incident)
        return incident.error();
    if (ApiStatus s = edit(*incident); !s)
        return s.error();
    incident->updated = m_context.clock.now();
    if (ApiStatus s = transaction->put(FleetCollection::Incidents, id, incident->toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(user, action, id, details); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    if (incident->state == IncidentState::Resolved)
        onWorker([id](IncidentWorker *worker) { worker->close(id); });
    return incident;
}

ApiResult<Incident> IncidentService::acknowledge(const QString &id, const QString &user)
{
    return change(id, user, u"incident.acknowledge"_s, {}, [this, &user](Incident &incident) -> ApiStatus {
        if (Status s = IncidentStateMachine::apply(incident, IncidentState::Acknowledged, {}, user,
                                                   m_context.clock.now());
            !s)
            return ApiError::conflict(s.errorMessage());
        return apiSuccess();
    });
}

ApiResult<Incident> IncidentService::assign(const QString &id, const QString &assignee, const QString &user)
{
    if (!m_context.store.account(assignee))
        return ApiError::badRequest(tr("There is no operator \"%1\".").arg(assignee), u"assignee"_s);
    return change(id, user, u"incident.assign"_s, QJsonObject{{u"assignee"_s, assignee}},
                  [&assignee](Incident &incident) -> ApiStatus {
                      incident.assignee = assignee;
                      return apiSuccess();
                  });
}

ApiResult<Incident> IncidentService::addNote(const QString &id, const QString &text, const QDateTime &writtenAt,
                                             const QString &user)
{
    const QDateTime now = m_context.clock.now();
    // A note written offline keeps its time, but the future is not a time a note can have been written at.
    if (writtenAt.isValid() && writtenAt > now.addSecs(300))
        return ApiError::badRequest(tr("written_at lies in the future."), u"written_at"_s);
    const QDateTime time = writtenAt.isValid() ? writtenAt : now;
    return change(id, user, u"incident.note"_s, QJsonObject{{u"length"_s, text.size()}},
                  [&](Incident &incident) -> ApiStatus {
                      incident.notes.append(IncidentNote{time, user, text});
                      return apiSuccess();
                  });
}

ApiResult<Incident> IncidentService::setState(const QString &id, IncidentState state, const QString &note,
                                              const QString &user)
{
    return change(id, user, u"incident.state"_s, QJsonObject{{u"state"_s, toString(state)}},
                  [&](Incident &incident) -> ApiStatus {
                      if (Status s = IncidentStateMachine::apply(incident, state, note, user, m_context.clock.now());
                          !s)
                          return ApiError::conflict(s.errorMessage());
                      return apiSuccess();
                  });
}

void IncidentService::closeInactive(qint64 simNowMs)
{
    onWorker([simNowMs](IncidentWorker *worker) { worker->closeInactive(simNowMs); });
}

} // namespace warden
