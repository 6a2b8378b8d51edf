#include "fleet/FleetTypes.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qint64 MaxCounter = std::numeric_limits<qint64>::max() / 2;

int roleRank(const QString &role)
{
    if (role == u"admin"_s)
        return 3;
    if (role == u"operator"_s)
        return 2;
    if (role == u"viewer"_s)
        return 1;
    return 0;
}

// Base64 (standard alphabet, padded) that must decode to exactly byteCount bytes.
QByteArray requiredBase64(JsonReader &reader, const char *key, qsizetype byteCount)
{
    const QString text = reader.requiredString(key, 1024);
    if (!reader.ok())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != byteCount) {
        reader.fail(QString::fromLatin1(key),
                    u"must be base64 of exactly "_s + QString::number(byteCount) + u" bytes"_s);
        return {};
    }
    return decoded.decoded;
}

} // namespace

bool LoginSession::hasRole(const QString &role) const
{
    const int needed = roleRank(role);
    if (needed == 0)
        return roles.contains(role);
    for (const QString &held : roles) {
        if (roleRank(held) >= needed)
            return true;
    }
    return false;
}

Result<BackendInfo> BackendInfo::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    BackendInfo info;
    info.name = reader.requiredId("name");
    info.version = reader.requiredId("version");
    info.apiVersion = int(reader.requiredInteger("api_version", 1, 1000));
    info.time = reader.optionalTime("time");
    info.lastSeq = reader.requiredInteger("last_seq", 0, MaxCounter);
    info.oldestSeq = reader.optionalInteger("oldest_seq", 0, MaxCounter, 0);
    info.revision = reader.requiredInteger("revision", 0, MaxCounter);
    if (json.contains(u"audit_public_key"_s) && !json.value(u"audit_public_key"_s).isNull())
        info.auditPublicKey = requiredBase64(reader, "audit_public_key", 32);
    return reader.finish(std::move(info));
}

Result<AuditHead> AuditHead::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    AuditHead head;
    head.index = reader.requiredInteger("index", 0, MaxCounter);
    head.hash = reader.requiredHex("hash", 32);
    head.signedAt = reader.requiredId("signed_at");
    head.signature = requiredBase64(reader, "signature", 64);
    return reader.finish(std::move(head));
}

Result<CampaignDeviceState> CampaignDeviceState::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    CampaignDeviceState state;
    state.deviceId = reader.requiredId("device_id");
    state.state = reader.requiredEnum<DeviceUpdateState>("state");
    state.message = reader.optionalString("message", JsonReader::MaxTextLength);
    state.wave = int(reader.optionalInteger("wave", 0, 100, 0));
    state.updated = reader.optionalTime("updated");
    return reader.finish(std::move(state));
}

Result<CampaignWaveStatus> CampaignWaveStatus::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    CampaignWaveStatus status;
    status.wave = int(reader.requiredInteger("wave", 0, 100));
    status.devices = int(reader.requiredInteger("devices", 0, MaxCounter));
    status.started = reader.optionalBool("started", false);
    if (status.wave > 0) {
        status.percent = reader.requiredNumber("percent", 0, 100, true);
        status.failureThresholdPercent = reader.requiredNumber("failure_threshold_percent", 0, 100);
    }
    const QJsonObject counts = reader.requiredObject("counts", 4096);
    for (auto it = counts.begin(); reader.ok() && it != counts.end(); ++it) {
        const std::optional<DeviceUpdateState> state = enumFromString<DeviceUpdateState>(it.key());
        // An unknown state from a newer backend is left out of the per-state counts; the wave's size stays right.
        if (!state)
            continue;
        if (!it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > MaxCounter)
            reader.fail(u"counts."_s + it.key(), u"must be a count"_s, JsonReader::describe(it.value()));
        else
            status.counts.insert(*state, it.value().toInt());
    }
    return reader.finish(std::move(status));
}

