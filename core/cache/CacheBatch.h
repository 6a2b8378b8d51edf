#pragma once

#include "domain/Approval.h"
#include "domain/AuditEntry.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/DeviceCredential.h"
#include "domain/Firmware.h"
#include "domain/Gateway.h"
#include "domain/Incident.h"
#include "domain/JoinRequest.h"
#include "domain/Licence.h"
#include "domain/Link.h"
#include "domain/Rule.h"
#include "domain/Site.h"
#include "domain/ThreatEvent.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace warden {

// Entity tables of the cache that a batch can upsert, delete from, or replace wholesale.
enum class CacheEntity {
    Sites, Gateways, Links, Devices, Owners, Incidents, Licences, Firmware, Campaigns, Approvals, Rules, JoinRequests,
    Credentials
};

// Everything received from one backend that must reach the cache file together, in ONE transaction. Applied in this
// order: tables listed in replaceAll are emptied, deletions, upserts, new events (+ stream position), backend audit
// entries, meta. Not responsible for validation: the values come from the domain types' fromJson.
struct CacheBatch {
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Link> links;
    QList<Device> devices;
    QList<Owner> owners;
    QList<Incident> incidents;
    QList<Licence> licences;
    QList<Firmware> firmware;
    QList<Campaign> campaigns;
    QList<Approval> approvals;
    QList<Rule> rules;
    QList<JoinRequest> joinRequests;
    QList<DeviceCredential> credentials;

    // Stream events; those with seq <= the stored last seq (or already stored) are skipped, never duplicated.
    QList<ThreatEvent> events;
    // New stream position for this backend, committed atomically with the events. The stored value becomes
    // max(stored, lastSeq, highest seq in events): it never moves backwards.
    qint64 lastSeq = 0;

    // Backend audit chain entries; an index already stored with the same hash is skipped, with another hash refused.
    QList<AuditEntry> backendAudit;

    QStringList deletedSiteIds;
    QStringList deletedGatewayIds;
    QList<Link> deletedLinks;
    QStringList deletedDeviceIds;
    QStringList deletedOwnerRefs;
    QStringList deletedIncidentIds;
    QStringList deletedLicenceIds;
    QStringList deletedFirmwareIds;
    QStringList deletedCampaignIds;
    QStringList deletedApprovalIds;
    QStringList deletedRuleIds;
    QStringList deletedJoinRequestIds;
    QStringList deletedCredentialIds;

    // A full snapshot of these kinds: their tables are emptied before this batch's upserts.
    QList<CacheEntity> replaceAll;

    // e.g. "sync_revision", "synced_at"; a null value removes the key.
    QHash<QString, QString> meta;

    bool isEmpty() const;
};

// What one committed transaction changed, for models to update themselves without re-reading the file.
struct CacheChange {
    // Rows inserted or updated, per kind.
    int sites = 0;
    int gateways = 0;
    int links = 0;
    int devices = 0;
    int owners = 0;
    int incidents = 0;
    int licences = 0;
    int firmware = 0;
    int campaigns = 0;
    int approvals = 0;
    int rules = 0;
    int joinRequests = 0;
    int credentials = 0;
    int backendAudit = 0;
    // Rows removed by deletions and by replaceAll.
    int deleted = 0;

    int events = 0;        // newly stored events
    int eventsSkipped = 0; // events that were already stored (seq <= last seq or duplicate)
    qint64 firstSeq = 0;   // lowest and highest seq of the newly stored events, 0 when none
    qint64 lastSeq = 0;
    qint64 streamSeq = 0; // the backend's stored last seq after the commit

    QStringList changedDeviceIds; // upserted devices
    QStringList deletedDeviceIds; // devices that existed and were deleted
    QList<CacheEntity> replaced;  // kinds replaced wholesale: reload them
    QStringList metaKeys;         // meta keys set or removed
    int batches = 0;              // submitted batches folded into this transaction

    bool isEmpty() const;
    // Folds a later change into this one (the writer coalesces several batches into one transaction).
    void merge(const CacheChange &later);
};

} // namespace warden

Q_DECLARE_METATYPE(warden::CacheBatch)
Q_DECLARE_METATYPE(warden::CacheChange)
