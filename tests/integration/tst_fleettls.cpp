#include "FleetdFixture.h"

#include "cache/CacheWriter.h"
#include "fleet/StreamClient.h"
#include "security/CertificateAuthority.h"
#include "security/SpkiPin.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;
using Kind = FleetError::Kind;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

std::optional<FleetResult<BackendInfo>> infoWith(const ConnectionProfile &profile,
                                                 const SecretBytes *passphrase = nullptr)
{
    const Result<TlsSettings> tls = TlsSetup::build(profile, passphrase);
    if (!tls)
        return FleetResult<BackendInfo>(FleetError(Kind::TlsOther, tls.errorMessage()));
    FleetApiClient api(profile, tls.value());
    return waitFor<BackendInfo>([&](QObject *c, auto done) { api.info(c, done); });
}

} // namespace

// Every TLS failure the console must refuse and name, against fleetd over real handshakes on 127.0.0.1.
class TestFleetTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void trustedConnectionWorks();
    void unknownCa();
    void expiredServerCertificate();
    void hostNameMismatch();
    void pinMatches();
    void pinMismatchStopsRequestsAndStream();
    void clientCertificateRequired();
    void clientCertificateOfAnotherCaIsRefused();
    void clientCertificateAccepted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;
    std::unique_ptr<FleetdProcess> m_mutual;
    std::optional<CertificateAuthority> m_fleetdCa;
    std::optional<CertificateAuthority> m_otherCa;
    QString m_otherCaFile;
};

void TestFleetTls::initTestCase()
{
    if (!fleetdAvailable())
        QSKIP("the fleetd binary has not been built (target fleetd); these tests need a real fleetd");
    QVERIFY(m_dir.isValid());
    QString error;
    m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"plain"_s));
    QVERIFY2(m_fleetd->start({}, &error), qPrintable(error));
    FleetdProcess::Options mutualOptions;
    mutualOptions.requireClientCert = true;
    mutualOptions.devices = 50;
    m_mutual = std::make_unique<FleetdProcess>(m_dir.filePath(u"mutual"_s));
    QVERIFY2(m_mutual->start(mutualOptions, &error), qPrintable(error));

    Result<CertificateAuthority> fleetdCa =
        CertificateAuthority::load(readAll(m_fleetd->file(u"ca.pem"_s)), readAll(m_fleetd->file(u"ca-key.pem"_s)));
    QVERIFY2(fleetdCa.ok(), qPrintable(fleetdCa.errorMessage()));
    m_fleetdCa = std::move(fleetdCa).value();
    Result<CertificateAuthority> other = CertificateAuthority::create(u"Some Other CA"_s, 30);
    QVERIFY(other.ok());
    m_otherCa = std::move(other).value();
    m_otherCaFile = m_dir.filePath(u"other-ca.pem"_s);
    QVERIFY(writeAll(m_otherCaFile, m_otherCa->certificatePem()));
}

void TestFleetTls::cleanupTestCase()
{
    m_fleetd.reset();
    m_mutual.reset();
}

void TestFleetTls::trustedConnectionWorks()
{
    const auto info = infoWith(m_fleetd->profile());
    QVERIFY2(info->ok(), qPrintable(info->error().message()));
}

void TestFleetTls::unknownCa()
{
    ConnectionProfile profile = m_fleetd->profile();
    profile.caBundlePath = m_otherCaFile;
    const auto info = infoWith(profile);
    QVERIFY(!info->ok());
    QCOMPARE(FleetError::kindName(info->error().kind()), FleetError::kindName(Kind::TlsUnknownCa));
    QVERIFY(info->error().message().contains(u"CA bundle"_s));

    // The system store does not know fleetd's private CA either.
    profile.caBundlePath.clear();
    QCOMPARE(infoWith(profile)->error().kind(), Kind::TlsUnknownCa);
}

