#include "domain/Link.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Link> Link::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Link link;
    link.fromId = reader.requiredId("from");
    link.toId = reader.requiredId("to");
    link.kind = reader.requiredEnum<LinkKind>("kind");
    // A self-loop would make topology layouts and path searches spin; no real network has one.
    if (reader.ok() && link.fromId == link.toId)
        reader.fail(u"to"_s, u"must differ from \"from\""_s, JsonReader::describe(link.toId));
    return reader.finish(std::move(link));
}

QJsonObject Link::toJson() const
{
    return QJsonObject{{u"from"_s, fromId}, {u"to"_s, toId}, {u"kind"_s, toString(kind)}};
}

} // namespace warden
