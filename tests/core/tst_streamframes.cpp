#include "fleet/StreamFrame.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warden;
using namespace Qt::StringLiterals;
using Type = StreamFrame::Type;
using ChangeKind = StreamFrame::ChangeKind;

namespace {

QJsonObject eventJson(qint64 seq, const QString &severity = u"MAJOR"_s)
{
    return QJsonObject{
        {u"seq"_s, seq},
        {u"time"_s, u"2026-11-25T10:00:00.123Z"_s},
        {u"device_id"_s, u"dev-000001"_s},
        {u"type"_s, u"port_scan"_s},
        {u"severity"_s, severity},
        {u"source"_s, u"10.0.0.9"_s},
        {u"destination"_s, u"dev-000001"_s},
        {u"details"_s, QJsonObject{{u"ports"_s, 1024}}},
    };
}

QJsonObject deviceJson(int riskScore = 40)
{
    return QJsonObject{
        {u"id"_s, u"dev-000001"_s},
        {u"name"_s, u"Infusion pump 1"_s},
        {u"device_class"_s, u"infusion_pump"_s},
        {u"vendor"_s, u"Acme"_s},
        {u"model"_s, u"P-100"_s},
        {u"firmware_version"_s, u"1.2.3"_s},
        {u"site_id"_s, u"site-01"_s},
        {u"gateway_id"_s, u"gw-01"_s},
        {u"segment"_s, u"clinical"_s},
        {u"owner_ref"_s, u"own-1"_s},
        {u"location"_s, u"Ward 3"_s},
        {u"notes"_s, u""_s},
        {u"status"_s, u"online"_s},
        {u"risk_score"_s, riskScore},
        {u"last_seen"_s, u"2026-11-25T09:59:00.000Z"_s},
        {u"capabilities"_s,
         QJsonObject{{u"online_update"_s, true}, {u"needs_maintenance_window"_s, true}, {u"safety_critical"_s, true}}},
        {u"quarantine"_s, u"none"_s},
        {u"revision"_s, 77},
    };
}

QJsonObject incidentJson()
{
    return QJsonObject{
        {u"id"_s, u"inc-1"_s},
        {u"title"_s, u"Port scan from 10.0.0.9"_s},
        {u"type"_s, u"port_scan"_s},
        {u"severity"_s, u"MAJOR"_s},
        {u"state"_s, u"new"_s},
        {u"site_id"_s, u"site-01"_s},
        {u"device_ids"_s, QJsonArray{u"dev-000001"_s}},
        {u"event_seqs"_s, QJsonArray{1, 2}},
        {u"notes"_s, QJsonArray{}},
        {u"opened"_s, u"2026-11-25T10:00:00.000Z"_s},
        {u"updated"_s, u"2026-11-25T10:00:00.000Z"_s},
    };
}

QJsonObject licenceJson()
{
    return QJsonObject{
        {u"id"_s, u"lic-1"_s},
        {u"device_id"_s, u"dev-000001"_s},
        {u"requested_scopes"_s, QJsonArray{u"telemetry-upload"_s}},
        {u"granted_scopes"_s, QJsonArray{}},
        {u"state"_s, u"requested"_s},
        {u"requested"_s, u"2026-11-25T10:00:00.000Z"_s},
    };
}

QJsonObject campaignJson()
{
    return QJsonObject{
        {u"id"_s, u"camp-1"_s},
        {u"name"_s, u"Pump firmware 1.3"_s},
        {u"firmware_id"_s, u"fw-1"_s},
        {u"target_filter"_s, u"class:infusion_pump"_s},
        {u"waves"_s, QJsonArray{QJsonObject{{u"percent"_s, 10}, {u"failure_threshold_percent"_s, 5}},
                                QJsonObject{{u"percent"_s, 100}, {u"failure_threshold_percent"_s, 5}}}},
        {u"wait_minutes_between_waves"_s, 30},
        {u"state"_s, u"running"_s},
        {u"current_wave"_s, 0},
        {u"created_by"_s, u"alice"_s},
        {u"created"_s, u"2026-11-25T10:00:00.000Z"_s},
        {u"counts"_s, QJsonObject{{u"queued"_s, 3}, {u"succeeded"_s, 1}}},
    };
}

QJsonObject approvalJson()
{
    return QJsonObject{
        {u"id"_s, u"apr-1"_s},
        {u"kind"_s, u"quarantine"_s},
        {u"state"_s, u"pending"_s},
        {u"summary"_s, u"Isolate pump 1"_s},
        {u"action"_s, QJsonObject{{u"level"_s, u"isolate"_s}}},
        {u"requested_by"_s, u"alice"_s},
        {u"created"_s, u"2026-11-25T10:00:00.000Z"_s},
    };
}

QJsonObject ruleJson()
{
    return QJsonObject{
        {u"id"_s, u"rule-1"_s},
        {u"name"_s, u"Isolate beacons"_s},
        {u"enabled"_s, true},
        {u"priority"_s, 10},
        {u"condition"_s, u"type == malware_beacon"_s},
        {u"action"_s, u"quarantine"_s},
        {u"quarantine_level"_s, u"isolate"_s},
        {u"created_by"_s, u"admin"_s},
    };
}

QJsonObject auditJson()
{
    return QJsonObject{
        {u"index"_s, 5},
        {u"time"_s, u"2026-11-25T10:00:00.000Z"_s},
        {u"actor"_s, u"alice"_s},
        {u"action"_s, u"quarantine.request"_s},
        {u"target"_s, u"dev-000001"_s},
        {u"details"_s, QJsonObject{}},
        {u"prev_hash"_s, QString(64, u'a')},
        {u"hash"_s, QString(64, u'b')},
    };
}

QByteArray frame(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray eventsFrame(qint64 first, int count)
{
    QJsonArray events;
    for (int i = 0; i < count; ++i)
        events.append(eventJson(first + i));
    return frame(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, events}});
}