Result<DeviceCampaignState> DeviceCampaignState::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    DeviceCampaignState state;
    state.campaignId = reader.requiredId("campaign_id");
    state.campaignName = reader.optionalString("campaign_name");
    state.campaignState = reader.requiredEnum<CampaignState>("campaign_state");
    state.firmwareId = reader.optionalId("firmware_id");
    state.requiredVersion = reader.optionalId("required_version");
    state.state = reader.requiredEnum<DeviceUpdateState>("state");
    state.message = reader.optionalString("message", JsonReader::MaxTextLength);
    state.wave = int(reader.optionalInteger("wave", 0, 100, 0));
    state.updated = reader.optionalTime("updated");
    state.window = reader.optionalObject("window", 1024);
    return reader.finish(std::move(state));
}

Result<WorkOrder> WorkOrder::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    WorkOrder order;
    // Absent kind: a backend from before credential work orders, where every order was a firmware update.
    const QString kind = reader.optionalId("kind");
    if (kind == u"credential_rotation"_s)
        order.kind = WorkOrder::Kind::CredentialRotation;
    else if (!kind.isEmpty() && kind != u"firmware_update"_s)
        reader.fail(u"kind"_s, u"must be firmware_update or credential_rotation"_s, kind);
    order.deviceId = reader.requiredId("device_id");
    order.siteId = reader.optionalId("site_id");
    order.campaignId = reader.optionalId("campaign_id");
    order.firmwareId = reader.optionalId("firmware_id");
    order.requiredVersion = order.kind == WorkOrder::Kind::FirmwareUpdate ? reader.requiredId("required_version")
                                                                          : reader.optionalId("required_version");
    order.window = reader.optionalObject("window", 1024);
    order.reason = reader.optionalString("reason", JsonReader::MaxTextLength);
    return reader.finish(std::move(order));
}

QJsonObject DevicePatch::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(u"name"_s, *name);
    if (location)
        json.insert(u"location"_s, *location);
    if (notes)
        json.insert(u"notes"_s, *notes);
    if (ownerRef)
        json.insert(u"owner_ref"_s, *ownerRef);
    QJsonObject capabilities;
    if (onlineUpdate)
        capabilities.insert(u"online_update"_s, *onlineUpdate);
    if (needsMaintenanceWindow)
        capabilities.insert(u"needs_maintenance_window"_s, *needsMaintenanceWindow);
    if (safetyCritical)
        capabilities.insert(u"safety_critical"_s, *safetyCritical);
    if (!capabilities.isEmpty())
        json.insert(u"capabilities"_s, capabilities);
    return json;
}

QJsonObject CampaignRequest::toJson() const
{
    QJsonArray waveArray;
    for (const CampaignWave &wave : waves) {
        waveArray.append(
            QJsonObject{{u"percent"_s, wave.percent}, {u"failure_threshold_percent"_s, wave.failureThresholdPercent}});
    }
    QJsonObject json{
        {u"name"_s, name},
        {u"firmware_id"_s, firmwareId},
        {u"waves"_s, waveArray},
        {u"wait_minutes_between_waves"_s, waitMinutesBetweenWaves},
    };
    if (!deviceIds.isEmpty())
        json.insert(u"device_ids"_s, QJsonArray::fromStringList(deviceIds));
    else
        json.insert(u"target_filter"_s, targetFilter);
    if (!maintenanceStart.isEmpty() || !maintenanceEnd.isEmpty())
        json.insert(u"maintenance_window"_s, QJsonObject{{u"start"_s, maintenanceStart}, {u"end"_s, maintenanceEnd}});
    if (!siteWindows.isEmpty()) {
        QJsonObject sites;
        for (auto it = siteWindows.cbegin(); it != siteWindows.cend(); ++it) {
            QJsonObject window{{u"start"_s, it->start}, {u"end"_s, it->end}};
            if (!it->timeZone.isEmpty())
                window.insert(u"time_zone"_s, it->timeZone);
            sites.insert(it.key(), window);
        }
        json.insert(u"site_windows"_s, sites);
    }
    return json;
}

QString toString(CampaignAction action)
{
    switch (action) {
    case CampaignAction::Pause: return u"pause"_s;
    case CampaignAction::Resume: return u"resume"_s;
    case CampaignAction::Abort: return u"abort"_s;
    case CampaignAction::Retry: return u"retry"_s;
    }
    return {};
}

} // namespace warden
