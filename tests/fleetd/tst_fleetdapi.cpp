// The Fleet API endpoints of fleetd over real TLS: happy paths and main errors, paging and delta sync, four-eyes,
// audit chain and signed head, request limits, and simulator determinism (fleet-api.md §2-§6).

#include "FleetdTestClient.h"

#include "domain/Incident.h"
#include "domain/JsonReader.h"
#include "security/AuditChain.h"
#include "security/Ed25519Key.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

class TestFleetdApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void viewerReadsButCannotAct();
    void unknownPathsAndMethods();
    void pagingNeverRepeatsOrSkips();
    void pagingValidatesItsParameters_data();
    void pagingValidatesItsParameters();
    void deltaSyncReturnsChangesAndDeletions();
    void getDevice();
    void patchDevice();
    void patchDeviceRejectsBadBodies_data();
    void patchDeviceRejectsBadBodies();
    void disableAndEnable();
    void quarantineAndRelease();
    void quarantineExpires();
    void safetyCriticalQuarantineNeedsFourEyes();
    void approvalCanBeDenied();
    void eventsArePagedBySeq();
    void incidentsWorkflow();
    void licences();
    void rulesCrudAndDryRun();
    void auditChainVerifiesAndHeadIsSigned();
    void oversizedAndMalformedRequests();
    void enabledRulesActOnLiveEvents();
    void sameSeedServesIdenticalDevices();

private:
    QJsonObject firstDevice(const std::function<bool(const QJsonObject &)> &pred);

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QJsonArray m_devices;
};

void TestFleetdApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<FleetdInstanceInfo> info = m_runner.start(testConfig(m_dir.filePath(u"data"_s), 600));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    m_devices = m_client->all(u"/devices"_s, m_client->token(u"carol"_s), 5000);
    QCOMPARE(m_devices.size(), 600);
}

void TestFleetdApi::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

QJsonObject TestFleetdApi::firstDevice(const std::function<bool(const QJsonObject &)> &pred)
{
    for (const QJsonValue &value : std::as_const(m_devices)) {
        if (pred(value.toObject()))
            return value.toObject();
    }
    return {};
}

void TestFleetdApi::viewerReadsButCannotAct()
{
    const QByteArray viewer = m_client->token(u"carol"_s);
    for (const QString &path : {u"/sites"_s, u"/gateways"_s, u"/links"_s, u"/firmware"_s, u"/incidents"_s,
                                u"/licences"_s, u"/campaigns"_s, u"/approvals"_s, u"/rules"_s, u"/work-orders"_s,
                                u"/audit"_s, u"/audit/head"_s, u"/events?limit=5"_s}) {
        const Reply reply = m_client->get(path, viewer);
        QVERIFY2(reply.status == 200, qPrintable(path + u" -> "_s + QString::number(reply.status)));
    }
    const Reply owners = m_client->get(u"/owners"_s, viewer);
    QCOMPARE(owners.status, 403);
    QCOMPARE(owners.code(), u"forbidden"_s);
    const QString device = m_devices.at(0).toObject().value(u"id"_s).toString();
    const Reply quarantine = m_client->post(u"/devices/"_s + device + u"/quarantine"_s,
                                            QJsonObject{{u"level"_s, u"isolate"_s}, {u"reason"_s, u"x"_s}}, viewer);
    QCOMPARE(quarantine.status, 403);
}

void TestFleetdApi::unknownPathsAndMethods()
{
    const QByteArray token = m_client->token(u"alice"_s);
    Reply reply = m_client->get(u"/nothing-here"_s, token);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"not_found"_s);
    reply = m_client->raw("DELETE", u"/devices"_s, QByteArray(), token);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.code(), u"method_not_allowed"_s);
    reply = m_client->get(u"/devices/no-such-device"_s, token);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"not_found"_s);
    // Outside the API base path.
    QUrl outside = m_client->baseUrl();
    outside.setPath(u"/api/v2/devices"_s);
    FleetdTestClient other(outside, m_runner.info().caPem, m_runner.info().credentialsFile);
    QCOMPARE(other.raw("GET", QString(), QByteArray(), token).status, 404);
}

