#include "domain/Site.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Site> Site::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Site site;
    site.id = reader.requiredId("id");
    site.name = reader.requiredId("name");
    site.kind = reader.requiredEnum<SiteKind>("kind");
    site.timeZone = reader.requiredId("time_zone");
    site.city = reader.optionalId("city");
    return reader.finish(std::move(site));
}

QJsonObject Site::toJson() const
{
    return QJsonObject{
        {u"id"_s, id}, {u"name"_s, name}, {u"kind"_s, toString(kind)}, {u"time_zone"_s, timeZone}, {u"city"_s, city},
    };
}

} // namespace warden
