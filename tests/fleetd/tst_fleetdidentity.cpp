// Device identity through fleetd's API (fleet-api.md §5-§6): the admission queue with Mender's states, clones flagged
// and never merged, accept (with a licence request), reject with a reason, bulk preauthorization and the automatic
// admission of a preauthorized device; credentials with expiry spread, rotation online and the physical-service
// fallback, the technician's visit, revocation; every action on the audit chain. Simulated time runs 300x so the
// simulation brings join requests quickly.

#include "FleetdTestClient.h"
#include "server/IdentityService.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

class TestFleetdIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void credentialJsonIsDirect();
    void seededCredentials();
    void admissionQueueHasClones();
    void cloneCannotBeAccepted();
    void acceptCreatesDeviceCredentialAndLicence();
    void rejectNeedsReason();
    void preauthorizeInBulk();
    void preauthorizedDeviceIsAdmitted();
    void badBodies_data();
    void badBodies();
    void rotateOnlineAndFallback();
    void servicedAfterVisit();
    void revoke();
    void revokeCredentialsQuarantine();
    void actionsAreAudited();
    void stateSurvivesRestart();

private:
    QJsonArray admission() { return m_client->all(u"/admission"_s, token()); }
    QJsonArray credentials() { return m_client->all(u"/credentials"_s, token(), 5000); }
    QJsonObject credentialOf(const QString &deviceId);
    QByteArray token() { return m_client->token(m_user); }
    QJsonObject deviceWhere(const std::function<bool(const QJsonObject &device, const QJsonObject &credential)> &test);

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QJsonArray m_devices;
    QString m_acceptedId;
    QString m_acceptedSerial;
    QString m_visitDevice; // waits for a technician after rotateOnlineAndFallback
    QString m_offlineVisit; // the same, because it is offline
    QString m_user = u"alice"_s; // after a restart another operator logs in: alice's TOTP step is used up
};

namespace {

FleetdConfig identityConfig(const QString &dir)
{
    FleetdConfig config = testConfig(dir, 400, 5);
    config.timeScale = 300;
    config.eventRate = 1;
    return config;
}

} // namespace

void TestFleetdIdentity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<FleetdInstanceInfo> info = m_runner.start(identityConfig(m_dir.filePath(u"data"_s)));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    m_devices = m_client->all(u"/devices"_s, token(), 5000);
    QCOMPARE(m_devices.size(), 400);
}

void TestFleetdIdentity::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

QJsonObject TestFleetdIdentity::credentialOf(const QString &deviceId)
{
    for (const QJsonValue &value : credentials()) {
        if (value.toObject().value(u"device_id"_s).toString() == deviceId)
            return value.toObject();
    }
    return {};
}

QJsonObject TestFleetdIdentity::deviceWhere(
    const std::function<bool(const QJsonObject &device, const QJsonObject &credential)> &test)
{
    QHash<QString, QJsonObject> byDevice;
    for (const QJsonValue &value : credentials())
        byDevice.insert(value.toObject().value(u"device_id"_s).toString(), value.toObject());
    for (const QJsonValue &value : m_client->all(u"/devices"_s, token(), 5000)) {
        const QJsonObject device = value.toObject();
        if (test(device, byDevice.value(device.value(u"id"_s).toString())))
            return device;
    }
    return {};
}

void TestFleetdIdentity::credentialJsonIsDirect()
{
    // The direct writer used on first runs gives exactly what QJsonDocument would, with and without optional parts.
    for (const QJsonValue &value : credentials()) {
        const Result<DeviceCredential> credential = DeviceCredential::fromJson(value.toObject());
        QVERIFY2(credential.ok(), qPrintable(credential.errorMessage()));
        QCOMPARE(IdentityService::credentialJson(*credential),
                 QJsonDocument(credential->toJson()).toJson(QJsonDocument::Compact));
    }
    DeviceCredential bare;
    bare.id = u"dev-\"q\""_s;
    bare.deviceId = bare.id;
    bare.serial = u"SN-ü"_s;
    bare.fingerprint = QString(64, u'f');
    bare.reason = u"line\nbreak"_s;
    QCOMPARE(IdentityService::credentialJson(bare), QJsonDocument(bare.toJson()).toJson(QJsonDocument::Compact));
}

