#include "JsonBytesWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace warden::JsonBytesWriter {

namespace {

constexpr char Hex[] = "0123456789abcdef";

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char buffer[24];
    int length = 0;
    do {
        buffer[length++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || length < width);
    while (length > 0)
        out += buffer[--length];
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80) {
            if (c == u'"' || c == u'\\')
                out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            switch (c) {
            case u'\n': out += "\\n"; break;
            case u'\r': out += "\\r"; break;
            case u'\t': out += "\\t"; break;
            case u'\b': out += "\\b"; break;
            case u'\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out += Hex[c >> 4];
                out += Hex[c & 0xf];
            }
        } else if (c < 0x800) {
            out += char(0xc0 | (c >> 6));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t code = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            ++i;
            out += char(0xf0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3f));
            out += char(0x80 | ((code >> 6) & 0x3f));
            out += char(0x80 | (code & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            out += "\xef\xbf\xbd"; // a lone surrogate is not text: U+FFFD, as QString::toUtf8() does
        } else {
            out += char(0xe0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; break;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            out += "null";
        else if (number == std::floor(number) && std::abs(number) < 9007199254740992.0)
            out += QByteArray::number(qint64(number));
        else
            out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::String: appendString(out, value.toString()); break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &element : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendValue(out, element);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, it.key());
            out += ':';
            appendValue(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

void appendTimestamp(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out += "null";
        return;
    }
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    const qint64 msOfDay = ms - days * 86400000;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    out += '"';
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, msOfDay / 3600000, 2);
    out += ':';
    appendDigits(out, (msOfDay / 60000) % 60, 2);
    out += ':';
    appendDigits(out, (msOfDay / 1000) % 60, 2);
    out += '.';
    appendDigits(out, msOfDay % 1000, 3);
    out += "Z\"";
}

QByteArray threatEvent(const ThreatEvent &event)
{
    QByteArray out;
    out.reserve(256);
    // Keys in the sorted order QJsonObject would use.
    out += "{\"destination\":";
    appendString(out, event.destination);
    out += ",\"details\":";
    appendValue(out, event.details);
    out += ",\"device_id\":";
    appendString(out, event.deviceId);
    out += ",\"seq\":";
    out += QByteArray::number(event.seq);
    out += ",\"severity\":";
    appendString(out, toString(event.severity));
    out += ",\"source\":";
    appendString(out, event.source);
    out += ",\"time\":";
    appendTimestamp(out, event.time);
    out += ",\"type\":";
    appendString(out, toString(event.type));
    out += '}';
    return out;
}

QByteArray device(const Device &device)
{
    QByteArray out;
    out.reserve(512);
    const auto field = [&out](const char *key, const QString &value) {
        out += ",\"";
        out += key;
        out += "\":";
        appendString(out, value);
    };
    // Keys in the sorted order QJsonObject would use.
    out += "{\"capabilities\":{\"needs_maintenance_window\":";
    out += device.capabilities.needsMaintenanceWindow ? "true" : "false";
    out += ",\"online_update\":";
    out += device.capabilities.onlineUpdate ? "true" : "false";
    out += ",\"safety_critical\":";
    out += device.capabilities.safetyCritical ? "true" : "false";
    out += '}';
    field("device_class", device.deviceClass);
    field("firmware_version", device.firmwareVersion);
    field("gateway_id", device.gatewayId);
    field("id", device.id);
    if (device.lastSeen.isValid()) {
        out += ",\"last_seen\":";
        appendTimestamp(out, device.lastSeen);
    }
    field("location", device.location);
    field("model", device.model);
    field("name", device.name);
    field("notes", device.notes);
    field("owner_ref", device.ownerRef);
    field("quarantine", toString(device.quarantine));
    out += ",\"revision\":";
    out += QByteArray::number(device.revision);
    out += ",\"risk_score\":";
    out += QByteArray::number(device.riskScore);
    field("segment", device.segment);
    field("site_id", device.siteId);
    field("status", toString(device.status));
    field("vendor", device.vendor);
    out += '}';
    return out;
}

} // namespace warden::JsonBytesWriter
