#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"

namespace warden {

// The paged GET endpoints of every collection (fleet-api.md §4 and §6), GET /devices/{id}, GET /events and
// GET /audit, GET /audit/head. Read-only; owners need the operator role (personal data).
class CollectionEndpoints {
public:
    static void install(ApiRouter &router, FleetContext &context);
};

} // namespace warden
