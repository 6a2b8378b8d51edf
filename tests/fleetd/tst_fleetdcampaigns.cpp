// Firmware campaigns through fleetd's API (fleet-api.md §6): validation, signed firmware only, four-eyes for
// safety-critical targets and large rollouts, progress to completion, pause/resume/abort, halting on the failure
// threshold with retry, and work orders for devices that need physical service. Simulated time runs 300x.

#include "FleetdTestClient.h"
#include "domain/Campaign.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

namespace {

FleetdConfig campaignConfig(const QString &dir, double failureRate)
{
    // 100 devices with seed 11: cameras are 27 % of the fleet, so a rollout to all of them needs approval.
    FleetdConfig config = testConfig(dir, 100, 11);
    config.timeScale = 300;
    config.eventRate = 0.1;
    config.campaignFailureRate = failureRate;
    return config;
}

const QJsonObject AllDay{{u"start"_s, u"00:00"_s}, {u"end"_s, u"00:00"_s}};

} // namespace

class TestFleetdCampaigns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rejectsBadBodies_data();
    void rejectsBadBodies();
    void unverifiedFirmwareIsRefused();
    void smallCampaignRunsToCompletion();
    void pauseResumeAbort();
    void largeCampaignNeedsApproval();
    void safetyCriticalCampaignAndWorkOrders();
    void haltsOnFailureThresholdAndRetries();
    void perDeviceStatesByWaveAndByDevice();
    void siteWindowsKeptInEachSitesZone();

private:
    // The newest firmware of a class with the given signature state.
    QJsonObject firmware(const QString &deviceClass, bool verified) const;
    QStringList devicesOfClass(const QString &deviceClass) const;
    QJsonObject campaign(FleetdTestClient &client, const QString &id);
    static QJsonObject body(const QString &name, const QString &firmwareId, const QJsonValue &targets,
                            const QJsonArray &waves = {QJsonObject{{u"percent"_s, 100},
                                                                   {u"failure_threshold_percent"_s, 50}}});

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QJsonArray m_devices;
    QJsonArray m_firmware;
};

void TestFleetdCampaigns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<FleetdInstanceInfo> info = m_runner.start(campaignConfig(m_dir.filePath(u"data"_s), 0.0));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    m_devices = m_client->all(u"/devices"_s, m_client->token(u"alice"_s), 5000);
    m_firmware = m_client->all(u"/firmware"_s, m_client->token(u"alice"_s), 5000);
    QCOMPARE(m_devices.size(), 100);
}

void TestFleetdCampaigns::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

QJsonObject TestFleetdCampaigns::firmware(const QString &deviceClass, bool verified) const
{
    QJsonObject best;
    for (const QJsonValue &value : m_firmware) {
        const QJsonObject image = value.toObject();
        if (image.value(u"device_class"_s) == deviceClass && image.value(u"signature_verified"_s).toBool() == verified)
            best = image; // the catalogue lists versions in ascending order
    }
    return best;
}

QStringList TestFleetdCampaigns::devicesOfClass(const QString &deviceClass) const
{
    QStringList ids;
    for (const QJsonValue &value : m_devices) {
        if (value.toObject().value(u"device_class"_s) == deviceClass)
            ids.append(value.toObject().value(u"id"_s).toString());
    }
    return ids;
}

QJsonObject TestFleetdCampaigns::campaign(FleetdTestClient &client, const QString &id)
{
    for (const QJsonValue &value : client.all(u"/campaigns"_s, client.token(u"carol"_s))) {
        if (value.toObject().value(u"id"_s) == id)
            return value.toObject();
    }
    return {};
}

QJsonObject TestFleetdCampaigns::body(const QString &name, const QString &firmwareId, const QJsonValue &targets,
                                      const QJsonArray &waves)
{
    QJsonObject json{{u"name"_s, name},
                     {u"firmware_id"_s, firmwareId},
                     {u"waves"_s, waves},
                     {u"wait_minutes_between_waves"_s, 0},
                     {u"maintenance_window"_s, AllDay}};
    if (targets.isArray())
        json.insert(u"device_ids"_s, targets);
    else
        json.insert(u"target_filter"_s, targets);
    return json;
}