QByteArray changeFrame(const char *kind, const QJsonObject &item)
{
    return frame(QJsonObject{
        {u"type"_s, u"change"_s}, {u"kind"_s, QString::fromLatin1(kind)}, {u"item"_s, item}, {u"revision"_s, 900}});
}

QList<ThreatEvent> events(qint64 first, int count)
{
    const Result<StreamFrame> parsed = StreamFrame::parse(eventsFrame(first, count));
    return parsed ? parsed.value().events : QList<ThreatEvent>();
}

} // namespace

class TestStreamFrames : public QObject {
    Q_OBJECT

private slots:
    void hello();
    void heartbeat();
    void errorFrames_data();
    void errorFrames();
    void eventsFrame();
    void changeFrames_data();
    void changeFrames();
    void tombstones_data();
    void tombstones();
    void deletedFalseIsAnUpsert();
    void unknownTypeAndKindAreIgnored();
    void malformed_data();
    void malformed();
    void oversizedFrameIsRefusedBeforeParsing();
    void tooManyEvents();
    void sequencerAcceptsContiguousFrames();
    void sequencerHello_data();
    void sequencerHello();
    void sequencerRejectsGapAndDuplicate_data();
    void sequencerRejectsGapAndDuplicate();
    void sequencerHeartbeat();
};

void TestStreamFrames::hello()
{
    const Result<StreamFrame> parsed =
        StreamFrame::parse(R"({"type":"hello","last_seq":1234,"from_seq":1200,"revision":567,"extra":true})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->type, Type::Hello);
    QCOMPARE(parsed->lastSeq, 1234);
    QCOMPARE(parsed->fromSeq, 1200);
    QCOMPARE(parsed->revision, 567);
}

void TestStreamFrames::heartbeat()
{
    const Result<StreamFrame> parsed =
        StreamFrame::parse(R"({"type":"heartbeat","last_seq":42,"time":"2026-11-25T10:00:05.000Z"})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->type, Type::Heartbeat);
    QCOMPARE(parsed->lastSeq, 42);
    QCOMPARE(parsed->time, QDateTime(QDate(2026, 11, 25), QTime(10, 0, 5), Qt::UTC));
}

void TestStreamFrames::errorFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("oldest");
    QTest::newRow("seq too old") << QByteArray(
                                        R"({"type":"error","code":"seq_too_old","message":"Gone.","oldest_seq":500})")
                                 << u"seq_too_old"_s << qint64(500);
    QTest::newRow("token expired") << QByteArray(R"({"type":"error","code":"token_expired","message":"Log in."})")
                                   << u"token_expired"_s << qint64(0);
    QTest::newRow("no message") << QByteArray(R"({"type":"error","code":"internal"})") << u"internal"_s << qint64(0);
}

void TestStreamFrames::errorFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(qint64, oldest);
    const Result<StreamFrame> parsed = StreamFrame::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->type, Type::Error);
    QCOMPARE(parsed->code, code);
    QCOMPARE(parsed->oldestSeq, oldest);
}

