#include "CampaignService.h"

#include "domain/JsonReader.h"
#include "rules/FilterExpression.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcFleetdSim)

namespace warden {

namespace {

quint64 campaignSeed(quint64 fleetSeed, const QString &campaignId)
{
    const QByteArray digest = QCryptographicHash::hash(campaignId.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value ^ fleetSeed;
}

QJsonObject windowJson(const MaintenanceWindow &window)
{
    return QJsonObject{{u"start"_s, window.start.toString(u"HH:mm"_s)}, {u"end"_s, window.end.toString(u"HH:mm"_s)}};
}

std::optional<MaintenanceWindow> windowFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    MaintenanceWindow window;
    window.start = QTime::fromString(value.toObject().value(u"start"_s).toString(), u"HH:mm"_s);
    window.end = QTime::fromString(value.toObject().value(u"end"_s).toString(), u"HH:mm"_s);
    if (!window.start.isValid() || !window.end.isValid())
        return std::nullopt;
    return window;
}

// The campaign's per-site windows as stored ({site id: {start, end, time_zone}}).
QHash<QString, MaintenanceWindow> siteWindowsFromJson(const QJsonValue &value)
{
    QHash<QString, MaintenanceWindow> windows;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const std::optional<MaintenanceWindow> window = windowFromJson(it.value()))
            windows.insert(it.key(), *window);
    }
    return windows;
}

// The window a device of siteId waits for: its site's own, else the campaign's default, else none (null).
QJsonValue windowForSite(const QJsonObject &campaign, const QString &siteId)
{
    const QJsonObject sites = campaign.value(u"site_windows"_s).toObject();
    if (!siteId.isEmpty() && sites.contains(siteId))
        return sites.value(siteId);
    return campaign.contains(u"maintenance_window"_s) ? campaign.value(u"maintenance_window"_s)
                                                      : QJsonValue(QJsonValue::Null);
}

bool isActiveState(CampaignState state)
{
    return state == CampaignState::Running || state == CampaignState::Paused || state == CampaignState::Halted
        || state == CampaignState::Scheduled;
}

} // namespace

CampaignService::CampaignService(FleetContext &context, ApprovalService &approvals, const QDateTime &epoch)
    : m_context(context), m_approvals(approvals), m_epoch(epoch.toUTC())
{
    m_approvals.setExecutor(
        ApprovalKind::Campaign,
        [this](FleetTransaction &transaction, const Approval &approval, const QString &) -> ApiStatus {
            const QString id = approval.action.value(u"campaign_id"_s).toString();
            ApiResult<QJsonObject> stored = storedCampaign(id);
            if (!stored)
                return stored.error();
            if (stored->value(u"state"_s).toString() != toString(CampaignState::PendingApproval))
                return ApiError::conflict(tr("The campaign %1 is no longer waiting for approval.").arg(id));
            return startRunner(transaction, id);
        },
        [this](FleetTransaction &transaction, const Approval &approval) -> ApiStatus {
            const QString id = approval.action.value(u"campaign_id"_s).toString();
            ApiResult<QJsonObject> stored = storedCampaign(id);
            if (!stored)
                return apiSuccess(); // nothing left to stop
            QJsonObject json = *stored;
            if (json.value(u"state"_s).toString() != toString(CampaignState::PendingApproval))
                return apiSuccess();
            json.insert(u"state"_s, toString(CampaignState::Aborted));
            json.insert(u"halt_reason"_s, tr("The approval was denied: %1").arg(approval.reason));
            return transaction.put(FleetCollection::Campaigns, id, json);
        });
}

CampaignService::~CampaignService() = default;

ApiResult<Firmware> CampaignService::firmware(const QString &id)
{
    const std::optional<QJsonObject> json = m_context.store.object(FleetCollection::Firmware, id);
    if (!json)
        return ApiError::badRequest(tr("There is no firmware image \"%1\".").arg(id), u"firmware_id"_s);
    Result<Firmware> image = Firmware::fromJson(*json);
    if (!image)
        return ApiError::internal(u"stored firmware %1 unreadable: %2"_s.arg(id, image.errorMessage()));
    return std::move(image).value();
}

