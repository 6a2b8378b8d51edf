#include "domain/Enums.h"

#include <array>
#include <cstddef>

namespace warden {

namespace {

// Wire names indexed by the enum's underlying value; every enum above is contiguous from 0.
template <typename E>
struct EnumNames;

template <>
struct EnumNames<Severity> {
    static constexpr std::array names{"CRITICAL", "MAJOR", "MINOR", "WARNING", "INDETERMINATE"};
};
template <>
struct EnumNames<SiteKind> {
    static constexpr std::array names{"hospital", "factory", "campus", "city"};
};
template <>
struct EnumNames<DeviceStatus> {
    static constexpr std::array names{"online", "offline", "degraded", "disabled"};
};
template <>
struct EnumNames<QuarantineLevel> {
    static constexpr std::array names{"none", "isolate", "disable", "revoke_credentials"};
};
template <>
struct EnumNames<LinkKind> {
    static constexpr std::array names{"uplink", "peer"};
};
template <>
struct EnumNames<ThreatType> {
    static constexpr std::array names{"port_scan",         "brute_force",       "default_credentials", "malware_beacon",
                                      "exfiltration",      "firmware_tamper",   "certificate_expiry",  "unknown_device",
                                      "protocol_violation", "licence_violation", "anomaly"};
};
template <>
struct EnumNames<IncidentState> {
    static constexpr std::array names{"new", "acknowledged", "investigating", "contained", "resolved"};
};
template <>
struct EnumNames<LicenceState> {
    static constexpr std::array names{"requested", "active", "denied", "revoked", "expired"};
};
template <>
struct EnumNames<CampaignState> {
    static constexpr std::array names{"draft",  "pending_approval", "scheduled", "running",
                                      "paused", "halted",           "aborted",   "completed"};
};
template <>
struct EnumNames<DeviceUpdateState> {
    static constexpr std::array names{"queued", "downloading",        "installing",            "succeeded",
                                      "failed", "waiting_for_window", "needs_physical_service"};
};
template <>
struct EnumNames<ApprovalKind> {
    static constexpr std::array names{"quarantine", "campaign", "rule_change"};
};
template <>
struct EnumNames<ApprovalState> {
    static constexpr std::array names{"pending", "approved", "denied"};
};
template <>
struct EnumNames<RuleActionKind> {
    static constexpr std::array names{"quarantine", "revoke_licence", "raise_severity", "notify"};
};
template <>
struct EnumNames<AdmissionState> {
    static constexpr std::array names{"pending", "accepted", "rejected", "preauthorized"};
};
template <>
struct EnumNames<CredentialMethod> {
    static constexpr std::array names{"x509", "psk", "password"};
};
template <>
struct EnumNames<CredentialState> {
    static constexpr std::array names{"active", "needs_physical_service", "revoked"};
};

template <typename E>
QString nameOf(E value)
{
    const auto index = static_cast<std::size_t>(value);
    const auto &names = EnumNames<E>::names;
    // An out-of-range value (a cast from corrupt data) has no wire name; the empty string fails any parse.
    return index < names.size() ? QString::fromLatin1(names[index]) : QString();
}

} // namespace

template <typename E>
std::optional<E> enumFromString(const QString &name)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    const std::size_t count = EnumNames<E>::names.size();
    values.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i)
        values.append(static_cast<E>(i));
    return values;
}

// The static_assert catches an enumerator added to Enums.h without a wire name here.
#define WARDEN_ENUM_WIRE_NAMES(E, Last)                                                                                \
    static_assert(EnumNames<E>::names.size() == static_cast<std::size_t>(E::Last) + 1, "wire names of " #E);          \
    QString toString(E value) { return nameOf(value); }                                                                \
    template std::optional<E> enumFromString<E>(const QString &name);                                                  \
    template QList<E> enumValues<E>();

WARDEN_ENUM_WIRE_NAMES(Severity, Indeterminate)
WARDEN_ENUM_WIRE_NAMES(SiteKind, City)
WARDEN_ENUM_WIRE_NAMES(DeviceStatus, Disabled)
WARDEN_ENUM_WIRE_NAMES(QuarantineLevel, RevokeCredentials)
WARDEN_ENUM_WIRE_NAMES(LinkKind, Peer)
WARDEN_ENUM_WIRE_NAMES(ThreatType, Anomaly)
WARDEN_ENUM_WIRE_NAMES(IncidentState, Resolved)
WARDEN_ENUM_WIRE_NAMES(LicenceState, Expired)
WARDEN_ENUM_WIRE_NAMES(CampaignState, Completed)
WARDEN_ENUM_WIRE_NAMES(DeviceUpdateState, NeedsPhysicalService)
WARDEN_ENUM_WIRE_NAMES(ApprovalKind, RuleChange)
WARDEN_ENUM_WIRE_NAMES(ApprovalState, Denied)
WARDEN_ENUM_WIRE_NAMES(RuleActionKind, Notify)
WARDEN_ENUM_WIRE_NAMES(AdmissionState, Preauthorized)
WARDEN_ENUM_WIRE_NAMES(CredentialMethod, Password)
WARDEN_ENUM_WIRE_NAMES(CredentialState, Revoked)

#undef WARDEN_ENUM_WIRE_NAMES

} // namespace warden