void TestFleetdApi::pagingNeverRepeatsOrSkips()
{
    const QByteArray token = m_client->token(u"alice"_s);
    QSet<QString> expected;
    for (const QJsonValue &device : std::as_const(m_devices))
        expected.insert(device.toObject().value(u"id"_s).toString());

    // Page with an odd size while devices change between pages; every id must come exactly once.
    QStringList seen;
    QString cursor;
    int page = 0;
    qint64 firstRevision = -1;
    do {
        QString path = u"/devices?limit=97"_s;
        if (!cursor.isEmpty())
            path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply reply = m_client->get(path, token);
        QCOMPARE(reply.status, 200);
        if (firstRevision < 0)
            firstRevision = reply.json.value(u"revision"_s).toInteger();
        QCOMPARE(reply.json.value(u"revision"_s).toInteger(), firstRevision); // the first page's revision
        QString previous = seen.isEmpty() ? QString() : seen.constLast();
        for (const QJsonValue &item : reply.items()) {
            const QString id = item.toObject().value(u"id"_s).toString();
            QVERIFY2(id > previous, qPrintable(id)); // ascending ids
            previous = id;
            seen.append(id);
        }
        // Change a device that was already served and one that is still to come.
        const QString served = seen.constFirst();
        const QString ahead = m_devices.at(std::min<qsizetype>(m_devices.size() - 1, seen.size() + 5))
                                  .toObject().value(u"id"_s).toString();
        for (const QString &id : {served, ahead}) {
            QCOMPARE(m_client->send("PATCH", u"/devices/"_s + id,
                                    QJsonObject{{u"notes"_s, u"page %1"_s.arg(page)}}, token).status,
                     200);
        }
        cursor = reply.json.value(u"next_cursor"_s).toString();
        ++page;
    } while (!cursor.isEmpty());
    QCOMPARE(page, 7); // 600 / 97, rounded up
    QCOMPARE(seen.size(), expected.size());
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()), expected);
}

void TestFleetdApi::pagingValidatesItsParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit zero") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit too big") << u"limit=5001"_s << u"limit"_s;
    QTest::newRow("limit text") << u"limit=ten"_s << u"limit"_s;
    QTest::newRow("bad cursor") << u"cursor=abc"_s << u"cursor"_s;
    QTest::newRow("negative since") << u"since=-4"_s << u"since"_s;
}

void TestFleetdApi::pagingValidatesItsParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Reply reply = m_client->get(u"/devices?"_s + query, m_client->token(u"carol"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"bad_request"_s);
    QCOMPARE(reply.field(), field);
}

void TestFleetdApi::deltaSyncReturnsChangesAndDeletions()
{
    const QByteArray admin = m_client->token(u"admin"_s);
    qint64 revision = 0;
    m_client->all(u"/devices"_s, admin, 5000, -1, &revision);
    QVERIFY(revision > 0);

    // Nothing changed yet (other than by this test): an empty delta.
    qint64 same = 0;
    const QJsonArray none = m_client->all(u"/devices"_s, admin, 1000, revision, &same);
    QVERIFY(none.isEmpty());
    QCOMPARE(same, revision);

    const QString id = m_devices.at(3).toObject().value(u"id"_s).toString();
    const Reply patched = m_client->send("PATCH", u"/devices/"_s + id, QJsonObject{{u"location"_s, u"Delta"_s}}, admin);
    QCOMPARE(patched.status, 200);
    const Reply created = m_client->post(
        u"/rules"_s,
        QJsonObject{{u"name"_s, u"temp"_s}, {u"enabled"_s, false}, {u"condition"_s, u"type:anomaly"_s},
                    {u"action"_s, u"notify"_s}},
        admin);
    QCOMPARE(created.status, 201);
    const QString ruleId = created.json.value(u"id"_s).toString();
    QCOMPARE(m_client->raw("DELETE", u"/rules/"_s + ruleId, QByteArray(), admin).status, 204);

    qint64 newRevision = 0;
    QStringList deletedDevices;
    const QJsonArray changed = m_client->all(u"/devices"_s, admin, 1000, revision, &newRevision, &deletedDevices);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(changed.at(0).toObject().value(u"location"_s).toString(), u"Delta"_s);
    QVERIFY(changed.at(0).toObject().value(u"revision"_s).toInteger() > revision);
    QVERIFY(deletedDevices.isEmpty());
    QVERIFY(newRevision > revision);

    QStringList deletedRules;
    const QJsonArray rules = m_client->all(u"/rules"_s, admin, 1000, revision, nullptr, &deletedRules);
    QVERIFY(rules.isEmpty());
    QCOMPARE(deletedRules, QStringList{ruleId});
    // A client that already has the newer revision sees the deletion no more.
    QStringList later;
    m_client->all(u"/rules"_s, admin, 1000, newRevision, nullptr, &later);
    QVERIFY(later.isEmpty());
}

void TestFleetdApi::getDevice()
{
    const QJsonObject device = m_devices.at(10).toObject();
    const Reply reply = m_client->get(u"/devices/"_s + device.value(u"id"_s).toString(), m_client->token(u"carol"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"id"_s), device.value(u"id"_s));
    QVERIFY(Device::fromJson(reply.json).ok());
}

