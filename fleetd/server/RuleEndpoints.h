#pragma once

#include "ApiRouter.h"
#include "RuleService.h"

namespace warden {

// POST /rules/dry-run (viewer), POST /rules, PUT /rules/{id}, DELETE /rules/{id} (admin) (fleet-api.md §6).
class RuleEndpoints {
public:
    static void install(ApiRouter &router, RuleService &rules);
};

} // namespace warden
