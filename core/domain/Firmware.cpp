#include "domain/Firmware.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Firmware> Firmware::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Firmware firmware;
    firmware.id = reader.requiredId("id");
    firmware.deviceClass = reader.requiredId("device_class");
    firmware.version = reader.requiredId("version");
    // Required, not defaulted: a missing flag must never be mistaken for either answer.
    firmware.signatureVerified = reader.requiredBool("signature_verified");
    firmware.vulnerabilities = reader.optionalStringList("vulnerabilities");
    firmware.fixes = reader.optionalStringList("fixes");
    firmware.releaseNotes = reader.optionalString("release_notes", JsonReader::MaxTextLength);
    firmware.released = reader.optionalTime("released");
    return reader.finish(std::move(firmware));
}

QJsonObject Firmware::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"device_class"_s, deviceClass},
        {u"version"_s, version},
        {u"signature_verified"_s, signatureVerified},
        {u"vulnerabilities"_s, QJsonArray::fromStringList(vulnerabilities)},
        {u"fixes"_s, QJsonArray::fromStringList(fixes)},
        {u"release_notes"_s, releaseNotes},
    };
    insertOptionalTimestamp(json, u"released"_s, released);
    return json;
}

} // namespace warden
