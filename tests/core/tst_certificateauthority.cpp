#include "security/CertificateAuthority.h"

#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace warden;

// The private PKI: certificates must load in Qt, verify against the CA, carry the right extensions and work in a
// real TLS handshake; bad input must give a clear error.
class TestCertificateAuthority final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void caCertificateIsSelfSignedV3Ca();
    void caExtensions();
    void serverCertificateVerifiesAgainstCa_data();
    void serverCertificateVerifiesAgainstCa();
    void serverCertificateContents();
    void clientCertificateUsage();
    void serialsAreRandom128Bit();
    void defaultValidity();
    void validityErrors_data();
    void validityErrors();
    void foreignCaIsNotTrusted();
    void loadRoundTrip();
    void loadRejects_data();
    void loadRejects();
    void issueRejects_data();
    void issueRejects();
    void createRejects();
    void mutualTlsHandshake();
    void tlsHandshakeReportsExpiredServer();

private:
    QList<QSslError::SslError> verifyWithCa(const QByteArray &leafPem, const QString &hostName) const;
    IssuedCertificate issue(const CertificateRequest &request) const;

    std::optional<CertificateAuthority> m_ca;
    QSslCertificate m_caCertificate;
};

namespace {

struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Owner = std::unique_ptr<X509, X509Free>;

// An independent look at the certificate through OpenSSL, for what Qt does not expose.
X509Owner parseWithOpenSsl(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return X509Owner(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QSslCertificateExtension extension(const QSslCertificate &certificate, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &e : extensions) {
        if (e.name() == name)
            return e;
    }
    return {};
}

// Qt shows the subject key id as "AB:CD:…" and the authority key id as "abcd…"; compare them as plain hex.
QString keyIdentifier(const QSslCertificate &certificate)
{
    return extension(certificate, u"subjectKeyIdentifier"_qs).value().toString().remove(QLatin1Char(':')).toLower();
}

QString authorityKeyIdentifier(const QSslCertificate &certificate)
{
    const QVariantMap aki = extension(certificate, u"authorityKeyIdentifier"_qs).value().toMap();
    return QString::fromLatin1(aki.value(u"keyid"_qs).toByteArray()).remove(QLatin1Char(':')).toLower();
}

CertificateRequest serverRequest()
{
    CertificateRequest request;
    request.commonName = u"fleetd.test"_qs;
    request.dnsNames = {u"localhost"_qs, u"fleetd.test"_qs, u"*.fleet.example"_qs};
    request.ipAddresses = {u"127.0.0.1"_qs, u"::1"_qs};
    return request;
}

} // namespace

void TestCertificateAuthority::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt was built without a TLS backend");
    Result<CertificateAuthority> ca = CertificateAuthority::create(u"Warden Test CA"_qs);
    QVERIFY2(ca.ok(), qPrintable(ca.errorMessage()));
    m_ca = std::move(ca).value();
    m_caCertificate = QSslCertificate(m_ca->certificatePem(), QSsl::Pem);
    QVERIFY(!m_caCertificate.isNull());
}

QList<QSslError::SslError> TestCertificateAuthority::verifyWithCa(const QByteArray &leafPem, const QString &hostName) const
{
    // QSslCertificate::verify trusts the default configuration's CAs: make that exactly our CA.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_caCertificate});
    QSslConfiguration::setDefaultConfiguration(configuration);
    QList<QSslError::SslError> kinds;
    const QList<QSslError> errors = QSslCertificate::verify({QSslCertificate(leafPem, QSsl::Pem)}, hostName);
    for (const QSslError &e : errors)
        kinds.append(e.error());
    return kinds;
}

IssuedCertificate TestCertificateAuthority::issue(const CertificateRequest &request) const
{
    Result<IssuedCertificate> issued = m_ca->issue(request);
    if (!issued)
        qWarning("issue failed: %s", qPrintable(issued.errorMessage()));
    return issued ? issued.value() : IssuedCertificate{};
}

