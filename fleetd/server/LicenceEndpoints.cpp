#include "LicenceEndpoints.h"

#include "RequestBody.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

void LicenceEndpoints::install(ApiRouter &router, FleetContext &context, LicenceService &licences)
{
    router.add("POST", u"/licences/{id}/approve"_s, ApiAccess::Operator,
               [&context, &licences](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"scopes"_s, u"expires"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   if (!json->value(u"scopes"_s).isArray())
                       reader.fail(u"scopes"_s, u"must be a list of scope names"_s);
                   const QStringList scopes = reader.optionalStringList("scopes");
                   const QDateTime expires = reader.optionalTime("expires");
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   if (scopes.isEmpty())
                       return ApiError::badRequest(ApiError::tr("Grant at least one of the requested scopes."),
                                                   u"scopes"_s);
                   if (expires.isValid() && expires.toMSecsSinceEpoch() <= context.clock.nowMs())
                       return ApiError::badRequest(ApiError::tr("The expiry must lie in the future."), u"expires"_s);
                   ApiResult<Licence> licence = licences.approve(
                       call.param(0), scopes, expires.isValid() ? expires.toMSecsSinceEpoch() : 0, call.session.user);
                   if (!licence)
                       return licence.error();
                   return HttpResponse::json(200, licence->toJson());
               });

    const auto withReason = [&licences](bool revoke) {
        return [&licences, revoke](const ApiCall &call) -> ApiResult<HttpResponse> {
            ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"reason"_s});
            if (!json)
                return json.error();
            JsonReader reader(*json);
            const QString reason = reader.requiredString("reason", 4096);
            if (!reader.ok())
                return RequestBody::fromReader(reader);
            ApiResult<Licence> licence = revoke ? licences.revoke(call.param(0), reason, call.session.user)
                                                : licences.deny(call.param(0), reason, call.session.user);
            if (!licence)
                return licence.error();
            return HttpResponse::json(200, licence->toJson());
        };
    };
    router.add("POST", u"/licences/{id}/deny"_s, ApiAccess::Operator, withReason(false));
    router.add("POST", u"/licences/{id}/revoke"_s, ApiAccess::Operator, withReason(true));
}

} // namespace warden
