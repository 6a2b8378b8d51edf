#pragma once

#include "domain/Link.h"
#include "fleet/FleetJson.h"
#include "fleet/FleetTypes.h"
#include "rules/RuleEngine.h"
#include "security/SecretBuffer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <limits>

namespace warden::fleetresponses {

// Parsers for every response body of the Fleet API. They run on the BackgroundParser thread, never on the UI
// thread, and turn anything malformed into an Error naming the field ("items[17].risk_score") instead of crashing.

constexpr qsizetype DefaultMaxBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxPageItems = 50000;
constexpr qint64 MaxCounter = std::numeric_limits<qint64>::max() / 2;

// POST /session: the session and the bearer token, kept apart so the token can live in wiped memory only.
struct LoginReply {
    LoginSession session;
    SecretBytes token;
};
Result<LoginReply> parseLogin(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes);

// {"items": [...], "next_cursor": "c" | null, "revision": R, "deleted": ["id", ...]}
Result<QJsonObject> parseEnvelope(const QByteArray &body, qsizetype maxBytes, Page<std::monostate> &header);

template <typename T> Result<Page<T>> parsePage(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes)
{
    Page<std::monostate> header;
    Result<QJsonObject> json = parseEnvelope(body, maxBytes, header);
    if (!json)
        return json.error();
    Result<QJsonArray> array = fleetjson::requiredArray(json.value(), "items", MaxPageItems);
    if (!array)
        return array.error();
    Result<QList<T>> items = fleetjson::parseList<T>(array.value(), QStringLiteral("items"));
    if (!items)
        return items.error();
    Page<T> page;
    page.items = std::move(items).value();
    page.nextCursor = std::move(header.nextCursor);
    page.revision = header.revision;
    page.deleted = std::move(header.deleted);
    return page;
}

// A bare object: Device, Incident, Licence, Campaign, Approval, Rule, BackendInfo, AuditHead...
template <typename T> Result<T> parseObject(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, QStringLiteral("response"));
    if (!json)
        return json.error();
    return T::fromJson(json.value());
}

// {"<key>": Object}, e.g. {"device": Device}.
template <typename T>
Result<T> parseWrapped(const QByteArray &body, const char *key, qsizetype maxBytes = DefaultMaxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, QStringLiteral("response"));
    if (!json)
        return json.error();
    const QJsonValue value = json.value().value(QLatin1String(key));
    if (!value.isObject())
        return fleetjson::notAnObject(QString::fromLatin1(key), value);
    Result<T> item = T::fromJson(value.toObject());
    if (!item)
        return fleetjson::prefixed(item.error(), QString::fromLatin1(key));
    return item;
}

// {"<key>": [Object...]} with no paging, e.g. campaign devices, work orders, dry-run hits.
template <typename T>
Result<QList<T>> parseList(const QByteArray &body, const char *key, qsizetype maxBytes = DefaultMaxBytes)
{
    Result<QJsonObject> json = fleetjson::parseObject(body, maxBytes, QStringLiteral("response"));
    if (!json)
        return json.error();
    Result<QJsonArray> array = fleetjson::requiredArray(json.value(), key, MaxPageItems);
    if (!array)
        return array.error();
    return fleetjson::parseList<T>(array.value(), QString::fromLatin1(key));
}

// POST /rules/dry-run: {"hits": [{rule_id?, seq, device_id, time, action, quarantine_level?, needs_approval?}]}
Result<RuleHit> ruleHitFromJson(const QJsonObject &json);
Result<QList<RuleHit>> parseHits(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes);
// The same response with its range: {"hits", "from_seq", "to_seq", "events_scanned", "truncated"}.
Result<RuleDryRun> parseDryRun(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes);

// 200 {"device": Device} or 202 {"approval": Approval}
Result<QuarantineOutcome> parseQuarantine(int httpStatus, const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes);
Result<EventRange> parseEvents(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes);
Result<AuditRange> parseAudit(const QByteArray &body, qsizetype maxBytes = DefaultMaxBytes);

// A link's id in `deleted` ("FROM>TO", as fleetd writes it); nullopt when the text is not of that form.
std::optional<Link> linkFromId(const QString &id);

} // namespace warden::fleetresponses
