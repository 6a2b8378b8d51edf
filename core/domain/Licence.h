#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace warden {

// Which services and resources a device may use (scopes such as "telemetry-upload", "cloud-storage:bucket-x").
struct Licence {
    QString id;
    QString deviceId;
    QStringList requestedScopes;
    QStringList grantedScopes;
    LicenceState state = LicenceState::Requested;
    QDateTime requested;
    QDateTime expires; // null = no expiry
    QString decidedBy;
    QString reason;

    // JSON: required id, device_id, state, requested; optional requested_scopes, granted_scopes (arrays of non-empty
    // strings, default []), expires (omitted when invalid = no expiry), decided_by, reason (default "").
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Licence> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Licence &, const Licence &) = default;
};

} // namespace warden
