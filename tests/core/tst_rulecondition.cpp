#include "rules/FirmwareVulnerabilityLookup.h"
#include "rules/RuleCondition.h"
#include "DomainCompare.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

Device camera()
{
    Device device;
    device.id = u"dev-000001"_s;
    device.name = u"Lobby Camera 1"_s;
    device.deviceClass = u"ip_camera"_s;
    device.vendor = u"Acme"_s;
    device.firmwareVersion = u"2.3.9"_s;
    device.siteId = u"north-campus"_s;
    device.riskScore = 80;
    return device;
}

Device pump()
{
    Device device;
    device.id = u"dev-000002"_s;
    device.name = u"Infusion Pump 12"_s;
    device.deviceClass = u"infusion_pump"_s;
    device.vendor = u"MedCo"_s;
    device.firmwareVersion = u"2.10"_s;
    device.siteId = u"north-campus"_s;
    device.riskScore = 40;
    device.capabilities.safetyCritical = true;
    device.capabilities.onlineUpdate = false;
    device.quarantine = QuarantineLevel::Isolate;
    return device;
}

FirmwareCatalogueLookup catalogue()
{
    Firmware vulnerable;
    vulnerable.id = u"fw-cam-239"_s;
    vulnerable.deviceClass = u"ip_camera"_s;
    vulnerable.version = u"2.3.9.0"_s;
    vulnerable.vulnerabilities = {u"CVE-2026-12345"_s, u"CVE-2025-0001"_s};
    Firmware clean;
    clean.id = u"fw-pump-210"_s;
    clean.deviceClass = u"infusion_pump"_s;
    clean.version = u"2.10"_s;
    return FirmwareCatalogueLookup({vulnerable, clean});
}

ThreatEvent makeEvent(ThreatType type, Severity severity, const QString &source = {}, const QString &destination = {})
{
    ThreatEvent result;
    result.seq = 1;
    result.time = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    result.type = type;
    result.severity = severity;
    result.source = source;
    result.destination = destination;
    return result;
}

} // namespace

// Rule condition grammar on top of the filter grammar: event fields, severity order, vulnerabilities, repetition.
class TestRuleCondition final : public QObject {
    Q_OBJECT

private slots:
    void repetition_data();
    void repetition();
    void matches_data();
    void matches();
    void rejects_data();
    void rejects();
    void errorPosition_data();
    void errorPosition();
    void unknownDeviceMakesDeviceTermsFalse();
    void vulnerabilityTermsNeedALookup();
    void catalogueLookupMatchesVersionsNumerically();
    void fieldCatalogue();
};

