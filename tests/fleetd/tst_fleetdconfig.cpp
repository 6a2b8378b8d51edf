// fleetd's command line, first-run bootstrap of a data directory (files, permissions, reuse, certificate for the
// listen host) and the credentials file.

#include "server/FleetStore.h"
#include "server/FleetdBootstrap.h"
#include "server/FleetdConfig.h"
#include "server/FleetdCredentials.h"

#include "security/PasswordHasher.h"
#include "security/Totp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool privateFile(const QString &path)
{
    return (QFileInfo(path).permissions()
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther | QFile::ExeGroup
               | QFile::ExeOther))
        == QFile::Permissions();
}

} // namespace

class TestFleetdConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void parsesEveryOption();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void helpAndVersion();
    void listenAddresses_data();
    void listenAddresses();
    void baseUrl();
    void bootstrapCreatesPrivateMaterial();
    void bootstrapReusesEverything();
    void serverCertificateFollowsTheListenHost();
    void credentialsRoundTrip();
    void credentialsFileErrors();
};

void TestFleetdConfig::defaults()
{
    const Result<FleetdCommandLine> parsed = FleetdConfig::fromArguments({u"fleetd"_s, u"--data"_s, u"/tmp/x"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const FleetdConfig &config = parsed->config;
    QCOMPARE(config.listenHost, u"127.0.0.1"_s);
    QCOMPARE(config.port, quint16(8443));
    QCOMPARE(config.devices, 5000);
    QCOMPARE(config.seed, quint64(1));
    QCOMPARE(config.eventRate, 50.0);
    QCOMPARE(config.tokenTtlSeconds, 900);
    QVERIFY(!config.requireClientCert);
    QVERIFY(config.scenario.isEmpty());
    QVERIFY(!parsed->exitNow);
}

void TestFleetdConfig::parsesEveryOption()
{
    const Result<FleetdCommandLine> parsed = FleetdConfig::fromArguments(
        {u"fleetd"_s, u"--listen"_s, u"0.0.0.0:9000"_s, u"--data"_s, u"/srv/fleetd"_s, u"--devices"_s, u"1000000"_s,
         u"--seed"_s, u"42"_s, u"--event-rate"_s, u"50000"_s, u"--scenario"_s, u"camera-botnet"_s,
         u"--require-client-cert"_s, u"--token-ttl"_s, u"60"_s, u"--time-scale"_s, u"10"_s, u"--event-retention"_s,
         u"10000"_s, u"--campaign-failure-rate"_s, u"0.5"_s, u"--epoch"_s, u"2026-01-01T00:00:00Z"_s});
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const FleetdConfig &config = parsed->config;
    QCOMPARE(config.listenHost, u"0.0.0.0"_s);
    QCOMPARE(config.port, quint16(9000));
    QCOMPARE(config.dataDir, u"/srv/fleetd"_s);
    QCOMPARE(config.devices, 1000000);
    QCOMPARE(config.seed, quint64(42));
    QCOMPARE(config.eventRate, 50000.0);
    QCOMPARE(config.scenario, u"camera-botnet"_s);
    QVERIFY(config.requireClientCert);
    QCOMPARE(config.tokenTtlSeconds, 60);
    QCOMPARE(config.timeScale, 10.0);
    QCOMPARE(config.eventRetention, qint64(10000));
    QCOMPARE(config.campaignFailureRate, 0.5);
    QCOMPARE(config.epoch, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
}

void TestFleetdConfig::rejectsBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no data") << QStringList{} << u"--data"_s;
    QTest::newRow("devices zero") << QStringList{u"--devices"_s, u"0"_s} << u"--devices"_s;
    QTest::newRow("devices text") << QStringList{u"--devices"_s, u"many"_s} << u"--devices"_s;
    QTest::newRow("seed negative") << QStringList{u"--seed"_s, u"-1"_s} << u"--seed"_s;
    QTest::newRow("rate negative") << QStringList{u"--event-rate"_s, u"-5"_s} << u"--event-rate"_s;
    QTest::newRow("rate nan") << QStringList{u"--event-rate"_s, u"nan"_s} << u"--event-rate"_s;
    QTest::newRow("ttl zero") << QStringList{u"--token-ttl"_s, u"0"_s} << u"--token-ttl"_s;
    QTest::newRow("listen no port") << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
    QTest::newRow("listen bad port") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s} << u"port"_s;
    QTest::newRow("listen v6 unbracketed") << QStringList{u"--listen"_s, u"::1:8443"_s} << u"--listen"_s;
    QTest::newRow("listen bad host") << QStringList{u"--listen"_s, u"ho st:80"_s} << u"host"_s;
    QTest::newRow("failure rate") << QStringList{u"--campaign-failure-rate"_s, u"2"_s} << u"--campaign-failure-rate"_s;
    QTest::newRow("epoch without zone") << QStringList{u"--epoch"_s, u"2026-01-01T00:00:00"_s} << u"--epoch"_s;
    QTest::newRow("unknown option") << QStringList{u"--devics"_s, u"5"_s} << u"devics"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
    QTest::newRow("empty scenario") << QStringList{u"--scenario"_s, u" "_s} << u"--scenario"_s;
}

void TestFleetdConfig::rejectsBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QStringList all{u"fleetd"_s};
    if (QLatin1String(QTest::currentDataTag()) != QLatin1String("no data"))
        all << u"--data"_s << u"/tmp/x"_s;
    all += arguments;
    const Result<FleetdCommandLine> parsed = FleetdConfig::fromArguments(all);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorMessage().contains(mentions), qPrintable(parsed.errorMessage()));
}

