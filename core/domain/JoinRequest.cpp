#include "domain/JoinRequest.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

bool isLowerHex(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

Result<JoinRequest> JoinRequest::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    JoinRequest request;
    request.id = reader.requiredId("id");
    request.serial = reader.requiredId("serial");
    request.fingerprint = reader.optionalId("fingerprint");
    if (!request.fingerprint.isEmpty() && (request.fingerprint.size() != 64 || !isLowerHex(request.fingerprint)))
        reader.fail(u"fingerprint"_s, u"must be 64 lowercase hex digits"_s, request.fingerprint);
    request.keyType = reader.optionalId("key_type");
    request.deviceClass = reader.optionalId("device_class");
    request.vendor = reader.optionalId("vendor");
    request.model = reader.optionalId("model");
    request.siteId = reader.optionalId("site_id");
    request.gatewayId = reader.optionalId("gateway_id");
    request.firstSeen = reader.optionalTime("first_seen");
    request.lastSeen = reader.optionalTime("last_seen");
    request.attempts = int(reader.optionalInteger("attempts", 0, 1'000'000'000, 0));
    request.state = reader.requiredEnum<AdmissionState>("state");
    request.cloneOf = reader.optionalId("clone_of");
    request.deviceId = reader.optionalId("device_id");
    request.licenceId = reader.optionalId("licence_id");
    request.decidedBy = reader.optionalId("decided_by");
    request.decided = reader.optionalTime("decided");
    request.reason = reader.optionalString("reason", JsonReader::MaxTextLength);
    return reader.finish(std::move(request));
}

QJsonObject JoinRequest::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"serial"_s, serial},
        {u"state"_s, toString(state)},
        {u"attempts"_s, attempts},
    };
    const std::pair<QString, const QString *> optional[] = {
        {u"fingerprint"_s, &fingerprint}, {u"key_type"_s, &keyType},     {u"device_class"_s, &deviceClass},
        {u"vendor"_s, &vendor},           {u"model"_s, &model},          {u"site_id"_s, &siteId},
        {u"gateway_id"_s, &gatewayId},    {u"clone_of"_s, &cloneOf},     {u"device_id"_s, &deviceId},
        {u"licence_id"_s, &licenceId},    {u"decided_by"_s, &decidedBy}, {u"reason"_s, &reason},
    };
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            json.insert(key, *value);
    }
    insertOptionalTimestamp(json, u"first_seen"_s, firstSeen);
    insertOptionalTimestamp(json, u"last_seen"_s, lastSeen);
    insertOptionalTimestamp(json, u"decided"_s, decided);
    return json;
}

} // namespace warden
