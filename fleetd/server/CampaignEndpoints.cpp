#include "CampaignEndpoints.h"

#include "CollectionPager.h"
#include "RequestBody.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// {start, end} as "HH:MM" (plus an optional time_zone naming the zone the window was planned in, for a site's own
// window); path names the object in error messages.
ApiResult<MaintenanceWindow> readWindow(const QJsonObject &window, const QString &path, bool withZone, QString *zone)
{
    QStringList fields{u"start"_s, u"end"_s};
    if (withZone)
        fields.append(u"time_zone"_s);
    if (const std::optional<ApiError> unknown = RequestBody::checkFields(window, fields, path))
        return *unknown;
    MaintenanceWindow parsed;
    for (const auto &[key, target] : {std::pair{u"start"_s, &parsed.start}, std::pair{u"end"_s, &parsed.end}}) {
        const QJsonValue value = window.value(key);
        *target = value.isString() ? QTime::fromString(value.toString(), u"HH:mm"_s) : QTime();
        if (!target->isValid())
            return ApiError::badRequest(ApiError::tr("%1.%2 must be a time of day \"HH:MM\".").arg(path, key),
                                        path + u'.' + key);
    }
    if (withZone && window.contains(u"time_zone"_s) && !window.value(u"time_zone"_s).isNull()) {
        const QJsonValue value = window.value(u"time_zone"_s);
        if (!value.isString() || !QTimeZone(value.toString().toUtf8()).isValid())
            return ApiError::badRequest(ApiError::tr("%1.time_zone must be an IANA time zone such as "
                                                     "\"Europe/Berlin\".")
                                            .arg(path),
                                        path + u".time_zone"_s);
        *zone = value.toString();
    }
    return parsed;
}

ApiResult<CampaignService::CreateRequest> readCreate(const QByteArray &body)
{
    ApiResult<QJsonObject> json =
        RequestBody::parse(body, {u"name"_s, u"firmware_id"_s, u"device_ids"_s, u"target_filter"_s, u"waves"_s,
                                  u"wait_minutes_between_waves"_s, u"maintenance_window"_s, u"site_windows"_s});
    if (!json)
        return json.error();
    JsonReader reader(*json);
    CampaignService::CreateRequest request;
    request.name = reader.requiredId("name");
    request.firmwareId = reader.requiredId("firmware_id");
    const bool hasIds = json->contains(u"device_ids"_s) && !json->value(u"device_ids"_s).isNull();
    const bool hasFilter = json->contains(u"target_filter"_s) && !json->value(u"target_filter"_s).isNull();
    if (hasIds && !json->value(u"device_ids"_s).isArray())
        reader.fail(u"device_ids"_s, u"must be a list of device ids"_s);
    request.deviceIds = reader.optionalStringList("device_ids");
    request.targetFilter = reader.optionalString("target_filter", JsonReader::MaxTextLength);
    request.hasDeviceIds = hasIds;
    const QList<QJsonObject> waves = reader.objectList("waves", true, 1, 100);
    request.waitMinutesBetweenWaves = int(reader.requiredInteger("wait_minutes_between_waves", 0, 527040));
    const QJsonObject window = reader.optionalObject("maintenance_window", 256);
    const QJsonObject siteWindows = reader.optionalObject("site_windows", 256 * 1024);
    if (!reader.ok())
        return RequestBody::fromReader(reader);
    if (hasIds == hasFilter)
        return ApiError::badRequest(ApiError::tr("Give either device_ids or target_filter (exactly one)."),
                                    hasIds ? u"target_filter"_s : u"device_ids"_s);
    if (hasIds && request.deviceIds.isEmpty())
        return ApiError::badRequest(ApiError::tr("device_ids must name at least one device."), u"device_ids"_s);

    double previous = 0;
    for (qsizetype i = 0; i < waves.size(); ++i) {
        const QString path = JsonReader::elementPath(u"waves"_s, i);
        if (const std::optional<ApiError> unknown =
                RequestBody::checkFields(waves.at(i), {u"percent"_s, u"failure_threshold_percent"_s}, path))
            return *unknown;
        JsonReader wave = reader.nested(waves.at(i), path);
        CampaignWave parsed;
        parsed.percent = wave.requiredNumber("percent", 0, 100, true);
        parsed.failureThresholdPercent = wave.requiredNumber("failure_threshold_percent", 0, 100);
        if (reader.ok() && parsed.percent <= previous)
            wave.fail(u"percent"_s, u"must be larger than the previous wave's percent (waves are cumulative)"_s);
        if (!reader.ok())
            return RequestBody::fromReader(reader);
        previous = parsed.percent;
        request.waves.append(parsed);
    }
    if (json->contains(u"maintenance_window"_s) && !json->value(u"maintenance_window"_s).isNull()) {
        ApiResult<MaintenanceWindow> parsed = readWindow(window, u"maintenance_window"_s, false, nullptr);
        if (!parsed)
            return parsed.error();
        request.window = *parsed;
    }
    for (auto it = siteWindows.begin(); it != siteWindows.end(); ++it) {
        const QString path = u"site_windows."_s + it.key();
        if (!it.value().isObject())
            return ApiError::badRequest(ApiError::tr("%1 must be an object {\"start\": \"HH:MM\", \"end\": \"HH:MM\"}.")
                                            .arg(path),
                                        path);
        QString zone;
        ApiResult<MaintenanceWindow> parsed = readWindow(it.value().toObject(), path, true, &zone);
        if (!parsed)
            return parsed.error();
        request.siteWindows.insert(it.key(), *parsed);
        if (!zone.isEmpty())
            request.siteWindowZones.insert(it.key(), zone);
    }
    return request;
}

