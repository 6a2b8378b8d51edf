#pragma once

#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"

#include <QObject>

#include <functional>

namespace warden {

// What the Updates page, the campaign wizard and the per-device campaign views ask of the backends. Implemented in
// app/ over each backend session's API client, so widgets never see a session. Every call names the backend that owns
// the campaign or device: a campaign never spans backends. Replies run on the context's thread and are dropped when
// the context is gone.
class UpdatesActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~UpdatesActions() = default;
    virtual void createCampaign(const QString &backend, const CampaignRequest &request, QObject *context,
                                Reply<Campaign> done) = 0;
    virtual void campaignAction(const QString &backend, const QString &id, CampaignAction action, QObject *context,
                                Reply<Campaign> done) = 0;
    virtual void workOrders(const QString &backend, QObject *context, Reply<QList<WorkOrder>> done) = 0;
    virtual void completeWorkOrder(const QString &backend, const QString &deviceId, const QString &firmwareVersion,
                                   QObject *context, Reply<Device> done) = 0;
    // Drill-down: a campaign's waves, one page of its targets, one page of the campaigns that targeted a device.
    virtual void campaignWaves(const QString &backend, const QString &id, QObject *context,
                               Reply<QList<CampaignWaveStatus>> done) = 0;
    virtual void campaignDevices(const QString &backend, const QString &id, const CampaignDeviceQuery &query,
                                 QObject *context, Reply<Page<CampaignDeviceState>> done) = 0;
    virtual void deviceCampaigns(const QString &backend, const QString &deviceId, const QString &cursor,
                                 QObject *context, Reply<Page<DeviceCampaignState>> done) = 0;
};

} // namespace warden
