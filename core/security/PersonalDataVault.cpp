#include "security/PersonalDataVault.h"

#include "security/OpenSslHandles.h"

#include <QMutexLocker>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int SaltBytes = 16;
constexpr qsizetype MagicBytes = 4;
constexpr char CheckLabel[] = "warden personal data vault";
constexpr QLatin1StringView Scheme("pbkdf2-sha256");

using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, openssl::Deleter<EVP_CIPHER_CTX_free>>;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("RAND_bytes failed: no randomness for a key or nonce");
    return bytes;
}

QByteArray checkValue(const SecretBytes &key)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(CheckLabel),
              sizeof(CheckLabel) - 1, out, &length)) {
        openssl::clearErrors();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

VaultKdfParameters VaultKdfParameters::generate(int iterations)
{
    VaultKdfParameters parameters;
    parameters.iterations = std::clamp(iterations, MinIterations, MaxIterations);
    parameters.salt = randomBytes(SaltBytes);
    return parameters;
}

Result<VaultKdfParameters> VaultKdfParameters::decode(const QString &text)
{
    const QStringList parts = text.split(u'$');
    const auto invalid = [] {
        return Result<VaultKdfParameters>::failure(
            QCoreApplication::translate("PersonalDataVault", "The stored key parameters of the personal data vault "
                                                             "are damaged."));
    };
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return invalid();
    bool numeric = false;
    VaultKdfParameters parameters;
    parameters.iterations = parts.at(1).toInt(&numeric);
    if (!numeric || parameters.iterations < MinIterations || parameters.iterations > MaxIterations)
        return invalid();
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto check = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !check || salt.decoded.size() != SaltBytes
        || (!check.decoded.isEmpty() && check.decoded.size() != 32))
        return invalid();
    parameters.salt = salt.decoded;
    parameters.check = check.decoded;
    return parameters;
}

QString VaultKdfParameters::encode() const
{
    return Scheme + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64()) + u'$'
           + QString::fromLatin1(check.toBase64());
}

SecretBytes PersonalDataVault::deriveKey(const QByteArray &passphrase, const VaultKdfParameters &parameters)
{
    QByteArray key(KeyBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(parameters.salt.constData()),
                          int(parameters.salt.size()), parameters.iterations, EVP_sha256(), KeyBytes,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1) {
        openssl::clearErrors();
        wipe(key);
        return {};
    }
    return SecretBytes(std::move(key));
}

Status PersonalDataVault::unlock(SecretBytes passphrase, VaultKdfParameters &parameters)
{
    if (parameters.salt.size() != SaltBytes)
        return Status::failure(tr("The personal data vault has no valid salt."));
    SecretBytes key = deriveKey(passphrase.bytes(), parameters);
    passphrase.clear();
    if (key.size() != KeyBytes)
        return Status::failure(tr("The key for personal data could not be derived."));
    const QByteArray check = checkValue(key);
    if (check.isEmpty())
        return Status::failure(tr("The key for personal data could not be checked."));
    if (parameters.check.isEmpty())
        parameters.check = check;
    else if (!equalConstantTime(parameters.check, check))
        return Status::failure(tr("This passphrase does not open the personal data stored here (it was sealed "
                                  "with another one)."));
    QMutexLocker locker(&m_mutex);
    m_key = std::move(key);
    return {};
}

Status PersonalDataVault::unlockWithKey(SecretBytes key)
{
    if (key.size() != KeyBytes)
        return Status::failure(tr("A key for personal data must be %1 bytes long.").arg(KeyBytes));
    QMutexLocker locker(&m_mutex);
    m_key = std::move(key);
    return {};
}

void PersonalDataVault::lock()
{
    QMutexLocker locker(&m_mutex);
    m_key.clear();
}

bool PersonalDataVault::isUnlocked() const
{
    QMutexLocker locker(&m_mutex);
    return !m_key.isEmpty();
}

bool PersonalDataVault::looksSealed(const QByteArray &bytes)
{
    return bytes.size() >= MagicBytes + NonceBytes + TagBytes && bytes.startsWith(Magic);
}

Result<QByteArray> PersonalDataVault::seal(const QByteArray &plain) const
{
    QMutexLocker locker(&m_mutex);
    if (m_key.isEmpty())
        return QByteArray();
    const QByteArray nonce = randomBytes(NonceBytes);
    QByteArray out;
    out.reserve(MagicBytes + NonceBytes + plain.size() + TagBytes);
    out.append(Magic, MagicBytes);
    out.append(nonce);
    out.resize(MagicBytes + NonceBytes + plain.size());
    CipherCtxPtr context(EVP_CIPHER_CTX_new());
    int length = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    bool ok = context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceBytes, nullptr) == 1
              && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key,
                                    reinterpret_cast<const unsigned char *>(nonce.constData()))
                     == 1
              // The magic is authenticated too: a value cannot be passed off as another format.
              && EVP_EncryptUpdate(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(Magic),
                                   MagicBytes)
                     == 1
              && EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char *>(out.data()) + MagicBytes + NonceBytes,
                                   &length, reinterpret_cast<const unsigned char *>(plain.constData()),
                                   int(plain.size()))
                     == 1;
    int finalLength = 0;
    ok = ok && EVP_EncryptFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out.data()) + out.size(),
                                   &finalLength) == 1;
    QByteArray tag(TagBytes, '\0');
    ok = ok && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, tag.data()) == 1;
    if (!ok) {
        const QString reason = openssl::takeErrorText();
        return Result<QByteArray>::failure(tr("Personal data could not be encrypted: %1").arg(reason));
    }
    out.append(tag);
    return out;
}

Result<QByteArray> PersonalDataVault::unseal(const QByteArray &sealed) const
{
    QMutexLocker locker(&m_mutex);
    if (m_key.isEmpty())
        return Result<QByteArray>::failure(tr("Personal data is locked: no key has been given in this session."));
    if (!looksSealed(sealed))
        return Result<QByteArray>::failure(tr("The value is not sealed personal data."));
    const qsizetype cipherBytes = sealed.size() - MagicBytes - NonceBytes - TagBytes;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData()) + MagicBytes;
    const auto *cipher = nonce + NonceBytes;
    QByteArray tag = sealed.right(TagBytes);
    QByteArray plain(cipherBytes, '\0');
    CipherCtxPtr context(EVP_CIPHER_CTX_new());
    int length = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    bool ok = context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceBytes, nullptr) == 1
              && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key, nonce) == 1
              && EVP_DecryptUpdate(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(Magic),
                                   MagicBytes)
                     == 1
              && EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char *>(plain.data()), &length, cipher,
                                   int(cipherBytes))
                     == 1
              && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) == 1;
    int finalLength = 0;
    // The tag is checked here: any change to nonce, ciphertext or tag, or another key, fails.
    ok = ok && EVP_DecryptFinal_ex(context.get(), reinterpret_cast<unsigned char *>(plain.data()) + length,
                                   &finalLength) == 1;
    if (!ok) {
        openssl::clearErrors();
        wipe(plain);
        return Result<QByteArray>::failure(tr("Sealed personal data failed its integrity check: it was changed, or "
                                              "sealed with another key."));
    }
    return plain;
}

} // namespace warden
