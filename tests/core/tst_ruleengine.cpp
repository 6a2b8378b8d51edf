#include "rules/FirmwareVulnerabilityLookup.h"
#include "rules/RuleEngine.h"
#include "DomainCompare.h"

#include <QJsonObject>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

const qint64 T0 = 1'800'000'000'000; // ms since epoch; all test time is relative to it

Device makeDevice(const QString &id, const QString &deviceClass, bool safetyCritical,
                  QuarantineLevel quarantine = QuarantineLevel::None)
{
    Device device;
    device.id = id;
    device.name = id;
    device.deviceClass = deviceClass;
    device.firmwareVersion = u"2.3"_s;
    device.siteId = u"north-campus"_s;
    device.capabilities.safetyCritical = safetyCritical;
    device.quarantine = quarantine;
    return device;
}

DeviceMap fleet()
{
    return DeviceMap({
        makeDevice(u"cam-1"_s, u"ip_camera"_s, false),
        makeDevice(u"cam-2"_s, u"ip_camera"_s, false),
        makeDevice(u"pump-1"_s, u"infusion_pump"_s, true),
        makeDevice(u"cam-isolated"_s, u"ip_camera"_s, false, QuarantineLevel::Isolate),
    });
}

ThreatEvent makeEvent(qint64 seq, qint64 offsetMs, const QString &deviceId, ThreatType type = ThreatType::BruteForce,
                      Severity severity = Severity::Major)
{
    ThreatEvent event;
    event.seq = seq;
    event.time = QDateTime::fromMSecsSinceEpoch(T0 + offsetMs, Qt::UTC);
    event.deviceId = deviceId;
    event.type = type;
    event.severity = severity;
    return event;
}

Rule makeRule(const QString &id, const QString &condition, RuleActionKind action, int priority = 100,
              QuarantineLevel level = QuarantineLevel::None)
{
    Rule rule;
    rule.id = id;
    rule.name = id;
    rule.enabled = true;
    rule.priority = priority;
    rule.condition = condition;
    rule.action = action;
    rule.quarantineLevel = level;
    return rule;
}

QList<qint64> firedSeqs(const QList<RuleHit> &hits)
{
    QList<qint64> seqs;
    for (const RuleHit &hit : hits)
        seqs.append(hit.seq);
    return seqs;
}

// A deterministic, varied event history: several devices, types and severities, irregular spacing.
QList<ThreatEvent> history(int count)
{
    const QStringList devices{u"cam-1"_s, u"cam-2"_s, u"pump-1"_s, u"cam-isolated"_s, u"ghost-9"_s};
    const QList<ThreatType> types{ThreatType::BruteForce, ThreatType::PortScan, ThreatType::MalwareBeacon};
    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % bound;
    };
    QList<ThreatEvent> events;
    qint64 offset = 0;
    for (int i = 0; i < count; ++i) {
        offset += 500 + next(20000);
        events.append(makeEvent(i + 1, offset, devices.at(int(next(5))), types.at(int(next(3))),
                                Severity(int(next(5)))));
    }
    return events;
}

} // namespace

// Rule engine: ordering, repetition windows, safety guard, dedup, bounded state, dry run == engine.
class TestRuleEngine final : public QObject {
    Q_OBJECT

private slots:
    void rulesRunInPriorityOrder();
    void disabledAndInvalidRulesAreSkipped();
    void validateExplainsProblems_data();
    void validateExplainsProblems();
    void repetitionWindow_data();
    void repetitionWindow();
    void repetitionIsPerDevice();
    void outOfOrderTimesStillCount();
    void safetyCriticalQuarantineNeedsApproval();
    void alreadyQuarantinedDeviceIsNotQuarantinedAgain();
    void quarantineIsRequestedOnceAcrossRules();
    void resetDeviceAllowsActingAgain();
    void licenceRevocationIsDeduplicated();
    void unknownDevice();
    void vulnerabilityRule();
    void windowsAreEvictedAfterInactivity();
    void windowCountIsCapped();
    void dryRunEqualsEngine_data();
    void dryRunEqualsEngine();
    void dryRunOfAWholeRuleSetMatchesPerRuleRunsWithoutInteractions();
    void dryRunRejectsInvalidRule();
    void hitToJson();
};