void TestFleetdConfig::helpAndVersion()
{
    Result<FleetdCommandLine> parsed = FleetdConfig::fromArguments({u"fleetd"_s, u"--help"_s});
    QVERIFY(parsed.ok());
    QVERIFY(parsed->exitNow);
    for (const char *option : {"--listen", "--data", "--devices", "--seed", "--event-rate", "--scenario",
                               "--require-client-cert", "--token-ttl"})
        QVERIFY2(parsed->output.contains(QLatin1String(option)), option);
    parsed = FleetdConfig::fromArguments({u"fleetd"_s, u"--version"_s});
    QVERIFY(parsed.ok());
    QVERIFY(parsed->exitNow);
    QVERIFY(parsed->output.contains(QStringLiteral(WARDEN_VERSION)));
}

void TestFleetdConfig::listenAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << u"10.1.2.3:443"_s << u"10.1.2.3"_s << 443;
    QTest::newRow("name") << u"fleet.example.org:8443"_s << u"fleet.example.org"_s << 8443;
    QTest::newRow("ipv6") << u"[::1]:9443"_s << u"::1"_s << 9443;
    QTest::newRow("any port") << u"localhost:0"_s << u"localhost"_s << 0;
}

void TestFleetdConfig::listenAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto parsed = FleetdConfig::parseListen(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->first, host);
    QCOMPARE(int(parsed->second), port);
}

void TestFleetdConfig::baseUrl()
{
    FleetdConfig config;
    config.listenHost = u"::1"_s;
    QCOMPARE(config.baseUrl(9443), u"https://[::1]:9443/api/v1"_s);
    config.listenHost = u"127.0.0.1"_s;
    QCOMPARE(config.baseUrl(8443), u"https://127.0.0.1:8443/api/v1"_s);
}

void TestFleetdConfig::bootstrapCreatesPrivateMaterial()
{
    QTemporaryDir dir;
    FleetdConfig config;
    config.dataDir = dir.filePath(u"data"_s);
    config.passwordIterations = 1000;
    Result<std::unique_ptr<FleetStore>> store = FleetStore::open(FleetdBootstrap::storeFile(config.dataDir));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const Result<FleetdMaterials> materials = FleetdBootstrap::prepare(config, **store);
    QVERIFY2(materials.ok(), qPrintable(materials.errorMessage()));
    QVERIFY(materials->createdAccounts);
    QVERIFY(!materials->auditKey.isNull());

    const QDir data(config.dataDir);
    QVERIFY(privateFile(config.dataDir));
    for (const char *name : {"ca.pem", "server.pem", "client.pem"})
        QVERIFY2(QFile::exists(data.filePath(QString::fromLatin1(name))), name);
    for (const char *name : {"ca-key.pem", "server-key.pem", "client-key.pem", "audit-key.pem", "credentials.json",
                             "fleet.sqlite"}) {
        QVERIFY2(QFile::exists(data.filePath(QString::fromLatin1(name))), name);
        QVERIFY2(privateFile(data.filePath(QString::fromLatin1(name))), name);
    }

    // The server certificate names 127.0.0.1 and localhost and chains to the CA.
    const QSslCertificate server = QSslCertificate::fromData(materials->serverCertificatePem).value(0);
    const auto names = server.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName),
             QSslCertificate::fromData(materials->caPem).value(0).subjectInfo(QSslCertificate::CommonName));

    // Accounts: hashed passwords that match the handed-out ones, and the TOTP secrets.
    const Result<QList<FleetdCredential>> credentials = FleetdCredentials::read(materials->credentialsFile);
    QVERIFY(credentials.ok());
    QCOMPARE(credentials->size(), 4);
    for (const FleetdCredential &credential : *credentials) {
        const std::optional<FleetAccount> account = (*store)->account(credential.user);
        QVERIFY(account);
        QVERIFY(!account->passwordHash.contains(credential.password));
        QVERIFY(PasswordHasher::verify(credential.password.toUtf8(), account->passwordHash));
        QCOMPARE(account->totpSecret, credential.totpSecret());
        QCOMPARE(account->roles, credential.roles);
    }
    QCOMPARE(FleetdCredentials::find(*credentials, u"admin"_s)->roles, QStringList{u"admin"_s});
    QCOMPARE(FleetdCredentials::find(*credentials, u"carol"_s)->roles, QStringList{u"viewer"_s});
    // Passwords differ between accounts.
    QVERIFY(credentials->at(0).password != credentials->at(1).password);
}

