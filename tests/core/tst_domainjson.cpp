// Strict JSON reading and writing of every domain value type: good input, bad input (with the field the error
// names), and round trips of both parsed and hand-built values.

#include "domain/Approval.h"
#include "domain/AuditEntry.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/Gateway.h"
#include "domain/Incident.h"
#include "domain/JsonReader.h"
#include "domain/Licence.h"
#include "domain/Link.h"
#include "domain/Rule.h"
#include "domain/Site.h"
#include "domain/ThreatEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include "DomainCompare.h"

#include <concepts>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;
using namespace warden;


namespace {

const QString Hash1 = u"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
const QString Hash2 = u"ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"_s;

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// A valid, fully populated object per type; bad rows are single mutations of these.
QJsonObject base(const QString &type)
{
    if (type == u"site")
        return parse(R"({"id":"site-1","name":"St. Mary Hospital","kind":"hospital","time_zone":"Europe/Berlin",
                         "city":"Berlin"})");
    if (type == u"gateway")
        return parse(R"({"id":"gw-1","site_id":"site-1","name":"Gateway 1","segment":"clinical-vlan-20"})");
    if (type == u"link")
        return parse(R"({"from":"gw-1","to":"dev-1","kind":"uplink"})");
    if (type == u"device")
        return parse(R"({"id":"dev-00042","name":"Infusion pump 42","device_class":"infusion_pump","vendor":"MedCo",
            "model":"IP-3000","firmware_version":"4.2.1","site_id":"site-1","gateway_id":"gw-1",
            "segment":"clinical-vlan-20","owner_ref":"owner-7","location":"Ward 3, bed 12",
            "notes":"Replaced battery\nin 2025.","status":"degraded","risk_score":73,
            "last_seen":"2026-11-25T10:00:00.123Z",
            "capabilities":{"online_update":false,"needs_maintenance_window":true,"safety_critical":true},
            "quarantine":"isolate","revision":123456789012})");
    if (type == u"owner")
        return parse(R"({"ref":"owner-7","name":"Dr. Jane Roe","email":"jane@example.org","phone":"+49 30 1234"})");
    if (type == u"threat_event")
        return parse(R"({"seq":981234,"time":"2026-11-25T10:00:00.123Z","device_id":"dev-1","type":"brute_force",
            "severity":"CRITICAL","source":"10.0.0.5","destination":"dev-1",
            "details":{"attempts":57,"user":"admin","ports":[22,23]}})");
    if (type == u"incident_note")
        return parse(R"({"time":"2026-11-25T10:05:00.000Z","author":"alice","text":"Looking into it."})");
    if (type == u"incident")
        return parse(R"({"id":"inc-1","title":"Brute force on pump 42","type":"brute_force","severity":"MAJOR",
            "state":"investigating","assignee":"alice","site_id":"site-1","device_ids":["dev-1","dev-2"],
            "event_seqs":[1,2,9007199254740993],
            "notes":[{"time":"2026-11-25T10:05:00.000Z","author":"alice","text":"Looking."},
                     {"time":"2026-11-25T10:07:30.250Z","author":"bob","text":"Blocked the source."}],
            "resolution":"","opened":"2026-11-25T10:00:00.123Z","updated":"2026-11-25T10:07:30.250Z"})");
    if (type == u"licence")
        return parse(R"({"id":"lic-1","device_id":"dev-1","requested_scopes":["telemetry-upload","cloud-storage:bucket-x"],
            "granted_scopes":["telemetry-upload"],"state":"active","requested":"2026-11-20T08:00:00.000Z",
            "expires":"2027-01-01T00:00:00.000Z","decided_by":"bob","reason":"Needed for monitoring."})");
    if (type == u"firmware")
        return parse(R"({"id":"fw-1","device_class":"infusion_pump","version":"4.2.1","signature_verified":true,
            "vulnerabilities":["CVE-2025-0001"],"fixes":["CVE-2024-1234","CVE-2024-5678"],
            "release_notes":"Fixes two authentication bugs.","released":"2026-10-01T00:00:00.000Z"})");
    if (type == u"campaign")
        return parse(R"({"id":"camp-1","name":"Pump 4.2.1 rollout","firmware_id":"fw-1",
            "target_filter":"class:infusion_pump site:site-1",
            "waves":[{"percent":5,"failure_threshold_percent":2},{"percent":25.5,"failure_threshold_percent":5},
                     {"percent":100,"failure_threshold_percent":10}],
            "wait_minutes_between_waves":60,"state":"running","current_wave":1,"halt_reason":"","created_by":"alice",
            "created":"2026-11-24T09:00:00.000Z",
            "counts":{"queued":10,"succeeded":5,"failed":1,"needs_physical_service":2}})");
    if (type == u"approval")
        return parse(R"({"id":"appr-1","kind":"quarantine","state":"approved","summary":"Isolate pump 42",
            "action":{"device_id":"dev-1","level":"isolate"},"requested_by":"alice","decided_by":"bob",
            "reason":"Confirmed beaconing.","created":"2026-11-25T10:00:00.000Z","decided":"2026-11-25T10:02:00.000Z"})");
    if (type == u"audit_entry") {
        QJsonObject json = parse(R"({"index":7,"time":"2026-11-25T10:00:00.123Z","actor":"alice",
            "action":"quarantine.request","target":"dev-1","details":{"level":"isolate"}})");
        json.insert(u"prev_hash"_s, Hash1);
        json.insert(u"hash"_s, Hash2);
        return json;
    }
    if (type == u"rule")
        return parse(R"({"id":"rule-1","name":"Quarantine beaconing pumps","enabled":true,"priority":10,
            "condition":"type == malware_beacon and device.class == infusion_pump","action":"quarantine",
            "quarantine_level":"isolate","created_by":"alice"})");
    qFatal("unknown type %s", qPrintable(type));
}

