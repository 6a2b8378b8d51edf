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

    static Result<Link> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace warden
