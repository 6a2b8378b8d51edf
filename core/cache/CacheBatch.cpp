#include "cache/CacheBatch.h"

namespace warden {

bool CacheBatch::isEmpty() const
{
    return sites.isEmpty() && gateways.isEmpty() && links.isEmpty() && devices.isEmpty() && owners.isEmpty()
        && incidents.isEmpty() && licences.isEmpty() && firmware.isEmpty() && campaigns.isEmpty()
        && approvals.isEmpty() && rules.isEmpty() && joinRequests.isEmpty() && credentials.isEmpty() && events.isEmpty() && lastSeq == 0 && backendAudit.isEmpty()
        && deletedSiteIds.isEmpty() && deletedGatewayIds.isEmpty() && deletedLinks.isEmpty()
        && deletedDeviceIds.isEmpty() && deletedOwnerRefs.isEmpty() && deletedIncidentIds.isEmpty()
        && deletedLicenceIds.isEmpty() && deletedFirmwareIds.isEmpty() && deletedCampaignIds.isEmpty()
        && deletedApprovalIds.isEmpty() && deletedRuleIds.isEmpty() && deletedJoinRequestIds.isEmpty()
        && deletedCredentialIds.isEmpty() && replaceAll.isEmpty() && meta.isEmpty();
}

bool CacheChange::isEmpty() const
{
    return sites == 0 && gateways == 0 && links == 0 && devices == 0 && owners == 0 && incidents == 0
        && licences == 0 && firmware == 0 && campaigns == 0 && approvals == 0 && rules == 0 && joinRequests == 0
        && credentials == 0 && backendAudit == 0
        && deleted == 0 && events == 0 && replaced.isEmpty() && metaKeys.isEmpty();
}

void CacheChange::merge(const CacheChange &later)
{
    sites += later.sites;
    gateways += later.gateways;
    links += later.links;
    devices += later.devices;
    owners += later.owners;
    incidents += later.incidents;
    licences += later.licences;
    firmware += later.firmware;
    campaigns += later.campaigns;
    approvals += later.approvals;
    rules += later.rules;
    joinRequests += later.joinRequests;
    credentials += later.credentials;
    backendAudit += later.backendAudit;
    deleted += later.deleted;
    events += later.events;
    eventsSkipped += later.eventsSkipped;
    if (later.events > 0) {
        if (firstSeq == 0 || later.firstSeq < firstSeq)
            firstSeq = later.firstSeq;
        lastSeq = qMax(lastSeq, later.lastSeq);
    }
    streamSeq = qMax(streamSeq, later.streamSeq);
    changedDeviceIds += later.changedDeviceIds;
    deletedDeviceIds += later.deletedDeviceIds;
    for (CacheEntity entity : later.replaced) {
        if (!replaced.contains(entity))
            replaced.append(entity);
    }
    for (const QString &key : later.metaKeys) {
        if (!metaKeys.contains(key))
            metaKeys.append(key);
    }
    batches += later.batches;
}

} // namespace warden
