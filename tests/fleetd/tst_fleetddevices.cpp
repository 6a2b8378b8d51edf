// fleetd's register endpoints beyond the basics of tst_fleetdapi: registering new devices (POST /devices) and
// editing capability flags through PATCH /devices/{id}, with the four-eyes guard on safety_critical.

#include "FleetdTestClient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

class TestFleetdDevices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createRegistersAnOfflineDevice();
    void createRejectsBadBodies_data();
    void createRejectsBadBodies();
    void createNeedsTheOperatorRole();
    void patchCapabilities();
    void onlyAnAdminClearsSafetyCritical();
    void patchRejectsBadCapabilities_data();
    void patchRejectsBadCapabilities();

private:
    QJsonObject validBody(const QString &id) const;
    QJsonObject firstDevice(const std::function<bool(const QJsonObject &)> &pred) const;

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QJsonArray m_devices;
    QString m_site;
    QString m_gateway;
};

void TestFleetdDevices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<FleetdInstanceInfo> info = m_runner.start(testConfig(m_dir.filePath(u"data"_s), 120));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    m_devices = m_client->all(u"/devices"_s, m_client->token(u"carol"_s), 5000);
    QCOMPARE(m_devices.size(), 120);
    const QJsonObject gateway = m_client->all(u"/gateways"_s, m_client->token(u"carol"_s)).at(0).toObject();
    m_gateway = gateway.value(u"id"_s).toString();
    m_site = gateway.value(u"site_id"_s).toString();
    QVERIFY(!m_gateway.isEmpty() && !m_site.isEmpty());
}

void TestFleetdDevices::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

QJsonObject TestFleetdDevices::validBody(const QString &id) const
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, u"Lobby camera 2"_s},
                       {u"device_class"_s, u"ip_camera"_s},
                       {u"site_id"_s, m_site},
                       {u"gateway_id"_s, m_gateway},
                       {u"vendor"_s, u"Axis"_s},
                       {u"firmware_version"_s, u"2.4.1"_s},
                       {u"location"_s, u"Lobby"_s},
                       {u"capabilities"_s, QJsonObject{{u"needs_maintenance_window"_s, true}}}};
}

QJsonObject TestFleetdDevices::firstDevice(const std::function<bool(const QJsonObject &)> &pred) const
{
    for (const QJsonValue &value : m_devices) {
        if (pred(value.toObject()))
            return value.toObject();
    }
    return {};
}

void TestFleetdDevices::createRegistersAnOfflineDevice()
{
    const QByteArray token = m_client->token(u"alice"_s);
    const Reply created = m_client->post(u"/devices"_s, validBody(u"dev-new-001"_s), token);
    QCOMPARE(created.status, 201);
    const Result<Device> device = Device::fromJson(created.json);
    QVERIFY2(device.ok(), qPrintable(device.errorMessage()));
    QCOMPARE(device->id, u"dev-new-001"_s);
    QVERIFY(device->status == DeviceStatus::Offline);
    QCOMPARE(device->riskScore, 0);
    QVERIFY(device->quarantine == QuarantineLevel::None);
    QVERIFY(device->capabilities.needsMaintenanceWindow);
    QVERIFY(device->capabilities.onlineUpdate); // the default for absent flags
    QVERIFY(!device->capabilities.safetyCritical);
    QCOMPARE(device->location, u"Lobby"_s);

    const Reply read = m_client->get(u"/devices/dev-new-001"_s, token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"name"_s).toString(), u"Lobby camera 2"_s);

    const QJsonArray audit = m_client->all(u"/audit"_s, token);
    bool audited = false;
    for (const QJsonValue &entry : audit) {
        const QJsonObject object = entry.toObject();
        audited |= object.value(u"action"_s).toString() == u"device.create"_s
                   && object.value(u"target"_s).toString() == u"dev-new-001"_s
                   && object.value(u"actor"_s).toString() == u"alice"_s;
    }
    QVERIFY(audited);

    const Reply again = m_client->post(u"/devices"_s, validBody(u"dev-new-001"_s), token);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), u"conflict"_s);
}

void TestFleetdDevices::createRejectsBadBodies_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("no id") << u"id"_s << QString() << QJsonValue() << u"bad_request"_s << u"id"_s;
    QTest::newRow("no name") << u"name"_s << QString() << QJsonValue() << u"bad_request"_s << u"name"_s;
    QTest::newRow("no class") << u"device_class"_s << QString() << QJsonValue() << u"bad_request"_s
                              << u"device_class"_s;
    QTest::newRow("unknown site") << QString() << u"site_id"_s << QJsonValue(u"site-nowhere"_s) << u"bad_request"_s
                                  << u"site_id"_s;
    QTest::newRow("unknown gateway") << QString() << u"gateway_id"_s << QJsonValue(u"gw-nowhere"_s)
                                     << u"bad_request"_s << u"gateway_id"_s;
    QTest::newRow("unknown owner") << QString() << u"owner_ref"_s << QJsonValue(u"own-nobody"_s) << u"bad_request"_s
                                   << u"owner_ref"_s;
    QTest::newRow("read-only status") << QString() << u"status"_s << QJsonValue(u"online"_s) << u"unknown_field"_s
                                      << u"status"_s;
    QTest::newRow("flag is a string") << QString() << u"capabilities"_s
                                      << QJsonValue(QJsonObject{{u"safety_critical"_s, u"yes"_s}}) << u"bad_request"_s
                                      << u"capabilities.safety_critical"_s;
    QTest::newRow("control character") << QString() << u"name"_s << QJsonValue(u"a\u0001b"_s) << u"bad_request"_s
                                       << u"name"_s;
}

