#include "FleetdBootstrap.h"

#include "FleetdCredentials.h"
#include "security/CertificateAuthority.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int PublicMode = 0644;
constexpr int PrivateMode = 0600;

struct AccountSeed {
    const char *user;
    const char *role;
};
constexpr AccountSeed Accounts[] = {{"admin", "admin"}, {"alice", "operator"}, {"bob", "operator"},
                                    {"carol", "viewer"}};

QString randomPassword()
{
    // No look-alike characters: people copy these by hand.
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0)
            password += u'-';
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    }
    return password;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(FleetdBootstrap::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

// True when the certificate names host (as IP or DNS SAN) and is still valid for a while.
bool certificateCovers(const QByteArray &pem, const QString &host)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return false;
    const QSslCertificate &certificate = certificates.constFirst();
    if (certificate.expiryDate() < QDateTime::currentDateTimeUtc().addDays(7))
        return false;
    const auto names = certificate.subjectAlternativeNames();
    const QHostAddress address(host);
    if (!address.isNull() && !address.isEqual(QHostAddress::AnyIPv4) && !address.isEqual(QHostAddress::AnyIPv6)) {
        for (const QString &ip : names.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(ip).isEqual(address))
                return true;
        }
        return false;
    }
    if (!address.isNull())
        return true; // a wildcard listen address: the covered names were chosen when the certificate was made
    return names.values(QSsl::DnsEntry).contains(host, Qt::CaseInsensitive);
}

CertificateRequest serverRequest(const QString &host)
{
    CertificateRequest request;
    request.commonName = host.left(64);
    request.usage = CertificateRequest::Usage::Server;
    request.ipAddresses = {u"127.0.0.1"_s, u"::1"_s};
    request.dnsNames = {u"localhost"_s};
    const QHostAddress address(host);
    if (address.isNull()) {
        if (!request.dnsNames.contains(host, Qt::CaseInsensitive))
            request.dnsNames.append(host);
    } else if (address.isEqual(QHostAddress::AnyIPv4) || address.isEqual(QHostAddress::AnyIPv6)) {
        // Listening everywhere: name this machine so remote consoles can verify it by host name.
        const QString machine = QHostInfo::localHostName();
        if (!machine.isEmpty() && !request.dnsNames.contains(machine, Qt::CaseInsensitive))
            request.dnsNames.append(machine);
    } else if (!request.ipAddresses.contains(address.toString())) {
        request.ipAddresses.append(address.toString());
    }
    return request;
}

} // namespace

QString FleetdBootstrap::caFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"ca.pem"_s);
}

QString FleetdBootstrap::credentialsFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"credentials.json"_s);
}

QString FleetdBootstrap::storeFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"fleet.sqlite"_s);
}

