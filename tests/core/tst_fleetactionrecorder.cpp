// How operator actions reach the audit: every state-changing request is named like the backend names it, secrets in
// its fields are redacted, and FleetApiClient reports each one to its recorder (or refuses to send it) without a
// server; reads are not reported.
#include "fleet/FleetActionRecorder.h"
#include "fleet/FleetApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

class RecordingRecorder final : public FleetActionRecorder {
public:
    struct Answer {
        qint64 handle;
        QString outcome;
        QString message;
    };
    qint64 nextHandle = 1; // -1: refuse
    QList<FleetAction> sent;
    QList<Answer> answers;

    qint64 actionSent(const FleetAction &action) override
    {
        sent.append(action);
        return nextHandle < 0 ? -1 : nextHandle++;
    }
    void actionAnswered(qint64 handle, const QString &outcome, const QString &message) override
    {
        answers.append(Answer{handle, outcome, message});
    }
};

ConnectionProfile unreachableProfile()
{
    ConnectionProfile profile;
    profile.name = u"nowhere"_s;
    profile.baseUrl = QUrl(u"https://127.0.0.1:9"_s);
    profile.userName = u"carol"_s;
    return profile;
}

} // namespace

class TestFleetActionRecorder : public QObject {
    Q_OBJECT
private slots:
    void describe_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("target");

