#include "domain/Licence.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Licence> Licence::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Licence licence;
    licence.id = reader.requiredId("id");
    licence.deviceId = reader.requiredId("device_id");
    licence.requestedScopes = reader.optionalStringList("requested_scopes");
    licence.grantedScopes = reader.optionalStringList("granted_scopes");
    licence.state = reader.requiredEnum<LicenceState>("state");
    licence.requested = reader.requiredTime("requested");
    licence.expires = reader.optionalTime("expires");
    licence.decidedBy = reader.optionalId("decided_by");
    licence.reason = reader.optionalString("reason", JsonReader::MaxTextLength);
    return reader.finish(std::move(licence));
}

QJsonObject Licence::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"device_id"_s, deviceId},
        {u"requested_scopes"_s, QJsonArray::fromStringList(requestedScopes)},
        {u"granted_scopes"_s, QJsonArray::fromStringList(grantedScopes)},
        {u"state"_s, toString(state)},
        {u"requested"_s, toJsonTimestamp(requested)},
        {u"decided_by"_s, decidedBy},
        {u"reason"_s, reason},
    };
    insertOptionalTimestamp(json, u"expires"_s, expires);
    return json;
}

} // namespace warden
