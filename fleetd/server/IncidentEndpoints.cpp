#include "IncidentEndpoints.h"

#include "RequestBody.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

ApiResult<HttpResponse> answer(ApiResult<Incident> incident)
{
    if (!incident)
        return incident.error();
    return HttpResponse::json(200, incident->toJson());
}

} // namespace

void IncidentEndpoints::install(ApiRouter &router, IncidentService &incidents)
{
    router.add("POST", u"/incidents/{id}/acknowledge"_s, ApiAccess::Operator,
               [&incidents](const ApiCall &call) -> ApiResult<HttpResponse> {
                   if (ApiResult<QJsonObject> body = RequestBody::parse(call.request.body, {}); !body)
                       return body.error();
                   return answer(incidents.acknowledge(call.param(0), call.session.user));
               });
    router.add("POST", u"/incidents/{id}/assign"_s, ApiAccess::Operator,
               [&incidents](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"assignee"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QString assignee = reader.requiredId("assignee");
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   return answer(incidents.assign(call.param(0), assignee, call.session.user));
               });
    router.add("POST", u"/incidents/{id}/notes"_s, ApiAccess::Operator,
               [&incidents](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"text"_s, u"written_at"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QString text = reader.requiredString("text", JsonReader::MaxTextLength);
                   const QDateTime writtenAt = reader.optionalTime("written_at");
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   return answer(incidents.addNote(call.param(0), text, writtenAt, call.session.user));
               });
    router.add("POST", u"/incidents/{id}/state"_s, ApiAccess::Operator,
               [&incidents](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"state"_s, u"note"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const IncidentState state = reader.requiredEnum<IncidentState>("state");
                   const QString note = reader.optionalString("note", JsonReader::MaxTextLength);
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   return answer(incidents.setState(call.param(0), state, note, call.session.user));
               });
}

} // namespace warden
