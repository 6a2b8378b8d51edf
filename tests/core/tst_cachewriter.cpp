#include "cache/CacheWriter.h"

#include "CacheTestData.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace warden;

namespace {

CacheBatch eventBatch(qint64 first, qint64 last)
{
    CacheBatch batch;
    for (qint64 seq = first; seq <= last; ++seq)
        batch.events.append(test::makeEvent(seq));
    batch.lastSeq = last;
    return batch;
}

CacheChange changeAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<CacheChange>();
}

} // namespace

class TestCacheWriter final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void commitsOffTheCallingThread();
    void coalescesQueuedBatchesIntoOneTransaction();
    void jobsSeeEarlierBatches();
    void diskFullIsReportedAndStoreStaysUsable();
    void badBatchInAGroupDoesNotSinkTheOthers();
    void openFailureIsReported();
    void destructionFinishesQueuedWork();
    void submitsFromManyThreadsAllArrive();

private:
    // Blocks the writer thread until released, so batches pile up in its queue deterministically.
    void blockWriter(CacheWriter &writer, QSemaphore &entered, QSemaphore &release);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCacheWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("writer.sqlite"));
}

void TestCacheWriter::blockWriter(CacheWriter &writer, QSemaphore &entered, QSemaphore &release)
{
    writer.post([&entered, &release](CacheStore *) {
        entered.release();
        release.acquire();
    });
    QVERIFY(entered.tryAcquire(1, 10000));
}

void TestCacheWriter::commitsOffTheCallingThread()
{
    CacheWriter writer(m_path);
    QSignalSpy opened(&writer, &CacheWriter::opened);
    QSignalSpy committed(&writer, &CacheWriter::committed);
    QSignalSpy failed(&writer, &CacheWriter::failed);
    QThread *deliveredOn = nullptr;
    connect(&writer, &CacheWriter::committed, this, [&deliveredOn] { deliveredOn = QThread::currentThread(); });

    CacheBatch batch = eventBatch(1, 50);
    for (int i = 0; i < 20; ++i)
        batch.devices.append(test::makeDevice(i));
    batch.meta.insert(QStringLiteral("synced_at"), QStringLiteral("2024-05-01T10:00:00Z"));
    writer.submit(batch);

    std::atomic<QThread *> ranOn = nullptr;
    std::atomic<bool> hadStore = false;
    writer.post([&ranOn, &hadStore](CacheStore *store) {
        hadStore = store != nullptr;
        ranOn = QThread::currentThread();
    });
    QVERIFY(writer.waitForIdle(10000));
    QVERIFY(hadStore.load());
    QVERIFY(ranOn.load() != nullptr);
    QVERIFY(ranOn.load() != QThread::currentThread());

    QTRY_COMPARE(committed.size(), 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(deliveredOn, QThread::currentThread()); // signals arrive in the writer's own thread
    const CacheChange change = changeAt(committed, 0);
    QCOMPARE(change.devices, 20);
    QCOMPARE(change.events, 50);
    QCOMPARE(change.firstSeq, 1);
    QCOMPARE(change.lastSeq, 50);
    QCOMPARE(change.streamSeq, 50);
    QCOMPARE(change.batches, 1);
    QCOMPARE(change.changedDeviceIds.size(), 20);

    Result<std::unique_ptr<CacheStore>> reader = CacheStore::open(m_path);
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    QCOMPARE(reader.value()->eventCount().value(), 50);
    QCOMPARE(reader.value()->loadDevices().value().size(), 20);
    QCOMPARE(reader.value()->meta(QStringLiteral("synced_at")).value(), QStringLiteral("2024-05-01T10:00:00Z"));
}

void TestCacheWriter::coalescesQueuedBatchesIntoOneTransaction()
{
    CacheWriter writer(m_path);
    QSignalSpy committed(&writer, &CacheWriter::committed);
    QSemaphore entered;
    QSemaphore release;
    blockWriter(writer, entered, release);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i)
        writer.submit(eventBatch(i * 10 + 1, i * 10 + 10));
    QVERIFY2(timer.elapsed() < 2000, "submit() waited for the busy writer");
    QCOMPARE(writer.pendingCount(), 10);
    release.release();

    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(writer.pendingCount(), 0);
    QTRY_COMPARE(committed.size(), 1);
    QTest::qWait(50); // nothing else trickles in
    QCOMPARE(committed.size(), 1);
    const CacheChange change = changeAt(committed, 0);
    QCOMPARE(change.batches, 10);
    QCOMPARE(change.events, 100);
    QCOMPARE(change.firstSeq, 1);
    QCOMPARE(change.lastSeq, 100);
    QCOMPARE(change.streamSeq, 100);
}

void TestCacheWriter::jobsSeeEarlierBatches()
{
    CacheWriter writer(m_path);
    writer.submit(eventBatch(1, 30));
    std::atomic<qint64> seen = -1;
    writer.post([&seen](CacheStore *store) { seen = store ? store->eventCount().value() : -2; });
    writer.submit(eventBatch(31, 40));
    std::atomic<qint64> seenLater = -1;
    writer.post([&seenLater](CacheStore *store) { seenLater = store ? store->lastStreamSeq().value() : -2; });
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(seen.load(), 30);
    QCOMPARE(seenLater.load(), 40);
}