ApiResult<QJsonObject> CampaignService::storedCampaign(const QString &id)
{
    std::optional<QJsonObject> json = m_context.store.object(FleetCollection::Campaigns, id);
    if (!json)
        return ApiError::notFound(tr("There is no campaign \"%1\".").arg(id));
    return std::move(*json);
}

QJsonObject CampaignService::campaignJson(const Active &active) const
{
    Campaign campaign = active.runner->campaign();
    if (active.carriedSucceeded > 0)
        campaign.counts[DeviceUpdateState::Succeeded] += active.carriedSucceeded;
    QJsonObject json = campaign.toJson();
    for (auto it = active.extras.begin(); it != active.extras.end(); ++it)
        json.insert(it.key(), it.value());
    // Which sites wait for which window and when it opens next, so a console can show it without reading every
    // device's state (replaced at every change; absent when nobody waits).
    QJsonArray waits;
    const QList<CampaignRunner::WindowWait> windowWaits = active.runner->windowWaits();
    for (const CampaignRunner::WindowWait &wait : windowWaits) {
        QJsonObject item = windowJson(wait.window);
        item.insert(u"site_id"_s, wait.siteId);
        item.insert(u"time_zone"_s, wait.timeZone);
        item.insert(u"site_window"_s, wait.siteWindow);
        item.insert(u"waiting"_s, wait.waiting);
        if (wait.nextOpenMs >= 0)
            item.insert(u"next_open"_s, toJsonTimestamp(QDateTime::fromMSecsSinceEpoch(wait.nextOpenMs, Qt::UTC)));
        waits.append(item);
    }
    if (waits.isEmpty())
        json.remove(u"window_waits"_s);
    else
        json.insert(u"window_waits"_s, waits);
    return json;
}