void TestFleetdDevices::createRejectsBadBodies()
{
    QFETCH(QString, remove);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString id = u"dev-bad-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QJsonObject body = validBody(id);
    if (!remove.isEmpty())
        body.remove(remove);
    if (!key.isEmpty())
        body.insert(key, value);
    const QByteArray token = m_client->token(u"alice"_s);
    const Reply reply = m_client->post(u"/devices"_s, body, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    if (!id.isEmpty())
        QCOMPARE(m_client->get(u"/devices/"_s + id, token).status, 404); // nothing half-created
}

void TestFleetdDevices::createNeedsTheOperatorRole()
{
    const Reply reply = m_client->post(u"/devices"_s, validBody(u"dev-viewer-1"_s), m_client->token(u"carol"_s));
    QCOMPARE(reply.status, 403);
    QCOMPARE(m_client->get(u"/devices/dev-viewer-1"_s, m_client->token(u"carol"_s)).status, 404);
}

void TestFleetdDevices::patchCapabilities()
{
    const QByteArray token = m_client->token(u"alice"_s);
    const QJsonObject device = firstDevice([](const QJsonObject &d) {
        return !d.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool()
               && d.value(u"capabilities"_s).toObject().value(u"online_update"_s).toBool();
    });
    QVERIFY(!device.isEmpty());
    const QString id = device.value(u"id"_s).toString();
    const Reply reply = m_client->send(
        "PATCH", u"/devices/"_s + id,
        QJsonObject{{u"capabilities"_s, QJsonObject{{u"online_update"_s, false}, {u"safety_critical"_s, true}}}},
        token);
    QCOMPARE(reply.status, 200);
    const QJsonObject capabilities = reply.json.value(u"capabilities"_s).toObject();
    QCOMPARE(capabilities.value(u"online_update"_s).toBool(), false);
    QCOMPARE(capabilities.value(u"safety_critical"_s).toBool(), true);
    // The flag not sent keeps its value.
    QCOMPARE(capabilities.value(u"needs_maintenance_window"_s),
             device.value(u"capabilities"_s).toObject().value(u"needs_maintenance_window"_s));
    QVERIFY(reply.json.value(u"revision"_s).toInteger() > device.value(u"revision"_s).toInteger());
}

void TestFleetdDevices::onlyAnAdminClearsSafetyCritical()
{
    const QJsonObject device = firstDevice([](const QJsonObject &d) {
        return d.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool();
    });
    QVERIFY2(!device.isEmpty(), "the seeded fleet has safety-critical devices");
    const QString id = device.value(u"id"_s).toString();
    const QJsonObject clear{{u"capabilities"_s, QJsonObject{{u"safety_critical"_s, false}}}};
    const Reply refused = m_client->send("PATCH", u"/devices/"_s + id, clear, m_client->token(u"bob"_s));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), u"forbidden"_s);
    QVERIFY(m_client->get(u"/devices/"_s + id, m_client->token(u"bob"_s))
                .json.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool());
    const Reply allowed = m_client->send("PATCH", u"/devices/"_s + id, clear, m_client->token(u"admin"_s));
    QCOMPARE(allowed.status, 200);
    QVERIFY(!allowed.json.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool());
}

void TestFleetdDevices::patchRejectsBadCapabilities_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown flag") << QByteArray(R"({"capabilities":{"wifi":true}})") << u"unknown_field"_s
                                  << u"capabilities.wifi"_s;
    QTest::newRow("flag is a number") << QByteArray(R"({"capabilities":{"online_update":1}})") << u"bad_request"_s
                                      << u"capabilities.online_update"_s;
    QTest::newRow("not an object") << QByteArray(R"({"capabilities":true})") << u"bad_request"_s
                                   << u"capabilities"_s;
}

void TestFleetdDevices::patchRejectsBadCapabilities()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString id = m_devices.at(5).toObject().value(u"id"_s).toString();
    const Reply reply = m_client->raw("PATCH", u"/devices/"_s + id, body, m_client->token(u"alice"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
}

QTEST_GUILESS_MAIN(TestFleetdDevices)
#include "tst_fleetddevices.moc"
