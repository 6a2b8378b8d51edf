// Login, TOTP, lockout, tokens and roles of fleetd over real TLS (fleet-api.md §3).

#include "FleetdTestClient.h"

#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

class TestFleetdAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void infoNeedsNoToken();
    void credentialsFileIsPrivate();
    void loginSucceedsWithPasswordAndTotp();
    void wrongPasswordIsInvalidCredentials();
    void unknownUserLooksLikeWrongPassword();
    void wrongTotpIsInvalidTotp();
    void replayedTotpIsRefused();
    void malformedLoginBodies_data();
    void malformedLoginBodies();
    void fiveFailuresLockTheAccount();
    void missingOrBadTokenIsUnauthenticated();
    void rolesAreEnforced_data();
    void rolesAreEnforced();
    void logoutInvalidatesTheToken();
    void expiredTokenSaysSo();
    void mutualTlsRequiresTheClientCertificate();

private:
    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
};

void TestFleetdAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const FleetdConfig config = testConfig(m_dir.filePath(u"data"_s));
    const Result<FleetdInstanceInfo> info = m_runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    QVERIFY(info->createdCredentials);
    QVERIFY(info->port != 0);
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
}

void TestFleetdAuth::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

void TestFleetdAuth::infoNeedsNoToken()
{
    const Reply reply = m_client->get(u"/info"_s, {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"name"_s).toString(), u"fleetd"_s);
    QCOMPARE(reply.json.value(u"api_version"_s).toInt(), 1);
    QCOMPARE(QByteArray::fromBase64(reply.json.value(u"audit_public_key"_s).toString().toLatin1()).size(), 32);
}

void TestFleetdAuth::credentialsFileIsPrivate()
{
    const QFileInfo file(m_runner.info().credentialsFile);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const Result<QList<FleetdCredential>> credentials = FleetdCredentials::read(file.filePath());
    QVERIFY(credentials.ok());
    QStringList users;
    for (const FleetdCredential &credential : *credentials) {
        users.append(credential.user);
        QVERIFY(credential.password.size() >= 16);
        QVERIFY(credential.otpauthUri.startsWith(u"otpauth://totp/"_s));
    }
    QCOMPARE(users, (QStringList{u"admin"_s, u"alice"_s, u"bob"_s, u"carol"_s}));
    for (const char *key : {"server-key.pem", "client-key.pem", "audit-key.pem", "ca-key.pem"}) {
        const QFileInfo keyFile(QDir(m_runner.info().dataDir).filePath(QString::fromLatin1(key)));
        QVERIFY2(keyFile.exists(), key);
        QCOMPARE(keyFile.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
}

void TestFleetdAuth::loginSucceedsWithPasswordAndTotp()
{
    const FleetdCredential alice = m_client->credential(u"alice"_s);
    const Reply reply = m_client->login(u"alice"_s, alice.password, m_client->freshTotp(u"alice"_s));
    QCOMPARE(reply.status, 200);
    const QByteArray token = reply.json.value(u"token"_s).toString().toLatin1();
    QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);
    QCOMPARE(reply.json.value(u"user"_s).toString(), u"alice"_s);
    QCOMPARE(reply.json.value(u"roles"_s).toArray(), QJsonArray{u"operator"_s});
    QCOMPARE(reply.json.value(u"backend"_s).toObject().value(u"name"_s).toString(), u"fleetd"_s);
    const QDateTime expires = QDateTime::fromString(reply.json.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc());
    QCOMPARE(m_client->get(u"/devices?limit=1"_s, token).status, 200);
}

void TestFleetdAuth::wrongPasswordIsInvalidCredentials()
{
    const Reply reply = m_client->login(u"bob"_s, u"not-the-password"_s, u"000000"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), u"invalid_credentials"_s);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
}

void TestFleetdAuth::unknownUserLooksLikeWrongPassword()
{
    const Reply reply = m_client->login(u"mallory"_s, u"whatever"_s, u"123456"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), u"invalid_credentials"_s);
}