void TestFleetdApi::patchDevice()
{
    const QByteArray token = m_client->token(u"alice"_s);
    const QString id = m_devices.at(20).toObject().value(u"id"_s).toString();
    const QString owner = m_client->all(u"/owners"_s, token, 5).at(1).toObject().value(u"ref"_s).toString();
    const Reply reply = m_client->send("PATCH", u"/devices/"_s + id,
                                       QJsonObject{{u"name"_s, u"Renamed"_s}, {u"location"_s, u"Ward 9"_s},
                                                   {u"notes"_s, u"checked"_s}, {u"owner_ref"_s, owner}},
                                       token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"name"_s).toString(), u"Renamed"_s);
    QCOMPARE(reply.json.value(u"location"_s).toString(), u"Ward 9"_s);
    QCOMPARE(reply.json.value(u"owner_ref"_s).toString(), owner);
    const Reply again = m_client->get(u"/devices/"_s + id, token);
    QCOMPARE(again.json.value(u"notes"_s).toString(), u"checked"_s);
    QCOMPARE(again.json.value(u"revision"_s), reply.json.value(u"revision"_s));
}

void TestFleetdApi::patchDeviceRejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown field") << QByteArray(R"({"nmae":"typo"})") << u"unknown_field"_s << u"nmae"_s;
    QTest::newRow("read-only field") << QByteArray(R"({"risk_score":0})") << u"unknown_field"_s << u"risk_score"_s;
    QTest::newRow("name is a number") << QByteArray(R"({"name":5})") << u"bad_request"_s << u"name"_s;
    QTest::newRow("empty name") << QByteArray(R"({"name":""})") << u"bad_request"_s << u"name"_s;
    QTest::newRow("unknown owner") << QByteArray(R"({"owner_ref":"own-999999"})") << u"bad_request"_s
                                   << u"owner_ref"_s;
    QTest::newRow("truncated json") << QByteArray(R"({"name":"x")") << u"bad_request"_s << QString();
}

void TestFleetdApi::patchDeviceRejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString id = m_devices.at(21).toObject().value(u"id"_s).toString();
    const Reply reply = m_client->raw("PATCH", u"/devices/"_s + id, body, m_client->token(u"alice"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
}

void TestFleetdApi::disableAndEnable()
{
    const QByteArray token = m_client->token(u"bob"_s);
    const QString id = m_devices.at(30).toObject().value(u"id"_s).toString();
    Reply reply = m_client->post(u"/devices/"_s + id + u"/disable"_s, QJsonObject{{u"reason"_s, u"stolen"_s}}, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status"_s).toString(), u"disabled"_s);
    reply = m_client->post(u"/devices/"_s + id + u"/disable"_s, QJsonObject{{u"reason"_s, u"again"_s}}, token);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.code(), u"conflict"_s);
    reply = m_client->post(u"/devices/"_s + id + u"/enable"_s, QJsonObject{}, token);
    QCOMPARE(reply.status, 400); // reason is required
    QCOMPARE(reply.field(), u"reason"_s);
    reply = m_client->post(u"/devices/"_s + id + u"/enable"_s, QJsonObject{{u"reason"_s, u"found"_s}}, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status"_s).toString(), u"online"_s);
}

void TestFleetdApi::quarantineAndRelease()
{
    const QByteArray token = m_client->token(u"alice"_s);
    const QJsonObject device = firstDevice([](const QJsonObject &d) {
        return !d.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool();
    });
    const QString id = device.value(u"id"_s).toString();
    Reply reply = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                                 QJsonObject{{u"level"_s, u"quarantine-all"_s}, {u"reason"_s, u"x"_s}}, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), u"level"_s);
    reply = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                           QJsonObject{{u"level"_s, u"isolate"_s}, {u"reason"_s, u"beaconing"_s},
                                       {u"expires"_s, u"2020-01-01T00:00:00.000Z"_s}},
                           token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), u"expires"_s);
    reply = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                           QJsonObject{{u"level"_s, u"isolate"_s}, {u"reason"_s, u"beaconing"_s}}, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"device"_s).toObject().value(u"quarantine"_s).toString(), u"isolate"_s);
    QCOMPARE(m_client->get(u"/devices/"_s + id, token).json.value(u"quarantine"_s).toString(), u"isolate"_s);

    reply = m_client->post(u"/devices/"_s + id + u"/release"_s, QJsonObject{{u"reason"_s, u"clean"_s}}, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"device"_s).toObject().value(u"quarantine"_s).toString(), u"none"_s);
    reply = m_client->post(u"/devices/"_s + id + u"/release"_s, QJsonObject{{u"reason"_s, u"again"_s}}, token);
    QCOMPARE(reply.status, 409);
    reply = m_client->post(u"/devices/no-such/quarantine"_s,
                           QJsonObject{{u"level"_s, u"isolate"_s}, {u"reason"_s, u"x"_s}}, token);
    QCOMPARE(reply.status, 404);
}

