#include "domain/Gateway.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Gateway> Gateway::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Gateway gateway;
    gateway.id = reader.requiredId("id");
    gateway.siteId = reader.requiredId("site_id");
    gateway.name = reader.requiredId("name");
    gateway.segment = reader.optionalId("segment");
    return reader.finish(std::move(gateway));
}

QJsonObject Gateway::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"site_id"_s, siteId}, {u"name"_s, name}, {u"segment"_s, segment}};
}

} // namespace warden
