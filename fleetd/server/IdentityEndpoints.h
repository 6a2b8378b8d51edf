#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"
#include "IdentityService.h"

namespace warden {

// GET /admission and /credentials (paged), POST /admission/{id}/accept, /admission/{id}/reject,
// /admission/preauthorize, /credentials/rotate, /credentials/{device_id}/revoke and /credentials/{device_id}/serviced
// (fleet-api.md §6 "Device identity").
class IdentityEndpoints {
public:
    static void install(ApiRouter &router, FleetContext &context, IdentityService &identity);
};

} // namespace warden
