#include "cache/CacheStore.h"

#include "CacheTestData.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace warden;

namespace {

// When set, this executable is the child: it writes batches to the named cache until it is killed.
constexpr char ChildVariable[] = "WARDEN_CACHE_CRASH_CHILD";

// Writes batches forever. Each batch: a random number of events continuing the stream, each tagged with the batch's
// last seq, 40 device upserts whose revision is that seq, and the same seq in meta. After every commit it prints
// "committed <seq>" so the parent knows what must survive.
int runChild(const QString &path)
{
    Result<std::unique_ptr<CacheStore>> opened = CacheStore::open(path);
    if (!opened.ok()) {
        std::printf("error %s\n", qPrintable(opened.errorMessage()));
        return 2;
    }
    CacheStore &store = *opened.value();
    qint64 seq = store.lastStreamSeq().value();
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    while (true) {
        const qint64 end = seq + random.bounded(1, 600);
        CacheBatch batch;
        for (qint64 s = seq + 1; s <= end; ++s) {
            ThreatEvent event = test::makeEvent(s);
            event.details = QJsonObject{{QStringLiteral("batch_end"), end}};
            batch.events.append(event);
        }
        for (int i = 0; i < 40; ++i) {
            Device device = test::makeDevice((end + i) % 500);
            device.revision = end;
            batch.devices.append(device);
        }
        batch.lastSeq = end;
        batch.meta.insert(QStringLiteral("last_batch"), QString::number(end));
        Result<CacheChange> change = store.apply(batch);
        if (!change.ok()) {
            std::printf("error %s\n", qPrintable(change.errorMessage()));
            std::fflush(stdout);
            return 3;
        }
        seq = end;
        std::printf("committed %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}

} // namespace

class TestCacheCrash final : public QObject {
    Q_OBJECT

private slots:
    void killedWriterLosesNoCommittedBatch();

private:
    // Checks the file after a crash; returns the stored stream position, or -1 after a failed check.
    qint64 verifyCache(const QString &path, qint64 reported);
};

qint64 TestCacheCrash::verifyCache(const QString &path, qint64 reported)
{
    Result<std::unique_ptr<CacheStore>> opened = CacheStore::open(path);
    [&] { QVERIFY2(opened.ok(), qPrintable(opened.errorMessage())); }();
    if (!opened.ok())
        return -1;
    CacheStore &store = *opened.value();
    Result<QStringList> problems = store.integrityCheck();
    [&] {
        QVERIFY2(problems.ok(), qPrintable(problems.errorMessage()));
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(u'\n')));
    }();

    const qint64 last = store.lastStreamSeq().value();
    SqliteDatabase &database = store.database();
    const qint64 count = database.queryInt64(QStringLiteral("SELECT count(*) FROM events")).value();
    const qint64 minSeq = database.queryInt64(QStringLiteral("SELECT coalesce(min(seq), 0) FROM events")).value();
    const qint64 maxSeq = database.queryInt64(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events")).value();
    // Every batch's events are all there: per batch_end tag, the events are exactly (previous end, end].
    const qint64 brokenBatches =
        database
            .queryInt64(QStringLiteral(
                "SELECT count(*) FROM (SELECT json_extract(details, '$.batch_end') AS b, max(seq) AS mx, min(seq) AS "
                "mn, count(*) AS c FROM events GROUP BY b) WHERE mx != b OR c != mx - mn + 1"))
            .value();
    const qint64 maxRevision = database.queryInt64(QStringLiteral("SELECT coalesce(max(revision), 0) FROM devices"))
                                   .value();
    const QString lastBatch = store.meta(QStringLiteral("last_batch")).value();

    [&] {
        QVERIFY2(last >= reported, qPrintable(QStringLiteral("stored %1 < reported %2").arg(last).arg(reported)));
        QCOMPARE(count, last); // contiguous 1..last, nothing missing, nothing extra
        QCOMPARE(maxSeq, last);
        QCOMPARE(minSeq, last > 0 ? 1 : 0);
        QCOMPARE(brokenBatches, 0);
        QCOMPARE(maxRevision, last); // devices of the last batch committed with its events
        QCOMPARE(lastBatch, last > 0 ? QString::number(last) : QString());
    }();
    return QTest::currentTestFailed() ? -1 : last;
}

void TestCacheCrash::killedWriterLosesNoCommittedBatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), path);

    qint64 stored = 0;
    int killedWithCommits = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        if (round > 0) {
            // Let it commit a few batches (it resumes where the last child stopped), then kill it at a random point.
            QByteArray output;
            while (!output.contains("committed") && child.state() == QProcess::Running) {
                child.waitForReadyRead(10000);
                output += child.peek(child.bytesAvailable());
            }
            QVERIFY2(output.contains("committed"), output.constData());
            QTest::qWait(int(QRandomGenerator::global()->bounded(20, 250)));
        } // round 0: killed at once, possibly while creating or migrating the file
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        qint64 reported = 0;
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.startsWith("error"), line.constData());
            if (!line.startsWith("committed "))
                continue;
            const qint64 seq = line.mid(10).toLongLong();
            QVERIFY2(seq > reported && seq > 0, line.constData());
            reported = seq;
        }
        if (reported > 0) {
            QVERIFY2(reported > stored, "the child did not continue the stream where the cache stood");
            ++killedWithCommits;
        }
        const qint64 after = verifyCache(path, qMax(reported, stored));
        qDebug("round %d: child reported %lld, cache holds %lld", round, static_cast<long long>(reported), static_cast<long long>(after));
        if (after < 0)
            return;
        stored = after;
    }
    QVERIFY(killedWithCommits >= 5);
    QVERIFY(stored > 0);
}

// A custom main instead of QTEST_GUILESS_MAIN: the test re-launches its own executable as the writer it kills, so
// no extra helper program has to be built.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray childPath = qgetenv(ChildVariable);
    if (!childPath.isEmpty())
        return runChild(QString::fromLocal8Bit(childPath));
    TestCacheCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cachecrash.moc"
