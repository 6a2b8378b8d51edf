#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace warden {

// A network link between two nodes (device or gateway ids): uplinks to gateways, peer links between devices.
struct Link {
    QString fromId;
    QString toId;
    LinkKind kind = LinkKind::Uplink;

    // JSON {"from", "to", "kind"}: all required; from and to must differ.
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Link> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace warden