void TestFleetdApi::quarantineExpires()
{
    const QByteArray token = m_client->token(u"alice"_s);
    const QJsonObject device = firstDevice([](const QJsonObject &d) {
        return !d.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool()
            && d.value(u"id"_s).toString() > u"dev-000100"_s;
    });
    const QString id = device.value(u"id"_s).toString();
    const QString expires = toJsonTimestamp(QDateTime::currentDateTimeUtc().addMSecs(1500)).toString();
    const Reply reply = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                                       QJsonObject{{u"level"_s, u"disable"_s}, {u"reason"_s, u"short"_s},
                                                   {u"expires"_s, expires}},
                                       token);
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/devices/"_s + id, token).json.value(u"quarantine"_s).toString(),
                              u"none"_s, 8000);
    const Reply audit = m_client->get(u"/audit?limit=5000"_s, token);
    bool released = false;
    for (const QJsonValue &value : audit.items()) {
        const QJsonObject entry = value.toObject();
        released |= entry.value(u"action"_s) == u"device.release"_s && entry.value(u"target"_s) == id
            && entry.value(u"actor"_s) == u"system"_s;
    }
    QVERIFY(released);
}

void TestFleetdApi::safetyCriticalQuarantineNeedsFourEyes()
{
    const QJsonObject device = firstDevice([](const QJsonObject &d) {
        return d.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool();
    });
    QVERIFY2(!device.isEmpty(), "the test fleet has no safety-critical device");
    const QString id = device.value(u"id"_s).toString();
    const QByteArray alice = m_client->token(u"alice"_s);
    const QByteArray bob = m_client->token(u"bob"_s);

    const Reply held = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                                      QJsonObject{{u"level"_s, u"isolate"_s}, {u"reason"_s, u"suspicious"_s}}, alice);
    QCOMPARE(held.status, 202);
    const QJsonObject approval = held.json.value(u"approval"_s).toObject();
    QCOMPARE(approval.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(approval.value(u"kind"_s).toString(), u"quarantine"_s);
    QCOMPARE(approval.value(u"requested_by"_s).toString(), u"alice"_s);
    const QString approvalId = approval.value(u"id"_s).toString();
    // Not applied yet.
    QCOMPARE(m_client->get(u"/devices/"_s + id, alice).json.value(u"quarantine"_s).toString(), u"none"_s);

    const Reply self = m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s, QJsonObject{}, alice);
    QCOMPARE(self.status, 403);
    QCOMPARE(self.code(), u"self_approval"_s);
    const Reply viewer = m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s, QJsonObject{},
                                        m_client->token(u"carol"_s));
    QCOMPARE(viewer.status, 403);
    QCOMPARE(viewer.code(), u"forbidden"_s);

    const Reply approved = m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s,
                                          QJsonObject{{u"reason"_s, u"confirmed by phone"_s}}, bob);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json.value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(approved.json.value(u"decided_by"_s).toString(), u"bob"_s);
    QCOMPARE(m_client->get(u"/devices/"_s + id, alice).json.value(u"quarantine"_s).toString(), u"isolate"_s);

    const Reply twice = m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s, QJsonObject{},
                                       m_client->token(u"admin"_s));
    QCOMPARE(twice.status, 409);
    // The listing shows the decision.
    bool listed = false;
    for (const QJsonValue &value : m_client->all(u"/approvals"_s, alice)) {
        if (value.toObject().value(u"id"_s) == approvalId)
            listed = value.toObject().value(u"state"_s) == u"approved"_s;
    }
    QVERIFY(listed);
}

void TestFleetdApi::approvalCanBeDenied()
{
    QJsonObject device;
    int skip = 1; // the first safety-critical device is quarantined by the previous test
    for (const QJsonValue &value : std::as_const(m_devices)) {
        if (value.toObject().value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool() && skip-- <= 0) {
            device = value.toObject();
            break;
        }
    }
    QVERIFY(!device.isEmpty());
    const QString id = device.value(u"id"_s).toString();
    const Reply held = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                                      QJsonObject{{u"level"_s, u"disable"_s}, {u"reason"_s, u"maybe"_s}},
                                      m_client->token(u"bob"_s));
    QCOMPARE(held.status, 202);
    const QString approvalId = held.json.value(u"approval"_s).toObject().value(u"id"_s).toString();
    Reply denied = m_client->post(u"/approvals/"_s + approvalId + u"/deny"_s, QJsonObject{},
                                  m_client->token(u"alice"_s));
    QCOMPARE(denied.status, 400);
    QCOMPARE(denied.field(), u"reason"_s);
    denied = m_client->post(u"/approvals/"_s + approvalId + u"/deny"_s, QJsonObject{{u"reason"_s, u"false alarm"_s}},
                            m_client->token(u"alice"_s));
    QCOMPARE(denied.status, 200);
    QCOMPARE(denied.json.value(u"state"_s).toString(), u"denied"_s);
    QCOMPARE(m_client->get(u"/devices/"_s + id, m_client->token(u"alice"_s)).json.value(u"quarantine"_s).toString(),
             u"none"_s);
    QCOMPARE(m_client->post(u"/approvals/apr-999999/approve"_s, QJsonObject{}, m_client->token(u"alice"_s)).status,
             404);
}

