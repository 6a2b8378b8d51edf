#pragma once

#include "domain/Enums.h"
#include "domain/Rule.h"
#include "domain/ThreatEvent.h"
#include "rules/DeviceDirectory.h"
#include "rules/RuleCondition.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <vector>

namespace warden {

class FirmwareVulnerabilityLookup;

// One action a rule asks for, caused by one event.
struct RuleHit {
    QString ruleId;
    qint64 seq = 0;
    QString deviceId;
    QDateTime time;
    RuleActionKind action = RuleActionKind::Notify;
    QuarantineLevel level = QuarantineLevel::None; // for quarantine hits, else none
    bool needsApproval = false; // quarantine of a safety-critical device: the backend files a pending approval

    // {rule_id, seq, device_id, time, action, quarantine_level, needs_approval} (dry-run responses, audit details).
    QJsonObject toJson() const;
    friend bool operator==(const RuleHit &, const RuleHit &) = default;
};

struct RuleEngineOptions {
    // Upper bound on (rule, device) repetition windows held at once; beyond it the least recently active are dropped
    // (they restart counting from zero, which can only delay a hit, never invent one).
    qsizetype maxTrackedWindows = 200000;
};

// Runs the enabled policy rules over the event stream and says which actions to take. The backend (fleetd) and the
// console's dry run use this same class, so a dry run shows exactly what the backend would do.
//
// Semantics:
// - Rules run in ascending priority (then id); every matching rule yields a hit, in that order.
// - A repetition term (count>=N within T) counts matching events per device and rule; the Nth event inside T (both
//   ends inclusive) fires, and firing empties the window, so a sustained flood fires once per N events.
// - Guard: a quarantine hit for a safety-critical device has needsApproval = true; the engine never asks for a
//   direct quarantine of one.
// - Dedup: no quarantine hit for a device that the lookup shows quarantined or that this engine already asked to
//   quarantine (including hits awaiting approval); no second revoke_licence hit for a device. Call resetDevice()
//   when an operator releases a device or denies the approval, so rules may act on it again.
// - Quarantine hits for devices the lookup does not know are dropped (there is nothing to quarantine); other
//   actions still fire, with device terms of the condition false.
// Not thread-safe; one engine per event stream. Time comes only from the events.
class RuleEngine {
public:
    struct InvalidRule {
        QString ruleId;
        QString message;
    };

    // Compiles the enabled rules; rules that fail validate() are left out and listed in invalidRules().
    explicit RuleEngine(const QList<Rule> &rules, const FirmwareVulnerabilityLookup *vulnerabilities = nullptr,
                        RuleEngineOptions options = {});

    // The checks a rule must pass to be saved: the condition parses, a quarantine action names a level.
    static Status validate(const Rule &rule);

    // Evaluates one event (events must come in seq order).
    QList<RuleHit> process(const ThreatEvent &event, const DeviceDirectory &devices);
    QList<RuleHit> processAll(const QList<ThreatEvent> &events, const DeviceDirectory &devices);

    // What the engine would do with `rule` (enabled or not) on `events`, starting from an empty state.
    static Result<QList<RuleHit>> dryRun(const Rule &rule, const QList<ThreatEvent> &events,
                                         const DeviceDirectory &devices,
                                         const FirmwareVulnerabilityLookup *vulnerabilities = nullptr);

    // Forgets what the engine did to a device (quarantine / revocation asked for, partial repetition counts).
    void resetDevice(const QString &deviceId);
    void clearState();

    const QList<InvalidRule> &invalidRules() const { return m_invalid; }
    QStringList activeRuleIds() const; // evaluation order
    qsizetype trackedWindowCount() const { return m_windowCount; }

private:
    struct CompiledRule {
        Rule rule;
        RuleCondition condition;
    };
    using Window = std::deque<qint64>; // event times (ms since epoch), ascending, at most `count` of them

    bool countRepetition(std::size_t ruleIndex, const Repetition &repetition, const QString &deviceId, qint64 now);
    void sweepWindows(qint64 now);
    void shedWindows();

    std::vector<CompiledRule> m_rules;
    std::vector<QHash<QString, Window>> m_windows; // per rule, by device id
    QList<InvalidRule> m_invalid;
    const FirmwareVulnerabilityLookup *m_vulnerabilities = nullptr;
    RuleEngineOptions m_options;
    QSet<QString> m_quarantineRequested;
    QSet<QString> m_licenceRevoked;
    qsizetype m_windowCount = 0;
    qint64 m_longestWindowMs = 0;
    qint64 m_latestMs = 0;
    qint64 m_lastSweepMs = 0;
};

} // namespace warden
