#include "rules/RuleEngine.h"

#include "domain/JsonReader.h"
#include "rules/RuleOrder.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

QJsonObject RuleHit::toJson() const
{
    return QJsonObject{
        {u"rule_id"_s, ruleId},
        {u"seq"_s, seq},
        {u"device_id"_s, deviceId},
        {u"time"_s, toJsonTimestamp(time)},
        {u"action"_s, toString(action)},
        {u"quarantine_level"_s, toString(level)},
        {u"needs_approval"_s, needsApproval},
    };
}

RuleEngine::RuleEngine(const QList<Rule> &rules, const FirmwareVulnerabilityLookup *vulnerabilities,
                       RuleEngineOptions options)
    : m_vulnerabilities(vulnerabilities), m_options(options)
{
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        if (const Status status = validate(rule); !status) {
            m_invalid.append(InvalidRule{rule.id, status.errorMessage()});
            continue;
        }
        m_rules.push_back(CompiledRule{rule, RuleCondition::parse(rule.condition).value()});
    }
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const CompiledRule &a, const CompiledRule &b) { return evaluatesBefore(a.rule, b.rule); });
    m_windows.resize(m_rules.size());
    for (const CompiledRule &compiled : m_rules) {
        if (compiled.condition.repetition())
            m_longestWindowMs = std::max(m_longestWindowMs, compiled.condition.repetition()->windowMs);
    }
}

Status RuleEngine::validate(const Rule &rule)
{
    const QString subject = u"Rule \"%1\""_s.arg(rule.name.isEmpty() ? rule.id : rule.name);
    const Result<RuleCondition> condition = RuleCondition::parse(rule.condition);
    if (!condition)
        return Status::failure(subject + u": "_s + condition.errorMessage(), u"condition"_s);
    if (rule.action == RuleActionKind::Quarantine && rule.quarantineLevel == QuarantineLevel::None) {
        return Status::failure(subject + u" quarantines but names no quarantine level; choose isolate, disable or "
                                         u"revoke_credentials."_s,
                               u"quarantine_level"_s);
    }
    return Status::success();
}

QStringList RuleEngine::activeRuleIds() const
{
    QStringList ids;
    for (const CompiledRule &compiled : m_rules)
        ids.append(compiled.rule.id);
    return ids;
}

QList<RuleHit> RuleEngine::process(const ThreatEvent &event, const DeviceDirectory &devices)
{
    QList<RuleHit> hits;
    if (m_rules.empty())
        return hits;
    const qint64 now = event.time.toMSecsSinceEpoch();
    m_latestMs = std::max(m_latestMs, now);
    if (m_longestWindowMs > 0 && m_latestMs - m_lastSweepMs >= m_longestWindowMs)
        sweepWindows(m_latestMs);

    const Device *device = devices.findDevice(event.deviceId);
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const CompiledRule &compiled = m_rules[i];
        if (!compiled.condition.matches(event, device, m_vulnerabilities))
            continue;
        if (const auto &repetition = compiled.condition.repetition();
            repetition && !countRepetition(i, *repetition, event.deviceId, now)) {
            continue;
        }

        RuleHit hit{compiled.rule.id, event.seq, event.deviceId, event.time, compiled.rule.action,
                    QuarantineLevel::None, false};
        switch (compiled.rule.action) {
        case RuleActionKind::Quarantine:
            if (!device || device->quarantine != QuarantineLevel::None || m_quarantineRequested.contains(device->id))
                continue;
            hit.level = compiled.rule.quarantineLevel;
            hit.needsApproval = device->capabilities.safetyCritical;
            m_quarantineRequested.insert(device->id);
            break;
        case RuleActionKind::RevokeLicence:
            if (m_licenceRevoked.contains(event.deviceId))
                continue;
            m_licenceRevoked.insert(event.deviceId);
            break;
        case RuleActionKind::RaiseSeverity:
        case RuleActionKind::Notify:
            break;
        }
        hits.append(std::move(hit));
    }
    return hits;
}

