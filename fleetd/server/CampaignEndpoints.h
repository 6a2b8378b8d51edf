#pragma once

#include "ApiRouter.h"
#include "CampaignService.h"

#include <functional>
#include <optional>

namespace warden {

// POST /campaigns, GET /campaigns/{id}/devices, pause/resume/abort/retry, GET /work-orders and
// POST /work-orders/{device_id}/complete (fleet-api.md §6), with strict validation of the campaign body.
class CampaignEndpoints {
public:
    // Other physical-service work (credential rotations) listed with the campaigns' work orders, and completed
    // through the same endpoint when no firmware version is given; completeOther answers nullopt for devices
    // without such work.
    using CompleteOther = std::function<std::optional<ApiResult<Device>>(const QString &deviceId, const QString &actor)>;
    static void install(ApiRouter &router, CampaignService &campaigns,
                        std::function<ApiResult<QJsonArray>()> moreWorkOrders = {}, CompleteOther completeOther = {});
};

} // namespace warden