// Sets (or, for an undefined value, removes) the value at a path such as "capabilities.safety_critical",
// "waves[2].percent" or "notes[1]".
QJsonObject withPath(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QString head = dot < 0 ? path : path.left(dot);
    const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
    static const QRegularExpression element(u"^(\\w+)\\[(\\d+)\\]$"_s);
    const QRegularExpressionMatch match = element.match(head);
    if (!match.hasMatch()) {
        if (!rest.isEmpty())
            object.insert(head, withPath(object.value(head).toObject(), rest, value));
        else if (value.isUndefined())
            object.remove(head);
        else
            object.insert(head, value);
        return object;
    }
    const QString key = match.captured(1);
    const qsizetype index = match.captured(2).toLongLong();
    QJsonArray array = object.value(key).toArray();
    if (!rest.isEmpty())
        array.replace(index, withPath(array.at(index).toObject(), rest, value));
    else if (value.isUndefined())
        array.removeAt(index);
    else
        array.replace(index, value);
    object.insert(key, array);
    return object;
}

struct Outcome {
    bool ok = false;
    Error error;
    QJsonObject written;   // toJson() of the parsed value
    bool stable = false;   // fromJson(written) == parsed value
};

template <typename T>
Outcome run(const QJsonObject &json)
{
    const Result<T> first = T::fromJson(json);
    if (!first)
        return {false, first.error(), {}, false};
    const QJsonObject written = first->toJson();
    const Result<T> second = T::fromJson(written);
    return {true, {}, written, second.ok() && second.value() == first.value()};
}

Outcome runType(const QString &type, const QJsonObject &json)
{
    if (type == u"site")
        return run<Site>(json);
    if (type == u"gateway")
        return run<Gateway>(json);
    if (type == u"link")
        return run<Link>(json);
    if (type == u"device")
        return run<Device>(json);
    if (type == u"owner")
        return run<Owner>(json);
    if (type == u"threat_event")
        return run<ThreatEvent>(json);
    if (type == u"incident_note")
        return run<IncidentNote>(json);
    if (type == u"incident")
        return run<Incident>(json);
    if (type == u"licence")
        return run<Licence>(json);
    if (type == u"firmware")
        return run<Firmware>(json);
    if (type == u"campaign")
        return run<Campaign>(json);
    if (type == u"approval")
        return run<Approval>(json);
    if (type == u"audit_entry")
        return run<AuditEntry>(json);
    if (type == u"rule")
        return run<Rule>(json);
    qFatal("unknown type %s", qPrintable(type));
}

const QStringList AllTypes{u"site"_s,         u"gateway"_s, u"link"_s,     u"device"_s,   u"owner"_s,
                           u"threat_event"_s, u"incident_note"_s, u"incident"_s, u"licence"_s, u"firmware"_s,
                           u"campaign"_s,     u"approval"_s, u"audit_entry"_s, u"rule"_s};

const QDateTime T0(QDate(2026, 11, 25), QTime(10, 0, 0, 123), Qt::UTC);

// A short, single-line row label for a value.
QByteArray label(const QJsonValue &value)
{
    if (value.isUndefined())
        return QByteArrayLiteral("(removed)");
    QString text = JsonReader::describe(value).left(30);
    text.replace(u'\n', u' ');
    return text.toUtf8();
}

} // namespace

