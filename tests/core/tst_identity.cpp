// Device identity on the console side: the JSON of join requests and credentials (round trip and refusals), the
// preauthorization CSV, the credentials filter over time, rotation answers, change frames and the cache tables.

#include "cache/CacheStore.h"
#include "fleet/FleetTypes.h"
#include "fleet/IdentityTypes.h"
#include "fleet/StreamFrame.h"
#include "inventory/CredentialFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

QString hex64(char c)
{
    return QString(64, QLatin1Char(c));
}

JoinRequest makeRequest(int i, AdmissionState state = AdmissionState::Pending)
{
    JoinRequest request;
    request.id = u"adm-%1"_s.arg(QString::number(i).rightJustified(6, u'0'));
    request.serial = u"AXI-%1"_s.arg(i);
    request.fingerprint = hex64('a' + char(i % 6));
    request.keyType = u"ecdsa-p256"_s;
    request.deviceClass = u"ip_camera"_s;
    request.vendor = u"Axis"_s;
    request.siteId = u"site-01"_s;
    request.gatewayId = u"gw-0001"_s;
    request.firstSeen = Now.addSecs(-3600);
    request.lastSeen = Now;
    request.attempts = i;
    request.state = state;
    return request;
}

DeviceCredential makeCredential(int i, CredentialMethod method, const QDateTime &expires)
{
    DeviceCredential credential;
    credential.id = u"dev-%1"_s.arg(QString::number(i).rightJustified(6, u'0'));
    credential.deviceId = credential.id;
    credential.serial = u"SN-%1"_s.arg(i);
    credential.method = method;
    credential.fingerprint = hex64('0' + char(i % 10));
    credential.expires = expires;
    credential.issued = Now.addDays(-400);
    credential.lastRotated = credential.issued;
    if (method == CredentialMethod::X509) {
        credential.subject = u"CN="_s + credential.serial;
        credential.issuer = u"CN=Warden Fleet Device CA"_s;
        credential.certificateSerial = u"0A1B"_s;
    }
    return credential;
}

} // namespace

class TestIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void joinRequestRoundTrip();
    void joinRequestRefusals_data();
    void joinRequestRefusals();
    void credentialRoundTrip();
    void credentialRefusals_data();
    void credentialRefusals();
    void preauthorizeCsv_data();
    void preauthorizeCsv();
    void credentialFilter_data();
    void credentialFilter();
    void credentialCountsMoveWithTime();
    void rotationAnswer();
    void preauthorizeAnswer();
    void changeFrames();
    void cacheStoresIdentity();
    void credentialWorkOrders();
};

void TestIdentity::joinRequestRoundTrip()
{
    JoinRequest request = makeRequest(3);
    request.cloneOf = u"dev-000001"_s;
    QVERIFY(request.isClone());
    const Result<JoinRequest> back = JoinRequest::fromJson(request.toJson());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), request);

    // A preauthorization: no key, never seen; optional fields stay out of the JSON.
    JoinRequest preauthorized;
    preauthorized.id = u"adm-000009"_s;
    preauthorized.serial = u"PRE-1"_s;
    preauthorized.state = AdmissionState::Preauthorized;
    const QJsonObject json = preauthorized.toJson();
    QVERIFY(!json.contains(u"first_seen"_s));
    QVERIFY(!json.contains(u"fingerprint"_s));
    QCOMPARE(json.value(u"state"_s).toString(), u"preauthorized"_s);
    QCOMPARE(JoinRequest::fromJson(json).value(), preauthorized);
}

void TestIdentity::joinRequestRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no serial") << u"serial"_s << QJsonValue();
    QTest::newRow("empty serial") << u"serial"_s << QJsonValue(u""_s);
    QTest::newRow("unknown state") << u"state"_s << QJsonValue(u"waiting"_s);
    QTest::newRow("short fingerprint") << u"fingerprint"_s << QJsonValue(u"abcd"_s);
    QTest::newRow("upper-case fingerprint") << u"fingerprint"_s << QJsonValue(hex64('A'));
    QTest::newRow("negative attempts") << u"attempts"_s << QJsonValue(-1);
    QTest::newRow("bad time") << u"first_seen"_s << QJsonValue(u"yesterday"_s);
}

void TestIdentity::joinRequestRefusals()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = makeRequest(1).toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const Result<JoinRequest> parsed = JoinRequest::fromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, key);
}

