// The Fleet API response parsers of the console (core/fleet/FleetResponses), i.e. what a hostile or broken backend
// can make the BackgroundParser read. The first byte chooses the parser (see Parsers below, 'a'..'p'); the rest is
// the body. Properties: failures have a message; the size limit is checked; what parses keeps the documented
// shape (non-empty token and roles, contiguous events, exactly one quarantine outcome, fixed digest sizes, links
// split at their single '>').

#include "FuzzSupport.h"

#include "domain/Campaign.h"
#include "domain/Incident.h"
#include "fleet/FleetResponses.h"

using namespace warden;
namespace responses = warden::fleetresponses;

namespace {

template <typename T>
bool accepted(const Result<T> &result)
{
    if (!result)
        fuzz::check(!result.errorMessage().isEmpty(), "response refused without a message");
    return result.ok();
}

void login(const QByteArray &body)
{
    const Result<responses::LoginReply> reply = responses::parseLogin(body);
    if (accepted(reply)) {
        fuzz::check(!reply->token.isEmpty() && reply->session.isValid(), "login without token or user");
        fuzz::check(!reply->session.roles.isEmpty() && reply->session.expiresAt.isValid(), "login without roles");
    }
}

template <typename T>
void page(const QByteArray &body)
{
    const Result<Page<T>> result = responses::parsePage<T>(body);
    if (accepted(result))
        fuzz::check(result->items.size() <= responses::MaxPageItems && result->revision >= 0, "page out of bounds");
}

void events(const QByteArray &body)
{
    const Result<EventRange> range = responses::parseEvents(body);
    if (!accepted(range))
        return;
    for (qsizetype i = 1; i < range->items.size(); ++i)
        fuzz::check(range->items.at(i).seq == range->items.at(i - 1).seq + 1, "events not contiguous");
    fuzz::check(range->items.isEmpty() || range->items.last().seq <= range->lastSeq, "event beyond last_seq");
}

void audit(const QByteArray &body)
{
    const Result<AuditRange> range = responses::parseAudit(body);
    if (accepted(range))
        fuzz::check(range->headIndex >= 0, "negative head index");
}

void hits(const QByteArray &body)
{
    const Result<QList<RuleHit>> result = responses::parseHits(body);
    if (!accepted(result))
        return;
    for (const RuleHit &hit : result.value())
        fuzz::check(hit.seq >= 1 && !hit.deviceId.isEmpty() && hit.time.isValid(), "rule hit incomplete");
}

void quarantine(int status, const QByteArray &body)
{
    const Result<QuarantineOutcome> outcome = responses::parseQuarantine(status, body);
    if (accepted(outcome)) {
        fuzz::check(outcome->device.has_value() != outcome->approval.has_value(), "not exactly one outcome");
        fuzz::check(outcome->needsApproval() == (status == 202), "outcome does not follow the status");
    }
}

void backendInfo(const QByteArray &body)
{
    const Result<BackendInfo> info = responses::parseObject<BackendInfo>(body);
    if (accepted(info))
        fuzz::check(info->auditPublicKey.isEmpty() || info->auditPublicKey.size() == 32, "audit key is not 32 bytes");
}

void auditHead(const QByteArray &body)
{
    const Result<AuditHead> head = responses::parseObject<AuditHead>(body);
    if (accepted(head))
        fuzz::check(head->hash.size() == 32 && head->signature.size() == 64, "audit head digest sizes wrong");
}

template <typename T>
void list(const QByteArray &body)
{
    const Result<QList<T>> result = responses::parseList<T>(body, "items");
    if (accepted(result))
        fuzz::check(result->size() <= responses::MaxPageItems, "list above the item limit");
}

void wrappedDevice(const QByteArray &body)
{
    (void)accepted(responses::parseWrapped<Device>(body, "device"));
}

void link(const QByteArray &body)
{
    const QString id = QString::fromUtf8(body);
    const std::optional<Link> parsed = responses::linkFromId(id);
    if (!parsed)
        return;
    fuzz::check(!parsed->fromId.isEmpty() && !parsed->toId.isEmpty(), "link with an empty end");
    fuzz::check(!parsed->fromId.contains(u'>') && !parsed->toId.contains(u'>'), "link end contains '>'");
    fuzz::check(parsed->fromId + u'>' + parsed->toId == id, "link id does not read back");
}

using Parser = void (*)(const QByteArray &);

// Order = selector letter.
constexpr Parser Parsers[] = {
    login,                                                 // a
    page<Device>,                                          // b
    page<Link>,                                            // c
    page<Incident>,                                        // d
    page<Campaign>,                                        // e
    events,                                                // f
    audit,                                                 // g
    hits,                                                  // h
    [](const QByteArray &body) { quarantine(200, body); }, // i
    [](const QByteArray &body) { quarantine(202, body); }, // j
    backendInfo,                                           // k
    auditHead,                                             // l
    list<CampaignDeviceState>,                             // m
    list<WorkOrder>,                                       // n
    wrappedDevice,                                         // o
    link,                                                  // p
};
constexpr size_t ParserCount = sizeof(Parsers) / sizeof(Parsers[0]);

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t parser = uint8_t(data[0] - 'a') % ParserCount;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    Parsers[parser](body);
    // Every parser checks the size before anything else: one byte over the limit is refused.
    if (parser != ParserCount - 1 && !body.isEmpty())
        fuzz::check(!responses::parseObject<BackendInfo>(body, body.size() - 1).ok(), "body above maxBytes accepted");
    return 0;
}