void TestFleetdApi::eventsArePagedBySeq()
{
    const QByteArray token = m_client->token(u"carol"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->get(u"/info"_s, {}).json.value(u"last_seq"_s).toInteger() >= 30, 10000);
    const Reply first = m_client->get(u"/events?from_seq=1&limit=10"_s, token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.items().size(), 10);
    for (int i = 0; i < 10; ++i) {
        const QJsonObject event = first.items().at(i).toObject();
        QCOMPARE(event.value(u"seq"_s).toInteger(), i + 1);
        QVERIFY(ThreatEvent::fromJson(event).ok());
    }
    QVERIFY(first.json.value(u"last_seq"_s).toInteger() >= 30);
    const Reply next = m_client->get(u"/events?from_seq=11&limit=5"_s, token);
    QCOMPARE(next.items().at(0).toObject().value(u"seq"_s).toInteger(), 11);
    QCOMPARE(m_client->get(u"/events?from_seq=0"_s, token).status, 400);
}

void TestFleetdApi::incidentsWorkflow()
{
    const QByteArray alice = m_client->token(u"alice"_s);
    QJsonArray incidents;
    QTRY_VERIFY_WITH_TIMEOUT(!(incidents = m_client->all(u"/incidents"_s, alice)).isEmpty(), 20000);
    const QJsonObject incident = incidents.at(0).toObject();
    QVERIFY(Incident::fromJson(incident).ok());
    QVERIFY(!incident.value(u"event_seqs"_s).toArray().isEmpty());
    const QString id = incident.value(u"id"_s).toString();
    const QString base = u"/incidents/"_s + id;

    Reply reply = m_client->post(base + u"/acknowledge"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"acknowledged"_s);
    reply = m_client->post(base + u"/acknowledge"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 409);

    reply = m_client->post(base + u"/assign"_s, QJsonObject{{u"assignee"_s, u"nobody"_s}}, alice);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), u"assignee"_s);
    reply = m_client->post(base + u"/assign"_s, QJsonObject{{u"assignee"_s, u"bob"_s}}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"assignee"_s).toString(), u"bob"_s);

    const QString writtenAt = u"2026-01-05T09:30:00.000Z"_s;
    reply = m_client->post(base + u"/notes"_s, QJsonObject{{u"text"_s, u"seen offline"_s}, {u"written_at"_s, writtenAt}},
                           alice);
    QCOMPARE(reply.status, 200);
    const QJsonObject note = reply.json.value(u"notes"_s).toArray().last().toObject();
    QCOMPARE(note.value(u"text"_s).toString(), u"seen offline"_s);
    QCOMPARE(note.value(u"author"_s).toString(), u"alice"_s);
    QCOMPARE(note.value(u"time"_s).toString(), writtenAt);

    reply = m_client->post(base + u"/state"_s, QJsonObject{{u"state"_s, u"new"_s}}, alice);
    QCOMPARE(reply.status, 409); // backwards
    reply = m_client->post(base + u"/state"_s, QJsonObject{{u"state"_s, u"resolved"_s}}, alice);
    QCOMPARE(reply.status, 409); // resolving needs a note
    reply = m_client->post(base + u"/state"_s, QJsonObject{{u"state"_s, u"closed"_s}}, alice);
    QCOMPARE(reply.status, 400);
    reply = m_client->post(base + u"/state"_s, QJsonObject{{u"state"_s, u"resolved"_s}, {u"note"_s, u"patched"_s}},
                           alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"resolved"_s);
    QCOMPARE(reply.json.value(u"resolution"_s).toString(), u"patched"_s);
    QCOMPARE(m_client->post(u"/incidents/inc-0/acknowledge"_s, QJsonObject{}, alice).status, 404);
}

