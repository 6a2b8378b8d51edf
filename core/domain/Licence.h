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

    static Result<Licence> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Licence &, const Licence &) = default;
};

} // namespace warden
