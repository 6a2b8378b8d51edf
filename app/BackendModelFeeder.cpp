#include "BackendModelFeeder.h"

#include "ConsoleModels.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

namespace {
// The feed window: older events stay in the cache and are paged from there.
constexpr qint64 MaxEventsPerLoad = 100'000;

struct Inventory {
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Link> links;
    QList<Device> devices;
    QList<Owner> owners;
    QString error;
};
} // namespace

BackendModelFeeder::BackendModelFeeder(BackendSession *session, ConsoleModels *models, QObject *parent)
    : QObject(parent), m_session(session), m_models(models)
{
    connect(session, &BackendSession::committed, this, &BackendModelFeeder::onCommitted);
}

void BackendModelFeeder::setOwnersVisible(bool visible)
{
    m_ownersVisible = visible;
    reloadInventory();
}

void BackendModelFeeder::onCommitted(const QString &backend, const CacheChange &change)
{
    Q_UNUSED(backend);
    if (change.events > 0 && change.lastSeq >= change.firstSeq)
        loadEvents(change.firstSeq, change.lastSeq);
    const bool inventoryChanged = change.devices > 0 || change.sites > 0 || change.owners > 0
                                  || !change.deletedDeviceIds.isEmpty() || change.replaced.contains(CacheEntity::Devices);
    if (inventoryChanged)
        reloadInventory();
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

void BackendModelFeeder::reloadInventory()
{
    // One reload at a time; changes arriving meanwhile cause exactly one more.
    if (m_inventoryLoading) {
        m_inventoryDirty = true;
        return;
    }
    m_inventoryLoading = true;
    m_inventoryDirty = false;
    const QString backend = m_session->backendName();
    const bool withOwners = m_ownersVisible;
    queryStore<Inventory>(
        m_session->writer(), this,
        [withOwners](CacheStore *store) {
            Inventory inventory;
            auto sites = store->loadSites();
            auto devices = store->loadDevices();
            if (!sites.ok() || !devices.ok()) {
                inventory.error = !sites.ok() ? sites.errorMessage() : devices.errorMessage();
                return inventory;
            }
            inventory.sites = std::move(sites).value();
            inventory.devices = std::move(devices).value();
            if (auto gateways = store->loadGateways(); gateways.ok())
                inventory.gateways = std::move(gateways).value();
            if (auto links = store->loadLinks(); links.ok())
                inventory.links = std::move(links).value();
            if (withOwners) {
                if (auto owners = store->loadOwners(); owners.ok())
                    inventory.owners = std::move(owners).value();
            }
            return inventory;
        },
        [this, backend](Inventory inventory) {
            m_inventoryLoading = false;
            if (!inventory.error.isEmpty()) {
                qCWarning(lcConsole) << "could not read the register of" << backend << ":" << inventory.error;
            } else {
                QHash<QString, QString> siteNames = m_models->devices.siteNames();
                for (const Site &site : std::as_const(inventory.sites))
                    siteNames.insert(site.id, site.name);
                m_models->devices.setSiteNames(siteNames);
                m_models->devices.upsertDevices(backend, inventory.devices);
                m_models->topology.setFleet(backend, inventory.sites, inventory.gateways, inventory.devices,
                                            inventory.links);
                QHash<QString, QString> ownerNames;
                // Sealed with a key this session does not have: say so rather than show the bare reference.
                for (const Owner &owner : std::as_const(inventory.owners))
                    ownerNames.insert(owner.ref, owner.locked ? tr("•••• (locked: no key)") : owner.name);
                m_models->devices.setOwnerNames(ownerNames, m_ownersVisible);
            }
            if (m_inventoryDirty)
                reloadInventory();
        });
}

} // namespace warden