void TestFleetdIdentity::seededCredentials()
{
    const QJsonArray all = credentials();
    QCOMPARE(all.size(), 400); // one per device
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int x509 = 0, passwords = 0, expired = 0, expiringMonth = 0, defaults = 0, offlineOnly = 0;
    QSet<QString> serials;
    for (const QJsonValue &value : all) {
        const QJsonObject credential = value.toObject();
        QCOMPARE(credential.value(u"id"_s), credential.value(u"device_id"_s));
        QCOMPARE(credential.value(u"fingerprint"_s).toString().size(), 64);
        serials.insert(credential.value(u"serial"_s).toString());
        const QString method = credential.value(u"method"_s).toString();
        if (method == u"x509"_s) {
            ++x509;
            const QDateTime expires = QDateTime::fromString(credential.value(u"expires"_s).toString(), Qt::ISODate);
            QVERIFY(expires.isValid());
            QVERIFY(credential.value(u"subject"_s).toString().startsWith(u"CN="_s));
            if (expires <= now)
                ++expired;
            else if (expires <= now.addDays(30))
                ++expiringMonth;
        } else {
            QVERIFY2(!credential.contains(u"expires"_s), "only certificates expire");
        }
        if (method == u"password"_s)
            ++passwords;
        if (credential.value(u"default_credentials"_s).toBool()) {
            ++defaults;
            QCOMPARE(method, u"password"_s);
        }
        if (!credential.value(u"rotates_online"_s).toBool())
            ++offlineOnly;
    }
    QCOMPARE(serials.size(), 400); // identities are unique
    QVERIFY2(x509 > 200, qPrintable(QString::number(x509)));
    QVERIFY(passwords > 0);
    QVERIFY2(expired > 0 && expiringMonth > 0, qPrintable(u"%1 expired, %2 this month"_s.arg(expired).arg(expiringMonth)));
    QVERIFY(defaults > 0);
    QVERIFY(offlineOnly > 0); // clinical devices of the hospital
}

void TestFleetdIdentity::admissionQueueHasClones()
{
    const QJsonArray queue = admission();
    QVERIFY2(queue.size() >= 6, qPrintable(QString::number(queue.size())));
    int clones = 0;
    for (const QJsonValue &value : queue) {
        const QJsonObject request = value.toObject();
        const QString cloneOf = request.value(u"clone_of"_s).toString();
        if (cloneOf.isEmpty())
            continue;
        ++clones;
        // An impostor claims the victim's serial with a key the victim does not have.
        const QJsonObject victim = credentialOf(cloneOf);
        QCOMPARE(request.value(u"serial"_s).toString(), victim.value(u"serial"_s).toString());
        QVERIFY(request.value(u"fingerprint"_s).toString() != victim.value(u"fingerprint"_s).toString());
        QCOMPARE(request.value(u"state"_s).toString(), u"pending"_s);
    }
    QVERIFY(clones >= 2);
}

void TestFleetdIdentity::cloneCannotBeAccepted()
{
    QString cloneId;
    QString victim;
    for (const QJsonValue &value : admission()) {
        if (value.toObject().contains(u"clone_of"_s) && value.toObject().value(u"state"_s) == u"pending"_s) {
            cloneId = value.toObject().value(u"id"_s).toString();
            victim = value.toObject().value(u"clone_of"_s).toString();
            break;
        }
    }
    QVERIFY(!cloneId.isEmpty());
    const QJsonObject victimBefore = credentialOf(victim);
    const Reply accepted = m_client->post(u"/admission/"_s + cloneId + u"/accept"_s, {}, token());
    QCOMPARE(accepted.status, 409);
    QCOMPARE(accepted.code(), u"conflict"_s);
    QVERIFY(accepted.json.value(u"message"_s).toString().contains(victim));
    QCOMPARE(credentialOf(victim), victimBefore); // never merged

    const Reply rejected =
        m_client->post(u"/admission/"_s + cloneId + u"/reject"_s, {{u"reason"_s, u"cloned identity"_s}}, token());
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json.value(u"state"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.json.value(u"reason"_s).toString(), u"cloned identity"_s);
    QCOMPARE(rejected.json.value(u"decided_by"_s).toString(), u"alice"_s);
    QCOMPARE(rejected.json.value(u"clone_of"_s).toString(), victim);
}

