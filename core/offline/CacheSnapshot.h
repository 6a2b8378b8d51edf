#pragma once

#include "domain/Approval.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/Gateway.h"
#include "domain/Incident.h"
#include "domain/Licence.h"
#include "domain/Link.h"
#include "domain/Site.h"
#include "domain/ThreatEvent.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace warden {

// Everything the console shows, as read from one backend's cache file: used to open a cache with no network
// (--offline) and to show cached data at once while a live connection is still being made.
struct CacheSnapshot {
    QString backend;
    QString path;
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Link> links;
    QList<Device> devices;
    QList<Owner> owners; // empty when the personal-data key is not available
    QList<ThreatEvent> recentEvents; // newest first, at most the requested window
    QList<Incident> incidents;
    QList<Licence> licences;
    QList<Firmware> firmware;
    QList<Campaign> campaigns;
    QList<Approval> approvals;
    qint64 eventCount = 0;
    qint64 lastSeq = 0;
    QDateTime syncedAt; // when the cache last heard from its backend; invalid if never
};

// Reads a CacheSnapshot from a cache file (never modifies it). Blocking: call it off the UI thread.
Result<CacheSnapshot> readCacheSnapshot(const QString &path, const QString &backend, int recentEventLimit);

// Reads on a worker thread and delivers the result on `context`'s thread. The context going away cancels delivery.
void loadCacheSnapshotAsync(const QString &path, const QString &backend, int recentEventLimit, QObject *context,
                            std::function<void(Result<CacheSnapshot>)> done);

} // namespace warden
