#include "domain/DeviceCredential.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<DeviceCredential> DeviceCredential::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    DeviceCredential credential;
    credential.id = reader.requiredId("id");
    credential.deviceId = reader.requiredId("device_id");
    credential.serial = reader.requiredId("serial");
    credential.method = reader.requiredEnum<CredentialMethod>("method");
    credential.state = reader.requiredEnum<CredentialState>("state");
    credential.fingerprint = QString::fromLatin1(reader.requiredHex("fingerprint", 32).toHex());
    credential.subject = reader.optionalString("subject", JsonReader::MaxNameLength * 4);
    credential.issuer = reader.optionalString("issuer", JsonReader::MaxNameLength * 4);
    credential.certificateSerial = reader.optionalId("certificate_serial");
    credential.issued = reader.optionalTime("issued");
    credential.expires = reader.optionalTime("expires");
    credential.lastRotated = reader.optionalTime("last_rotated");
    credential.defaultCredentials = reader.optionalBool("default_credentials", false);
    credential.rotatesOnline = reader.optionalBool("rotates_online", true);
    credential.reason = reader.optionalString("reason", JsonReader::MaxTextLength);
    if (reader.ok() && credential.id != credential.deviceId)
        reader.fail(u"id"_s, u"must equal device_id"_s, credential.id);
    return reader.finish(std::move(credential));
}

QJsonObject DeviceCredential::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"device_id"_s, deviceId},
        {u"serial"_s, serial},
        {u"method"_s, toString(method)},
        {u"state"_s, toString(state)},
        {u"fingerprint"_s, fingerprint},
        {u"default_credentials"_s, defaultCredentials},
        {u"rotates_online"_s, rotatesOnline},
    };
    if (!subject.isEmpty())
        json.insert(u"subject"_s, subject);
    if (!issuer.isEmpty())
        json.insert(u"issuer"_s, issuer);
    if (!certificateSerial.isEmpty())
        json.insert(u"certificate_serial"_s, certificateSerial);
    if (!reason.isEmpty())
        json.insert(u"reason"_s, reason);
    insertOptionalTimestamp(json, u"issued"_s, issued);
    insertOptionalTimestamp(json, u"expires"_s, expires);
    insertOptionalTimestamp(json, u"last_rotated"_s, lastRotated);
    return json;
}

} // namespace warden
