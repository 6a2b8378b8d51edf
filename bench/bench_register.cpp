// bench_register: the device register at fleet scale against QStandardItemModel + QSortFilterProxyModel on the
// same devices, in the same run. Prints {"measures": [...]} (bench/README.md). Usage: bench_register [DEVICES]
#include "BenchReport.h"
#include "DeviceRegisterModel.h"
#include "cache/CacheStore.h"
#include "inventory/DeviceTableLoader.h"
#include "rules/FilterExpression.h"

#include <QGuiApplication>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <cstdio>

using namespace warden;
using namespace warden::bench;

namespace {

QList<Device> makeDevices(int count)
{
    const QStringList classes = {QStringLiteral("ip_camera"), QStringLiteral("door_controller"), QStringLiteral("hvac_controller"),
                                 QStringLiteral("plc"), QStringLiteral("smart_meter"), QStringLiteral("badge_reader"),
                                 QStringLiteral("vehicle_tracker"), QStringLiteral("infusion_pump"), QStringLiteral("cardiac_monitor")};
    const QStringList vendors = {QStringLiteral("Axis"), QStringLiteral("Hikvision"), QStringLiteral("Siemens"),
                                 QStringLiteral("Honeywell"), QStringLiteral("Landis+Gyr"), QStringLiteral("Baxter")};
    QList<Device> devices;
    devices.reserve(count);
    quint64 state = 0x9E3779B97F4A7C15ULL;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    for (int i = 0; i < count; ++i) {
        Device device;
        device.id = QStringLiteral("dev-%1").arg(i, 7, 10, QLatin1Char('0'));
        device.deviceClass = classes.at(int(next() % quint64(classes.size())));
        device.name = QStringLiteral("%1 %2").arg(device.deviceClass).arg(next() % 100000);
        device.vendor = vendors.at(int(next() % quint64(vendors.size())));
        device.model = QStringLiteral("M%1").arg(next() % 40);
        device.firmwareVersion = QStringLiteral("%1.%2.%3").arg(1 + next() % 3).arg(next() % 10).arg(next() % 5);
        device.siteId = QStringLiteral("site-%1").arg(next() % 400, 3, 10, QLatin1Char('0'));
        device.gatewayId = QStringLiteral("gw-%1").arg(next() % 25000, 5, 10, QLatin1Char('0'));
        device.segment = QStringLiteral("seg-%1").arg(next() % 50);
        device.ownerRef = QStringLiteral("own-%1").arg(next() % 200000);
        device.riskScore = int(next() % 101);
        device.status = DeviceStatus(next() % 3);
        device.lastSeen = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000 + qint64(next() % 86'400'000), Qt::UTC);
        device.capabilities.onlineUpdate = device.deviceClass != QStringLiteral("infusion_pump");
        device.capabilities.safetyCritical = device.deviceClass == QStringLiteral("infusion_pump")
                                             || device.deviceClass == QStringLiteral("cardiac_monitor");
        devices.append(device);
    }
    return devices;
}

