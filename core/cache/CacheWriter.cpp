#include "cache/CacheWriter.h"

#include <QDeadlineTimer>
#include <QMetaObject>

namespace warden {

CacheWriter::CacheWriter(const QString &path, const CacheStoreOptions &options, QObject *parent)
    : QObject(parent), m_path(path), m_options(options), m_threadContext(std::make_unique<QObject>())
{
    // Counts as busy until the store is open, so waitForIdle() right after construction waits for the open.
    m_busy = true;
    m_thread.setObjectName(QStringLiteral("CacheWriter"));
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_threadContext.get(), [this] { open(); }, Qt::QueuedConnection);
}

CacheWriter::~CacheWriter()
{
    waitForIdle();
    // Close the file on the thread that used it, then stop that thread.
    QMetaObject::invokeMethod(m_threadContext.get(), [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheWriter::open()
{
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(m_path, m_options);
    if (store.ok()) {
        m_store = std::move(store).value();
        QMetaObject::invokeMethod(this, [this] { emit opened(); }, Qt::QueuedConnection);
    } else {
        m_openError = store.errorMessage();
        reportFailure(m_openError);
    }
    QMutexLocker locker(&m_mutex);
    m_busy = false;
    if (m_queue.isEmpty() && !m_drainScheduled)
        m_idle.wakeAll();
}

void CacheWriter::submit(CacheBatch batch)
{
    enqueue(Item(std::move(batch)));
}

void CacheWriter::post(std::function<void(CacheStore *)> job)
{
    enqueue(Item(std::move(job)));
}

void CacheWriter::enqueue(Item item)
{
    QMutexLocker locker(&m_mutex);
    m_queue.append(std::move(item));
    if (m_drainScheduled)
        return; // the pending drain picks this one up too: that is how batches get coalesced
    m_drainScheduled = true;
    QMetaObject::invokeMethod(m_threadContext.get(), [this] { drain(); }, Qt::QueuedConnection);
}

void CacheWriter::drain()
{
    QList<Item> items;
    {
        QMutexLocker locker(&m_mutex);
        items.swap(m_queue);
        m_drainScheduled = false;
        m_busy = true;
    }

    QList<CacheBatch> group;
    for (Item &item : items) {
        if (auto *batch = std::get_if<CacheBatch>(&item)) {
            group.append(std::move(*batch));
            continue;
        }
        commitGroup(group); // a job must see every batch submitted before it
        group.clear();
        std::get<Job>(item)(m_store.get());
    }
    commitGroup(group);

    QMutexLocker locker(&m_mutex);
    m_busy = false;
    if (m_queue.isEmpty() && !m_drainScheduled)
        m_idle.wakeAll();
}

void CacheWriter::commitGroup(const QList<CacheBatch> &group)
{
    if (group.isEmpty())
        return;
    if (!m_store) {
        reportFailure(tr("The cache is not open: %1").arg(m_openError));
        return;
    }
    Result<CacheChange> change = m_store->apply(group);
    if (change.ok()) {
        report(change.value());
        return;
    }
    if (group.size() == 1) {
        reportFailure(change.errorMessage());
        return;
    }
    // One bad batch must not take the others down with it: retry them one transaction each.
    for (const CacheBatch &batch : group) {
        Result<CacheChange> single = m_store->apply(batch);
        if (single.ok())
            report(single.value());
        else
            reportFailure(single.errorMessage());
    }
}

void CacheWriter::report(const CacheChange &change)
{
    QMetaObject::invokeMethod(this, [this, change] { emit committed(change); }, Qt::QueuedConnection);
}

void CacheWriter::reportFailure(const QString &message)
{
    QMetaObject::invokeMethod(this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

bool CacheWriter::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline = timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    QMutexLocker locker(&m_mutex);
    while (m_busy || m_drainScheduled || !m_queue.isEmpty()) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

int CacheWriter::pendingCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_queue.size());
}

} // namespace warden
