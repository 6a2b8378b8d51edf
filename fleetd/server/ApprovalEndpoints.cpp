#include "ApprovalEndpoints.h"

#include "RequestBody.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

void ApprovalEndpoints::install(ApiRouter &router, ApprovalService &approvals)
{
    router.add("POST", u"/approvals/{id}/approve"_s, ApiAccess::Operator,
               [&approvals](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"reason"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QString reason = reader.optionalString("reason", 4096);
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   ApiResult<Approval> approval = approvals.approve(call.param(0), call.session.user, reason);
                   if (!approval)
                       return approval.error();
                   return HttpResponse::json(200, approval->toJson());
               });
    router.add("POST", u"/approvals/{id}/deny"_s, ApiAccess::Operator,
               [&approvals](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"reason"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QString reason = reader.requiredString("reason", 4096);
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   ApiResult<Approval> approval = approvals.deny(call.param(0), call.session.user, reason);
                   if (!approval)
                       return approval.error();
                   return HttpResponse::json(200, approval->toJson());
               });
}

} // namespace warden
