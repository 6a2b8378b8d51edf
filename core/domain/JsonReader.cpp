#include "domain/JsonReader.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype MaxTimestampLength = 40;
constexpr qsizetype MaxQuotedLength = 40;

QString quoted(const QString &text)
{
    if (text.size() <= MaxQuotedLength)
        return u'"' + text + u'"';
    return u'"' + text.left(MaxQuotedLength) + u"…\""_s;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// "Z", "+hh:mm" or "-hh:mm" at the end: without a designator Qt would read the text as local time.
bool hasZoneDesignator(const QString &text)
{
    if (text.endsWith(u'Z'))
        return true;
    if (text.size() < 6)
        return false;
    const QStringView tail = QStringView(text).right(6);
    return (tail[0] == u'+' || tail[0] == u'-') && tail[1].isDigit() && tail[2].isDigit() && tail[3] == u':'
        && tail[4].isDigit() && tail[5].isDigit();
}

// The form every Fleet API timestamp takes, "2026-11-25T10:00:00.123Z", read without QDateTime::fromString: the
// live stream carries one per event and the general ISO parser was the largest single cost of ingesting them.
// Anything else (no milliseconds, an offset) returns an invalid QDateTime and goes to the general parser.
QDateTime parseCanonicalUtc(QStringView text)
{
    constexpr qsizetype Length = 24; // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() != Length || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    const auto number = [text](qsizetype from, qsizetype digits, int &into) {
        into = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            into = into * 10 + int(c - u'0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0;
    if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day) || !number(11, 2, hour)
        || !number(14, 2, minute) || !number(17, 2, second) || !number(20, 3, millisecond))
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// At least as many bytes as QJsonDocument's compact form of value takes (each UTF-16 unit of a string can take
// at most 6 bytes escaped; a number at most 24 characters), stopping early once past limit.
qsizetype compactJsonUpperBound(const QJsonValue &value, qsizetype limit);

qsizetype compactStringUpperBound(QStringView text)
{
    return 2 + 6 * text.size();
}

qsizetype compactJsonUpperBound(const QJsonObject &object, qsizetype limit)
{
    qsizetype bytes = 2; // {}
    for (auto it = object.constBegin(); it != object.constEnd() && bytes <= limit; ++it)
        bytes += compactStringUpperBound(it.key()) + 2 + compactJsonUpperBound(it.value(), limit - bytes); // : ,
    return bytes;
}

qsizetype compactJsonUpperBound(const QJsonValue &value, qsizetype limit)
{
    switch (value.type()) {
    case QJsonValue::Null: return 4;
    case QJsonValue::Bool: return 5;
    case QJsonValue::Double: return 24;
    case QJsonValue::String: return compactStringUpperBound(value.toString());
    case QJsonValue::Object: return compactJsonUpperBound(value.toObject(), limit);
    case QJsonValue::Array: {
        qsizetype bytes = 2;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && bytes <= limit; ++i)
            bytes += 1 + compactJsonUpperBound(array.at(i), limit - bytes);
        return bytes;
    }
    case QJsonValue::Undefined: return 0;
    }
    return limit + 1;
}

QString rangeText(qint64 min, qint64 max)
{
    if (max == std::numeric_limits<qint64>::max())
        return u"of at least "_s + QString::number(min);
    return u"between "_s + QString::number(min) + u" and "_s + QString::number(max);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : m_object(object), m_path(path), m_error(&m_ownError)
{
}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::optional<Error> *sharedError)
    : m_object(object), m_path(path), m_error(sharedError)
{
}

JsonReader JsonReader::nested(const QJsonObject &object, const QString &absolutePath)
{
    return JsonReader(object, absolutePath, m_error);
}

QString JsonReader::path(const QString &field) const
{
    if (m_path.isEmpty())
        return field;
    if (field.isEmpty())
        return m_path;
    return m_path + u'.' + field;
}

QString JsonReader::elementPath(const QString &listPath, qsizetype index)
{
    return listPath + u'[' + QString::number(index) + u']';
}

void JsonReader::fail(const QString &field, const QString &requirement, const QString &got)
{
    if (m_error->has_value())
        return;
    const QString fullPath = path(field);
    QString message = u"Field \""_s + fullPath + u"\" "_s + requirement;
    message += got.isEmpty() ? u"."_s : u" (got "_s + got + u")."_s;
    *m_error = Error{message, fullPath};
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const qint64 a = value.toInteger(0);
        if (a == value.toInteger(1))
            return QString::number(a);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

std::optional<QJsonValue> JsonReader::fetch(const char *key, bool required)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(QString::fromLatin1(key), u"is required"_s);
        return std::nullopt;
    }
    return value;
}