void TestFleetdApi::licences()
{
    const QByteArray alice = m_client->token(u"alice"_s);
    const QJsonArray licences = m_client->all(u"/licences"_s, alice);
    QVERIFY2(licences.size() >= 2, "the generated fleet has fewer than two licence requests");
    const QJsonObject first = licences.at(0).toObject();
    const QJsonObject second = licences.at(1).toObject();
    QCOMPARE(first.value(u"state"_s).toString(), u"requested"_s);
    const QJsonArray requested = first.value(u"requested_scopes"_s).toArray();
    QVERIFY(!requested.isEmpty());
    const QString path = u"/licences/"_s + first.value(u"id"_s).toString();

    Reply reply = m_client->post(path + u"/approve"_s, QJsonObject{{u"scopes"_s, QJsonArray{u"everything"_s}}}, alice);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), u"scopes"_s);
    reply = m_client->post(path + u"/approve"_s, QJsonObject{{u"scopes"_s, u"not-a-list"_s}}, alice);
    QCOMPARE(reply.status, 400);
    const QString expires = toJsonTimestamp(QDateTime::currentDateTimeUtc().addDays(30)).toString();
    reply = m_client->post(path + u"/approve"_s,
                           QJsonObject{{u"scopes"_s, QJsonArray{requested.at(0)}}, {u"expires"_s, expires}}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(reply.json.value(u"granted_scopes"_s).toArray(), QJsonArray{requested.at(0)});
    QCOMPARE(reply.json.value(u"decided_by"_s).toString(), u"alice"_s);
    reply = m_client->post(path + u"/deny"_s, QJsonObject{{u"reason"_s, u"late"_s}}, alice);
    QCOMPARE(reply.status, 409);
    reply = m_client->post(path + u"/revoke"_s, QJsonObject{{u"reason"_s, u"abused"_s}}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"revoked"_s);

    const QString secondPath = u"/licences/"_s + second.value(u"id"_s).toString();
    reply = m_client->post(secondPath + u"/revoke"_s, QJsonObject{{u"reason"_s, u"x"_s}}, alice);
    QCOMPARE(reply.status, 409); // not active
    reply = m_client->post(secondPath + u"/deny"_s, QJsonObject{{u"reason"_s, u"not needed"_s}}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"denied"_s);
    QCOMPARE(reply.json.value(u"reason"_s).toString(), u"not needed"_s);
}

void TestFleetdApi::rulesCrudAndDryRun()
{
    const QByteArray admin = m_client->token(u"admin"_s);
    const QJsonObject body{{u"name"_s, u"Scans"_s},       {u"enabled"_s, false},          {u"priority"_s, 5},
                           {u"condition"_s, u"type:port_scan"_s}, {u"action"_s, u"notify"_s}};
    Reply reply = m_client->post(u"/rules"_s, body, admin);
    QCOMPARE(reply.status, 201);
    const QString id = reply.json.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(reply.json.value(u"created_by"_s).toString(), u"admin"_s);

    QJsonObject bad = body;
    bad.insert(u"condition"_s, u"type:"_s);
    reply = m_client->post(u"/rules"_s, bad, admin);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), u"condition"_s);
    QJsonObject withId = body;
    withId.insert(u"id"_s, u"mine"_s);
    reply = m_client->post(u"/rules"_s, withId, admin);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"unknown_field"_s);
    QJsonObject quarantineWithoutLevel = body;
    quarantineWithoutLevel.insert(u"action"_s, u"quarantine"_s);
    QCOMPARE(m_client->post(u"/rules"_s, quarantineWithoutLevel, admin).status, 400);

    QJsonObject changed = body;
    changed.insert(u"name"_s, u"Scans (renamed)"_s);
    reply = m_client->send("PUT", u"/rules/"_s + id, changed, admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"name"_s).toString(), u"Scans (renamed)"_s);
    QCOMPARE(m_client->send("PUT", u"/rules/rule-9999"_s, changed, admin).status, 404);

    // Dry run over the history so far: every hit is a port scan event of the store.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->get(u"/info"_s, {}).json.value(u"last_seq"_s).toInteger() >= 100, 15000);
    reply = m_client->post(u"/rules/dry-run"_s, QJsonObject{{u"rule"_s, body}, {u"from_seq"_s, 1}},
                           m_client->token(u"carol"_s));
    QCOMPARE(reply.status, 200);
    const QJsonArray hits = reply.json.value(u"hits"_s).toArray();
    const Reply events = m_client->get(u"/events?from_seq=1&limit=5000"_s, admin);
    const qint64 to = reply.json.value(u"to_seq"_s).toInteger();
    int scans = 0;
    for (const QJsonValue &event : events.items()) {
        if (event.toObject().value(u"seq"_s).toInteger() <= to && event.toObject().value(u"type"_s) == u"port_scan"_s)
            ++scans;
    }
    QCOMPARE(hits.size(), scans);
    for (const QJsonValue &hit : hits)
        QCOMPARE(hit.toObject().value(u"action"_s).toString(), u"notify"_s);
    reply = m_client->post(u"/rules/dry-run"_s, QJsonObject{{u"rule"_s, bad}}, admin);
    QCOMPARE(reply.status, 400);
    reply = m_client->post(u"/rules/dry-run"_s, QJsonObject{{u"rule"_s, body}, {u"from_seq"_s, 9}, {u"to_seq"_s, 3}},
                           admin);
    QCOMPARE(reply.status, 400);

    QCOMPARE(m_client->raw("DELETE", u"/rules/"_s + id, QByteArray(), admin).status, 204);
    QCOMPARE(m_client->raw("DELETE", u"/rules/"_s + id, QByteArray(), admin).status, 404);
}