void TestFleetdCampaigns::rejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray waves = R"("waves":[{"percent":100,"failure_threshold_percent":10}],"wait_minutes_between_waves":0)";
    QTest::newRow("unknown field") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)"
                                                 + waves + R"(,"priority":1})")
                                   << 400 << u"unknown_field"_s << u"priority"_s;
    QTest::newRow("unknown wave field")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"","waves":[{"percent":100,)"
                      R"("failure_threshold_percent":10,"pause":true}],"wait_minutes_between_waves":0})")
        << 400 << u"unknown_field"_s << u"waves[0].pause"_s;
    QTest::newRow("waves not increasing")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"","waves":[{"percent":50,)"
                      R"("failure_threshold_percent":10},{"percent":40,"failure_threshold_percent":10}],)"
                      R"("wait_minutes_between_waves":0})")
        << 400 << u"bad_request"_s << u"waves[1].percent"_s;
    QTest::newRow("no waves") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)"
                                            R"("waves":[],"wait_minutes_between_waves":0})")
                              << 400 << u"bad_request"_s << u"waves"_s;
    QTest::newRow("both targets") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)"
                                                R"("device_ids":["dev-000001"],)" + waves + "}")
                                  << 400 << u"bad_request"_s << u"target_filter"_s;
    QTest::newRow("no targets") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3",)" + waves + "}") << 400
                                << u"bad_request"_s << u"device_ids"_s;
    QTest::newRow("wait is text") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)"
                                                R"("waves":[{"percent":100,"failure_threshold_percent":10}],)"
                                                R"("wait_minutes_between_waves":"0"})")
                                  << 400 << u"bad_request"_s << u"wait_minutes_between_waves"_s;
    QTest::newRow("bad window") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)"
                                              + waves + R"(,"maintenance_window":{"start":"25:00","end":"04:00"}})")
                                << 400 << u"bad_request"_s << u"maintenance_window.start"_s;
    QTest::newRow("site window bad time")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)" + waves
                      + R"(,"site_windows":{"site-01":{"start":"22:00","end":"4pm"}}})")
        << 400 << u"bad_request"_s << u"site_windows.site-01.end"_s;
    QTest::newRow("site window bad zone")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)" + waves
                      + R"(,"site_windows":{"site-01":{"start":"22:00","end":"04:00","time_zone":"Mars/Olympus"}}})")
        << 400 << u"bad_request"_s << u"site_windows.site-01.time_zone"_s;
    QTest::newRow("site window unknown field")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)" + waves
                      + R"(,"site_windows":{"site-01":{"start":"22:00","end":"04:00","days":"mon"}}})")
        << 400 << u"unknown_field"_s << u"site_windows.site-01.days"_s;
    QTest::newRow("site window not an object")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)" + waves
                      + R"(,"site_windows":{"site-01":"22:00-04:00"}})")
        << 400 << u"bad_request"_s << u"site_windows.site-01"_s;
    QTest::newRow("site window unknown site")
        << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"",)" + waves
                      + R"(,"site_windows":{"site-nowhere":{"start":"22:00","end":"04:00"}}})")
        << 400 << u"bad_request"_s << u"site_windows.site-nowhere"_s;
    QTest::newRow("bad filter") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","target_filter":"(site:",)"
                                              + waves + "}")
                                << 400 << u"bad_request"_s << u"target_filter"_s;
    QTest::newRow("unknown firmware") << QByteArray(R"({"name":"x","firmware_id":"fw-none","target_filter":"",)"
                                                    + waves + "}")
                                      << 400 << u"bad_request"_s << u"firmware_id"_s;
    QTest::newRow("wrong class") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3","device_ids":["dev-000001"],)"
                                               + waves + "}")
                                 << 400 << u"bad_request"_s << u"device_ids"_s;
    QTest::newRow("unknown device") << QByteArray(R"({"name":"x","firmware_id":"fw-plc-2.1.3",)"
                                                  R"("device_ids":["dev-999999"],)" + waves + "}")
                                    << 400 << u"bad_request"_s << u"device_ids"_s;
}

void TestFleetdCampaigns::rejectsBadBodies()
{
    QFETCH(QByteArray, json);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("wrong class"))
        QVERIFY(!devicesOfClass(u"plc"_s).contains(u"dev-000001"_s));
    const Reply reply = m_client->raw("POST", u"/campaigns"_s, json, m_client->token(u"alice"_s));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
    // A viewer may not start campaigns at all.
    QCOMPARE(m_client->raw("POST", u"/campaigns"_s, json, m_client->token(u"carol"_s)).status, 403);
}

void TestFleetdCampaigns::unverifiedFirmwareIsRefused()
{
    const QJsonObject image = firmware(u"ip_camera"_s, false);
    QVERIFY(!image.isEmpty());
    const Reply reply = m_client->post(u"/campaigns"_s, body(u"unsigned"_s, image.value(u"id"_s).toString(), u""_s),
                                       m_client->token(u"alice"_s));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.code(), u"firmware_unverified"_s);
}

