#include "domain/ThreatEvent.h"

#include "domain/JsonReader.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<ThreatEvent> ThreatEvent::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    ThreatEvent event;
    event.seq = reader.requiredInteger("seq", 1, std::numeric_limits<qint64>::max());
    event.time = reader.requiredTime("time");
    event.deviceId = reader.requiredId("device_id");
    event.type = reader.requiredEnum<ThreatType>("type");
    event.severity = reader.requiredEnum<Severity>("severity");
    event.source = reader.optionalId("source");
    event.destination = reader.optionalId("destination");
    event.details = reader.optionalObject("details");
    return reader.finish(std::move(event));
}

QJsonObject ThreatEvent::toJson() const
{
    return QJsonObject{
        {u"seq"_s, seq},
        {u"time"_s, toJsonTimestamp(time)},
        {u"device_id"_s, deviceId},
        {u"type"_s, toString(type)},
        {u"severity"_s, toString(severity)},
        {u"source"_s, source},
        {u"destination"_s, destination},
        {u"details"_s, details},
    };
}

} // namespace warden
