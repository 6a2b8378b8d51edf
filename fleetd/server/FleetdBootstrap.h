#pragma once

#include "FleetdConfig.h"
#include "FleetStore.h"
#include "security/Ed25519Key.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace warden {

// Key material and files of one fleetd data directory.
struct FleetdMaterials {
    QByteArray caPem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    Ed25519Key auditKey;
    QString credentialsFile;
    bool createdAccounts = false; // true on the run that generated (and wrote) the credentials
};

// First-run set-up of a data directory, and reuse on later runs: a private CA (ca.pem, ca-key.pem), a server
// certificate for the listen host plus 127.0.0.1 and localhost (server.pem, server-key.pem; reissued when the
// listen host is not covered), an operator client certificate for mutual TLS (client.pem, client-key.pem), the
// Ed25519 audit signing key (audit-key.pem) and the accounts admin/alice/bob/carol with random passwords and TOTP
// secrets (stored hashed in the FleetStore, handed out once via credentials.json). Private keys and credentials are
// written 0600, the directory 0700. Never logs a password or secret.
// Not responsible for the fleet itself (FleetSeeder) or for starting the server.
class FleetdBootstrap {
    Q_DECLARE_TR_FUNCTIONS(FleetdBootstrap)

public:
    static Result<FleetdMaterials> prepare(const FleetdConfig &config, FleetStore &store);

    static QString caFile(const QString &dataDir);
    static QString credentialsFile(const QString &dataDir);
    static QString storeFile(const QString &dataDir);
};

} // namespace warden