void TestFleetdConfig::bootstrapReusesEverything()
{
    QTemporaryDir dir;
    FleetdConfig config;
    config.dataDir = dir.filePath(u"data"_s);
    config.passwordIterations = 1000;
    const QStringList files{u"ca.pem"_s, u"server.pem"_s, u"server-key.pem"_s, u"client.pem"_s,
                            u"audit-key.pem"_s, u"credentials.json"_s};
    QHash<QString, QByteArray> before;
    {
        Result<std::unique_ptr<FleetStore>> store = FleetStore::open(FleetdBootstrap::storeFile(config.dataDir));
        QVERIFY(store.ok());
        QVERIFY(FleetdBootstrap::prepare(config, **store).ok());
        for (const QString &file : files)
            before.insert(file, readAll(QDir(config.dataDir).filePath(file)));
    }
    Result<std::unique_ptr<FleetStore>> store = FleetStore::open(FleetdBootstrap::storeFile(config.dataDir));
    QVERIFY(store.ok());
    const Result<FleetdMaterials> again = FleetdBootstrap::prepare(config, **store);
    QVERIFY(again.ok());
    QVERIFY(!again->createdAccounts);
    for (const QString &file : files)
        QVERIFY2(readAll(QDir(config.dataDir).filePath(file)) == before.value(file), qPrintable(file));
    QCOMPARE(again->auditKey.privateKeyPem(), before.value(u"audit-key.pem"_s));
}

void TestFleetdConfig::serverCertificateFollowsTheListenHost()
{
    QTemporaryDir dir;
    FleetdConfig config;
    config.dataDir = dir.filePath(u"data"_s);
    config.passwordIterations = 1000;
    Result<std::unique_ptr<FleetStore>> store = FleetStore::open(FleetdBootstrap::storeFile(config.dataDir));
    QVERIFY(store.ok());
    QVERIFY(FleetdBootstrap::prepare(config, **store).ok());
    const QByteArray ca = readAll(QDir(config.dataDir).filePath(u"ca.pem"_s));

    config.listenHost = u"fleet.example.org"_s;
    Result<FleetdMaterials> named = FleetdBootstrap::prepare(config, **store);
    QVERIFY(named.ok());
    QSslCertificate server = QSslCertificate::fromData(named->serverCertificatePem).value(0);
    QVERIFY(server.subjectAlternativeNames().values(QSsl::DnsEntry).contains(u"fleet.example.org"_s));
    QCOMPARE(named->caPem, ca); // same CA, new leaf

    config.listenHost = u"192.0.2.7"_s;
    Result<FleetdMaterials> addressed = FleetdBootstrap::prepare(config, **store);
    QVERIFY(addressed.ok());
    server = QSslCertificate::fromData(addressed->serverCertificatePem).value(0);
    QVERIFY(server.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"192.0.2.7"_s));
    QVERIFY(server.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
}

void TestFleetdConfig::credentialsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"credentials.json"_s);
    const QByteArray secret = Totp::generateSecret();
    const QList<FleetdCredential> written{
        {u"dora"_s, u"pa55-word"_s, {u"operator"_s}, Totp::toBase32(secret),
         Totp::otpauthUri(u"Warden"_s, u"dora"_s, secret)},
    };
    QVERIFY(FleetdCredentials::write(path, written).ok());
    QVERIFY(privateFile(path));
    const Result<QList<FleetdCredential>> read = FleetdCredentials::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->at(0).user, u"dora"_s);
    QCOMPARE(read->at(0).password, u"pa55-word"_s);
    QCOMPARE(read->at(0).totpSecret(), secret);
    QVERIFY(!FleetdCredentials::find(*read, u"nobody"_s));
}

void TestFleetdConfig::credentialsFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(!FleetdCredentials::read(dir.filePath(u"missing.json"_s)).ok());
    const QString broken = dir.filePath(u"broken.json"_s);
    QVERIFY(writeFileAtomically(broken, "{\"accounts\": [", 0600).ok());
    QVERIFY(!FleetdCredentials::read(broken).ok());
    const QString incomplete = dir.filePath(u"incomplete.json"_s);
    QVERIFY(writeFileAtomically(incomplete, R"({"accounts":[{"user":"x","password":""}]})", 0600).ok());
    const Result<QList<FleetdCredential>> result = FleetdCredentials::read(incomplete);
    QVERIFY(!result.ok());
    QVERIFY(result.errorMessage().contains(u"incomplete"_s));
}

QTEST_GUILESS_MAIN(TestFleetdConfig)
#include "tst_fleetdconfig.moc"
