#pragma once

#include "ApprovalService.h"
#include "FleetContext.h"
#include "domain/Campaign.h"
#include "domain/Firmware.h"
#include "sim/CampaignRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace warden {

// Firmware campaigns: creation (signed firmware only, four-eyes for safety-critical targets or more than a quarter
// of the fleet), one CampaignRunner per running campaign advanced by the simulation tick with every device
// transition stored (and successful installs written to the device's firmware_version), pause/resume/abort/retry,
// and the work orders of devices that need physical service. Runners are rebuilt after a restart from the stored
// device states: devices that already succeeded stay done, the rest continue.
// Not responsible for the HTTP side (CampaignEndpoints).
class CampaignService {
    Q_DECLARE_TR_FUNCTIONS(CampaignService)

public:
    struct CreateRequest {
        QString name;
        QString firmwareId;
        QStringList deviceIds;      // either these ...
        QString targetFilter;       // ... or this filter (FilterExpression grammar)
        bool hasDeviceIds = false;
        QList<CampaignWave> waves;
        int waitMinutesBetweenWaves = 0;
        std::optional<MaintenanceWindow> window; // default for every site without its own
        // Per-site windows (site id -> window, in that site's zone). timeZones holds the zone the operator planned
        // a site's window in (when given): it must be the site's zone, so a window is never read in the wrong zone.
        QHash<QString, MaintenanceWindow> siteWindows;
        QHash<QString, QString> siteWindowZones;
        QString actor;
    };

    CampaignService(FleetContext &context, ApprovalService &approvals, const QDateTime &epoch);
    ~CampaignService();

    ApiResult<QJsonObject> create(const CreateRequest &request);
    enum class Control { Pause, Resume, Abort, Retry };
    ApiResult<QJsonObject> control(const QString &id, Control control, const QString &actor);
    // One page of per-target states (fleet-api.md §6 GET /campaigns/{id}/devices and GET /devices/{id}/campaigns):
    // the items and the id to continue after (empty when this was the last page).
    struct StatePage {
        QJsonArray items;
        QString lastId;
        qint64 revision = 0; // the server's revision when the page was read, as in every paged listing
    };
    // wave 0 = every wave; no state = every state.
    ApiResult<StatePage> devices(const QString &id, const QString &afterDeviceId, int limit, int wave,
                                 std::optional<DeviceUpdateState> state);
    // Each wave's share, threshold, size and devices per update state.
    ApiResult<QJsonArray> waves(const QString &id);
    // The campaigns that targeted a device and where it stands in each.
    ApiResult<StatePage> deviceCampaigns(const QString &deviceId, const QString &afterCampaignId, int limit);
    ApiResult<QJsonArray> workOrders();
    ApiResult<Device> completeWorkOrder(const QString &deviceId, const QString &firmwareVersion,
                                        const QString &actor);

    // Advances every running campaign to simNowMs and commits what changed.
    void advance(qint64 simNowMs);
    // Rebuilds runners for campaigns that were active when fleetd stopped.
    void restore();

    static constexpr double ApprovalFleetShare = 0.25;

private:
    struct Active {
        std::unique_ptr<CampaignRunner> runner;
        Firmware firmware;
        QJsonObject extras;     // maintenance_window, target_count: stored beside the domain fields
        int carriedSucceeded = 0; // devices that succeeded before a restart (not part of the rebuilt runner)
    };

    ApiResult<Firmware> firmware(const QString &id);
    ApiResult<QJsonObject> storedCampaign(const QString &id);
    QJsonObject campaignJson(const Active &active) const;
    ApiStatus startRunner(FleetTransaction &transaction, const QString &campaignId);
    // Stores the runner's transitions and the campaign; audits halts and completion.
    ApiStatus persist(FleetTransaction &transaction, Active &active, const QList<DeviceUpdateChange> &changes,
                      CampaignState before);
    qint64 relative(qint64 simNowMs) const { return simNowMs - m_epoch.toMSecsSinceEpoch(); }

    FleetContext &m_context;
    ApprovalService &m_approvals;
    QDateTime m_epoch;
    std::map<QString, Active> m_active;
};

} // namespace warden