void TestRuleEngine::rulesRunInPriorityOrder()
{
    RuleEngine engine({
        makeRule(u"r-notify"_s, u"type:brute_force"_s, RuleActionKind::Notify, 300),
        makeRule(u"r-raise"_s, u"severity>=MAJOR"_s, RuleActionKind::RaiseSeverity, 10),
        makeRule(u"b-tie"_s, u"type:brute_force"_s, RuleActionKind::Notify, 300),
        makeRule(u"r-other"_s, u"type:port_scan"_s, RuleActionKind::Notify, 1),
    });
    QCOMPARE(engine.activeRuleIds(), (QStringList{u"r-other"_s, u"r-raise"_s, u"b-tie"_s, u"r-notify"_s}));
    const QList<RuleHit> hits = engine.process(makeEvent(7, 0, u"cam-1"_s), fleet());
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).ruleId, u"r-raise"_s);
    QCOMPARE(hits.at(0).action, RuleActionKind::RaiseSeverity);
    QCOMPARE(hits.at(1).ruleId, u"b-tie"_s);
    QCOMPARE(hits.at(2).ruleId, u"r-notify"_s);
    for (const RuleHit &hit : hits) {
        QCOMPARE(hit.seq, 7);
        QCOMPARE(hit.deviceId, u"cam-1"_s);
        QCOMPARE(hit.time, QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC));
        QCOMPARE(hit.level, QuarantineLevel::None);
        QVERIFY(!hit.needsApproval);
    }
}

void TestRuleEngine::disabledAndInvalidRulesAreSkipped()
{
    Rule disabled = makeRule(u"r-off"_s, u"type:brute_force"_s, RuleActionKind::Notify);
    disabled.enabled = false;
    RuleEngine engine({
        disabled,
        makeRule(u"r-bad"_s, u"type:brute_force colour:red"_s, RuleActionKind::Notify),
        makeRule(u"r-good"_s, u"type:brute_force"_s, RuleActionKind::Notify),
    });
    QCOMPARE(engine.activeRuleIds(), QStringList{u"r-good"_s});
    QCOMPARE(engine.invalidRules().size(), 1);
    QCOMPARE(engine.invalidRules().constFirst().ruleId, u"r-bad"_s);
    QVERIFY(engine.invalidRules().constFirst().message.contains(u"Unknown field \"colour\""_s));
    QCOMPARE(engine.process(makeEvent(1, 0, u"cam-1"_s), fleet()).size(), 1);
}

void TestRuleEngine::validateExplainsProblems_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("fragment"); // empty = valid
    QTest::addColumn<QString>("field");
    const int quarantine = int(RuleActionKind::Quarantine);
    const int notify = int(RuleActionKind::Notify);
    QTest::newRow("valid") << u"type:brute_force"_s << notify << 0 << QString() << QString();
    QTest::newRow("valid quarantine") << u"type:brute_force"_s << quarantine << int(QuarantineLevel::Isolate)
                                      << QString() << QString();
    QTest::newRow("quarantine without level")
        << u"type:brute_force"_s << quarantine << int(QuarantineLevel::None)
        << u"Rule \"r\" quarantines but names no quarantine level"_s << u"quarantine_level"_s;
    QTest::newRow("bad condition") << u"severity>=HUGE"_s << notify << 0
                                   << u"Rule \"r\": Unknown severity \"HUGE\""_s << u"condition"_s;
    QTest::newRow("empty condition") << QString() << notify << 0 << u"The condition is empty"_s << u"condition"_s;
}

void TestRuleEngine::validateExplainsProblems()
{
    QFETCH(QString, condition);
    QFETCH(int, action);
    QFETCH(int, level);
    QFETCH(QString, fragment);
    QFETCH(QString, field);
    const Status status =
        RuleEngine::validate(makeRule(u"r"_s, condition, RuleActionKind(action), 100, QuarantineLevel(level)));
    QCOMPARE(status.ok(), fragment.isEmpty());
    if (!fragment.isEmpty()) {
        QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
        QCOMPARE(status.error().field, field);
    }
}

