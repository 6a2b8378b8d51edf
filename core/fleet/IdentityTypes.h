#pragma once

#include "domain/DeviceCredential.h"
#include "domain/JoinRequest.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

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

// Reads a CSV of identities to preauthorize: one per line, "serial" or "serial,fingerprint"; an optional header line
// naming the columns ("serial,fingerprint"), blank lines and lines starting with '#' are skipped. Fingerprints may be
// written with colons or upper case (as tools print them) and are normalised to 64 lowercase hex digits. Fails on the
// first bad line, naming it.
Result<QList<PreauthorizeEntry>> parsePreauthorizeCsv(const QString &text);

} // namespace warden
