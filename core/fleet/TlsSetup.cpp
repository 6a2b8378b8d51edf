#include "fleet/TlsSetup.h"

#include "security/SecretBuffer.h"
#include "security/SpkiPin.h"

#include <QFile>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qint64 MaxPemFileBytes = 4 * 1024 * 1024;

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            TlsSetup::tr("The %1 %2 cannot be read: %3.").arg(what, path, file.errorString()));
    if (file.size() > MaxPemFileBytes)
        return Result<QByteArray>::failure(TlsSetup::tr("The %1 %2 is implausibly large.").arg(what, path));
    return file.readAll();
}

// An EC or RSA private key in PEM, encrypted or not.
Result<QSslKey> loadPemKey(const QString &path, const SecretBytes *passphrase)
{
    Result<QByteArray> pem = readSmallFile(path, TlsSetup::tr("client key"));
    if (!pem)
        return pem.error();
    const QByteArray secret = passphrase ? passphrase->bytes() : QByteArray();
    const bool encrypted = pem.value().contains("ENCRYPTED");
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey, secret);
        if (!key.isNull()) {
            wipe(pem.value());
            return key;
        }
    }
    wipe(pem.value());
    return Result<QSslKey>::failure(
        passphrase || !encrypted
            ? TlsSetup::tr("The client key %1 cannot be read: it is not an EC or RSA private key in PEM, or the "
                           "passphrase is wrong.")
                  .arg(path)
            : TlsSetup::tr("The client key %1 is encrypted; a passphrase is needed.").arg(path),
        u"client_key"_s);
}

} // namespace

std::optional<FleetError> TlsSettings::checkPeer(const QSslCertificate &peer) const
{
    if (pin.isEmpty())
        return std::nullopt;
    const QByteArray actual = SpkiPin::sha256(peer);
    if (SpkiPin::matchesAny(peer, {pin}))
        return std::nullopt;
    return FleetError::pinMismatch(SpkiPin::toPinText(pin),
                                   actual.isEmpty() ? TlsSetup::tr("no certificate") : SpkiPin::toPinText(actual));
}

Result<QList<QSslCertificate>> TlsSetup::loadCaBundle(const QString &path)
{
    Result<QByteArray> pem = readSmallFile(path, tr("CA bundle"));
    if (!pem)
        return pem.error();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.value(), QSsl::Pem);
    if (certificates.isEmpty())
        return Result<QList<QSslCertificate>>::failure(tr("The CA bundle %1 contains no PEM certificate.").arg(path),
                                                       u"ca_bundle"_s);
    return certificates;
}

Result<TlsSettings> TlsSetup::build(const ConnectionProfile &profile, const SecretBytes *passphrase)
{
    if (const Status valid = profile.validate(); !valid)
        return valid.error();

    TlsSettings settings;
    QSslConfiguration &configuration = settings.configuration;
    configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setPeerVerifyDepth(0); // no limit on the chain length; the chain still has to verify
    configuration.setSslOption(QSsl::SslOptionDisableCompression, true);
    configuration.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);

    if (!profile.caBundlePath.isEmpty()) {
        Result<QList<QSslCertificate>> cas = loadCaBundle(profile.caBundlePath);
        if (!cas)
            return cas.error();
        // Only the bundle: a private fleet CA must not be accompanied by every public CA on the system.
        configuration.setCaCertificates(cas.value());
    } else {
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates());
    }

    if (profile.usesPkcs12()) {
        QFile file(profile.clientPkcs12Path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<TlsSettings>::failure(
                tr("The PKCS#12 file %1 cannot be read: %2.").arg(profile.clientPkcs12Path, file.errorString()),
                u"client_pkcs12"_s);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        const QByteArray secret = passphrase ? passphrase->bytes() : QByteArray();
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, secret) || key.isNull() ||
            certificate.isNull()) {
            return Result<TlsSettings>::failure(
                tr("The PKCS#12 file %1 cannot be opened: the passphrase is wrong or it holds no certificate with "
                   "its key.")
                    .arg(profile.clientPkcs12Path),
                u"client_pkcs12"_s);
        }
        configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        configuration.setPrivateKey(key);
    } else if (profile.usesClientCertificate()) {
        Result<QByteArray> pem = readSmallFile(profile.clientCertificatePath, tr("client certificate"));
        if (!pem)
            return pem.error();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.value(), QSsl::Pem);
        if (chain.isEmpty())
            return Result<TlsSettings>::failure(
                tr("The client certificate %1 contains no PEM certificate.").arg(profile.clientCertificatePath),
                u"client_certificate"_s);
        Result<QSslKey> key = loadPemKey(profile.clientKeyPath, passphrase);
        if (!key)
            return key.error();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key.value());
    }

    if (profile.usesClientCertificate()) {
        const QSslCertificate local = configuration.localCertificate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (local.expiryDate().isValid() && local.expiryDate() < now)
            return Result<TlsSettings>::failure(tr("The client certificate expired on %1 UTC.")
                                                    .arg(local.expiryDate().toUTC().toString(u"yyyy-MM-dd HH:mm"_s)),
                                                u"client_certificate"_s);
        if (local.effectiveDate().isValid() && local.effectiveDate() > now)
            return Result<TlsSettings>::failure(tr("The client certificate is only valid from %1 UTC.")
                                                    .arg(local.effectiveDate().toUTC().toString(u"yyyy-MM-dd HH:mm"_s)),
                                                u"client_certificate"_s);
    }

    if (!profile.spkiPin.trimmed().isEmpty()) {
        Result<QByteArray> pin = SpkiPin::parse(profile.spkiPin);
        if (!pin)
            return Result<TlsSettings>::failure(pin.errorMessage(), u"spki_pin"_s);
        settings.pin = pin.value();
    }
    return settings;
}

} // namespace warden