void TestFleetdIdentity::acceptCreatesDeviceCredentialAndLicence()
{
    QJsonObject pending;
    for (const QJsonValue &value : admission()) {
        const QJsonObject request = value.toObject();
        if (!request.contains(u"clone_of"_s) && request.value(u"state"_s) == u"pending"_s) {
            pending = request;
            break;
        }
    }
    QVERIFY(!pending.isEmpty());
    m_acceptedId = pending.value(u"id"_s).toString();
    m_acceptedSerial = pending.value(u"serial"_s).toString();
    const Reply accepted = m_client->post(u"/admission/"_s + m_acceptedId + u"/accept"_s,
                                          {{u"licence_scopes"_s, QJsonArray{u"telemetry-upload"_s}}}, token());
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json.value(u"state"_s).toString(), u"accepted"_s);
    const QString deviceId = accepted.json.value(u"device_id"_s).toString();
    const QString licenceId = accepted.json.value(u"licence_id"_s).toString();
    QVERIFY(!deviceId.isEmpty());
    QVERIFY(!licenceId.isEmpty());

    const Reply device = m_client->get(u"/devices/"_s + deviceId, token());
    QCOMPARE(device.status, 200);
    QCOMPARE(device.json.value(u"site_id"_s).toString(), pending.value(u"site_id"_s).toString());
    QCOMPARE(device.json.value(u"device_class"_s).toString(), pending.value(u"device_class"_s).toString());
    const QJsonObject credential = credentialOf(deviceId);
    QCOMPARE(credential.value(u"serial"_s).toString(), m_acceptedSerial);
    QCOMPARE(credential.value(u"fingerprint"_s).toString(), pending.value(u"fingerprint"_s).toString());
    QCOMPARE(credential.value(u"state"_s).toString(), u"active"_s);
    bool licenceFound = false;
    for (const QJsonValue &value : m_client->all(u"/licences"_s, token())) {
        if (value.toObject().value(u"id"_s).toString() == licenceId) {
            licenceFound = true;
            QCOMPARE(value.toObject().value(u"state"_s).toString(), u"requested"_s);
            QCOMPARE(value.toObject().value(u"device_id"_s).toString(), deviceId);
        }
    }
    QVERIFY(licenceFound);

    // Accepting twice is a conflict; so is preauthorizing an admitted serial.
    QCOMPARE(m_client->post(u"/admission/"_s + m_acceptedId + u"/accept"_s, {}, token()).status, 409);
}

void TestFleetdIdentity::rejectNeedsReason()
{
    QString pendingId;
    for (const QJsonValue &value : admission()) {
        if (value.toObject().value(u"state"_s) == u"pending"_s)
            pendingId = value.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!pendingId.isEmpty());
    const Reply noReason = m_client->post(u"/admission/"_s + pendingId + u"/reject"_s, {}, token());
    QCOMPARE(noReason.status, 400);
    QCOMPARE(noReason.field(), u"reason"_s);
    const Reply viewer = m_client->post(u"/admission/"_s + pendingId + u"/reject"_s, {{u"reason"_s, u"x"_s}},
                                        m_client->token(u"carol"_s));
    QCOMPARE(viewer.status, 403);
    QCOMPARE(m_client->post(u"/admission/adm-999999/reject"_s, {{u"reason"_s, u"x"_s}}, token()).status, 404);
}

void TestFleetdIdentity::preauthorizeInBulk()
{
    const QString fingerprint = QString(64, u'a');
    const QJsonArray items{
        QJsonObject{{u"serial"_s, u"PRE-0001"_s}},
        QJsonObject{{u"serial"_s, u"PRE-0002"_s}, {u"fingerprint"_s, fingerprint}},
        QJsonObject{{u"serial"_s, u"PRE-0001"_s}},        // twice in the list
        QJsonObject{{u"serial"_s, m_acceptedSerial}},     // admitted already
        QJsonObject{{u"serial"_s, credentialOf(u"dev-000010"_s).value(u"serial"_s).toString()}}, // a fleet device
    };
    const Reply reply = m_client->post(u"/admission/preauthorize"_s, {{u"items"_s, items}}, token());
    QCOMPARE(reply.status, 200);
    const QJsonArray created = reply.items();
    QCOMPARE(created.size(), 2);
    QCOMPARE(created.at(0).toObject().value(u"state"_s).toString(), u"preauthorized"_s);
    QCOMPARE(created.at(1).toObject().value(u"fingerprint"_s).toString(), fingerprint);
    QVERIFY(!created.at(0).toObject().contains(u"first_seen"_s));
    const QJsonArray skipped = reply.json.value(u"skipped"_s).toArray();
    QCOMPARE(skipped.size(), 3);
    QVERIFY(skipped.at(1).toObject().value(u"reason"_s).toString().contains(u"admitted"_s));

    // Preauthorizing the same serial again is skipped, not duplicated.
    const Reply again = m_client->post(u"/admission/preauthorize"_s,
                                       {{u"items"_s, QJsonArray{QJsonObject{{u"serial"_s, u"PRE-0001"_s}}}}}, token());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.items().size(), 0);
    QCOMPARE(again.json.value(u"skipped"_s).toArray().size(), 1);
}