class TestDomainJson final : public QObject {
    Q_OBJECT

private slots:
    void acceptsGoodInput_data();
    void acceptsGoodInput();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void errorMessagesAreSentences_data();
    void errorMessagesAreSentences();
    void readsDeviceFields();
    void readsCampaignWavesAndCounts();
    void readsIncidentNotesAndSeqs();
    void builtValuesRoundTrip();
    void optionalTimestampsAreOmitted();
    void timestampsAreWrittenInUtcWithMilliseconds();
};

// Each row: a type, a mutation of its base object (path + value, undefined = remove). Every mutation keeps it valid.
void TestDomainJson::acceptsGoodInput_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue removed(QJsonValue::Undefined);
    for (const QString &type : AllTypes) {
        QTest::addRow("%s: full", qPrintable(type)) << type << QString() << removed;
        QTest::addRow("%s: unknown extra field", qPrintable(type))
            << type << u"x_future_field"_s << QJsonValue(QJsonObject{{u"nested"_s, 1}});
    }

    auto row = [&](const char *type, const char *path, const QJsonValue &value) {
        QTest::addRow("%s: %s = %s", type, path, label(value).constData())
            << QString::fromLatin1(type) << QString::fromLatin1(path) << value;
    };
    row("site", "city", removed);
    row("site", "city", QJsonValue::Null);
    row("site", "kind", u"factory"_s);
    row("gateway", "segment", removed);
    row("link", "kind", u"peer"_s);
    row("device", "vendor", removed);
    row("device", "notes", u""_s);
    row("device", "notes", QString(JsonReader::MaxTextLength, u'n'));
    row("device", "name", QString(JsonReader::MaxNameLength, u'n'));
    row("device", "last_seen", removed);
    row("device", "last_seen", QJsonValue::Null);
    row("device", "last_seen", u"2026-11-25T11:00:00.123+01:00"_s);
    row("device", "last_seen", u"2026-11-25T10:00:00Z"_s);
    row("device", "revision", removed);
    row("device", "risk_score", 0);
    row("device", "risk_score", 100);
    row("device", "risk_score", 42.0);
    row("device", "quarantine", u"revoke_credentials"_s);
    row("owner", "email", removed);
    row("owner", "phone", QJsonValue::Null);
    row("threat_event", "details", removed);
    row("threat_event", "source", removed);
    row("threat_event", "seq", 1);
    row("threat_event", "seq", QJsonValue(std::numeric_limits<qint64>::max()));
    row("threat_event", "severity", u"INDETERMINATE"_s);
    row("incident_note", "text", u"Multi-line\nnote with \"quotes\" and ünïcödé."_s);
    row("incident", "notes", removed);
    row("incident", "notes", QJsonArray());
    row("incident", "event_seqs", removed);
    row("incident", "updated", removed);
    row("incident", "state", u"resolved"_s);
    row("licence", "expires", removed);
    row("licence", "granted_scopes", QJsonArray());
    row("licence", "decided_by", removed);
    row("firmware", "signature_verified", false);
    row("firmware", "released", removed);
    row("firmware", "vulnerabilities", removed);
    row("campaign", "counts", removed);
    row("campaign", "counts", QJsonObject());
    row("campaign", "current_wave", 3); // finished: equals the number of waves
    row("campaign", "wait_minutes_between_waves", removed);
    row("campaign", "waves[2].failure_threshold_percent", 0);
    row("campaign", "waves[2].failure_threshold_percent", 100);
    row("campaign", "state", u"pending_approval"_s);
    row("approval", "state", u"denied"_s);
    row("approval", "decided", removed);
    row("approval", "action", QJsonObject());
    row("audit_entry", "index", 0);
    row("audit_entry", "target", removed);
    row("audit_entry", "details", removed);
    row("rule", "priority", removed);
    row("rule", "created_by", removed);
    row("rule", "action", u"notify"_s);
    row("rule", "quarantine_level", u"revoke_credentials"_s);

    // Minimal objects: only the required fields.
    QTest::addRow("approval: pending without a decision")
        << u"approval"_s << u"decided_by"_s << removed;
    QTest::addRow("rule: notify without a level")
        << u"rule"_s << u"quarantine_level"_s << QJsonValue(u"none"_s);
}

