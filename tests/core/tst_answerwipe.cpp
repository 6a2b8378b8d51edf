// A backend's answer is overwritten once it is parsed (fleet/AnswerWipe.h): the parser sees the whole body, then every
// byte the array owned is zero while the allocation is still held (wipe() keeps it), so nothing of a 2FA reset's
// secret or a session token is left for the heap to hand out again. A shallow copy kept by the parser is left intact.
#include "fleet/AnswerWipe.h"
#include "fleet/IdentityTypes.h"
#include "fleet/FleetJson.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

class TestAnswerWipe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsedThenOverwritten_data();
    void parsedThenOverwritten();
    void totpResetAnswerLeavesNoSecret();
    void sharedCopyStaysIntact();
};

void TestAnswerWipe::parsedThenOverwritten_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("totp reset") << QByteArray(R"({"user":"carol","totp_secret":"JBSWY3DPEHPK3PXPJBSWY3DP",)"
                                              R"("otpauth_uri":"otpauth://totp/Warden:carol?secret=JBSWY3DPEHPK3PXP"})");
    QTest::newRow("session token") << QByteArray(R"({"token":"8f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e","expires_in":900})");
    QTest::newRow("one byte") << QByteArray("x");
}

void TestAnswerWipe::parsedThenOverwritten()
{
    QFETCH(QByteArray, body);
    QByteArray answer(body.constData(), body.size()); // owned alone, as the reply's readAll() is once moved
    const char *data = answer.constData();
    const qsizetype size = answer.size();
    QByteArray seen;
    const int parsed = parseThenWipe(answer, [&seen](const QByteArray &bytes) {
        seen = QByteArray(bytes.constData(), bytes.size()); // a deep copy: what the parser read
        return 42;
    });
    QCOMPARE(parsed, 42);
    QCOMPARE(seen, body);
    QVERIFY(answer.isEmpty());
    QVERIFY(answer.constData() == data); // the allocation is still this array's, so reading it is defined
    for (qsizetype i = 0; i < size; ++i)
        QVERIFY2(data[i] == '\0', qPrintable(u"byte %1 of %2 was not overwritten"_s.arg(i).arg(size)));
}

void TestAnswerWipe::totpResetAnswerLeavesNoSecret()
{
    const QByteArray secret = "JBSWY3DPEHPK3PXPJBSWY3DP";
    QByteArray answer = QByteArray(R"({"user":"carol","revoked_sessions":2,"totp_secret":")") + secret
        + R"(","otpauth_uri":"otpauth://totp/Warden%20fleetd:carol?secret=)" + secret + R"("})";
    const char *data = answer.constData();
    const qsizetype size = answer.size();
    Result<TotpReset> reset = parseThenWipe(answer, [](const QByteArray &body) -> Result<TotpReset> {
        Result<QJsonObject> json = fleetjson::parseObject(body, 1 << 20, u"response"_s);
        if (!json)
            return json.error();
        return TotpReset::fromJson(json.value());
    });
    QVERIFY2(reset.ok(), qPrintable(reset.errorMessage()));
    QCOMPARE(reset->user, u"carol"_s);
    QCOMPARE(reset->revokedSessions, 2);
    QCOMPARE(reset->secret->bytes(), secret); // the secret lives on only in its owner
    QVERIFY(QByteArrayView(data, size).indexOf(secret) < 0);
    QCOMPARE(QByteArrayView(data, size).count('\0'), size);
}

void TestAnswerWipe::sharedCopyStaysIntact()
{
    QByteArray answer(R"({"kept":"by the parser"})");
    QByteArray kept;
    parseThenWipe(answer, [&kept](const QByteArray &bytes) {
        kept = bytes; // a shallow copy: wiping must not change what another owner holds
        return 0;
    });
    QCOMPARE(kept, QByteArray(R"({"kept":"by the parser"})"));
    QVERIFY(answer.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnswerWipe)
#include "tst_answerwipe.moc"
