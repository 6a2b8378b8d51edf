#pragma once

#include "analysis/IncidentCorrelator.h"
#include "domain/Incident.h"
#include "domain/ThreatEvent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace warden {

// Runs the IncidentCorrelator on a worker thread, so correlation (the costliest step per event) neither blocks the
// server thread nor limits how fast events are committed. Receives committed events in seq order, and every
// FlushIntervalMs hands the final state of each incident touched since the last hand-over (coalesced, in order of
// first touch) plus the number of events processed to the sink, which runs on the sink's own thread.
// Not responsible for storing incidents or for the operators' side of them (IncidentService).
class IncidentWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentWorker)

public:
    static constexpr int FlushIntervalMs = 500;
    // processedEvents since the last call; lastSeq = the newest event processed so far.
    using Sink = std::function<void(const QList<Incident> &incidents, qint64 processedEvents, qint64 lastSeq)>;

    // sinkContext lives on the thread the sink must run on.
    IncidentWorker(std::shared_ptr<const TopologyGraph> topology, CorrelatorOptions options, QObject *sinkContext,
                   Sink sink);
    ~IncidentWorker() override;

    // Call these on the worker's thread (QMetaObject::invokeMethod with a functor from elsewhere).
    void start();
    void add(const QList<ThreatEvent> &events);
    void close(const QString &incidentId);
    void closeInactive(qint64 nowMs);
    void flush();

private:
    IncidentCorrelator m_correlator;
    QObject *m_sinkContext;
    Sink m_sink;
    QTimer *m_timer = nullptr;
    QList<Incident> m_pending;
    QHash<QString, qsizetype> m_pendingIndex;
    qint64 m_processed = 0;
    qint64 m_lastSeq = 0;
};

} // namespace warden
