#include "fleet/TlsSetup.h"
#include "security/CertificateAuthority.h"
#include "security/SecretBuffer.h"
#include "security/SpkiPin.h"

#include <QFile>
#include <QRegularExpression>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

using namespace warden;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A PKCS#12 file of certificate + key, protected by passphrase (OpenSSL directly: Qt can read but not write one).
QByteArray makePkcs12(const QByteArray &certificatePem, const QByteArray &keyPem, const char *passphrase)
{
    BIO *certBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    QByteArray der;
    if (certificate && key) {
        PKCS12 *p12 = PKCS12_create(passphrase, "client", key, certificate, nullptr, 0, 0, 0, 0, 0);
        if (p12) {
            unsigned char *buffer = nullptr;
            const int length = i2d_PKCS12(p12, &buffer);
            if (length > 0)
                der = QByteArray(reinterpret_cast<const char *>(buffer), length);
            OPENSSL_free(buffer);
            PKCS12_free(p12);
        }
    }
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certBio);
    return der;
}

} // namespace

class TestTlsSetup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void alwaysVerifiesWithModernTls();
    void bundleReplacesSystemCas();
    void systemCasWithoutBundle();
    void pemClientCertificate();
    void encryptedPemKeyNeedsPassphrase();
    void pkcs12_data();
    void pkcs12();
    void expiredClientCertificateIsRefused();
    void badFiles_data();
    void badFiles();
    void invalidProfileIsRefused();
    void pinMatchesOnlyItsKey();

private:
    ConnectionProfile profile() const;

    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_ca;
    IssuedCertificate m_client;
    IssuedCertificate m_server;
    QString m_caFile;
    QString m_certFile;
    QString m_keyFile;
};

void TestTlsSetup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<CertificateAuthority> ca = CertificateAuthority::create(u"Fleet Test CA"_s, 30);
    QVERIFY2(ca.ok(), qPrintable(ca.errorMessage()));
    m_ca = std::move(ca).value();
    CertificateRequest client;
    client.commonName = u"alice"_s;
    client.usage = CertificateRequest::Usage::Client;
    Result<IssuedCertificate> issued = m_ca->issue(client);
    QVERIFY(issued.ok());
    m_client = issued.value();
    CertificateRequest server;
    server.commonName = u"127.0.0.1"_s;
    server.ipAddresses = {u"127.0.0.1"_s};
    issued = m_ca->issue(server);
    QVERIFY(issued.ok());
    m_server = issued.value();

    m_caFile = m_dir.filePath(u"ca.pem"_s);
    m_certFile = m_dir.filePath(u"client.pem"_s);
    m_keyFile = m_dir.filePath(u"client-key.pem"_s);
    writeFile(m_caFile, m_ca->certificatePem());
    writeFile(m_certFile, m_client.certificatePem);
    writeFile(m_keyFile, m_client.privateKeyPem);
}

ConnectionProfile TestTlsSetup::profile() const
{
    ConnectionProfile p;
    p.name = u"test"_s;
    p.baseUrl = QUrl(u"https://127.0.0.1:8443"_s);
    p.caBundlePath = m_caFile;
    return p;
}

void TestTlsSetup::alwaysVerifiesWithModernTls()
{
    const Result<TlsSettings> tls = TlsSetup::build(profile());
    QVERIFY2(tls.ok(), qPrintable(tls.errorMessage()));
    QCOMPARE(tls->configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(tls->configuration.protocol(), QSsl::TlsV1_2OrLater);
    QVERIFY(tls->configuration.localCertificate().isNull());
    QVERIFY(tls->pin.isEmpty());
}

void TestTlsSetup::bundleReplacesSystemCas()
{
    const Result<TlsSettings> tls = TlsSetup::build(profile());
    QVERIFY(tls.ok());
    const QList<QSslCertificate> cas = tls->configuration.caCertificates();
    QCOMPARE(cas.size(), 1);
    QCOMPARE(cas.first(), QSslCertificate(m_ca->certificatePem(), QSsl::Pem));
}

void TestTlsSetup::systemCasWithoutBundle()
{
    ConnectionProfile p = profile();
    p.caBundlePath.clear();
    const Result<TlsSettings> tls = TlsSetup::build(p);
    QVERIFY(tls.ok());
    QCOMPARE(tls->configuration.caCertificates(), QSslConfiguration::systemCaCertificates());
    QVERIFY(!tls->configuration.caCertificates().contains(QSslCertificate(m_ca->certificatePem(), QSsl::Pem)));
}

void TestTlsSetup::pemClientCertificate()
{
    ConnectionProfile p = profile();
    p.clientCertificatePath = m_certFile;
    p.clientKeyPath = m_keyFile;
    const Result<TlsSettings> tls = TlsSetup::build(p);
    QVERIFY2(tls.ok(), qPrintable(tls.errorMessage()));
    QCOMPARE(tls->configuration.localCertificate(), QSslCertificate(m_client.certificatePem, QSsl::Pem));
    QVERIFY(!tls->configuration.privateKey().isNull());
    QCOMPARE(tls->configuration.privateKey().algorithm(), QSsl::Ec);
}

void TestTlsSetup::encryptedPemKeyNeedsPassphrase()
{
    const QSslKey plain(m_client.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!plain.isNull());
    const QString encrypted = m_dir.filePath(u"encrypted-key.pem"_s);
    writeFile(encrypted, plain.toPem("s3cret"));
    ConnectionProfile p = profile();
    p.clientCertificatePath = m_certFile;
    p.clientKeyPath = encrypted;

    const Result<TlsSettings> none = TlsSetup::build(p);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().field, u"client_key"_s);
    QVERIFY2(none.errorMessage().contains(u"passphrase is needed"_s), qPrintable(none.errorMessage()));

    SecretBytes wrong(QByteArray("guess"));
    const Result<TlsSettings> bad = TlsSetup::build(p, &wrong);
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(u"passphrase is wrong"_s));

    SecretBytes right(QByteArray("s3cret"));
    const Result<TlsSettings> good = TlsSetup::build(p, &right);
    QVERIFY2(good.ok(), qPrintable(good.errorMessage()));
    QCOMPARE(good->configuration.privateKey().toPem(), plain.toPem());
}

