#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"
#include "SessionManager.h"

namespace warden {

// GET /info, POST /session and DELETE /session (fleet-api.md §3). Logins and logouts are audited.
class SessionEndpoints {
public:
    static void install(ApiRouter &router, FleetContext &context, SessionManager &sessions);
};

} // namespace warden