void TestFleetdAuth::wrongTotpIsInvalidTotp()
{
    const FleetdCredential bob = m_client->credential(u"bob"_s);
    const QString right = Totp::code(bob.totpSecret(), QDateTime::currentSecsSinceEpoch());
    QString wrong = right;
    wrong[0] = QChar(u'0' + (right.at(0).digitValue() + 5) % 10);
    const Reply reply = m_client->login(u"bob"_s, bob.password, wrong);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), u"invalid_totp"_s);
    QCOMPARE(reply.field(), u"totp"_s);
    // A code from ten minutes ago is outside the ±1 step window.
    const Reply old = m_client->login(u"bob"_s, bob.password,
                                      Totp::code(bob.totpSecret(), QDateTime::currentSecsSinceEpoch() - 600));
    QCOMPARE(old.code(), u"invalid_totp"_s);
    // Two failures so far; a success resets the counter.
    QVERIFY(!m_client->token(u"bob"_s).isEmpty());
}

void TestFleetdAuth::replayedTotpIsRefused()
{
    const FleetdCredential admin = m_client->credential(u"admin"_s);
    const QString code = m_client->freshTotp(u"admin"_s);
    QCOMPARE(m_client->login(u"admin"_s, admin.password, code).status, 200);
    const Reply replay = m_client->login(u"admin"_s, admin.password, code);
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.code(), u"invalid_totp"_s);
}

void TestFleetdAuth::malformedLoginBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{user: alice") << u"bad_request"_s << QString();
    QTest::newRow("array") << QByteArray("[]") << u"bad_request"_s << QString();
    QTest::newRow("missing totp") << QByteArray(R"({"user":"alice","password":"x"})") << u"bad_request"_s
                                  << u"totp"_s;
    QTest::newRow("number password") << QByteArray(R"({"user":"alice","password":5,"totp":"123456"})")
                                     << u"bad_request"_s << u"password"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"user":"alice","password":"x","totp":"1","remember":true})")
                                   << u"unknown_field"_s << u"remember"_s;
}

void TestFleetdAuth::malformedLoginBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Reply reply = m_client->raw("POST", u"/session"_s, body, {});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
}

void TestFleetdAuth::fiveFailuresLockTheAccount()
{
    const FleetdCredential carol = m_client->credential(u"carol"_s);
    for (int i = 1; i <= 4; ++i) {
        const Reply reply = m_client->login(u"carol"_s, u"wrong"_s, u"000000"_s);
        QCOMPARE(reply.status, 401);
    }
    const Reply fifth = m_client->login(u"carol"_s, u"wrong"_s, u"000000"_s);
    QCOMPARE(fifth.status, 423);
    QCOMPARE(fifth.code(), u"account_locked"_s);
    const QDateTime until = QDateTime::fromString(fifth.json.value(u"locked_until"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(until.isValid());
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(until);
    QVERIFY2(seconds > 280 && seconds <= 300, qPrintable(QString::number(seconds)));
    // Even the right password and code are refused while locked, and the code is not burnt.
    const Reply locked = m_client->login(u"carol"_s, carol.password,
                                         Totp::code(carol.totpSecret(), QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.json.value(u"locked_until"_s), fifth.json.value(u"locked_until"_s));
    // The lockout is in the audit trail.
    const Reply audit = m_client->get(u"/audit?limit=5000"_s, m_client->token(u"alice"_s));
    bool found = false;
    for (const QJsonValue &entry : audit.items())
        found |= entry.toObject().value(u"action"_s) == u"session.locked"_s
            && entry.toObject().value(u"target"_s) == u"carol"_s;
    QVERIFY(found);
}

void TestFleetdAuth::missingOrBadTokenIsUnauthenticated()
{
    Reply reply = m_client->get(u"/devices"_s, {});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), u"unauthenticated"_s);
    reply = m_client->get(u"/devices"_s, "bm90LWEtdG9rZW4");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.code(), u"unauthenticated"_s);
}

