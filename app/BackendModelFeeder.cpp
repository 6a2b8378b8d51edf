#include "BackendModelFeeder.h"

#include "ConsoleModels.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"
#include "fleet/SyncEngine.h"
#include "inventory/DeviceTableLoader.h"

#include <QLoggingCategory>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

namespace {
// The feed window: older events stay in the cache and are paged from there.
constexpr qint64 MaxEventsPerLoad = 100'000;

struct Inventory {
    bool full = false;
    bool withSites = false;
    bool withOwners = false;
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Link> links;
    DeviceTable table;     // the devices read, as register rows
    QList<Device> devices; // the same devices for the topology
    QStringList deletedDeviceIds;
    QList<Owner> owners;
    QString error;
};

QList<Device> devicesOf(const DeviceTable &table)
{
    QList<Device> devices;
    devices.reserve(table.rowCount());
    for (qsizetype row = 0; row < table.rowCount(); ++row)
        devices.append(table.device(row));
    return devices;
}
} // namespace

BackendModelFeeder::BackendModelFeeder(BackendSession *session, ConsoleModels *models, QObject *parent)
    : QObject(parent), m_session(session), m_models(models)
{
    connect(session, &BackendSession::committed, this, &BackendModelFeeder::onCommitted);
}

void BackendModelFeeder::setOwnersVisible(bool visible)
{
    m_ownersVisible = visible;
    if (m_loadedOnce)
        m_pending.owners = true;
    else
        m_pending.full = true;
    loadInventory();
}

void BackendModelFeeder::onCommitted(const QString &backend, const CacheChange &change)
{
    Q_UNUSED(backend);
    if (change.events > 0 && change.lastSeq >= change.firstSeq)
        loadEvents(change.firstSeq, change.lastSeq);
    const bool inventoryChanged = change.devices > 0 || change.sites > 0 || change.owners > 0
                                  || !change.deletedDeviceIds.isEmpty() || change.replaced.contains(CacheEntity::Devices);
    // A finished sync is read whole once more, so the topology ends with one layout of the whole fleet whatever
    // pages the writer folded together on the way.
    const bool syncFinished = change.metaKeys.contains(SyncEngine::SyncedAtKey);
    if (!inventoryChanged && change.gateways == 0 && change.links == 0 && change.replaced.isEmpty() && !syncFinished)
        return;
    // The topology has no way to drop links or replace a fleet piecemeal: those read everything, as does the first
    // read (the register holds nothing of this backend yet).
    bool full = !m_loadedOnce || syncFinished || change.gateways > 0 || change.links > 0;
    for (CacheEntity entity : {CacheEntity::Devices, CacheEntity::Sites, CacheEntity::Gateways, CacheEntity::Links})
        full = full || change.replaced.contains(entity);
    if (!full && !inventoryChanged && !change.replaced.contains(CacheEntity::Owners))
        return;
    m_pending.full = m_pending.full || full;
    m_pending.sites = m_pending.sites || change.sites > 0;
    m_pending.owners = m_pending.owners || change.owners > 0 || change.replaced.contains(CacheEntity::Owners);
    m_pending.deviceIds += change.changedDeviceIds;
    m_pending.deletedDeviceIds += change.deletedDeviceIds;
    if (m_pending.deviceIds.size() > MaxIncrementalDevices)
        m_pending.full = true;
    if (m_pending.full)
        m_pending.deviceIds.clear();
    loadInventory();
}

void BackendModelFeeder::loadEvents(qint64 firstSeq, qint64 lastSeq)
{
    const int limit = int(std::min(MaxEventsPerLoad, lastSeq - firstSeq + 1));
    const QString backend = m_session->backendName();
    queryStore<Result<QList<ThreatEvent>>>(
        m_session->writer(), this,
        [lastSeq, limit](CacheStore *store) { return store->loadEvents(lastSeq + 1, limit); },
        [this, backend](Result<QList<ThreatEvent>> loaded) {
            if (!loaded.ok()) {
                qCWarning(lcConsole) << "could not read committed events of" << backend << ":" << loaded.errorMessage();
                return;
            }
            // The store pages newest first; the feed and the statistics take arrivals oldest first.
            const QList<ThreatEvent> &newestFirst = loaded.value();
            const QList<ThreatEvent> events(newestFirst.crbegin(), newestFirst.crend());
            m_models->feed.appendEvents(backend, events);
            m_models->statistics.add(events);
        });
}