void TestDomainJson::acceptsGoodInput()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    QJsonObject input = base(type);
    if (!path.isEmpty())
        input = withPath(input, path, value);
    if (type == u"rule" && path == u"quarantine_level" && value == QJsonValue(u"none"_s))
        input.insert(u"action"_s, u"notify"_s);
    if (type == u"approval" && path == u"decided_by")
        input.insert(u"state"_s, u"pending"_s);

    const Outcome outcome = runType(type, input);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QVERIFY(outcome.error.field.isEmpty());
    QVERIFY2(outcome.stable, "fromJson(toJson(x)) != x");

    // Every known field comes back with the value that was read (timestamps in canonical form).
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        if (it.key().startsWith(u"x_"_s)) {
            QVERIFY2(!outcome.written.contains(it.key()), "unknown fields must not be echoed");
            continue;
        }
        if (it.value().isNull()) {
            QVERIFY2(!outcome.written.contains(it.key()) || outcome.written.value(it.key()).isNull()
                         || outcome.written.value(it.key()) == QJsonValue(u""_s),
                     qPrintable(it.key()));
            continue;
        }
        QVERIFY2(outcome.written.contains(it.key()), qPrintable(u"not written: "_s + it.key()));
        const QJsonValue written = outcome.written.value(it.key());
        if (it.value().isString() && it.value().toString().contains(u"+01:00"_s))
            QCOMPARE(written.toString(), u"2026-11-25T10:00:00.123Z"_s);
        else if (it.value().isString() && it.value().toString() == u"2026-11-25T10:00:00Z")
            QCOMPARE(written.toString(), u"2026-11-25T10:00:00.000Z"_s);
        else
            QVERIFY2(written == it.value(), qPrintable(it.key() + u": "_s + JsonReader::describe(written)));
    }
}