void TestFleetdAuth::rolesAreEnforced_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("allowed");
    // carol is locked by now, so the viewer rows use a second viewer-like check: alice/bob are operators, admin
    // is admin; viewer access is covered by tst_fleetdapi. Here: operator vs admin vs personal data.
    QTest::newRow("operator reads owners") << u"alice"_s << QByteArray("GET") << u"/owners?limit=1"_s
                                           << QByteArray() << true;
    QTest::newRow("operator cannot create rules")
        << u"alice"_s << QByteArray("POST") << u"/rules"_s
        << QByteArray(R"({"name":"r","enabled":false,"condition":"type:port_scan","action":"notify"})") << false;
    QTest::newRow("admin creates rules")
        << u"admin"_s << QByteArray("POST") << u"/rules"_s
        << QByteArray(R"({"name":"r","enabled":false,"condition":"type:port_scan","action":"notify"})") << true;
    QTest::newRow("operator dry-runs") << u"bob"_s << QByteArray("POST") << u"/rules/dry-run"_s
                                       << QByteArray(R"({"rule":{"name":"r","enabled":true,
                                                     "condition":"type:port_scan","action":"notify"}})")
                                       << true;
}

void TestFleetdAuth::rolesAreEnforced()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, allowed);
    const Reply reply = m_client->raw(method, path, body, m_client->token(user));
    if (allowed) {
        QVERIFY2(reply.status >= 200 && reply.status < 300, reply.body.constData());
    } else {
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), u"forbidden"_s);
    }
}

void TestFleetdAuth::logoutInvalidatesTheToken()
{
    const FleetdCredential alice = m_client->credential(u"alice"_s);
    const Reply login = m_client->login(u"alice"_s, alice.password, m_client->freshTotp(u"alice"_s));
    QCOMPARE(login.status, 200);
    const QByteArray token = login.json.value(u"token"_s).toString().toLatin1();
    QCOMPARE(m_client->raw("DELETE", u"/session"_s, QByteArray(), token).status, 204);
    const Reply after = m_client->get(u"/devices"_s, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.code(), u"unauthenticated"_s);
}

void TestFleetdAuth::expiredTokenSaysSo()
{
    // A second instance with --token-ttl 2.
    QTemporaryDir dir;
    FleetdConfig config = testConfig(dir.filePath(u"data"_s), 50);
    config.tokenTtlSeconds = 2;
    FleetdRunner runner;
    const Result<FleetdInstanceInfo> info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    FleetdTestClient client(info->baseUrl, info->caPem, info->credentialsFile);
    const QByteArray token = client.token(u"bob"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.get(u"/sites"_s, token).status, 200);
    QTest::qWait(2200);
    const Reply expired = client.get(u"/sites"_s, token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), u"token_expired"_s);
}

void TestFleetdAuth::mutualTlsRequiresTheClientCertificate()
{
    QTemporaryDir dir;
    FleetdConfig config = testConfig(dir.filePath(u"data"_s), 50);
    config.requireClientCert = true;
    FleetdRunner runner;
    const Result<FleetdInstanceInfo> info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));

    // Without a client certificate the handshake fails: no HTTP status at all.
    FleetdTestClient anonymous(info->baseUrl, info->caPem, info->credentialsFile);
    QCOMPARE(anonymous.get(u"/info"_s, {}).status, 0);

    // A certificate from another CA does not help either.
    QTemporaryDir otherDir;
    FleetdRunner other;
    const Result<FleetdInstanceInfo> otherInfo = other.start(testConfig(otherDir.filePath(u"data"_s), 50));
    QVERIFY(otherInfo.ok());
    const auto withCertificate = [](FleetdTestClient &client, const QString &dataDir) {
        QFile certificate(QDir(dataDir).filePath(u"client.pem"_s));
        QFile key(QDir(dataDir).filePath(u"client-key.pem"_s));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QVERIFY(key.open(QIODevice::ReadOnly));
        client.tls().setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        client.tls().setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    };
    FleetdTestClient stranger(info->baseUrl, info->caPem, info->credentialsFile);
    withCertificate(stranger, otherInfo->dataDir);
    QCOMPARE(stranger.get(u"/info"_s, {}).status, 0);

    // The operator certificate fleetd issued on first run is accepted, and login works as usual.
    FleetdTestClient client(info->baseUrl, info->caPem, info->credentialsFile);
    withCertificate(client, info->dataDir);
    QCOMPARE(client.get(u"/info"_s, {}).status, 200);
    QVERIFY(!client.token(u"alice"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestFleetdAuth)
#include "tst_fleetdauth.moc"