void TestRuleEngine::repetitionWindow_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QList<qint64>>("offsetsSeconds"); // one brute_force event on cam-1 each
    QTest::addColumn<QList<qint64>>("fires");          // seqs (1-based index) that produce a hit

    QTest::newRow("third within a minute") << u"type:brute_force count>=3 within 60s"_s
                                           << QList<qint64>{0, 10, 20} << QList<qint64>{3};
    QTest::newRow("firing empties the window")
        << u"type:brute_force count>=3 within 60s"_s << QList<qint64>{0, 10, 20, 30, 40, 50}
        << QList<qint64>{3, 6};
    QTest::newRow("too slow never fires") << u"type:brute_force count>=3 within 60s"_s
                                          << QList<qint64>{0, 40, 80, 120, 160} << QList<qint64>{};
    QTest::newRow("window ends are inclusive") << u"type:brute_force count>=3 within 60s"_s
                                               << QList<qint64>{0, 30, 60} << QList<qint64>{3};
    QTest::newRow("just outside the window") << u"type:brute_force count>=3 within 60s"_s
                                             << QList<qint64>{0, 30, 61, 62} << QList<qint64>{4};
    QTest::newRow("count>2 is three") << u"type:brute_force count>2 within 1m"_s << QList<qint64>{0, 1, 2}
                                      << QList<qint64>{3};
    QTest::newRow("no repetition fires every time") << u"type:brute_force"_s << QList<qint64>{0, 1, 2}
                                                    << QList<qint64>{1, 2, 3};
    QTest::newRow("non-matching events do not count")
        << u"type:port_scan count>=2 within 1m"_s << QList<qint64>{0, 1, 2} << QList<qint64>{};
}

void TestRuleEngine::repetitionWindow()
{
    QFETCH(QString, condition);
    QFETCH(QList<qint64>, offsetsSeconds);
    QFETCH(QList<qint64>, fires);
    RuleEngine engine({makeRule(u"r"_s, condition, RuleActionKind::Notify)});
    const DeviceMap devices = fleet();
    QList<RuleHit> hits;
    for (qsizetype i = 0; i < offsetsSeconds.size(); ++i)
        hits += engine.process(makeEvent(i + 1, offsetsSeconds.at(i) * 1000, u"cam-1"_s), devices);
    QCOMPARE(firedSeqs(hits), fires);
}

void TestRuleEngine::repetitionIsPerDevice()
{
    RuleEngine engine({makeRule(u"r"_s, u"type:brute_force count>=2 within 60s"_s, RuleActionKind::Notify)});
    const DeviceMap devices = fleet();
    QList<RuleHit> hits;
    hits += engine.process(makeEvent(1, 0, u"cam-1"_s), devices);
    hits += engine.process(makeEvent(2, 1000, u"cam-2"_s), devices);
    hits += engine.process(makeEvent(3, 2000, u"pump-1"_s), devices);
    QVERIFY(hits.isEmpty());
    hits += engine.process(makeEvent(4, 3000, u"cam-2"_s), devices);
    QCOMPARE(firedSeqs(hits), QList<qint64>{4});
    QCOMPARE(hits.constFirst().deviceId, u"cam-2"_s);
    QCOMPARE(engine.trackedWindowCount(), 2); // cam-1 and pump-1 still counting
}

void TestRuleEngine::outOfOrderTimesStillCount()
{
    RuleEngine engine({makeRule(u"r"_s, u"type:brute_force count>=3 within 10s"_s, RuleActionKind::Notify)});
    const DeviceMap devices = fleet();
    QList<RuleHit> hits;
    hits += engine.process(makeEvent(1, 9000, u"cam-1"_s), devices);
    hits += engine.process(makeEvent(2, 1000, u"cam-1"_s), devices); // late clock, still within 10 s of the first
    hits += engine.process(makeEvent(3, 10500, u"cam-1"_s), devices);
    QCOMPARE(firedSeqs(hits), QList<qint64>{3});
}