void TestFleetdIdentity::preauthorizedDeviceIsAdmitted()
{
    // The simulation sends devices matching preauthorized serials; they are admitted without an operator.
    QJsonObject admitted;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &value : admission()) {
                const QJsonObject request = value.toObject();
                if (request.value(u"serial"_s).toString().startsWith(u"PRE-"_s)
                    && request.value(u"state"_s) == u"accepted"_s) {
                    admitted = request;
                    return true;
                }
            }
            return false;
        }(),
        60000);
    QCOMPARE(admitted.value(u"decided_by"_s).toString(), u"system"_s);
    QVERIFY(admitted.contains(u"first_seen"_s));
    QVERIFY(!admitted.value(u"device_id"_s).toString().isEmpty());
    QCOMPARE(m_client->get(u"/devices/"_s + admitted.value(u"device_id"_s).toString(), token()).status, 200);
}

void TestFleetdIdentity::badBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("preauthorize without items") << u"/admission/preauthorize"_s << QByteArray("{}") << u"items"_s;
    QTest::newRow("preauthorize empty list") << u"/admission/preauthorize"_s << QByteArray(R"({"items":[]})")
                                             << u"items"_s;
    QTest::newRow("preauthorize bad fingerprint")
        << u"/admission/preauthorize"_s << QByteArray(R"({"items":[{"serial":"X-1","fingerprint":"abc"}]})")
        << u"items[0].fingerprint"_s;
    QTest::newRow("preauthorize unknown field")
        << u"/admission/preauthorize"_s << QByteArray(R"({"items":[{"serial":"X-1","colour":"red"}]})")
        << u"items[0].colour"_s;
    QTest::newRow("preauthorize no serial") << u"/admission/preauthorize"_s << QByteArray(R"({"items":[{}]})")
                                            << u"items[0].serial"_s;
    QTest::newRow("rotate without ids") << u"/credentials/rotate"_s << QByteArray("{}") << u"device_ids"_s;
    QTest::newRow("rotate empty ids") << u"/credentials/rotate"_s << QByteArray(R"({"device_ids":[]})")
                                      << u"device_ids"_s;
    QTest::newRow("accept with unknown field") << u"/admission/adm-000001/accept"_s << QByteArray(R"({"scopes":[]})")
                                               << u"scopes"_s;
    QTest::newRow("revoke without reason") << u"/credentials/dev-000001/revoke"_s << QByteArray("{}") << u"reason"_s;
}

void TestFleetdIdentity::badBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Reply reply = m_client->raw("POST", path, body, token());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.field(), field);
}

void TestFleetdIdentity::rotateOnlineAndFallback()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject online = deviceWhere([](const QJsonObject &device, const QJsonObject &credential) {
        return device.value(u"status"_s) == u"online"_s && device.value(u"quarantine"_s) == u"none"_s
            && credential.value(u"rotates_online"_s).toBool() && credential.value(u"method"_s) == u"password"_s;
    });
    const QJsonObject clinical = deviceWhere([](const QJsonObject &, const QJsonObject &credential) {
        return !credential.value(u"rotates_online"_s).toBool() && credential.value(u"state"_s) == u"active"_s;
    });
    const QJsonObject offline = deviceWhere([](const QJsonObject &device, const QJsonObject &credential) {
        return device.value(u"status"_s) == u"offline"_s && credential.value(u"rotates_online"_s).toBool();
    });
    QVERIFY(!online.isEmpty() && !clinical.isEmpty() && !offline.isEmpty());
    const QString onlineId = online.value(u"id"_s).toString();
    const QJsonObject before = credentialOf(onlineId);

    const Reply reply = m_client->post(u"/credentials/rotate"_s,
                                       {{u"device_ids"_s, QJsonArray{onlineId, clinical.value(u"id"_s),
                                                                     offline.value(u"id"_s), u"dev-999999"_s}},
                                        {u"reason"_s, u"expiring this month"_s}},
                                       token());
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.items();
    QCOMPARE(items.size(), 4);
    const QJsonObject rotated = items.at(0).toObject();
    QCOMPARE(rotated.value(u"outcome"_s).toString(), u"rotated"_s);
    const QJsonObject fresh = rotated.value(u"credential"_s).toObject();
    // A weak password became a real certificate from the device CA, with a new fingerprint and a year to run.
    QCOMPARE(fresh.value(u"method"_s).toString(), u"x509"_s);
    QVERIFY(fresh.value(u"fingerprint"_s) != before.value(u"fingerprint"_s));
    QCOMPARE(fresh.value(u"subject"_s).toString(), u"CN="_s + before.value(u"serial"_s).toString());
    QCOMPARE(fresh.value(u"issuer"_s).toString(), u"CN=Warden Fleet Device CA"_s);
    QCOMPARE(fresh.value(u"default_credentials"_s).toBool(), false);
    const QDateTime expires = QDateTime::fromString(fresh.value(u"expires"_s).toString(), Qt::ISODate);
    QVERIFY(expires > now.addDays(300));
    QCOMPARE(credentialOf(onlineId), fresh);

    QCOMPARE(items.at(1).toObject().value(u"outcome"_s).toString(), u"needs_physical_service"_s);
    QCOMPARE(items.at(2).toObject().value(u"outcome"_s).toString(), u"needs_physical_service"_s);
    QVERIFY(items.at(2).toObject().value(u"message"_s).toString().contains(u"offline"_s));
    QCOMPARE(items.at(3).toObject().value(u"outcome"_s).toString(), u"failed"_s);
    QCOMPARE(credentialOf(clinical.value(u"id"_s).toString()).value(u"state"_s).toString(),
             u"needs_physical_service"_s);
    m_visitDevice = clinical.value(u"id"_s).toString();
    m_offlineVisit = offline.value(u"id"_s).toString();
}