// Each row: a type, one mutation that makes it invalid, and the field the error must name.
void TestDomainJson::rejectsBadInput_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    const QJsonValue removed(QJsonValue::Undefined);
    const QString tooLongName(JsonReader::MaxNameLength + 1, u'x');
    const QString tooLongText(JsonReader::MaxTextLength + 1, u'x');
    auto row = [](const char *type, const char *path, const QJsonValue &value, const char *field) {
        QTest::addRow("%s: %s = %s", type, path, label(value).constData())
            << QString::fromLatin1(type) << QString::fromLatin1(path) << value << QString::fromLatin1(field);
    };

    row("site", "id", removed, "id");
    row("site", "id", u""_s, "id");
    row("site", "id", 42, "id");
    row("site", "name", tooLongName, "name");
    row("site", "name", u"line\nbreak"_s, "name");
    row("site", "kind", u"village"_s, "kind");
    row("site", "kind", u"Hospital"_s, "kind");
    row("site", "time_zone", QJsonValue::Null, "time_zone");
    row("site", "city", 5, "city");

    row("gateway", "site_id", removed, "site_id");
    row("gateway", "name", QJsonArray(), "name");
    row("gateway", "segment", QJsonObject(), "segment");
    row("gateway", "id", u""_s, "id");

    row("link", "from", removed, "from");
    row("link", "to", 1, "to");
    row("link", "to", u"gw-1"_s, "to"); // self-loop
    row("link", "kind", u"mesh"_s, "kind");

    row("device", "id", removed, "id");
    row("device", "site_id", u""_s, "site_id");
    row("device", "device_class", true, "device_class");
    row("device", "risk_score", 140, "risk_score");
    row("device", "risk_score", -1, "risk_score");
    row("device", "risk_score", 42.5, "risk_score");
    row("device", "risk_score", u"42"_s, "risk_score");
    row("device", "risk_score", removed, "risk_score");
    row("device", "status", u"rebooting"_s, "status");
    row("device", "status", removed, "status");
    row("device", "quarantine", u"wipe"_s, "quarantine");
    row("device", "capabilities", removed, "capabilities");
    row("device", "capabilities", QJsonArray(), "capabilities");
    row("device", "capabilities.safety_critical", u"yes"_s, "capabilities.safety_critical");
    row("device", "capabilities.safety_critical", removed, "capabilities.safety_critical");
    row("device", "capabilities.online_update", 1, "capabilities.online_update");
    row("device", "last_seen", u"yesterday"_s, "last_seen");
    row("device", "last_seen", u"2026-11-25T10:00:00.123"_s, "last_seen"); // no zone: would be local time
    row("device", "last_seen", u"2026-02-30T10:00:00.000Z"_s, "last_seen");
    row("device", "last_seen", u"2026-11-25"_s, "last_seen");
    row("device", "last_seen", 1764064800, "last_seen");
    row("device", "revision", -1, "revision");
    row("device", "revision", 1e30, "revision");
    row("device", "notes", tooLongText, "notes");
    row("device", "owner_ref", tooLongName, "owner_ref");

    row("owner", "ref", removed, "ref");
    row("owner", "name", 7, "name");
    row("owner", "email", QJsonArray(), "email");

    row("threat_event", "seq", 0, "seq");
    row("threat_event", "seq", -5, "seq");
    row("threat_event", "seq", 1.5, "seq");
    row("threat_event", "seq", u"1"_s, "seq");
    row("threat_event", "seq", removed, "seq");
    row("threat_event", "time", removed, "time");
    row("threat_event", "time", 12345, "time");
    row("threat_event", "device_id", removed, "device_id");
    row("threat_event", "type", u"ddos"_s, "type");
    row("threat_event", "severity", u"critical"_s, "severity");
    row("threat_event", "severity", 0, "severity");
    row("threat_event", "source", 5, "source");
    row("threat_event", "details", u"x"_s, "details");
    row("threat_event", "details", QJsonArray(), "details");

    row("incident_note", "text", u""_s, "text");
    row("incident_note", "text", tooLongText, "text");
    row("incident_note", "author", removed, "author");
    row("incident_note", "time", u"2026-13-01T00:00:00.000Z"_s, "time");

    row("incident", "id", removed, "id");
    row("incident", "state", u"closed"_s, "state");
    row("incident", "severity", 1, "severity");
    row("incident", "opened", removed, "opened");
    row("incident", "updated", u"soon"_s, "updated");
    row("incident", "notes", QJsonObject(), "notes");
    row("incident", "notes[1]", u"x"_s, "notes[1]");
    row("incident", "notes[1].time", u"later"_s, "notes[1].time");
    row("incident", "notes[0].author", removed, "notes[0].author");
    row("incident", "notes[0].text", 3, "notes[0].text");
    row("incident", "event_seqs", 3, "event_seqs");
    row("incident", "event_seqs[2]", 0, "event_seqs[2]");
    row("incident", "event_seqs[0]", 1.5, "event_seqs[0]");
    row("incident", "device_ids", u"dev-1"_s, "device_ids");
    row("incident", "device_ids[1]", u""_s, "device_ids[1]");
    row("incident", "device_ids[0]", 3, "device_ids[0]");

    row("licence", "device_id", removed, "device_id");
    row("licence", "state", u"granted"_s, "state");
    row("licence", "requested", removed, "requested");
    row("licence", "expires", u"never"_s, "expires");
    row("licence", "granted_scopes", u"telemetry-upload"_s, "granted_scopes");
    row("licence", "requested_scopes[1]", 7, "requested_scopes[1]");
    row("licence", "requested_scopes[0]", tooLongName, "requested_scopes[0]");

    row("firmware", "signature_verified", removed, "signature_verified");
    row("firmware", "signature_verified", 1, "signature_verified");
    row("firmware", "signature_verified", u"true"_s, "signature_verified");
    row("firmware", "version", u""_s, "version");
    row("firmware", "fixes[0]", QJsonValue::Null, "fixes[0]");
    row("firmware", "released", 5, "released");
    row("firmware", "release_notes", tooLongText, "release_notes");

    row("campaign", "waves", removed, "waves");
    row("campaign", "waves", QJsonArray(), "waves");
    row("campaign", "waves", QJsonObject(), "waves");
    row("campaign", "waves[1]", 3, "waves[1]");
    row("campaign", "waves[2].percent", 0, "waves[2].percent");
    row("campaign", "waves[2].percent", 100.5, "waves[2].percent");
    row("campaign", "waves[0].percent", u"5"_s, "waves[0].percent");
    row("campaign", "waves[1].percent", 5, "waves[1].percent"); // not above the previous wave
    row("campaign", "waves[0].failure_threshold_percent", -1, "waves[0].failure_threshold_percent");
    row("campaign", "waves[0].failure_threshold_percent", 101, "waves[0].failure_threshold_percent");
    row("campaign", "waves[0].failure_threshold_percent", removed, "waves[0].failure_threshold_percent");
    row("campaign", "counts.failed", -1, "counts.failed");
    row("campaign", "counts.queued", 1.5, "counts.queued");
    row("campaign", "counts.bogus", 1, "counts.bogus");
    row("campaign", "counts", QJsonArray(), "counts");
    row("campaign", "state", u"pending"_s, "state");
    row("campaign", "current_wave", 4, "current_wave");
    row("campaign", "current_wave", -1, "current_wave");
    row("campaign", "wait_minutes_between_waves", -5, "wait_minutes_between_waves");
    row("campaign", "created", removed, "created");
    row("campaign", "created_by", u""_s, "created_by");
    row("campaign", "firmware_id", removed, "firmware_id");

    row("approval", "decided_by", u"alice"_s, "decided_by"); // the requester cannot approve
    row("approval", "decided_by", removed, "decided_by");    // approved needs a decider
    row("approval", "action", removed, "action");
    row("approval", "action", u"quarantine dev-1"_s, "action");
    row("approval", "kind", u"delete"_s, "kind");
    row("approval", "state", u"maybe"_s, "state");
    row("approval", "requested_by", u""_s, "requested_by");
    row("approval", "summary", removed, "summary");
    row("approval", "created", u""_s, "created");

    row("audit_entry", "index", -1, "index");
    row("audit_entry", "index", removed, "index");
    row("audit_entry", "actor", removed, "actor");
    row("audit_entry", "action", u""_s, "action");
    row("audit_entry", "time", removed, "time");
    row("audit_entry", "details", QJsonArray(), "details");
    row("audit_entry", "prev_hash", Hash1.toUpper(), "prev_hash");
    row("audit_entry", "prev_hash", removed, "prev_hash");
    row("audit_entry", "hash", Hash2.left(62), "hash");
    row("audit_entry", "hash", QString(Hash2.left(63) + u'g'), "hash");
    row("audit_entry", "hash", QString(Hash2 + u"00"_s), "hash");

    row("rule", "id", removed, "id");
    row("rule", "enabled", removed, "enabled");
    row("rule", "enabled", u"true"_s, "enabled");
    row("rule", "priority", -1, "priority");
    row("rule", "priority", 2000000, "priority");
    row("rule", "action", u"delete"_s, "action");
    row("rule", "condition", u""_s, "condition");
    row("rule", "quarantine_level", u"none"_s, "quarantine_level"); // quarantine action needs a level
    row("rule", "quarantine_level", removed, "quarantine_level");
    row("rule", "quarantine_level", u"shred"_s, "quarantine_level");
}