void TestRuleCondition::repetition_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("windowMs");
    QTest::newRow("none") << u"type:brute_force"_s << 0 << qint64(0);
    QTest::newRow("seconds") << u"type:brute_force count>=5 within 60s"_s << 5 << qint64(60'000);
    QTest::newRow("greater means one more") << u"count>4 within 2m"_s << 5 << qint64(120'000);
    QTest::newRow("with colon") << u"count:>=3 within 1h type:port_scan"_s << 3 << qint64(3'600'000);
    QTest::newRow("milliseconds") << u"count>=2 WITHIN 500ms"_s << 2 << qint64(500);
    QTest::newRow("min unit") << u"count>=2 within 10min"_s << 2 << qint64(600'000);
    QTest::newRow("inside AND group") << u"(type:port_scan count>=10 within 30s) site:north-campus"_s << 10
                                      << qint64(30'000);
}

void TestRuleCondition::repetition()
{
    QFETCH(QString, condition);
    QFETCH(int, count);
    QFETCH(qint64, windowMs);
    const Result<RuleCondition> parsed = RuleCondition::parse(condition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    if (count == 0) {
        QVERIFY(!parsed->repetition().has_value());
    } else {
        QVERIFY(parsed->repetition().has_value());
        QCOMPARE(*parsed->repetition(), (Repetition{count, windowMs}));
    }
}

void TestRuleCondition::matches_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("severity");
    QTest::addColumn<bool>("onPump"); // else on the camera
    QTest::addColumn<bool>("expected");

    const int brute = int(ThreatType::BruteForce);
    const int scan = int(ThreatType::PortScan);
    const int beacon = int(ThreatType::MalwareBeacon);
    const int critical = int(Severity::Critical);
    const int major = int(Severity::Major);
    const int minor = int(Severity::Minor);
    const int warning = int(Severity::Warning);

    QTest::newRow("type matches") << u"type:brute_force"_s << brute << minor << false << true;
    QTest::newRow("type differs") << u"type:brute_force"_s << scan << minor << false << false;
    QTest::newRow("type not equal") << u"type!=brute_force"_s << scan << minor << false << true;
    QTest::newRow("type case-insensitive") << u"type:BRUTE_FORCE"_s << brute << minor << false << true;
    QTest::newRow("severity at least major: critical") << u"severity>=MAJOR"_s << brute << critical << false << true;
    QTest::newRow("severity at least major: major") << u"severity>=MAJOR"_s << brute << major << false << true;
    QTest::newRow("severity at least major: minor") << u"severity>=MAJOR"_s << brute << minor << false << false;
    QTest::newRow("severity above major") << u"severity>MAJOR"_s << brute << major << false << false;
    QTest::newRow("severity below minor") << u"severity<MINOR"_s << brute << warning << false << true;
    QTest::newRow("severity at most minor: major") << u"severity:<=minor"_s << brute << major << false << false;
    QTest::newRow("severity exact") << u"severity:CRITICAL"_s << brute << critical << false << true;
    QTest::newRow("device and event") << u"type:brute_force class:ip_camera fw:<2.4"_s << brute << major << false
                                      << true;
    QTest::newRow("device term fails") << u"type:brute_force class:ip_camera"_s << brute << major << true << false;
    QTest::newRow("safety guard term") << u"type:malware_beacon -safety:yes"_s << beacon << major << true << false;
    QTest::newRow("quarantined state") << u"quarantined:yes"_s << scan << minor << true << true;
    QTest::newRow("risk") << u"risk:>=80 severity>=WARNING"_s << scan << warning << false << true;
    QTest::newRow("cve present") << u"cve:CVE-2026-12345"_s << beacon << major << false << true;
    QTest::newRow("cve case-insensitive") << u"cve:cve-2026-12345"_s << beacon << major << false << true;
    QTest::newRow("cve wildcard") << u"cve:CVE-2025-*"_s << beacon << major << false << true;
    QTest::newRow("cve absent") << u"cve:CVE-2026-99999"_s << beacon << major << false << false;
    QTest::newRow("cve on clean firmware") << u"cve:CVE-2026-12345"_s << beacon << major << true << false;
    QTest::newRow("vulnerable yes") << u"vulnerable:yes"_s << beacon << major << false << true;
    QTest::newRow("vulnerable no on clean") << u"vulnerable:no"_s << beacon << major << true << true;
    QTest::newRow("vulnerable yes on clean") << u"vulnerable:yes"_s << beacon << major << true << false;
    QTest::newRow("source wildcard") << u"source:10.0.*"_s << scan << minor << false << true;
    QTest::newRow("destination") << u"destination:dev-000002"_s << scan << minor << false << true;
    QTest::newRow("or of types") << u"(type:port_scan OR type:brute_force) severity>=MINOR"_s << scan << minor
                                 << false << true;
    QTest::newRow("count does not filter") << u"type:port_scan count>=5 within 60s"_s << scan << minor << false
                                           << true;
}

void TestRuleCondition::matches()
{
    QFETCH(QString, condition);
    QFETCH(int, type);
    QFETCH(int, severity);
    QFETCH(bool, onPump);
    QFETCH(bool, expected);
    const Result<RuleCondition> parsed = RuleCondition::parse(condition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const FirmwareCatalogueLookup lookup = catalogue();
    const Device device = onPump ? pump() : camera();
    ThreatEvent threat = makeEvent(ThreatType(type), Severity(severity), u"10.0.4.7"_s, u"dev-000002"_s);
    threat.deviceId = device.id;
    QCOMPARE(parsed->matches(threat, &device, &lookup), expected);
}

void TestRuleCondition::rejects_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("term");

    QTest::newRow("empty") << u"  "_s << u"The condition is empty"_s << 0;
    QTest::newRow("bad severity")
        << u"type:brute_force severity>=HUGE"_s
        << u"Unknown severity \"HUGE\" in term 2 (severity>=HUGE) at column 18; expected one of CRITICAL, MAJOR, "
           u"MINOR, WARNING, INDETERMINATE."_s
        << 2;
    QTest::newRow("bad type") << u"type:bruteforce"_s << u"Unknown type \"bruteforce\""_s << 1;
    QTest::newRow("unknown field lists rule fields")
        << u"colour:red"_s << u"Known fields: id, name, class, vendor, model, fw, site, gateway, segment, status, "
                              u"risk, quarantined, safety, online_update, type, severity, source, destination, cve, "
                              u"vulnerable, count."_s
        << 1;
    QTest::newRow("free text") << u"type:port_scan camera"_s
                               << u"Free text \"camera\" in term 2 (camera) at column 16 is not allowed"_s << 2;
    QTest::newRow("quoted free text") << u"\"lobby cam\""_s << u"Free text \"lobby cam\""_s << 1;
    QTest::newRow("missing severity") << u"severity>="_s << u"Missing value after \"severity>=\""_s << 1;
    QTest::newRow("type ordered") << u"type>port_scan"_s << u"only fw, risk and severity support"_s << 1;
    QTest::newRow("count without within") << u"count>=5 type:port_scan"_s
                                          << u"Expected \"within <duration>\" after \"count>=5\" in term 1"_s << 1;
    QTest::newRow("count missing duration") << u"count>=5 within"_s << u"Expected a duration after \"within\""_s
                                            << 2;
    QTest::newRow("count bad duration") << u"count>=5 within 60x"_s << u"Bad duration \"60x\" in term 3"_s << 3;
    QTest::newRow("count zero duration") << u"count>=5 within 0s"_s << u"Bad duration \"0s\""_s << 3;
    QTest::newRow("count too long") << u"count>=5 within 25h"_s << u"at most 24h"_s << 3;
    QTest::newRow("count less than") << u"count<5 within 1m"_s << u"only supports >= and >"_s << 1;
    QTest::newRow("count zero") << u"count>=0 within 1m"_s << u"from 1 to 10000 for \"count\""_s << 1;
    QTest::newRow("count huge") << u"count>=100000 within 1m"_s << u"from 1 to 10000"_s << 1;
    QTest::newRow("count negated") << u"type:port_scan -count>=5 within 1m"_s
                                   << u"cannot be negated or combined with OR"_s << 2;
    QTest::newRow("count in OR") << u"type:port_scan OR count>=5 within 1m"_s
                                 << u"cannot be negated or combined with OR"_s << 3;
    QTest::newRow("two counts") << u"count>=5 within 1m type:port_scan count>=6 within 2m"_s
                                << u"Only one count term is allowed; term 5 (count>=6)"_s << 5;
    QTest::newRow("bad vulnerable") << u"vulnerable:perhaps"_s << u"Expected yes or no for \"vulnerable\""_s << 1;
}

void TestRuleCondition::rejects()
{
    QFETCH(QString, condition);
    QFETCH(QString, fragment);
    QFETCH(int, term);
    ExpressionError error;
    const Result<RuleCondition> parsed = RuleCondition::parse(condition, &error);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorMessage().contains(fragment), qPrintable(parsed.errorMessage()));
    QCOMPARE(error.term, term);
}

// The rule editor underlines error.position .. +length: it must cover the offending term, and the column named in
// the message must be the same place.
void TestRuleCondition::errorPosition_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    QTest::newRow("bad type, first term") << u"type:bruteforce"_s << 0 << 15;
    QTest::newRow("bad type, second term") << u"class:ip_camera type:bruteforce"_s << 16 << 15;
    QTest::newRow("bad severity") << u"type:brute_force severity>=HUGE"_s << 17 << 14;
    QTest::newRow("free text") << u"type:port_scan camera"_s << 15 << 6;
    QTest::newRow("unknown field after spaces") << u"  type:port_scan  colour:red"_s << 18 << 6; // the field name
    QTest::newRow("bad duration") << u"count>=5 within 60x"_s << 16 << 3;
    QTest::newRow("bad risk number") << u"class:ip_camera risk:>=high"_s << 16 << 11;
}

void TestRuleCondition::errorPosition()
{
    QFETCH(QString, condition);
    QFETCH(int, position);
    QFETCH(int, length);
    ExpressionError error;
    const Result<RuleCondition> parsed = RuleCondition::parse(condition, &error);
    QVERIFY(!parsed.ok());
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QVERIFY2(error.message.contains(u"column %1"_s.arg(position + 1)), qPrintable(error.message));
    QCOMPARE(parsed.errorMessage(), error.message);
}

void TestRuleCondition::unknownDeviceMakesDeviceTermsFalse()
{
    const ThreatEvent threat = makeEvent(ThreatType::PortScan, Severity::Major);
    const Result<RuleCondition> deviceTerm = RuleCondition::parse(u"class:ip_camera"_s);
    const Result<RuleCondition> negated = RuleCondition::parse(u"-class:ip_camera type:port_scan"_s);
    const Result<RuleCondition> eventOnly = RuleCondition::parse(u"type:port_scan severity>=MAJOR"_s);
    QVERIFY(deviceTerm.ok() && negated.ok() && eventOnly.ok());
    QVERIFY(!deviceTerm->matches(threat, nullptr));
    QVERIFY(negated->matches(threat, nullptr));
    QVERIFY(eventOnly->matches(threat, nullptr));
}

void TestRuleCondition::vulnerabilityTermsNeedALookup()
{
    const Device device = camera();
    const ThreatEvent threat = makeEvent(ThreatType::PortScan, Severity::Major);
    const Result<RuleCondition> condition = RuleCondition::parse(u"vulnerable:yes"_s);
    QVERIFY(condition.ok());
    QVERIFY(condition->usesVulnerabilities());
    QVERIFY(!condition->matches(threat, &device, nullptr));
    const FirmwareCatalogueLookup lookup = catalogue();
    QVERIFY(condition->matches(threat, &device, &lookup));
    QVERIFY(!RuleCondition::parse(u"type:port_scan"_s)->usesVulnerabilities());
}

void TestRuleCondition::catalogueLookupMatchesVersionsNumerically()
{
    const FirmwareCatalogueLookup lookup = catalogue();
    QCOMPARE(lookup.vulnerabilities(u"ip_camera", u"2.3.9"),
             (QStringList{u"CVE-2026-12345"_s, u"CVE-2025-0001"_s}));
    QCOMPARE(lookup.vulnerabilities(u"ip_camera", u"v2.3.9"), lookup.vulnerabilities(u"ip_camera", u"2.3.9.0"));
    QVERIFY(lookup.vulnerabilities(u"ip_camera", u"2.3.10").isEmpty());
    QVERIFY(lookup.vulnerabilities(u"nvr", u"2.3.9").isEmpty());

    // A second image of the same version merges its CVEs instead of shadowing the first.
    FirmwareCatalogueLookup merged = catalogue();
    Firmware resigned;
    resigned.deviceClass = u"ip_camera"_s;
    resigned.version = u"2.3.9"_s;
    resigned.vulnerabilities = {u"CVE-2026-00002"_s, u"cve-2026-12345"_s};
    merged.add(resigned);
    QCOMPARE(merged.vulnerabilities(u"ip_camera", u"2.3.9").size(), 3);
}

void TestRuleCondition::fieldCatalogue()
{
    QStringList names;
    for (const FieldInfo &field : RuleCondition::fields()) {
        names.append(field.name);
        const Result<RuleCondition> example = RuleCondition::parse(field.example);
        QVERIFY2(example.ok(), qPrintable(field.example + u": "_s + example.errorMessage()));
        if (field.name == u"severity"_s) {
            QCOMPARE(field.kind, FieldKind::Ranked);
            QCOMPARE(field.values.constFirst(), u"CRITICAL"_s);
        }
        if (field.name == u"type"_s)
            QCOMPARE(field.values.size(), 11);
    }
    for (const QString &name : {u"type"_s, u"severity"_s, u"source"_s, u"destination"_s, u"cve"_s, u"vulnerable"_s,
                                u"count"_s, u"fw"_s, u"safety"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestRuleCondition)
#include "tst_rulecondition.moc"
