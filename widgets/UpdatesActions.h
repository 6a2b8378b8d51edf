#pragma once

#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"

#include <QObject>

#include <functional>

namespace warden {

// What the Updates page and the campaign wizard ask of the backend that owns the fleet. Implemented in app/ over
// the backend session's API client, so widgets never see a session. Replies run on the context's thread and are
// dropped when the context is gone.
class UpdatesActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~UpdatesActions() = default;
    virtual void createCampaign(const CampaignRequest &request, QObject *context, Reply<Campaign> done) = 0;
    virtual void campaignAction(const QString &id, CampaignAction action, QObject *context, Reply<Campaign> done) = 0;
    virtual void workOrders(QObject *context, Reply<QList<WorkOrder>> done) = 0;
    virtual void completeWorkOrder(const QString &deviceId, const QString &firmwareVersion, QObject *context,
                                   Reply<Device> done) = 0;
};

} // namespace warden
