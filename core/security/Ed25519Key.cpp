#include "security/Ed25519Key.h"

#include "security/OpenSslHandles.h"

#include <openssl/pem.h>

namespace warden {

namespace {

const unsigned char *bytes(const QByteArray &array)
{
    // OpenSSL rejects null pointers even for empty input; an empty QByteArray's constData() is "" (non-null).
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

void Ed25519Key::Deleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

Ed25519Key::Ed25519Key() = default;
Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key &&other) noexcept = default;
Ed25519Key &Ed25519Key::operator=(Ed25519Key &&other) noexcept = default;

Ed25519Key::Ed25519Key(evp_pkey_st *key) : m_key(key) {}

Ed25519Key::Ed25519Key(const Ed25519Key &other)
{
    if (other.m_key && EVP_PKEY_up_ref(other.m_key.get()) == 1)
        m_key.reset(other.m_key.get());
}

Ed25519Key &Ed25519Key::operator=(const Ed25519Key &other)
{
    if (this != &other)
        *this = Ed25519Key(other);
    return *this;
}

Ed25519Key Ed25519Key::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key) {
        openssl::clearErrors();
        qFatal("Warden: Ed25519 key generation failed in OpenSSL");
    }
    return Ed25519Key(key);
}

Result<Ed25519Key> Ed25519Key::fromPrivateKeyPem(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN"))
        return Result<Ed25519Key>::failure(QStringLiteral("The signing key is not in PEM format (no \"-----BEGIN\" line)."));
    if (pem.contains("ENCRYPTED"))
        return Result<Ed25519Key>::failure(
            QStringLiteral("The signing key is encrypted; Warden needs it unencrypted (protect the file instead)."));
    openssl::BioPtr bio = openssl::memoryBio(pem);
    openssl::EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, openssl::refusePassphrase, nullptr));
    if (!key) {
        const QString detail = openssl::takeErrorText();
        return Result<Ed25519Key>::failure(QStringLiteral("The signing key PEM could not be read (%1).").arg(detail));
    }
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Result<Ed25519Key>::failure(
            QStringLiteral("The key is of type %1, but audit signing needs an Ed25519 key.")
                .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
    return Ed25519Key(key.release());
}

bool Ed25519Key::isNull() const
{
    return !m_key;
}

QByteArray Ed25519Key::privateKeyPem() const
{
    if (!m_key)
        return {};
    openssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        openssl::clearErrors();
        return {};
    }
    return openssl::readAll(bio.get());
}

QByteArray Ed25519Key::publicKeyRaw() const
{
    if (!m_key)
        return {};
    QByteArray raw(PublicKeySize, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != size_t(PublicKeySize)) {
        openssl::clearErrors();
        return {};
    }
    return raw;
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_key)
        return {};
    openssl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 hashes internally (PureEdDSA), so no digest is named and only the one-shot call is allowed.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes(message),
                          size_t(message.size()))
            != 1
        || length != size_t(SignatureSize)) {
        openssl::clearErrors();
        return {};
    }
    return signature;
}

bool Ed25519Key::verify(const QByteArray &publicKeyRaw, const QByteArray &message, const QByteArray &signature)
{
    if (publicKeyRaw.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    openssl::EvpPkeyPtr key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKeyRaw), size_t(publicKeyRaw.size())));
    openssl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool valid = key && context
        && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size()))
            == 1;
    openssl::clearErrors();
    return valid;
}

} // namespace warden