ApiResult<QJsonObject> CampaignService::create(const CreateRequest &request)
{
    ApiResult<Firmware> image = firmware(request.firmwareId);
    if (!image)
        return image.error();
    if (!image->signatureVerified) {
        return ApiError{409, u"firmware_unverified"_s,
                        tr("The signature of firmware %1 (%2 %3) is not verified; it cannot be rolled out.")
                            .arg(image->id, image->deviceClass, image->version),
                        u"firmware_id"_s, {}};
    }

    QJsonObject siteWindows;
    for (auto it = request.siteWindows.cbegin(); it != request.siteWindows.cend(); ++it) {
        const std::optional<QJsonObject> stored = m_context.store.object(FleetCollection::Sites, it.key());
        if (!stored)
            return ApiError::badRequest(tr("There is no site \"%1\" to give a maintenance window.").arg(it.key()),
                                        u"site_windows."_s + it.key());
        const QString zone = stored->value(u"time_zone"_s).toString();
        if (!QTimeZone(zone.toUtf8()).isValid())
            return ApiError::badRequest(tr("Site %1 has no valid time zone (\"%2\"); its window could not be kept.")
                                            .arg(it.key(), zone),
                                        u"site_windows."_s + it.key());
        const QString planned = request.siteWindowZones.value(it.key());
        if (!planned.isEmpty() && planned != zone)
            return ApiError::badRequest(tr("Site %1 is in the time zone %2, not %3; give its window in %2.")
                                            .arg(it.key(), zone, planned),
                                        u"site_windows."_s + it.key() + u".time_zone"_s);
        QJsonObject window = windowJson(it.value());
        window.insert(u"time_zone"_s, zone);
        siteWindows.insert(it.key(), window);
    }

    QList<Device> targets;
    if (request.hasDeviceIds) {
        QSet<QString> seen;
        for (const QString &id : request.deviceIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            std::optional<Device> device = m_context.store.device(id);
            if (!device)
                return ApiError::badRequest(tr("There is no device \"%1\".").arg(id), u"device_ids"_s);
            if (device->deviceClass != image->deviceClass)
                return ApiError::badRequest(tr("Device %1 is a %2; firmware %3 is for %4.")
                                                .arg(id, device->deviceClass, image->id, image->deviceClass),
                                            u"device_ids"_s);
            targets.append(std::move(*device));
        }
    } else {
        Result<FilterExpression> filter = FilterExpression::parse(request.targetFilter);
        if (!filter)
            return ApiError::badRequest(filter.errorMessage(), u"target_filter"_s);
        Result<QList<Device>> candidates = m_context.store.devicesOfClass(image->deviceClass);
        if (!candidates)
            return ApiError::fromStoreError(candidates.error());
        for (const Device &device : std::as_const(*candidates)) {
            if (filter->matches(device))
                targets.append(device);
        }
    }
    if (targets.isEmpty())
        return ApiError::badRequest(tr("No %1 device matches the campaign's targets.").arg(image->deviceClass),
                                    request.hasDeviceIds ? u"device_ids"_s : u"target_filter"_s);

    const Result<qint64> fleetSize = m_context.store.count(FleetCollection::Devices);
    if (!fleetSize)
        return ApiError::fromStoreError(fleetSize.error());
    int safetyCritical = 0;
    for (const Device &device : std::as_const(targets))
        safetyCritical += device.capabilities.safetyCritical ? 1 : 0;
    const bool needsApproval = safetyCritical > 0 || double(targets.size()) > ApprovalFleetShare * double(*fleetSize);

    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    Result<QString> id = transaction->store().nextId(u"cmp"_s);
    if (!id)
        return ApiError::fromStoreError(id.error());

    Campaign campaign;
    campaign.id = *id;
    campaign.name = request.name;
    campaign.firmwareId = image->id;
    campaign.targetFilter = request.hasDeviceIds ? QString() : request.targetFilter;
    campaign.waves = request.waves;
    campaign.waitMinutesBetweenWaves = request.waitMinutesBetweenWaves;
    campaign.state = needsApproval ? CampaignState::PendingApproval : CampaignState::Scheduled;
    campaign.createdBy = request.actor;
    campaign.created = m_context.clock.now();
    campaign.counts[DeviceUpdateState::Queued] = int(targets.size());
    QJsonObject json = campaign.toJson();
    json.insert(u"target_count"_s, targets.size());
    // Stored explicitly even when not given: the row says which window the scheduler keeps.
    json.insert(u"maintenance_window"_s, windowJson(request.window.value_or(MaintenanceWindow{})));
    json.insert(u"site_windows"_s, siteWindows);

    for (const Device &device : std::as_const(targets)) {
        if (Status s = transaction->store().putCampaignDevice(
                CampaignDeviceRecord{campaign.id, device.id, DeviceUpdateState::Queued, QString(), 0,
                                     m_context.clock.nowMs()});
            !s)
            return ApiError::fromStoreError(s.error());
    }
    if (ApiStatus s = transaction->put(FleetCollection::Campaigns, campaign.id, json); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(request.actor, u"campaign.create"_s, campaign.id,
                                         QJsonObject{{u"name"_s, campaign.name},
                                                     {u"firmware_id"_s, campaign.firmwareId},
                                                     {u"target_count"_s, targets.size()},
                                                     {u"safety_critical_targets"_s, safetyCritical},
                                                     {u"needs_approval"_s, needsApproval}});
        !s)
        return s.error();
    if (needsApproval) {
        const QString summary =
            tr("Firmware campaign \"%1\" (%2 %3) to %4 devices, %5 of them safety-critical")
                .arg(campaign.name, image->deviceClass, image->version)
                .arg(targets.size())
                .arg(safetyCritical);
        ApiResult<Approval> approval = m_approvals.file(
            *transaction, ApprovalKind::Campaign, summary,
            QJsonObject{{u"type"_s, u"campaign"_s}, {u"campaign_id"_s, campaign.id}, {u"name"_s, campaign.name},
                        {u"firmware_id"_s, campaign.firmwareId}, {u"target_count"_s, targets.size()}},
            request.actor);
        if (!approval)
            return approval.error();
    } else if (ApiStatus s = startRunner(*transaction, campaign.id); !s) {
        return s.error();
    }
    if (ApiStatus s = transaction->commit(); !s) {
        m_active.erase(campaign.id);
        return s.error();
    }
    const auto active = m_active.find(campaign.id);
    return active != m_active.end() ? campaignJson(active->second) : json;
}

