#pragma once

#include "ApiError.h"
#include "FleetStore.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

namespace warden {

// Serves one page of a collection (fleet-api.md §4): limit 1..5000 (default 1000), opaque cursors that carry the
// last id, the `since` revision and the revision of the first page, delta sync with `since` and the ids deleted in
// (since, first-page revision] on the first page. Items are the stored JSON, copied without re-serialisation.
// Not responsible for access control (the router) or for collections that are not paged (events, audit).
class CollectionPager {
    Q_DECLARE_TR_FUNCTIONS(CollectionPager)

public:
    static constexpr int DefaultLimit = 1000;
    static constexpr int MaxLimit = 5000;

    static ApiResult<HttpResponse> serve(FleetStore &store, FleetCollection collection, const QUrlQuery &query);

    // Exposed for tests: the cursor text for a position, and back.
    struct Cursor {
        QString afterId;
        qint64 since = -1;    // -1 = full listing
        qint64 revision = 0;  // server revision when the first page was served
    };
    static QString encodeCursor(const Cursor &cursor);
    static std::optional<Cursor> decodeCursor(const QString &text);
};

// Joins already-serialised JSON values into a JSON array.
QByteArray joinJsonArray(const QList<QByteArray> &items);

} // namespace warden
