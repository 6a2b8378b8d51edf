#include "DeviceEndpoints.h"

#include "RequestBody.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype MaxReasonLength = 4096;

ApiResult<Device> loadDevice(FleetStore &store, const QString &id)
{
    std::optional<Device> device = store.device(id);
    if (!device)
        return ApiError::notFound(ApiError::tr("There is no device \"%1\".").arg(id));
    return std::move(*device);
}

// Reads the mandatory reason of an action.
ApiResult<QString> readReason(const QByteArray &body)
{
    ApiResult<QJsonObject> json = RequestBody::parse(body, {u"reason"_s});
    if (!json)
        return json.error();
    JsonReader reader(*json);
    const QString reason = reader.requiredString("reason", MaxReasonLength);
    if (!reader.ok())
        return RequestBody::fromReader(reader);
    return reason;
}

const QStringList CapabilityFields{u"online_update"_s, u"needs_maintenance_window"_s, u"safety_critical"_s};

QJsonObject capabilitiesToJson(const DeviceCapabilities &capabilities)
{
    return QJsonObject{{u"online_update"_s, capabilities.onlineUpdate},
                       {u"needs_maintenance_window"_s, capabilities.needsMaintenanceWindow},
                       {u"safety_critical"_s, capabilities.safetyCritical}};
}

// Capability flags present in json replace those of base; absent ones keep base's value.
ApiResult<DeviceCapabilities> readCapabilities(const QJsonObject &json, const DeviceCapabilities &base)
{
    JsonReader reader(json, u"capabilities"_s);
    DeviceCapabilities capabilities;
    capabilities.onlineUpdate = reader.optionalBool("online_update", base.onlineUpdate);
    capabilities.needsMaintenanceWindow = reader.optionalBool("needs_maintenance_window", base.needsMaintenanceWindow);
    capabilities.safetyCritical = reader.optionalBool("safety_critical", base.safetyCritical);
    if (!reader.ok())
        return RequestBody::fromReader(reader);
    return capabilities;
}

