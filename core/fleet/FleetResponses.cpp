#include "fleet/FleetResponses.h"

#include "domain/JsonReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace warden::fleetresponses {

Result<LoginReply> parseLogin(const QByteArray &body, qsizetype maxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, u"response"_s);
    if (!json)
        return json.error();
    JsonReader reader(json.value());
    LoginReply reply;
    QString token = reader.requiredString("token", 1024);
    reply.session.expiresAt = reader.requiredTime("expires_at");
    reply.session.user = reader.requiredId("user");
    reply.session.roles = reader.optionalStringList("roles");
    const QJsonObject backend = reader.optionalObject("backend", 4096);
    if (reader.ok() && !backend.isEmpty()) {
        JsonReader backendReader = reader.nested(backend, u"backend"_s);
        reply.session.backendName = backendReader.optionalId("name");
        reply.session.backendVersion = backendReader.optionalId("version");
    }
    if (reader.ok() && reply.session.roles.isEmpty())
        reader.fail(u"roles"_s, u"must name at least one role"_s);
    if (!reader.ok()) {
        wipe(token);
        return reader.error();
    }
    reply.token = SecretBytes::fromString(token);
    return reply;
}

Result<QJsonObject> parseEnvelope(const QByteArray &body, qsizetype maxBytes, Page<std::monostate> &header)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, u"page"_s);
    if (!json)
        return json.error();
    JsonReader reader(json.value());
    header.nextCursor = reader.optionalString("next_cursor", 4096);
    header.revision = reader.requiredInteger("revision", 0, MaxCounter);
    header.deleted = reader.optionalStringList("deleted", 1024);
    if (!reader.ok())
        return reader.error();
    return json;
}

Result<QuarantineOutcome> parseQuarantine(int httpStatus, const QByteArray &body, qsizetype maxBytes)
{
    QuarantineOutcome outcome;
    if (httpStatus == 202) {
        Result<Approval> approval = parseWrapped<Approval>(body, "approval", maxBytes);
        if (!approval)
            return approval.error();
        outcome.approval = std::move(approval).value();
    } else {
        Result<Device> device = parseWrapped<Device>(body, "device", maxBytes);
        if (!device)
            return device.error();
        outcome.device = std::move(device).value();
    }
    return outcome;
}

Result<EventRange> parseEvents(const QByteArray &body, qsizetype maxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, u"response"_s);
    if (!json)
        return json.error();
    JsonReader reader(json.value());
    EventRange page;
    page.lastSeq = reader.requiredInteger("last_seq", 0, MaxCounter);
    if (!reader.ok())
        return reader.error();
    Result<QJsonArray> array = fleetjson::requiredArray(json.value(), "items", MaxPageItems);
    if (!array)
        return array.error();
    Result<QList<ThreatEvent>> items = fleetjson::parseList<ThreatEvent>(array.value(), u"items"_s);
    if (!items)
        return items.error();
    page.items = std::move(items).value();
    for (qsizetype i = 1; i < page.items.size(); ++i) {
        if (page.items.at(i).seq != page.items.at(i - 1).seq + 1) {
            const QString field = JsonReader::elementPath(u"items"_s, i) + u".seq"_s;
            return Error{QCoreApplication::translate("FleetError",
                                                     "Field \"%1\" is %2, but events must be ascending and "
                                                     "contiguous (previous seq %3).")
                             .arg(field)
                             .arg(page.items.at(i).seq)
                             .arg(page.items.at(i - 1).seq),
                         field};
        }
    }
    if (!page.items.isEmpty() && page.items.constLast().seq > page.lastSeq) {
        return Error{QCoreApplication::translate("FleetError", "Field \"last_seq\" is %1, but the page holds event %2.")
                         .arg(page.lastSeq)
                         .arg(page.items.constLast().seq),
                     u"last_seq"_s};
    }
    return page;
}

Result<AuditRange> parseAudit(const QByteArray &body, qsizetype maxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, u"response"_s);
    if (!json)
        return json.error();
    JsonReader reader(json.value());
    AuditRange page;
    page.headIndex = reader.requiredInteger("head_index", 0, MaxCounter);
    if (!reader.ok())
        return reader.error();
    Result<QJsonArray> array = fleetjson::requiredArray(json.value(), "items", MaxPageItems);
    if (!array)
        return array.error();
    Result<QList<AuditEntry>> items = fleetjson::parseList<AuditEntry>(array.value(), u"items"_s);
    if (!items)
        return items.error();
    page.items = std::move(items).value();
    return page;
}

Result<RuleHit> ruleHitFromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    RuleHit hit;
    hit.ruleId = reader.optionalId("rule_id");
    hit.seq = reader.requiredInteger("seq", 1, MaxCounter);
    hit.deviceId = reader.requiredId("device_id");
    hit.time = reader.requiredTime("time");
    hit.action = reader.requiredEnum<RuleActionKind>("action");
    hit.level = reader.optionalEnum<QuarantineLevel>("quarantine_level", QuarantineLevel::None);
    hit.needsApproval = reader.optionalBool("needs_approval", false);
    return reader.finish(std::move(hit));
}

Result<QList<RuleHit>> parseHits(const QByteArray &body, qsizetype maxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, u"response"_s);
    if (!json)
        return json.error();
    Result<QJsonArray> array = fleetjson::requiredArray(json.value(), "hits", MaxPageItems);
    if (!array)
        return array.error();
    return fleetjson::parseListWith<RuleHit>(array.value(), u"hits"_s, ruleHitFromJson);
}

Result<RuleDryRun> parseDryRun(const QByteArray &body, qsizetype maxBytes)
{
    Result<QList<RuleHit>> hits = parseHits(body, maxBytes);
    if (!hits)
        return hits.error();
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, u"response"_s);
    if (!json)
        return json.error();
    JsonReader reader(json.value());
    RuleDryRun result;
    result.hits = std::move(hits).value();
    result.fromSeq = reader.optionalInteger("from_seq", 0, MaxCounter, 0);
    result.toSeq = reader.optionalInteger("to_seq", 0, MaxCounter, 0);
    result.eventsScanned = reader.optionalInteger("events_scanned", 0, MaxCounter, 0);
    result.truncated = reader.optionalBool("truncated", false);
    return reader.finish(std::move(result));
}

std::optional<Link> linkFromId(const QString &id)
{
    const qsizetype separator = id.indexOf(u'>');
    if (separator <= 0 || separator == id.size() - 1 || id.indexOf(u'>', separator + 1) >= 0)
        return std::nullopt;
    Link link;
    link.fromId = id.left(separator);
    link.toId = id.mid(separator + 1);
    return link;
}

} // namespace warden::fleetresponses
