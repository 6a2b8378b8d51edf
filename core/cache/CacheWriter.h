#pragma once

#include "cache/CacheBatch.h"
#include "cache/CacheStore.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <variant>

namespace warden {

// Writes batches to one cache file on its own thread so no caller ever waits for the disk. Owns the thread and the
// CacheStore (opened and used only on that thread). Batches submitted from any thread are applied in order; when
// several are waiting they are folded into one transaction. Results come back as signals, emitted in the thread
// the writer lives in. A failed transaction is rolled back completely and the writer stays usable, so the caller
// can resubmit. Not responsible for deciding what to write or for reading at startup (open a CacheStore for that).
class CacheWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheWriter)

public:
    // Starts the thread and opens the store on it; opened() or failed() reports the outcome.
    explicit CacheWriter(const QString &path, const CacheStoreOptions &options = {}, QObject *parent = nullptr);
    // Finishes everything already submitted, closes the file and joins the thread.
    ~CacheWriter() override;

    // Thread-safe and non-blocking.
    void submit(CacheBatch batch);
    // Runs job on the writer's thread after everything submitted before it; the store is null if it failed to open.
    // For queries that must see all earlier batches (e.g. paging events) and for maintenance.
    void post(std::function<void(CacheStore *store)> job);

    // Blocks until everything submitted so far has been processed. For shutdown and tests, never for the UI thread.
    bool waitForIdle(int timeoutMs = -1);
    // Batches and jobs queued and not yet started.
    int pendingCount() const;
    QString path() const { return m_path; }

signals:
    void opened();
    void committed(const warden::CacheChange &change);
    void failed(const QString &message);

private:
    using Job = std::function<void(CacheStore *)>;
    using Item = std::variant<CacheBatch, Job>;

    void enqueue(Item item);
    void open(); // on the writer thread
    void drain(); // on the writer thread
    void commitGroup(const QList<CacheBatch> &group);
    void report(const CacheChange &change);
    void reportFailure(const QString &message);

    const QString m_path;
    const CacheStoreOptions m_options;
    QThread m_thread;
    std::unique_ptr<QObject> m_threadContext; // lives on m_thread: queued calls to it run there
    std::unique_ptr<CacheStore> m_store;      // touched only on m_thread
    QString m_openError;                      // touched only on m_thread

    mutable QMutex m_mutex;
    QWaitCondition m_idle;
    QList<Item> m_queue;
    bool m_drainScheduled = false;
    bool m_busy = false;
};

} // namespace warden
