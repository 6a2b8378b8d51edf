// The operator administration endpoints of fleetd over real TLS: GET /operators and
// POST /operators/{user}/reset-totp (fleet-api.md §3).

#include "FleetdTestClient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

class TestFleetdOperators : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listingIsAdminOnly_data();
    void listingIsAdminOnly();
    void listingShowsEveryOperator();
    void resetIsAdminOnly();
    void resetRejectsBadRequests_data();
    void resetRejectsBadRequests();
    void resetReplacesTheSecretAndUnlocks();
    void auditEntryCarriesNoSecret();
    void resetEndsTheOperatorsSessionsAndStreams();

private:
    QJsonObject operatorEntry(const QString &user);

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QString m_newSecret; // base32, from resetReplacesTheSecretAndUnlocks
    QString m_reason;
};

void TestFleetdOperators::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<FleetdInstanceInfo> info = m_runner.start(testConfig(m_dir.filePath(u"data"_s), 20));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
}

void TestFleetdOperators::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

QJsonObject TestFleetdOperators::operatorEntry(const QString &user)
{
    const Reply reply = m_client->get(u"/operators"_s, m_client->token(u"admin"_s));
    for (const QJsonValue &item : reply.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"user"_s).toString() == user)
            return item.toObject();
    }
    return {};
}

void TestFleetdOperators::listingIsAdminOnly_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QString() << 401;
    QTest::newRow("operator") << u"alice"_s << 403;
    QTest::newRow("admin") << u"admin"_s << 200;
}

void TestFleetdOperators::listingIsAdminOnly()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    const QByteArray token = user.isEmpty() ? QByteArray() : m_client->token(user);
    QVERIFY(user.isEmpty() || !token.isEmpty());
    const Reply reply = m_client->get(u"/operators"_s, token);
    QCOMPARE(reply.status, status);
    if (status == 403)
        QCOMPARE(reply.code(), u"forbidden"_s);
}

void TestFleetdOperators::listingShowsEveryOperator()
{
    const Reply reply = m_client->get(u"/operators"_s, m_client->token(u"admin"_s));
    QCOMPARE(reply.status, 200);
    QStringList users;
    for (const QJsonValue &value : reply.json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        users.append(item.value(u"user"_s).toString());
        QVERIFY(item.value(u"totp_enrolled"_s).toBool());
        QVERIFY(item.contains(u"locked_until"_s));
        QVERIFY(item.contains(u"client_certificate"_s));
        QVERIFY(!item.value(u"roles"_s).toArray().isEmpty());
        // Nothing that would let someone log in leaves fleetd.
        QVERIFY(!item.contains(u"totp_secret"_s));
        QVERIFY(!item.contains(u"password_hash"_s));
    }
    QCOMPARE(users, (QStringList{u"admin"_s, u"alice"_s, u"bob"_s, u"carol"_s}));
    const QJsonObject admin = operatorEntry(u"admin"_s);
    QCOMPARE(admin.value(u"roles"_s).toArray(), QJsonArray{u"admin"_s});
    const QDateTime lastLogin = QDateTime::fromString(admin.value(u"last_login"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(lastLogin.isValid(), qPrintable(admin.value(u"last_login"_s).toString()));
    // carol has never logged in.
    QVERIFY(operatorEntry(u"carol"_s).value(u"last_login"_s).isNull());
    QVERIFY(operatorEntry(u"carol"_s).value(u"locked_until"_s).isNull());
}

void TestFleetdOperators::resetIsAdminOnly()
{
    const Reply reply = m_client->post(u"/operators/bob/reset-totp"_s, QJsonObject{{u"reason"_s, u"lost phone"_s}},
                                       m_client->token(u"alice"_s));
    QCOMPARE(reply.status, 403);
    QVERIFY(!reply.body.contains("totp_secret"));
}

void TestFleetdOperators::resetRejectsBadRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no reason") << u"/operators/bob/reset-totp"_s << QJsonObject{} << 400;
    QTest::newRow("blank reason") << u"/operators/bob/reset-totp"_s << QJsonObject{{u"reason"_s, u"  "_s}} << 400;
    QTest::newRow("unknown field") << u"/operators/bob/reset-totp"_s
                                   << QJsonObject{{u"reason"_s, u"x"_s}, {u"secret"_s, u"AAAA"_s}} << 400;
    QTest::newRow("unknown user") << u"/operators/mallory/reset-totp"_s << QJsonObject{{u"reason"_s, u"x"_s}}
                                  << 404;
}

void TestFleetdOperators::resetRejectsBadRequests()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    const Reply reply = m_client->post(path, body, m_client->token(u"admin"_s));
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.body.contains("totp_secret"));
}

