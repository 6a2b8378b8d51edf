#include "IncidentService.h"

#include "analysis/IncidentStateMachine.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

CorrelatorOptions correlatorOptions()
{
    CorrelatorOptions options;
    // Incidents are rewritten whenever they grow; a bounded evidence list keeps that cheap under floods.
    options.maxEventSeqsPerIncident = 1000;
    return options;
}

} // namespace

IncidentService::IncidentService(FleetContext &context, std::shared_ptr<const TopologyGraph> topology)
    : m_context(context), m_correlator(std::move(topology), correlatorOptions())
{
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

ApiResult<QList<Incident>> IncidentService::correlate(FleetTransaction &transaction, const QList<ThreatEvent> &events)
{
    QList<ThreatEvent> relevant;
    relevant.reserve(events.size());
    for (const ThreatEvent &event : events) {
        if (event.severity <= Severity::Minor)
            relevant.append(event);
    }
    QList<Incident> stored;
    if (relevant.isEmpty())
        return stored;
    const QList<IncidentChange> changes = m_correlator.addAll(relevant);
    for (const IncidentChange &change : changes) {
        Incident incident = change.incident;
        if (!change.created) {
            std::optional<QJsonObject> json = transaction.store().object(FleetCollection::Incidents, incident.id);
            Result<Incident> previous = json ? Incident::fromJson(*json) : Result<Incident>::failure({});
            if (previous) {
                Incident merged = *previous;
                if (merged.state == IncidentState::Resolved) {
                    m_correlator.close(merged.id);
                    continue;
                }
                merged.title = incident.title;
                merged.severity = std::min(merged.severity, incident.severity); // lower value = more severe
                merged.deviceIds = incident.deviceIds;
                merged.eventSeqs = incident.eventSeqs;
                merged.siteId = incident.siteId;
                merged.updated = incident.updated;
                incident = merged;
            }
        }
        if (ApiStatus s = transaction.put(FleetCollection::Incidents, incident.id, incident.toJson()); !s)
            return s.error();
        stored.append(incident);
    }
    return stored;
}

ApiStatus IncidentService::raiseSeverity(FleetTransaction &transaction, const QList<Incident> &touched, qint64 seq,
                                         const QString &actor)
{
    for (const Incident &candidate : touched) {
        if (!candidate.eventSeqs.contains(seq))
            continue;
        ApiResult<Incident> incident = load(transaction.store(), candidate.id);
        if (!incident)
            return incident.error();
        if (incident->severity == Severity::Critical)
            return apiSuccess();
        const Severity before = incident->severity;
        incident->severity = Severity(int(incident->severity) - 1);
        incident->updated = m_context.clock.now();
        if (ApiStatus s = transaction.put(FleetCollection::Incidents, incident->id, incident->toJson()); !s)
            return s;
        return transaction.audit(actor, u"incident.raise_severity"_s, incident->id,
                                 QJsonObject{{u"from"_s, toString(before)},
                                             {u"to"_s, toString(incident->severity)},
                                             {u"seq"_s, seq}});
    }
    return apiSuccess();
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
        m_correlator.close(id);
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
    m_correlator.closeInactive(QDateTime::fromMSecsSinceEpoch(simNowMs, Qt::UTC));
}

} // namespace warden
