#include "CollectionEndpoints.h"

#include "CollectionPager.h"
#include "RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

HttpResponse rawJson(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.body = std::move(body);
    return response;
}

} // namespace

void CollectionEndpoints::install(ApiRouter &router, FleetContext &context)
{
    const std::pair<const char *, FleetCollection> viewerCollections[] = {
        {"/sites", FleetCollection::Sites},         {"/gateways", FleetCollection::Gateways},
        {"/links", FleetCollection::Links},         {"/devices", FleetCollection::Devices},
        {"/firmware", FleetCollection::Firmware},   {"/incidents", FleetCollection::Incidents},
        {"/licences", FleetCollection::Licences},   {"/campaigns", FleetCollection::Campaigns},
        {"/approvals", FleetCollection::Approvals}, {"/rules", FleetCollection::Rules},
    };
    for (const auto &[path, collection] : viewerCollections) {
        const FleetCollection which = collection;
        router.add("GET", QString::fromLatin1(path), ApiAccess::Viewer,
                   [&context, which](const ApiCall &call) {
                       return CollectionPager::serve(context.store, which, call.request.query);
                   });
    }
    router.add("GET", u"/owners"_s, ApiAccess::Operator, [&context](const ApiCall &call) {
        return CollectionPager::serve(context.store, FleetCollection::Owners, call.request.query);
    });

    router.add("GET", u"/devices/{id}"_s, ApiAccess::Viewer, [&context](const ApiCall &call) -> ApiResult<HttpResponse> {
        std::optional<QByteArray> json = context.store.objectJson(FleetCollection::Devices, call.param(0));
        if (!json)
            return ApiError::notFound(ApiError::tr("There is no device \"%1\".").arg(call.param(0)));
        return rawJson(200, std::move(*json));
    });

    router.add("GET", u"/events"_s, ApiAccess::Viewer, [&context](const ApiCall &call) -> ApiResult<HttpResponse> {
        FleetStore &store = context.store;
        const ApiResult<qint64> from =
            RequestBody::queryInteger(call.request.query, u"from_seq"_s, 1, std::numeric_limits<qint64>::max() / 2,
                                      store.oldestSeq());
        if (!from)
            return from.error();
        const ApiResult<qint64> limit = RequestBody::queryInteger(call.request.query, u"limit"_s, 1,
                                                                  CollectionPager::MaxLimit,
                                                                  CollectionPager::DefaultLimit);
        if (!limit)
            return limit.error();
        if (*from < store.oldestSeq()) {
            ApiError error{410, u"seq_too_old"_s,
                           ApiError::tr("Events before %1 are no longer kept; resynchronise from there.")
                               .arg(store.oldestSeq()),
                           u"from_seq"_s, QJsonObject{{u"oldest_seq"_s, store.oldestSeq()}}};
            return error;
        }
        const qint64 lastSeq = store.lastSeq();
        const Result<QList<QByteArray>> events = store.eventJson(*from, int(*limit));
        if (!events)
            return ApiError::fromStoreError(events.error());
        QByteArray body = "{\"items\":" + joinJsonArray(*events) + ",\"last_seq\":" + QByteArray::number(lastSeq)
            + ",\"oldest_seq\":" + QByteArray::number(store.oldestSeq()) + '}';
        return rawJson(200, std::move(body));
    });

    router.add("GET", u"/audit"_s, ApiAccess::Viewer, [&context](const ApiCall &call) -> ApiResult<HttpResponse> {
        const ApiResult<qint64> from = RequestBody::queryInteger(call.request.query, u"from_index"_s, 1,
                                                                 std::numeric_limits<qint64>::max() / 2, 1);
        if (!from)
            return from.error();
        const ApiResult<qint64> limit = RequestBody::queryInteger(call.request.query, u"limit"_s, 1,
                                                                  CollectionPager::MaxLimit,
                                                                  CollectionPager::DefaultLimit);
        if (!limit)
            return limit.error();
        const Result<QList<AuditEntry>> entries = context.store.audit(*from, int(*limit));
        if (!entries)
            return ApiError::fromStoreError(entries.error());
        QJsonArray items;
        for (const AuditEntry &entry : *entries)
            items.append(entry.toJson());
        const std::optional<AuditEntry> head = context.store.lastAudit();
        return HttpResponse::json(200, QJsonObject{{u"items"_s, items}, {u"head_index"_s, head ? head->index : 0}});
    });

    router.add("GET", u"/audit/head"_s, ApiAccess::Viewer, [&context](const ApiCall &) -> ApiResult<HttpResponse> {
        const AuditLog::SignedHead head = context.audit.signedHead(QDateTime::currentDateTimeUtc());
        return HttpResponse::json(200, QJsonObject{
                                           {u"index"_s, head.index},
                                           {u"hash"_s, QString::fromLatin1(head.hash.toHex())},
                                           {u"signed_at"_s, head.signedAt},
                                           {u"signature"_s, QString::fromLatin1(head.signature.toBase64())},
                                       });
    });
}

} // namespace warden
