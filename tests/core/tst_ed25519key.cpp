#include "security/Ed25519Key.h"

#include <QTest>

using namespace warden;

// Ed25519 signing for audit heads: RFC 8032 vector, PEM round trip, rejection of forged or damaged input.
class TestEd25519Key final : public QObject {
    Q_OBJECT

private slots:
    void rfc8032TestVector1();
    void generatedKeySignsAndVerifies();
    void generatedKeysDiffer();
    void pemRoundTripKeepsKey();
    void rejectsWrongKey();
    void rejectsFlippedBits_data();
    void rejectsFlippedBits();
    void rejectsMalformedSizes_data();
    void rejectsMalformedSizes();
    void badPemGivesClearError_data();
    void badPemGivesClearError();
    void nullKeyIsHarmless();
    void copiesShareKey();
};

// RFC 8032 section 7.1, TEST 1, wrapped as PKCS#8 (prefix 302e020100300506032b657004220420 + seed).
static const QByteArray Rfc8032Pem = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                                                        "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
                                                        "-----END PRIVATE KEY-----\n");

void TestEd25519Key::rfc8032TestVector1()
{
    const Result<Ed25519Key> key = Ed25519Key::fromPrivateKeyPem(Rfc8032Pem);
    QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
    QCOMPARE(key->publicKeyRaw().toHex(), QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const QByteArray expected = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a"
                                                    "33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QCOMPARE(key->sign(QByteArray()), expected);
    QVERIFY(Ed25519Key::verify(key->publicKeyRaw(), QByteArray(), expected));
}

void TestEd25519Key::generatedKeySignsAndVerifies()
{
    const Ed25519Key key = Ed25519Key::generate();
    QVERIFY(!key.isNull());
    QCOMPARE(key.publicKeyRaw().size(), 32);
    const QByteArray message("audit head 42 3f9a...");
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(Ed25519Key::verify(key.publicKeyRaw(), message, signature));
    // Ed25519 is deterministic.
    QCOMPARE(key.sign(message), signature);
}

void TestEd25519Key::generatedKeysDiffer()
{
    QVERIFY(Ed25519Key::generate().publicKeyRaw() != Ed25519Key::generate().publicKeyRaw());
}

void TestEd25519Key::pemRoundTripKeepsKey()
{
    const Ed25519Key key = Ed25519Key::generate();
    const QByteArray pem = key.privateKeyPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    const Result<Ed25519Key> loaded = Ed25519Key::fromPrivateKeyPem(pem);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->publicKeyRaw(), key.publicKeyRaw());
    QCOMPARE(loaded->sign("m"), key.sign("m"));
    QCOMPARE(loaded->privateKeyPem(), pem);
}

void TestEd25519Key::rejectsWrongKey()
{
    const Ed25519Key signer = Ed25519Key::generate();
    const Ed25519Key other = Ed25519Key::generate();
    const QByteArray signature = signer.sign("message");
    QVERIFY(Ed25519Key::verify(signer.publicKeyRaw(), "message", signature));
    QVERIFY(!Ed25519Key::verify(other.publicKeyRaw(), "message", signature));
}

void TestEd25519Key::rejectsFlippedBits_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("bit");
    QTest::newRow("signature first bit") << u"signature"_qs << 0 << 0;
    QTest::newRow("signature R last") << u"signature"_qs << 31 << 7;
    QTest::newRow("signature S middle") << u"signature"_qs << 40 << 3;
    QTest::newRow("signature last bit") << u"signature"_qs << 63 << 7;
    QTest::newRow("message first") << u"message"_qs << 0 << 0;
    QTest::newRow("message last") << u"message"_qs << 15 << 6;
    QTest::newRow("public key") << u"key"_qs << 5 << 1;
}

void TestEd25519Key::rejectsFlippedBits()
{
    QFETCH(QString, part);
    QFETCH(int, byte);
    QFETCH(int, bit);
    const Ed25519Key key = Ed25519Key::generate();
    QByteArray message("0123456789abcdef");
    QByteArray signature = key.sign(message);
    QByteArray publicKey = key.publicKeyRaw();
    QVERIFY(Ed25519Key::verify(publicKey, message, signature));
    QByteArray &target = part == u"signature"_qs ? signature : part == u"message"_qs ? message : publicKey;
    target[byte] = char(target.at(byte) ^ (1 << bit));
    QVERIFY(!Ed25519Key::verify(publicKey, message, signature));
}

