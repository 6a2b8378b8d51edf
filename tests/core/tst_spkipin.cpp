#include "security/CertificateAuthority.h"
#include "security/SpkiPin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>
#include <QTest>

using namespace warden;

// SPKI pins: fixed vectors computed with the openssl command line, an independent Qt path, and strict parsing.
class TestSpkiPin final : public QObject {
    Q_OBJECT

private slots:
    void fixedVectors_data();
    void fixedVectors();
    void matchesQtPublicKeyDer();
    void pinDependsOnKeyOnly();
    void nullCertificateHasNoPin();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void formattingRoundTrips();
    void matchesAny();
};

static QSslCertificate loadTestCertificate(const QString &name)
{
    QFile file(QStringLiteral(WARDEN_TEST_DATA_DIR "/security/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

// A known digest for parse rows: SHA-256 of the EC test certificate's SPKI.
static const QByteArray EcPin = QByteArray::fromHex("5aecdeb156c25f2dd6ee4bc32f17266e99fbecbba388b7734a3c12955479ca6d");

void TestSpkiPin::fixedVectors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedBase64");
    // Generated once with `openssl req -x509 -newkey ...` and pinned with
    // `openssl x509 -in F -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`.
    QTest::newRow("EC P-256") << u"spki-ec.pem"_qs << u"WuzesVbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0="_qs;
    QTest::newRow("RSA 2048") << u"spki-rsa.pem"_qs << u"0zItyVMueBAtB+FiQmaX9LzT5PGiHAkmr2eCaVBpdLg="_qs;
}

void TestSpkiPin::fixedVectors()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedBase64);
    const QSslCertificate certificate = loadTestCertificate(file);
    QVERIFY2(!certificate.isNull(), qPrintable(file));
    const QByteArray pin = SpkiPin::sha256(certificate);
    QCOMPARE(pin.size(), 32);
    QCOMPARE(SpkiPin::toBase64(pin), expectedBase64);
    QCOMPARE(SpkiPin::toPinText(pin), u"sha256/"_qs + expectedBase64);
}

void TestSpkiPin::matchesQtPublicKeyDer()
{
    // Qt writes a public QSslKey as a SubjectPublicKeyInfo, so hashing that is a second, independent path.
    const Result<CertificateAuthority> ca = CertificateAuthority::create(u"Pin CA"_qs);
    QVERIFY(ca.ok());
    CertificateRequest request;
    request.commonName = u"pinned.test"_qs;
    const Result<IssuedCertificate> issued = ca->issue(request);
    QVERIFY(issued.ok());
    const QList<QSslCertificate> certificates = {QSslCertificate(issued->certificatePem, QSsl::Pem),
                                                 QSslCertificate(ca->certificatePem(), QSsl::Pem),
                                                 loadTestCertificate(u"spki-rsa.pem"_qs)};
    for (const QSslCertificate &certificate : certificates) {
        const QByteArray spkiDer = certificate.publicKey().toDer();
        QVERIFY(!spkiDer.isEmpty());
        QCOMPARE(SpkiPin::sha256(certificate), QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256));
    }
}

void TestSpkiPin::pinDependsOnKeyOnly()
{
    const QSslCertificate ec = loadTestCertificate(u"spki-ec.pem"_qs);
    const QSslCertificate rsa = loadTestCertificate(u"spki-rsa.pem"_qs);
    QVERIFY(SpkiPin::sha256(ec) != SpkiPin::sha256(rsa));
    // The pin is not the certificate fingerprint.
    QVERIFY(SpkiPin::sha256(ec) != ec.digest(QCryptographicHash::Sha256));
}

void TestSpkiPin::nullCertificateHasNoPin()
{
    QVERIFY(SpkiPin::sha256(QSslCertificate()).isEmpty());
    QVERIFY(!SpkiPin::matchesAny(QSslCertificate(), {QByteArray()}));
}

void TestSpkiPin::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    const QString hex = QString::fromLatin1(EcPin.toHex());
    QTest::newRow("sha256/base64") << u"sha256/WuzesVbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0="_qs;
    QTest::newRow("upper-case prefix") << u"SHA256/WuzesVbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0="_qs;
    QTest::newRow("surrounding whitespace") << u"  sha256/WuzesVbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0=\n"_qs;
    QTest::newRow("lower-case hex") << hex;
    QTest::newRow("upper-case hex") << hex.toUpper();
    QTest::newRow("colon pairs") << QString::fromLatin1(EcPin.toHex(':')).toUpper();
}