void TestRuleEngine::safetyCriticalQuarantineNeedsApproval()
{
    RuleEngine engine({makeRule(u"r-q"_s, u"type:malware_beacon"_s, RuleActionKind::Quarantine, 100,
                                QuarantineLevel::Disable)});
    const DeviceMap devices = fleet();
    const QList<RuleHit> pumpHits = engine.process(makeEvent(1, 0, u"pump-1"_s, ThreatType::MalwareBeacon), devices);
    QCOMPARE(pumpHits.size(), 1);
    QCOMPARE(pumpHits.constFirst().action, RuleActionKind::Quarantine);
    QCOMPARE(pumpHits.constFirst().level, QuarantineLevel::Disable);
    QVERIFY(pumpHits.constFirst().needsApproval);

    const QList<RuleHit> cameraHits = engine.process(makeEvent(2, 0, u"cam-1"_s, ThreatType::MalwareBeacon), devices);
    QCOMPARE(cameraHits.size(), 1);
    QVERIFY(!cameraHits.constFirst().needsApproval);
    QCOMPARE(cameraHits.constFirst().level, QuarantineLevel::Disable);

    // A pending approval is not requested again on the next event.
    QVERIFY(engine.process(makeEvent(3, 1000, u"pump-1"_s, ThreatType::MalwareBeacon), devices).isEmpty());
}

void TestRuleEngine::alreadyQuarantinedDeviceIsNotQuarantinedAgain()
{
    RuleEngine engine({
        makeRule(u"r-q"_s, u"type:brute_force"_s, RuleActionKind::Quarantine, 1, QuarantineLevel::Isolate),
        makeRule(u"r-n"_s, u"type:brute_force"_s, RuleActionKind::Notify, 2),
    });
    const QList<RuleHit> hits = engine.process(makeEvent(1, 0, u"cam-isolated"_s), fleet());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().ruleId, u"r-n"_s);
}

void TestRuleEngine::quarantineIsRequestedOnceAcrossRules()
{
    RuleEngine engine({
        makeRule(u"r-isolate"_s, u"type:brute_force"_s, RuleActionKind::Quarantine, 1, QuarantineLevel::Isolate),
        makeRule(u"r-disable"_s, u"severity>=MAJOR"_s, RuleActionKind::Quarantine, 2, QuarantineLevel::Disable),
    });
    const DeviceMap devices = fleet();
    QList<RuleHit> hits = engine.process(makeEvent(1, 0, u"cam-1"_s), devices);
    hits += engine.process(makeEvent(2, 10, u"cam-1"_s), devices);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().ruleId, u"r-isolate"_s);
    QCOMPARE(hits.constFirst().level, QuarantineLevel::Isolate);
}

void TestRuleEngine::resetDeviceAllowsActingAgain()
{
    RuleEngine engine({makeRule(u"r-q"_s, u"type:brute_force"_s, RuleActionKind::Quarantine, 1,
                                QuarantineLevel::Isolate)});
    const DeviceMap devices = fleet();
    QCOMPARE(engine.process(makeEvent(1, 0, u"cam-1"_s), devices).size(), 1);
    QCOMPARE(engine.process(makeEvent(2, 10, u"cam-1"_s), devices).size(), 0);
    engine.resetDevice(u"cam-1"_s); // operator released it
    QCOMPARE(engine.process(makeEvent(3, 20, u"cam-1"_s), devices).size(), 1);
    engine.clearState();
    QCOMPARE(engine.process(makeEvent(4, 30, u"cam-1"_s), devices).size(), 1);
}

void TestRuleEngine::licenceRevocationIsDeduplicated()
{
    RuleEngine engine({makeRule(u"r-l"_s, u"type:licence_violation"_s, RuleActionKind::RevokeLicence)});
    const DeviceMap devices = fleet();
    QList<RuleHit> hits;
    for (int i = 0; i < 3; ++i)
        hits += engine.process(makeEvent(i + 1, i, u"cam-1"_s, ThreatType::LicenceViolation), devices);
    hits += engine.process(makeEvent(4, 5, u"cam-2"_s, ThreatType::LicenceViolation), devices);
    QCOMPARE(firedSeqs(hits), (QList<qint64>{1, 4}));
    QCOMPARE(hits.at(0).action, RuleActionKind::RevokeLicence);
}