void TestCertificateAuthority::caCertificateIsSelfSignedV3Ca()
{
    QVERIFY(m_caCertificate.isSelfSigned());
    QCOMPARE(m_caCertificate.version(), QByteArray("3"));
    QCOMPARE(m_caCertificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"Warden Test CA"_qs});
    QCOMPARE(m_caCertificate.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(m_caCertificate.publicKey().length(), 256);
    const QSslKey key(m_ca->privateKeyPem(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    // About ten years, starting an hour ago (clock skew).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(m_caCertificate.effectiveDate().secsTo(now.addSecs(-3600))) < 120);
    QVERIFY(qAbs(m_caCertificate.expiryDate().daysTo(now.addDays(3650))) <= 1);
    const X509Owner x = parseWithOpenSsl(m_ca->certificatePem());
    QVERIFY(x);
    QCOMPARE(X509_get_signature_nid(x.get()), NID_ecdsa_with_SHA256);
    QCOMPARE(X509_check_ca(x.get()), 1);
}

void TestCertificateAuthority::caExtensions()
{
    const QSslCertificateExtension basic = extension(m_caCertificate, u"basicConstraints"_qs);
    QVERIFY(basic.isCritical());
    QCOMPARE(basic.value().toMap().value(u"ca"_qs).toBool(), true);
    QCOMPARE(basic.value().toMap().value(u"pathLenConstraint"_qs).toInt(), 0);
    const QSslCertificateExtension usage = extension(m_caCertificate, u"keyUsage"_qs);
    QVERIFY(usage.isCritical());
    const QStringList usages = usage.value().toStringList();
    QVERIFY2(usages.contains(u"Certificate Sign"_qs), qPrintable(usages.join(u", "_qs)));
    QVERIFY(usages.contains(u"CRL Sign"_qs));
    const QString ski = keyIdentifier(m_caCertificate);
    QCOMPARE(ski.size(), 40); // SHA-1 of the public key, RFC 5280 method 1
    QCOMPARE(authorityKeyIdentifier(m_caCertificate), ski);
}

void TestCertificateAuthority::serverCertificateVerifiesAgainstCa_data()
{
    QTest::addColumn<QString>("hostName");
    QTest::newRow("dns localhost") << u"localhost"_qs;
    QTest::newRow("dns name") << u"fleetd.test"_qs;
    QTest::newRow("wildcard") << u"gw1.fleet.example"_qs;
    QTest::newRow("no host check") << QString();
}

void TestCertificateAuthority::serverCertificateVerifiesAgainstCa()
{
    QFETCH(QString, hostName);
    const IssuedCertificate issued = issue(serverRequest());
    QVERIFY(!issued.certificatePem.isEmpty());
    QCOMPARE(verifyWithCa(issued.certificatePem, hostName), QList<QSslError::SslError>());
    QVERIFY(verifyWithCa(issued.certificatePem, u"other.test"_qs).contains(QSslError::HostNameMismatch));
}

void TestCertificateAuthority::serverCertificateContents()
{
    const IssuedCertificate issued = issue(serverRequest());
    const QSslCertificate certificate(issued.certificatePem, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QVERIFY(!certificate.isSelfSigned());
    QCOMPARE(certificate.version(), QByteArray("3"));
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"fleetd.test"_qs});
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName), QStringList{u"Warden Test CA"_qs});

    const auto sans = certificate.subjectAlternativeNames();
    QCOMPARE(sans.values(QSsl::DnsEntry).size(), 3);
    QVERIFY(sans.values(QSsl::DnsEntry).contains(u"localhost"_qs));
    QVERIFY(sans.values(QSsl::DnsEntry).contains(u"*.fleet.example"_qs));
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_qs));
    QCOMPARE(sans.values(QSsl::IpAddressEntry).size(), 2);

    const QSslCertificateExtension basic = extension(certificate, u"basicConstraints"_qs);
    QVERIFY(basic.isCritical());
    QCOMPARE(basic.value().toMap().value(u"ca"_qs).toBool(), false);
    QCOMPARE(extension(certificate, u"keyUsage"_qs).value().toStringList(), QStringList{u"Digital Signature"_qs});
    QVERIFY(extension(certificate, u"keyUsage"_qs).isCritical());
    QCOMPARE(extension(certificate, u"extendedKeyUsage"_qs).value().toStringList(),
             QStringList{u"TLS Web Server Authentication"_qs});
    QCOMPARE(authorityKeyIdentifier(certificate), keyIdentifier(m_caCertificate));
    QCOMPARE(keyIdentifier(certificate).size(), 40);
    QVERIFY(keyIdentifier(certificate) != keyIdentifier(m_caCertificate));

    const QSslKey key(issued.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QCOMPARE(key.length(), 256);
    QVERIFY(issued.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));

    const X509Owner x = parseWithOpenSsl(issued.certificatePem);
    QVERIFY(x);
    QCOMPARE(X509_get_signature_nid(x.get()), NID_ecdsa_with_SHA256);
    QCOMPARE(X509_check_purpose(x.get(), X509_PURPOSE_SSL_SERVER, 0), 1);
    QCOMPARE(X509_check_purpose(x.get(), X509_PURPOSE_SSL_CLIENT, 0), 0);
    QCOMPARE(X509_check_ca(x.get()), 0);
    // The private key really belongs to the certificate.
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(issued.privateKeyPem.constData(), int(issued.privateKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr),
                                                             &EVP_PKEY_free);
    QVERIFY(pkey);
    QCOMPARE(X509_check_private_key(x.get(), pkey.get()), 1);
    // A fresh key per certificate, never the CA's.
    QVERIFY(certificate.publicKey() != m_caCertificate.publicKey());
}