void TestStreamFrames::eventsFrame()
{
    const Result<StreamFrame> parsed = StreamFrame::parse(::eventsFrame(10, 3));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->type, Type::Events);
    QCOMPARE(parsed->events.size(), 3);
    QCOMPARE(parsed->events.at(0).seq, 10);
    QCOMPARE(parsed->events.at(2).seq, 12);
    QCOMPARE(toString(parsed->events.at(1).severity), toString(Severity::Major));
    QCOMPARE(parsed->events.at(1).details.value(u"ports"_s).toInt(), 1024);
    QCOMPARE(parsed->events.at(0).time, QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 123), Qt::UTC));
}

void TestStreamFrames::changeFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ChangeKind>("kind");
    QTest::newRow("device") << changeFrame("device", deviceJson()) << ChangeKind::Device;
    QTest::newRow("incident") << changeFrame("incident", incidentJson()) << ChangeKind::Incident;
    QTest::newRow("licence") << changeFrame("licence", licenceJson()) << ChangeKind::Licence;
    QTest::newRow("campaign") << changeFrame("campaign", campaignJson()) << ChangeKind::Campaign;
    QTest::newRow("approval") << changeFrame("approval", approvalJson()) << ChangeKind::Approval;
    QTest::newRow("rule") << changeFrame("rule", ruleJson()) << ChangeKind::Rule;
    QTest::newRow("audit") << changeFrame("audit", auditJson()) << ChangeKind::Audit;
}

void TestStreamFrames::changeFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ChangeKind, kind);
    const Result<StreamFrame> parsed = StreamFrame::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->type, Type::Change);
    QCOMPARE(toString(parsed->changeKind), toString(kind));
    QCOMPARE(parsed->revision, 900);
    const CacheBatch &batch = parsed->change;
    QCOMPARE(batch.devices.size(), kind == ChangeKind::Device ? 1 : 0);
    QCOMPARE(batch.incidents.size(), kind == ChangeKind::Incident ? 1 : 0);
    QCOMPARE(batch.licences.size(), kind == ChangeKind::Licence ? 1 : 0);
    QCOMPARE(batch.campaigns.size(), kind == ChangeKind::Campaign ? 1 : 0);
    QCOMPARE(batch.approvals.size(), kind == ChangeKind::Approval ? 1 : 0);
    QCOMPARE(batch.rules.size(), kind == ChangeKind::Rule ? 1 : 0);
    QCOMPARE(batch.backendAudit.size(), kind == ChangeKind::Audit ? 1 : 0);
    QVERIFY(batch.events.isEmpty());
    QCOMPARE(batch.lastSeq, 0); // a change never moves the stream position
    if (kind == ChangeKind::Device) {
        QCOMPARE(batch.devices.first().riskScore, 40);
        QVERIFY(batch.devices.first().capabilities.safetyCritical);
    }
}

void TestStreamFrames::tombstones_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<ChangeKind>("expected");
    QTest::newRow("device") << QByteArray("device") << ChangeKind::Device;
    QTest::newRow("incident") << QByteArray("incident") << ChangeKind::Incident;
    QTest::newRow("licence") << QByteArray("licence") << ChangeKind::Licence;
    QTest::newRow("campaign") << QByteArray("campaign") << ChangeKind::Campaign;
    QTest::newRow("approval") << QByteArray("approval") << ChangeKind::Approval;
    QTest::newRow("rule") << QByteArray("rule") << ChangeKind::Rule;
    QTest::newRow("join_request") << QByteArray("join_request") << ChangeKind::JoinRequest;
    QTest::newRow("credential") << QByteArray("credential") << ChangeKind::Credential;
}

