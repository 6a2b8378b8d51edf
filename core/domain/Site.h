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

    // JSON: required id, name, kind, time_zone (not checked against the tz database, which differs per host);
    // optional city (default "").
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Site> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace warden