void TestFleetdCampaigns::smallCampaignRunsToCompletion()
{
    const QJsonObject image = firmware(u"smart_meter"_s, true);
    const QStringList meters = devicesOfClass(u"smart_meter"_s);
    QVERIFY(meters.size() >= 4 && meters.size() * 4 < 100);
    const Reply created = m_client->post(
        u"/campaigns"_s,
        body(u"meters"_s, image.value(u"id"_s).toString(), u""_s,
             QJsonArray{QJsonObject{{u"percent"_s, 25}, {u"failure_threshold_percent"_s, 20}},
                        QJsonObject{{u"percent"_s, 100}, {u"failure_threshold_percent"_s, 20}}}),
        m_client->token(u"alice"_s));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(created.json.value(u"created_by"_s).toString(), u"alice"_s);
    const QString id = created.json.value(u"id"_s).toString();

    QTRY_COMPARE_WITH_TIMEOUT(campaign(*m_client, id).value(u"state"_s).toString(), u"completed"_s, 30000);
    const QJsonObject done = campaign(*m_client, id);
    QCOMPARE(done.value(u"counts"_s).toObject().value(u"succeeded"_s).toInt(), meters.size());
    QCOMPARE(done.value(u"current_wave"_s).toInt(), 2);

    const Reply devices = m_client->get(u"/campaigns/"_s + id + u"/devices"_s, m_client->token(u"carol"_s));
    QCOMPARE(devices.status, 200);
    QCOMPARE(devices.items().size(), meters.size());
    for (const QJsonValue &item : devices.items())
        QCOMPARE(item.toObject().value(u"state"_s).toString(), u"succeeded"_s);
    const QJsonObject meter = m_client->get(u"/devices/"_s + meters.constFirst(), m_client->token(u"carol"_s)).json;
    QCOMPARE(meter.value(u"firmware_version"_s), image.value(u"version"_s));
    QCOMPARE(m_client->get(u"/campaigns/cmp-999999/devices"_s, m_client->token(u"carol"_s)).status, 404);

    bool audited = false;
    for (const QJsonValue &entry : m_client->get(u"/audit?limit=5000"_s, m_client->token(u"carol"_s)).items()) {
        audited |= entry.toObject().value(u"action"_s) == u"campaign.complete"_s
            && entry.toObject().value(u"target"_s) == id;
    }
    QVERIFY(audited);
}

void TestFleetdCampaigns::pauseResumeAbort()
{
    const QJsonObject image = firmware(u"vehicle_tracker"_s, true);
    const QByteArray alice = m_client->token(u"alice"_s);
    const Reply created = m_client->post(
        u"/campaigns"_s,
        body(u"trackers"_s, image.value(u"id"_s).toString(), u""_s,
             QJsonArray{QJsonObject{{u"percent"_s, 50}, {u"failure_threshold_percent"_s, 20}},
                        QJsonObject{{u"percent"_s, 100}, {u"failure_threshold_percent"_s, 20}}}),
        alice);
    QCOMPARE(created.status, 201);
    const QString base = u"/campaigns/"_s + created.json.value(u"id"_s).toString();

    Reply reply = m_client->post(base + u"/pause"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"paused"_s);
    reply = m_client->post(base + u"/pause"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.code(), u"conflict"_s);
    reply = m_client->post(base + u"/pause"_s, QJsonObject{{u"now"_s, true}}, alice);
    QCOMPARE(reply.code(), u"unknown_field"_s);
    reply = m_client->post(base + u"/resume"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"running"_s);
    reply = m_client->post(base + u"/abort"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"aborted"_s);
    // Abort stops further waves: installs under way finish, then nothing moves, and wave 2 never starts.
    const auto moving = [&] {
        int count = 0;
        for (const QJsonValue &wave : m_client->get(base + u"/waves"_s, alice).items()) {
            const QJsonObject counts = wave.toObject().value(u"counts"_s).toObject();
            count += counts.value(u"downloading"_s).toInt() + counts.value(u"installing"_s).toInt();
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(moving(), 0, 20000);
    QTest::qWait(2000); // ten simulated minutes at 300x: a second wave with no wait would have started by now
    const QJsonArray waves = m_client->get(base + u"/waves"_s, alice).items();
    QCOMPARE(waves.size(), 2);
    const QJsonObject second = waves.at(1).toObject();
    QCOMPARE(second.value(u"wave"_s).toInt(), 2);
    QCOMPARE(second.value(u"started"_s).toBool(), false);
    QCOMPARE(second.value(u"counts"_s).toObject().value(u"queued"_s).toInt(), second.value(u"devices"_s).toInt());
    QCOMPARE(campaign(*m_client, created.json.value(u"id"_s).toString()).value(u"state"_s).toString(), u"aborted"_s);
    reply = m_client->post(base + u"/resume"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 409);
    reply = m_client->post(base + u"/retry"_s, QJsonObject{}, alice);
    QCOMPARE(reply.status, 409);
    QCOMPARE(m_client->post(u"/campaigns/cmp-999999/pause"_s, QJsonObject{}, alice).status, 404);
}

void TestFleetdCampaigns::largeCampaignNeedsApproval()
{
    const QJsonObject image = firmware(u"ip_camera"_s, true);
    const QStringList cameras = devicesOfClass(u"ip_camera"_s);
    QVERIFY2(cameras.size() * 4 > m_devices.size(), "the fleet no longer has more than 25 % cameras");
    const Reply created = m_client->post(u"/campaigns"_s,
                                         body(u"all cameras"_s, image.value(u"id"_s).toString(), u"class:ip_camera"_s),
                                         m_client->token(u"alice"_s));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"state"_s).toString(), u"pending_approval"_s);
    const QString id = created.json.value(u"id"_s).toString();

    QString approvalId;
    for (const QJsonValue &value : m_client->all(u"/approvals"_s, m_client->token(u"carol"_s))) {
        const QJsonObject approval = value.toObject();
        if (approval.value(u"action"_s).toObject().value(u"campaign_id"_s) == id) {
            approvalId = approval.value(u"id"_s).toString();
            QCOMPARE(approval.value(u"kind"_s).toString(), u"campaign"_s);
            QCOMPARE(approval.value(u"state"_s).toString(), u"pending"_s);
        }
    }
    QVERIFY(!approvalId.isEmpty());
    const Reply self = m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s, QJsonObject{},
                                      m_client->token(u"alice"_s));
    QCOMPARE(self.status, 403);
    QCOMPARE(self.code(), u"self_approval"_s);
    QCOMPARE(campaign(*m_client, id).value(u"state"_s).toString(), u"pending_approval"_s);
    const Reply approved = m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s, QJsonObject{},
                                          m_client->token(u"bob"_s));
    QCOMPARE(approved.status, 200);
    const QString state = campaign(*m_client, id).value(u"state"_s).toString();
    QVERIFY2(state == u"running"_s || state == u"completed"_s, qPrintable(state));
}

