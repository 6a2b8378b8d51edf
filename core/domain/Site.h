#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace warden {

// A physical location grouping gateways and devices; maintenance windows are in its time zone.
struct Site {
    QString id;
    QString name;
    SiteKind kind = SiteKind::Campus;
    QString timeZone; // IANA name, e.g. "Europe/Berlin"
    QString city;

    static Result<Site> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace warden
