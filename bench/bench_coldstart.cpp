// bench_coldstart: the console started on a large cache (warden --offline CACHE), each start a fresh process.
// Measures, against baselines run in the same run on the same machine:
//   coldstart.first_frame     process start -> first painted frame of the console window, against a bare Qt widget
//                             application (QApplication + one 1440x900 QWidget) started the same way;
//   coldstart.cache_shown     process start -> first frame painted after the whole cache has been loaded into the
//                             models, against the sqlite3 CLI reading every device row of the same file;
//   memory.peak_rss           the console's peak RSS once the cache is shown, against the bare widget application's
//                             peak RSS plus the cache file's size (all of the data held once, as SQLite stores it);
//   memory.bytes_per_device   (console peak RSS - bare application peak RSS) / devices, against the cache file's
//                             bytes per device.
// Prints {"measures": [...]} (bench/README.md). Usage: bench_coldstart [DEVICES] [EVENTS] (default 1,000,000 each).
// The child modes (--child-console CACHE T0, --child-bare T0) are what the bench starts; T0 is the parent's
// steady-clock time just before the start, so the child reports process start -> frame without pipe latency.
#include "BenchReport.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "cache/CacheStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

using namespace warden;
using namespace warden::bench;

namespace {

constexpr int Runs = 3;

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Reports the first paint of any widget, and (once armed) the first paint after that, as milliseconds since t0.
class PaintWatcher final : public QObject {
public:
    explicit PaintWatcher(qint64 t0Ns) : m_t0Ns(t0Ns) {}

    std::function<void(double ms)> onFirstPaint;
    std::function<void(double ms)> onArmedPaint;
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const double ms = double(steadyNowNs() - m_t0Ns) / 1e6;
            if (!m_firstSeen) {
                m_firstSeen = true;
                if (onFirstPaint)
                    onFirstPaint(ms);
            }
            if (m_armed) {
                m_armed = false;
                if (onArmedPaint)
                    onArmedPaint(ms);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_t0Ns;
    bool m_firstSeen = false;
    bool m_armed = false;
};

void say(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

int runBare(int argc, char *argv[], qint64 t0Ns)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1440, 900);
    PaintWatcher watcher(t0Ns);
    watcher.onFirstPaint = [](double ms) {
        say("first_frame", ms);
        // Let the paint finish before reading the peak, as the console's figure is read after its paints.
        QTimer::singleShot(0, qApp, [] {
            say("peak_rss_mib", peakRssMiB());
            QApplication::exit(0);
        });
    };
    app.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}

int runConsole(int argc, char *argv[], const QString &cache, qint64 t0Ns)
{
    QApplication app(argc, argv);
    ConsoleModels models;
    MainWindow window(&models);
    window.resize(1440, 900);
    ConsoleController controller(&models, &window);
    PaintWatcher watcher(t0Ns);
    watcher.onFirstPaint = [](double ms) { say("first_frame", ms); };
    watcher.onArmedPaint = [](double ms) {
        say("cache_shown", ms);
        QTimer::singleShot(0, qApp, [] {
            say("peak_rss_mib", peakRssMiB());
            QApplication::exit(0);
        });
    };
    QObject::connect(&controller, &ConsoleController::snapshotApplied, &window, [&watcher, &window] {
        watcher.arm();
        window.update(); // a frame is painted even if nothing visible changed
    });
    QObject::connect(&controller, &ConsoleController::failed, &window, [](const QString &message) {
        std::fprintf(stderr, "console failed: %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    app.installEventFilter(&watcher);
    controller.openOffline(cache);
    window.show();
    return QApplication::exec();
}

// Starts this program in a child mode and returns what it said ("key value" lines).
std::optional<QHash<QString, double>> runChild(const QStringList &modeArguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments = modeArguments;
    arguments.append(QString::number(steadyNowNs()));
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed\n", qPrintable(modeArguments.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    QHash<QString, double> values;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 2)
            values.insert(QString::fromLatin1(words.at(0)), words.at(1).toDouble());
    }
    return values;
}

QList<Device> makeDevices(int first, int count)
{
    static const QStringList classes = {QStringLiteral("ip_camera"), QStringLiteral("door_controller"),
                                        QStringLiteral("hvac_controller"), QStringLiteral("plc"),
                                        QStringLiteral("smart_meter"), QStringLiteral("infusion_pump")};
    QList<Device> devices;
    devices.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Device device;
        device.id = QStringLiteral("dev-%1").arg(i, 7, 10, QLatin1Char('0'));
        device.deviceClass = classes.at(i % classes.size());
        device.name = QStringLiteral("%1 %2").arg(device.deviceClass).arg(i * 7919 % 100000);
        device.vendor = QStringLiteral("Vendor %1").arg(i % 12);
        device.model = QStringLiteral("M%1").arg(i % 40);
        device.firmwareVersion = QStringLiteral("%1.%2.%3").arg(1 + i % 3).arg(i % 10).arg(i % 5);
        device.siteId = QStringLiteral("site-%1").arg(i % 400, 3, 10, QLatin1Char('0'));
        device.gatewayId = QStringLiteral("gw-%1").arg(i % 25000, 5, 10, QLatin1Char('0'));
        device.segment = QStringLiteral("seg-%1").arg(i % 50);
        device.ownerRef = QStringLiteral("own-%1").arg(i % 200000);
        device.riskScore = i * 31 % 101;
        device.status = DeviceStatus(i % 3);
        device.lastSeen = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000 + qint64(i) * 997 % 86'400'000, Qt::UTC);
        device.capabilities.safetyCritical = device.deviceClass == QStringLiteral("infusion_pump");
        devices.append(device);
    }
    return devices;
}

bool writeCache(const QString &path, int deviceCount, qint64 eventCount)
{
    CacheStoreOptions options;
    options.backend = QFileInfo(path).completeBaseName(); // what warden --offline calls the backend
    auto store = CacheStore::open(path, options);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return false;
    }
    constexpr int Chunk = 50'000;
    for (int first = 0; first < deviceCount; first += Chunk) {
        CacheBatch batch;
        batch.devices = makeDevices(first, std::min(Chunk, deviceCount - first));
        if (const auto applied = store.value()->apply(batch); !applied.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.errorMessage()));
            return false;
        }
    }
    for (qint64 first = 1; first <= eventCount; first += Chunk) {
        CacheBatch batch;
        for (qint64 seq = first; seq < std::min(eventCount + 1, first + Chunk); ++seq) {
            ThreatEvent event;
            event.seq = seq;
            event.time = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000 + seq * 3, Qt::UTC);
            event.deviceId = QStringLiteral("dev-%1").arg(seq * 7919 % std::max(1, deviceCount), 7, 10, QLatin1Char('0'));
            event.type = ThreatType(seq % 10);
            event.severity = Severity(seq % 5);
            batch.events.append(event);
        }
        batch.lastSeq = batch.events.last().seq;
        if (const auto applied = store.value()->apply(batch); !applied.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.errorMessage()));
            return false;
        }
    }
    return true;
}

