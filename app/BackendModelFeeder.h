#pragma once

#include "cache/CacheBatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace warden {

class BackendSession;
struct ConsoleModels;

// Carries what one backend committed to its cache into the shared models: events by seq range, and devices,
// sites and owners when they changed. Everything is read on the cache writer's thread (after the commit it
// follows), so the UI shows exactly what is stored and never parses or queries on its own thread. The first load
// (and any wholesale replacement, gateway or link change) reads the whole inventory, the register's table built
// there by DeviceTableLoader; after that a commit that touched some devices reads only those devices.
class BackendModelFeeder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendModelFeeder)
public:
    BackendModelFeeder(BackendSession *session, ConsoleModels *models, QObject *parent = nullptr);

    // Owner names are personal data: shown only when the logged-in role allows it.
    void setOwnersVisible(bool visible);

    // Above this many changed devices waiting, one full read is cheaper than reading them by id.
    static constexpr qsizetype MaxIncrementalDevices = 50'000;

signals:
    // An inventory read was applied to the models (full: the whole inventory). For tests.
    void inventoryApplied(bool full);

private:
    // What commits changed since the last inventory read started.
    struct Pending {
        bool full = false;
        bool sites = false;
        bool owners = false;
        QStringList deviceIds;
        QStringList deletedDeviceIds;
        bool isEmpty() const { return !full && !sites && !owners && deviceIds.isEmpty() && deletedDeviceIds.isEmpty(); }
    };
    void onCommitted(const QString &backend, const CacheChange &change);
    void loadEvents(qint64 firstSeq, qint64 lastSeq);
    // Starts one inventory read for what is pending, unless one is running (it starts the next when it is back).
    void loadInventory();

    BackendSession *m_session;
    ConsoleModels *m_models;
    bool m_ownersVisible = false;
    bool m_inventoryLoading = false;
    bool m_loadedOnce = false;
    bool m_topologyBehind = false; // devices read during a sync not yet given to the topology
    Pending m_pending;
};

} // namespace warden
