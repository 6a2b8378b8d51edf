#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace warden {

// Reads the fields of one JSON object with exact type and range checks for the domain types' fromJson.
//
// Responsible for: type checks (no coercion: "5" is not an integer, 1.5 is not an integer, 1 is not a bool),
// limits on strings, lists and verbatim objects, ISO-8601 timestamps, enum wire names, hex digests, and recording
// the FIRST failure as an Error whose field is the full path ("capabilities.safety_critical", "waves[2].percent")
// and whose message is a sentence naming that path. After a failure every read returns a default value, so a
// fromJson reads all its fields and then returns finish(value) once.
// Not responsible for: cross-field rules (the types check those and report them through fail()).
//
// Conventions shared by every domain type:
// - An absent field and a JSON null are the same thing: "is required" for required fields, the documented
//   default for optional ones.
// - Unknown extra fields are ignored, so an older console can read a newer backend's objects.
// - Required strings must be non-empty; ids and names are at most MaxNameLength characters and contain no
//   control characters; free text (notes, details, conditions) is at most MaxTextLength.
class JsonReader {
public:
    static constexpr qsizetype MaxNameLength = 256;
    static constexpr qsizetype MaxTextLength = 64 * 1024;
    static constexpr qsizetype MaxListLength = 10000;

    // path: where this object sits in the document ("" for the top level, "waves[2]" for a nested one).
    explicit JsonReader(const QJsonObject &object, const QString &path = {});
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    // A reader for an object nested at absolutePath whose failures are recorded in this reader.
    JsonReader nested(const QJsonObject &object, const QString &absolutePath);

    // Identifier or short name: non-empty, <= MaxNameLength, no control characters.
    QString requiredId(const char *key);
    // Same rules as requiredId, but absent/null/"" give an empty string.
    QString optionalId(const char *key);
    QString requiredString(const char *key, qsizetype maxLength = MaxNameLength);
    QString optionalString(const char *key, qsizetype maxLength = MaxNameLength);

    bool requiredBool(const char *key);
    bool optionalBool(const char *key, bool defaultValue);

    qint64 requiredInteger(const char *key, qint64 min, qint64 max);
    qint64 optionalInteger(const char *key, qint64 min, qint64 max, qint64 defaultValue);
    // minExclusive: the range is (min, max] instead of [min, max].
    double requiredNumber(const char *key, double min, double max, bool minExclusive = false);

    // UTC with a zone designator ("Z" or "+hh:mm"); returned in UTC. Optional: absent/null -> invalid QDateTime.
    QDateTime requiredTime(const char *key);
    QDateTime optionalTime(const char *key);

    template <typename E>
    E requiredEnum(const char *key);
    template <typename E>
    E optionalEnum(const char *key, E defaultValue);

    // Lists of non-empty strings / integers; absent/null -> empty list.
    QStringList optionalStringList(const char *key, qsizetype maxItemLength = MaxNameLength);
    QList<qint64> optionalIntegerList(const char *key, qint64 min, qint64 max);
    // Every element must be an object; element paths are "key[i]".
    QList<QJsonObject> objectList(const char *key, bool required, qsizetype minCount, qsizetype maxCount);

    // Verbatim objects (event details, held actions) whose compact JSON is at most maxBytes long.
    QJsonObject requiredObject(const char *key, qsizetype maxBytes = MaxTextLength);
    QJsonObject optionalObject(const char *key, qsizetype maxBytes = MaxTextLength);

    // Exactly byteCount bytes written as 2*byteCount lowercase hex digits.
    QByteArray requiredHex(const char *key, qsizetype byteCount);

    // Records a failure (unless one is recorded already). field is relative to this reader's path.
    void fail(const QString &field, const QString &requirement, const QString &got = {});

    QString path(const QString &field) const;
    QString path(const char *key) const { return path(QString::fromLatin1(key)); }
    static QString elementPath(const QString &listPath, qsizetype index);

    bool ok() const { return !m_error->has_value(); }
    Error error() const { return m_error->value_or(Error{}); }

    template <typename T>
    Result<T> finish(T value) const
    {
        if (!ok())
            return error();
        return Result<T>(std::move(value));
    }

    // How a value is shown in a message: 42, "text", true, null, an array, an object.
    static QString describe(const QJsonValue &value);

private:
    JsonReader(const QJsonObject &object, const QString &path, std::optional<Error> *sharedError);

    // The value of key, or nullopt when absent or null (a failure is recorded when required).
    std::optional<QJsonValue> fetch(const char *key, bool required);
    QString checkedString(const char *key, const QJsonValue &value, qsizetype maxLength, bool identifier);
    bool optionalBoolImpl(const char *key, bool required, bool defaultValue);
    qint64 checkedInteger(const QString &field, const QJsonValue &value, qint64 min, qint64 max);
    QDateTime checkedTime(const char *key, const QJsonValue &value);
    QJsonObject checkedObject(const char *key, const QJsonValue &value, qsizetype maxBytes);
    template <typename E>
    E readEnum(const char *key, bool required, E defaultValue);
    void failEnum(const char *key, const QJsonValue &value, const QStringList &names);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_ownError;
    std::optional<Error> *m_error;
};

template <typename E>
E JsonReader::readEnum(const char *key, bool required, E defaultValue)
{
    const std::optional<QJsonValue> value = fetch(key, required);
    if (!value)
        return defaultValue;
    if (value->isString()) {
        if (const std::optional<E> parsed = enumFromString<E>(value->toString()))
            return *parsed;
    }
    QStringList names;
    const QList<E> values = enumValues<E>();
    for (const E candidate : values)
        names.append(toString(candidate));
    failEnum(key, *value, names);
    return defaultValue;
}

template <typename E>
E JsonReader::requiredEnum(const char *key)
{
    return readEnum<E>(key, true, E{});
}

template <typename E>
E JsonReader::optionalEnum(const char *key, E defaultValue)
{
    return readEnum<E>(key, false, defaultValue);
}

// Output side of the same conventions: UTC with milliseconds, "2026-11-25T10:00:00.123Z"; invalid -> null.
QJsonValue toJsonTimestamp(const QDateTime &time);
// Optional timestamps are omitted from the output when invalid (readers treat absent and null alike).
void insertOptionalTimestamp(QJsonObject &object, const QString &key, const QDateTime &time);

} // namespace warden