double median3(const std::function<void()> &work)
{
    return medianOf({millisecondsOf(work), millisecondsOf(work), millisecondsOf(work)});
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    BenchReport report;
    QTemporaryDir dir;

    // The cache both sides load from.
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto store = CacheStore::open(path);
        if (!store.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
            return 1;
        }
        CacheBatch batch;
        batch.devices = makeDevices(count);
        if (const auto applied = store.value()->apply(batch); !applied.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.errorMessage()));
            return 1;
        }
    }
    auto store = CacheStore::open(path);
    QList<Device> loadedForBaseline;

    // Ours: compact columns read straight from SQLite (DeviceTableLoader, which the console runs on the cache
    // writer's thread) and swapped into the model; off-thread sort and filter swapped in with one layout change.
    DeviceRegisterModel model;
    const double oursLoad = millisecondsOf([&] {
        model.mergeTable(DeviceTableLoader::load(*store.value(), QStringLiteral("bench")).value());
    });
    struct SortCase {
        QString name;
        int ours;
        int baselineColumn;
    };
    const QList<SortCase> sorts = {{QStringLiteral("risk"), DeviceRegisterModel::RiskColumn, 3},
                                   {QStringLiteral("name"), DeviceRegisterModel::NameColumn, 1},
                                   {QStringLiteral("class"), DeviceRegisterModel::ClassColumn, 2}};
    QList<double> oursSort;
    double oursNameFirst = 0;
    for (const SortCase &sort : sorts) {
        bool descending = false;
        // The first sort by name also ranks the names (later name sorts, either direction, count those ranks):
        // reported on its own.
        if (sort.ours == DeviceRegisterModel::NameColumn) {
            oursNameFirst = millisecondsOf([&] {
                model.sort(sort.ours, Qt::AscendingOrder);
                model.waitForIdle();
            });
            descending = true;
        }
        oursSort.append(median3([&] {
            model.sort(sort.ours, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            model.waitForIdle();
            descending = !descending;
        }));
    }
    model.sort(-1);
    model.waitForIdle();
    // As the register's filter bar does: the expression is evaluated column-wise (RegisterFilter).
    const auto filterWith = [&model](const QString &text) {
        model.setFilterExpression(FilterExpression::parse(text).value());
        model.waitForIdle();
    };
    // The first text filter also folds the name column once (kept until a name changes): reported on its own.
    const double oursTextFirst = millisecondsOf([&] { filterWith(QStringLiteral("name:*camera*12*")); });
    const double oursText = median3([&] { filterWith(QStringLiteral("name:*camera*12*")); });
    const int oursTextMatches = model.rowCount();
    const double oursWords = median3([&] { filterWith(QStringLiteral("camera 12")); });
    const double oursField = median3([&] { filterWith(QStringLiteral("class:plc")); });
    const int oursMatches = model.rowCount();
    model.setFilter({});
    model.waitForIdle();
    const double oursRss = peakRssMiB();

    // Baseline: the Qt way, one QStandardItem per cell and a QSortFilterProxyModel on top. It starts from
    // CacheStore's SQLite read into Device objects (timed, added to its fill), read after our peak RSS was taken.
    const double readMs = millisecondsOf([&] { loadedForBaseline = store.value()->loadDevices().value(); });
    if (model.totalCount() != loadedForBaseline.size())
        std::fprintf(stderr, "warning: loaded %lld devices (ours) vs %lld (baseline)\n", qlonglong(model.totalCount()),
                     qlonglong(loadedForBaseline.size()));
    QStandardItemModel standard(0, 4);
    const double baselineLoad = readMs + millisecondsOf([&] {
        standard.setRowCount(int(loadedForBaseline.size()));
        for (int row = 0; row < loadedForBaseline.size(); ++row) {
            const Device &device = loadedForBaseline.at(row);
            standard.setItem(row, 0, new QStandardItem(device.id));
            standard.setItem(row, 1, new QStandardItem(device.name));
            standard.setItem(row, 2, new QStandardItem(device.deviceClass));
            auto *risk = new QStandardItem;
            risk->setData(device.riskScore, Qt::DisplayRole);
            standard.setItem(row, 3, risk);
        }
    });
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&standard);
    QList<double> baselineSort;
    for (const SortCase &sort : sorts) {
        bool descending = false;
        baselineSort.append(median3([&] {
            proxy.sort(sort.baselineColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            descending = !descending;
        }));
    }
    proxy.sort(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const double baselineText = median3([&] {
        proxy.setFilterKeyColumn(1);
        proxy.setFilterWildcard(QStringLiteral("*camera*12*"));
    });
    if (proxy.rowCount() != oursTextMatches)
        std::fprintf(stderr, "warning: text filter matched %d (ours) vs %d (baseline)\n", oursTextMatches, proxy.rowCount());
    const double baselineField = median3([&] {
        proxy.setFilterKeyColumn(2);
        proxy.setFilterRegularExpression(QRegularExpression(QStringLiteral("^plc$")));
    });
    if (proxy.rowCount() != oursMatches)
        std::fprintf(stderr, "warning: field filter matched %d (ours) vs %d (baseline)\n", oursMatches, proxy.rowCount());
    const double totalRss = peakRssMiB();

    report.add({QStringLiteral("register.load"), QStringLiteral("ms"), oursLoad, baselineLoad,
                QStringLiteral("SQLite read + QStandardItemModel fill"), Better::Lower});
    for (int i = 0; i < sorts.size(); ++i)
        report.add({QStringLiteral("register.sort.") + sorts.at(i).name, QStringLiteral("ms"), oursSort.at(i), baselineSort.at(i),
                    QStringLiteral("QSortFilterProxyModel"), Better::Lower});
    report.add({QStringLiteral("register.sort.name_first"), QStringLiteral("ms"), oursNameFirst, baselineSort.at(1),
                QStringLiteral("QSortFilterProxyModel"), Better::Lower});
    report.add({QStringLiteral("register.filter.text"), QStringLiteral("ms"), oursText, baselineText,
                QStringLiteral("QSortFilterProxyModel wildcard"), Better::Lower});
    report.add({QStringLiteral("register.filter.text_first"), QStringLiteral("ms"), oursTextFirst, baselineText,
                QStringLiteral("QSortFilterProxyModel wildcard"), Better::Lower});
    report.add({QStringLiteral("register.filter.words"), QStringLiteral("ms"), oursWords, std::nullopt, QString(),
                Better::Lower});
    report.add({QStringLiteral("register.filter.field"), QStringLiteral("ms"), oursField, baselineField,
                QStringLiteral("QSortFilterProxyModel regex"), Better::Lower});
    report.add({QStringLiteral("register.peak_rss"), QStringLiteral("MiB"), oursRss, std::max(1.0, totalRss - oursRss),
                QStringLiteral("QStandardItemModel growth over ours (4 of 16 columns)"), Better::Lower});
    report.add({QStringLiteral("register.devices"), QStringLiteral("count"), double(count), std::nullopt, QString(), Better::Higher});
    report.print();
    return 0;
}
