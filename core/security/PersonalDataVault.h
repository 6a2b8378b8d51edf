#pragma once

#include "security/SecretBuffer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

namespace warden {

// How the vault key is derived from a passphrase: PBKDF2-HMAC-SHA256 with a random salt, plus a check value that
// tells a wrong passphrase apart from damaged data. Stored beside the sealed data in a self-describing text form
// "pbkdf2-sha256$<iterations>$<salt-base64>$<check-base64>"; none of it is secret.
struct VaultKdfParameters {
    // OWASP 2023 for PBKDF2-HMAC-SHA256.
    static constexpr int DefaultIterations = 600000;
    // Bounds accepted when reading stored parameters, so a tampered record can neither weaken the key to nothing
    // nor make unlocking burn minutes of CPU.
    static constexpr int MinIterations = 1000;
    static constexpr int MaxIterations = 10000000;

    int iterations = DefaultIterations;
    QByteArray salt;  // 16 random bytes
    QByteArray check; // HMAC-SHA256(key, "warden personal data vault"); empty until a key was derived

    // Fresh parameters with a random salt and no check value yet. iterations is clamped to Min..MaxIterations.
    static VaultKdfParameters generate(int iterations = DefaultIterations);
    static Result<VaultKdfParameters> decode(const QString &text);
    QString encode() const;
};

// Keeps personal data (owner names, e-mails, phone numbers) sealed at rest with AES-256-GCM (OpenSSL EVP): each
// sealed value is "WPV1" + 12-byte random nonce + ciphertext + 16-byte tag, the magic authenticated as well, so any
// changed byte, a truncation or another key is detected on unsealing. The key lives only in this object (wiped
// memory), derived from the operator's passphrase; without it the vault is locked: nothing is sealed (callers do
// not store personal data then) and nothing is unsealed. Thread-safe: sealed on the cache writer's thread while the
// UI thread locks or unlocks. Not responsible for where the parameters or the sealed values are stored.
class PersonalDataVault {
    Q_DECLARE_TR_FUNCTIONS(PersonalDataVault)

public:
    static constexpr int KeyBytes = 32;
    static constexpr int NonceBytes = 12;
    static constexpr int TagBytes = 16;
    static constexpr char Magic[] = "WPV1";

    PersonalDataVault() = default;
    PersonalDataVault(const PersonalDataVault &) = delete;
    PersonalDataVault &operator=(const PersonalDataVault &) = delete;
    ~PersonalDataVault() { lock(); }

    // Derives the key (slow on purpose: run it on a worker). With parameters that carry a check value, a different
    // passphrase is refused ("does not open"); without one, the check value is filled in for the caller to store.
    // The passphrase is wiped either way.
    Status unlock(SecretBytes passphrase, VaultKdfParameters &parameters);
    // Uses a raw 32-byte key (e.g. from an OS keychain); the key is wiped.
    Status unlockWithKey(SecretBytes key);
    void lock();
    bool isUnlocked() const;

    // Empty result when locked: there is no key to seal with, so the caller must not store the value at all.
    Result<QByteArray> seal(const QByteArray &plain) const;
    // Fails when locked, with another key, or when any byte of sealed was changed.
    Result<QByteArray> unseal(const QByteArray &sealed) const;
    static bool looksSealed(const QByteArray &bytes);

    static SecretBytes deriveKey(const QByteArray &passphrase, const VaultKdfParameters &parameters);

private:
    mutable QMutex m_mutex;
    SecretBytes m_key;
};

} // namespace warden