// fleet-api.md §7: {"id", "deleted": true} in place of the item deletes the object of that kind, and nothing else.
void TestStreamFrames::tombstones()
{
    QFETCH(QByteArray, kind);
    QFETCH(ChangeKind, expected);
    const Result<StreamFrame> parsed = StreamFrame::parse(
        changeFrame(kind.constData(), QJsonObject{{u"id"_s, u"gone-1"_s}, {u"deleted"_s, true}}));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->type, Type::Change);
    QCOMPARE(toString(parsed->changeKind), toString(expected));
    QCOMPARE(parsed->revision, 900);
    const CacheBatch &batch = parsed->change;
    QVERIFY(!batch.isEmpty());
    const QStringList gone{u"gone-1"_s};
    const auto deletedOf = [&](ChangeKind k) { return k == expected ? gone : QStringList(); };
    QCOMPARE(batch.deletedDeviceIds, deletedOf(ChangeKind::Device));
    QCOMPARE(batch.deletedIncidentIds, deletedOf(ChangeKind::Incident));
    QCOMPARE(batch.deletedLicenceIds, deletedOf(ChangeKind::Licence));
    QCOMPARE(batch.deletedCampaignIds, deletedOf(ChangeKind::Campaign));
    QCOMPARE(batch.deletedApprovalIds, deletedOf(ChangeKind::Approval));
    QCOMPARE(batch.deletedRuleIds, deletedOf(ChangeKind::Rule));
    QCOMPARE(batch.deletedJoinRequestIds, deletedOf(ChangeKind::JoinRequest));
    QCOMPARE(batch.deletedCredentialIds, deletedOf(ChangeKind::Credential));
    // A tombstone upserts nothing.
    QVERIFY(batch.devices.isEmpty() && batch.incidents.isEmpty() && batch.licences.isEmpty());
    QVERIFY(batch.campaigns.isEmpty() && batch.approvals.isEmpty() && batch.rules.isEmpty());
    QVERIFY(batch.joinRequests.isEmpty() && batch.credentials.isEmpty() && batch.backendAudit.isEmpty());
}

void TestStreamFrames::deletedFalseIsAnUpsert()
{
    QJsonObject rule = ruleJson();
    rule.insert(u"deleted"_s, false);
    const Result<StreamFrame> parsed = StreamFrame::parse(changeFrame("rule", rule));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->change.rules.size(), 1);
    QVERIFY(parsed->change.deletedRuleIds.isEmpty());

    // A newer backend's kind may be deleted too: ignored like its upserts.
    const Result<StreamFrame> unknown =
        StreamFrame::parse(changeFrame("site", QJsonObject{{u"id"_s, u"s"_s}, {u"deleted"_s, true}}));
    QVERIFY2(unknown.ok(), qPrintable(unknown.errorMessage()));
    QVERIFY(unknown->change.isEmpty());
}

void TestStreamFrames::unknownTypeAndKindAreIgnored()
{
    const Result<StreamFrame> type = StreamFrame::parse(R"({"type":"telemetry","value":3})");
    QVERIFY(type.ok());
    QCOMPARE(type->type, Type::Unknown);
    QCOMPARE(type->typeName, u"telemetry"_s);

    const Result<StreamFrame> kind = StreamFrame::parse(changeFrame("site", QJsonObject{{u"id"_s, u"s"_s}}));
    QVERIFY2(kind.ok(), qPrintable(kind.errorMessage()));
    QCOMPARE(toString(kind->changeKind), toString(ChangeKind::Unknown));
    QCOMPARE(kind->changeKindName, u"site"_s);
    QVERIFY(kind->change.isEmpty());
}