void TestRuleEngine::unknownDevice()
{
    RuleEngine engine({
        makeRule(u"r-q"_s, u"type:port_scan"_s, RuleActionKind::Quarantine, 1, QuarantineLevel::Isolate),
        makeRule(u"r-n"_s, u"type:port_scan -class:ip_camera"_s, RuleActionKind::Notify, 2),
        makeRule(u"r-c"_s, u"type:port_scan class:ip_camera"_s, RuleActionKind::Notify, 3),
    });
    const QList<RuleHit> hits = engine.process(makeEvent(1, 0, u"ghost-9"_s, ThreatType::PortScan), fleet());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().ruleId, u"r-n"_s);
    QCOMPARE(hits.constFirst().deviceId, u"ghost-9"_s);
}

void TestRuleEngine::vulnerabilityRule()
{
    Firmware firmware;
    firmware.deviceClass = u"ip_camera"_s;
    firmware.version = u"2.3"_s;
    firmware.vulnerabilities = {u"CVE-2026-12345"_s};
    const FirmwareCatalogueLookup lookup({firmware});
    const Rule rule = makeRule(u"r-v"_s, u"type:malware_beacon cve:CVE-2026-12345"_s, RuleActionKind::Quarantine,
                               1, QuarantineLevel::RevokeCredentials);
    RuleEngine engine({rule}, &lookup);
    const DeviceMap devices = fleet();
    QCOMPARE(engine.process(makeEvent(1, 0, u"pump-1"_s, ThreatType::MalwareBeacon), devices).size(), 0);
    const QList<RuleHit> hits = engine.process(makeEvent(2, 0, u"cam-2"_s, ThreatType::MalwareBeacon), devices);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().level, QuarantineLevel::RevokeCredentials);
    // Without the lookup the same rule cannot match.
    RuleEngine blind({rule});
    QVERIFY(blind.process(makeEvent(2, 0, u"cam-2"_s, ThreatType::MalwareBeacon), devices).isEmpty());
}