QList<RuleHit> RuleEngine::processAll(const QList<ThreatEvent> &events, const DeviceDirectory &devices)
{
    QList<RuleHit> hits;
    for (const ThreatEvent &event : events)
        hits += process(event, devices);
    return hits;
}

Result<QList<RuleHit>> RuleEngine::dryRun(const Rule &rule, const QList<ThreatEvent> &events,
                                          const DeviceDirectory &devices,
                                          const FirmwareVulnerabilityLookup *vulnerabilities)
{
    if (const Status status = validate(rule); !status)
        return status.error();
    Rule enabled = rule;
    enabled.enabled = true;
    RuleEngine engine({enabled}, vulnerabilities);
    return engine.processAll(events, devices);
}

bool RuleEngine::countRepetition(std::size_t ruleIndex, const Repetition &repetition, const QString &deviceId,
                                 qint64 now)
{
    QHash<QString, Window> &windows = m_windows[ruleIndex];
    auto it = windows.find(deviceId);
    if (it == windows.end()) {
        if (m_windowCount >= m_options.maxTrackedWindows)
            shedWindows();
        it = windows.insert(deviceId, Window());
        ++m_windowCount;
    }
    Window &times = *it;
    // Events may carry slightly out-of-order times; keep the window sorted so eviction from the front stays right.
    times.insert(std::upper_bound(times.begin(), times.end(), now), now);
    const qint64 reference = std::max(now, times.back());
    while (!times.empty() && times.front() < reference - repetition.windowMs)
        times.pop_front();
    // Only the newest `count` times can ever matter.
    while (times.size() > std::size_t(repetition.count))
        times.pop_front();
    if (times.size() < std::size_t(repetition.count))
        return false;
    windows.erase(it);
    --m_windowCount;
    return true;
}

void RuleEngine::sweepWindows(qint64 now)
{
    m_lastSweepMs = now;
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const qint64 windowMs = m_rules[i].condition.repetition() ? m_rules[i].condition.repetition()->windowMs : 0;
        QHash<QString, Window> &windows = m_windows[i];
        for (auto it = windows.begin(); it != windows.end();) {
            if (it->empty() || it->back() < now - windowMs) {
                it = windows.erase(it);
                --m_windowCount;
            } else {
                ++it;
            }
        }
    }
}

void RuleEngine::shedWindows()
{
    sweepWindows(m_latestMs);
    if (m_windowCount < m_options.maxTrackedWindows)
        return;
    // Still full of live windows: drop the older half by last activity.
    std::vector<qint64> newest;
    newest.reserve(std::size_t(m_windowCount));
    for (const QHash<QString, Window> &windows : m_windows) {
        for (const Window &window : windows)
            newest.push_back(window.back());
    }
    if (newest.empty())
        return;
    const auto middle = newest.begin() + std::ptrdiff_t(newest.size() / 2);
    std::nth_element(newest.begin(), middle, newest.end());
    const qint64 cutoff = *middle;
    for (QHash<QString, Window> &windows : m_windows) {
        for (auto it = windows.begin(); it != windows.end();) {
            if (it->back() <= cutoff) {
                it = windows.erase(it);
                --m_windowCount;
            } else {
                ++it;
            }
        }
    }
}

void RuleEngine::resetDevice(const QString &deviceId)
{
    m_quarantineRequested.remove(deviceId);
    m_licenceRevoked.remove(deviceId);
    for (QHash<QString, Window> &windows : m_windows) {
        if (windows.remove(deviceId))
            --m_windowCount;
    }
}

void RuleEngine::clearState()
{
    m_quarantineRequested.clear();
    m_licenceRevoked.clear();
    for (QHash<QString, Window> &windows : m_windows)
        windows.clear();
    m_windowCount = 0;
    m_latestMs = 0;
    m_lastSweepMs = 0;
}

} // namespace warden