void TestStreamFrames::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field"); // expected Error::field ("" when the frame as a whole is wrong)

    QJsonArray badSeverity{eventJson(1), eventJson(2, u"major"_s)};
    QJsonArray gap{eventJson(1), eventJson(2), eventJson(4)};
    QJsonArray descending{eventJson(5), eventJson(4)};
    QJsonArray repeated{eventJson(5), eventJson(5)};
    QJsonArray notObject{eventJson(1), 7};
    QJsonObject eventWithoutSeq = eventJson(1);
    eventWithoutSeq.remove(u"seq"_s);

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("not json") << QByteArray("hello") << QString();
    QTest::newRow("truncated") << QByteArray(R"({"type":"hello","last_se)") << QString();
    QTest::newRow("array") << QByteArray(R"([{"type":"hello"}])") << QString();
    QTest::newRow("invalid utf8 json") << QByteArray("{\"type\":\"he\xff\xfello\"}") << QString();
    QTest::newRow("no type") << QByteArray(R"({"last_seq":1})") << u"type"_s;
    QTest::newRow("type number") << QByteArray(R"({"type":1})") << u"type"_s;
    QTest::newRow("hello without last_seq")
        << QByteArray(R"({"type":"hello","from_seq":1,"revision":1})") << u"last_seq"_s;
    QTest::newRow("hello from_seq zero") << QByteArray(R"({"type":"hello","last_seq":0,"from_seq":0,"revision":1})")
                                         << u"from_seq"_s;
    QTest::newRow("hello seq as string") << QByteArray(R"({"type":"hello","last_seq":"5","from_seq":1,"revision":1})")
                                         << u"last_seq"_s;
    QTest::newRow("hello fractional") << QByteArray(R"({"type":"hello","last_seq":5.5,"from_seq":1,"revision":1})")
                                      << u"last_seq"_s;
    QTest::newRow("events missing") << QByteArray(R"({"type":"events"})") << u"events"_s;
    QTest::newRow("events not array") << QByteArray(R"({"type":"events","events":{}})") << u"events"_s;
    QTest::newRow("event not object") << frame(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, notObject}})
                                      << u"events[1]"_s;
    QTest::newRow("event bad severity") << frame(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, badSeverity}})
                                        << u"events[1].severity"_s;
    QTest::newRow("event without seq") << frame(QJsonObject{{u"type"_s, u"events"_s},
                                                            {u"events"_s, QJsonArray{eventWithoutSeq}}})
                                       << u"events[0].seq"_s;
    QTest::newRow("gap inside frame") << frame(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, gap}})
                                      << u"events[2].seq"_s;
    QTest::newRow("descending") << frame(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, descending}})
                                << u"events[1].seq"_s;
    QTest::newRow("duplicate inside frame")
        << frame(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, repeated}}) << u"events[1].seq"_s;
    QTest::newRow("change without item") << QByteArray(R"({"type":"change","kind":"device","revision":3})")
                                         << u"item"_s;
    QTest::newRow("change without kind")
        << frame(QJsonObject{{u"type"_s, u"change"_s}, {u"item"_s, deviceJson()}, {u"revision"_s, 1}}) << u"kind"_s;
    QTest::newRow("change item invalid") << changeFrame("device", deviceJson(101)) << u"item.risk_score"_s;
    QTest::newRow("change item of other kind") << changeFrame("incident", deviceJson()) << u"item.title"_s;
    QTest::newRow("tombstone without id") << changeFrame("rule", QJsonObject{{u"deleted"_s, true}}) << u"item.id"_s;
    QTest::newRow("tombstone id empty")
        << changeFrame("rule", QJsonObject{{u"id"_s, u""_s}, {u"deleted"_s, true}}) << u"item.id"_s;
    QTest::newRow("tombstone deleted not bool")
        << changeFrame("rule", QJsonObject{{u"id"_s, u"r1"_s}, {u"deleted"_s, u"yes"_s}}) << u"item.deleted"_s;
    QTest::newRow("tombstone of an audit entry")
        << changeFrame("audit", QJsonObject{{u"id"_s, u"7"_s}, {u"deleted"_s, true}}) << u"item.deleted"_s;
    QTest::newRow("heartbeat bad time") << QByteArray(R"({"type":"heartbeat","last_seq":1,"time":"yesterday"})")
                                        << u"time"_s;
    QTest::newRow("error without code") << QByteArray(R"({"type":"error","message":"x"})") << u"code"_s;
    QTest::newRow("error negative oldest")
        << QByteArray(R"({"type":"error","code":"seq_too_old","oldest_seq":-1})") << u"oldest_seq"_s;
}

void TestStreamFrames::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const Result<StreamFrame> parsed = StreamFrame::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, field);
    QVERIFY(parsed.errorMessage().startsWith(u"Stream frame rejected: "_s));
    if (!field.isEmpty())
        QVERIFY2(parsed.errorMessage().contains(field), qPrintable(parsed.errorMessage()));
}

void TestStreamFrames::oversizedFrameIsRefusedBeforeParsing()
{
    const QByteArray big = ::eventsFrame(1, 50);
    QVERIFY(StreamFrame::parse(big, big.size()).ok());
    const Result<StreamFrame> parsed = StreamFrame::parse(big, big.size() - 1);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorMessage().contains(u"larger than"_s), qPrintable(parsed.errorMessage()));
}

