#pragma once

#include "domain/Enums.h"
#include "domain/ThreatEvent.h"
#include "sim/FleetGenerator.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace warden {

class EventGenerator;

// One scripted step of a storyline.
struct ScenarioBeat {
    qint64 offsetMs = 0; // after the scenario's start
    ThreatType type = ThreatType::PortScan;
    Severity severity = Severity::Indeterminate;
    QString deviceId; // device or gateway the event is about
    QString source;
    QString destination;
    QJsonObject details;
    QString actor;   // node that must be compromised (and, for networked beats, connected); empty = outside attacker
    QString infects; // node this beat compromises
    bool networked = true; // needs traffic: suppressed when actor, device, source or destination is isolated/disabled
    QString narrative;     // for describe(); may be empty for repetitive beats
};

struct ScenarioOptions {
    qint64 startMs = 0;                     // simulated time of beat offset 0
    double backgroundEventsPerSecond = 0.0; // > 0: merge an EventGenerator's noise into advance()
};

// Plays a scripted attack storyline (~5 minutes) against a generated fleet: the cast is chosen deterministically
// from real devices and gateways of the right class and site, and beats fire at fixed offsets. The story reacts to
// containment: a beat whose actor was never compromised (because an earlier step was blocked) or whose traffic
// touches an isolated/disabled node does not happen, so quarantining patient zero stops the spread.
// Not responsible for sequence numbers (left 0) or for generating the fleet.
class ScenarioPlayer {
public:
    static QStringList names();
    // Unknown name or a fleet without the needed cast -> error naming the valid scenarios / what is missing.
    static Result<ScenarioPlayer> create(const QString &name, const GeneratedFleet &fleet, quint64 seed,
                                         ScenarioOptions options = {});

    ScenarioPlayer(ScenarioPlayer &&) noexcept;
    ScenarioPlayer &operator=(ScenarioPlayer &&) noexcept;
    ~ScenarioPlayer();

    // Events with time in [fromMs, toMs), ascending. Like EventGenerator, a cursor: beats are never repeated;
    // beats that fall before fromMs because time was skipped still take effect (compromise) but are not emitted.
    QList<ThreatEvent> advance(qint64 fromMs, qint64 toMs, const QDateTime &epoch);

    // Quarantine of a device or gateway; also forwarded to the background generator.
    void setQuarantine(const QString &nodeId, QuarantineLevel level);

    QString name() const { return m_name; }
    QString title() const { return m_title; }
    QString describe() const;
    qint64 durationMs() const { return m_durationMs; }
    qint64 startMs() const { return m_options.startMs; }
    QString siteId() const { return m_siteId; }
    const QList<ScenarioBeat> &beats() const { return m_beats; }
    bool isCompromised(const QString &nodeId) const { return m_compromised.contains(nodeId); }

private:
    ScenarioPlayer();
    bool fires(const ScenarioBeat &beat) const;

    QString m_name;
    QString m_title;
    QString m_summary;
    QStringList m_castLines;
    QString m_siteId;
    qint64 m_durationMs = 0;
    ScenarioOptions m_options;
    QList<ScenarioBeat> m_beats; // sorted by offset
    qsizetype m_nextBeat = 0;
    qint64 m_cursorMs = 0;
    bool m_started = false;
    QSet<QString> m_compromised;
    QHash<QString, QuarantineLevel> m_quarantine;
    std::unique_ptr<EventGenerator> m_background;

    friend class ScenarioBuilder;
};

} // namespace warden