ApiStatus CampaignService::startRunner(FleetTransaction &transaction, const QString &campaignId)
{
    std::optional<QJsonObject> json = transaction.store().object(FleetCollection::Campaigns, campaignId);
    if (!json)
        return ApiError::notFound(tr("There is no campaign \"%1\".").arg(campaignId));
    Result<Campaign> campaign = Campaign::fromJson(*json);
    if (!campaign)
        return ApiError::internal(u"stored campaign %1 unreadable: %2"_s.arg(campaignId, campaign.errorMessage()));
    ApiResult<Firmware> image = firmware(campaign->firmwareId);
    if (!image)
        return image.error();

    Result<QList<CampaignDeviceRecord>> records = transaction.store().campaignDevices(campaignId);
    if (!records)
        return ApiError::fromStoreError(records.error());
    QList<Device> targets;
    int carried = 0;
    for (const CampaignDeviceRecord &record : std::as_const(*records)) {
        if (record.state == DeviceUpdateState::Succeeded) {
            ++carried;
            continue;
        }
        if (std::optional<Device> device = transaction.store().device(record.deviceId))
            targets.append(std::move(*device));
    }
    QHash<QString, Site> sites;
    Result<QList<QJsonObject>> siteJson = transaction.store().allObjects(FleetCollection::Sites);
    if (!siteJson)
        return ApiError::fromStoreError(siteJson.error());
    for (const QJsonObject &object : std::as_const(*siteJson)) {
        if (Result<Site> site = Site::fromJson(object))
            sites.insert(site->id, *site);
    }

    if (targets.isEmpty()) {
        // Every target succeeded before a restart: nothing left to run.
        QJsonObject done = *json;
        done.insert(u"state"_s, toString(CampaignState::Completed));
        return transaction.put(FleetCollection::Campaigns, campaignId, done);
    }

    Active active;
    active.firmware = *image;
    active.carriedSucceeded = carried;
    for (const QString &key : {u"target_count"_s, u"maintenance_window"_s, u"site_windows"_s}) {
        if (json->contains(key))
            active.extras.insert(key, json->value(key));
    }
    Campaign start = *campaign;
    if (start.state == CampaignState::PendingApproval)
        start.state = CampaignState::Scheduled;
    // A runner rebuilt after a restart cannot start "halted" and be resumed later; it starts paused instead, with
    // its halt reason kept, and resume continues it.
    if (start.state == CampaignState::Halted)
        start.state = CampaignState::Paused;
    const std::optional<MaintenanceWindow> window = windowFromJson(json->value(u"maintenance_window"_s));
    active.runner = std::make_unique<CampaignRunner>(start, targets, sites,
                                                     campaignSeed(m_context.config.seed, campaignId),
                                                     m_context.config.campaignFailureRate,
                                                     window.value_or(MaintenanceWindow{}),
                                                     siteWindowsFromJson(json->value(u"site_windows"_s)));
    // Waves are drawn by the runner; a runner rebuilt after a restart keeps the waves its targets had.
    for (const DeviceUpdateStatus &status : active.runner->deviceStatuses()) {
        if (Status s = transaction.store().assignCampaignWave(campaignId, status.deviceId, status.wave); !s)
            return ApiError::fromStoreError(s.error());
    }
    const CampaignState before = campaign->state;
    const QList<DeviceUpdateChange> changes = active.runner->advance(relative(m_context.clock.nowMs()), m_epoch);
    if (ApiStatus s = persist(transaction, active, changes, before); !s)
        return s;
    m_active.insert_or_assign(campaignId, std::move(active));
    return apiSuccess();
}