void TestIdentity::credentialRoundTrip()
{
    DeviceCredential credential = makeCredential(4, CredentialMethod::X509, Now.addDays(12));
    credential.defaultCredentials = true;
    credential.rotatesOnline = false;
    credential.state = CredentialState::NeedsPhysicalService;
    credential.reason = u"offline"_s;
    const Result<DeviceCredential> back = DeviceCredential::fromJson(credential.toJson());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), credential);
    QCOMPARE(credential.toJson().value(u"method"_s).toString(), u"x509"_s);
    QCOMPARE(credential.toJson().value(u"state"_s).toString(), u"needs_physical_service"_s);

    const DeviceCredential psk = makeCredential(5, CredentialMethod::Psk, {});
    QVERIFY(!psk.toJson().contains(u"expires"_s));
    QCOMPARE(DeviceCredential::fromJson(psk.toJson()).value(), psk);
}

void TestIdentity::credentialRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id differs from device") << u"id"_s << QJsonValue(u"dev-999"_s);
    QTest::newRow("unknown method") << u"method"_s << QJsonValue(u"smartcard"_s);
    QTest::newRow("unknown state") << u"state"_s << QJsonValue(u"lost"_s);
    QTest::newRow("no fingerprint") << u"fingerprint"_s << QJsonValue();
    QTest::newRow("fingerprint not hex") << u"fingerprint"_s << QJsonValue(hex64('z'));
    QTest::newRow("default flag as text") << u"default_credentials"_s << QJsonValue(u"yes"_s);
}

void TestIdentity::credentialRefusals()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = makeCredential(1, CredentialMethod::Password, {}).toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const Result<DeviceCredential> parsed = DeviceCredential::fromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, key);
}

void TestIdentity::preauthorizeCsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstFingerprint");
    QTest::addColumn<QString>("error"); // part of the message, empty = success
    const QString fp = hex64('b');
    QString colons;
    for (int i = 0; i < 32; ++i)
        colons += (i ? u":"_s : QString()) + u"AB"_s;
    QTest::newRow("serials only") << u"SN-1\nSN-2\n"_s << 2 << QString() << QString();
    QTest::newRow("header and fingerprints") << u"serial,fingerprint\nSN-1,%1\nSN-2,\n"_s.arg(fp) << 2 << fp
                                             << QString();
    QTest::newRow("comments, blanks, CRLF") << u"# list\r\n\r\nSN-1\r\n"_s << 1 << QString() << QString();
    QTest::newRow("colon fingerprint normalised") << u"SN-1,%1"_s.arg(colons) << 1 << u"ab"_s.repeated(32)
                                                  << QString();
    QTest::newRow("quoted") << u"\"SN-1\",\"%1\""_s.arg(fp) << 1 << fp << QString();
    QTest::newRow("bad fingerprint") << u"SN-1\nSN-2,1234\n"_s << 0 << QString() << u"Line 2"_s;
    QTest::newRow("three columns") << u"SN-1,%1,extra"_s.arg(fp) << 0 << QString() << u"Line 1"_s;
    QTest::newRow("empty serial") << u",%1"_s.arg(fp) << 0 << QString() << u"serial"_s;
    QTest::newRow("nothing") << u"serial\n# none\n"_s << 0 << QString() << u"no serials"_s;
}

void TestIdentity::preauthorizeCsv()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, firstFingerprint);
    QFETCH(QString, error);
    const Result<QList<PreauthorizeEntry>> entries = parsePreauthorizeCsv(text);
    if (!error.isEmpty()) {
        QVERIFY(!entries.ok());
        QVERIFY2(entries.errorMessage().contains(error), qPrintable(entries.errorMessage()));
        return;
    }
    QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
    QCOMPARE(entries.value().size(), count);
    QCOMPARE(entries.value().first().serial, u"SN-1"_s);
    QCOMPARE(entries.value().first().fingerprint, firstFingerprint);
}

void TestIdentity::credentialFilter_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("rows");
    // Rows of the fixture: 0 expires in 5 days, 1 in 40 days, 2 expired, 3 password (default), 4 psk,
    // 5 waiting for a visit, 6 revoked and expired.
    using V = CredentialFilter::View;
    QTest::newRow("all") << int(V::All) << 30 << QString() << QList<qsizetype>{0, 1, 2, 3, 4, 5, 6};
    QTest::newRow("expiring 30 days") << int(V::ExpiringWithin) << 30 << QString() << QList<qsizetype>{0};
    QTest::newRow("expiring 60 days") << int(V::ExpiringWithin) << 60 << QString() << QList<qsizetype>{0, 1};
    QTest::newRow("expired, not revoked") << int(V::Expired) << 30 << QString() << QList<qsizetype>{2};
    QTest::newRow("weak") << int(V::Weak) << 30 << QString() << QList<qsizetype>{3};
    QTest::newRow("default credentials") << int(V::DefaultCredentials) << 30 << QString() << QList<qsizetype>{3};
    QTest::newRow("needs a visit") << int(V::NeedsVisit) << 30 << QString() << QList<qsizetype>{5};
    QTest::newRow("revoked") << int(V::Revoked) << 30 << QString() << QList<qsizetype>{6};
    QTest::newRow("text on serial") << int(V::All) << 30 << u"sn-4"_s << QList<qsizetype>{4};
    QTest::newRow("text on issuer") << int(V::ExpiringWithin) << 60 << u"device ca"_s << QList<qsizetype>{0, 1};
}

