#pragma once

#include "TopologyScene.h"

#include <QString>

namespace warden {

// The rich-text tooltips of the topology map: for a site, its device and gateway counts, the mix of colour
// categories, quarantined and highlighted counts; for a device or gateway, its name, class, site, uplink, risk,
// status, quarantine, safety and part in a blast radius. Escapes every name. Not responsible for finding what is
// under the cursor (TopologyView).
class TopologyToolTip final {
public:
    static QString forSite(const TopologyScene &scene, int site);
    static QString forNode(const TopologyScene &scene, TopologyNode node);
};

} // namespace warden
