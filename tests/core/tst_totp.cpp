#include "security/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace warden;

// RFC 6238 TOTP and RFC 4648 base32: published vectors, drift window, malformed input.
class TestTotp final : public QObject {
    Q_OBJECT

private slots:
    void rfc6238Sha1Vectors_data();
    void rfc6238Sha1Vectors();
    void defaultsAreSixDigitsThirtySeconds();
    void invalidParametersGiveEmptyCode();
    void verifyAcceptsWithinDrift_data();
    void verifyAcceptsWithinDrift();
    void verifyRejectsMalformed_data();
    void verifyRejectsMalformed();
    void verifyRejectsOtherSecret();
    void base32Encode_data();
    void base32Encode();
    void base32Decode_data();
    void base32Decode();
    void base32DecodeIsLenient_data();
    void base32DecodeIsLenient();
    void base32DecodeRejects_data();
    void base32DecodeRejects();
    void base32RoundTripsRandomSecrets();
    void generateSecretIsRandom();
    void otpauthUri();
};

static const QByteArray Rfc6238Seed = QByteArrayLiteral("12345678901234567890");

void TestTotp::rfc6238Sha1Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    // RFC 6238 Appendix B, SHA1 rows.
    QTest::newRow("59") << qint64(59) << u"94287082"_qs;
    QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_qs;
    QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_qs;
    QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_qs;
    QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_qs;
    QTest::newRow("20000000000") << qint64(20000000000LL) << u"65353130"_qs;
}

void TestTotp::rfc6238Sha1Vectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    QCOMPARE(Totp::code(Rfc6238Seed, time, 8), expected);
    QVERIFY(Totp::verify(Rfc6238Seed, expected, time, 0));
}

void TestTotp::defaultsAreSixDigitsThirtySeconds()
{
    // The 6-digit code is the last 6 digits of the 8-digit one (same truncated value, smaller modulus).
    QCOMPARE(Totp::code(Rfc6238Seed, 59), u"287082"_qs);
    QCOMPARE(Totp::code(Rfc6238Seed, 1111111109), u"081804"_qs);
    // Same step -> same code; next step -> (for this seed) a different one.
    QCOMPARE(Totp::code(Rfc6238Seed, 30), Totp::code(Rfc6238Seed, 59));
    QVERIFY(Totp::code(Rfc6238Seed, 60) != Totp::code(Rfc6238Seed, 59));
    QCOMPARE(Totp::code(Rfc6238Seed, 1111111109, 7), u"7081804"_qs);
}

void TestTotp::invalidParametersGiveEmptyCode()
{
    QVERIFY(Totp::code(Rfc6238Seed, 59, 5).isEmpty());
    QVERIFY(Totp::code(Rfc6238Seed, 59, 9).isEmpty());
    QVERIFY(Totp::code(Rfc6238Seed, 59, 6, 0).isEmpty());
    QVERIFY(Totp::code(Rfc6238Seed, -1).isEmpty());
}

void TestTotp::verifyAcceptsWithinDrift_data()
{
    QTest::addColumn<qint64>("codeTime");
    QTest::addColumn<qint64>("checkTime");
    QTest::addColumn<int>("drift");
    QTest::addColumn<bool>("accepted");
    const qint64 t = 1700000000; // a step boundary multiple of 10, arbitrary
    QTest::newRow("same step") << t << t + 5 << 1 << true;
    QTest::newRow("one step early, drift 1") << t - 30 << t << 1 << true;
    QTest::newRow("one step late, drift 1") << t + 30 << t << 1 << true;
    QTest::newRow("two steps early, drift 1") << t - 60 << t << 1 << false;
    QTest::newRow("two steps late, drift 1") << t + 60 << t << 1 << false;
    QTest::newRow("one step early, drift 0") << t - 30 << t << 0 << false;
    QTest::newRow("two steps early, drift 2") << t - 60 << t << 2 << true;
    QTest::newRow("negative drift means 0") << t - 30 << t << -3 << false;
}

void TestTotp::verifyAcceptsWithinDrift()
{
    QFETCH(qint64, codeTime);
    QFETCH(qint64, checkTime);
    QFETCH(int, drift);
    QFETCH(bool, accepted);
    const QByteArray secret = QByteArrayLiteral("another secret of twenty");
    const QString c = Totp::code(secret, codeTime);
    QCOMPARE(c.size(), 6);
    // Guard against this row passing by coincidence: the neighbouring codes must differ.
    if (!accepted)
        QVERIFY(c != Totp::code(secret, checkTime));
    QCOMPARE(Totp::verify(secret, c, checkTime, drift), accepted);
}

void TestTotp::verifyRejectsMalformed_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("accepted");
    // Code for the seed at t=59 is 287082 (6 digits) / 94287082 (8 digits).
    QTest::newRow("valid") << u"287082"_qs << true;
    QTest::newRow("valid 8 digits") << u"94287082"_qs << true;
    QTest::newRow("grouped with space") << u"287 082"_qs << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << u"87082"_qs << false;
    QTest::newRow("too long") << u"294287082"_qs << false;
    QTest::newRow("letter") << u"28708a"_qs << false;
    QTest::newRow("sign") << u"+87082"_qs << false;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0662\u0668\u0667\u0660\u0668\u0662") << false;
    QTest::newRow("trailing junk") << u"287082x"_qs << false;
    QTest::newRow("wrong") << u"287083"_qs << false;
}

