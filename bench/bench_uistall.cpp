// bench_uistall: the UI thread while 20,000 events/s stream in. Ours: the Threats page over ThreatFeedModel (queued
// arrivals, one insert per frame) beside the dashboard refreshing once a second. Baseline, in the same run on the
// same events: the same table view over a QStandardItemModel that inserts every event as it arrives (the obvious
// way), beside the same dashboard. Measures the UI thread's longest stall (largest gap between 1 ms heartbeat ticks
// beyond the 1 ms), the p99 gap, and the p99 time from an event's arrival to the start of the first paint of the view
// after it was inserted. Prints {"measures": [...]} (bench/README.md). Usage: bench_uistall [SECONDS] [EVENTS_PER_S]
#include "BenchReport.h"
#include "DashboardPage.h"
#include "DeviceRegisterModel.h"
#include "ThreatFeedModel.h"
#include "ThreatStatistics.h"
#include "ThreatsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>

using namespace warden;
using namespace warden::bench;

namespace {

constexpr int ProducerIntervalMs = 5;
constexpr int FeedCapacity = 100'000;

struct Figures {
    double longestStallMs = 0;
    double p99GapMs = 0;
    double p99LatencyMs = 0;
    qint64 eventsShown = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

// Watches paints of a view's viewport: every batch inserted before a paint is on screen when it starts.
class PaintWatcher final : public QObject {
public:
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            onPaint();
        return QObject::eventFilter(watched, event);
    }
};

QList<ThreatEvent> makePool(int count)
{
    QList<ThreatEvent> pool;
    quint64 state = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < count; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        ThreatEvent event;
        event.deviceId = QStringLiteral("dev-%1").arg(state % 100'000, 6, 10, QLatin1Char('0'));
        event.type = ThreatType(state % (int(ThreatType::Anomaly) + 1));
        event.severity = Severity((state >> 8) % 5);
        event.source = QStringLiteral("10.%1.%2.%3").arg(state % 255).arg((state >> 8) % 255).arg((state >> 16) % 255);
        event.destination = QStringLiteral("192.168.%1.%2").arg((state >> 24) % 255).arg((state >> 32) % 255);
        pool.append(event);
    }
    return pool;
}

// Runs one variant for `seconds`: feed(batch) puts a batch into the model under test; the view is painted by the
// event loop as a user would see it.
Figures run(double seconds, int eventsPerSecond, QWidget *window, QAbstractItemView *view,
            const std::function<void(const QList<ThreatEvent> &)> &feed, ThreatStatistics *statistics,
            const std::function<void(const std::function<void(qint64 shown)> &)> &onInserted)
{
    const QList<ThreatEvent> pool = makePool(4096);
    const int perBatch = std::max(1, eventsPerSecond * ProducerIntervalMs / 1000);
    QElapsedTimer clock;
    clock.start();
    qint64 seq = 0;
    std::size_t poolIndex = 0;

    // Batches produced and not yet inserted; inserted and not yet painted.
    struct Batch {
        qint64 arrivedNs;
        qint64 count;
    };
    std::deque<Batch> waiting;
    std::deque<Batch> inserted;
    std::vector<double> latencies; // one per event, in ms
    Figures figures;

    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(ProducerIntervalMs);
    QObject::connect(&producer, &QTimer::timeout, window, [&] {
        QList<ThreatEvent> batch;
        batch.reserve(perBatch);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < perBatch; ++i) {
            ThreatEvent event = pool.at(qsizetype(poolIndex++ % std::size_t(pool.size())));
            event.seq = ++seq;
            event.time = now;
            batch.append(std::move(event));
        }
        waiting.push_back({clock.nsecsElapsed(), perBatch});
        statistics->add(batch);
        feed(batch);
    });
    onInserted([&](qint64 shown) {
        while (shown > 0 && !waiting.empty()) {
            inserted.push_back(waiting.front());
            shown -= waiting.front().count;
            waiting.pop_front();
        }
    });
    PaintWatcher watcher;
    watcher.onPaint = [&] {
        const qint64 now = clock.nsecsElapsed();
        for (const Batch &batch : inserted) {
            const double ms = double(now - batch.arrivedNs) / 1e6;
            latencies.insert(latencies.end(), std::size_t(batch.count), ms);
            figures.eventsShown += batch.count;
        }
        inserted.clear();
    };
    view->viewport()->installEventFilter(&watcher);

