#pragma once

#include "fleet/ConnectionProfile.h"
#include "fleet/FleetError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>

namespace warden {

class SecretBytes;

// The TLS side of one connection: the QSslConfiguration every request and the stream use, and the optional pin the
// peer's public key must match. Verification of the server is always on; there is deliberately no way to ignore
// certificate errors.
struct TlsSettings {
    QSslConfiguration configuration;
    QByteArray pin; // SHA-256 of the pinned SubjectPublicKeyInfo; empty = no pin

    // The pin-mismatch error for this peer certificate, or nullopt if there is no pin or the key matches.
    std::optional<FleetError> checkPeer(const QSslCertificate &peer) const;
};

// Builds TlsSettings from a ConnectionProfile: TLS 1.2 or newer, VerifyPeer, the CA bundle (or the system's CAs),
// the client certificate and key (PEM, or PKCS#12 unlocked with a passphrase given in memory only), the pin.
// Not responsible for checking the pin during a connection (the clients call TlsSettings::checkPeer on
// QNetworkReply::encrypted / the WebSocket connect).
class TlsSetup {
    Q_DECLARE_TR_FUNCTIONS(TlsSetup)

public:
    // passphrase: for an encrypted PEM key or the PKCS#12 file; only read, never stored or copied into settings.
    static Result<TlsSettings> build(const ConnectionProfile &profile, const SecretBytes *passphrase = nullptr);

    // The certificates of a PEM bundle; an error if it cannot be read or holds none.
    static Result<QList<QSslCertificate>> loadCaBundle(const QString &path);
};

} // namespace warden