void TestFleetdApi::auditChainVerifiesAndHeadIsSigned()
{
    const QByteArray token = m_client->token(u"carol"_s);
    QList<AuditEntry> entries;
    qint64 from = 1;
    while (true) {
        const Reply page = m_client->get(u"/audit?from_index=%1&limit=50"_s.arg(from), token);
        QCOMPARE(page.status, 200);
        if (page.items().isEmpty())
            break;
        for (const QJsonValue &value : page.items()) {
            const Result<AuditEntry> entry = AuditEntry::fromJson(value.toObject());
            QVERIFY2(entry.ok(), qPrintable(entry.errorMessage()));
            entries.append(*entry);
        }
        from = entries.constLast().index + 1;
    }
    QVERIFY(entries.size() > 20);
    QCOMPARE(entries.constFirst().action, u"fleetd.initialise"_s);
    const AuditChain::Verification verification = AuditChain::verify(entries);
    QVERIFY2(verification.intact, qPrintable(verification.reason));
    // Operator actions of earlier tests are there, with their actors.
    bool sawApproval = false;
    for (const AuditEntry &entry : std::as_const(entries))
        sawApproval |= entry.action == u"approval.approve"_s && entry.actor == u"bob"_s;
    QVERIFY(sawApproval);

    const Reply head = m_client->get(u"/audit/head"_s, token);
    QCOMPARE(head.status, 200);
    const qint64 index = head.json.value(u"index"_s).toInteger();
    QVERIFY(index >= entries.constLast().index);
    const QString hash = head.json.value(u"hash"_s).toString();
    QCOMPARE(hash.size(), 64);
    const QByteArray message = QByteArray::number(index) + ':' + hash.toLatin1() + ':'
        + head.json.value(u"signed_at"_s).toString().toUtf8();
    const QByteArray signature = QByteArray::fromBase64(head.json.value(u"signature"_s).toString().toLatin1());
    const QByteArray publicKey =
        QByteArray::fromBase64(m_client->get(u"/info"_s, {}).json.value(u"audit_public_key"_s).toString().toLatin1());
    QVERIFY(Ed25519Key::verify(publicKey, message, signature));
    QVERIFY(!Ed25519Key::verify(publicKey, message + "x", signature));
    if (index == entries.constLast().index)
        QCOMPARE(hash, QString::fromLatin1(entries.constLast().hash.toHex()));
}