void TestFleetdCampaigns::safetyCriticalCampaignAndWorkOrders()
{
    const QJsonObject image = firmware(u"infusion_pump"_s, true);
    const QStringList pumps = devicesOfClass(u"infusion_pump"_s);
    QVERIFY(!pumps.isEmpty());
    const QByteArray bob = m_client->token(u"bob"_s);
    const Reply created = m_client->post(u"/campaigns"_s,
                                         body(u"pumps"_s, image.value(u"id"_s).toString(), QJsonArray::fromStringList(pumps)),
                                         bob);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"state"_s).toString(), u"pending_approval"_s);
    const QString id = created.json.value(u"id"_s).toString();
    QString approvalId;
    for (const QJsonValue &value : m_client->all(u"/approvals"_s, bob)) {
        if (value.toObject().value(u"action"_s).toObject().value(u"campaign_id"_s) == id)
            approvalId = value.toObject().value(u"id"_s).toString();
    }
    QCOMPARE(m_client->post(u"/approvals/"_s + approvalId + u"/approve"_s, QJsonObject{}, m_client->token(u"admin"_s))
                 .status,
             200);

    // Pumps take no online update: every one becomes a work order.
    QJsonArray orders;
    QTRY_VERIFY_WITH_TIMEOUT((orders = m_client->get(u"/work-orders"_s, bob).items()).size() >= pumps.size(), 20000);
    QSet<QString> listed;
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        if (order.value(u"campaign_id"_s) != id)
            continue;
        listed.insert(order.value(u"device_id"_s).toString());
        QCOMPARE(order.value(u"firmware_id"_s), image.value(u"id"_s));
        QCOMPARE(order.value(u"required_version"_s), image.value(u"version"_s));
        QVERIFY(!order.value(u"site_id"_s).toString().isEmpty());
        QCOMPARE(order.value(u"window"_s).toObject(), AllDay);
    }
    QCOMPARE(listed, QSet<QString>(pumps.begin(), pumps.end()));

    const QString pump = pumps.constFirst();
    Reply reply = m_client->post(u"/work-orders/"_s + pump + u"/complete"_s,
                                 QJsonObject{{u"firmware_version"_s, u"0.0.1"_s}}, bob);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), u"firmware_version"_s);
    reply = m_client->post(u"/work-orders/"_s + pump + u"/complete"_s,
                           QJsonObject{{u"firmware_version"_s, image.value(u"version"_s)}}, bob);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"firmware_version"_s), image.value(u"version"_s));
    for (const QJsonValue &value : m_client->get(u"/work-orders"_s, bob).items())
        QVERIFY(value.toObject().value(u"device_id"_s) != pump);
    reply = m_client->post(u"/work-orders/"_s + pump + u"/complete"_s,
                           QJsonObject{{u"firmware_version"_s, image.value(u"version"_s)}}, bob);
    QCOMPARE(reply.status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &item : m_client->get(u"/campaigns/"_s + id + u"/devices"_s, bob).items()) {
                if (item.toObject().value(u"device_id"_s) == pump)
                    return item.toObject().value(u"state"_s).toString();
            }
            return QString();
        }(),
        u"succeeded"_s, 5000);
}

