#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"
#include "QuarantineService.h"

namespace warden {

// Operator actions on one device (fleet-api.md §6): PATCH /devices/{id}, disable/enable, quarantine (200 with the
// device, or 202 with a pending approval for safety-critical devices) and release. Every change is audited.
class DeviceEndpoints {
public:
    static void install(ApiRouter &router, FleetContext &context, QuarantineService &quarantines);
};

} // namespace warden