void BackendModelFeeder::loadInventory()
{
    // One read at a time; what commits change meanwhile is read by exactly one more.
    if (m_inventoryLoading || m_pending.isEmpty())
        return;
    m_inventoryLoading = true;
    const Pending pending = std::exchange(m_pending, Pending());
    const QString backend = m_session->backendName();
    const bool withOwners = m_ownersVisible && (pending.full || pending.owners);
    queryStore<Inventory>(
        m_session->writer(), this,
        [pending, withOwners, backend](CacheStore *store) {
            Inventory inventory;
            inventory.full = pending.full;
            inventory.withSites = pending.full || pending.sites;
            inventory.withOwners = withOwners;
            inventory.deletedDeviceIds = pending.deletedDeviceIds;
            if (inventory.withSites) {
                auto sites = store->loadSites();
                if (!sites.ok()) {
                    inventory.error = sites.errorMessage();
                    return inventory;
                }
                inventory.sites = std::move(sites).value();
            }
            if (pending.full || !pending.deviceIds.isEmpty()) {
                // Built here, on the writer's thread: the UI thread only swaps or merges the finished table.
                auto table = pending.full ? DeviceTableLoader::load(*store, backend)
                                          : DeviceTableLoader::load(*store, backend, pending.deviceIds);
                if (!table.ok()) {
                    inventory.error = table.errorMessage();
                    return inventory;
                }
                inventory.table = std::move(table).value();
                inventory.devices = devicesOf(inventory.table);
            }
            if (pending.full) {
                if (auto gateways = store->loadGateways(); gateways.ok())
                    inventory.gateways = std::move(gateways).value();
                if (auto links = store->loadLinks(); links.ok())
                    inventory.links = std::move(links).value();
            }
            if (withOwners) {
                if (auto owners = store->loadOwners(); owners.ok())
                    inventory.owners = std::move(owners).value();
            }
            return inventory;
        },
        [this, backend, pending](Inventory inventory) {
            m_inventoryLoading = false;
            if (!inventory.error.isEmpty()) {
                qCWarning(lcConsole) << "could not read the register of" << backend << ":" << inventory.error;
                // Not lost: the next commit (or owner change) reads it again.
                m_pending.full = m_pending.full || pending.full;
                m_pending.sites = m_pending.sites || pending.sites;
                m_pending.owners = m_pending.owners || pending.owners;
                m_pending.deviceIds += pending.deviceIds;
                m_pending.deletedDeviceIds += pending.deletedDeviceIds;
                return;
            }
            if (inventory.withSites) {
                QHash<QString, QString> siteNames = m_models->devices.siteNames();
                for (const Site &site : std::as_const(inventory.sites))
                    siteNames.insert(site.id, site.name);
                m_models->devices.setSiteNames(siteNames);
            }
            m_models->devices.mergeTable(std::move(inventory.table));
            if (inventory.full) {
                m_loadedOnce = true;
                m_topologyBehind = false;
                m_models->topology.setFleet(backend, inventory.sites, inventory.gateways, inventory.devices,
                                            inventory.links);
            } else {
                if (inventory.withSites)
                    m_models->topology.upsertSites(inventory.sites, backend);
                // While a sync pages devices in, the topology would rebuild its structure on this thread for every
                // page: it waits for the sync's final full read instead (or the next read once no sync runs).
                if (!inventory.devices.isEmpty() && m_session->sync()->isRunning())
                    m_topologyBehind = true;
                else if (!inventory.devices.isEmpty())
                    m_models->topology.upsertDevices(inventory.devices, backend);
                if (m_topologyBehind && !m_session->sync()->isRunning())
                    m_pending.full = true;
                if (!inventory.deletedDeviceIds.isEmpty())
                    m_models->topology.removeNodes(inventory.deletedDeviceIds, backend);
            }
            if (inventory.withOwners || (inventory.full && !m_ownersVisible)) {
                QHash<QString, QString> ownerNames;
                // Sealed with a key this session does not have: say so rather than show the bare reference.
                for (const Owner &owner : std::as_const(inventory.owners))
                    ownerNames.insert(owner.ref, owner.locked ? tr("•••• (locked: no key)") : owner.name);
                m_models->devices.setOwnerNames(ownerNames, m_ownersVisible);
            } else if (pending.owners && !m_ownersVisible) {
                m_models->devices.setOwnerNames({}, false);
            }
            emit inventoryApplied(inventory.full);
            loadInventory();
        });
}

} // namespace warden