void TestFleetdCampaigns::haltsOnFailureThresholdAndRetries()
{
    QTemporaryDir dir;
    FleetdRunner runner;
    const Result<FleetdInstanceInfo> info = runner.start(campaignConfig(dir.filePath(u"failing"_s), 0.9));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    FleetdTestClient client(info->baseUrl, info->caPem, info->credentialsFile);
    const QByteArray alice = client.token(u"alice"_s);
    const QJsonObject image = firmware(u"door_controller"_s, true); // same seed and size: same catalogue
    const Reply created = client.post(
        u"/campaigns"_s,
        body(u"doors"_s, image.value(u"id"_s).toString(), u""_s,
             QJsonArray{QJsonObject{{u"percent"_s, 50}, {u"failure_threshold_percent"_s, 10}},
                        QJsonObject{{u"percent"_s, 100}, {u"failure_threshold_percent"_s, 10}}}),
        alice);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();

    QTRY_COMPARE_WITH_TIMEOUT(campaign(client, id).value(u"state"_s).toString(), u"halted"_s, 30000);
    const QJsonObject halted = campaign(client, id);
    QVERIFY(!halted.value(u"halt_reason"_s).toString().isEmpty());
    QCOMPARE(halted.value(u"current_wave"_s).toInt(), 1); // the second wave never started
    QVERIFY(halted.value(u"counts"_s).toObject().value(u"failed"_s).toInt() > 0);
    int failed = 0;
    int queued = 0;
    for (const QJsonValue &item : client.get(u"/campaigns/"_s + id + u"/devices"_s, alice).items()) {
        failed += item.toObject().value(u"state"_s) == u"failed"_s;
        queued += item.toObject().value(u"state"_s) == u"queued"_s;
    }
    QVERIFY(failed > 0);
    QVERIFY(queued > 0); // the second wave's devices were never touched
    bool audited = false;
    for (const QJsonValue &entry : client.get(u"/audit?limit=5000"_s, alice).items()) {
        const QJsonObject object = entry.toObject();
        audited |= object.value(u"action"_s) == u"campaign.halt"_s && object.value(u"target"_s) == id
            && object.value(u"actor"_s) == u"system"_s;
    }
    QVERIFY(audited);

    const Reply retried = client.post(u"/campaigns/"_s + id + u"/retry"_s, QJsonObject{}, alice);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(u"state"_s).toString(), u"running"_s);
    QVERIFY(retried.json.value(u"counts"_s).toObject().value(u"queued"_s).toInt() >= failed);
    const Reply aborted = client.post(u"/campaigns/"_s + id + u"/abort"_s, QJsonObject{}, alice);
    QCOMPARE(aborted.status, 200);
    QCOMPARE(aborted.json.value(u"state"_s).toString(), u"aborted"_s);
}


