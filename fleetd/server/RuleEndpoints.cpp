#include "RuleEndpoints.h"

#include "RequestBody.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

const QStringList RuleFields = {u"name"_s, u"enabled"_s, u"priority"_s, u"condition"_s, u"action"_s,
                                u"quarantine_level"_s};

// A rule as sent by a client: the Rule fields without id and created_by, which the server assigns.
ApiResult<Rule> readRule(const QJsonObject &json, const QString &path)
{
    if (const std::optional<ApiError> unknown = RequestBody::checkFields(json, RuleFields, path))
        return *unknown;
    QJsonObject complete = json;
    complete.insert(u"id"_s, u"new"_s);
    Result<Rule> rule = Rule::fromJson(complete);
    if (!rule) {
        const QString field = rule.error().field;
        return ApiError::badRequest(rule.errorMessage(),
                                    path.isEmpty() ? field : (field.isEmpty() ? path : path + u'.' + field));
    }
    return std::move(rule).value();
}

} // namespace

void RuleEndpoints::install(ApiRouter &router, RuleService &rules)
{
    // Registered before PUT /rules/{id} so the literal path is matched first.
    router.add("POST", u"/rules/dry-run"_s, ApiAccess::Viewer, [&rules](const ApiCall &call) -> ApiResult<HttpResponse> {
        ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"rule"_s, u"from_seq"_s, u"to_seq"_s});
        if (!json)
            return json.error();
        JsonReader reader(*json);
        const QJsonObject ruleJson = reader.requiredObject("rule");
        const qint64 from = reader.optionalInteger("from_seq", 1, std::numeric_limits<qint64>::max() / 2, 0);
        const qint64 to = reader.optionalInteger("to_seq", 1, std::numeric_limits<qint64>::max() / 2, 0);
        if (!reader.ok())
            return RequestBody::fromReader(reader);
        if (from > 0 && to > 0 && to < from)
            return ApiError::badRequest(ApiError::tr("to_seq must not be before from_seq."), u"to_seq"_s);
        QJsonObject withoutId = ruleJson;
        const QString id = withoutId.take(u"id"_s).toString();
        withoutId.remove(u"created_by"_s);
        ApiResult<Rule> rule = readRule(withoutId, u"rule"_s);
        if (!rule)
            return rule.error();
        rule->id = id;
        ApiResult<QJsonObject> result = rules.dryRun(*rule, from, to);
        if (!result)
            return result.error();
        return HttpResponse::json(200, *result);
    });

    router.add("POST", u"/rules"_s, ApiAccess::Admin, [&rules](const ApiCall &call) -> ApiResult<HttpResponse> {
        ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, RuleFields);
        if (!json)
            return json.error();
        ApiResult<Rule> rule = readRule(*json, {});
        if (!rule)
            return rule.error();
        ApiResult<Rule> created = rules.create(*rule, call.session.user);
        if (!created)
            return created.error();
        return HttpResponse::json(201, created->toJson());
    });

    router.add("PUT", u"/rules/{id}"_s, ApiAccess::Admin, [&rules](const ApiCall &call) -> ApiResult<HttpResponse> {
        ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, RuleFields);
        if (!json)
            return json.error();
        ApiResult<Rule> rule = readRule(*json, {});
        if (!rule)
            return rule.error();
        ApiResult<Rule> updated = rules.update(call.param(0), *rule, call.session.user);
        if (!updated)
            return updated.error();
        return HttpResponse::json(200, updated->toJson());
    });

    router.add("DELETE", u"/rules/{id}"_s, ApiAccess::Admin, [&rules](const ApiCall &call) -> ApiResult<HttpResponse> {
        if (ApiStatus s = rules.remove(call.param(0), call.session.user); !s)
            return s.error();
        HttpResponse response;
        response.status = 204;
        return response;
    });
}

} // namespace warden