void TestCertificateAuthority::clientCertificateUsage()
{
    CertificateRequest request;
    request.commonName = u"operator alice"_qs;
    request.usage = CertificateRequest::Usage::Client;
    const IssuedCertificate issued = issue(request);
    const QSslCertificate certificate(issued.certificatePem, QSsl::Pem);
    QVERIFY(certificate.subjectAlternativeNames().isEmpty());
    QCOMPARE(extension(certificate, u"extendedKeyUsage"_qs).value().toStringList(),
             QStringList{u"TLS Web Client Authentication"_qs});
    const X509Owner x = parseWithOpenSsl(issued.certificatePem);
    QCOMPARE(X509_check_purpose(x.get(), X509_PURPOSE_SSL_CLIENT, 0), 1);
    QCOMPARE(X509_check_purpose(x.get(), X509_PURPOSE_SSL_SERVER, 0), 0);
    QCOMPARE(verifyWithCa(issued.certificatePem, QString()), QList<QSslError::SslError>());
}

void TestCertificateAuthority::serialsAreRandom128Bit()
{
    QSet<QByteArray> serials;
    for (int i = 0; i < 5; ++i) {
        const IssuedCertificate issued = issue(serverRequest());
        const X509Owner x = parseWithOpenSsl(issued.certificatePem);
        std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x.get()), nullptr),
                                                          &BN_free);
        QCOMPARE(BN_num_bits(serial.get()), 128);
        QVERIFY(!BN_is_negative(serial.get()));
        serials.insert(QSslCertificate(issued.certificatePem, QSsl::Pem).serialNumber());
    }
    QCOMPARE(serials.size(), 5);
    QVERIFY(!serials.contains(m_caCertificate.serialNumber()));
}

void TestCertificateAuthority::defaultValidity()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate certificate(issue(serverRequest()).certificatePem, QSsl::Pem);
    QVERIFY(qAbs(certificate.effectiveDate().secsTo(now.addSecs(-3600))) < 120);
    QVERIFY(qAbs(certificate.expiryDate().secsTo(now.addDays(825))) < 120);
}

