#pragma once

#include "inventory/DeviceTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace warden {

class CacheStore;

// Reads one backend's devices from its cache file straight into a DeviceTable: column reads through the SQLite C API,
// the repetitive columns (class, vendor, site, gateway...) interned from their UTF-8 bytes so most rows decode no
// text there, no Device object per row, the id index built once at the end on both cores. Meant for the cache
// writer's thread, so the UI thread only swaps or merges the finished table (DeviceRegisterModel::mergeTable).
// Gives the same rows as CacheStore::loadDevices() + DeviceTable::upsert, in the same order.
// Not responsible for threading (CacheWriter, StoreQuery) nor for keeping a table up to date.
class DeviceTableLoader {
    Q_DECLARE_TR_FUNCTIONS(DeviceTableLoader)

public:
    // Every device of the cache, as rows of backend, in the cache's insertion order.
    static Result<DeviceTable> load(CacheStore &store, const QString &backend);
    // Only the devices with these ids (ids the cache does not hold are skipped; duplicates are read once): what a
    // commit changed. One statement per 500 ids.
    static Result<DeviceTable> load(CacheStore &store, const QString &backend, const QStringList &ids);
};

} // namespace warden
