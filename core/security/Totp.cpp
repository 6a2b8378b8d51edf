#include "security/Totp.h"

#include "security/OpenSslHandles.h"
#include "security/SecretBuffer.h"

#include <QUrl>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>

namespace warden::Totp {

namespace {

constexpr int MinDigits = 6;
constexpr int MaxDigits = 8;
constexpr int DefaultPeriod = 30;
// A generous bound: more than ±10 steps (5 minutes) would make a stolen code useful for far too long.
constexpr int MaxDriftSteps = 10;
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

constexpr std::array<quint32, MaxDigits + 1> PowersOfTen = {1,      10,      100,      1000,     10000,
                                                             100000, 1000000, 10000000, 100000000};

// HMAC-SHA1 of the 8-byte big-endian counter, or an empty array if OpenSSL fails.
QByteArray hmacSha1(const QByteArray &key, quint64 counter)
{
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[size_t(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }

    openssl::EvpMacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac) {
        openssl::clearErrors();
        return {};
    }
    openssl::EvpMacCtxPtr context(EVP_MAC_CTX_new(mac.get()));
    char digestName[] = "SHA1";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    // An empty key is legal for HMAC, but OpenSSL wants a non-null pointer.
    static const unsigned char emptyKey = 0;
    const auto *keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.constData());
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t digestLength = 0;
    if (!context || !EVP_MAC_init(context.get(), keyData, size_t(key.size()), params)
        || !EVP_MAC_update(context.get(), message.data(), message.size())
        || !EVP_MAC_final(context.get(), reinterpret_cast<unsigned char *>(digest.data()), &digestLength,
                          size_t(digest.size()))) {
        openssl::clearErrors();
        return {};
    }
    digest.resize(qsizetype(digestLength));
    return digest;
}

// RFC 4226 dynamic truncation of the HMAC into a number below 10^digits; -1 if the HMAC failed.
qint64 hotpValue(const QByteArray &secret, quint64 counter, int digits)
{
    QByteArray digest = hmacSha1(secret, counter);
    if (digest.size() != 20)
        return -1;
    const auto *d = reinterpret_cast<const unsigned char *>(digest.constData());
    const int offset = d[19] & 0x0f;
    const quint32 binary = (quint32(d[offset] & 0x7f) << 24) | (quint32(d[offset + 1]) << 16)
        | (quint32(d[offset + 2]) << 8) | quint32(d[offset + 3]);
    wipe(digest);
    return qint64(binary % PowersOfTen[size_t(digits)]);
}

// Time step for a moment; floor division so moments before 1970 do not share step 0.
qint64 timeStep(qint64 unixSeconds, int periodSeconds)
{
    qint64 step = unixSeconds / periodSeconds;
    if (unixSeconds % periodSeconds != 0 && unixSeconds < 0)
        --step;
    return step;
}

QString formatCode(qint64 value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
}

} // namespace

QString code(const QByteArray &secret, qint64 unixSeconds, int digits, int periodSeconds)
{
    if (digits < MinDigits || digits > MaxDigits || periodSeconds <= 0)
        return {};
    const qint64 step = timeStep(unixSeconds, periodSeconds);
    if (step < 0)
        return {};
    const qint64 value = hotpValue(secret, quint64(step), digits);
    return value < 0 ? QString() : formatCode(value, digits);
}

bool verify(const QByteArray &secret, const QString &code, qint64 unixSeconds, int allowedDriftSteps)
{
    QByteArray typed;
    typed.reserve(code.size());
    for (const QChar c : code) {
        if (c == QLatin1Char(' '))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        typed.append(char(c.unicode()));
    }
    const int digits = int(typed.size());
    if (digits < MinDigits || digits > MaxDigits || secret.isEmpty())
        return false;

    const int drift = qBound(0, allowedDriftSteps, MaxDriftSteps);
    const qint64 step = timeStep(unixSeconds, DefaultPeriod);
    // Every candidate is computed and compared; no early exit, so timing does not reveal which step matched.
    int matches = 0;
    for (qint64 candidate = step - drift; candidate <= step + drift; ++candidate) {
        if (candidate < 0)
            continue;
        const qint64 value = hotpValue(secret, quint64(candidate), digits);
        if (value < 0)
            return false;
        const QByteArray expected = formatCode(value, digits).toLatin1();
        matches |= int(CRYPTO_memcmp(expected.constData(), typed.constData(), size_t(digits)) == 0);
    }
    return matches != 0;
}

QByteArray generateSecret(int bytes)
{
    if (bytes <= 0)
        return {};
    QByteArray secret(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), bytes) != 1) {
        // Without a working CSPRNG there is no safe secret to hand out.
        openssl::clearErrors();
        qFatal("Warden: the system random number generator failed");
    }
    return secret;
}

QString toBase32(const QByteArray &bytes)
{
    QString out;
    out.reserve((bytes.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Base32Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    while (out.size() % 8 != 0)
        out.append(QLatin1Char('='));
    return out;
}

Result<QByteArray> fromBase32(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype symbols = 0;
    bool padding = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\t') || c == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('=')) {
            padding = true;
            continue;
        }
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        if (value < 0)
            return Result<QByteArray>::failure(
                QStringLiteral("The secret contains \u201c%1\u201d, which is not a base32 character (A\u2013Z, 2\u20137).")
                    .arg(c));
        if (padding)
            return Result<QByteArray>::failure(QStringLiteral("The secret has characters after its '=' padding."));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    // A final group of 1, 3 or 6 symbols cannot come from whole bytes.
    const qsizetype tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return Result<QByteArray>::failure(
            QStringLiteral("The secret has %1 base32 characters, which cannot encode whole bytes; "
                           "a character is probably missing or extra.")
                .arg(symbols));
    return out;
}

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    QString secretText = toBase32(secret);
    while (secretText.endsWith(QLatin1Char('=')))
        secretText.chop(1);
    const QString issuerEncoded = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString accountEncoded = QString::fromLatin1(QUrl::toPercentEncoding(account));
    QString label = issuer.isEmpty() ? accountEncoded : issuerEncoded + QLatin1Char(':') + accountEncoded;
    QString uri = QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + secretText;
    if (!issuer.isEmpty())
        uri += QStringLiteral("&issuer=") + issuerEncoded;
    uri += QStringLiteral("&algorithm=SHA1&digits=6&period=30");
    wipe(secretText);
    return uri;
}

} // namespace warden::Totp
