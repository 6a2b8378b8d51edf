#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1) for operator two-factor login, plus the
// RFC 4648 base32 encoding authenticator apps use for secrets. Replay protection (remembering used time steps)
// is the caller's job; this namespace only computes and compares codes.
namespace warden::Totp {

// The code for the time step containing unixSeconds (T0 = 0). digits must be 6..8 and periodSeconds positive;
// otherwise the result is empty.
QString code(const QByteArray &secret, qint64 unixSeconds, int digits = 6, int periodSeconds = 30);

// True if code matches the 30 s step at unixSeconds or up to allowedDriftSteps steps either side.
// The number of digits is taken from the code (6..8); spaces are ignored ("123 456"). Anything else that is not
// a digit makes the code malformed, which returns false. All candidate steps are compared in constant time.
bool verify(const QByteArray &secret, const QString &code, qint64 unixSeconds, int allowedDriftSteps = 1);

// bytes of cryptographically secure randomness (20 = the HMAC-SHA1 block recommendation of RFC 4226).
QByteArray generateSecret(int bytes = 20);

// RFC 4648 base32 with '=' padding.
QString toBase32(const QByteArray &bytes);

// Decodes base32 leniently, as people type it: case-insensitive, spaces and '-' ignored, padding optional.
// Fails with a readable message on any other character or an impossible length.
Result<QByteArray> fromBase32(const QString &text);

// The otpauth://totp URI that authenticator apps read from a QR code (secret unpadded, SHA1, 6 digits, 30 s).
QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace warden::Totp