void TestFleetdIdentity::servicedAfterVisit()
{
    const QString deviceId = m_visitDevice;
    // Both devices are on the physical-service list next to the campaigns' work orders.
    const auto credentialOrders = [this] {
        QStringList ids;
        for (const QJsonValue &value : m_client->get(u"/work-orders"_s, token()).items()) {
            // A work order says why the device needs a visit.
            if (value.toObject().value(u"kind"_s) == u"credential_rotation"_s
                && !value.toObject().value(u"reason"_s).toString().isEmpty())
                ids.append(value.toObject().value(u"device_id"_s).toString());
        }
        return ids;
    };
    QStringList orders = credentialOrders();
    QVERIFY2(orders.contains(deviceId) && orders.contains(m_offlineVisit), qPrintable(orders.join(u", "_s)));
    // The Updates page completes work orders without a firmware version for credential visits.
    const Reply completed = m_client->post(u"/work-orders/"_s + m_offlineVisit + u"/complete"_s, {}, token());
    QCOMPARE(completed.status, 200);
    QCOMPARE(completed.json.value(u"id"_s).toString(), m_offlineVisit);
    QCOMPARE(credentialOf(m_offlineVisit).value(u"state"_s).toString(), u"active"_s);
    // Without a credential visit waiting, the firmware version is still required.
    const Reply noVersion = m_client->post(u"/work-orders/"_s + m_offlineVisit + u"/complete"_s, {}, token());
    QCOMPARE(noVersion.status, 400);
    QCOMPARE(noVersion.field(), u"firmware_version"_s);

    const Reply visit = m_client->post(u"/credentials/"_s + deviceId + u"/serviced"_s, {}, token());
    QCOMPARE(visit.status, 200);
    QCOMPARE(visit.json.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(visit.json.value(u"method"_s).toString(), u"x509"_s);
    QCOMPARE(m_client->post(u"/credentials/"_s + deviceId + u"/serviced"_s, {}, token()).status, 409);
    QVERIFY(credentialOrders().isEmpty());
}

void TestFleetdIdentity::revoke()
{
    const Reply revoked =
        m_client->post(u"/credentials/dev-000020/revoke"_s, {{u"reason"_s, u"stolen from the site"_s}}, token());
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json.value(u"state"_s).toString(), u"revoked"_s);
    QCOMPARE(revoked.json.value(u"reason"_s).toString(), u"stolen from the site"_s);
    QCOMPARE(m_client->post(u"/credentials/dev-000020/revoke"_s, {{u"reason"_s, u"again"_s}}, token()).status, 409);
    const Reply rotate =
        m_client->post(u"/credentials/rotate"_s, {{u"device_ids"_s, QJsonArray{u"dev-000020"_s}}}, token());
    QCOMPARE(rotate.status, 200);
    QCOMPARE(rotate.items().at(0).toObject().value(u"outcome"_s).toString(), u"failed"_s);
    QCOMPARE(m_client->post(u"/credentials/dev-999999/revoke"_s, {{u"reason"_s, u"x"_s}}, token()).status, 404);
}

