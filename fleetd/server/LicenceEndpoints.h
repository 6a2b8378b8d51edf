#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"
#include "LicenceService.h"

namespace warden {

// POST /licences/{id}/approve, /deny, /revoke (fleet-api.md §6).
class LicenceEndpoints {
public:
    static void install(ApiRouter &router, FleetContext &context, LicenceService &licences);
};

} // namespace warden