void TestTlsSetup::pkcs12_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right") << QByteArray("p12-pass") << true;
    QTest::newRow("wrong") << QByteArray("nope") << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestTlsSetup::pkcs12()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(bool, ok);
    const QByteArray p12 = makePkcs12(m_client.certificatePem, m_client.privateKeyPem, "p12-pass");
    QVERIFY(!p12.isEmpty());
    const QString path = m_dir.filePath(u"client.p12"_s);
    writeFile(path, p12);
    ConnectionProfile p = profile();
    p.clientPkcs12Path = path;
    SecretBytes secret(passphrase);
    if (!ok)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"PKCS#12"_s));
    const Result<TlsSettings> tls = TlsSetup::build(p, passphrase.isEmpty() ? nullptr : &secret);
    QCOMPARE(tls.ok(), ok);
    if (ok) {
        QCOMPARE(tls->configuration.localCertificate(), QSslCertificate(m_client.certificatePem, QSsl::Pem));
        QVERIFY(!tls->configuration.privateKey().isNull());
    } else {
        QCOMPARE(tls.error().field, u"client_pkcs12"_s);
    }
}

void TestTlsSetup::expiredClientCertificateIsRefused()
{
    CertificateRequest request;
    request.commonName = u"old"_s;
    request.usage = CertificateRequest::Usage::Client;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const Result<IssuedCertificate> old = m_ca->issue(request);
    QVERIFY(old.ok());
    const QString cert = m_dir.filePath(u"old.pem"_s);
    const QString key = m_dir.filePath(u"old-key.pem"_s);
    writeFile(cert, old->certificatePem);
    writeFile(key, old->privateKeyPem);
    ConnectionProfile p = profile();
    p.clientCertificatePath = cert;
    p.clientKeyPath = key;
    const Result<TlsSettings> tls = TlsSetup::build(p);
    QVERIFY(!tls.ok());
    QCOMPARE(tls.error().field, u"client_certificate"_s);
    QVERIFY(tls.errorMessage().contains(u"expired"_s));
}

void TestTlsSetup::badFiles_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty bundle") << u"ca"_s << QByteArray() << u"ca_bundle"_s;
    QTest::newRow("bundle of junk") << u"ca"_s << QByteArray("-----BEGIN NONSENSE-----\n") << u"ca_bundle"_s;
    QTest::newRow("cert is a key") << u"cert"_s
                                   << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE "
                                                 "KEY-----\n")
                                   << u"client_certificate"_s;
    QTest::newRow("key is a cert") << u"key"_s << QByteArray() << u"client_key"_s;
}

void TestTlsSetup::badFiles()
{
    QFETCH(QString, which);
    QFETCH(QByteArray, contents);
    QFETCH(QString, field);
    const QString path = m_dir.filePath(u"bad-"_s + which + u".pem"_s);
    writeFile(path, which == u"key"_s ? m_client.certificatePem : contents);
    ConnectionProfile p = profile();
    p.clientCertificatePath = m_certFile;
    p.clientKeyPath = m_keyFile;
    if (which == u"ca"_s)
        p.caBundlePath = path;
    else if (which == u"cert"_s)
        p.clientCertificatePath = path;
    else
        p.clientKeyPath = path;
    const Result<TlsSettings> tls = TlsSetup::build(p);
    QVERIFY(!tls.ok());
    QCOMPARE(tls.error().field, field);
    QVERIFY(tls.errorMessage().contains(path));
}

void TestTlsSetup::invalidProfileIsRefused()
{
    ConnectionProfile p = profile();
    p.baseUrl = QUrl(u"http://127.0.0.1:8443"_s);
    const Result<TlsSettings> tls = TlsSetup::build(p);
    QVERIFY(!tls.ok());
    QCOMPARE(tls.error().field, u"base_url"_s);
}

void TestTlsSetup::pinMatchesOnlyItsKey()
{
    const QSslCertificate server(m_server.certificatePem, QSsl::Pem);
    const QSslCertificate other(m_client.certificatePem, QSsl::Pem);
    ConnectionProfile p = profile();
    p.spkiPin = SpkiPin::toPinText(SpkiPin::sha256(server));
    const Result<TlsSettings> tls = TlsSetup::build(p);
    QVERIFY2(tls.ok(), qPrintable(tls.errorMessage()));
    QCOMPARE(tls->pin.size(), 32);
    QVERIFY(!tls->checkPeer(server).has_value());
    const std::optional<FleetError> mismatch = tls->checkPeer(other);
    QVERIFY(mismatch.has_value());
    QCOMPARE(mismatch->kind(), FleetError::Kind::TlsPinMismatch);
    QVERIFY(mismatch->message().contains(p.spkiPin));
    QVERIFY(mismatch->message().contains(SpkiPin::toPinText(SpkiPin::sha256(other))));
    QVERIFY(tls->checkPeer(QSslCertificate()).has_value()); // no certificate never matches a pin

    p.spkiPin.clear();
    const Result<TlsSettings> unpinned = TlsSetup::build(p);
    QVERIFY(!unpinned->checkPeer(other).has_value());
}

QTEST_GUILESS_MAIN(TestTlsSetup)
#include "tst_tlssetup.moc"