void TestFleetTls::expiredServerCertificate()
{
    // fleetd never serves an expired certificate (it reissues one that is about to expire), so this handshake is
    // with a TLS endpoint presenting a certificate from fleetd's own CA that expired yesterday.
    CertificateRequest request;
    request.commonName = u"127.0.0.1"_s;
    request.ipAddresses = {u"127.0.0.1"_s};
    request.dnsNames = {u"localhost"_s};
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const Result<IssuedCertificate> expired = m_fleetdCa->issue(request);
    QVERIFY(expired.ok());

    QSslServer server;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(expired->certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(expired->privateKeyPem, QSsl::Ec));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    ConnectionProfile profile = m_fleetd->profile();
    profile.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
    const auto info = infoWith(profile);
    QVERIFY(!info->ok());
    QCOMPARE(FleetError::kindName(info->error().kind()), FleetError::kindName(Kind::TlsExpired));
    QVERIFY2(info->error().message().contains(QDateTime::currentDateTimeUtc().addDays(-1).toString(u"yyyy-MM-dd"_s)),
             qPrintable(info->error().message()));
}

void TestFleetTls::hostNameMismatch()
{
    // A fleetd whose certificate names 127.0.0.1 only, reached as "localhost".
    FleetdProcess narrow(m_dir.filePath(u"narrow"_s));
    FleetdProcess::Options options;
    options.devices = 20;
    QString error;
    QVERIFY2(narrow.start(options, &error), qPrintable(error));
    narrow.stop();
    Result<CertificateAuthority> ca =
        CertificateAuthority::load(readAll(narrow.file(u"ca.pem"_s)), readAll(narrow.file(u"ca-key.pem"_s)));
    QVERIFY(ca.ok());
    CertificateRequest request;
    request.commonName = u"127.0.0.1"_s;
    request.ipAddresses = {u"127.0.0.1"_s};
    const Result<IssuedCertificate> certificate = ca->issue(request);
    QVERIFY(certificate.ok());
    QVERIFY(writeAll(narrow.file(u"server.pem"_s), certificate->certificatePem));
    QVERIFY(writeAll(narrow.file(u"server-key.pem"_s), certificate->privateKeyPem));
    QVERIFY2(narrow.restart(&error), qPrintable(error));
    QCOMPARE(readAll(narrow.file(u"server.pem"_s)), certificate->certificatePem); // fleetd kept ours

    const auto byAddress = infoWith(narrow.profile());
    QVERIFY2(byAddress->ok(), qPrintable(byAddress->error().message()));
    const auto byName = infoWith(narrow.profile(u"narrow"_s, u"localhost"_s));
    QVERIFY(!byName->ok());
    QCOMPARE(FleetError::kindName(byName->error().kind()), FleetError::kindName(Kind::TlsHostMismatch));
}

void TestFleetTls::pinMatches()
{
    const QSslCertificate server(readAll(m_fleetd->file(u"server.pem"_s)), QSsl::Pem);
    ConnectionProfile profile = m_fleetd->profile();
    profile.spkiPin = SpkiPin::toPinText(SpkiPin::sha256(server));
    const auto info = infoWith(profile);
    QVERIFY2(info->ok(), qPrintable(info->error().message()));
}

