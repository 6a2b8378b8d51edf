#include "CollectionPager.h"

#include "RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace warden {

QByteArray joinJsonArray(const QList<QByteArray> &items)
{
    qsizetype size = 2;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += items.at(i);
    }
    out += ']';
    return out;
}

QString CollectionPager::encodeCursor(const Cursor &cursor)
{
    const QJsonObject object{{u"a"_s, cursor.afterId}, {u"s"_s, cursor.since}, {u"r"_s, cursor.revision}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<CollectionPager::Cursor> CollectionPager::decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.size() > 2048)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    const QJsonObject object = document.object();
    const QJsonValue afterId = object.value(u"a"_s);
    const QJsonValue since = object.value(u"s"_s);
    const QJsonValue revision = object.value(u"r"_s);
    if (!document.isObject() || !afterId.isString() || !since.isDouble() || !revision.isDouble())
        return std::nullopt;
    Cursor cursor{afterId.toString(), static_cast<qint64>(since.toDouble()), static_cast<qint64>(revision.toDouble())};
    if (cursor.afterId.isEmpty() || cursor.since < -1 || cursor.revision < 0)
        return std::nullopt;
    return cursor;
}

ApiResult<HttpResponse> CollectionPager::serve(FleetStore &store, FleetCollection collection, const QUrlQuery &query)
{
    const ApiResult<qint64> limit = RequestBody::queryInteger(query, u"limit"_s, 1, MaxLimit, DefaultLimit);
    if (!limit)
        return limit.error();
    Cursor cursor{QString(), -1, store.revision()};
    bool firstPage = true;
    if (query.hasQueryItem(u"cursor"_s)) {
        const std::optional<Cursor> decoded = decodeCursor(query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded));
        if (!decoded)
            return ApiError::badRequest(tr("The cursor is not one this server handed out."), u"cursor"_s);
        cursor = *decoded;
        firstPage = false;
    } else {
        const ApiResult<qint64> since =
            RequestBody::queryInteger(query, u"since"_s, 0, std::numeric_limits<qint64>::max(), -1);
        if (!since)
            return since.error();
        cursor.since = *since;
    }

    const Result<StoredPage> page = store.page(collection, cursor.afterId, cursor.since, int(*limit));
    if (!page)
        return ApiError::fromStoreError(page.error());
    QStringList deleted;
    if (firstPage && cursor.since >= 0) {
        Result<QStringList> ids = store.deletedSince(collection, cursor.since, cursor.revision);
        if (!ids)
            return ApiError::fromStoreError(ids.error());
        deleted = *ids;
    }

    QByteArray body;
    body.reserve(64 + page->items.size() * 600);
    body += "{\"items\":";
    body += joinJsonArray(page->items);
    body += ",\"next_cursor\":";
    if (page->more) {
        body += '"';
        body += encodeCursor(Cursor{page->lastId, cursor.since, cursor.revision}).toLatin1();
        body += '"';
    } else {
        body += "null";
    }
    body += ",\"revision\":" + QByteArray::number(cursor.revision);
    body += ",\"deleted\":" + QJsonDocument(QJsonArray::fromStringList(deleted)).toJson(QJsonDocument::Compact);
    body += '}';

    HttpResponse response;
    response.status = 200;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.body = std::move(body);
    return response;
}

} // namespace warden
