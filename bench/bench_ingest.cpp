// bench_ingest: wire-format JSON event frames -> parsed and validated -> committed to the SQLite cache, against the
// sqlite3 command-line tool importing the same rows as CSV into the same table shape (the practical ceiling of
// SQLite here). Prints {"measures": [...]} (bench/README.md). Usage: bench_ingest [EVENTS]
// Measures: the console's pipeline (parse on one thread, commit on the cache writer's, waiting frames folded) in wall
// and CPU time, the slow end (one thread, one transaction per frame), and the parse alone.
#include "BenchReport.h"
#include "cache/CacheStore.h"
#include "cache/CacheWriter.h"
#include "domain/ThreatEvent.h"
#include "fleet/StreamFrame.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

#include <sys/resource.h>

using namespace warden;
using namespace warden::bench;

namespace {

constexpr int EventsPerFrame = 1000;

ThreatEvent makeEvent(qint64 seq)
{
    ThreatEvent event;
    event.seq = seq;
    event.time = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000 + seq * 3, Qt::UTC);
    event.deviceId = QStringLiteral("dev-%1").arg(seq * 7919 % 100'000, 6, 10, QLatin1Char('0'));
    event.type = ThreatType(seq % 10);
    event.severity = Severity(seq % 5);
    event.source = QStringLiteral("10.%1.%2.%3").arg(seq % 200).arg(seq % 250).arg(seq % 254 + 1);
    event.destination = QStringLiteral("dev-%1").arg(seq * 31 % 100'000, 6, 10, QLatin1Char('0'));
    event.details.insert(QStringLiteral("port"), int(seq % 65535));
    return event;
}

// User + system CPU time of this process (all threads) or of its waited-for children, in milliseconds.
double cpuMilliseconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;

    // The wire frames, exactly as the stream sends them, and the same rows as CSV for the baseline.
    QList<QByteArray> frames;
    QFile csv(dir.filePath(QStringLiteral("events.csv")));
    if (!csv.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv.fileName()));
        return 1;
    }
    for (qint64 first = 1; first <= count; first += EventsPerFrame) {
        QJsonArray events;
        QByteArray rows;
        for (qint64 seq = first; seq < std::min(count + 1, first + EventsPerFrame); ++seq) {
            const ThreatEvent event = makeEvent(seq);
            events.append(event.toJson());
            rows += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                        .arg(seq)
                        .arg(event.time.toMSecsSinceEpoch())
                        .arg(event.deviceId)
                        .arg(int(event.type))
                        .arg(int(event.severity))
                        .arg(event.source, event.destination,
                             csvField(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact))))
                        .toUtf8();
        }
        frames.append(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("events")},
                                                {QStringLiteral("events"), events}})
                          .toJson(QJsonDocument::Compact));
        csv.write(rows);
    }
    csv.close();

    // Ours, as the console runs it: StreamFrame::parse (strict validation of every event) on this thread, as the
    // stream client's parser thread does, and the commit on CacheWriter's thread, which folds the frames that wait
    // into one transaction. Two threads against the CLI's one, so the CPU time of both is reported as well.
    qint64 stored = 0;
    double parseMs = 0;
    double oursCpuMs = 0;
    const double oursMs = millisecondsOf([&] {
        const double cpuStart = cpuMilliseconds(RUSAGE_SELF);
        CacheWriter writer(dir.filePath(QStringLiteral("ours.sqlite")));
        for (const QByteArray &frame : std::as_const(frames)) {
            const auto parseStart = std::chrono::steady_clock::now();
            Result<StreamFrame> parsed = StreamFrame::parse(frame);
            parseMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - parseStart).count();
            if (!parsed.ok()) {
                std::fprintf(stderr, "invalid frame: %s\n", qPrintable(parsed.errorMessage()));
                return;
            }
            CacheBatch batch;
            batch.lastSeq = parsed.value().events.constLast().seq;
            batch.events = std::move(parsed.value().events);
            writer.submit(std::move(batch));
        }
        writer.waitForIdle();
        oursCpuMs = cpuMilliseconds(RUSAGE_SELF) - cpuStart;
    });
    CacheStoreOptions readOnly;
    readOnly.readOnly = true;
    if (auto store = CacheStore::open(dir.filePath(QStringLiteral("ours.sqlite")), readOnly); store.ok()) {
        if (const Result<qint64> events = store.value()->eventCount(); events.ok())
            stored = events.value();
    }
    if (stored != count)
        std::fprintf(stderr, "warning: stored %lld of %lld events\n", stored, count);

    // The slow end: one thread, one transaction per frame (what the writer does when frames arrive slower than it
    // commits them).
    qint64 storedOneByOne = 0;
    const double frameCommitsMs = millisecondsOf([&] {
        auto store = CacheStore::open(dir.filePath(QStringLiteral("frames.sqlite")));
        if (!store.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
            return;
        }
        for (const QByteArray &frame : std::as_const(frames)) {
            Result<StreamFrame> parsed = StreamFrame::parse(frame);
            if (!parsed.ok())
                return;
            CacheBatch batch;
            batch.lastSeq = parsed.value().events.constLast().seq;
            batch.events = std::move(parsed.value().events);
            const auto change = store.value()->apply(batch);
            if (!change.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(change.errorMessage()));
                return;
            }
            storedOneByOne += change->events;
        }
    });
    if (storedOneByOne != count)
        std::fprintf(stderr, "warning: stored %lld of %lld events one frame at a time\n", storedOneByOne, count);

    // Baseline: sqlite3 CLI .import of the same rows into the same table shape and indexes.
    std::optional<double> baselineMs;
    std::optional<double> baselineCpuMs;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        const QString script = QStringLiteral(
            "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
            "CREATE TABLE events (seq INTEGER PRIMARY KEY NOT NULL, time_ms INTEGER, device_id TEXT NOT NULL, "
            "type INTEGER NOT NULL, severity INTEGER NOT NULL, source TEXT NOT NULL, destination TEXT NOT NULL, details TEXT);\n"
            "CREATE INDEX events_time ON events (time_ms);\nCREATE INDEX events_device ON events (device_id);\n"
            ".mode csv\n.import %1 events\n").arg(csv.fileName());
        QProcess process;
        const double childCpuStart = cpuMilliseconds(RUSAGE_CHILDREN);
        QElapsedTimer timer;
        timer.start();
        process.start(sqlite3, {dir.filePath(QStringLiteral("baseline.sqlite"))});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        if (process.exitCode() == 0) {
            baselineMs = double(timer.nsecsElapsed()) / 1e6;
            baselineCpuMs = cpuMilliseconds(RUSAGE_CHILDREN) - childCpuStart;
        } else {
            std::fprintf(stderr, "sqlite3 failed: %s\n", process.readAllStandardError().constData());
        }
    }

    BenchReport report;
    const auto perSecond = [count](double ms) { return double(count) * 1000.0 / ms; };
    const auto perSecondOf = [&](const std::optional<double> &ms) {
        return ms ? std::optional<double>(perSecond(*ms)) : std::nullopt;
    };
    const QString cli = QStringLiteral("sqlite3 CLI .import of the same rows as CSV");
    report.add({QStringLiteral("ingest.events_per_s"), QStringLiteral("events/s"), perSecond(oursMs),
                perSecondOf(baselineMs), cli, Better::Higher});
    report.add({QStringLiteral("ingest.events_per_cpu_s"), QStringLiteral("events/s"), perSecond(oursCpuMs),
                perSecondOf(baselineCpuMs), cli + QStringLiteral(" (CPU time)"), Better::Higher});
    report.add({QStringLiteral("ingest.frame_commits.events_per_s"), QStringLiteral("events/s"),
                perSecond(frameCommitsMs), perSecondOf(baselineMs), cli, Better::Higher});
    report.add({QStringLiteral("ingest.parse.events_per_s"), QStringLiteral("events/s"), perSecond(parseMs),
                std::nullopt, QString(), Better::Higher});
    report.add({QStringLiteral("ingest.events"), QStringLiteral("count"), double(count), std::nullopt, QString(), Better::Higher});
    report.print();
    return 0;
}