QString JsonReader::checkedString(const char *key, const QJsonValue &value, qsizetype maxLength, bool identifier)
{
    // The field name is only built on failure: this runs for every string of every streamed event.
    if (!value.isString()) {
        fail(QString::fromLatin1(key), u"must be a string"_s, describe(value));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(QString::fromLatin1(key), u"must be at most "_s + QString::number(maxLength) + u" characters long"_s,
             QString::number(text.size()) + u" characters"_s);
        return {};
    }
    if (identifier && hasControlCharacter(text)) {
        fail(QString::fromLatin1(key), u"must not contain control characters"_s);
        return {};
    }
    return text;
}

QString JsonReader::requiredId(const char *key)
{
    QString text = requiredString(key, MaxNameLength);
    if (!text.isEmpty() && hasControlCharacter(text)) {
        fail(QString::fromLatin1(key), u"must not contain control characters"_s);
        return {};
    }
    return text;
}

QString JsonReader::optionalId(const char *key)
{
    const std::optional<QJsonValue> value = fetch(key, false);
    return value ? checkedString(key, *value, MaxNameLength, true) : QString();
}

QString JsonReader::requiredString(const char *key, qsizetype maxLength)
{
    const std::optional<QJsonValue> value = fetch(key, true);
    if (!value)
        return {};
    QString text = checkedString(key, *value, maxLength, false);
    if (ok() && text.isEmpty())
        fail(QString::fromLatin1(key), u"must not be empty"_s);
    return text;
}

QString JsonReader::optionalString(const char *key, qsizetype maxLength)
{
    const std::optional<QJsonValue> value = fetch(key, false);
    return value ? checkedString(key, *value, maxLength, false) : QString();
}

bool JsonReader::requiredBool(const char *key)
{
    return optionalBoolImpl(key, true, false);
}

bool JsonReader::optionalBool(const char *key, bool defaultValue)
{
    return optionalBoolImpl(key, false, defaultValue);
}

bool JsonReader::optionalBoolImpl(const char *key, bool required, bool defaultValue)
{
    const std::optional<QJsonValue> value = fetch(key, required);
    if (!value)
        return defaultValue;
    if (!value->isBool()) {
        fail(QString::fromLatin1(key), u"must be true or false"_s, describe(*value));
        return defaultValue;
    }
    return value->toBool();
}

qint64 JsonReader::checkedInteger(const QString &field, const QJsonValue &value, qint64 min, qint64 max)
{
    // toInteger() returns its default for fractions and for values outside qint64; two defaults expose that.
    const qint64 a = value.toInteger(0);
    const bool integral = value.isDouble() && a == value.toInteger(1);
    if (!integral || a < min || a > max) {
        fail(field, u"must be an integer "_s + rangeText(min, max), describe(value));
        return min;
    }
    return a;
}

qint64 JsonReader::requiredInteger(const char *key, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> value = fetch(key, true);
    return value ? checkedInteger(QString::fromLatin1(key), *value, min, max) : min;
}

qint64 JsonReader::optionalInteger(const char *key, qint64 min, qint64 max, qint64 defaultValue)
{
    const std::optional<QJsonValue> value = fetch(key, false);
    return value ? checkedInteger(QString::fromLatin1(key), *value, min, max) : defaultValue;
}

double JsonReader::requiredNumber(const char *key, double min, double max, bool minExclusive)
{
    const std::optional<QJsonValue> value = fetch(key, true);
    if (!value)
        return min;
    const double number = value->toDouble();
    const bool aboveMin = minExclusive ? number > min : number >= min;
    if (!value->isDouble() || !std::isfinite(number) || !aboveMin || number > max) {
        const QString requirement = minExclusive
            ? u"must be a number greater than "_s + QString::number(min) + u" and at most "_s + QString::number(max)
            : u"must be a number between "_s + QString::number(min) + u" and "_s + QString::number(max);
        fail(QString::fromLatin1(key), requirement, describe(*value));
        return min;
    }
    return number;
}

QDateTime JsonReader::checkedTime(const char *key, const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (const QDateTime canonical = parseCanonicalUtc(text); canonical.isValid())
            return canonical;
        if (text.size() <= MaxTimestampLength && text.contains(u'T') && hasZoneDesignator(text)) {
            const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (time.isValid())
                return time.toUTC();
        }
    }
    fail(QString::fromLatin1(key), u"must be an ISO-8601 UTC timestamp such as \"2026-11-25T10:00:00.123Z\""_s,
         describe(value));
    return {};
}

QDateTime JsonReader::requiredTime(const char *key)
{
    const std::optional<QJsonValue> value = fetch(key, true);
    return value ? checkedTime(key, *value) : QDateTime();
}

QDateTime JsonReader::optionalTime(const char *key)
{
    const std::optional<QJsonValue> value = fetch(key, false);
    return value ? checkedTime(key, *value) : QDateTime();
}

void JsonReader::failEnum(const char *key, const QJsonValue &value, const QStringList &names)
{
    fail(QString::fromLatin1(key), u"must be one of "_s + names.join(u", "_s), describe(value));
}