ApiStatus CampaignService::persist(FleetTransaction &transaction, Active &active,
                                   const QList<DeviceUpdateChange> &changes, CampaignState before)
{
    const Campaign &campaign = active.runner->campaign();
    for (const DeviceUpdateChange &change : changes) {
        if (Status s = transaction.store().putCampaignDevice(
                CampaignDeviceRecord{campaign.id, change.deviceId, change.to, change.message, 0,
                                     m_epoch.toMSecsSinceEpoch() + change.timeMs});
            !s)
            return ApiError::fromStoreError(s.error());
        if (change.to != DeviceUpdateState::Succeeded)
            continue;
        std::optional<Device> device = transaction.store().device(change.deviceId);
        if (device && device->firmwareVersion != active.firmware.version) {
            device->firmwareVersion = active.firmware.version;
            if (ApiStatus s = transaction.putDevice(*device); !s)
                return s;
        }
    }
    if (ApiStatus s = transaction.put(FleetCollection::Campaigns, campaign.id, campaignJson(active)); !s)
        return s;
    if (campaign.state != before) {
        if (campaign.state == CampaignState::Halted) {
            if (ApiStatus s = transaction.audit(u"system"_s, u"campaign.halt"_s, campaign.id,
                                                QJsonObject{{u"reason"_s, campaign.haltReason},
                                                            {u"wave"_s, campaign.currentWave}});
                !s)
                return s;
        } else if (campaign.state == CampaignState::Completed) {
            if (ApiStatus s = transaction.audit(u"system"_s, u"campaign.complete"_s, campaign.id, {}); !s)
                return s;
        }
    }
    return apiSuccess();
}

void CampaignService::advance(qint64 simNowMs)
{
    QStringList finished;
    for (auto &[id, active] : m_active) {
        const CampaignState before = active.runner->campaign().state;
        const QList<DeviceUpdateChange> changes = active.runner->advance(relative(simNowMs), m_epoch);
        if (changes.isEmpty() && active.runner->campaign().state == before)
            continue;
        ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
        if (!transaction) {
            qCWarning(lcFleetdSim) << "cannot store campaign progress:" << transaction.error().message;
            return;
        }
        if (ApiStatus s = persist(*transaction, active, changes, before); !s) {
            qCWarning(lcFleetdSim) << "cannot store campaign progress:" << s.error().message;
            continue;
        }
        if (ApiStatus s = transaction->commit(); !s) {
            qCWarning(lcFleetdSim) << "cannot commit campaign progress:" << s.error().message;
            continue;
        }
        const Campaign &campaign = active.runner->campaign();
        const bool installing = campaign.counts.value(DeviceUpdateState::Downloading)
            + campaign.counts.value(DeviceUpdateState::Installing) > 0;
        if (campaign.state == CampaignState::Completed
            || (campaign.state == CampaignState::Aborted && !installing))
            finished.append(id);
    }
    for (const QString &id : std::as_const(finished))
        m_active.erase(id);
}