void TestIdentity::credentialFilter()
{
    QFETCH(int, view);
    QFETCH(int, days);
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, rows);
    QList<DeviceCredential> credentials{
        makeCredential(0, CredentialMethod::X509, Now.addDays(5)),
        makeCredential(1, CredentialMethod::X509, Now.addDays(40)),
        makeCredential(2, CredentialMethod::X509, Now.addDays(-1)),
        makeCredential(3, CredentialMethod::Password, {}),
        makeCredential(4, CredentialMethod::Psk, {}),
        makeCredential(5, CredentialMethod::X509, Now.addDays(200)),
        makeCredential(6, CredentialMethod::X509, Now.addDays(-3)),
    };
    credentials[3].defaultCredentials = true;
    credentials[5].state = CredentialState::NeedsPhysicalService;
    credentials[6].state = CredentialState::Revoked;
    CredentialFilter filter;
    filter.view = CredentialFilter::View(view);
    filter.days = days;
    filter.text = text;
    QCOMPARE(filter.apply(credentials, Now), rows);
}

void TestIdentity::credentialCountsMoveWithTime()
{
    const QList<DeviceCredential> credentials{makeCredential(0, CredentialMethod::X509, Now.addDays(5)),
                                              makeCredential(1, CredentialMethod::X509, Now.addDays(40))};
    CredentialCounts now = CredentialCounts::of(credentials, Now, 30);
    QCOMPARE(now.expiringWithin, 1);
    QCOMPARE(now.expired, 0);
    // Three weeks later the first has expired and the second has come within the month.
    CredentialCounts later = CredentialCounts::of(credentials, Now.addDays(21), 30);
    QCOMPARE(later.expired, 1);
    QCOMPARE(later.expiringWithin, 1);
    QCOMPARE(later.all, 2);
}

void TestIdentity::rotationAnswer()
{
    const DeviceCredential fresh = makeCredential(7, CredentialMethod::X509, Now.addDays(365));
    const QJsonObject rotated{{u"device_id"_s, fresh.deviceId}, {u"outcome"_s, u"rotated"_s},
                              {u"message"_s, u"ok"_s}, {u"credential"_s, fresh.toJson()}};
    const Result<CredentialRotation> parsed = CredentialRotation::fromJson(rotated);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->outcome, CredentialRotation::Outcome::Rotated);
    QCOMPARE(parsed->credential.value(), fresh);

    const Result<CredentialRotation> visit = CredentialRotation::fromJson(
        {{u"device_id"_s, u"dev-1"_s}, {u"outcome"_s, u"needs_physical_service"_s}, {u"message"_s, u"offline"_s}});
    QVERIFY(visit.ok());
    QCOMPARE(visit->outcome, CredentialRotation::Outcome::NeedsPhysicalService);
    QVERIFY(!visit->credential);

    QVERIFY(!CredentialRotation::fromJson({{u"device_id"_s, u"dev-1"_s}, {u"outcome"_s, u"maybe"_s}}).ok());
    QJsonObject brokenCredential = rotated;
    brokenCredential.insert(u"credential"_s, QJsonObject{{u"id"_s, u"x"_s}});
    QVERIFY(!CredentialRotation::fromJson(brokenCredential).ok());
}

void TestIdentity::preauthorizeAnswer()
{
    JoinRequest created = makeRequest(2, AdmissionState::Preauthorized);
    const QJsonObject json{{u"items"_s, QJsonArray{created.toJson()}},
                           {u"skipped"_s, QJsonArray{QJsonObject{{u"serial"_s, u"SN-9"_s},
                                                                 {u"reason"_s, u"already admitted as dev-9"_s}}}}};
    const Result<PreauthorizeResult> parsed = PreauthorizeResult::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->created, QList<JoinRequest>{created});
    QCOMPARE(parsed->skipped.size(), 1);
    QCOMPARE(parsed->skipped.first().reason, u"already admitted as dev-9"_s);
    QVERIFY(!PreauthorizeResult::fromJson({{u"items"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}}}}}).ok());
    QCOMPARE(PreauthorizeEntry({u"SN-1"_s, {}}).toJson(), QJsonObject({{u"serial"_s, u"SN-1"_s}}));
}

