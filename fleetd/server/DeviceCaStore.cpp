#include "DeviceCaStore.h"

#include "FleetdCredentials.h"
#include "security/PersonalDataVault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFleetdDeviceCa, "warden.fleetd.deviceca")

namespace warden {

namespace {

constexpr int PrivateMode = 0600;
constexpr qint64 MaxFileBytes = 64 * 1024;
constexpr char Salt[] = "warden fleetd";
constexpr char Info[] = "device CA key v1";

} // namespace

QString DeviceCaStore::fileName(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"device-ca.json"_s);
}

SecretBytes DeviceCaStore::sealingKey(const Ed25519Key &secret)
{
    SecretBytes material(secret.privateKeyPem());
    QByteArray key(PersonalDataVault::KeyBytes, '\0');
    size_t length = size_t(key.size());
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    const bool ok = context && !material.isEmpty() && EVP_PKEY_derive_init(context) > 0
        && EVP_PKEY_CTX_set_hkdf_md(context, EVP_sha256()) > 0
        && EVP_PKEY_CTX_set1_hkdf_salt(context, reinterpret_cast<const unsigned char *>(Salt), int(sizeof Salt - 1)) > 0
        && EVP_PKEY_CTX_set1_hkdf_key(context, reinterpret_cast<const unsigned char *>(material.constData()),
                                      int(material.size())) > 0
        && EVP_PKEY_CTX_add1_hkdf_info(context, reinterpret_cast<const unsigned char *>(Info), int(sizeof Info - 1)) > 0
        && EVP_PKEY_derive(context, reinterpret_cast<unsigned char *>(key.data()), &length) > 0
        && length == size_t(key.size());
    EVP_PKEY_CTX_free(context);
    if (!ok) {
        wipe(key);
        return {};
    }
    return SecretBytes(std::move(key));
}

Status DeviceCaStore::save(const QString &path, const CertificateAuthority &authority, const Ed25519Key &secret)
{
    PersonalDataVault vault;
    SecretBytes key = sealingKey(secret);
    if (key.isEmpty() || !vault.unlockWithKey(std::move(key)))
        return Status::failure(tr("Cannot derive the key that protects the device certificate authority."));
    SecretBytes plain(authority.privateKeyPem());
    const Result<QByteArray> sealed = vault.seal(plain.bytes());
    if (!sealed)
        return Status::failure(tr("Cannot seal the device certificate authority's key: %1").arg(sealed.errorMessage()));
    const QJsonObject json{{u"format"_s, QString::fromLatin1(Format)},
                           {u"certificate"_s, QString::fromLatin1(authority.certificatePem())},
                           {u"sealed_key"_s, QString::fromLatin1(sealed->toBase64())}};
    return writeFileAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented), PrivateMode);
}

Result<CertificateAuthority> DeviceCaStore::load(const QString &path, const Ed25519Key &secret)
{
    using R = Result<CertificateAuthority>;
    // Every refusal names the file and says that it was left alone: the operator decides what to restore.
    const auto refuse = [&path](const QString &why) {
        return R::failure(tr("The device certificate authority in %1 cannot be used: %2 The file was left as it is; "
                             "restore it (or the data directory's audit-key.pem it belongs to), or move it away to "
                             "start a new device CA — devices' certificates must then be reissued.")
                              .arg(QDir::toNativeSeparators(path), why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("it cannot be read (%1).").arg(file.errorString()));
    if (file.size() > MaxFileBytes)
        return refuse(tr("it is larger than any device CA file (%1 bytes).").arg(file.size()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refuse(tr("it is not a device CA file (damaged JSON)."));
    const QJsonObject json = document.object();
    if (json.value(u"format"_s).toString() != QLatin1String(Format))
        return refuse(tr("its format \"%1\" is not %2.").arg(json.value(u"format"_s).toString(), QLatin1String(Format)));
    const QByteArray certificate = json.value(u"certificate"_s).toString().toLatin1();
    const QByteArray sealed = QByteArray::fromBase64(json.value(u"sealed_key"_s).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (certificate.isEmpty() || sealed.isEmpty())
        return refuse(tr("the certificate or the sealed key is missing."));

    PersonalDataVault vault;
    SecretBytes key = sealingKey(secret);
    if (key.isEmpty() || !vault.unlockWithKey(std::move(key)))
        return refuse(tr("the key that protects it cannot be derived."));
    Result<QByteArray> unsealed = vault.unseal(sealed);
    if (!unsealed)
        return refuse(tr("its key does not open with this data directory's secret — it was written by another fleetd "
                         "or changed since."));
    SecretBytes privateKey(std::move(unsealed).value());
    Result<CertificateAuthority> authority = CertificateAuthority::load(certificate, privateKey.bytes());
    if (!authority)
        return refuse(authority.errorMessage());

    // Loosened permissions are put back rather than refused: the key is sealed, the file only needs to stay private.
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 0077) != 0) {
        qCWarning(lcFleetdDeviceCa).noquote() << "device CA file was readable by others; mode set back to 0600:" << path;
        ::chmod(QFile::encodeName(path).constData(), PrivateMode);
    }
    return authority;
}

Result<CertificateAuthority> DeviceCaStore::loadOrCreate(const QString &dataDir, const Ed25519Key &secret)
{
    const QString path = fileName(dataDir);
    if (QFile::exists(path))
        return load(path, secret);
    Result<CertificateAuthority> created = CertificateAuthority::create(u"Warden Fleet Device CA"_s);
    if (!created)
        return Result<CertificateAuthority>::failure(
            tr("Cannot create the device certificate authority: %1").arg(created.errorMessage()));
    if (Status s = save(path, *created, secret); !s)
        return s.error();
    qCInfo(lcFleetdDeviceCa).noquote() << "created the device certificate authority in" << path;
    return created;
}

} // namespace warden
