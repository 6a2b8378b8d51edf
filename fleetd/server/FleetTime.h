#pragma once

#include "domain/JsonReader.h"

#include <QDateTime>
#include <QJsonValue>

namespace warden {

// Milliseconds since the Unix epoch as a UTC QDateTime, and as the API's timestamp JSON value.
inline QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

inline QJsonValue jsonTimeFromMs(qint64 ms)
{
    return toJsonTimestamp(utcFromMs(ms));
}

} // namespace warden