void TestStreamFrames::tooManyEvents()
{
    QByteArray bytes = R"({"type":"events","events":[)";
    for (qsizetype i = 0; i <= StreamFrame::MaxEventsPerFrame; ++i)
        bytes += i == 0 ? "{}" : ",{}";
    bytes += "]}";
    const Result<StreamFrame> parsed = StreamFrame::parse(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, u"events"_s);
    QVERIFY(parsed.errorMessage().contains(u"at most"_s));
}

void TestStreamFrames::sequencerAcceptsContiguousFrames()
{
    StreamSequencer sequencer(100);
    QCOMPARE(sequencer.nextExpected(), 101);
    QVERIFY(sequencer.acceptEvents(events(101, 5)).ok());
    QCOMPARE(sequencer.nextExpected(), 106);
    QVERIFY(sequencer.acceptEvents(events(106, 1)).ok());
    QVERIFY(sequencer.acceptEvents({}).ok());
    QCOMPARE(sequencer.nextExpected(), 107);
    sequencer.reset(0);
    QCOMPARE(sequencer.nextExpected(), 1);
    sequencer.reset(-5);
    QCOMPARE(sequencer.nextExpected(), 1);
}

void TestStreamFrames::sequencerHello_data()
{
    QTest::addColumn<qint64>("lastCommitted");
    QTest::addColumn<qint64>("fromSeq");
    QTest::addColumn<qint64>("serverLast");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("resume exactly") << qint64(10) << qint64(11) << qint64(50) << true;
    QTest::newRow("resume at head") << qint64(50) << qint64(51) << qint64(50) << true;
    QTest::newRow("fresh cache") << qint64(0) << qint64(1) << qint64(0) << true;
    QTest::newRow("server skips ahead") << qint64(10) << qint64(12) << qint64(50) << false;
    QTest::newRow("server repeats") << qint64(10) << qint64(10) << qint64(50) << false;
    QTest::newRow("server behind cache") << qint64(60) << qint64(61) << qint64(50) << false;
}

void TestStreamFrames::sequencerHello()
{
    QFETCH(qint64, lastCommitted);
    QFETCH(qint64, fromSeq);
    QFETCH(qint64, serverLast);
    QFETCH(bool, accepted);
    StreamSequencer sequencer(lastCommitted);
    StreamFrame hello;
    hello.type = Type::Hello;
    hello.fromSeq = fromSeq;
    hello.lastSeq = serverLast;
    const Status status = sequencer.acceptHello(hello);
    QCOMPARE(status.ok(), accepted);
    if (!accepted)
        QVERIFY(!status.errorMessage().isEmpty());
}

void TestStreamFrames::sequencerRejectsGapAndDuplicate_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("words");
    QTest::newRow("gap") << qint64(108) << 2 << u"missing"_s;
    QTest::newRow("duplicate of last") << qint64(105) << 1 << u"twice"_s;
    QTest::newRow("overlap") << qint64(104) << 5 << u"twice"_s;
    QTest::newRow("replay from start") << qint64(101) << 5 << u"twice"_s;
}

void TestStreamFrames::sequencerRejectsGapAndDuplicate()
{
    QFETCH(qint64, first);
    QFETCH(int, count);
    QFETCH(QString, words);
    StreamSequencer sequencer(100);
    QVERIFY(sequencer.acceptEvents(events(101, 5)).ok());
    const Status status = sequencer.acceptEvents(events(first, count));
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(words), qPrintable(status.errorMessage()));
    QCOMPARE(sequencer.nextExpected(), 106); // a rejected frame does not move the position
}

void TestStreamFrames::sequencerHeartbeat()
{
    StreamSequencer sequencer(0);
    QVERIFY(sequencer.acceptEvents(events(1, 10)).ok());
    StreamFrame heartbeat;
    heartbeat.type = Type::Heartbeat;
    heartbeat.lastSeq = 10;
    QVERIFY(sequencer.acceptHeartbeat(heartbeat).ok());
    heartbeat.lastSeq = 25; // events still in flight
    QVERIFY(sequencer.acceptHeartbeat(heartbeat).ok());
    heartbeat.lastSeq = 9;
    QVERIFY(!sequencer.acceptHeartbeat(heartbeat).ok());
}

QTEST_GUILESS_MAIN(TestStreamFrames)
#include "tst_streamframes.moc"
