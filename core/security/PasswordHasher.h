#pragma once

#include <QByteArray>
#include <QString>

// Password storage for operator accounts: salted PBKDF2-HMAC-SHA256 in a self-describing text form
// "pbkdf2-sha256$<iterations>$<salt-base64>$<hash-base64>" (16-byte random salt, 32-byte key). Not responsible for
// password policy or rate limiting of login attempts. As with every PBKDF2-HMAC, trailing NUL bytes of a password
// are not significant (HMAC zero-pads short keys); UI text never contains them.
namespace warden::PasswordHasher {

// The default follows the OWASP 2023 recommendation for PBKDF2-HMAC-SHA256.
constexpr int DefaultIterations = 310000;
// Upper bound accepted by verify(), so a tampered record cannot make a login burn minutes of CPU.
constexpr int MaxIterations = 10000000;

// Hashes with a fresh random salt. iterations is clamped to 1..MaxIterations (tests use small counts for speed).
QString hash(const QByteArray &password, int iterations = DefaultIterations);

// True only if encoded is well-formed and was made from this password. Comparison is constant-time.
bool verify(const QByteArray &password, const QString &encoded);

// True if encoded is well-formed but uses fewer iterations than wanted, i.e. it should be re-hashed after the
// next successful login.
bool needsRehash(const QString &encoded, int wantedIterations = DefaultIterations);

} // namespace warden::PasswordHasher