// POST /devices: registers a device that has not been seen yet (offline, risk 0, not quarantined).
ApiResult<HttpResponse> createDevice(FleetContext &context, const ApiCall &call)
{
    ApiResult<QJsonObject> json = RequestBody::parse(
        call.request.body, {u"id"_s, u"name"_s, u"device_class"_s, u"vendor"_s, u"model"_s, u"firmware_version"_s,
                            u"site_id"_s, u"gateway_id"_s, u"segment"_s, u"owner_ref"_s, u"location"_s, u"notes"_s,
                            u"capabilities"_s});
    if (!json)
        return json.error();
    JsonReader reader(*json);
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
    device.location = reader.optionalString("location");
    device.notes = reader.optionalString("notes", JsonReader::MaxTextLength);
    const QJsonObject capabilitiesJson = reader.optionalObject("capabilities");
    if (!reader.ok())
        return RequestBody::fromReader(reader);
    if (std::optional<ApiError> bad = RequestBody::checkFields(capabilitiesJson, CapabilityFields, u"capabilities"_s))
        return *bad;
    ApiResult<DeviceCapabilities> capabilities = readCapabilities(capabilitiesJson, DeviceCapabilities{});
    if (!capabilities)
        return capabilities.error();
    device.capabilities = *capabilities;
    device.status = DeviceStatus::Offline; // registered, not seen yet

    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
    if (!transaction)
        return transaction.error();
    FleetStore &store = transaction->store();
    if (store.device(device.id))
        return ApiError::conflict(ApiError::tr("A device with the id \"%1\" already exists.").arg(device.id));
    if (!store.objectJson(FleetCollection::Sites, device.siteId))
        return ApiError::badRequest(ApiError::tr("There is no site \"%1\".").arg(device.siteId), u"site_id"_s);
    if (!device.gatewayId.isEmpty() && !store.objectJson(FleetCollection::Gateways, device.gatewayId))
        return ApiError::badRequest(ApiError::tr("There is no gateway \"%1\".").arg(device.gatewayId),
                                    u"gateway_id"_s);
    if (!device.ownerRef.isEmpty() && !store.objectJson(FleetCollection::Owners, device.ownerRef))
        return ApiError::badRequest(ApiError::tr("There is no owner \"%1\".").arg(device.ownerRef), u"owner_ref"_s);
    if (ApiStatus s = transaction->putDevice(device); !s)
        return s.error();
    QJsonObject details = *json;
    details.remove(u"notes"_s); // free text stays in the device, not in the signed chain
    if (ApiStatus s = transaction->audit(call.session.user, u"device.create"_s, device.id, details); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return HttpResponse::json(201, device.toJson());
}

ApiResult<HttpResponse> setDisabled(FleetContext &context, const ApiCall &call, bool disable)
{
    ApiResult<QString> reason = readReason(call.request.body);
    if (!reason)
        return reason.error();
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
    if (!transaction)
        return transaction.error();
    ApiResult<Device> device = loadDevice(transaction->store(), call.param(0));
    if (!device)
        return device.error();
    if (disable == (device->status == DeviceStatus::Disabled)) {
        return ApiError::conflict(disable ? ApiError::tr("The device %1 is already disabled.").arg(device->id)
                                          : ApiError::tr("The device %1 is not disabled.").arg(device->id));
    }
    device->status = disable ? DeviceStatus::Disabled : DeviceStatus::Online;
    if (ApiStatus s = transaction->putDevice(*device); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(call.session.user, disable ? u"device.disable"_s : u"device.enable"_s,
                                         device->id, QJsonObject{{u"reason"_s, *reason}});
        !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    if (context.simulation.setQuarantine)
        context.simulation.setQuarantine(device->id, disable ? QuarantineLevel::Disable : device->quarantine);
    return HttpResponse::json(200, device->toJson());
}

} // namespace

void DeviceEndpoints::install(ApiRouter &router, FleetContext &context, QuarantineService &quarantines)
{
    router.add("PATCH", u"/devices/{id}"_s, ApiAccess::Operator,
               [&context](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(
                       call.request.body, {u"name"_s, u"location"_s, u"notes"_s, u"owner_ref"_s, u"capabilities"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const bool hasName = json->contains(u"name"_s) && !json->value(u"name"_s).isNull();
                   const QString name = hasName ? reader.requiredId("name") : QString();
                   const QString location = reader.optionalString("location");
                   const QString notes = reader.optionalString("notes", JsonReader::MaxTextLength);
                   const QString ownerRef = reader.optionalId("owner_ref");
                   const QJsonObject capabilitiesJson = reader.optionalObject("capabilities");
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   if (std::optional<ApiError> bad = RequestBody::checkFields(capabilitiesJson, CapabilityFields,
                                                                             u"capabilities"_s))
                       return *bad;

                   ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
                   if (!transaction)
                       return transaction.error();
                   ApiResult<Device> device = loadDevice(transaction->store(), call.param(0));
                   if (!device)
                       return device.error();
                   QJsonObject changed;
                   if (hasName && name != device->name) {
                       device->name = name;
                       changed.insert(u"name"_s, name);
                   }
                   if (json->contains(u"location"_s) && location != device->location) {
                       device->location = location;
                       changed.insert(u"location"_s, location);
                   }
                   if (json->contains(u"notes"_s) && notes != device->notes) {
                       device->notes = notes;
                       changed.insert(u"notes"_s, notes);
                   }
                   if (json->contains(u"owner_ref"_s) && ownerRef != device->ownerRef) {
                       if (!ownerRef.isEmpty() && !transaction->store().objectJson(FleetCollection::Owners, ownerRef))
                           return ApiError::badRequest(ApiError::tr("There is no owner \"%1\".").arg(ownerRef),
                                                       u"owner_ref"_s);
                       device->ownerRef = ownerRef;
                       changed.insert(u"owner_ref"_s, ownerRef);
                   }
                   if (!capabilitiesJson.isEmpty()) {
                       ApiResult<DeviceCapabilities> capabilities =
                           readCapabilities(capabilitiesJson, device->capabilities);
                       if (!capabilities)
                           return capabilities.error();
                       // Safety-critical devices need four eyes to quarantine: only an administrator may lift that.
                       if (device->capabilities.safetyCritical && !capabilities->safetyCritical
                           && call.session.level < FleetRole::Admin)
                           return ApiError::forbidden(
                               ApiError::tr("Only an administrator may mark the safety-critical device %1 as not "
                                            "safety-critical.")
                                   .arg(device->id));
                       if (*capabilities != device->capabilities) {
                           device->capabilities = *capabilities;
                           changed.insert(u"capabilities"_s, capabilitiesToJson(*capabilities));
                       }
                   }
                   if (changed.isEmpty())
                       return HttpResponse::json(200, device->toJson()); // nothing to change, nothing to audit
                   if (ApiStatus s = transaction->putDevice(*device); !s)
                       return s.error();
                   if (ApiStatus s = transaction->audit(call.session.user, u"device.update"_s, device->id, changed); !s)
                       return s.error();
                   if (ApiStatus s = transaction->commit(); !s)
                       return s.error();
                   return HttpResponse::json(200, device->toJson());
               });

    router.add("POST", u"/devices"_s, ApiAccess::Operator,
               [&context](const ApiCall &call) { return createDevice(context, call); });
    router.add("POST", u"/devices/{id}/disable"_s, ApiAccess::Operator,
               [&context](const ApiCall &call) { return setDisabled(context, call, true); });
    router.add("POST", u"/devices/{id}/enable"_s, ApiAccess::Operator,
               [&context](const ApiCall &call) { return setDisabled(context, call, false); });

    router.add("POST", u"/devices/{id}/quarantine"_s, ApiAccess::Operator,
               [&context, &quarantines](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json =
                       RequestBody::parse(call.request.body, {u"level"_s, u"reason"_s, u"expires"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   QuarantineService::Request request;
                   request.deviceId = call.param(0);
                   request.level = reader.requiredEnum<QuarantineLevel>("level");
                   request.reason = reader.requiredString("reason", MaxReasonLength);
                   const QDateTime expires = reader.optionalTime("expires");
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   if (expires.isValid() && expires.toMSecsSinceEpoch() <= context.clock.nowMs())
                       return ApiError::badRequest(ApiError::tr("The expiry must lie in the future."), u"expires"_s);
                   request.expiresMs = expires.isValid() ? expires.toMSecsSinceEpoch() : 0;
                   request.actor = call.session.user;
                   ApiResult<QuarantineService::Outcome> outcome = quarantines.request(request);
                   if (!outcome)
                       return outcome.error();
                   if (outcome->approval)
                       return HttpResponse::json(202, QJsonObject{{u"approval"_s, outcome->approval->toJson()}});
                   return HttpResponse::json(200, QJsonObject{{u"device"_s, outcome->device->toJson()}});
               });

    router.add("POST", u"/devices/{id}/release"_s, ApiAccess::Operator,
               [&quarantines](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QString> reason = readReason(call.request.body);
                   if (!reason)
                       return reason.error();
                   ApiResult<Device> device = quarantines.release(call.param(0), *reason, call.session.user);
                   if (!device)
                       return device.error();
                   return HttpResponse::json(200, QJsonObject{{u"device"_s, device->toJson()}});
               });
}

} // namespace warden
