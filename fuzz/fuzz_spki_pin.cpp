// Public-key pins and the certificates they are computed from. The first byte chooses what the rest is: 'P' a PEM
// certificate bundle, 'D' a DER certificate, anything else a pin as typed into a connection profile.
// Properties: a parsed pin is 32 bytes and reads back from each of its written forms (sha256/base64, hex, colon
// pairs); a failure has a message; every certificate Qt accepts gives an empty or 32-byte pin that matches the
// certificate, survives a DER round trip, and no other pin matches.

#include "FuzzSupport.h"

#include "security/SpkiPin.h"

#include <QSslCertificate>
#include <QSslSocket>

using namespace warden;

namespace {

void checkPinText(const QString &text)
{
    const Result<QByteArray> pin = SpkiPin::parse(text);
    if (!pin) {
        fuzz::check(!pin.errorMessage().isEmpty(), "pin refused without a message");
        return;
    }
    const QByteArray &digest = pin.value();
    fuzz::check(digest.size() == SpkiPin::DigestSize, "parsed pin is not 32 bytes");
    fuzz::check(SpkiPin::toBase64(digest).size() == 44, "base64 form is not 44 characters");
    const QString forms[] = {SpkiPin::toPinText(digest), QString::fromLatin1(digest.toHex()),
                             QString::fromLatin1(digest.toHex(':')).toUpper()};
    for (const QString &form : forms) {
        const Result<QByteArray> again = SpkiPin::parse(form);
        fuzz::check(again.ok() && again.value() == digest, "a written pin does not read back");
    }
}

void checkCertificates(const QByteArray &bytes, QSsl::EncodingFormat format)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, format);
    for (const QSslCertificate &certificate : certificates) {
        const QByteArray pin = SpkiPin::sha256(certificate);
        if (certificate.isNull()) {
            fuzz::check(pin.isEmpty(), "null certificate has a pin");
            continue;
        }
        if (pin.isEmpty())
            continue;
        fuzz::check(pin.size() == SpkiPin::DigestSize, "pin is not 32 bytes");
        fuzz::check(SpkiPin::matchesAny(certificate, {pin}), "certificate does not match its own pin");
        fuzz::check(!SpkiPin::matchesAny(certificate, {}), "certificate matches an empty pin list");
        QByteArray other = pin;
        other[0] = char(other[0] ^ 0x01);
        fuzz::check(!SpkiPin::matchesAny(certificate, {other, QByteArray()}), "certificate matches a foreign pin");
        const QSslCertificate reread(certificate.toDer(), QSsl::Der);
        fuzz::check(SpkiPin::sha256(reread) == pin, "pin changes over a DER round trip");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    // Certificates are decoded by a TLS backend plugin; without one every input would be "not a certificate".
    fuzz::check(!QSslSocket::availableBackends().isEmpty(), "no TLS backend plugin found");
    // Loads the TLS backend plugin now, so the first input is not charged with it (nor reported as a leak).
    (void)QSslCertificate::fromData(QByteArray("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::InputReader input(data, size);
    const uint8_t mode = input.byte();
    const QByteArray rest = input.rest();
    if (mode == 'P')
        checkCertificates(rest, QSsl::Pem);
    else if (mode == 'D')
        checkCertificates(rest, QSsl::Der);
    else
        checkPinText(QString::fromUtf8(rest));
    return 0;
}
