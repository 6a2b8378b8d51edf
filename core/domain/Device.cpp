#include "domain/Device.h"

#include "domain/JsonReader.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Device> Device::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Device device;
    device.id = reader.requiredId("id");
    device.name = reader.requiredId("name");
    device.deviceClass = reader.requiredId("device_class");
    device.vendor = reader.optionalId("vendor");
    device.model = reader.optionalId("model");
    device.firmwareVersion = reader.optionalId("firmware_version");
    device.siteId = reader.requiredId("site_id");
    device.gatewayId = reader.optionalId("gateway_id");
    device.segment = reader.optionalId("segment");
    device.ownerRef = reader.optionalId("owner_ref");
    device.location = reader.optionalId("location");
    device.notes = reader.optionalString("notes", JsonReader::MaxTextLength);
    device.status = reader.requiredEnum<DeviceStatus>("status");
    device.riskScore = static_cast<int>(reader.requiredInteger("risk_score", 0, 100));
    device.lastSeen = reader.optionalTime("last_seen");

    const QJsonObject capabilities = reader.requiredObject("capabilities");
    if (reader.ok()) {
        JsonReader capabilityReader = reader.nested(capabilities, reader.path("capabilities"));
        device.capabilities.onlineUpdate = capabilityReader.requiredBool("online_update");
        device.capabilities.needsMaintenanceWindow = capabilityReader.requiredBool("needs_maintenance_window");
        device.capabilities.safetyCritical = capabilityReader.requiredBool("safety_critical");
    }

    device.quarantine = reader.requiredEnum<QuarantineLevel>("quarantine");
    device.revision = reader.optionalInteger("revision", 0, std::numeric_limits<qint64>::max(), 0);
    return reader.finish(std::move(device));
}

QJsonObject Device::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"device_class"_s, deviceClass},
        {u"vendor"_s, vendor},
        {u"model"_s, model},
        {u"firmware_version"_s, firmwareVersion},
        {u"site_id"_s, siteId},
        {u"gateway_id"_s, gatewayId},
        {u"segment"_s, segment},
        {u"owner_ref"_s, ownerRef},
        {u"location"_s, location},
        {u"notes"_s, notes},
        {u"status"_s, toString(status)},
        {u"risk_score"_s, riskScore},
        {u"capabilities"_s,
         QJsonObject{
             {u"online_update"_s, capabilities.onlineUpdate},
             {u"needs_maintenance_window"_s, capabilities.needsMaintenanceWindow},
             {u"safety_critical"_s, capabilities.safetyCritical},
         }},
        {u"quarantine"_s, toString(quarantine)},
        {u"revision"_s, revision},
    };
    insertOptionalTimestamp(json, u"last_seen"_s, lastSeen);
    return json;
}

Result<Owner> Owner::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Owner owner;
    owner.ref = reader.requiredId("ref");
    owner.name = reader.requiredId("name");
    owner.email = reader.optionalId("email");
    owner.phone = reader.optionalId("phone");
    return reader.finish(std::move(owner));
}

QJsonObject Owner::toJson() const
{
    return QJsonObject{{u"ref"_s, ref}, {u"name"_s, name}, {u"email"_s, email}, {u"phone"_s, phone}};
}

} // namespace warden