void TestCertificateAuthority::validityErrors_data()
{
    QTest::addColumn<int>("startDays");
    QTest::addColumn<int>("endDays");
    QTest::addColumn<QSslError::SslError>("expected");
    QTest::newRow("expired yesterday") << -30 << -1 << QSslError::CertificateExpired;
    QTest::newRow("expired long ago") << -4000 << -3000 << QSslError::CertificateExpired;
    QTest::newRow("valid from tomorrow") << 1 << 30 << QSslError::CertificateNotYetValid;
    QTest::newRow("valid now") << -1 << 1 << QSslError::NoError;
}

void TestCertificateAuthority::validityErrors()
{
    QFETCH(int, startDays);
    QFETCH(int, endDays);
    QFETCH(QSslError::SslError, expected);
    CertificateRequest request = serverRequest();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    request.notBefore = now.addDays(startDays);
    request.notAfter = now.addDays(endDays);
    const IssuedCertificate issued = issue(request);
    QVERIFY(!issued.certificatePem.isEmpty());
    const QSslCertificate certificate(issued.certificatePem, QSsl::Pem);
    // X.509 times have one-second resolution.
    QVERIFY(qAbs(certificate.effectiveDate().secsTo(request.notBefore)) <= 1);
    QVERIFY(qAbs(certificate.expiryDate().secsTo(request.notAfter)) <= 1);
    const QList<QSslError::SslError> errors = verifyWithCa(issued.certificatePem, u"localhost"_qs);
    if (expected == QSslError::NoError)
        QCOMPARE(errors, QList<QSslError::SslError>());
    else
        QCOMPARE(errors, QList<QSslError::SslError>{expected});
}

void TestCertificateAuthority::foreignCaIsNotTrusted()
{
    const Result<CertificateAuthority> other = CertificateAuthority::create(u"Warden Test CA"_qs);
    QVERIFY(other.ok());
    const Result<IssuedCertificate> issued = other->issue(serverRequest());
    QVERIFY(issued.ok());
    const QList<QSslError::SslError> errors = verifyWithCa(issued->certificatePem, u"localhost"_qs);
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.contains(QSslError::UnableToGetLocalIssuerCertificate)
            || errors.contains(QSslError::CertificateSignatureFailed));
}

void TestCertificateAuthority::loadRoundTrip()
{
    const Result<CertificateAuthority> loaded = CertificateAuthority::load(m_ca->certificatePem(), m_ca->privateKeyPem());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->certificatePem(), m_ca->certificatePem());
    QCOMPARE(loaded->privateKeyPem(), m_ca->privateKeyPem());
    const Result<IssuedCertificate> issued = loaded->issue(serverRequest());
    QVERIFY(issued.ok());
    QCOMPARE(verifyWithCa(issued->certificatePem, u"localhost"_qs), QList<QSslError::SslError>());
    // Copies stay usable after the original is gone.
    std::optional<CertificateAuthority> copy;
    {
        CertificateAuthority original = loaded.value();
        copy = original;
    }
    QVERIFY(copy->issue(serverRequest()).ok());
}

void TestCertificateAuthority::loadRejects_data()
{
    QTest::addColumn<QByteArray>("certificatePem");
    QTest::addColumn<QByteArray>("keyPem");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const QByteArray caPem = m_ca->certificatePem();
    const QByteArray caKey = m_ca->privateKeyPem();
    const IssuedCertificate leaf = issue(serverRequest());
    const Result<CertificateAuthority> other = CertificateAuthority::create(u"Other CA"_qs);
    QVERIFY(other.ok());
    QByteArray damaged = caPem;
    damaged[damaged.size() / 2] = '!';

    QTest::newRow("empty certificate") << QByteArray() << caKey << u"certificatePem"_qs << u"not a PEM certificate"_qs;
    QTest::newRow("key as certificate") << caKey << caKey << u"certificatePem"_qs << u"not a PEM certificate"_qs;
    QTest::newRow("damaged certificate") << damaged << caKey << u"certificatePem"_qs << u"could not be read"_qs;
    QTest::newRow("truncated certificate") << caPem.left(caPem.size() - 40) << caKey << u"certificatePem"_qs
                                           << u"could not be read"_qs;
    QTest::newRow("empty key") << caPem << QByteArray() << u"privateKeyPem"_qs << u"not in PEM format"_qs;
    QTest::newRow("certificate as key") << caPem << caPem << u"privateKeyPem"_qs << u"could not be read"_qs;
    QTest::newRow("encrypted key") << caPem << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGb\n-----END ENCRYPTED PRIVATE KEY-----\n")
                                   << u"privateKeyPem"_qs << u"encrypted"_qs;
    QTest::newRow("other CA's key") << caPem << other->privateKeyPem() << u"privateKeyPem"_qs
                                    << u"does not belong to the CA certificate"_qs;
    QTest::newRow("leaf is not a CA") << leaf.certificatePem << leaf.privateKeyPem << u"certificatePem"_qs
                                      << u"not a CA certificate"_qs;
}