ApiResult<QJsonObject> CampaignService::control(const QString &id, Control control, const QString &actor)
{
    static const char *const Actions[] = {"campaign.pause", "campaign.resume", "campaign.abort", "campaign.retry"};
    const QString action = QString::fromLatin1(Actions[int(control)]);
    const auto active = m_active.find(id);
    if (active == m_active.end()) {
        ApiResult<QJsonObject> stored = storedCampaign(id);
        if (!stored)
            return stored.error();
        const QString state = stored->value(u"state"_s).toString();
        if (control != Control::Abort || state != toString(CampaignState::PendingApproval))
            return ApiError::conflict(tr("The campaign %1 is %2; that does not allow this action.").arg(id, state));
        // A campaign still waiting for approval can be withdrawn; approving it later finds it aborted.
        ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
        if (!transaction)
            return transaction.error();
        QJsonObject json = *stored;
        json.insert(u"state"_s, toString(CampaignState::Aborted));
        json.insert(u"halt_reason"_s, tr("Aborted by %1 before approval.").arg(actor));
        if (ApiStatus s = transaction->put(FleetCollection::Campaigns, id, json); !s)
            return s.error();
        if (ApiStatus s = transaction->audit(actor, action, id, {}); !s)
            return s.error();
        if (ApiStatus s = transaction->commit(); !s)
            return s.error();
        return json;
    }

    CampaignRunner &runner = *active->second.runner;
    const CampaignState before = runner.campaign().state;
    QJsonObject details;
    switch (control) {
    case Control::Pause:
        if (Status s = runner.pause(); !s)
            return ApiError::conflict(s.errorMessage());
        break;
    case Control::Resume:
        if (Status s = runner.resume(); !s)
            return ApiError::conflict(s.errorMessage());
        break;
    case Control::Abort:
        if (Status s = runner.abort(); !s)
            return ApiError::conflict(s.errorMessage());
        break;
    case Control::Retry: {
        Result<int> retried = runner.retryFailed();
        if (!retried)
            return ApiError::conflict(retried.errorMessage());
        if (*retried == 0)
            return ApiError::conflict(tr("The campaign %1 has no failed devices to retry.").arg(id));
        // Retrying after a halt means the operator accepts the risk: the campaign runs again.
        if (runner.campaign().state == CampaignState::Halted)
            (void)runner.resume();
        details.insert(u"retried"_s, *retried);
        break;
    }
    }
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    if (ApiStatus s = transaction->audit(actor, action, id, details); !s)
        return s.error();
    if (ApiStatus s = persist(*transaction, active->second, {}, before); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return campaignJson(active->second);
}

namespace {

QJsonValue timeOf(qint64 ms)
{
    return ms > 0 ? toJsonTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QJsonValue(QJsonValue::Null);
}

} // namespace

ApiResult<CampaignService::StatePage> CampaignService::devices(const QString &id, const QString &afterDeviceId,
                                                               int limit, int wave,
                                                               std::optional<DeviceUpdateState> state)
{
    if (ApiResult<QJsonObject> stored = storedCampaign(id); !stored)
        return stored.error();
    // One row more than asked tells whether another page follows.
    Result<QList<CampaignDeviceRecord>> records =
        m_context.store.campaignDevicesPage(id, afterDeviceId, limit + 1, wave, state);
    if (!records)
        return ApiError::fromStoreError(records.error());
    StatePage page;
    page.revision = m_context.store.revision();
    for (qsizetype i = 0; i < records->size() && i < limit; ++i) {
        const CampaignDeviceRecord &record = records->at(i);
        page.items.append(QJsonObject{{u"device_id"_s, record.deviceId},
                                      {u"state"_s, toString(record.state)},
                                      {u"message"_s, record.message},
                                      {u"wave"_s, record.wave},
                                      {u"updated"_s, timeOf(record.updatedMs)}});
    }
    if (records->size() > limit)
        page.lastId = records->at(limit - 1).deviceId;
    return page;
}

ApiResult<QJsonArray> CampaignService::waves(const QString &id)
{
    ApiResult<QJsonObject> stored = storedCampaign(id);
    if (!stored)
        return stored.error();
    Result<Campaign> campaign = Campaign::fromJson(*stored);
    if (!campaign)
        return ApiError::internal(u"stored campaign %1 unreadable: %2"_s.arg(id, campaign.errorMessage()));
    Result<QList<CampaignWaveCount>> counts = m_context.store.campaignWaveCounts(id);
    if (!counts)
        return ApiError::fromStoreError(counts.error());
    // Wave 0 holds targets of a campaign whose runner has not started (waiting for approval): no wave drawn yet.
    const int waveCount = int(campaign->waves.size());
    QList<QJsonObject> byWave(waveCount + 1);
    QList<int> sizes(waveCount + 1, 0);
    for (QJsonObject &object : byWave) {
        for (int s = 0; s <= int(DeviceUpdateState::NeedsPhysicalService); ++s)
            object.insert(toString(DeviceUpdateState(s)), 0);
    }
    for (const CampaignWaveCount &count : std::as_const(*counts)) {
        const int wave = std::clamp(count.wave, 0, waveCount);
        byWave[wave].insert(toString(count.state), byWave[wave].value(toString(count.state)).toInt() + count.count);
        sizes[wave] += count.count;
    }
    QJsonArray items;
    for (int wave = 0; wave <= waveCount; ++wave) {
        if (wave == 0 && sizes[0] == 0)
            continue;
        QJsonObject item{{u"wave"_s, wave}, {u"devices"_s, sizes[wave]}, {u"counts"_s, byWave[wave]}};
        if (wave > 0) {
            item.insert(u"percent"_s, campaign->waves[wave - 1].percent);
            item.insert(u"failure_threshold_percent"_s, campaign->waves[wave - 1].failureThresholdPercent);
            item.insert(u"started"_s, wave <= campaign->currentWave);
        }
        items.append(item);
    }
    return items;
}

ApiResult<CampaignService::StatePage> CampaignService::deviceCampaigns(const QString &deviceId,
                                                                       const QString &afterCampaignId, int limit)
{
    const std::optional<Device> device = m_context.store.device(deviceId);
    if (!device)
        return ApiError::notFound(tr("There is no device \"%1\".").arg(deviceId));
    const QString siteId = device->siteId;
    Result<QList<CampaignDeviceRecord>> records =
        m_context.store.deviceCampaignsPage(deviceId, afterCampaignId, limit + 1);
    if (!records)
        return ApiError::fromStoreError(records.error());
    StatePage page;
    page.revision = m_context.store.revision();
    QHash<QString, QString> versions;
    for (qsizetype i = 0; i < records->size() && i < limit; ++i) {
        const CampaignDeviceRecord &record = records->at(i);
        const QJsonObject campaign =
            m_context.store.object(FleetCollection::Campaigns, record.campaignId).value_or(QJsonObject());
        const QString firmwareId = campaign.value(u"firmware_id"_s).toString();
        if (!versions.contains(firmwareId)) {
            const std::optional<QJsonObject> image = m_context.store.object(FleetCollection::Firmware, firmwareId);
            versions.insert(firmwareId, image ? image->value(u"version"_s).toString() : QString());
        }
        page.items.append(QJsonObject{
            {u"campaign_id"_s, record.campaignId},
            {u"campaign_name"_s, campaign.value(u"name"_s).toString()},
            {u"campaign_state"_s, campaign.value(u"state"_s).toString()},
            {u"firmware_id"_s, firmwareId},
            {u"required_version"_s, versions.value(firmwareId)},
            {u"state"_s, toString(record.state)},
            {u"message"_s, record.message},
            {u"wave"_s, record.wave},
            {u"updated"_s, timeOf(record.updatedMs)},
            {u"window"_s, windowForSite(campaign, siteId)},
        });
    }
    if (records->size() > limit)
        page.lastId = records->at(limit - 1).campaignId;
    return page;
}

ApiResult<QJsonArray> CampaignService::workOrders()
{
    Result<QList<CampaignDeviceRecord>> records =
        m_context.store.campaignDevicesInState(DeviceUpdateState::NeedsPhysicalService);
    if (!records)
        return ApiError::fromStoreError(records.error());
    QHash<QString, QJsonObject> campaigns;
    QHash<QString, QString> versions;
    QJsonArray items;
    for (const CampaignDeviceRecord &record : std::as_const(*records)) {
        if (!campaigns.contains(record.campaignId))
            campaigns.insert(record.campaignId,
                             m_context.store.object(FleetCollection::Campaigns, record.campaignId).value_or(QJsonObject()));
        const QJsonObject &campaign = campaigns[record.campaignId];
        const QString firmwareId = campaign.value(u"firmware_id"_s).toString();
        if (!versions.contains(firmwareId)) {
            const std::optional<QJsonObject> image = m_context.store.object(FleetCollection::Firmware, firmwareId);
            versions.insert(firmwareId, image ? image->value(u"version"_s).toString() : QString());
        }
        const std::optional<Device> device = m_context.store.device(record.deviceId);
        QJsonObject item{
            {u"kind"_s, u"firmware_update"_s},
            {u"device_id"_s, record.deviceId},
            {u"site_id"_s, device ? device->siteId : QString()},
            {u"campaign_id"_s, record.campaignId},
            {u"firmware_id"_s, firmwareId},
            {u"required_version"_s, versions.value(firmwareId)},
            {u"window"_s, windowForSite(campaign, device ? device->siteId : QString())},
        };
        items.append(item);
    }
    return items;
}

ApiResult<Device> CampaignService::completeWorkOrder(const QString &deviceId, const QString &firmwareVersion,
                                                     const QString &actor)
{
    Result<QList<CampaignDeviceRecord>> records = m_context.store.campaignDevicesOfDevice(deviceId);
    if (!records)
        return ApiError::fromStoreError(records.error());
    QList<CampaignDeviceRecord> open;
    for (const CampaignDeviceRecord &record : std::as_const(*records)) {
        if (record.state == DeviceUpdateState::NeedsPhysicalService)
            open.append(record);
    }
    if (open.isEmpty())
        return ApiError::notFound(tr("There is no open work order for device \"%1\".").arg(deviceId));
    std::optional<Device> device = m_context.store.device(deviceId);
    if (!device)
        return ApiError::notFound(tr("There is no device \"%1\".").arg(deviceId));

    QStringList required;
    for (const CampaignDeviceRecord &record : std::as_const(open)) {
        ApiResult<QJsonObject> campaign = storedCampaign(record.campaignId);
        if (!campaign)
            continue;
        ApiResult<Firmware> image = firmware(campaign->value(u"firmware_id"_s).toString());
        if (image)
            required.append(image->version);
    }
    if (!required.isEmpty() && !required.contains(firmwareVersion)) {
        return ApiError::badRequest(tr("The work order asks for firmware %1, not %2.")
                                        .arg(required.join(u", "_s), firmwareVersion),
                                    u"firmware_version"_s);
    }

    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    for (const CampaignDeviceRecord &record : std::as_const(open)) {
        if (Status s = transaction->store().putCampaignDevice(CampaignDeviceRecord{
                record.campaignId, deviceId, DeviceUpdateState::Succeeded,
                tr("Serviced on site by %1: installed %2").arg(actor, firmwareVersion), 0, m_context.clock.nowMs()});
            !s)
            return ApiError::fromStoreError(s.error());
        const auto active = m_active.find(record.campaignId);
        if (active != m_active.end())
            (void)active->second.runner->markServiced(deviceId);
    }
    device->firmwareVersion = firmwareVersion;
    if (ApiStatus s = transaction->putDevice(*device); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(actor, u"workorder.complete"_s, deviceId,
                                         QJsonObject{{u"firmware_version"_s, firmwareVersion}});
        !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return std::move(*device);
}

void CampaignService::restore()
{
    Result<QList<QJsonObject>> campaigns = m_context.store.allObjects(FleetCollection::Campaigns);
    if (!campaigns)
        return;
    for (const QJsonObject &json : std::as_const(*campaigns)) {
        const std::optional<CampaignState> state =
            enumFromString<CampaignState>(json.value(u"state"_s).toString());
        if (!state || !isActiveState(*state))
            continue;
        const QString id = json.value(u"id"_s).toString();
        ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
        if (!transaction)
            return;
        if (ApiStatus s = startRunner(*transaction, id); !s) {
            qCWarning(lcFleetdSim) << "cannot resume campaign" << id << s.error().message;
            m_active.erase(id);
            continue;
        }
        if (ApiStatus s = transaction->commit(); !s)
            m_active.erase(id);
    }
}

} // namespace warden
