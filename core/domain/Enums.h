#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warden {

// Severity of threats, incidents and alarms (ThingsBoard's alarm scale). Lower value = more severe.
enum class Severity { Critical, Major, Minor, Warning, Indeterminate };

enum class SiteKind { Hospital, Factory, Campus, City };

enum class DeviceStatus { Online, Offline, Degraded, Disabled };

enum class QuarantineLevel { None, Isolate, Disable, RevokeCredentials };

enum class LinkKind { Uplink, Peer };

enum class ThreatType {
    PortScan,
    BruteForce,
    DefaultCredentials,
    MalwareBeacon,
    Exfiltration,
    FirmwareTamper,
    CertificateExpiry,
    UnknownDevice,
    ProtocolViolation,
    LicenceViolation,
    Anomaly,
};

// new -> acknowledged -> investigating -> contained -> resolved
enum class IncidentState { New, Acknowledged, Investigating, Contained, Resolved };

enum class LicenceState { Requested, Active, Denied, Revoked, Expired };

// hawkBit-like rollout states.
enum class CampaignState { Draft, PendingApproval, Scheduled, Running, Paused, Halted, Aborted, Completed };

enum class DeviceUpdateState { Queued, Downloading, Installing, Succeeded, Failed, WaitingForWindow, NeedsPhysicalService };

enum class ApprovalKind { Quarantine, Campaign, RuleChange };

enum class ApprovalState { Pending, Approved, Denied };

enum class RuleActionKind { Quarantine, RevokeLicence, RaiseSeverity, Notify };

// Mender-like device admission: a join request waits as pending; known identities may be preauthorized.
enum class AdmissionState { Pending, Accepted, Rejected, Preauthorized };

// How a device proves its identity; a password is the weak one.
enum class CredentialMethod { X509, Psk, Password };

// A device credential in use, waiting for a technician to install its replacement, or revoked.
enum class CredentialState { Active, NeedsPhysicalService, Revoked };

// Wire names (lower_snake / upper case for severity) and back. fromString returns nullopt for unknown names.
QString toString(Severity value);
QString toString(SiteKind value);
QString toString(DeviceStatus value);
QString toString(QuarantineLevel value);
QString toString(LinkKind value);
QString toString(ThreatType value);
QString toString(IncidentState value);
QString toString(LicenceState value);
QString toString(CampaignState value);
QString toString(DeviceUpdateState value);
QString toString(ApprovalKind value);
QString toString(ApprovalState value);
QString toString(RuleActionKind value);
QString toString(AdmissionState value);
QString toString(CredentialMethod value);
QString toString(CredentialState value);

// Exact, case-sensitive match on the wire name; defined (explicitly instantiated) for every enum above.
template <typename E>
std::optional<E> enumFromString(const QString &name);

// Every value of an enum in declaration order (for completion lists, menus and tests).
template <typename E>
QList<E> enumValues();

} // namespace warden
