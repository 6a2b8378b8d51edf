#include "IncidentWorker.h"

#include <QDateTime>
#include <QPointer>

namespace warden {

IncidentWorker::IncidentWorker(std::shared_ptr<const TopologyGraph> topology, CorrelatorOptions options,
                               QObject *sinkContext, Sink sink)
    : m_correlator(std::move(topology), options), m_sinkContext(sinkContext), m_sink(std::move(sink))
{
}

IncidentWorker::~IncidentWorker() = default;

void IncidentWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(FlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IncidentWorker::flush);
    m_timer->start();
}

void IncidentWorker::add(const QList<ThreatEvent> &events)
{
    const QList<IncidentChange> changes = m_correlator.addAll(events);
    m_processed += events.size();
    if (!events.isEmpty())
        m_lastSeq = events.constLast().seq;
    for (const IncidentChange &change : changes) {
        const auto it = m_pendingIndex.constFind(change.incident.id);
        if (it != m_pendingIndex.constEnd()) {
            m_pending[*it] = change.incident;
        } else {
            m_pendingIndex.insert(change.incident.id, m_pending.size());
            m_pending.append(change.incident);
        }
    }
}

void IncidentWorker::close(const QString &incidentId)
{
    m_correlator.close(incidentId);
}

void IncidentWorker::closeInactive(qint64 nowMs)
{
    m_correlator.closeInactive(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
}

void IncidentWorker::flush()
{
    if (m_pending.isEmpty() && m_processed == 0)
        return;
    QList<Incident> incidents = std::move(m_pending);
    const qint64 processed = m_processed;
    const qint64 lastSeq = m_lastSeq;
    m_pending.clear();
    m_pendingIndex.clear();
    m_processed = 0;
    QPointer<QObject> context = m_sinkContext;
    Sink sink = m_sink;
    QMetaObject::invokeMethod(m_sinkContext, [context, sink, incidents = std::move(incidents), processed, lastSeq] {
        if (context)
            sink(incidents, processed, lastSeq);
    });
}

} // namespace warden
