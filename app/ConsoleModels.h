#pragma once

#include "DeviceRegisterModel.h"
#include "ThreatFeedModel.h"
#include "ThreatStatistics.h"
#include "TopologyScene.h"

#include <QObject>

namespace warden {

// The console's shared view state: one instance of every model the pages read, fed by the controller.
struct ConsoleModels {
    DeviceRegisterModel devices;
    ThreatFeedModel feed;
    ThreatStatistics statistics;
    TopologyScene topology;
};

} // namespace warden