void TestSpkiPin::parseAccepts()
{
    QFETCH(QString, text);
    const Result<QByteArray> pin = SpkiPin::parse(text);
    QVERIFY2(pin.ok(), qPrintable(pin.errorMessage()));
    QCOMPARE(pin.value(), EcPin);
}

void TestSpkiPin::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    const QString hex = QString::fromLatin1(EcPin.toHex());
    QTest::newRow("empty") << QString() << u"No public-key pin"_qs;
    QTest::newRow("blank") << u"   "_qs << u"No public-key pin"_qs;
    QTest::newRow("prefix only") << u"sha256/"_qs << u"not valid base64"_qs;
    QTest::newRow("not base64") << u"sha256/WuzesVbCXy3W7kvDL!cmbpn77LujiLdzSjwSlVR5ym0="_qs << u"\u201c!\u201d"_qs;
    QTest::newRow("base64url") << u"sha256/WuzesVbCXy3W7kvDL_cmbpn77LujiLdzSjwSlVR5ym0="_qs << u"\u201c_\u201d"_qs;
    QTest::newRow("space inside") << u"sha256/Wuzes VbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0="_qs << u"\u201c \u201d"_qs;
    QTest::newRow("bad padding") << u"sha256/WuzesVbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0=="_qs << u"not valid base64"_qs;
    QTest::newRow("sha1 sized") << u"sha256/"_qs + QString::fromLatin1(QByteArray(20, 'x').toBase64())
                                << u"20 bytes"_qs;
    QTest::newRow("sha1 prefix") << u"sha1/WuzesVbCXy3W7kvDLxcmbpn77LujiLdzSjwSlVR5ym0="_qs << u"not a public-key pin"_qs;
    QTest::newRow("63 hex") << hex.left(63) << u"63 hexadecimal characters"_qs;
    QTest::newRow("65 hex") << hex + u"a"_qs << u"65 hexadecimal characters"_qs;
    QTest::newRow("non-hex letter") << u"g"_qs + hex.mid(1) << u"not a public-key pin"_qs;
    QTest::newRow("irregular colons") << u":"_qs + QString::fromLatin1(EcPin.toHex(':')).mid(1)
                                      << u"not a public-key pin"_qs;
    QTest::newRow("spaces between pairs") << QString::fromLatin1(EcPin.toHex(' ')) << u"not a public-key pin"_qs;
    QTest::newRow("certificate pem") << u"-----BEGIN CERTIFICATE-----"_qs << u"not a public-key pin"_qs;
}

void TestSpkiPin::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<QByteArray> pin = SpkiPin::parse(text);
    QVERIFY(!pin.ok());
    QVERIFY2(pin.errorMessage().contains(messagePart), qPrintable(pin.errorMessage()));
}

void TestSpkiPin::formattingRoundTrips()
{
    const QByteArray pin = SpkiPin::sha256(loadTestCertificate(u"spki-rsa.pem"_qs));
    QCOMPARE(SpkiPin::toBase64(pin).size(), 44);
    QCOMPARE(SpkiPin::parse(SpkiPin::toPinText(pin)).value(), pin);
    QCOMPARE(SpkiPin::parse(QString::fromLatin1(pin.toHex())).value(), pin);
}

void TestSpkiPin::matchesAny()
{
    const QSslCertificate ec = loadTestCertificate(u"spki-ec.pem"_qs);
    const QByteArray rsaPin = SpkiPin::sha256(loadTestCertificate(u"spki-rsa.pem"_qs));
    QVERIFY(SpkiPin::matchesAny(ec, {rsaPin, EcPin}));
    QVERIFY(!SpkiPin::matchesAny(ec, {rsaPin}));
    QVERIFY(!SpkiPin::matchesAny(ec, {}));
    QByteArray flipped = EcPin;
    flipped[31] = char(flipped.at(31) ^ 0x80);
    QVERIFY(!SpkiPin::matchesAny(ec, {flipped}));
    QVERIFY(!SpkiPin::matchesAny(ec, {EcPin.left(31)}));
}

QTEST_GUILESS_MAIN(TestSpkiPin)
#include "tst_spkipin.moc"