double medianOfKey(const QList<QHash<QString, double>> &runs, const QString &key)
{
    QList<double> values;
    for (const auto &run : runs)
        values.append(run.value(key));
    return medianOf(values);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child-bare") == 0)
        return runBare(argc, argv, QByteArray(argv[2]).toLongLong());
    if (argc >= 4 && qstrcmp(argv[1], "--child-console") == 0)
        return runConsole(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());

    QCoreApplication app(argc, argv);
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    const qint64 events = argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("coldstart.sqlite"));
    QElapsedTimer writing;
    writing.start();
    if (!writeCache(cache, devices, events))
        return 1;
    std::fprintf(stderr, "bench_coldstart: cache of %d devices and %lld events written in %.1f s\n", devices, events,
                 double(writing.elapsed()) / 1000.0);
    const double cacheBytes =
        double(QFileInfo(cache).size() + QFileInfo(cache + QStringLiteral("-wal")).size());

    // Alternating, so a change in machine load hits both sides alike.
    QList<QHash<QString, double>> console;
    QList<QHash<QString, double>> bare;
    QList<double> sqliteReadMs;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (int run = 0; run < Runs; ++run) {
        const auto ours = runChild({QStringLiteral("--child-console"), cache});
        const auto base = runChild({QStringLiteral("--child-bare")});
        if (!ours || !base)
            return 1;
        console.append(*ours);
        bare.append(*base);
        if (!sqlite3.isEmpty()) {
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            process.start(sqlite3, {cache, QStringLiteral("SELECT * FROM devices;")});
            process.waitForFinished(600'000);
            if (process.exitCode() == 0)
                sqliteReadMs.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    BenchReport report;
    const QString bareName = QStringLiteral("bare Qt widget app (QApplication + one QWidget), started the same way");
    report.add({QStringLiteral("coldstart.first_frame"), QStringLiteral("ms"), medianOfKey(console, QStringLiteral("first_frame")),
                medianOfKey(bare, QStringLiteral("first_frame")), bareName, Better::Lower});
    report.add({QStringLiteral("coldstart.cache_shown"), QStringLiteral("ms"), medianOfKey(console, QStringLiteral("cache_shown")),
                sqliteReadMs.isEmpty() ? std::nullopt : std::optional<double>(medianOf(sqliteReadMs)),
                QStringLiteral("sqlite3 CLI reading every device row of the same cache"), Better::Lower});
    const double consoleRss = medianOfKey(console, QStringLiteral("peak_rss_mib"));
    const double bareRss = medianOfKey(bare, QStringLiteral("peak_rss_mib"));
    report.add({QStringLiteral("memory.peak_rss"), QStringLiteral("MiB"), consoleRss, bareRss + cacheBytes / (1024.0 * 1024.0),
                QStringLiteral("bare Qt widget app + the cache file's size"), Better::Lower});
    report.add({QStringLiteral("memory.bytes_per_device"), QStringLiteral("bytes"),
                devices > 0 ? (consoleRss - bareRss) * 1024.0 * 1024.0 / devices : 0.0,
                devices > 0 ? std::optional<double>(cacheBytes / devices) : std::nullopt,
                QStringLiteral("cache file bytes per device (devices + events as SQLite stores them)"), Better::Lower});
    report.add({QStringLiteral("coldstart.devices"), QStringLiteral("count"), double(devices), std::nullopt, QString(),
                Better::Higher});
    report.print();
    return 0;
}