void TestDomainJson::rejectsBadInput()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    const Outcome outcome = runType(type, withPath(base(type), path, value));
    QVERIFY2(!outcome.ok, "accepted invalid input");
    QCOMPARE(outcome.error.field, field);
    QVERIFY2(outcome.error.message.startsWith(u"Field \""_s + field + u"\" "_s), qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.endsWith(u'.'), qPrintable(outcome.error.message));
}

void TestDomainJson::errorMessagesAreSentences_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("range") << u"device"_s << u"risk_score"_s << QJsonValue(140)
                           << u"Field \"risk_score\" must be an integer between 0 and 100 (got 140)."_s;
    QTest::newRow("fraction") << u"device"_s << u"risk_score"_s << QJsonValue(42.5)
                              << u"Field \"risk_score\" must be an integer between 0 and 100 (got 42.5)."_s;
    QTest::newRow("missing") << u"device"_s << u"id"_s << QJsonValue(QJsonValue::Undefined)
                             << u"Field \"id\" is required."_s;
    QTest::newRow("null is missing") << u"device"_s << u"id"_s << QJsonValue(QJsonValue::Null)
                                     << u"Field \"id\" is required."_s;
    QTest::newRow("type") << u"device"_s << u"capabilities.safety_critical"_s << QJsonValue(u"yes"_s)
                          << u"Field \"capabilities.safety_critical\" must be true or false (got \"yes\")."_s;
    QTest::newRow("enum") << u"link"_s << u"kind"_s << QJsonValue(u"mesh"_s)
                          << u"Field \"kind\" must be one of uplink, peer (got \"mesh\")."_s;
    QTest::newRow("seq") << u"threat_event"_s << u"seq"_s << QJsonValue(0)
                         << u"Field \"seq\" must be an integer of at least 1 (got 0)."_s;
    QTest::newRow("wave") << u"campaign"_s << u"waves[2].percent"_s << QJsonValue(0)
                          << u"Field \"waves[2].percent\" must be a number greater than 0 and at most 100 (got 0)."_s;
    QTest::newRow("empty") << u"gateway"_s << u"name"_s << QJsonValue(u""_s)
                           << u"Field \"name\" must not be empty."_s;
}

void TestDomainJson::errorMessagesAreSentences()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);

    const Outcome outcome = runType(type, withPath(base(type), path, value));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.message, message);
}

void TestDomainJson::readsDeviceFields()
{
    const Result<Device> device = Device::fromJson(base(u"device"_s));
    QVERIFY2(device.ok(), qPrintable(device.errorMessage()));
    QCOMPARE(device->id, u"dev-00042"_s);
    QCOMPARE(device->deviceClass, u"infusion_pump"_s);
    QCOMPARE(device->firmwareVersion, u"4.2.1"_s);
    QCOMPARE(device->ownerRef, u"owner-7"_s);
    QCOMPARE(device->notes, u"Replaced battery\nin 2025."_s);
    QCOMPARE(device->status, DeviceStatus::Degraded);
    QCOMPARE(device->riskScore, 73);
    QCOMPARE(device->lastSeen, T0);
    QCOMPARE(device->lastSeen.timeSpec(), Qt::UTC);
    QCOMPARE(device->capabilities.onlineUpdate, false);
    QCOMPARE(device->capabilities.needsMaintenanceWindow, true);
    QCOMPARE(device->capabilities.safetyCritical, true);
    QCOMPARE(device->quarantine, QuarantineLevel::Isolate);
    QCOMPARE(device->revision, Q_INT64_C(123456789012));
}

