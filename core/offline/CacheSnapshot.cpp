#include "CacheSnapshot.h"

#include "cache/CacheStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace warden {

namespace {
// Unwraps one load, remembering the first failure with the kind of data that failed.
template <typename T>
bool take(Result<T> loaded, T &target, const QString &what, Error &firstError)
{
    if (!loaded.ok()) {
        if (firstError.message.isEmpty())
            firstError.message = QCoreApplication::translate("CacheSnapshot", "Could not read %1 from the cache: %2")
                                     .arg(what, loaded.errorMessage());
        return false;
    }
    target = std::move(loaded).value();
    return true;
}
} // namespace

Result<CacheSnapshot> readCacheSnapshot(const QString &path, const QString &backend, int recentEventLimit)
{
    if (!QFileInfo::exists(path))
        return Result<CacheSnapshot>::failure(
            QCoreApplication::translate("CacheSnapshot", "The cache file %1 does not exist.").arg(path));
    CacheStoreOptions options;
    options.backend = backend;
    options.readOnly = true;
    auto opened = CacheStore::open(path, options);
    if (!opened.ok())
        return Result<CacheSnapshot>::failure(opened.errorMessage());
    CacheStore &store = *opened.value();

    CacheSnapshot snapshot;
    snapshot.backend = backend;
    snapshot.path = path;
    Error error;
    take(store.loadSites(), snapshot.sites, QCoreApplication::translate("CacheSnapshot", "sites"), error);
    take(store.loadGateways(), snapshot.gateways, QCoreApplication::translate("CacheSnapshot", "gateways"), error);
    take(store.loadLinks(), snapshot.links, QCoreApplication::translate("CacheSnapshot", "links"), error);
    take(store.loadDevices(), snapshot.devices, QCoreApplication::translate("CacheSnapshot", "devices"), error);
    take(store.loadIncidents(), snapshot.incidents, QCoreApplication::translate("CacheSnapshot", "incidents"), error);
    take(store.loadLicences(), snapshot.licences, QCoreApplication::translate("CacheSnapshot", "licences"), error);
    take(store.loadFirmware(), snapshot.firmware, QCoreApplication::translate("CacheSnapshot", "firmware"), error);
    take(store.loadCampaigns(), snapshot.campaigns, QCoreApplication::translate("CacheSnapshot", "campaigns"), error);
    take(store.loadApprovals(), snapshot.approvals, QCoreApplication::translate("CacheSnapshot", "approvals"), error);
    take(store.loadEvents(CacheStore::Newest, recentEventLimit), snapshot.recentEvents,
         QCoreApplication::translate("CacheSnapshot", "events"), error);
    take(store.eventCount(), snapshot.eventCount, QCoreApplication::translate("CacheSnapshot", "the event count"), error);
    take(store.lastStreamSeq(), snapshot.lastSeq, QCoreApplication::translate("CacheSnapshot", "the stream position"), error);
    // Personal data may be sealed with a key this session does not have: the console still works without it.
    if (auto owners = store.loadOwners(); owners.ok())
        snapshot.owners = std::move(owners).value();
    if (auto syncedAt = store.meta(QStringLiteral("synced_at")); syncedAt.ok())
        snapshot.syncedAt = QDateTime::fromString(syncedAt.value(), Qt::ISODateWithMs);
    if (!error.message.isEmpty())
        return Result<CacheSnapshot>(error);
    return snapshot;
}

void loadCacheSnapshotAsync(const QString &path, const QString &backend, int recentEventLimit, QObject *context,
                            std::function<void(Result<CacheSnapshot>)> done)
{
    QPointer<QObject> receiver(context);
    QThread *thread = QThread::create([path, backend, recentEventLimit, receiver, done = std::move(done)] {
        auto result = std::make_shared<Result<CacheSnapshot>>(readCacheSnapshot(path, backend, recentEventLimit));
        if (receiver)
            QMetaObject::invokeMethod(receiver, [done, result] { done(std::move(*result)); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace warden