void TestCertificateAuthority::loadRejects()
{
    QFETCH(QByteArray, certificatePem);
    QFETCH(QByteArray, keyPem);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const Result<CertificateAuthority> loaded = CertificateAuthority::load(certificatePem, keyPem);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorMessage().contains(messagePart), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.error().field, field);
    QVERIFY(loaded.errorMessage().endsWith(QLatin1Char('.')));
}

void TestCertificateAuthority::issueRejects_data()
{
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<QStringList>("ipAddresses");
    QTest::addColumn<int>("lifetimeDays");
    QTest::addColumn<QString>("field");

    const QString cn = u"host"_qs;
    QTest::newRow("empty common name") << QString() << QStringList() << QStringList() << 30 << u"commonName"_qs;
    QTest::newRow("blank common name") << u"   "_qs << QStringList() << QStringList() << 30 << u"commonName"_qs;
    QTest::newRow("long common name") << QString(65, QLatin1Char('a')) << QStringList() << QStringList() << 30
                                      << u"commonName"_qs;
    QTest::newRow("dns with space") << cn << QStringList{u"exa mple.com"_qs} << QStringList() << 30 << u"dnsNames"_qs;
    QTest::newRow("dns injection") << cn << QStringList{u"a.com,IP:1.2.3.4"_qs} << QStringList() << 30
                                   << u"dnsNames"_qs;
    QTest::newRow("dns empty label") << cn << QStringList{u"a..com"_qs} << QStringList() << 30 << u"dnsNames"_qs;
    QTest::newRow("dns bare wildcard") << cn << QStringList{u"*"_qs} << QStringList() << 30 << u"dnsNames"_qs;
    QTest::newRow("dns inner wildcard") << cn << QStringList{u"a.*.com"_qs} << QStringList() << 30 << u"dnsNames"_qs;
    QTest::newRow("dns leading hyphen") << cn << QStringList{u"-a.com"_qs} << QStringList() << 30 << u"dnsNames"_qs;
    QTest::newRow("dns non-ascii") << cn << QStringList{QString::fromUtf8("ex\u00e4mple.com")} << QStringList() << 30
                                   << u"dnsNames"_qs;
    QTest::newRow("dns empty") << cn << QStringList{QString()} << QStringList() << 30 << u"dnsNames"_qs;
    QTest::newRow("ip out of range") << cn << QStringList() << QStringList{u"300.1.1.1"_qs} << 30 << u"ipAddresses"_qs;
    QTest::newRow("ip is a name") << cn << QStringList() << QStringList{u"localhost"_qs} << 30 << u"ipAddresses"_qs;
    QTest::newRow("ip empty") << cn << QStringList() << QStringList{QString()} << 30 << u"ipAddresses"_qs;
    QTest::newRow("expires before valid") << cn << QStringList() << QStringList() << -1 << u"notAfter"_qs;
}