        QTest::newRow("quarantine") << QByteArray("POST") << u"/devices/dev-1/quarantine"_s
                                    << QByteArray(R"({"level":"isolate","reason":"r"})") << u"device.quarantine"_s
                                    << u"dev-1"_s;
        QTest::newRow("release") << QByteArray("POST") << u"/devices/dev-1/release"_s << QByteArray("{}")
                                 << u"device.release"_s << u"dev-1"_s;
        QTest::newRow("patch device") << QByteArray("PATCH") << u"/devices/dev-2"_s
                                      << QByteArray(R"({"location":"x"})") << u"device.update"_s << u"dev-2"_s;
        QTest::newRow("create device") << QByteArray("POST") << u"/devices"_s
                                       << QByteArray(R"({"id":"dev-9","name":"Pump 9"})") << u"device.create"_s
                                       << u"dev-9"_s;
        QTest::newRow("licence approve") << QByteArray("POST") << u"/licences/lic-1/approve"_s
                                         << QByteArray(R"({"scopes":["a"]})") << u"licence.approve"_s << u"lic-1"_s;
        QTest::newRow("approval deny") << QByteArray("POST") << u"/approvals/apr-3/deny"_s << QByteArray("{}")
                                       << u"approval.deny"_s << u"apr-3"_s;
        QTest::newRow("campaign create") << QByteArray("POST") << u"/campaigns"_s
                                         << QByteArray(R"({"name":"Spring fix","firmware_id":"fw-1"})")
                                         << u"campaign.create"_s << u"Spring fix"_s;
        QTest::newRow("campaign pause") << QByteArray("POST") << u"/campaigns/cmp-1/pause"_s << QByteArray("{}")
                                        << u"campaign.pause"_s << u"cmp-1"_s;
        QTest::newRow("work order") << QByteArray("POST") << u"/work-orders/dev-4/complete"_s
                                    << QByteArray(R"({"firmware_version":"2.0"})") << u"workorder.complete"_s
                                    << u"dev-4"_s;
        QTest::newRow("incident note") << QByteArray("POST") << u"/incidents/inc-1/notes"_s
                                       << QByteArray(R"({"text":"t"})") << u"incident.note"_s << u"inc-1"_s;
        QTest::newRow("incident state") << QByteArray("POST") << u"/incidents/inc-1/state"_s << QByteArray("{}")
                                        << u"incident.state"_s << u"inc-1"_s;
        QTest::newRow("rule update") << QByteArray("PUT") << u"/rules/rule-1"_s << QByteArray("{}")
                                     << u"rule.update"_s << u"rule-1"_s;
        QTest::newRow("rule delete") << QByteArray("DELETE") << u"/rules/rule-1"_s << QByteArray()
                                     << u"rule.delete"_s << u"rule-1"_s;
        QTest::newRow("unknown endpoint") << QByteArray("POST") << u"/identities/id-7/reset-totp"_s
                                          << QByteArray("{}") << u"identity.reset_totp"_s << u"id-7"_s;
        QTest::newRow("verb on a collection") << QByteArray("POST") << u"/credentials/rotate"_s
                                              << QByteArray(R"({"device_ids":["d1"]})") << u"credential.rotate"_s
                                              << QString();
        QTest::newRow("encoded id") << QByteArray("POST") << u"/devices/dev%2F1/disable"_s << QByteArray("{}")
                                    << u"device.disable"_s << u"dev/1"_s;
    }

    void describe()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, action);
        QFETCH(QString, target);
        const FleetAction described = FleetAction::describe(method, path, body, u"alice"_s);
        QCOMPARE(described.action, action);
        QCOMPARE(described.target, target);
        QCOMPARE(described.actor, u"alice"_s);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        QCOMPARE(described.details, document.isObject() ? document.object() : QJsonObject());
    }

    void redactsSecrets()
    {
        const QJsonObject details{{u"user"_s, u"bob"_s},
                                  {u"password"_s, u"hunter2"_s},
                                  {u"new_totp_secret"_s, u"JBSWY3DPEHPK3PXP"_s},
                                  {u"nested"_s, QJsonObject{{u"api_token"_s, u"abc"_s}, {u"reason"_s, u"ok"_s}}},
                                  {u"list"_s, QJsonArray{QJsonObject{{u"private_key_passphrase"_s, u"p"_s}}}}};
        const QJsonObject redacted = FleetAction::redactSecrets(details);
        QCOMPARE(redacted.value(u"user"_s).toString(), u"bob"_s);
        QCOMPARE(redacted.value(u"password"_s).toString(), u"[redacted]"_s);
        QCOMPARE(redacted.value(u"new_totp_secret"_s).toString(), u"[redacted]"_s);
        QCOMPARE(redacted.value(u"nested"_s).toObject().value(u"api_token"_s).toString(), u"[redacted]"_s);
        QCOMPARE(redacted.value(u"nested"_s).toObject().value(u"reason"_s).toString(), u"ok"_s);
        QCOMPARE(redacted.value(u"list"_s).toArray().at(0).toObject().value(u"private_key_passphrase"_s).toString(),
                 u"[redacted]"_s);
        const QByteArray json = QJsonDocument(redacted).toJson();
        QVERIFY(!json.contains("hunter2") && !json.contains("JBSWY3DP") && !json.contains("\"abc\""));
    }

    // Not logged in: the action is still recorded as attempted, then as failed, and the caller hears the same.
    void actionWithoutSessionIsRecordedAsFailed()
    {
        FleetApiClient client(unreachableProfile(), TlsSettings{});
        RecordingRecorder recorder;
        client.setActionRecorder(&recorder);
        std::optional<FleetResult<Device>> result;
        client.disableDevice(u"dev-1"_s, u"why"_s, this, [&result](FleetResult<Device> r) { result = std::move(r); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(recorder.sent.size(), 1);
        QCOMPARE(recorder.sent.constFirst().action, u"device.disable"_s);
        QCOMPARE(recorder.sent.constFirst().actor, u"carol"_s);
        QCOMPARE(recorder.sent.constFirst().details.value(u"reason"_s).toString(), u"why"_s);
        QCOMPARE(recorder.answers.size(), 1);
        QCOMPARE(recorder.answers.constFirst().handle, 1);
        QCOMPARE(recorder.answers.constFirst().outcome, u"failed"_s);
        QCOMPARE(recorder.answers.constFirst().message, result->error().message());
    }

    // An action the audit cannot record is not sent at all.
    void refusedRecordingStopsTheAction()
    {
        FleetApiClient client(unreachableProfile(), TlsSettings{});
        RecordingRecorder recorder;
        recorder.nextHandle = -1;
        client.setActionRecorder(&recorder);
        std::optional<FleetResult<Licence>> result;
        client.approveLicence(u"lic-1"_s, {u"a"_s}, {}, this, [&result](FleetResult<Licence> r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message().contains(u"audit"_s), qPrintable(result->error().message()));
        QCOMPARE(recorder.sent.size(), 1);
        QVERIFY(recorder.answers.isEmpty());
        QCOMPARE(client.pendingCount(), 0);
    }

    // Reads, dry runs and logins are not operator actions; a recorder that is gone is simply not called.
    void readsAreNotRecorded()
    {
        FleetApiClient client(unreachableProfile(), TlsSettings{});
        RecordingRecorder recorder;
        client.setActionRecorder(&recorder);
        int answered = 0;
        client.device(u"dev-1"_s, this, [&answered](FleetResult<Device>) { ++answered; });
        client.dryRunRule(Rule{}, 0, 0, this, [&answered](FleetResult<QList<RuleHit>>) { ++answered; });
        client.workOrders(this, [&answered](FleetResult<QList<WorkOrder>>) { ++answered; });
        QTRY_COMPARE(answered, 3);
        QVERIFY(recorder.sent.isEmpty());

        auto *gone = new RecordingRecorder;
        client.setActionRecorder(gone);
        delete gone;
        QCOMPARE(client.actionRecorder(), nullptr);
        client.enableDevice(u"dev-1"_s, u"r"_s, this, [&answered](FleetResult<Device>) { ++answered; });
        QTRY_COMPARE(answered, 4);
    }
};

QTEST_GUILESS_MAIN(TestFleetActionRecorder)
#include "tst_fleetactionrecorder.moc"
