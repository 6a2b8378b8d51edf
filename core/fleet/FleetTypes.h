#pragma once

#include "domain/Approval.h"
#include "domain/AuditEntry.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Enums.h"
#include "domain/ThreatEvent.h"
#include "rules/RuleEngine.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace warden {

// Small value types of the Fleet API that are not domain objects: sessions, envelopes and action results.
// Each fromJson is strict in the same way as the domain types (JsonReader) and ignores unknown fields.

// Who is logged in at a backend. Never holds the token (FleetApiClient keeps that in wiped memory).
struct LoginSession {
    QString user;
    QStringList roles;   // "viewer", "operator", "admin"
    QDateTime expiresAt; // UTC
    QString backendName;
    QString backendVersion;

    bool isValid() const { return !user.isEmpty(); }
    // Roles are ordered viewer < operator < admin; a higher role includes the lower ones.
    bool hasRole(const QString &role) const;
    bool mayReadOwners() const { return hasRole(QStringLiteral("operator")); }
};

// GET /info
struct BackendInfo {
    QString name;
    QString version;
    int apiVersion = 0;
    QDateTime time;
    qint64 lastSeq = 0;
    qint64 oldestSeq = 0; // oldest event still retained; 0 when the backend does not say (fleetd does)
    qint64 revision = 0;
    QByteArray auditPublicKey; // raw Ed25519 public key (32 bytes)

    static Result<BackendInfo> fromJson(const QJsonObject &json);
};

// What to read of a collection: a first page (cursor empty), a next page, or changes since a revision.
struct PageRequest {
    QString cursor;
    qint64 since = -1; // < 0: everything
    int limit = 1000;  // 1..5000
};

// One page of a collection (fleet-api.md §4). An empty nextCursor means this was the last page.
template <typename T> struct Page {
    QList<T> items;
    QString nextCursor;
    qint64 revision = 0;
    QStringList deleted;
};

// GET /events: a contiguous run of events and the newest seq
struct EventRange {
    QList<ThreatEvent> items;
    qint64 lastSeq = 0;
};

// POST /rules/dry-run: what a rule would have done on a range of stored events, and how much was looked at.
struct RuleDryRun {
    QList<RuleHit> hits;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    qint64 eventsScanned = 0;
    bool truncated = false; // the backend stopped at its hit limit: more devices would have been hit
};

// GET /audit: entries of the backend chain and its head index
struct AuditRange {
    QList<AuditEntry> items;
    qint64 headIndex = 0;
};


// GET /audit/head: the signed head of the backend's audit chain.
struct AuditHead {
    qint64 index = 0;
    QByteArray hash;      // 32 bytes
    QString signedAt;     // verbatim, part of the signed message "index:hash:signed_at"
    QByteArray signature; // raw Ed25519 signature (64 bytes)

    static Result<AuditHead> fromJson(const QJsonObject &json);
};

// GET /campaigns/{id}/devices: where one target stands.
struct CampaignDeviceState {
    QString deviceId;
    DeviceUpdateState state = DeviceUpdateState::Queued;
    QString message;
    int wave = 0;      // 1-based; 0 = not drawn yet (campaign waiting for approval) or an older backend
    QDateTime updated; // latest state change; invalid when the backend does not say

    static Result<CampaignDeviceState> fromJson(const QJsonObject &json);
};

// Which page of GET /campaigns/{id}/devices: wave 0 = every wave, no state = every state.
struct CampaignDeviceQuery {
    int wave = 0;
    std::optional<DeviceUpdateState> state;
    QString cursor;
    int limit = 500;
};

// GET /campaigns/{id}/waves: one wave's share, threshold and its targets per update state.
struct CampaignWaveStatus {
    int wave = 0; // 0 = targets whose wave is not drawn yet
    double percent = 0;
    double failureThresholdPercent = 0;
    bool started = false;
    int devices = 0;
    QMap<DeviceUpdateState, int> counts;

    static Result<CampaignWaveStatus> fromJson(const QJsonObject &json);
};

// GET /devices/{id}/campaigns: one campaign that targeted the device and where the device stands in it.
struct DeviceCampaignState {
    QString campaignId;
    QString campaignName;
    CampaignState campaignState = CampaignState::Running;
    QString firmwareId;
    QString requiredVersion;
    DeviceUpdateState state = DeviceUpdateState::Queued;
    QString message;
    int wave = 0;
    QDateTime updated;
    QJsonObject window; // the campaign's maintenance window ({start, end} "HH:MM"), empty when none

    static Result<DeviceCampaignState> fromJson(const QJsonObject &json);
};

// GET /work-orders: a device that needs a technician on site, to take a firmware update or a new credential.
struct WorkOrder {
    enum class Kind { FirmwareUpdate, CredentialRotation };
    Kind kind = Kind::FirmwareUpdate;
    QString deviceId;
    QString siteId;
    QString campaignId;
    QString firmwareId;
    QString requiredVersion;
    QJsonObject window; // maintenance window as sent ({start, end} "HH:MM"), empty when none
    QString reason;     // credential rotation: why the device cannot take its new credential over the network

    static Result<WorkOrder> fromJson(const QJsonObject &json);
};

// POST /devices/{id}/quarantine: applied at once (device) or held for a second operator (approval).
struct QuarantineOutcome {
    std::optional<Device> device;
    std::optional<Approval> approval;
    bool needsApproval() const { return approval.has_value(); }
};

// PATCH /devices/{id}: only the fields set are sent.
struct DevicePatch {
    std::optional<QString> name;
    std::optional<QString> location;
    std::optional<QString> notes;
    std::optional<QString> ownerRef;
    // Capability flags; an absent one keeps its value. Clearing safetyCritical needs the admin role.
    std::optional<bool> onlineUpdate;
    std::optional<bool> needsMaintenanceWindow;
    std::optional<bool> safetyCritical;

    bool isEmpty() const
    {
        return !name && !location && !notes && !ownerRef && !onlineUpdate && !needsMaintenanceWindow
               && !safetyCritical;
    }
    QJsonObject toJson() const;
};

// POST /campaigns
struct CampaignRequest {
    QString name;
    QString firmwareId;
    QStringList deviceIds; // either explicit devices...
    QString targetFilter;  // ...or a filter expression
    QList<CampaignWave> waves;
    int waitMinutesBetweenWaves = 0;
    QString maintenanceStart; // "HH:MM"; both empty = no window
    QString maintenanceEnd;
    // A site's own window (site id -> {start, end} "HH:MM" in the site's time zone, which timeZone names so the
    // backend can refuse a window planned in the wrong zone); sites not listed keep the default window above.
    struct SiteWindow {
        QString start;
        QString end;
        QString timeZone;
    };
    QMap<QString, SiteWindow> siteWindows;

    QJsonObject toJson() const;
};

enum class CampaignAction { Pause, Resume, Abort, Retry };
QString toString(CampaignAction action);

} // namespace warden
