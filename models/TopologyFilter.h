#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QStringList>

namespace warden {

// Which devices to show; empty lists mean "all". Gateways have no class, status or risk: they follow the site
// filter only and stay as the anchors of their site.
struct TopologyFilter {
    QStringList classes;
    QList<DeviceStatus> statuses;
    QString backend; // null: every backend
    QStringList siteIds;
    int minimumRisk = 0;
    bool quarantinedOnly = false;

    bool isActive() const;
    friend bool operator==(const TopologyFilter &, const TopologyFilter &) = default;
};

} // namespace warden