void TestFleetdApi::oversizedAndMalformedRequests()
{
    const QUrl base = m_client->baseUrl();
    const QByteArray ca = m_runner.info().caPem;
    const QByteArray host = "Host: 127.0.0.1\r\n";
    const QByteArray token = m_client->token(u"alice"_s);

    // Body over 1 MiB: refused from the announced length.
    QByteArray answer = rawExchange(base, ca,
                                    "POST /api/v1/session HTTP/1.1\r\n" + host
                                        + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{");
    QCOMPARE(rawStatus(answer), 413);
    QVERIFY(answer.contains("payload_too_large"));

    // A chunked body instead of a Content-Length.
    answer = rawExchange(base, ca, "POST /api/v1/session HTTP/1.1\r\n" + host
                                       + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QCOMPARE(rawStatus(answer), 411);
    QVERIFY(answer.contains("length_required"));
    // No body at all: an empty object, which lacks the required fields.
    answer = rawExchange(base, ca, "POST /api/v1/session HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
    QCOMPARE(rawStatus(answer), 400);

    // Headers over 16 KiB.
    answer = rawExchange(base, ca, "GET /api/v1/info HTTP/1.1\r\n" + host + "X-Filler: " + QByteArray(20000, 'a')
                                       + "\r\n\r\n");
    QCOMPARE(rawStatus(answer), 431);

    // Garbage instead of HTTP.
    answer = rawExchange(base, ca, "HELLO\r\n\r\n");
    QCOMPARE(rawStatus(answer), 400);

    // A large but allowed body that is not JSON is a bad request, not a crash.
    const Reply big = m_client->raw("PATCH", u"/devices/"_s + m_devices.at(0).toObject().value(u"id"_s).toString(),
                                    QByteArray(900 * 1024, 'x'), token);
    QCOMPARE(big.status, 400);
    QCOMPARE(big.code(), u"bad_request"_s);

    // The server is still fine.
    QCOMPARE(m_client->get(u"/info"_s, {}).status, 200);
    // Every response says no-store.
    answer = rawExchange(base, ca, "GET /api/v1/info HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
    QVERIFY(answer.toLower().contains("cache-control: no-store"));
}

void TestFleetdApi::enabledRulesActOnLiveEvents()
{
    const QByteArray admin = m_client->token(u"admin"_s);
    const auto create = [&](const QString &name, const QString &condition, const QString &action,
                            const QString &level) {
        QJsonObject rule{{u"name"_s, name}, {u"enabled"_s, true}, {u"condition"_s, condition}, {u"action"_s, action}};
        if (!level.isEmpty())
            rule.insert(u"quarantine_level"_s, level);
        const Reply reply = m_client->post(u"/rules"_s, rule, admin);
        if (reply.status != 201)
            qWarning() << reply.body;
        return reply.json.value(u"id"_s).toString();
    };
    const QString notify = create(u"Tell us"_s, u"severity>=WARNING"_s, u"notify"_s, {});
    const QString isolate = create(u"Isolate doors"_s, u"class:door_controller"_s, u"quarantine"_s, u"isolate"_s);
    const QString pumps = create(u"Pumps"_s, u"safety:yes"_s, u"quarantine"_s, u"disable"_s);
    QVERIFY(!notify.isEmpty() && !isolate.isEmpty() && !pumps.isEmpty());

    const auto audited = [&](const QString &action, const QString &actor) {
        for (const QJsonValue &value : m_client->get(u"/audit?limit=5000"_s, admin).items()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"action"_s).toString() == action && entry.value(u"actor"_s).toString() == actor)
                return entry;
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!audited(u"rule.notify"_s, u"rule:"_s + notify).isEmpty(), 15000);
    QJsonObject quarantined;
    QTRY_VERIFY_WITH_TIMEOUT(!(quarantined = audited(u"device.quarantine"_s, u"rule:"_s + isolate)).isEmpty(), 30000);
    const QJsonObject door = m_client->get(u"/devices/"_s + quarantined.value(u"target"_s).toString(), admin).json;
    QCOMPARE(door.value(u"device_class"_s).toString(), u"door_controller"_s);
    QCOMPARE(door.value(u"quarantine"_s).toString(), u"isolate"_s);

    // A rule never quarantines a safety-critical device by itself: it files an approval instead.
    const auto ruleApproval = [&] {
        for (const QJsonValue &value : m_client->all(u"/approvals"_s, admin)) {
            if (value.toObject().value(u"requested_by"_s).toString() == u"rule:"_s + pumps)
                return value.toObject();
        }
        return QJsonObject();
    };
    QJsonObject approval;
    QTRY_VERIFY_WITH_TIMEOUT(!(approval = ruleApproval()).isEmpty(), 30000);
    QCOMPARE(approval.value(u"state"_s).toString(), u"pending"_s);
    const QString pump = approval.value(u"action"_s).toObject().value(u"device_id"_s).toString();
    QCOMPARE(m_client->get(u"/devices/"_s + pump, admin).json.value(u"quarantine"_s).toString(), u"none"_s);

    for (const QString &id : {notify, isolate, pumps})
        QCOMPARE(m_client->raw("DELETE", u"/rules/"_s + id, QByteArray(), admin).status, 204);
}

void TestFleetdApi::sameSeedServesIdenticalDevices()
{
    QTemporaryDir first;
    QTemporaryDir second;
    FleetdRunner a;
    FleetdRunner b;
    const Result<FleetdInstanceInfo> infoA = a.start(testConfig(first.filePath(u"d"_s), 300, 42));
    const Result<FleetdInstanceInfo> infoB = b.start(testConfig(second.filePath(u"d"_s), 300, 42));
    QVERIFY(infoA.ok());
    QVERIFY(infoB.ok());
    FleetdTestClient clientA(infoA->baseUrl, infoA->caPem, infoA->credentialsFile);
    FleetdTestClient clientB(infoB->baseUrl, infoB->caPem, infoB->credentialsFile);
    const QJsonArray devicesA = clientA.all(u"/devices"_s, clientA.token(u"carol"_s), 5000);
    const QJsonArray devicesB = clientB.all(u"/devices"_s, clientB.token(u"carol"_s), 5000);
    QCOMPARE(devicesA.size(), 300);
    QCOMPARE(devicesA, devicesB);
    QCOMPARE(clientA.all(u"/links"_s, clientA.token(u"carol"_s), 5000),
             clientB.all(u"/links"_s, clientB.token(u"carol"_s), 5000));
    // A different seed gives a different fleet.
    QTemporaryDir third;
    FleetdRunner c;
    const Result<FleetdInstanceInfo> infoC = c.start(testConfig(third.filePath(u"d"_s), 300, 43));
    QVERIFY(infoC.ok());
    FleetdTestClient clientC(infoC->baseUrl, infoC->caPem, infoC->credentialsFile);
    QVERIFY(clientC.all(u"/devices"_s, clientC.token(u"carol"_s), 5000) != devicesA);
}

QTEST_GUILESS_MAIN(TestFleetdApi)
#include "tst_fleetdapi.moc"