void TestCertificateAuthority::issueRejects()
{
    QFETCH(QString, commonName);
    QFETCH(QStringList, dnsNames);
    QFETCH(QStringList, ipAddresses);
    QFETCH(int, lifetimeDays);
    QFETCH(QString, field);
    CertificateRequest request;
    request.commonName = commonName;
    request.dnsNames = dnsNames;
    request.ipAddresses = ipAddresses;
    request.notBefore = QDateTime::currentDateTimeUtc();
    request.notAfter = request.notBefore.addDays(lifetimeDays);
    const Result<IssuedCertificate> issued = m_ca->issue(request);
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().field, field);
    QVERIFY(!issued.errorMessage().isEmpty());
    // A rejected name is quoted back so the operator sees which entry is wrong.
    if (!dnsNames.isEmpty() && !dnsNames.first().isEmpty())
        QVERIFY2(issued.errorMessage().contains(dnsNames.first()), qPrintable(issued.errorMessage()));
}

void TestCertificateAuthority::createRejects()
{
    QCOMPARE(CertificateAuthority::create(QString()).error().field, u"commonName"_qs);
    QCOMPARE(CertificateAuthority::create(u"CA"_qs, 0).error().field, u"validDays"_qs);
    QVERIFY(CertificateAuthority::create(u"CA"_qs, 1).ok());
}

namespace {

// Runs one TLS handshake over loopback between a QSslServer and a QSslSocket and records what each side saw.
class Handshake final : public QObject {
public:
    Handshake(const QSslConfiguration &serverConfiguration, const QSslConfiguration &clientConfiguration)
    {
        m_server.setSslConfiguration(serverConfiguration);
        connect(&m_server, &QSslServer::sslErrors, this, [this](QSslSocket *, const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                serverErrors.append(e.error());
        });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] { serverEncrypted = true; });
        m_client.setSslConfiguration(clientConfiguration);
        connect(&m_client, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                clientErrors.append(e.error());
        });
        connect(&m_client, &QSslSocket::encrypted, this, [this] { clientEncrypted = true; });
        connect(&m_client, &QAbstractSocket::errorOccurred, this, [this] { clientFailed = true; });
    }

    bool start(const QString &peerName)
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            return false;
        m_client.connectToHostEncrypted(u"127.0.0.1"_qs, m_server.serverPort(), peerName);
        return true;
    }

    bool done() const { return (clientEncrypted && serverEncrypted) || clientFailed; }

    QList<QSslError::SslError> clientErrors;
    QList<QSslError::SslError> serverErrors;
    bool clientEncrypted = false;
    bool serverEncrypted = false;
    bool clientFailed = false;

private:
    QSslServer m_server;
    QSslSocket m_client;
};

QSslConfiguration tlsConfiguration(const IssuedCertificate &identity, const QSslCertificate &trustedCa)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(identity.certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(identity.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    configuration.setCaCertificates({trustedCa});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

} // namespace

void TestCertificateAuthority::mutualTlsHandshake()
{
    const IssuedCertificate server = issue(serverRequest());
    CertificateRequest clientRequest;
    clientRequest.commonName = u"warden console"_qs;
    clientRequest.usage = CertificateRequest::Usage::Client;
    const IssuedCertificate client = issue(clientRequest);

    Handshake handshake(tlsConfiguration(server, m_caCertificate), tlsConfiguration(client, m_caCertificate));
    QVERIFY(handshake.start(u"localhost"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(handshake.done(), 10000);
    QCOMPARE(handshake.clientErrors, QList<QSslError::SslError>());
    QCOMPARE(handshake.serverErrors, QList<QSslError::SslError>());
    QVERIFY(handshake.clientEncrypted);
    QVERIFY(handshake.serverEncrypted);
}

void TestCertificateAuthority::tlsHandshakeReportsExpiredServer()
{
    CertificateRequest request = serverRequest();
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-60);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const IssuedCertificate server = issue(request);
    QSslConfiguration serverConfiguration = tlsConfiguration(server, m_caCertificate);
    serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.setCaCertificates({m_caCertificate});

    Handshake handshake(serverConfiguration, clientConfiguration);
    QVERIFY(handshake.start(u"localhost"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(handshake.done(), 10000);
    QVERIFY(handshake.clientFailed);
    QVERIFY(!handshake.clientEncrypted);
    QCOMPARE(handshake.clientErrors, QList<QSslError::SslError>{QSslError::CertificateExpired});
}

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