void TestIdentity::changeFrames()
{
    const JoinRequest request = makeRequest(5);
    const QJsonObject frame{{u"type"_s, u"change"_s}, {u"kind"_s, u"join_request"_s}, {u"revision"_s, 42},
                            {u"item"_s, request.toJson()}};
    Result<StreamFrame> parsed = StreamFrame::parse(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY(parsed->changeKind == StreamFrame::ChangeKind::JoinRequest);
    QCOMPARE(parsed->change.joinRequests, QList<JoinRequest>{request});

    const DeviceCredential credential = makeCredential(8, CredentialMethod::Psk, {});
    const QJsonObject credentialFrame{{u"type"_s, u"change"_s}, {u"kind"_s, u"credential"_s}, {u"revision"_s, 43},
                                      {u"item"_s, credential.toJson()}};
    parsed = StreamFrame::parse(QJsonDocument(credentialFrame).toJson(QJsonDocument::Compact));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QVERIFY(parsed->changeKind == StreamFrame::ChangeKind::Credential);
    QCOMPARE(parsed->change.credentials, QList<DeviceCredential>{credential});

    QJsonObject broken = credentialFrame;
    broken.insert(u"item"_s, QJsonObject{{u"id"_s, u"dev-1"_s}});
    QVERIFY(!StreamFrame::parse(QJsonDocument(broken).toJson(QJsonDocument::Compact)).ok());
}

void TestIdentity::cacheStoresIdentity()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<CacheStore>> opened = CacheStore::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    CacheStore &store = *opened.value();

    CacheBatch batch;
    batch.joinRequests = {makeRequest(1), makeRequest(2)};
    batch.credentials = {makeCredential(1, CredentialMethod::X509, Now.addDays(3)),
                         makeCredential(2, CredentialMethod::Password, {})};
    QVERIFY(!batch.isEmpty());
    Result<CacheChange> change = store.apply(batch);
    QVERIFY2(change.ok(), qPrintable(change.errorMessage()));
    QCOMPARE(change->joinRequests, 2);
    QCOMPARE(change->credentials, 2);
    QVERIFY(!change->isEmpty());

    // An update replaces the row; a deletion removes it.
    CacheBatch update;
    JoinRequest accepted = makeRequest(1, AdmissionState::Accepted);
    accepted.deviceId = u"dev-adm-0001"_s;
    update.joinRequests = {accepted};
    update.deletedCredentialIds = {u"dev-000002"_s};
    QVERIFY(store.apply(update).ok());
    Result<QList<JoinRequest>> requests = store.loadJoinRequests();
    QVERIFY2(requests.ok(), qPrintable(requests.errorMessage()));
    QCOMPARE(requests->size(), 2);
    QVERIFY(requests->contains(accepted));
    Result<QList<DeviceCredential>> credentials = store.loadCredentials();
    QVERIFY(credentials.ok());
    QCOMPARE(credentials.value(), QList<DeviceCredential>{batch.credentials.first()});

    // A full sync replaces the table.
    CacheBatch replace;
    replace.replaceAll = {CacheEntity::JoinRequests};
    replace.joinRequests = {makeRequest(9)};
    change = store.apply(replace);
    QVERIFY(change.ok());
    QVERIFY(change->replaced.contains(CacheEntity::JoinRequests));
    QCOMPARE(store.loadJoinRequests()->size(), 1);

    // A damaged row is reported, not skipped silently.
    QVERIFY(store.database().exec(u"UPDATE credentials SET json = '{\"id\":1}'"_s).ok());
    QVERIFY(!store.loadCredentials().ok());
}

void TestIdentity::credentialWorkOrders()
{
    const Result<WorkOrder> visit = WorkOrder::fromJson({{u"kind"_s, u"credential_rotation"_s},
                                                         {u"device_id"_s, u"dev-000004"_s},
                                                         {u"site_id"_s, u"site-01"_s},
                                                         {u"reason"_s, u"The device is offline and cannot be reached."_s},
                                                         {u"window"_s, QJsonValue::Null}});
    QVERIFY2(visit.ok(), qPrintable(visit.errorMessage()));
    QCOMPARE(visit->kind, WorkOrder::Kind::CredentialRotation);
    QVERIFY(visit->requiredVersion.isEmpty());
    QVERIFY(visit->reason.contains(u"offline"_s));

    // Firmware orders still need the version to install; an older backend sends no kind at all.
    const QJsonObject firmware{{u"device_id"_s, u"dev-1"_s}, {u"required_version"_s, u"2.1.0"_s}};
    QCOMPARE(WorkOrder::fromJson(firmware)->kind, WorkOrder::Kind::FirmwareUpdate);
    QJsonObject noVersion = firmware;
    noVersion.remove(u"required_version"_s);
    noVersion.insert(u"kind"_s, u"firmware_update"_s);
    QVERIFY(!WorkOrder::fromJson(noVersion).ok());
    QJsonObject unknown = firmware;
    unknown.insert(u"kind"_s, u"battery_swap"_s);
    QCOMPARE(WorkOrder::fromJson(unknown).error().field, u"kind"_s);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