// The drill-down endpoints: a campaign's waves with per-state counts, its targets per wave and state page by page, and
// for one device every campaign that targeted it with its state, wave and the time of its latest change.
void TestFleetdCampaigns::perDeviceStatesByWaveAndByDevice()
{
    const QJsonObject image = firmware(u"smart_meter"_s, true);
    const QStringList meters = devicesOfClass(u"smart_meter"_s);
    QVERIFY(meters.size() >= 4);
    const QByteArray alice = m_client->token(u"alice"_s);
    // A long wait keeps wave 2 queued while the test looks (600 simulated minutes = 2 real minutes at 300x).
    QJsonObject request = body(u"meters by wave"_s, image.value(u"id"_s).toString(), u""_s,
                               QJsonArray{QJsonObject{{u"percent"_s, 25}, {u"failure_threshold_percent"_s, 20}},
                                          QJsonObject{{u"percent"_s, 100}, {u"failure_threshold_percent"_s, 20}}});
    request.insert(u"wait_minutes_between_waves"_s, 600);
    const Reply created = m_client->post(u"/campaigns"_s, request, alice);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();
    const QString base = u"/campaigns/"_s + id;
    const int firstWave = (meters.size() + 3) / 4; // ceil(25 %)

    // Wave 1 finishes; wave 2 waits.
    const auto waveCounts = [&](int wave) {
        for (const QJsonValue &item : m_client->get(base + u"/waves"_s, alice).items()) {
            if (item.toObject().value(u"wave"_s).toInt() == wave)
                return item.toObject();
        }
        return QJsonObject();
    };
    QTRY_COMPARE_WITH_TIMEOUT(waveCounts(1).value(u"counts"_s).toObject().value(u"succeeded"_s).toInt(), firstWave,
                              30000);
    const Reply waves = m_client->get(base + u"/waves"_s, alice);
    QCOMPARE(waves.status, 200);
    QCOMPARE(waves.items().size(), 2);
    const QJsonObject one = waveCounts(1);
    const QJsonObject two = waveCounts(2);
    QCOMPARE(one.value(u"devices"_s).toInt(), firstWave);
    QCOMPARE(one.value(u"percent"_s).toDouble(), 25.0);
    QCOMPARE(one.value(u"failure_threshold_percent"_s).toDouble(), 20.0);
    QVERIFY(one.value(u"started"_s).toBool());
    QCOMPARE(two.value(u"devices"_s).toInt(), meters.size() - firstWave);
    QCOMPARE(two.value(u"counts"_s).toObject().value(u"queued"_s).toInt(), meters.size() - firstWave);
    QVERIFY(!two.value(u"started"_s).toBool());

    // Wave filter, state filter, and the time of the latest change.
    const QDateTime createdAt = QDateTime::fromString(created.json.value(u"created"_s).toString(), Qt::ISODateWithMs);
    Reply page = m_client->get(base + u"/devices?wave=1"_s, alice);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.items().size(), firstWave);
    QVERIFY(page.json.value(u"next_cursor"_s).isNull());
    for (const QJsonValue &value : page.items()) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.value(u"wave"_s).toInt(), 1);
        QCOMPARE(item.value(u"state"_s).toString(), u"succeeded"_s);
        const QDateTime updated = QDateTime::fromString(item.value(u"updated"_s).toString(), Qt::ISODateWithMs);
        QVERIFY2(updated.isValid() && updated > createdAt, qPrintable(item.value(u"updated"_s).toString()));
    }
    page = m_client->get(base + u"/devices?wave=2&state=queued"_s, alice);
    QCOMPARE(page.items().size(), meters.size() - firstWave);
    QCOMPARE(m_client->get(base + u"/devices?wave=2&state=succeeded"_s, alice).items().size(), 0);

    // Page by page with limit 1: every target once, in id order.
    QStringList seen;
    QString cursor;
    for (int i = 0; i <= meters.size(); ++i) {
        const QString path = base + u"/devices?limit=1"_s
            + (cursor.isEmpty() ? QString() : u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        page = m_client->get(path, alice);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.items().size(), 1);
        seen.append(page.items().first().toObject().value(u"device_id"_s).toString());
        if (page.json.value(u"next_cursor"_s).isNull())
            break;
        cursor = page.json.value(u"next_cursor"_s).toString();
    }
    QStringList sorted = meters;
    sorted.sort();
    QCOMPARE(seen, sorted);

    // The device's side: this campaign, with its name, firmware, wave and state.
    QString waveTwoDevice;
    for (const QJsonValue &value : m_client->get(base + u"/devices?wave=2&limit=1"_s, alice).items())
        waveTwoDevice = value.toObject().value(u"device_id"_s).toString();
    QVERIFY(!waveTwoDevice.isEmpty());
    const Reply ofDevice = m_client->get(u"/devices/"_s + waveTwoDevice + u"/campaigns"_s, m_client->token(u"carol"_s));
    QCOMPARE(ofDevice.status, 200);
    QJsonObject entry;
    for (const QJsonValue &value : ofDevice.items()) {
        if (value.toObject().value(u"campaign_id"_s) == id)
            entry = value.toObject();
    }
    QCOMPARE(entry.value(u"campaign_name"_s).toString(), u"meters by wave"_s);
    QCOMPARE(entry.value(u"campaign_state"_s).toString(), u"running"_s);
    QCOMPARE(entry.value(u"firmware_id"_s), image.value(u"id"_s));
    QCOMPARE(entry.value(u"required_version"_s), image.value(u"version"_s));
    QCOMPARE(entry.value(u"state"_s).toString(), u"queued"_s);
    QCOMPARE(entry.value(u"wave"_s).toInt(), 2);
    QCOMPARE(entry.value(u"window"_s).toObject(), AllDay);
    // The earlier meter campaigns of this test run targeted it too; limit 1 pages through them in id order.
    QVERIFY(ofDevice.items().size() >= 2);
    const Reply firstOnly = m_client->get(u"/devices/"_s + waveTwoDevice + u"/campaigns?limit=1"_s, alice);
    QCOMPARE(firstOnly.items().size(), 1);
    QCOMPARE(firstOnly.items().first(), ofDevice.items().first());
    const Reply rest = m_client->get(u"/devices/"_s + waveTwoDevice + u"/campaigns?limit=5000&cursor="_s
                                         + QString::fromLatin1(QUrl::toPercentEncoding(
                                             firstOnly.json.value(u"next_cursor"_s).toString())),
                                     alice);
    QCOMPARE(rest.items().size(), ofDevice.items().size() - 1);

    // Errors name the field; unknown objects are 404.
    QCOMPARE(m_client->get(base + u"/devices?state=bogus"_s, alice).field(), u"state"_s);
    QCOMPARE(m_client->get(base + u"/devices?cursor=nonsense"_s, alice).field(), u"cursor"_s);
    QCOMPARE(m_client->get(base + u"/devices?wave=101"_s, alice).status, 400);
    QCOMPARE(m_client->get(u"/devices/dev-999999/campaigns"_s, alice).status, 404);
    QCOMPARE(m_client->get(u"/campaigns/cmp-999999/waves"_s, alice).status, 404);

    QCOMPARE(m_client->post(base + u"/abort"_s, QJsonObject{}, alice).status, 200);
}

