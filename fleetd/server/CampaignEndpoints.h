#pragma once

#include "ApiRouter.h"
#include "CampaignService.h"

namespace warden {

// POST /campaigns, GET /campaigns/{id}/devices, pause/resume/abort/retry, GET /work-orders and
// POST /work-orders/{device_id}/complete (fleet-api.md §6), with strict validation of the campaign body.
class CampaignEndpoints {
public:
    static void install(ApiRouter &router, CampaignService &campaigns);
};

} // namespace warden
