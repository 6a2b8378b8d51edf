// bench_ingest: wire-format JSON event frames -> parsed and validated -> committed to the SQLite cache, against the
// sqlite3 command-line tool importing the same rows as CSV into the same table shape (the practical ceiling of
// SQLite here). Prints {"measures": [...]} (bench/README.md). Usage: bench_ingest [EVENTS]
#include "BenchReport.h"
#include "cache/CacheStore.h"
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

#include <cstdio>

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

    // Ours: StreamFrame::parse (strict validation) + one transaction per frame, as the stream client and cache writer
    // do (the writer folds waiting frames into one transaction, so one per frame is the slow end).
    auto store = CacheStore::open(dir.filePath(QStringLiteral("ours.sqlite")));
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    qint64 stored = 0;
    const double oursMs = millisecondsOf([&] {
        for (const QByteArray &frame : std::as_const(frames)) {
            // The stream client's own parser: frame shape, every event validated, seq contiguous inside the frame.
            Result<StreamFrame> parsed = StreamFrame::parse(frame);
            if (!parsed.ok()) {
                std::fprintf(stderr, "invalid frame: %s\n", qPrintable(parsed.errorMessage()));
                return;
            }
            CacheBatch batch;
            batch.events = std::move(parsed.value().events);
            batch.lastSeq = batch.events.last().seq;
            const auto change = store.value()->apply(batch);
            if (!change.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(change.errorMessage()));
                return;
            }
            stored += change->events;
        }
    });
    if (stored != count)
        std::fprintf(stderr, "warning: stored %lld of %lld events\n", stored, count);

    // Baseline: sqlite3 CLI .import of the same rows into the same table shape and indexes.
    std::optional<double> baselineMs;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        const QString script = QStringLiteral(
            "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
            "CREATE TABLE events (seq INTEGER PRIMARY KEY NOT NULL, time_ms INTEGER, device_id TEXT NOT NULL, "
            "type INTEGER NOT NULL, severity INTEGER NOT NULL, source TEXT NOT NULL, destination TEXT NOT NULL, details TEXT);\n"
            "CREATE INDEX events_time ON events (time_ms);\nCREATE INDEX events_device ON events (device_id);\n"
            ".mode csv\n.import %1 events\n").arg(csv.fileName());
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(sqlite3, {dir.filePath(QStringLiteral("baseline.sqlite"))});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        if (process.exitCode() == 0)
            baselineMs = double(timer.nsecsElapsed()) / 1e6;
        else
            std::fprintf(stderr, "sqlite3 failed: %s\n", process.readAllStandardError().constData());
    }

    BenchReport report;
    const auto perSecond = [count](double ms) { return double(count) * 1000.0 / ms; };
    report.add({QStringLiteral("ingest.events_per_s"), QStringLiteral("events/s"), perSecond(oursMs),
                baselineMs ? std::optional<double>(perSecond(*baselineMs)) : std::nullopt,
                QStringLiteral("sqlite3 CLI .import of the same rows as CSV"), Better::Higher});
    report.add({QStringLiteral("ingest.events"), QStringLiteral("count"), double(count), std::nullopt, QString(), Better::Higher});
    report.print();
    return 0;
}
