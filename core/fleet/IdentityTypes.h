#pragma once

#include "domain/DeviceCredential.h"
#include "domain/JoinRequest.h"
#include "security/SecretBuffer.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace warden {

// One identity to preauthorize (POST /admission/preauthorize): a serial and, optionally, the only key it may use.
struct PreauthorizeEntry {
    QString serial;
    QString fingerprint; // empty: any key

    QJsonObject toJson() const;
    friend bool operator==(const PreauthorizeEntry &, const PreauthorizeEntry &) = default;
};

// The answer to POST /admission/preauthorize: entries created, and serials the backend skipped with its reason.
struct PreauthorizeResult {
    struct Skipped {
        QString serial;
        QString reason;
    };
    QList<JoinRequest> created;
    QList<Skipped> skipped;

    static Result<PreauthorizeResult> fromJson(const QJsonObject &json);
};

// One device's outcome of POST /credentials/rotate.
struct CredentialRotation {
    enum class Outcome { Rotated, NeedsPhysicalService, Failed };
    QString deviceId;
    Outcome outcome = Outcome::Failed;
    QString message;
    std::optional<DeviceCredential> credential;

    static Result<CredentialRotation> fromJson(const QJsonObject &json);
};

// One console operator account as GET /operators shows it to an admin: roles, 2FA and lockout state, last login.
// Never carries a password hash or a TOTP secret.
struct OperatorAccount {
    QString user;
    QStringList roles;
    bool totpEnrolled = false;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime lastLogin;   // UTC; invalid when never logged in
    QString clientCertificate; // fleetd issues one shared operator certificate: usually empty

    static Result<OperatorAccount> fromJson(const QJsonObject &json);
};

// The answer to POST /operators/{user}/reset-totp: the operator's new TOTP secret, shown to the admin once. The
// secret and the otpauth:// URI (which contains it) are held in wiped-on-release buffers shared by every copy of the
// value, so nothing keeps a plain copy after the dialog showing it is gone.
struct TotpReset {
    QString user;
    int revokedSessions = 0;
    std::shared_ptr<SecretBytes> secret;     // base32, UTF-8
    std::shared_ptr<SecretBytes> otpauthUri; // UTF-8

    // Takes the secret fields out of json and wipes them there.
    static Result<TotpReset> fromJson(QJsonObject &json);
};

// Reads a CSV of identities to preauthorize: one per line, "serial" or "serial,fingerprint"; an optional header line
// naming the columns ("serial,fingerprint"), blank lines and lines starting with '#' are skipped. Fingerprints may be
// written with colons or upper case (as tools print them) and are normalised to 64 lowercase hex digits. Fails on the
// first bad line, naming it.
Result<QList<PreauthorizeEntry>> parsePreauthorizeCsv(const QString &text);

} // namespace warden
