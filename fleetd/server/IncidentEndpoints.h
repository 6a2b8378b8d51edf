#pragma once

#include "ApiRouter.h"
#include "IncidentService.h"

namespace warden {

// POST /incidents/{id}/acknowledge, /assign, /notes, /state (fleet-api.md §6); illegal transitions are 409.
class IncidentEndpoints {
public:
    static void install(ApiRouter &router, IncidentService &incidents);
};

} // namespace warden