void TestFleetTls::pinMismatchStopsRequestsAndStream()
{
    const QSslCertificate other(m_otherCa->certificatePem(), QSsl::Pem);
    const QString wrongPin = SpkiPin::toPinText(SpkiPin::sha256(other));
    ConnectionProfile pinned = m_fleetd->profile();
    pinned.spkiPin = wrongPin;

    // Before anything is sent: the login itself fails on the pin, not on the password.
    {
        const Result<TlsSettings> tls = TlsSetup::build(pinned);
        QVERIFY(tls.ok());
        FleetApiClient api(pinned, tls.value());
        const auto login = loginAs(api, *m_fleetd, u"alice"_s);
        QVERIFY(!login->ok());
        QCOMPARE(FleetError::kindName(login->error().kind()), FleetError::kindName(Kind::TlsPinMismatch));
        QVERIFY(login->error().message().contains(wrongPin));
        QVERIFY(!api.isLoggedIn());
    }

    // A pin that changes under a running session (e.g. an edited profile) stops requests and the stream.
    const ConnectionProfile profile = m_fleetd->profile();
    FleetApiClient api(profile, TlsSetup::build(profile).value());
    QVERIFY(loginAs(api, *m_fleetd, u"alice"_s)->ok());
    api.setTls(TlsSetup::build(pinned).value());
    const auto page = waitFor<Page<Site>>([&](QObject *c, auto done) { api.page<Site>({}, c, done); });
    QVERIFY(!page->ok());
    QCOMPARE(page->error().kind(), Kind::TlsPinMismatch);

    QTemporaryDir cacheDir;
    CacheWriter writer(cacheDir.filePath(u"cache.sqlite"_s));
    StreamClient stream(&api, &writer);
    QSignalSpy failed(&stream, &StreamClient::connectionFailed);
    QSignalSpy connected(&stream, &StreamClient::connected);
    stream.start(0);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 15000);
    QCOMPARE(failed.first().first().value<FleetError>().kind(), Kind::TlsPinMismatch);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(stream.state().phase, ConnectionState::Phase::Offline); // not retried: the operator must look
    QVERIFY(!stream.isActive());
    QTest::qWait(1500);
    QCOMPARE(failed.count(), 1);
}

void TestFleetTls::clientCertificateRequired()
{
    const auto info = infoWith(m_mutual->profile());
    QVERIFY(!info->ok());
    QCOMPARE(FleetError::kindName(info->error().kind()), FleetError::kindName(Kind::TlsClientCertRefused));
    QVERIFY(info->error().message().contains(u"none is configured"_s));
    QVERIFY(!info->error().isTransient()); // never retried silently
}

void TestFleetTls::clientCertificateOfAnotherCaIsRefused()
{
    CertificateRequest request;
    request.commonName = u"intruder"_s;
    request.usage = CertificateRequest::Usage::Client;
    const Result<IssuedCertificate> foreign = m_otherCa->issue(request);
    QVERIFY(foreign.ok());
    const QString cert = m_dir.filePath(u"foreign.pem"_s);
    const QString key = m_dir.filePath(u"foreign-key.pem"_s);
    QVERIFY(writeAll(cert, foreign->certificatePem));
    QVERIFY(writeAll(key, foreign->privateKeyPem));
    ConnectionProfile profile = m_mutual->profile();
    profile.clientCertificatePath = cert;
    profile.clientKeyPath = key;
    const auto info = infoWith(profile);
    QVERIFY(!info->ok());
    QCOMPARE(FleetError::kindName(info->error().kind()), FleetError::kindName(Kind::TlsClientCertRefused));
    QVERIFY(info->error().message().contains(u"did not accept"_s));
}

void TestFleetTls::clientCertificateAccepted()
{
    ConnectionProfile profile = m_mutual->profile();
    profile.clientCertificatePath = m_mutual->file(u"client.pem"_s);
    profile.clientKeyPath = m_mutual->file(u"client-key.pem"_s);
    const Result<TlsSettings> tls = TlsSetup::build(profile);
    QVERIFY2(tls.ok(), qPrintable(tls.errorMessage()));
    FleetApiClient api(profile, tls.value());
    const auto login = loginAs(api, *m_mutual, u"alice"_s);
    QVERIFY2(login->ok(), qPrintable(login->error().message()));

    // The stream uses the same client certificate.
    QTemporaryDir cacheDir;
    CacheWriter writer(cacheDir.filePath(u"cache.sqlite"_s));
    StreamClient stream(&api, &writer);
    QSignalSpy connected(&stream, &StreamClient::connected);
    stream.start(0);
    QVERIFY(connected.wait(15000));
    QVERIFY(stream.isLive());
    stream.stop();
}

QTEST_GUILESS_MAIN(TestFleetTls)
#include "tst_fleettls.moc"