// limit and cursor of a paged per-target listing; the cursor carries the last id of the previous page.
struct PageQuery {
    QString afterId;
    int limit = CollectionPager::DefaultLimit;
};

ApiResult<PageQuery> readPageQuery(const QUrlQuery &query)
{
    const ApiResult<qint64> limit = RequestBody::queryInteger(query, u"limit"_s, 1, CollectionPager::MaxLimit,
                                                              CollectionPager::DefaultLimit);
    if (!limit)
        return limit.error();
    PageQuery page;
    page.limit = int(*limit);
    if (query.hasQueryItem(u"cursor"_s)) {
        const std::optional<CollectionPager::Cursor> cursor =
            CollectionPager::decodeCursor(query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded));
        if (!cursor)
            return ApiError::badRequest(ApiError::tr("The cursor is not one this server handed out."), u"cursor"_s);
        page.afterId = cursor->afterId;
    }
    return page;
}

HttpResponse pageResponse(const CampaignService::StatePage &page)
{
    const QJsonValue next = page.lastId.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(CollectionPager::encodeCursor(CollectionPager::Cursor{page.lastId, -1, page.revision}));
    return HttpResponse::json(200, QJsonObject{{u"items"_s, page.items}, {u"next_cursor"_s, next},
                                               {u"revision"_s, page.revision}});
}

} // namespace

