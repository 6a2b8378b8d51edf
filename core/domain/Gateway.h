#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace warden {

// A network gateway at a site; devices connect through exactly one gateway.
struct Gateway {
    QString id;
    QString siteId;
    QString name;
    QString segment; // network segment, e.g. "clinical-vlan-20"

    // JSON: required id, site_id, name; optional segment (default "").
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Gateway> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Gateway &, const Gateway &) = default;
};

} // namespace warden