Result<FleetdMaterials> FleetdBootstrap::prepare(const FleetdConfig &config, FleetStore &store)
{
    using R = Result<FleetdMaterials>;
    const QDir dir(config.dataDir);
    if (!QDir().mkpath(config.dataDir))
        return R::failure(tr("Cannot create the data directory %1.").arg(config.dataDir));
    ::chmod(QFile::encodeName(config.dataDir).constData(), 0700);
    const auto path = [&dir](const char *name) { return dir.filePath(QString::fromLatin1(name)); };

    FleetdMaterials materials;
    materials.credentialsFile = credentialsFile(config.dataDir);

    // Certificate authority.
    std::optional<CertificateAuthority> authority;
    if (QFile::exists(path("ca.pem")) && QFile::exists(path("ca-key.pem"))) {
        const Result<QByteArray> certificate = readFile(path("ca.pem"));
        const Result<QByteArray> key = readFile(path("ca-key.pem"));
        if (!certificate)
            return certificate.error();
        if (!key)
            return key.error();
        Result<CertificateAuthority> loaded = CertificateAuthority::load(*certificate, *key);
        if (!loaded)
            return R::failure(tr("The certificate authority in %1 cannot be used: %2")
                                  .arg(config.dataDir, loaded.errorMessage()));
        authority.emplace(std::move(loaded).value());
    } else {
        Result<CertificateAuthority> created = CertificateAuthority::create(u"Warden fleetd CA"_s);
        if (!created)
            return R::failure(tr("Cannot create a certificate authority: %1").arg(created.errorMessage()));
        authority.emplace(std::move(created).value());
        if (Status s = writeFileAtomically(path("ca-key.pem"), authority->privateKeyPem(), PrivateMode); !s)
            return s.error();
        if (Status s = writeFileAtomically(path("ca.pem"), authority->certificatePem(), PublicMode); !s)
            return s.error();
        // Leaves signed by an earlier CA would no longer verify.
        QFile::remove(path("server.pem"));
        QFile::remove(path("client.pem"));
    }
    materials.caPem = authority->certificatePem();

    // Server certificate.
    bool reuseServer = QFile::exists(path("server.pem")) && QFile::exists(path("server-key.pem"));
    if (reuseServer) {
        Result<QByteArray> certificate = readFile(path("server.pem"));
        Result<QByteArray> key = readFile(path("server-key.pem"));
        reuseServer = certificate && key && certificateCovers(*certificate, config.listenHost);
        if (reuseServer) {
            materials.serverCertificatePem = *certificate;
            materials.serverKeyPem = *key;
        }
    }
    if (!reuseServer) {
        Result<IssuedCertificate> issued = authority->issue(serverRequest(config.listenHost));
        if (!issued)
            return R::failure(tr("Cannot issue the server certificate: %1").arg(issued.errorMessage()));
        if (Status s = writeFileAtomically(path("server-key.pem"), issued->privateKeyPem, PrivateMode); !s)
            return s.error();
        if (Status s = writeFileAtomically(path("server.pem"), issued->certificatePem, PublicMode); !s)
            return s.error();
        materials.serverCertificatePem = issued->certificatePem;
        materials.serverKeyPem = issued->privateKeyPem;
    }

    // Operator client certificate for mutual TLS.
    if (QFile::exists(path("client.pem")) && QFile::exists(path("client-key.pem"))) {
        Result<QByteArray> certificate = readFile(path("client.pem"));
        Result<QByteArray> key = readFile(path("client-key.pem"));
        if (!certificate)
            return certificate.error();
        if (!key)
            return key.error();
        materials.clientCertificatePem = *certificate;
        materials.clientKeyPem = *key;
    } else {
        CertificateRequest request;
        request.commonName = u"warden-operator"_s;
        request.usage = CertificateRequest::Usage::Client;
        Result<IssuedCertificate> issued = authority->issue(request);
        if (!issued)
            return R::failure(tr("Cannot issue the client certificate: %1").arg(issued.errorMessage()));
        if (Status s = writeFileAtomically(path("client-key.pem"), issued->privateKeyPem, PrivateMode); !s)
            return s.error();
        if (Status s = writeFileAtomically(path("client.pem"), issued->certificatePem, PublicMode); !s)
            return s.error();
        materials.clientCertificatePem = issued->certificatePem;
        materials.clientKeyPem = issued->privateKeyPem;
    }

    // Audit signing key.
    if (QFile::exists(path("audit-key.pem"))) {
        Result<QByteArray> pem = readFile(path("audit-key.pem"));
        if (!pem)
            return pem.error();
        Result<Ed25519Key> key = Ed25519Key::fromPrivateKeyPem(*pem);
        if (!key)
            return R::failure(tr("The audit signing key in %1 cannot be used: %2")
                                  .arg(config.dataDir, key.errorMessage()));
        materials.auditKey = std::move(key).value();
    } else {
        materials.auditKey = Ed25519Key::generate();
        if (materials.auditKey.isNull())
            return R::failure(tr("Cannot generate the audit signing key."));
        if (Status s = writeFileAtomically(path("audit-key.pem"), materials.auditKey.privateKeyPem(), PrivateMode); !s)
            return s.error();
    }

    // Accounts.
    const Result<qint64> accountCount = store.accountCount();
    if (!accountCount)
        return accountCount.error();
    if (*accountCount == 0) {
        QList<FleetdCredential> credentials;
        Result<FleetStore::WriteScope> scope = store.write();
        if (!scope)
            return scope.error();
        for (const AccountSeed &seed : Accounts) {
            FleetdCredential credential;
            credential.user = QString::fromLatin1(seed.user);
            credential.password = randomPassword();
            credential.roles = {QString::fromLatin1(seed.role)};
            const QByteArray secret = Totp::generateSecret();
            credential.totpSecretBase32 = Totp::toBase32(secret);
            credential.otpauthUri = Totp::otpauthUri(u"Warden fleetd"_s, credential.user, secret);

            FleetAccount account;
            account.user = credential.user;
            account.passwordHash = PasswordHasher::hash(credential.password.toUtf8(), config.passwordIterations);
            account.roles = credential.roles;
            account.totpSecret = secret;
            if (Status s = store.putAccount(account); !s)
                return s.error();
            credentials.append(credential);
        }
        // The file first: accounts nobody can log in to would be useless.
        if (Status s = FleetdCredentials::write(materials.credentialsFile, credentials); !s)
            return s.error();
        if (Status s = scope.value().commit(); !s)
            return s.error();
        materials.createdAccounts = true;
    }
    return materials;
}

} // namespace warden
