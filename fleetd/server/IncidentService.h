#pragma once

#include "FleetContext.h"
#include "IncidentWorker.h"
#include "analysis/IncidentCorrelator.h"
#include "domain/Incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace warden {

// Incidents: committed events go to an IncidentWorker (correlation on its own thread); its coalesced results come
// back every half second and are stored here, merged with what operators did (IncidentCorrelator::mergeInto: the
// correlator owns title, severity, devices and event seqs; operators own state, assignee, notes and resolution).
// Carries out the operators' workflow (acknowledge, assign, notes, state changes per IncidentStateMachine) and the
// rule action raise_severity. Events below MINOR (WARNING, INDETERMINATE) are background noise and open no
// incidents; when correlation falls far behind, MINOR and then all events skip correlation (counted and logged,
// never silently) so memory stays bounded.
// Not responsible for the HTTP side (IncidentEndpoints).
class IncidentService {
    Q_DECLARE_TR_FUNCTIONS(IncidentService)

public:
    // Events waiting for correlation (about 1 KB each in memory): above the soft mark only MAJOR and worse go in,
    // above the hard mark nothing until the worker catches up.
    static constexpr qint64 SoftBacklog = 50000;
    static constexpr qint64 HardBacklog = 100000;

    IncidentService(FleetContext &context, std::shared_ptr<const TopologyGraph> topology);
    ~IncidentService();
    IncidentService(const IncidentService &) = delete;
    IncidentService &operator=(const IncidentService &) = delete;

    // Committed events (with seqs), in seq order.
    void submit(const QList<ThreatEvent> &events);
    // Rule action: raise the incident that holds this event by one severity step, once correlation has placed it.
    void requestRaise(qint64 seq, const QString &actor);

    ApiResult<Incident> acknowledge(const QString &id, const QString &user);
    ApiResult<Incident> assign(const QString &id, const QString &assignee, const QString &user);
    ApiResult<Incident> addNote(const QString &id, const QString &text, const QDateTime &writtenAt,
                                const QString &user);
    ApiResult<Incident> setState(const QString &id, IncidentState state, const QString &note, const QString &user);

    void closeInactive(qint64 simNowMs);
    // Events not correlated because correlation was too far behind.
    qint64 uncorrelatedEvents() const { return m_uncorrelated; }

private:
    void apply(const QList<Incident> &incidents, qint64 processed, qint64 lastSeq);
    ApiResult<Incident> load(FleetStore &store, const QString &id);
    ApiResult<Incident> change(const QString &id, const QString &user, const QString &action,
                               const QJsonObject &details, const std::function<ApiStatus(Incident &)> &edit);
    template <typename Function>
    void onWorker(Function function);

    FleetContext &m_context;
    QObject m_receiver; // lives on the server thread; results are delivered to it
    QThread m_thread;
    IncidentWorker *m_worker = nullptr;
    qint64 m_inFlight = 0;
    qint64 m_uncorrelated = 0;
    qint64 m_lastBacklogWarningMs = 0;
    QHash<qint64, QString> m_pendingRaises; // seq -> actor
};

} // namespace warden
