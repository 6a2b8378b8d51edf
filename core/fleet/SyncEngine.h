#pragma once

#include "cache/CacheBatch.h"
#include "fleet/FleetApiClient.h"
#include "fleet/FleetClock.h"
#include "fleet/FleetError.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>

namespace warden {

class CacheWriter;

// How far a sync is, for the status bar.
struct SyncProgress {
    bool full = false;
    QString collection; // "devices", ...
    int stage = 0;      // 0-based index of the collection being read
    int stageCount = 0;
    qint64 itemsDone = 0;   // objects received so far (all collections)
    qint64 itemsTotal = -1; // -1: not known (the API has no counts)
    double itemsPerSecond = 0;
    int percent = 0; // by collection, weighted by their usual size
};

// How a sync ended. revision is what was stored as sync_revision (0 on failure).
struct SyncOutcome {
    bool full = false;
    bool cancelled = false;
    qint64 revision = 0;
    qint64 items = 0;
    std::optional<FleetError> error; // the backend or the network failed
    QString cacheError;              // the cache could not store a page
    bool ok() const { return !cancelled && !error && cacheError.isEmpty(); }
};

// Brings one backend's cache up to date over the paged REST API (fleet-api.md §4): a full sync of every collection
// the role may read (sites, gateways, links, devices, owners for operators, firmware, campaigns, licences,
// incidents, approvals, rules) when the cache has no sync revision, else a delta sync since that revision.
//
// Each page becomes one CacheBatch for the CacheWriter (a full sync replaces each table with its first page and
// removes the stored revision, so an interrupted full sync is redone); the revision to resume from, and the time,
// go into the batch of the very last page, so they commit together with it. finished() comes when that batch is
// committed. Reading waits while the writer has more than a few batches queued, so memory stays bounded.
// Not responsible for events (StreamClient) or for deciding when to sync (BackendSession).
class SyncEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    static const QString RevisionKey; // "sync_revision"
    static const QString SyncedAtKey; // "synced_at", ISO-8601 UTC
    static constexpr int MaxQueuedBatches = 4;

    SyncEngine(FleetApiClient *client, CacheWriter *writer, FleetClock *clock = FleetClock::system(),
               QObject *parent = nullptr);

    // since < 0: full sync; otherwise the revision stored after the previous sync. A running sync is cancelled.
    void start(qint64 since);
    void cancel();
    bool isRunning() const { return m_running; }
    SyncProgress progress() const { return m_progress; }

signals:
    void progressChanged(const warden::SyncProgress &progress);
    void finished(const warden::SyncOutcome &outcome);

private:
    struct Stage {
        QString collection;
        int weight;
        std::function<void(const QString &cursor)> fetch;
    };

    template <typename T>
    Stage stage(CacheEntity entity, int weight, std::function<void(CacheBatch &, Page<T> &)> fill);
    template <typename T>
    void fetchPage(CacheEntity entity, const std::function<void(CacheBatch &, Page<T> &)> &fill, const QString &cursor);
    void pageDone(CacheBatch batch, qint64 items, const QString &nextCursor);
    void continueWhenWriterHasRoom();
    void nextStage();
    void finish(SyncOutcome outcome);
    void updateProgress();
    void onCommitted(const CacheChange &change);
    void onWriterFailed(const QString &message);

    FleetApiClient *m_client;
    QPointer<CacheWriter> m_writer;
    FleetClock *m_clock;
    QList<Stage> m_stages;
    int m_stageIndex = 0;
    qint64 m_since = -1;
    qint64 m_revision = -1;   // lowest first-page revision over the collections read so far
    quint64 m_generation = 0; // bumps on start/cancel: late answers of an older run are ignored
    bool m_running = false;
    bool m_awaitingFinalCommit = false;
    std::function<void()> m_resume; // the next fetch, held back while the writer is busy
    qint64 m_startedMs = 0;
    SyncProgress m_progress;
};

} // namespace warden

Q_DECLARE_METATYPE(warden::SyncProgress)
Q_DECLARE_METATYPE(warden::SyncOutcome)
