// Every domain type's fromJson on arbitrary JSON. The first byte chooses the type ('a' = Site ... 'n' = Rule, see
// Types below); the rest is the JSON document. Properties: a failure carries a message; a value that parses is
// written back by toJson into JSON that parses to the same value and is written identically again.

#include "FuzzSupport.h"

#include "domain/Approval.h"
#include "domain/AuditEntry.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/Gateway.h"
#include "domain/Incident.h"
#include "domain/Licence.h"
#include "domain/Link.h"
#include "domain/Rule.h"
#include "domain/Site.h"
#include "domain/ThreatEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace warden;

namespace {

template <typename T>
void roundTrip(const QJsonObject &json)
{
    const Result<T> first = T::fromJson(json);
    if (!first) {
        fuzz::check(!first.errorMessage().isEmpty(), "fromJson failed without a message");
        return;
    }
    const QJsonObject written = first->toJson();
    const Result<T> second = T::fromJson(written);
    fuzz::check(second.ok(), "fromJson refuses what toJson wrote");
    fuzz::check(second.value() == first.value(), "fromJson(toJson(x)) != x");
    fuzz::check(second->toJson() == written, "toJson(fromJson(toJson(x))) != toJson(x)");
}

using RoundTrip = void (*)(const QJsonObject &);

// Order = selector letter: 'a' Site, 'b' Gateway, 'c' Link, 'd' Device, 'e' Owner, 'f' ThreatEvent, 'g' IncidentNote,
// 'h' Incident, 'i' Licence, 'j' Firmware, 'k' Campaign, 'l' Approval, 'm' AuditEntry, 'n' Rule.
constexpr RoundTrip Types[] = {
    roundTrip<Site>,     roundTrip<Gateway>,  roundTrip<Link>,     roundTrip<Device>,   roundTrip<Owner>,
    roundTrip<ThreatEvent>, roundTrip<IncidentNote>, roundTrip<Incident>, roundTrip<Licence>, roundTrip<Firmware>,
    roundTrip<Campaign>, roundTrip<Approval>, roundTrip<AuditEntry>, roundTrip<Rule>,
};
constexpr size_t TypeCount = sizeof(Types) / sizeof(Types[0]);

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
    const size_t type = uint8_t(data[0] - 'a') % TypeCount;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data + 1, size - 1), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    Types[type](document.object());
    return 0;
}