void TestFleetdCampaigns::siteWindowsKeptInEachSitesZone()
{
    // Two PLCs (they need a maintenance window) at sites in different time zones.
    const QByteArray alice = m_client->token(u"alice"_s);
    QHash<QString, QString> zoneOfSite;
    for (const QJsonValue &value : m_client->all(u"/sites"_s, alice))
        zoneOfSite.insert(value.toObject().value(u"id"_s).toString(),
                          value.toObject().value(u"time_zone"_s).toString());
    QString deviceA, deviceB, siteA, siteB;
    for (const QJsonValue &value : std::as_const(m_devices)) {
        const QJsonObject device = value.toObject();
        if (device.value(u"device_class"_s) != u"plc"_s)
            continue;
        const QString site = device.value(u"site_id"_s).toString();
        if (deviceA.isEmpty()) {
            deviceA = device.value(u"id"_s).toString();
            siteA = site;
        } else if (zoneOfSite.value(site) != zoneOfSite.value(siteA)) {
            deviceB = device.value(u"id"_s).toString();
            siteB = site;
            break;
        }
    }
    QVERIFY2(!deviceB.isEmpty(), "the test fleet has PLCs in two time zones");
    const QTimeZone zoneA(zoneOfSite.value(siteA).toUtf8());
    const QTimeZone zoneB(zoneOfSite.value(siteB).toUtf8());
    QVERIFY(zoneA.isValid() && zoneB.isValid());

    // The simulated "now": the newest threat event's time.
    const Reply tail = m_client->get(u"/events?limit=1"_s, alice);
    const qint64 lastSeq = tail.json.value(u"last_seq"_s).toInteger();
    const QJsonArray newest = m_client->get(u"/events?limit=1&from_seq=%1"_s.arg(lastSeq), alice).items();
    QCOMPARE(newest.size(), 1);
    const QDateTime now = QDateTime::fromString(newest.first().toObject().value(u"time"_s).toString(), Qt::ISODate);
    QVERIFY(now.isValid());

    // A's window is open now (for hours); B's opens in one simulated hour (12 s at 300x) and lasts an hour.
    const QTime nowA = now.toTimeZone(zoneA).time();
    const QTime nowB = now.toTimeZone(zoneB).time();
    const QTime startB = QTime(nowB.hour(), 0).addSecs(2 * 3600);
    const QTime endB = startB.addSecs(3600);
    const auto hhmm = [](const QTime &time) { return time.toString(u"HH:mm"_s); };
    const QString image = firmware(u"plc"_s, true).value(u"id"_s).toString();

    // The site's zone stated wrongly is refused, naming the zone the site is in.
    QJsonObject wrongZone = body(u"plcs"_s, image, QJsonArray{deviceA, deviceB});
    wrongZone.insert(u"site_windows"_s,
                     QJsonObject{{siteB, QJsonObject{{u"start"_s, hhmm(startB)}, {u"end"_s, hhmm(endB)},
                                                     {u"time_zone"_s, zoneOfSite.value(siteA)}}}});
    const Reply refused = m_client->post(u"/campaigns"_s, wrongZone, alice);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json.value(u"field"_s).toString(), u"site_windows."_s + siteB + u".time_zone"_s);
    QVERIFY2(refused.json.value(u"message"_s).toString().contains(zoneOfSite.value(siteB)), refused.body.constData());

    QJsonObject json = body(u"plcs by site"_s, image, QJsonArray{deviceA, deviceB});
    // The default (all day) would let B update at once: B's own window must win.
    json.insert(u"site_windows"_s,
                QJsonObject{{siteA, QJsonObject{{u"start"_s, hhmm(QTime(nowA.hour(), 0).addSecs(-3600))},
                                                {u"end"_s, hhmm(QTime(nowA.hour(), 0).addSecs(4 * 3600))},
                                                {u"time_zone"_s, zoneOfSite.value(siteA)}}},
                            {siteB, QJsonObject{{u"start"_s, hhmm(startB)}, {u"end"_s, hhmm(endB)}}}});
    const Reply created = m_client->post(u"/campaigns"_s, json, alice);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();
    const QJsonObject stored = campaign(*m_client, id).value(u"site_windows"_s).toObject();
    QCOMPARE(stored.value(siteB).toObject().value(u"time_zone"_s).toString(), zoneOfSite.value(siteB));
    QCOMPARE(stored.value(siteB).toObject().value(u"start"_s).toString(), hhmm(startB));

    const auto stateOf = [&](const QString &device) {
        for (const QJsonValue &value : m_client->get(u"/campaigns/%1/devices"_s.arg(id), alice).items()) {
            if (value.toObject().value(u"device_id"_s) == device)
                return value.toObject();
        }
        return QJsonObject();
    };
    // A updates inside its window while B waits for B's.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(deviceA).value(u"state"_s).toString(), u"succeeded"_s, 20000);
    const QJsonObject waiting = stateOf(deviceB);
    QCOMPARE(waiting.value(u"state"_s).toString(), u"waiting_for_window"_s);
    const QString message = waiting.value(u"message"_s).toString();
    QVERIFY2(message.contains(hhmm(startB) + u'-' + hhmm(endB) + u" ("_s + zoneOfSite.value(siteB) + u')'),
             qPrintable(message));
    QCOMPARE(m_client->get(u"/devices/%1/campaigns"_s.arg(deviceB), alice).items().last().toObject()
                 .value(u"window"_s).toObject().value(u"start"_s).toString(),
             hhmm(startB));

    // The campaign itself says which site waits for which window, in which zone, and when it opens next — and the
    // console's Campaign type reads that (the running campaign's panel shows it without reading every device).
    const QJsonObject running = campaign(*m_client, id);
    const Result<Campaign> parsed = Campaign::fromJson(running);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY(parsed->defaultWindow && parsed->defaultWindow->allDay());
    QCOMPARE(parsed->siteWindows.size(), 2);
    QCOMPARE(parsed->siteWindows.value(siteB).timeZone, zoneOfSite.value(siteB));
    QCOMPARE(parsed->siteWindows.value(siteB).start, startB);
    QCOMPARE(parsed->windowWaits.size(), 1); // A is done; only B waits
    const CampaignWindowWait &wait = parsed->windowWaits.first();
    QCOMPARE(wait.siteId, siteB);
    QCOMPARE(wait.waiting, 1);
    QVERIFY(wait.siteWindow);
    QCOMPARE(wait.window.timeZone, zoneOfSite.value(siteB));
    QCOMPARE(wait.window.start, startB);
    QCOMPARE(wait.window.end, endB);
    QVERIFY(wait.nextOpen.isValid());
    QCOMPARE(wait.nextOpen.toTimeZone(zoneB).time(), startB); // opens at B's start, in B's zone
    QVERIFY2(message.contains(wait.nextOpen.toTimeZone(zoneB).toString(u"yyyy-MM-dd HH:mm"_s)), qPrintable(message));

    // B updates once its window opens, inside it, in its own zone.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(deviceB).value(u"state"_s).toString(), u"succeeded"_s, 60000);
    const QTime doneB = QDateTime::fromString(stateOf(deviceB).value(u"updated"_s).toString(), Qt::ISODate)
                            .toTimeZone(zoneB).time();
    QVERIFY2(startB < endB ? (doneB >= startB && doneB < endB) : (doneB >= startB || doneB < endB),
             qPrintable(doneB.toString() + u" outside "_s + hhmm(startB) + u'-' + hhmm(endB)));
    // Nobody waits any more: the field is gone rather than stale.
    QTRY_VERIFY_WITH_TIMEOUT(!campaign(*m_client, id).contains(u"window_waits"_s), 20000);
}

QTEST_GUILESS_MAIN(TestFleetdCampaigns)
#include "tst_fleetdcampaigns.moc"
