#pragma once

#include "domain/Device.h"
#include "domain/ThreatEvent.h"
#include "rules/ExpressionParser.h"
#include "rules/ExpressionTree.h"
#include "rules/FieldInfo.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace warden {

class FirmwareVulnerabilityLookup;

// "N matching events of the same device within T".
struct Repetition {
    int count = 0;
    qint64 windowMs = 0;
    friend bool operator==(const Repetition &, const Repetition &) = default;
};

// The compiled condition of a policy rule, e.g.
//   type:brute_force severity>=MAJOR class:ip_camera fw:<2.4 count>=5 within 60s
//   type:malware_beacon (vulnerable:yes OR cve:CVE-2026-12345) -safety:yes
// It is the device filter grammar plus event fields (type, severity, source, destination), firmware vulnerability
// fields (cve, vulnerable; need a FirmwareVulnerabilityLookup) and one optional repetition term that must be a plain
// conjunct. Free-text words are rejected so a typo cannot silently match. An empty condition is rejected too: a rule
// that matches every event is almost certainly a mistake.
// matches() answers for one event; the repetition is counted by RuleEngine, which owns the time windows.
class RuleCondition {
public:
    RuleCondition() = default;

    static Result<RuleCondition> parse(const QString &text, ExpressionError *error = nullptr);
    static QList<FieldInfo> fields();

    const QString &text() const { return m_text; }
    const std::optional<Repetition> &repetition() const { return m_repetition; }
    bool usesVulnerabilities() const { return m_usesVulnerabilities; }

    // Everything except the repetition. `device` is null when the event's device is unknown: device terms are then
    // false (and so "-class:x" is true). cve/vulnerable terms are false without a lookup.
    bool matches(const ThreatEvent &event, const Device *device,
                 const FirmwareVulnerabilityLookup *vulnerabilities = nullptr) const;

private:
    QString m_text;
    ExpressionTree m_tree;
    std::optional<Repetition> m_repetition;
    bool m_usesVulnerabilities = false;
};

} // namespace warden
