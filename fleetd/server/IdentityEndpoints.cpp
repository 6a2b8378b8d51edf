#include "IdentityEndpoints.h"

#include "CollectionPager.h"
#include "RequestBody.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

ApiResult<QString> readReason(const QByteArray &body, bool required)
{
    ApiResult<QJsonObject> json = RequestBody::parse(body, {u"reason"_s});
    if (!json)
        return json.error();
    JsonReader reader(*json);
    const QString reason = required ? reader.requiredString("reason", 4096) : reader.optionalString("reason", 4096);
    if (!reader.ok())
        return RequestBody::fromReader(reader);
    return reason;
}

bool isFingerprint(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

void IdentityEndpoints::install(ApiRouter &router, FleetContext &context, IdentityService &identity)
{
    router.add("GET", u"/admission"_s, ApiAccess::Viewer, [&context](const ApiCall &call) {
        return CollectionPager::serve(context.store, FleetCollection::JoinRequests, call.request.query);
    });
    // The device CA's certificate: what gateways and services trust to recognise fleet devices.
    router.add("GET", u"/credentials/ca"_s, ApiAccess::Viewer, [&identity](const ApiCall &) -> ApiResult<HttpResponse> {
        return HttpResponse::json(200, QJsonObject{{u"certificate_pem"_s, QString::fromLatin1(identity.deviceCaPem())}});
    });
    router.add("GET", u"/credentials"_s, ApiAccess::Viewer, [&context](const ApiCall &call) {
        return CollectionPager::serve(context.store, FleetCollection::Credentials, call.request.query);
    });

    // Literal paths first: "/admission/preauthorize" must not be taken for an id.
    router.add("POST", u"/admission/preauthorize"_s, ApiAccess::Operator,
               [&identity](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"items"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QList<QJsonObject> objects =
                       reader.objectList("items", true, 1, IdentityService::MaxPreauthorize);
                   QList<IdentityService::PreauthorizeItem> items;
                   for (qsizetype i = 0; i < objects.size() && reader.ok(); ++i) {
                       const QString path = JsonReader::elementPath(u"items"_s, i);
                       if (std::optional<ApiError> unknown =
                               RequestBody::checkFields(objects.at(i), {u"serial"_s, u"fingerprint"_s}, path))
                           return *unknown;
                       JsonReader item = reader.nested(objects.at(i), path);
                       IdentityService::PreauthorizeItem entry{item.requiredId("serial"), item.optionalId("fingerprint")};
                       if (reader.ok() && !entry.fingerprint.isEmpty() && !isFingerprint(entry.fingerprint))
                           item.fail(u"fingerprint"_s, u"must be 64 lowercase hex digits (SHA-256)"_s,
                                     entry.fingerprint);
                       items.append(entry);
                   }
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   ApiResult<IdentityService::PreauthorizeOutcome> outcome =
                       identity.preauthorize(items, call.session.user);
                   if (!outcome)
                       return outcome.error();
                   QJsonArray created;
                   for (const JoinRequest &request : std::as_const(outcome->created))
                       created.append(request.toJson());
                   QJsonArray skipped;
                   for (const IdentityService::Skipped &skip : std::as_const(outcome->skipped))
                       skipped.append(QJsonObject{{u"serial"_s, skip.serial}, {u"reason"_s, skip.reason}});
                   return HttpResponse::json(200, QJsonObject{{u"items"_s, created}, {u"skipped"_s, skipped}});
               });
    router.add("POST", u"/credentials/rotate"_s, ApiAccess::Operator,
               [&identity](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"device_ids"_s, u"reason"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   if (!json->value(u"device_ids"_s).isArray())
                       reader.fail(u"device_ids"_s, u"must be a list of device ids"_s);
                   QStringList ids = reader.optionalStringList("device_ids");
                   const QString reason = reader.optionalString("reason", 4096);
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   ids.removeDuplicates();
                   if (ids.isEmpty() || ids.size() > IdentityService::MaxBulk)
                       return ApiError::badRequest(
                           ApiError::tr("Name between 1 and %1 devices.").arg(IdentityService::MaxBulk),
                           u"device_ids"_s);
                   ApiResult<QList<IdentityService::Rotation>> rotations =
                       identity.rotate(ids, reason, call.session.user);
                   if (!rotations)
                       return rotations.error();
                   QJsonArray items;
                   for (const IdentityService::Rotation &rotation : std::as_const(*rotations)) {
                       QJsonObject item{{u"device_id"_s, rotation.deviceId},
                                        {u"outcome"_s, IdentityService::toString(rotation.outcome)},
                                        {u"message"_s, rotation.message}};
                       if (rotation.credential)
                           item.insert(u"credential"_s, rotation.credential->toJson());
                       if (!rotation.certificatePem.isEmpty())
                           item.insert(u"certificate_pem"_s, QString::fromLatin1(rotation.certificatePem));
                       items.append(item);
                   }
                   return HttpResponse::json(200, QJsonObject{{u"items"_s, items}});
               });

    router.add("POST", u"/admission/{id}/accept"_s, ApiAccess::Operator,
               [&identity](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"licence_scopes"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QStringList scopes = reader.optionalStringList("licence_scopes");
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   ApiResult<JoinRequest> request = identity.accept(call.param(0), scopes, call.session.user);
                   if (!request)
                       return request.error();
                   return HttpResponse::json(200, request->toJson());
               });
    router.add("POST", u"/admission/{id}/reject"_s, ApiAccess::Operator,
               [&identity](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QString> reason = readReason(call.request.body, true);
                   if (!reason)
                       return reason.error();
                   ApiResult<JoinRequest> request = identity.reject(call.param(0), *reason, call.session.user);
                   if (!request)
                       return request.error();
                   return HttpResponse::json(200, request->toJson());
               });
    router.add("POST", u"/credentials/{device_id}/revoke"_s, ApiAccess::Operator,
               [&identity](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QString> reason = readReason(call.request.body, true);
                   if (!reason)
                       return reason.error();
                   ApiResult<DeviceCredential> credential = identity.revoke(call.param(0), *reason, call.session.user);
                   if (!credential)
                       return credential.error();
                   return HttpResponse::json(200, credential->toJson());
               });
    router.add("POST", u"/credentials/{device_id}/serviced"_s, ApiAccess::Operator,
               [&identity](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {});
                   if (!json)
                       return json.error();
                   ApiResult<DeviceCredential> credential = identity.serviced(call.param(0), call.session.user);
                   if (!credential)
                       return credential.error();
                   return HttpResponse::json(200, credential->toJson());
               });
}

} // namespace warden
