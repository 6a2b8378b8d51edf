#include "security/PasswordHasher.h"

#include "security/OpenSslHandles.h"
#include "security/SecretBuffer.h"

#include <QList>
#include <QStringView>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <optional>

namespace warden::PasswordHasher {

namespace {

constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr QLatin1String Scheme("pbkdf2-sha256");

struct Parsed {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<QByteArray> derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    // PKCS5_PBKDF2_HMAC takes a non-null pointer even for an empty password.
    static const char empty = 0;
    const char *passwordData = password.isEmpty() ? &empty : password.constData();
    if (PKCS5_PBKDF2_HMAC(passwordData, int(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), KeyBytes,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1) {
        openssl::clearErrors();
        return std::nullopt;
    }
    return key;
}

std::optional<QByteArray> strictBase64(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<Parsed> parse(const QString &encoded)
{
    const QList<QStringView> parts = QStringView(encoded).split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != Scheme)
        return std::nullopt;
    // Digits only: toInt() would also accept "+5" or " 5", which a canonical record never contains.
    for (const QChar c : parts[1]) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool numeric = false;
    const int iterations = parts[1].toInt(&numeric);
    if (!numeric || iterations < 1 || iterations > MaxIterations)
        return std::nullopt;
    const std::optional<QByteArray> salt = strictBase64(parts[2]);
    const std::optional<QByteArray> key = strictBase64(parts[3]);
    // Salts shorter than 8 bytes are below what NIST SP 800-132 allows; the key length is fixed by the scheme.
    if (!salt || salt->size() < 8 || !key || key->size() != KeyBytes)
        return std::nullopt;
    return Parsed{iterations, *salt, *key};
}

} // namespace

QString hash(const QByteArray &password, int iterations)
{
    iterations = qBound(1, iterations, MaxIterations);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1) {
        openssl::clearErrors();
        qFatal("Warden: the system random number generator failed");
    }
    std::optional<QByteArray> key = derive(password, salt, iterations);
    if (!key)
        qFatal("Warden: PBKDF2-HMAC-SHA256 is unavailable in this OpenSSL build");
    const QString encoded = Scheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(key->toBase64());
    wipe(*key);
    return encoded;
}

bool verify(const QByteArray &password, const QString &encoded)
{
    const std::optional<Parsed> parsed = parse(encoded);
    if (!parsed)
        return false;
    std::optional<QByteArray> key = derive(password, parsed->salt, parsed->iterations);
    if (!key)
        return false;
    const bool same = CRYPTO_memcmp(key->constData(), parsed->key.constData(), KeyBytes) == 0;
    wipe(*key);
    return same;
}

bool needsRehash(const QString &encoded, int wantedIterations)
{
    const std::optional<Parsed> parsed = parse(encoded);
    return parsed && parsed->iterations < wantedIterations;
}

} // namespace warden::PasswordHasher
