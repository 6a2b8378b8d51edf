#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace warden {

// One account's first-run credentials as written to DIR/credentials.json.
struct FleetdCredential {
    QString user;
    QString password;
    QStringList roles;
    QString totpSecretBase32;
    QString otpauthUri;

    // The raw TOTP secret (empty if the base32 text is damaged).
    QByteArray totpSecret() const;
};

// Reads and writes DIR/credentials.json, the file through which a fresh fleetd hands its generated passwords and
// TOTP secrets to the people (and the console's --demo, and tests) who need them. The file is created 0600.
// Not responsible for generating the credentials (FleetdBootstrap) or checking logins (SessionManager).
class FleetdCredentials {
    Q_DECLARE_TR_FUNCTIONS(FleetdCredentials)

public:
    static Result<QList<FleetdCredential>> read(const QString &path);
    static Status write(const QString &path, const QList<FleetdCredential> &credentials);
    static std::optional<FleetdCredential> find(const QList<FleetdCredential> &credentials, const QString &user);
};

// Writes bytes to path atomically (temporary file + rename) with the given permission bits from the start, so a
// key is never readable by others even for a moment.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, int mode);

} // namespace warden