void TestDomainJson::readsCampaignWavesAndCounts()
{
    const Result<Campaign> campaign = Campaign::fromJson(base(u"campaign"_s));
    QVERIFY2(campaign.ok(), qPrintable(campaign.errorMessage()));
    QCOMPARE(campaign->waves.size(), 3);
    QCOMPARE(campaign->waves.at(1).percent, 25.5);
    QCOMPARE(campaign->waves.at(1).failureThresholdPercent, 5.0);
    QCOMPARE(campaign->waitMinutesBetweenWaves, 60);
    QCOMPARE(campaign->state, CampaignState::Running);
    QCOMPARE(campaign->currentWave, 1);
    QCOMPARE(campaign->counts.size(), 4);
    QCOMPARE(campaign->counts.value(DeviceUpdateState::Queued), 10);
    QCOMPARE(campaign->counts.value(DeviceUpdateState::NeedsPhysicalService), 2);
    QVERIFY(!campaign->counts.contains(DeviceUpdateState::Installing));
}

void TestDomainJson::readsIncidentNotesAndSeqs()
{
    const Result<Incident> incident = Incident::fromJson(base(u"incident"_s));
    QVERIFY2(incident.ok(), qPrintable(incident.errorMessage()));
    QCOMPARE(incident->eventSeqs, (QList<qint64>{1, 2, Q_INT64_C(9007199254740993)}));
    QCOMPARE(incident->deviceIds, (QStringList{u"dev-1"_s, u"dev-2"_s}));
    QCOMPARE(incident->notes.size(), 2);
    QCOMPARE(incident->notes.at(1).author, u"bob"_s);
    QCOMPARE(incident->notes.at(1).time, QDateTime(QDate(2026, 11, 25), QTime(10, 7, 30, 250), Qt::UTC));
    QCOMPARE(incident->severity, Severity::Major);
}