QStringList JsonReader::optionalStringList(const char *key, qsizetype maxItemLength)
{
    QStringList list;
    const std::optional<QJsonValue> value = fetch(key, false);
    if (!value)
        return list;
    const QString field = QString::fromLatin1(key);
    if (!value->isArray()) {
        fail(field, u"must be an array of strings"_s, describe(*value));
        return list;
    }
    const QJsonArray array = value->toArray();
    if (array.size() > MaxListLength) {
        fail(field, u"must have at most "_s + QString::number(MaxListLength) + u" entries"_s,
             QString::number(array.size()));
        return list;
    }
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString itemField = elementPath(field, i);
        if (!item.isString()) {
            fail(itemField, u"must be a string"_s, describe(item));
            return {};
        }
        const QString text = item.toString();
        if (text.isEmpty()) {
            fail(itemField, u"must not be empty"_s);
            return {};
        }
        if (text.size() > maxItemLength || hasControlCharacter(text)) {
            fail(itemField,
                 u"must be at most "_s + QString::number(maxItemLength) + u" characters without control characters"_s,
                 quoted(text));
            return {};
        }
        list.append(text);
    }
    return list;
}

QList<qint64> JsonReader::optionalIntegerList(const char *key, qint64 min, qint64 max)
{
    QList<qint64> list;
    const std::optional<QJsonValue> value = fetch(key, false);
    if (!value)
        return list;
    const QString field = QString::fromLatin1(key);
    if (!value->isArray()) {
        fail(field, u"must be an array of integers"_s, describe(*value));
        return list;
    }
    const QJsonArray array = value->toArray();
    if (array.size() > MaxListLength) {
        fail(field, u"must have at most "_s + QString::number(MaxListLength) + u" entries"_s,
             QString::number(array.size()));
        return list;
    }
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qint64 number = checkedInteger(elementPath(field, i), array.at(i), min, max);
        if (!ok())
            return {};
        list.append(number);
    }
    return list;
}

QList<QJsonObject> JsonReader::objectList(const char *key, bool required, qsizetype minCount, qsizetype maxCount)
{
    QList<QJsonObject> list;
    const std::optional<QJsonValue> value = fetch(key, required);
    if (!value)
        return list;
    const QString field = QString::fromLatin1(key);
    if (!value->isArray()) {
        fail(field, u"must be an array of objects"_s, describe(*value));
        return list;
    }
    const QJsonArray array = value->toArray();
    if (array.size() < minCount || array.size() > maxCount) {
        fail(field,
             u"must have between "_s + QString::number(minCount) + u" and "_s + QString::number(maxCount)
                 + u" entries"_s,
             QString::number(array.size()));
        return list;
    }
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            fail(elementPath(field, i), u"must be an object"_s, describe(item));
            return {};
        }
        list.append(item.toObject());
    }
    return list;
}

QJsonObject JsonReader::checkedObject(const char *key, const QJsonValue &value, qsizetype maxBytes)
{
    if (!value.isObject()) {
        fail(QString::fromLatin1(key), u"must be an object"_s, describe(value));
        return {};
    }
    QJsonObject object = value.toObject();
    // Serialising only to measure is the costly part for the small objects every event carries: a bound that
    // cannot be below the compact size decides most of them without it.
    if (compactJsonUpperBound(object, maxBytes) <= maxBytes)
        return object;
    const qsizetype bytes = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    if (bytes > maxBytes) {
        fail(QString::fromLatin1(key), u"must be at most "_s + QString::number(maxBytes) + u" bytes of JSON"_s,
             QString::number(bytes) + u" bytes"_s);
        return {};
    }
    return object;
}

QJsonObject JsonReader::requiredObject(const char *key, qsizetype maxBytes)
{
    const std::optional<QJsonValue> value = fetch(key, true);
    return value ? checkedObject(key, *value, maxBytes) : QJsonObject();
}

QJsonObject JsonReader::optionalObject(const char *key, qsizetype maxBytes)
{
    const std::optional<QJsonValue> value = fetch(key, false);
    return value ? checkedObject(key, *value, maxBytes) : QJsonObject();
}

QByteArray JsonReader::requiredHex(const char *key, qsizetype byteCount)
{
    const std::optional<QJsonValue> value = fetch(key, true);
    if (!value)
        return {};
    if (value->isString()) {
        const QString text = value->toString();
        bool valid = text.size() == 2 * byteCount;
        for (qsizetype i = 0; valid && i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            valid = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        }
        if (valid)
            return QByteArray::fromHex(text.toLatin1());
    }
    fail(QString::fromLatin1(key),
         u"must be "_s + QString::number(2 * byteCount) + u" lowercase hexadecimal characters"_s, describe(*value));
    return {};
}

QJsonValue toJsonTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void insertOptionalTimestamp(QJsonObject &object, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, toJsonTimestamp(time));
}

} // namespace warden
