#pragma once

#include "security/CertificateAuthority.h"
#include "security/Ed25519Key.h"
#include "security/SecretBuffer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace warden {

// Keeps the device certificate authority of one fleetd data directory across restarts, so device certificates issued
// before a restart still chain to it. The file device-ca.json (mode 0600) holds the CA certificate (PEM) and its
// private key sealed with AES-256-GCM (PersonalDataVault's sealed format) under a key derived with HKDF-SHA256 from
// the data directory's existing long-term secret, the audit signing key: the CA key is never on disk in plain text,
// and a file copied from another data directory does not open here. A file that is damaged, foreign or holds a key
// that does not match its certificate is refused with a message saying so, never replaced: replacing it would
// silently orphan every device certificate. Not responsible for issuing certificates (CertificateAuthority).
class DeviceCaStore {
    Q_DECLARE_TR_FUNCTIONS(DeviceCaStore)

public:
    static constexpr char Format[] = "warden-device-ca/1";

    static QString fileName(const QString &dataDir);
    // The stored CA, or a new one (stored before it is returned) when the data directory has none yet.
    static Result<CertificateAuthority> loadOrCreate(const QString &dataDir, const Ed25519Key &secret);
    static Result<CertificateAuthority> load(const QString &path, const Ed25519Key &secret);
    static Status save(const QString &path, const CertificateAuthority &authority, const Ed25519Key &secret);

    // 32 bytes: HKDF-SHA256(secret's private key, salt "warden fleetd", info "device CA key v1").
    static SecretBytes sealingKey(const Ed25519Key &secret);
};

} // namespace warden
