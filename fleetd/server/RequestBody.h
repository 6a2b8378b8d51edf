#pragma once

#include "ApiError.h"
#include "domain/JsonReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace warden {

// Strict reading of request bodies and query parameters (fleet-api.md §1-§2): a body must be one JSON object
// (an empty body counts as {}), every member must be one the endpoint knows (400 unknown_field), and typed reads go
// through JsonReader so wrong types and ranges become 400 bad_request naming the field.
// Not responsible for cross-field rules of an endpoint.
namespace RequestBody {

// The body as an object whose keys are all in allowed.
ApiResult<QJsonObject> parse(const QByteArray &body, const QStringList &allowed);

// Checks a nested object's keys; path is its position ("maintenance_window") for error fields.
std::optional<ApiError> checkFields(const QJsonObject &object, const QStringList &allowed, const QString &path);

// The first failure a JsonReader recorded, as 400 bad_request.
ApiError fromReader(const JsonReader &reader);

// An integer query parameter: absent -> fallback; present but not a whole number in [min, max] -> 400.
ApiResult<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 min, qint64 max, qint64 fallback);

} // namespace RequestBody

} // namespace warden
