#pragma once

#include "FleetStore.h"
#include "FleetdConfig.h"
#include "sim/FleetGenerator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace warden {

// The simulated fleet of one data directory: generated from (devices, seed, epoch) and written to the store on first
// run in batched transactions; regenerated from the spec remembered in the store on later runs, so the traffic
// simulation sees the same devices (the store stays the source of truth for everything operators changed).
// Not responsible for traffic (EventGenerator) or for the API.
class FleetSeeder {
    Q_DECLARE_TR_FUNCTIONS(FleetSeeder)

public:
    struct Outcome {
        GeneratedFleet fleet;
        FleetSpec spec;
        bool seededNow = false;
        qint64 seedMilliseconds = 0; // time spent writing the store on first run
    };

    // epoch: used on first run only (invalid = the simulation's default epoch).
    static Result<Outcome> prepare(FleetStore &store, const FleetdConfig &config, const QDateTime &epoch);

    // Stable id of a link (links have none of their own): "from>to".
    static QString linkId(const Link &link);
};

} // namespace warden
