#include "FleetdFixture.h"

#include "cache/CacheStore.h"
#include "cache/CacheWriter.h"
#include "fleet/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Devices = 1200;

std::optional<SyncOutcome> runSync(SyncEngine &sync, qint64 since)
{
    QSignalSpy finished(&sync, &SyncEngine::finished);
    sync.start(since);
    if (!finished.wait(120000))
        return std::nullopt;
    return finished.first().first().value<SyncOutcome>();
}

std::unique_ptr<CacheStore> reader(const QString &path)
{
    CacheStoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path, options);
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    return std::move(store).value();
}

template <typename T> qint64 serverCount(FleetApiClient &api)
{
    qint64 count = 0;
    const auto summary = waitFor<FetchSummary>([&](QObject *c, auto done) {
        api.fetchAll<T>(
            -1, c,
            [&](Page<T> &page) {
                count += page.items.size();
                return true;
            },
            done);
    });
    return summary && summary->ok() ? count : -1;
}

} // namespace

// Full and delta sync of a real fleetd into a real cache file.
class TestFleetSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSyncFillsTheCache();
    void deltaSyncBringsOnlyChanges();
    void interruptedFullSyncIsRedone();
    void viewerSyncSkipsOwners();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;
    std::unique_ptr<FleetApiClient> m_api;
    QString m_cacheFile;
    qint64 m_revision = -1;
};

void TestFleetSync::initTestCase()
{
    if (!fleetdAvailable())
        QSKIP("the fleetd binary has not been built (target fleetd); these tests need a real fleetd");
    QVERIFY(m_dir.isValid());
    m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"fleetd"_s));
    FleetdProcess::Options options;
    options.devices = Devices;
    options.eventRate = 5;
    QString error;
    QVERIFY2(m_fleetd->start(options, &error), qPrintable(error));
    const ConnectionProfile profile = m_fleetd->profile();
    m_api = std::make_unique<FleetApiClient>(profile, TlsSetup::build(profile).value());
    FleetApiClient::Options apiOptions;
    apiOptions.pageLimit = 250; // several pages per big collection
    m_api->setOptions(apiOptions);
    QVERIFY(loginAs(*m_api, *m_fleetd, u"alice"_s)->ok());
    m_cacheFile = m_dir.filePath(u"cache.sqlite"_s);
}

void TestFleetSync::cleanupTestCase()
{
    m_api.reset();
    m_fleetd.reset();
}

void TestFleetSync::fullSyncFillsTheCache()
{
    CacheWriter writer(m_cacheFile);
    SyncEngine sync(m_api.get(), &writer);
    QSignalSpy progress(&sync, &SyncEngine::progressChanged);
    const std::optional<SyncOutcome> outcome = runSync(sync, -1);
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error ? outcome->error->message() : outcome->cacheError));
    QVERIFY(outcome->full);
    QVERIFY(outcome->revision > 0);
    m_revision = outcome->revision;

    // Progress rose steadily to 100 % and counted every object.
    QVERIFY(progress.count() > 10);
    int lastPercent = -1;
    qint64 lastItems = -1;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const SyncProgress p = signal.first().value<SyncProgress>();
        QVERIFY(p.percent >= lastPercent);
        QVERIFY(p.itemsDone >= lastItems);
        lastPercent = p.percent;
        lastItems = p.itemsDone;
    }
    QCOMPARE(lastPercent, 100);
    QCOMPARE(lastItems, outcome->items);
    QVERIFY(writer.waitForIdle(10000));

    auto store = reader(m_cacheFile);
    QCOMPARE(store->loadDevices()->size(), Devices);
    QCOMPARE(qint64(store->loadSites()->size()), serverCount<Site>(*m_api));
    QCOMPARE(qint64(store->loadGateways()->size()), serverCount<Gateway>(*m_api));
    QCOMPARE(qint64(store->loadLinks()->size()), serverCount<Link>(*m_api));
    QCOMPARE(qint64(store->loadOwners()->size()), serverCount<Owner>(*m_api));
    QCOMPARE(qint64(store->loadFirmware()->size()), serverCount<Firmware>(*m_api));
    QCOMPARE(qint64(store->loadRules()->size()), serverCount<Rule>(*m_api));
    QVERIFY(store->loadOwners()->size() > 0);
    QCOMPARE(store->meta(SyncEngine::RevisionKey).value(), QString::number(outcome->revision));
    QVERIFY(QDateTime::fromString(store->meta(SyncEngine::SyncedAtKey).value(), Qt::ISODateWithMs).isValid());
}