void TestEd25519Key::rejectsMalformedSizes_data()
{
    QTest::addColumn<int>("keySize");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("empty key") << 0 << 64;
    QTest::newRow("short key") << 31 << 64;
    QTest::newRow("long key") << 33 << 64;
    QTest::newRow("empty signature") << 32 << 0;
    QTest::newRow("short signature") << 32 << 63;
    QTest::newRow("long signature") << 32 << 65;
}

void TestEd25519Key::rejectsMalformedSizes()
{
    QFETCH(int, keySize);
    QFETCH(int, signatureSize);
    const Ed25519Key key = Ed25519Key::generate();
    const QByteArray signature = key.sign("m");
    const QByteArray publicKey = key.publicKeyRaw();
    // Pad with zeros or cut, keeping the genuine prefix so only the size is wrong.
    const QByteArray badKey = QByteArray(publicKey + QByteArray(8, '\0')).left(keySize);
    const QByteArray badSignature = QByteArray(signature + QByteArray(8, '\0')).left(signatureSize);
    QVERIFY(!Ed25519Key::verify(badKey, "m", badSignature));
}

void TestEd25519Key::badPemGivesClearError_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << u"not in PEM format"_qs;
    QTest::newRow("garbage") << QByteArray("hello") << u"not in PEM format"_qs;
    QTest::newRow("damaged base64") << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQ!!!\n-----END PRIVATE KEY-----\n")
                                    << u"could not be read"_qs;
    QTest::newRow("truncated") << Rfc8032Pem.left(40) << u"could not be read"_qs;
    QTest::newRow("EC key") << QByteArray("-----BEGIN PRIVATE KEY-----\n"
                                          "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3KANcA+ZpHi5Kcd4\n"
                                          "JQMRrPgH4Ek8MAjGffbvyQuYox6hRANCAATwLhrPP703rUmeoSclxoSaIRilYNXg\n"
                                          "NYmdXTvr6LATD/TYf7aeOANViPEt55GjZD9U6Bgh8vy8G4f17uB1fA5V\n"
                                          "-----END PRIVATE KEY-----\n")
                            << u"of type EC, but audit signing needs an Ed25519 key"_qs;
    QTest::newRow("encrypted") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                                             "MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAi4V/soODREGwICCAAw\n"
                                             "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEKDAOdwPZ+GUkM/Q/lxmbMoEQBfu\n"
                                             "Qg1d4yHpkVUAf/4lP1Umsxmcg+QJoXErIFkCQ4KxSXo+iakoXI+Hxn55Vjo+MYVt\n"
                                             "8wfiGa5/UJEP10PNEXk=\n"
                                             "-----END ENCRYPTED PRIVATE KEY-----\n")
                               << u"encrypted"_qs;
}

void TestEd25519Key::badPemGivesClearError()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, messagePart);
    const Result<Ed25519Key> key = Ed25519Key::fromPrivateKeyPem(pem);
    QVERIFY(!key.ok());
    QVERIFY2(key.errorMessage().contains(messagePart), qPrintable(key.errorMessage()));
}

void TestEd25519Key::nullKeyIsHarmless()
{
    const Ed25519Key key;
    QVERIFY(key.isNull());
    QVERIFY(key.sign("m").isEmpty());
    QVERIFY(key.publicKeyRaw().isEmpty());
    QVERIFY(key.privateKeyPem().isEmpty());
    const Ed25519Key copy = key;
    QVERIFY(copy.isNull());
}

void TestEd25519Key::copiesShareKey()
{
    Ed25519Key original = Ed25519Key::generate();
    const QByteArray publicKey = original.publicKeyRaw();
    Ed25519Key copy = original;
    Ed25519Key assigned;
    assigned = copy;
    original = Ed25519Key(); // dropping one owner must not free the key of the others
    QCOMPARE(copy.publicKeyRaw(), publicKey);
    QVERIFY(Ed25519Key::verify(publicKey, "x", assigned.sign("x")));
    Ed25519Key moved = std::move(copy);
    QCOMPARE(moved.publicKeyRaw(), publicKey);
}

QTEST_GUILESS_MAIN(TestEd25519Key)
#include "tst_ed25519key.moc"