void TestRuleEngine::windowsAreEvictedAfterInactivity()
{
    RuleEngine engine({makeRule(u"r"_s, u"type:brute_force count>=5 within 60s"_s, RuleActionKind::Notify)});
    DeviceMap devices;
    for (int i = 0; i < 1000; ++i) {
        const QString id = u"dev-%1"_s.arg(i);
        devices.insert(makeDevice(id, u"ip_camera"_s, false));
        QVERIFY(engine.process(makeEvent(i + 1, i, id), devices).isEmpty());
    }
    QCOMPARE(engine.trackedWindowCount(), 1000);
    // Two minutes later every window is stale; the next event sweeps them.
    QVERIFY(engine.process(makeEvent(1001, 120'000, u"dev-1"_s), devices).isEmpty());
    QCOMPARE(engine.trackedWindowCount(), 1);
}

void TestRuleEngine::windowCountIsCapped()
{
    RuleEngineOptions options;
    options.maxTrackedWindows = 100;
    RuleEngine engine({makeRule(u"r"_s, u"count>=2 within 1h"_s, RuleActionKind::Notify)}, nullptr, options);
    DeviceMap devices;
    for (int i = 0; i < 1000; ++i) {
        const QString id = u"dev-%1"_s.arg(i);
        devices.insert(makeDevice(id, u"ip_camera"_s, false));
        engine.process(makeEvent(i + 1, i * 10, id), devices);
        QVERIFY(engine.trackedWindowCount() <= 100);
    }
    // The most recent devices keep their counts: a second event from the newest one fires.
    QCOMPARE(engine.process(makeEvent(1001, 10'000, u"dev-999"_s), devices).size(), 1);
}

void TestRuleEngine::dryRunEqualsEngine_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("level");
    const int quarantine = int(RuleActionKind::Quarantine);
    QTest::newRow("notify") << u"type:brute_force severity>=MINOR"_s << int(RuleActionKind::Notify) << 0;
    QTest::newRow("quarantine with guard") << u"type:malware_beacon"_s << quarantine << int(QuarantineLevel::Isolate);
    QTest::newRow("repetition") << u"type:port_scan count>=2 within 60s"_s << int(RuleActionKind::RaiseSeverity)
                                << 0;
    QTest::newRow("revoke") << u"severity:CRITICAL"_s << int(RuleActionKind::RevokeLicence) << 0;
    QTest::newRow("repetition quarantine") << u"count>=2 within 40s -class:ip_camera"_s << quarantine
                                           << int(QuarantineLevel::Disable);
}

void TestRuleEngine::dryRunEqualsEngine()
{
    QFETCH(QString, condition);
    QFETCH(int, action);
    QFETCH(int, level);
    Rule rule = makeRule(u"r"_s, condition, RuleActionKind(action), 100, QuarantineLevel(level));
    rule.enabled = false; // a dry run is how one tries a rule before enabling it
    const QList<ThreatEvent> events = history(400);
    const DeviceMap devices = fleet();

    const Result<QList<RuleHit>> dry = RuleEngine::dryRun(rule, events, devices);
    QVERIFY(dry.ok());
    QVERIFY2(!dry->isEmpty(), "the history should exercise the rule");

    rule.enabled = true;
    RuleEngine engine({rule});
    QList<RuleHit> live;
    for (const ThreatEvent &event : events)
        live += engine.process(event, devices);
    QCOMPARE(*dry, live);
}

void TestRuleEngine::dryRunOfAWholeRuleSetMatchesPerRuleRunsWithoutInteractions()
{
    // Notify / raise rules do not affect each other, so the full engine's hits per rule equal each rule's dry run.
    const QList<Rule> rules{
        makeRule(u"a"_s, u"type:brute_force"_s, RuleActionKind::Notify, 5),
        makeRule(u"b"_s, u"type:port_scan count>=2 within 20s"_s, RuleActionKind::RaiseSeverity, 1),
        makeRule(u"c"_s, u"severity>=MAJOR -safety:yes"_s, RuleActionKind::Notify, 3),
    };
    const QList<ThreatEvent> events = history(300);
    const DeviceMap devices = fleet();
    RuleEngine engine(rules);
    const QList<RuleHit> all = engine.processAll(events, devices);
    for (const Rule &rule : rules) {
        QList<RuleHit> ofRule;
        for (const RuleHit &hit : all) {
            if (hit.ruleId == rule.id)
                ofRule.append(hit);
        }
        const Result<QList<RuleHit>> dry = RuleEngine::dryRun(rule, events, devices);
        QVERIFY(dry.ok());
        QVERIFY(!ofRule.isEmpty());
        QCOMPARE(*dry, ofRule);
    }
}

void TestRuleEngine::dryRunRejectsInvalidRule()
{
    const Result<QList<RuleHit>> dry = RuleEngine::dryRun(
        makeRule(u"r"_s, u"type:brute_force count>=5"_s, RuleActionKind::Notify), history(10), fleet());
    QVERIFY(!dry.ok());
    QVERIFY2(dry.errorMessage().contains(u"Expected \"within <duration>\""_s), qPrintable(dry.errorMessage()));
}

void TestRuleEngine::hitToJson()
{
    const RuleHit hit{u"r-1"_s, 42, u"pump-1"_s, QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC),
                      RuleActionKind::Quarantine, QuarantineLevel::Isolate, true};
    const QJsonObject json = hit.toJson();
    QCOMPARE(json.value(u"rule_id"_s).toString(), u"r-1"_s);
    QCOMPARE(json.value(u"seq"_s).toInteger(), 42);
    QCOMPARE(json.value(u"device_id"_s).toString(), u"pump-1"_s);
    QCOMPARE(json.value(u"action"_s).toString(), u"quarantine"_s);
    QCOMPARE(json.value(u"quarantine_level"_s).toString(), u"isolate"_s);
    QCOMPARE(json.value(u"needs_approval"_s).toBool(), true);
    QVERIFY(json.value(u"time"_s).toString().startsWith(u"2027-01-15T"_s));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