void TestFleetdOperators::resetReplacesTheSecretAndUnlocks()
{
    const FleetdCredential carol = m_client->credential(u"carol"_s);
    // Lock carol out with wrong passwords.
    for (int i = 0; i < 5; ++i)
        (void)m_client->login(u"carol"_s, u"wrong-password"_s, u"000000"_s);
    QCOMPARE(m_client->login(u"carol"_s, carol.password, m_client->freshTotp(u"carol"_s)).status, 423);
    QVERIFY(!operatorEntry(u"carol"_s).value(u"locked_until"_s).isNull());

    m_reason = u"lost phone, ticket 4711"_s;
    const Reply reset = m_client->post(u"/operators/carol/reset-totp"_s, QJsonObject{{u"reason"_s, m_reason}},
                                       m_client->token(u"admin"_s));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json.value(u"user"_s).toString(), u"carol"_s);
    m_newSecret = reset.json.value(u"totp_secret"_s).toString();
    const Result<QByteArray> secret = Totp::fromBase32(m_newSecret);
    QVERIFY(secret.ok());
    QCOMPARE(secret->size(), 20);
    QVERIFY(*secret != carol.totpSecret());
    QVERIFY(reset.json.value(u"otpauth_uri"_s).toString().startsWith(u"otpauth://totp/"_s));
    QVERIFY(operatorEntry(u"carol"_s).value(u"locked_until"_s).isNull());

    // The old secret's current code no longer works; the new secret's does.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString oldCode = Totp::code(carol.totpSecret(), now);
    const QString newCode = Totp::code(*secret, now);
    QVERIFY(oldCode != newCode); // one chance in a million of a false failure
    const Reply old = m_client->login(u"carol"_s, carol.password, oldCode);
    QCOMPARE(old.status, 401);
    QCOMPARE(old.code(), u"invalid_totp"_s);
    const Reply fresh = m_client->login(u"carol"_s, carol.password, newCode);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json.value(u"user"_s).toString(), u"carol"_s);
}

void TestFleetdOperators::auditEntryCarriesNoSecret()
{
    QVERIFY(!m_newSecret.isEmpty());
    const Reply audit = m_client->get(u"/audit?limit=5000"_s, m_client->token(u"admin"_s));
    QCOMPARE(audit.status, 200);
    int resets = 0;
    for (const QJsonValue &value : audit.items()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"action"_s).toString() != u"operator.reset_totp"_s)
            continue;
        ++resets;
        QCOMPARE(entry.value(u"actor"_s).toString(), u"admin"_s);
        QCOMPARE(entry.value(u"target"_s).toString(), u"carol"_s);
        QCOMPARE(entry.value(u"details"_s).toObject(), (QJsonObject{{u"reason"_s, m_reason}}));
    }
    QCOMPARE(resets, 1);
    // Neither the padded nor the unpadded base32 form appears anywhere in the chain.
    QString unpadded = m_newSecret;
    while (unpadded.endsWith(u'='))
        unpadded.chop(1);
    QVERIFY(!audit.body.contains(unpadded.toLatin1()));
    QVERIFY(!QString::fromUtf8(audit.body).contains(unpadded, Qt::CaseInsensitive));
}

void TestFleetdOperators::resetEndsTheOperatorsSessionsAndStreams()
{
    // bob holds two sessions (say the console and a script) and a live stream; alice holds one of each.
    const QByteArray bobFirst = m_client->token(u"bob"_s);
    const Reply second = m_client->login(u"bob"_s, m_client->credential(u"bob"_s).password,
                                         m_client->freshTotp(u"bob"_s));
    QCOMPARE(second.status, 200);
    const QByteArray bobSecond = second.json.value(u"token"_s).toString().toLatin1();
    const QByteArray alice = m_client->token(u"alice"_s);
    QVERIFY(!bobFirst.isEmpty() && !bobSecond.isEmpty() && !alice.isEmpty());
    QCOMPARE(m_client->get(u"/devices?limit=1"_s, bobSecond).status, 200);

    StreamReader bobStream(*m_client, bobFirst);
    StreamReader aliceStream(*m_client, alice);
    QVERIFY(bobStream.waitFor([&] { return !bobStream.frameOfType(u"hello"_s).isEmpty(); }, 20000));
    QVERIFY(aliceStream.waitFor([&] { return !aliceStream.frameOfType(u"hello"_s).isEmpty(); }, 20000));

    const Reply reset = m_client->post(u"/operators/bob/reset-totp"_s, QJsonObject{{u"reason"_s, u"phone stolen"_s}},
                                       m_client->token(u"admin"_s));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json.value(u"revoked_sessions"_s).toInt(), 2);

    // Both of bob's tokens are dead for requests ...
    for (const QByteArray &token : {bobFirst, bobSecond}) {
        const Reply refused = m_client->get(u"/devices?limit=1"_s, token);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.code(), u"unauthenticated"_s);
    }
    // ... and his stream is closed with an error frame and 4401, so a console asks him to log in again.
    QVERIFY(bobStream.waitFor([&] { return bobStream.closed(); }, 20000));
    QCOMPARE(bobStream.frameOfType(u"error"_s).value(u"code"_s).toString(), u"unauthenticated"_s);
    QCOMPARE(int(bobStream.socket().closeCode()), 4401);

    // Other operators keep working, stream included (its next heartbeat still arrives).
    QCOMPARE(m_client->get(u"/devices?limit=1"_s, alice).status, 200);
    const qsizetype framesBefore = aliceStream.frames().size();
    QVERIFY(aliceStream.waitFor([&] { return aliceStream.frames().size() > framesBefore; }, 20000));
    QVERIFY(!aliceStream.closed());
    QVERIFY(aliceStream.frameOfType(u"error"_s).isEmpty());
    QCOMPARE(m_client->get(u"/devices?limit=1"_s, m_client->token(u"admin"_s)).status, 200);

    // carol's one session (her login after the first reset) ends; a second reset finds nothing left to end.
    for (const int expected : {1, 0}) {
        const Reply again = m_client->post(u"/operators/carol/reset-totp"_s,
                                           QJsonObject{{u"reason"_s, u"again"_s}}, m_client->token(u"admin"_s));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"revoked_sessions"_s).toInt(), expected);
    }
}

QTEST_GUILESS_MAIN(TestFleetdOperators)
#include "tst_fleetdoperators.moc"
