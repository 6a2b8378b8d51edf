#pragma once

#include "FleetContext.h"
#include "sim/EventGenerator.h"
#include "sim/FleetGenerator.h"
#include "sim/Scenario.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace warden {

class StreamHub;

// Advances simulated time on a timer (every tick, 100 ms by default): draws the traffic of the elapsed interval from
// the EventGenerator (and the scenario, if one plays), commits it in one transaction (the store assigns gap-free seqs) and hands the committed events
// to the stream and to the listeners (rules, correlation); runs the per-tick and per-second housekeeping (campaigns,
// expiries) and prunes old events. Not responsible for what housekeeping does or for API requests.
class SimulationDriver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulationDriver)

public:
    // Called inside the events' transaction, before commit, with the events carrying their seqs.
    using EventListener = std::function<ApiStatus(FleetTransaction &transaction, const QList<ThreatEvent> &events)>;
    using Housekeeping = std::function<void(qint64 simNowMs)>;

    SimulationDriver(FleetContext &context, StreamHub &streams, const GeneratedFleet &fleet, const QDateTime &epoch,
                     quint64 seed, QObject *parent = nullptr);
    ~SimulationDriver() override;

    void start();
    void stop();
    // One step; public so tests and shutdown can drive it.
    void tick();

    EventGenerator &generator() { return *m_generator; }
    // A scripted storyline played on top of the background traffic (--scenario), starting now.
    void setScenario(std::unique_ptr<ScenarioPlayer> scenario) { m_scenario = std::move(scenario); }
    // Quarantine as the traffic sees it: background generator and scenario.
    void setQuarantine(const QString &nodeId, QuarantineLevel level);
    qint64 epochMs() const { return m_epochMs; }
    void setEventListener(EventListener listener) { m_listener = std::move(listener); }
    // Called after the commit with the committed events (correlation works from there, off this thread).
    void setCommittedListener(std::function<void(const QList<ThreatEvent> &events)> listener)
    {
        m_committedListener = std::move(listener);
    }
    void setTickHousekeeping(Housekeeping housekeeping) { m_tickHousekeeping = std::move(housekeeping); }
    void setSecondHousekeeping(Housekeeping housekeeping) { m_secondHousekeeping = std::move(housekeeping); }
    // Events that happened outside the traffic (a device asking to join): stored and streamed with the next tick's.
    void queueEvent(ThreatEvent event) { m_queued.append(std::move(event)); }

    qint64 committedEvents() const { return m_committedEvents; }
    double committedEventsPerSecond() const;
    // Longest time one tick took, in milliseconds (how close the simulation runs to its limit).
    qint64 slowestTickMs() const { return m_slowestTickMs; }

private:
    FleetContext &m_context;
    StreamHub &m_streams;
    std::unique_ptr<EventGenerator> m_generator;
    std::unique_ptr<ScenarioPlayer> m_scenario;
    QDateTime m_epoch;
    qint64 m_epochMs = 0;
    qint64 m_lastMs = 0; // simulated time the previous tick reached
    qint64 m_lastSecondMs = 0;
    qint64 m_lastPruneMs = 0;
    QTimer m_timer;
    QElapsedTimer m_running;
    qint64 m_committedEvents = 0;
    qint64 m_slowestTickMs = 0;
    EventListener m_listener;
    std::function<void(const QList<ThreatEvent> &events)> m_committedListener;
    Housekeeping m_tickHousekeeping;
    Housekeeping m_secondHousekeeping;
    QList<ThreatEvent> m_queued;
};

} // namespace warden
