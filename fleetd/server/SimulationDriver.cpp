#include "SimulationDriver.h"

#include "StreamHub.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFleetdSim, "warden.fleetd.sim")

namespace warden {

namespace {

// A stalled process (suspended, debugger) must not produce minutes of traffic in one burst: gaps longer than this
// (in real time) are frozen time for the generator.
constexpr qint64 MaxTickSpanMs = 500;
constexpr qint64 PruneIntervalMs = 10000;
constexpr qint64 PruneBatch = 500000;

} // namespace

SimulationDriver::SimulationDriver(FleetContext &context, StreamHub &streams, const GeneratedFleet &fleet,
                                   const QDateTime &epoch, quint64 seed, QObject *parent)
    : QObject(parent), m_context(context), m_streams(streams),
      m_generator(std::make_unique<EventGenerator>(fleet, seed, context.config.eventRate)), m_epoch(epoch.toUTC()),
      m_epochMs(epoch.toMSecsSinceEpoch())
{
    m_timer.setInterval(context.config.tickMilliseconds);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulationDriver::tick);
}

SimulationDriver::~SimulationDriver() = default;

void SimulationDriver::start()
{
    m_lastMs = m_context.clock.nowMs();
    m_lastSecondMs = m_lastMs;
    m_lastPruneMs = m_lastMs;
    m_running.start();
    m_timer.start();
}

void SimulationDriver::stop()
{
    m_timer.stop();
}

void SimulationDriver::setQuarantine(const QString &nodeId, QuarantineLevel level)
{
    m_generator->setQuarantine(nodeId, level);
    if (m_scenario)
        m_scenario->setQuarantine(nodeId, level);
}

double SimulationDriver::committedEventsPerSecond() const
{
    const qint64 elapsed = m_running.isValid() ? m_running.elapsed() : 0;
    return elapsed > 0 ? double(m_committedEvents) * 1000.0 / double(elapsed) : 0.0;
}

void SimulationDriver::tick()
{
    QElapsedTimer tickTimer;
    tickTimer.start();
    const qint64 now = m_context.clock.nowMs();
    if (now <= m_lastMs)
        return;
    const qint64 from = std::max(m_lastMs, now - qint64(double(MaxTickSpanMs) * m_context.clock.scale()));
    QList<ThreatEvent> events = m_generator->advance(from - m_epochMs, now - m_epochMs, m_epoch);
    if (m_scenario) {
        const QList<ThreatEvent> scripted = m_scenario->advance(from - m_epochMs, now - m_epochMs, m_epoch);
        if (!scripted.isEmpty()) {
            events += scripted;
            std::stable_sort(events.begin(), events.end(),
                             [](const ThreatEvent &a, const ThreatEvent &b) { return a.time < b.time; });
        }
    }
    if (!m_queued.isEmpty()) {
        events += std::exchange(m_queued, {});
        std::stable_sort(events.begin(), events.end(),
                         [](const ThreatEvent &a, const ThreatEvent &b) { return a.time < b.time; });
    }
    m_lastMs = now;
    const qint64 generatedAt = tickTimer.nsecsElapsed();
    qint64 storedAt = generatedAt;
    qint64 correlatedAt = generatedAt;

    if (!events.isEmpty()) {
        ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
        if (!transaction) {
            qCWarning(lcFleetdSim) << "cannot start the event transaction:" << transaction.error().message;
            return;
        }
        const qint64 firstSeq = m_context.store.lastSeq() + 1;
        Result<QList<QByteArray>> json = m_context.store.appendEvents(events);
        if (!json) {
            qCWarning(lcFleetdSim) << "cannot store events:" << json.errorMessage();
            return;
        }
        storedAt = tickTimer.nsecsElapsed();
        if (m_listener) {
            if (ApiStatus status = m_listener(*transaction, events); !status)
                qCWarning(lcFleetdSim) << "event listener failed:" << status.error().message;
        }
        correlatedAt = tickTimer.nsecsElapsed();
        (void)m_context.store.setMeta(u"sim_now"_s, QString::number(now));
        if (ApiStatus status = transaction->commit(); !status) {
            qCWarning(lcFleetdSim) << "cannot commit events:" << status.error().message;
            return;
        }
        m_committedEvents += events.size();
        m_streams.publishEvents(firstSeq, *json);
        if (m_committedListener)
            m_committedListener(events);
    }
    qCDebug(lcFleetdSim).nospace() << events.size() << " events: generate " << generatedAt / 1000000 << " ms, store "
                                   << (storedAt - generatedAt) / 1000000 << " ms, correlate+rules "
                                   << (correlatedAt - storedAt) / 1000000 << " ms, commit+publish "
                                   << (tickTimer.nsecsElapsed() - correlatedAt) / 1000000 << " ms";

    if (m_tickHousekeeping)
        m_tickHousekeeping(now);
    if (now - m_lastSecondMs >= 1000) {
        m_lastSecondMs = now;
        if (m_secondHousekeeping)
            m_secondHousekeeping(now);
    }
    if (now - m_lastPruneMs >= PruneIntervalMs) {
        m_lastPruneMs = now;
        Result<FleetStore::WriteScope> scope = m_context.store.write();
        if (scope) {
            const Result<qint64> pruned = m_context.store.pruneEvents(m_context.config.eventRetention, PruneBatch);
            if (pruned && scope.value().commit().ok() && *pruned > 0)
                qCDebug(lcFleetdSim) << "pruned" << *pruned << "events";
        }
    }
    m_slowestTickMs = std::max(m_slowestTickMs, tickTimer.elapsed());
}

} // namespace warden