void TestFleetdIdentity::revokeCredentialsQuarantine()
{
    // The quarantine level revoke_credentials revokes the credential in the same change (a device that is not
    // safety-critical, so no four-eyes approval is held).
    const QJsonObject target = deviceWhere([](const QJsonObject &device, const QJsonObject &credential) {
        return !device.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool()
            && device.value(u"quarantine"_s) == u"none"_s && credential.value(u"state"_s) == u"active"_s;
    });
    QVERIFY(!target.isEmpty());
    const QString id = target.value(u"id"_s).toString();
    const Reply quarantined = m_client->post(u"/devices/"_s + id + u"/quarantine"_s,
                                             {{u"level"_s, u"revoke_credentials"_s}, {u"reason"_s, u"key leaked"_s}},
                                             token());
    QCOMPARE(quarantined.status, 200);
    const QJsonObject credential = credentialOf(id);
    QCOMPARE(credential.value(u"state"_s).toString(), u"revoked"_s);
    QCOMPARE(credential.value(u"reason"_s).toString(), u"key leaked"_s);
    // Other levels leave the credential alone.
    const QJsonObject other = deviceWhere([&id](const QJsonObject &device, const QJsonObject &c) {
        return device.value(u"id"_s) != id
            && !device.value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool()
            && device.value(u"quarantine"_s) == u"none"_s && c.value(u"state"_s) == u"active"_s;
    });
    const QString otherId = other.value(u"id"_s).toString();
    QCOMPARE(m_client->post(u"/devices/"_s + otherId + u"/quarantine"_s,
                            {{u"level"_s, u"isolate"_s}, {u"reason"_s, u"scan"_s}}, token())
                 .status,
             200);
    QCOMPARE(credentialOf(otherId).value(u"state"_s).toString(), u"active"_s);
}

void TestFleetdIdentity::actionsAreAudited()
{
    const Reply audit = m_client->get(u"/audit?limit=5000"_s, token());
    QCOMPARE(audit.status, 200);
    QHash<QString, int> actions;
    for (const QJsonValue &value : audit.items()) {
        const QJsonObject entry = value.toObject();
        actions[entry.value(u"action"_s).toString()] += 1;
        if (entry.value(u"action"_s) == u"credential.revoke"_s
            && !entry.value(u"details"_s).toObject().value(u"quarantine"_s).toBool()) {
            QCOMPARE(entry.value(u"actor"_s).toString(), u"alice"_s);
            QCOMPARE(entry.value(u"target"_s).toString(), u"dev-000020"_s);
        }
    }
    for (const char *action : {"admission.accept", "admission.reject", "admission.preauthorize", "credential.rotate",
                               "credential.revoke", "credential.serviced", "admission.clone_detected",
                               "admission.auto_accept", "licence.request"})
        QVERIFY2(actions.value(QString::fromLatin1(action)) > 0, action);
    QCOMPARE(actions.value(u"admission.preauthorize"_s), 2); // one per created entry
    QCOMPARE(actions.value(u"credential.rotate"_s), 3);      // one per device that had a credential
    QCOMPARE(actions.value(u"credential.serviced"_s), 2);    // through /credentials and through /work-orders
}

void TestFleetdIdentity::stateSurvivesRestart()
{
    const QJsonArray before = admission();
    const QJsonObject revoked = credentialOf(u"dev-000020"_s);
    m_client.reset();
    m_runner.stop();
    FleetdConfig config = identityConfig(m_dir.filePath(u"data"_s));
    config.timeScale = 1; // no new visitors while comparing
    const Result<FleetdInstanceInfo> info = m_runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    m_user = u"bob"_s;
    QCOMPARE(credentialOf(u"dev-000020"_s), revoked);
    const QJsonArray after = admission();
    QVERIFY(after.size() >= before.size());
    QCOMPARE(credentials().size(), 400 + 1 + int(std::count_if(after.begin(), after.end(), [](const QJsonValue &v) {
                                             return v.toObject().value(u"decided_by"_s) == u"system"_s
                                                 && v.toObject().value(u"state"_s) == u"accepted"_s;
                                         })));
    // The admitted serial is still known: accepting its request again is refused.
    QCOMPARE(m_client->post(u"/admission/"_s + m_acceptedId + u"/accept"_s, {}, token()).status, 409);
}

QTEST_GUILESS_MAIN(TestFleetdIdentity)
#include "tst_fleetdidentity.moc"
