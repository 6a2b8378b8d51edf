#pragma once

#include "domain/JsonReader.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace warden::fleetjson {

// Shared helpers of the fleet client's response parsers: strict top-level parsing and element paths for the
// messages ("items[3].risk_score"), so every malformed payload becomes an Error naming the field, never a crash.

// The error of a nested object's fromJson, re-pathed under prefix ("items[3]"): field and message name the full path.
Error prefixed(const Error &error, const QString &prefix);

// "Field "path" must be an object (got ...)."
Error notAnObject(const QString &path, const QJsonValue &value);

// Parses bytes that must be one JSON object (UTF-8). maxBytes: the caller's size limit, checked first.
Result<QJsonObject> parseObject(const QByteArray &bytes, qsizetype maxBytes, const QString &what);

// Reads every element of array with read (T::fromJson by default); element i failing gives an error at
// "<listPath>[i]...".
template <typename T, typename Reader>
Result<QList<T>> parseListWith(const QJsonArray &array, const QString &listPath, Reader read)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const QString path = JsonReader::elementPath(listPath, i);
        if (!value.isObject())
            return notAnObject(path, value);
        Result<T> item = read(value.toObject());
        if (!item)
            return prefixed(item.error(), path);
        items.append(std::move(item).value());
    }
    return items;
}

template <typename T> Result<QList<T>> parseList(const QJsonArray &array, const QString &listPath)
{
    return parseListWith<T>(array, listPath, [](const QJsonObject &json) { return T::fromJson(json); });
}

// The array at key (required), with its count limited.
Result<QJsonArray> requiredArray(const QJsonObject &object, const char *key, qsizetype maxCount,
                                 const QString &parentPath = {});

} // namespace warden::fleetjson
