#pragma once

#include "ApiRouter.h"
#include "ApprovalService.h"

namespace warden {

// POST /approvals/{id}/approve and /deny (fleet-api.md §6): 403 self_approval when the requester approves their
// own request, 409 when the approval is no longer pending.
class ApprovalEndpoints {
public:
    static void install(ApiRouter &router, ApprovalService &approvals);
};

} // namespace warden
