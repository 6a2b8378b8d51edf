#pragma once

#include "FleetContext.h"
#include "analysis/IncidentCorrelator.h"
#include "domain/Incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace warden {

// Incidents: folds committed events into incidents with the IncidentCorrelator (inside the events' transaction) and
// carries out the operators' workflow (acknowledge, assign, notes, state changes per IncidentStateMachine). The
// correlator owns the evidence fields (title, severity, devices, event seqs); operators own state, assignee, notes
// and resolution, and an update from either side never overwrites the other's fields.
// Events below MINOR (WARNING, INDETERMINATE) are background noise and open no incidents.
// Not responsible for the HTTP side (IncidentEndpoints).
class IncidentService {
    Q_DECLARE_TR_FUNCTIONS(IncidentService)

public:
    IncidentService(FleetContext &context, std::shared_ptr<const TopologyGraph> topology);

    // Correlates events (with seqs) and stores the touched incidents; returns them as stored.
    ApiResult<QList<Incident>> correlate(FleetTransaction &transaction, const QList<ThreatEvent> &events);
    // Raises the incident holding this event by one severity step (rule action raise_severity).
    ApiStatus raiseSeverity(FleetTransaction &transaction, const QList<Incident> &touched, qint64 seq,
                            const QString &actor);

    ApiResult<Incident> acknowledge(const QString &id, const QString &user);
    ApiResult<Incident> assign(const QString &id, const QString &assignee, const QString &user);
    ApiResult<Incident> addNote(const QString &id, const QString &text, const QDateTime &writtenAt,
                                const QString &user);
    ApiResult<Incident> setState(const QString &id, IncidentState state, const QString &note, const QString &user);

    void closeInactive(qint64 simNowMs);

private:
    ApiResult<Incident> load(FleetStore &store, const QString &id);
    ApiResult<Incident> change(const QString &id, const QString &user, const QString &action,
                               const QJsonObject &details, const std::function<ApiStatus(Incident &)> &edit);

    FleetContext &m_context;
    IncidentCorrelator m_correlator;
};

} // namespace warden