void CampaignEndpoints::install(ApiRouter &router, CampaignService &campaigns,
                                std::function<ApiResult<QJsonArray>()> moreWorkOrders, CompleteOther completeOther)
{
    router.add("POST", u"/campaigns"_s, ApiAccess::Operator,
               [&campaigns](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<CampaignService::CreateRequest> request = readCreate(call.request.body);
                   if (!request)
                       return request.error();
                   request->actor = call.session.user;
                   ApiResult<QJsonObject> campaign = campaigns.create(*request);
                   if (!campaign)
                       return campaign.error();
                   return HttpResponse::json(201, *campaign);
               });

    router.add("GET", u"/campaigns/{id}/devices"_s, ApiAccess::Viewer,
               [&campaigns](const ApiCall &call) -> ApiResult<HttpResponse> {
                   const QUrlQuery &query = call.request.query;
                   ApiResult<PageQuery> page = readPageQuery(query);
                   if (!page)
                       return page.error();
                   const ApiResult<qint64> wave = RequestBody::queryInteger(query, u"wave"_s, 0, 100, 0);
                   if (!wave)
                       return wave.error();
                   std::optional<DeviceUpdateState> state;
                   if (query.hasQueryItem(u"state"_s)) {
                       state = enumFromString<DeviceUpdateState>(query.queryItemValue(u"state"_s));
                       if (!state)
                           return ApiError::badRequest(ApiError::tr("state must be one of the device update states "
                                                                    "(queued, downloading, installing, succeeded, "
                                                                    "failed, waiting_for_window, "
                                                                    "needs_physical_service)."),
                                                       u"state"_s);
                   }
                   ApiResult<CampaignService::StatePage> items =
                       campaigns.devices(call.param(0), page->afterId, page->limit, int(*wave), state);
                   if (!items)
                       return items.error();
                   return pageResponse(*items);
               });

    router.add("GET", u"/campaigns/{id}/waves"_s, ApiAccess::Viewer,
               [&campaigns](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonArray> items = campaigns.waves(call.param(0));
                   if (!items)
                       return items.error();
                   return HttpResponse::json(200, QJsonObject{{u"items"_s, *items}});
               });

    router.add("GET", u"/devices/{id}/campaigns"_s, ApiAccess::Viewer,
               [&campaigns](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<PageQuery> page = readPageQuery(call.request.query);
                   if (!page)
                       return page.error();
                   ApiResult<CampaignService::StatePage> items =
                       campaigns.deviceCampaigns(call.param(0), page->afterId, page->limit);
                   if (!items)
                       return items.error();
                   return pageResponse(*items);
               });

    const std::pair<const char *, CampaignService::Control> controls[] = {
        {"pause", CampaignService::Control::Pause},
        {"resume", CampaignService::Control::Resume},
        {"abort", CampaignService::Control::Abort},
        {"retry", CampaignService::Control::Retry},
    };
    for (const auto &[name, control] : controls) {
        const CampaignService::Control which = control;
        router.add("POST", u"/campaigns/{id}/"_s + QString::fromLatin1(name), ApiAccess::Operator,
                   [&campaigns, which](const ApiCall &call) -> ApiResult<HttpResponse> {
                       if (ApiResult<QJsonObject> body = RequestBody::parse(call.request.body, {}); !body)
                           return body.error();
                       ApiResult<QJsonObject> campaign = campaigns.control(call.param(0), which, call.session.user);
                       if (!campaign)
                           return campaign.error();
                       return HttpResponse::json(200, *campaign);
                   });
    }

    router.add("GET", u"/work-orders"_s, ApiAccess::Viewer,
               [&campaigns, moreWorkOrders](const ApiCall &) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonArray> items = campaigns.workOrders();
                   if (!items)
                       return items.error();
                   if (moreWorkOrders) {
                       ApiResult<QJsonArray> more = moreWorkOrders();
                       if (!more)
                           return more.error();
                       for (const QJsonValue &item : std::as_const(*more))
                           items->append(item);
                   }
                   return HttpResponse::json(200, QJsonObject{{u"items"_s, *items}});
               });

    router.add("POST", u"/work-orders/{device_id}/complete"_s, ApiAccess::Operator,
               [&campaigns, completeOther](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> json = RequestBody::parse(call.request.body, {u"firmware_version"_s});
                   if (!json)
                       return json.error();
                   JsonReader reader(*json);
                   const QString version = reader.optionalId("firmware_version");
                   if (reader.ok() && version.isEmpty() && completeOther) {
                       if (std::optional<ApiResult<Device>> done = completeOther(call.param(0), call.session.user)) {
                           if (!*done)
                               return done->error();
                           return HttpResponse::json(200, done->value().toJson());
                       }
                   }
                   if (reader.ok() && version.isEmpty())
                       reader.fail(u"firmware_version"_s, u"is required"_s);
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   ApiResult<Device> device = campaigns.completeWorkOrder(call.param(0), version, call.session.user);
                   if (!device)
                       return device.error();
                   return HttpResponse::json(200, device->toJson());
               });
}

} // namespace warden
