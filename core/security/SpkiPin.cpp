#include "security/SpkiPin.h"

#include "security/OpenSslHandles.h"

#include <openssl/crypto.h>

namespace warden::SpkiPin {

namespace {

constexpr QLatin1String Prefix("sha256/");

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// "AB:CD:…" with exactly one colon between each pair -> "ABCD…"; anything irregular is returned unchanged so the
// hex check below rejects it.
QString withoutPairColons(const QString &text)
{
    if (text.size() != DigestSize * 3 - 1)
        return text;
    QString hex;
    hex.reserve(DigestSize * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i % 3 == 2) {
            if (text.at(i) != QLatin1Char(':'))
                return text;
        } else {
            hex.append(text.at(i));
        }
    }
    return hex;
}

QString notAPin(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d is not a public-key pin: expected \u201csha256/\u201d followed by base64, "
                          "or 64 hexadecimal characters.")
        .arg(text.size() > 80 ? text.left(77) + QStringLiteral("...") : text);
}

} // namespace

QByteArray sha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    openssl::X509Ptr x509(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!x509) {
        openssl::clearErrors();
        return {};
    }
    X509_PUBKEY *publicKey = X509_get_X509_PUBKEY(x509.get());
    const int length = publicKey ? i2d_X509_PUBKEY(publicKey, nullptr) : -1;
    if (length <= 0) {
        openssl::clearErrors();
        return {};
    }
    QByteArray spki(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(spki.data());
    QByteArray digest(DigestSize, Qt::Uninitialized);
    unsigned int digestLength = 0;
    if (i2d_X509_PUBKEY(publicKey, &out) != length
        || EVP_Digest(spki.constData(), size_t(spki.size()), reinterpret_cast<unsigned char *>(digest.data()),
                      &digestLength, EVP_sha256(), nullptr)
            != 1
        || digestLength != unsigned(DigestSize)) {
        openssl::clearErrors();
        return {};
    }
    return digest;
}

QString toBase64(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toBase64());
}

QString toPinText(const QByteArray &digest)
{
    return Prefix + toBase64(digest);
}

Result<QByteArray> parse(const QString &pinText)
{
    using R = Result<QByteArray>;
    const QString text = pinText.trimmed();
    if (text.isEmpty())
        return R::failure(QStringLiteral("No public-key pin was given."));

    if (text.startsWith(Prefix, Qt::CaseInsensitive)) {
        const QString encoded = text.mid(Prefix.size());
        // Only the base64 alphabet: QByteArray would otherwise skip spaces or accept URL-safe characters.
        for (const QChar c : encoded) {
            const bool base64 = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('+') || c == QLatin1Char('/') || c == QLatin1Char('=');
            if (!base64)
                return R::failure(QStringLiteral("The pin contains \u201c%1\u201d, which is not a base64 character.")
                                      .arg(c));
        }
        auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || encoded.isEmpty())
            return R::failure(QStringLiteral("The text after \u201csha256/\u201d is not valid base64."));
        if (decoded.decoded.size() != DigestSize)
            return R::failure(QStringLiteral("The pin decodes to %1 bytes; a SHA-256 pin has 32.").arg(decoded.decoded.size()));
        return *decoded;
    }

    const QString hex = withoutPairColons(text);
    bool allHex = true;
    for (const QChar c : hex)
        allHex = allHex && isHexDigit(c);
    if (!allHex)
        return R::failure(notAPin(pinText.trimmed()));
    if (hex.size() != DigestSize * 2)
        return R::failure(
            QStringLiteral("The pin has %1 hexadecimal characters; a SHA-256 pin has 64.").arg(hex.size()));
    return QByteArray::fromHex(hex.toLatin1());
}

bool matchesAny(const QSslCertificate &certificate, const QList<QByteArray> &pins)
{
    const QByteArray actual = sha256(certificate);
    if (actual.size() != DigestSize)
        return false;
    bool matched = false;
    for (const QByteArray &pin : pins) {
        if (pin.size() == DigestSize)
            matched |= CRYPTO_memcmp(actual.constData(), pin.constData(), size_t(DigestSize)) == 0;
    }
    return matched;
}

} // namespace warden::SpkiPin