void TestFleetSync::deltaSyncBringsOnlyChanges()
{
    QVERIFY2(m_revision > 0, "needs the full sync of the previous test");
    // Change one device at the backend.
    const auto first = waitFor<Page<Device>>([&](QObject *c, auto done) { m_api->page<Device>({{}, -1, 1}, c, done); });
    QVERIFY(first->ok() && !first->value().items.isEmpty());
    const QString id = first->value().items.first().id;
    DevicePatch patch;
    patch.location = u"Delta sync test room"_s;
    const auto patched = waitFor<Device>([&](QObject *c, auto done) { m_api->patchDevice(id, patch, c, done); });
    QVERIFY2(patched->ok(), qPrintable(patched->error().message()));
    QCOMPARE(patched->value().location, u"Delta sync test room"_s);

    CacheWriter writer(m_cacheFile);
    SyncEngine sync(m_api.get(), &writer);
    const std::optional<SyncOutcome> outcome = runSync(sync, m_revision);
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error ? outcome->error->message() : outcome->cacheError));
    QVERIFY(!outcome->full);
    QVERIFY(outcome->revision > m_revision);
    QVERIFY(outcome->items >= 1);
    QVERIFY2(outcome->items < Devices / 2, qPrintable(QString::number(outcome->items))); // not everything again
    QVERIFY(writer.waitForIdle(10000));

    auto store = reader(m_cacheFile);
    const QList<Device> devices = store->loadDevices().value();
    QCOMPARE(devices.size(), Devices); // nothing lost, nothing doubled
    const auto it = std::find_if(devices.begin(), devices.end(), [&](const Device &d) { return d.id == id; });
    QVERIFY(it != devices.end());
    QCOMPARE(it->location, u"Delta sync test room"_s);
    QCOMPARE(store->meta(SyncEngine::RevisionKey).value(), QString::number(outcome->revision));
    m_revision = outcome->revision;
}

void TestFleetSync::interruptedFullSyncIsRedone()
{
    const QString file = m_dir.filePath(u"interrupted.sqlite"_s);
    {
        CacheWriter writer(file);
        SyncEngine sync(m_api.get(), &writer);
        QVERIFY(runSync(sync, -1)->ok());
        // A second full sync (a resync) that stops half-way must not leave the old revision behind.
        QSignalSpy progress(&sync, &SyncEngine::progressChanged);
        QSignalSpy finished(&sync, &SyncEngine::finished);
        sync.start(-1);
        QTRY_VERIFY_WITH_TIMEOUT(sync.progress().stage >= 3, 60000); // into the devices
        sync.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<SyncOutcome>().cancelled);
        QVERIFY(writer.waitForIdle(10000));
    }
    auto store = reader(file);
    QVERIFY(store->meta(SyncEngine::RevisionKey).value().isNull());
}

void TestFleetSync::viewerSyncSkipsOwners()
{
    const ConnectionProfile profile = m_fleetd->profile();
    FleetApiClient viewer(profile, TlsSetup::build(profile).value());
    QVERIFY(loginAs(viewer, *m_fleetd, u"carol"_s)->ok());
    const QString file = m_dir.filePath(u"viewer.sqlite"_s);
    CacheWriter writer(file);
    SyncEngine sync(&viewer, &writer);
    const std::optional<SyncOutcome> outcome = runSync(sync, -1);
    QVERIFY2(outcome->ok(), qPrintable(outcome->error ? outcome->error->message() : outcome->cacheError));
    QVERIFY(writer.waitForIdle(10000));
    auto store = reader(file);
    QCOMPARE(store->loadDevices()->size(), Devices);
    QCOMPARE(store->loadOwners()->size(), 0);
}

QTEST_GUILESS_MAIN(TestFleetSync)
#include "tst_fleetsync.moc"