void TestTotp::verifyRejectsMalformed()
{
    QFETCH(QString, code);
    QFETCH(bool, accepted);
    QCOMPARE(Totp::verify(Rfc6238Seed, code, 59, 0), accepted);
}

void TestTotp::verifyRejectsOtherSecret()
{
    const QString c = Totp::code(Rfc6238Seed, 1234567890);
    QVERIFY(Totp::verify(Rfc6238Seed, c, 1234567890));
    QVERIFY(!Totp::verify(QByteArrayLiteral("12345678901234567891"), c, 1234567890));
    QVERIFY(!Totp::verify(QByteArray(), c, 1234567890));
}

void TestTotp::base32Encode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("encoded");
    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << u"MY======"_qs;
    QTest::newRow("fo") << QByteArray("fo") << u"MZXQ===="_qs;
    QTest::newRow("foo") << QByteArray("foo") << u"MZXW6==="_qs;
    QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ="_qs;
    QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_qs;
    QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI======"_qs;
    QTest::newRow("rfc6238 seed") << Rfc6238Seed << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs;
    QTest::newRow("high bytes") << QByteArray::fromHex("fffefd00") << u"777P2AA="_qs;
}

void TestTotp::base32Encode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, encoded);
    QCOMPARE(Totp::toBase32(raw), encoded);
}

void TestTotp::base32Decode_data()
{
    base32Encode_data();
}

void TestTotp::base32Decode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, encoded);
    const Result<QByteArray> decoded = Totp::fromBase32(encoded);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded.value(), raw);
}

void TestTotp::base32DecodeIsLenient_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("lower case") << u"mzxw6ytboi"_qs << QByteArray("foobar");
    QTest::newRow("no padding") << u"MZXW6YQ"_qs << QByteArray("foob");
    QTest::newRow("grouped") << u"MZXW 6YTB OI"_qs << QByteArray("foobar");
    QTest::newRow("dashes") << u"MZXW-6YTB-OI"_qs << QByteArray("foobar");
}

void TestTotp::base32DecodeIsLenient()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, raw);
    const Result<QByteArray> decoded = Totp::fromBase32(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded.value(), raw);
}

void TestTotp::base32DecodeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("digit 1") << u"MZXW1YQ="_qs << u"\u201c1\u201d"_qs;
    QTest::newRow("digit 8") << u"MZXW8YQ="_qs << u"\u201c8\u201d"_qs;
    QTest::newRow("non-ascii") << QString::fromUtf8("MZXW\u00c4") << u"not a base32 character"_qs;
    QTest::newRow("data after padding") << u"MY======MY"_qs << u"after"_qs;
    QTest::newRow("one symbol") << u"M"_qs << u"1 base32 characters"_qs;
    QTest::newRow("three symbols") << u"MZX"_qs << u"whole bytes"_qs;
    QTest::newRow("six symbols") << u"MZXW6Y"_qs << u"whole bytes"_qs;
}

void TestTotp::base32DecodeRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<QByteArray> decoded = Totp::fromBase32(text);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.errorMessage().contains(messagePart), qPrintable(decoded.errorMessage()));
}

void TestTotp::base32RoundTripsRandomSecrets()
{
    for (int size = 0; size < 41; ++size) {
        const QByteArray secret = Totp::generateSecret(size);
        QCOMPARE(secret.size(), size);
        const Result<QByteArray> decoded = Totp::fromBase32(Totp::toBase32(secret));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), secret);
    }
}

void TestTotp::generateSecretIsRandom()
{
    const QByteArray a = Totp::generateSecret();
    const QByteArray b = Totp::generateSecret();
    QCOMPARE(a.size(), 20);
    QVERIFY(a != b);
    QVERIFY(Totp::generateSecret(0).isEmpty());
}

void TestTotp::otpauthUri()
{
    const QString uri = Totp::otpauthUri(u"Warden Lab"_qs, u"ana@example.org"_qs, QByteArray("foobar"));
    QVERIFY2(uri.startsWith(u"otpauth://totp/Warden%20Lab:ana%40example.org?"_qs), qPrintable(uri));
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"otpauth"_qs);
    QCOMPARE(url.host(), u"totp"_qs);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"secret"_qs), u"MZXW6YTBOI"_qs);
    QCOMPARE(query.queryItemValue(u"issuer"_qs, QUrl::FullyDecoded), u"Warden Lab"_qs);
    QCOMPARE(query.queryItemValue(u"digits"_qs), u"6"_qs);
    QCOMPARE(query.queryItemValue(u"period"_qs), u"30"_qs);
    QCOMPARE(query.queryItemValue(u"algorithm"_qs), u"SHA1"_qs);
    // A ':' or '&' in a name must not break the label or the query.
    const QString tricky = Totp::otpauthUri(u"A&B"_qs, u"x:y"_qs, QByteArray("f"));
    QCOMPARE(QUrlQuery(QUrl(tricky)).queryItemValue(u"issuer"_qs, QUrl::FullyDecoded), u"A&B"_qs);
    QVERIFY(tricky.contains(u"/A%26B:x%3Ay?"_qs));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