// Hand-built values with every member away from its default, so a member that toJson forgets fails the comparison.
void TestDomainJson::builtValuesRoundTrip()
{
    const QDateTime later = T0.addSecs(3600);
    const QDateTime offsetTime(QDate(2026, 11, 25), QTime(12, 0, 0, 5), Qt::OffsetFromUTC, 2 * 3600);

    const Site site{u"s"_s, u"Plant 7"_s, SiteKind::Factory, u"America/New_York"_s, u"Detroit"_s};
    QCOMPARE(Site::fromJson(site.toJson()).value(), site);

    const Gateway gateway{u"g"_s, u"s"_s, u"Gateway"_s, u"ot-vlan-5"_s};
    QCOMPARE(Gateway::fromJson(gateway.toJson()).value(), gateway);

    const Link link{u"a"_s, u"b"_s, LinkKind::Peer};
    QCOMPARE(Link::fromJson(link.toJson()).value(), link);

    Device device;
    device.id = u"d"_s;
    device.name = u"Camera"_s;
    device.deviceClass = u"ip_camera"_s;
    device.vendor = u"V"_s;
    device.model = u"M"_s;
    device.firmwareVersion = u"1.0"_s;
    device.siteId = u"s"_s;
    device.gatewayId = u"g"_s;
    device.segment = u"seg"_s;
    device.ownerRef = u"o"_s;
    device.location = u"Hall"_s;
    device.notes = u"note"_s;
    device.status = DeviceStatus::Disabled;
    device.riskScore = 99;
    device.lastSeen = offsetTime;
    device.capabilities = {false, true, true};
    device.quarantine = QuarantineLevel::RevokeCredentials;
    device.revision = std::numeric_limits<qint64>::max();
    const Result<Device> deviceBack = Device::fromJson(device.toJson());
    QVERIFY2(deviceBack.ok(), qPrintable(deviceBack.errorMessage()));
    QCOMPARE(deviceBack.value(), device);
    QCOMPARE(deviceBack->lastSeen.timeSpec(), Qt::UTC);

    const Owner owner{u"o"_s, u"Name"_s, u"a@b.c"_s, u"+1"_s};
    QCOMPARE(Owner::fromJson(owner.toJson()).value(), owner);

    const ThreatEvent event{42, T0, u"d"_s, ThreatType::Anomaly, Severity::Warning, u"1.2.3.4"_s, u"5.6.7.8"_s,
                            QJsonObject{{u"k"_s, QJsonArray{1, u"two"_s, true}}}};
    QCOMPARE(ThreatEvent::fromJson(event.toJson()).value(), event);

    const IncidentNote note{later, u"bob"_s, u"text"_s};
    QCOMPARE(IncidentNote::fromJson(note.toJson()).value(), note);

    const Incident incident{u"i"_s,        u"Title"_s,           ThreatType::Exfiltration, Severity::Critical,
                            IncidentState::Contained, u"alice"_s, u"s"_s, QStringList{u"d1"_s, u"d2"_s},
                            QList<qint64>{5, 6}, QList<IncidentNote>{note, note}, u"Fixed."_s, T0, later};
    QCOMPARE(Incident::fromJson(incident.toJson()).value(), incident);

    const Licence licence{u"l"_s, u"d"_s, QStringList{u"a"_s, u"b"_s}, QStringList{u"a"_s}, LicenceState::Revoked,
                          T0, later, u"bob"_s, u"Abuse."_s};
    QCOMPARE(Licence::fromJson(licence.toJson()).value(), licence);

    const Firmware firmware{u"f"_s, u"ip_camera"_s, u"2.0"_s, true, QStringList{u"CVE-1"_s},
                            QStringList{u"CVE-2"_s}, u"Notes"_s, T0};
    QCOMPARE(Firmware::fromJson(firmware.toJson()).value(), firmware);

    Campaign campaign;
    campaign.id = u"c"_s;
    campaign.name = u"Rollout"_s;
    campaign.firmwareId = u"f"_s;
    campaign.targetFilter = u"class:ip_camera"_s;
    campaign.waves = {{1.5, 0.5}, {33.3, 7.25}, {100.0, 0.0}};
    campaign.waitMinutesBetweenWaves = 30;
    campaign.state = CampaignState::Halted;
    campaign.currentWave = 2;
    campaign.haltReason = u"Too many failures."_s;
    campaign.createdBy = u"alice"_s;
    campaign.created = T0;
    campaign.counts = {{DeviceUpdateState::Failed, 7}, {DeviceUpdateState::WaitingForWindow, 0},
                       {DeviceUpdateState::Succeeded, 12345}};
    QCOMPARE(Campaign::fromJson(campaign.toJson()).value(), campaign);

    const Approval approval{u"a"_s, ApprovalKind::RuleChange, ApprovalState::Approved, u"Enable rule"_s,
                            QJsonObject{{u"rule_id"_s, u"r"_s}}, u"alice"_s, u"bob"_s, u"ok"_s, T0, later};
    QCOMPARE(Approval::fromJson(approval.toJson()).value(), approval);

    const AuditEntry entry{9, T0, u"rule:r1"_s, u"quarantine.apply"_s, u"d"_s, QJsonObject{{u"level"_s, 2}},
                           QByteArray(32, '\x01'), QByteArray(32, '\xfe')};
    QCOMPARE(AuditEntry::fromJson(entry.toJson()).value(), entry);

    const Rule rule{u"r"_s, u"Rule"_s, true, 5, u"severity >= MAJOR"_s, RuleActionKind::Quarantine,
                    QuarantineLevel::Disable, u"alice"_s};
    QCOMPARE(Rule::fromJson(rule.toJson()).value(), rule);
}

void TestDomainJson::optionalTimestampsAreOmitted()
{
    Device device = Device::fromJson(base(u"device"_s)).value();
    device.lastSeen = QDateTime();
    const QJsonObject json = device.toJson();
    QVERIFY(!json.contains(u"last_seen"_s));
    const Result<Device> back = Device::fromJson(json);
    QVERIFY(back.ok());
    QVERIFY(!back->lastSeen.isValid());

    Licence licence = Licence::fromJson(base(u"licence"_s)).value();
    licence.expires = QDateTime();
    QVERIFY(!licence.toJson().contains(u"expires"_s));

    // A required timestamp that is missing is written as null and therefore refused on the way back.
    ThreatEvent event = ThreatEvent::fromJson(base(u"threat_event"_s)).value();
    event.time = QDateTime();
    QVERIFY(event.toJson().value(u"time"_s).isNull());
    QCOMPARE(ThreatEvent::fromJson(event.toJson()).error().field, u"time"_s);
}

void TestDomainJson::timestampsAreWrittenInUtcWithMilliseconds()
{
    ThreatEvent event = ThreatEvent::fromJson(base(u"threat_event"_s)).value();
    event.time = QDateTime(QDate(2026, 11, 25), QTime(11, 30, 0, 7), Qt::OffsetFromUTC, 3600);
    QCOMPARE(event.toJson().value(u"time"_s).toString(), u"2026-11-25T10:30:00.007Z"_s);
    event.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(event.toJson().value(u"time"_s).toString(), u"2026-01-02T03:04:05.000Z"_s);
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