    std::vector<double> gaps;
    qint64 lastBeat = -1;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastBeat >= 0)
            gaps.push_back(double(now - lastBeat) / 1e6);
        lastBeat = now;
    });

    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    producer.start();
    heartbeat.start();
    loop.exec();
    producer.stop();
    heartbeat.stop();
    view->viewport()->removeEventFilter(&watcher);

    const double longest = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    figures.longestStallMs = std::max(0.0, longest - 1.0);
    figures.p99GapMs = percentile(gaps, 0.99);
    figures.p99LatencyMs = percentile(latencies, 0.99);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(1.0, QString::fromLocal8Bit(argv[1]).toDouble()) : 3.0;
    const int rate = argc > 2 ? std::max(100, QString::fromLocal8Bit(argv[2]).toInt()) : 20'000;

    DeviceRegisterModel devices;

    // --- ours ---------------------------------------------------------------------------------------------------
    Figures ours;
    {
        ThreatFeedModel feed(FeedCapacity);
        ThreatStatistics statistics;
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *threats = new ThreatsPage(&feed, &window);
        auto *dashboard = new DashboardPage(&statistics, &devices, &window);
        layout->addWidget(threats, 3);
        layout->addWidget(dashboard, 2);
        window.resize(1600, 900);
        window.show();
        app.processEvents();
        auto *view = threats->findChild<QTableView *>();
        ours = run(
            seconds, rate, &window, view,
            [&feed](const QList<ThreatEvent> &batch) { feed.appendEvents(QStringLiteral("bench"), batch); },
            &statistics,
            [&feed, &window](const std::function<void(qint64)> &shown) {
                QObject::connect(&feed, &ThreatFeedModel::inserted, &window, [shown](int count) { shown(count); });
            });
    }

    // --- baseline: every event inserted as it comes -------------------------------------------------------------
    Figures naive;
    {
        QStandardItemModel model(0, ThreatFeedModel::ColumnCount);
        ThreatStatistics statistics;
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *view = new QTableView(&window);
        view->setModel(&model);
        view->verticalHeader()->hide();
        auto *dashboard = new DashboardPage(&statistics, &devices, &window);
        layout->addWidget(view, 3);
        layout->addWidget(dashboard, 2);
        window.resize(1600, 900);
        window.show();
        app.processEvents();
        std::function<void(qint64)> shown;
        naive = run(
            seconds, rate, &window, view,
            [&model, &shown](const QList<ThreatEvent> &batch) {
                for (const ThreatEvent &event : batch) {
                    QList<QStandardItem *> items;
                    items.reserve(ThreatFeedModel::ColumnCount);
                    items << new QStandardItem(event.time.toLocalTime().time().toString(QStringLiteral("HH:mm:ss.zzz")))
                          << new QStandardItem(severityLabel(event.severity))
                          << new QStandardItem(threatTypeLabel(event.type)) << new QStandardItem(event.deviceId)
                          << new QStandardItem(event.source) << new QStandardItem(event.destination)
                          << new QStandardItem(QStringLiteral("bench"))
                          << new QStandardItem(QString::number(event.seq));
                    model.insertRow(0, items);
                    if (model.rowCount() > FeedCapacity)
                        model.removeRow(model.rowCount() - 1);
                }
                if (shown)
                    shown(batch.size());
            },
            &statistics, [&shown](const std::function<void(qint64)> &callback) { shown = callback; });
    }

    BenchReport report;
    const QString baselineName = QStringLiteral("QStandardItemModel, one insertRow per event");
    report.add({QStringLiteral("uistall.longest_stall_ms"), QStringLiteral("ms"), ours.longestStallMs,
                naive.longestStallMs, baselineName, Better::Lower});
    report.add({QStringLiteral("uistall.heartbeat_gap_p99_ms"), QStringLiteral("ms"), ours.p99GapMs, naive.p99GapMs,
                baselineName, Better::Lower});
    report.add({QStringLiteral("uistall.event_to_screen_p99_ms"), QStringLiteral("ms"), ours.p99LatencyMs,
                naive.p99LatencyMs, baselineName, Better::Lower});
    report.add({QStringLiteral("uistall.events_on_screen_per_s"), QStringLiteral("events/s"),
                double(ours.eventsShown) / seconds, double(naive.eventsShown) / seconds, baselineName, Better::Higher});
    report.print();
    return 0;
}