void TestCacheWriter::diskFullIsReportedAndStoreStaysUsable()
{
    CacheWriter writer(m_path);
    QSignalSpy committed(&writer, &CacheWriter::committed);
    QSignalSpy failed(&writer, &CacheWriter::failed);
    writer.submit(eventBatch(1, 10));
    // Cap the file a few pages above its current size: the next big batch cannot fit (SQLITE_FULL).
    // (QVERIFY belongs to the test thread; jobs report through atomics.)
    std::atomic<bool> capped = false;
    writer.post([&capped](CacheStore *store) {
        SqliteDatabase &database = store->database();
        const qint64 pages = database.queryInt64(QStringLiteral("PRAGMA page_count")).value();
        capped = database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)).ok();
    });
    CacheBatch big = eventBatch(11, 3000);
    for (int i = 0; i < 3000; ++i)
        big.devices.append(test::makeDevice(i));
    writer.submit(big);
    QVERIFY(writer.waitForIdle(20000));
    QVERIFY(capped.load());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(committed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("database or disk is full")), qPrintable(message));
    QVERIFY2(message.contains(m_path), qPrintable(message));

    // Nothing of the failed batch is stored; after space is freed the same batch goes through.
    std::atomic<qint64> eventsAfterFailure = -1;
    std::atomic<bool> uncapped = false;
    writer.post([&eventsAfterFailure, &uncapped](CacheStore *store) {
        eventsAfterFailure = store->eventCount().value();
        uncapped = !store->database().inTransaction()
            && store->database().exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok();
    });
    writer.submit(big);
    QVERIFY(writer.waitForIdle(20000));
    QCOMPARE(eventsAfterFailure.load(), 10);
    QVERIFY(uncapped.load());
    QTRY_COMPARE(committed.size(), 2);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(changeAt(committed, 1).devices, 3000);
    QCOMPARE(changeAt(committed, 1).streamSeq, 3000);

    std::atomic<bool> sound = false;
    writer.post([&sound](CacheStore *store) {
        Result<QStringList> problems = store->integrityCheck();
        sound = problems.ok() && problems.value().isEmpty() && store->eventCount().value() == 3000;
    });
    QVERIFY(writer.waitForIdle(20000));
    QVERIFY(sound.load());
}

void TestCacheWriter::badBatchInAGroupDoesNotSinkTheOthers()
{
    const QList<AuditEntry> chain = test::makeAuditChain(0, 2);
    CacheWriter writer(m_path);
    QSignalSpy committed(&writer, &CacheWriter::committed);
    QSignalSpy failed(&writer, &CacheWriter::failed);
    CacheBatch audit;
    audit.backendAudit = chain;
    writer.submit(audit);
    QVERIFY(writer.waitForIdle(10000));

    QSemaphore entered;
    QSemaphore release;
    blockWriter(writer, entered, release);
    writer.submit(eventBatch(1, 5));
    CacheBatch bad = eventBatch(6, 8);
    AuditEntry rewritten = chain.at(1);
    rewritten.hash = QByteArray(32, '\x07');
    bad.backendAudit = {rewritten};
    writer.submit(bad);
    writer.submit(eventBatch(9, 12));
    release.release();
    QVERIFY(writer.waitForIdle(10000));

    QTRY_COMPARE(committed.size(), 3); // the audit batch, then the two good ones, one transaction each
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("Audit entry 1 differs")),
             qPrintable(failed.at(0).at(0).toString()));
    std::atomic<qint64> events = -1;
    writer.post([&events](CacheStore *store) { events = store->eventCount().value(); });
    QVERIFY(writer.waitForIdle(10000));
    QCOMPARE(events.load(), 9); // 1..5 and 9..12; 6..8 went down with the bad batch
}

void TestCacheWriter::openFailureIsReported()
{
    const QByteArray text("not a cache\n");
    QVERIFY(test::writeFile(m_path, text));
    CacheWriter writer(m_path);
    QSignalSpy opened(&writer, &CacheWriter::opened);
    QSignalSpy failed(&writer, &CacheWriter::failed);
    writer.submit(eventBatch(1, 3));
    std::atomic<bool> gotNull = false;
    writer.post([&gotNull](CacheStore *store) { gotNull = store == nullptr; });
    QVERIFY(writer.waitForIdle(10000));
    QVERIFY(gotNull.load());
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(opened.size(), 0);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("is not a Warden cache")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY2(failed.at(1).at(0).toString().startsWith(QStringLiteral("The cache is not open")),
             qPrintable(failed.at(1).at(0).toString()));
    QCOMPARE(test::fileBytes(m_path), text);
}

void TestCacheWriter::destructionFinishesQueuedWork()
{
    {
        CacheWriter writer(m_path);
        for (int i = 0; i < 20; ++i)
            writer.submit(eventBatch(i * 50 + 1, i * 50 + 50));
    } // no waitForIdle: the destructor must not drop queued batches
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(m_path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE(store.value()->eventCount().value(), 1000);
    QCOMPARE(store.value()->lastStreamSeq().value(), 1000);
}

void TestCacheWriter::submitsFromManyThreadsAllArrive()
{
    CacheWriter writer(m_path);
    QSignalSpy committed(&writer, &CacheWriter::committed);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&writer, t] {
            for (int i = 0; i < 25; ++i) {
                CacheBatch batch;
                batch.devices = {test::makeDevice(t * 1000 + i)};
                writer.submit(batch);
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QVERIFY(writer.waitForIdle(10000));
    int devices = 0;
    int batches = 0;
    QTRY_VERIFY([&] {
        devices = 0;
        batches = 0;
        for (int i = 0; i < committed.size(); ++i) {
            devices += changeAt(committed, i).devices;
            batches += changeAt(committed, i).batches;
        }
        return batches == 100;
    }());
    QCOMPARE(devices, 100);
}

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
