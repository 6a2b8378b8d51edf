#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

// Public-key pinning: the SHA-256 of a certificate's DER SubjectPublicKeyInfo (the value of
// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256`), which survives certificate
// renewal with the same key. Responsible for computing, formatting and parsing pins; not for deciding which pins
// a connection must match.
namespace warden::SpkiPin {

constexpr int DigestSize = 32;

// The 32-byte pin of a certificate; empty for a null or unparsable certificate.
QByteArray sha256(const QSslCertificate &certificate);

// Standard base64 of a pin (44 characters for 32 bytes), without the "sha256/" prefix.
QString toBase64(const QByteArray &digest);

// "sha256/<base64>", the form parse() and HPKP-style configuration files use.
QString toPinText(const QByteArray &digest);

// Accepts "sha256/<base64>" (prefix case-insensitive) or 64 hex characters, optionally as colon-separated pairs
// like `openssl x509 -fingerprint` prints them; surrounding whitespace is ignored. Anything else is an error that
// says what was expected.
Result<QByteArray> parse(const QString &pinText);

// True if the certificate's pin equals one of pins (constant-time comparison of each).
bool matchesAny(const QSslCertificate &certificate, const QList<QByteArray> &pins);

} // namespace warden::SpkiPin
