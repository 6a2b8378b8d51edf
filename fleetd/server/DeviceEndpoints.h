#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"
#include "QuarantineService.h"

namespace warden {

// Operator actions on devices (fleet-api.md §6): POST /devices (register a new one), PATCH /devices/{id} (register
// fields and capability flags; only an admin may clear safety_critical), disable/enable, quarantine (200 with the
// device, or 202 with a pending approval for safety-critical devices) and release. Every change is audited.
class DeviceEndpoints {
public:
    static void install(ApiRouter &router, FleetContext &context, QuarantineService &quarantines);
};

} // namespace warden
