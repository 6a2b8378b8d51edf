#include "cache/CacheStore.h"

#include "CacheTestData.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace warden;

namespace {

template <typename T, typename Key>
QList<T> sortedBy(QList<T> items, Key key)
{
    std::sort(items.begin(), items.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return items;
}

QList<ThreatEvent> eventRange(qint64 first, qint64 last)
{
    QList<ThreatEvent> events;
    for (qint64 seq = first; seq <= last; ++seq)
        events.append(test::makeEvent(seq));
    return events;
}

// A reversible stand-in for the PII vault's AES-GCM: a header plus bitwise inversion, failing on foreign input.
Result<QByteArray> testSeal(const QByteArray &plain)
{
    QByteArray sealed = plain;
    for (char &byte : sealed)
        byte = char(~byte);
    return QByteArray(QByteArray("SEALED1:") + sealed);
}

Result<QByteArray> testUnseal(const QByteArray &sealed)
{
    if (!sealed.startsWith("SEALED1:"))
        return Result<QByteArray>::failure(QStringLiteral("authentication tag mismatch"));
    QByteArray plain = sealed.mid(8);
    for (char &byte : plain)
        byte = char(~byte);
    return plain;
}

} // namespace

class TestCacheStore final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void emptyStoreLoadsNothing();
    void roundTripTopology();
    void roundTripDevices();
    void roundTripOwnersThroughSeal();
    void unsealFailureLocksTheOwner();
    void roundTripJsonEntities();
    void roundTripEvents();
    void upsertReplacesRowsWithoutDuplicates();
    void deletionsPerKind_data();
    void deletionsPerKind();
    void replaceAllEmptiesTablesFirst();
    void changeDescribesCommit();

    void eventsPageNewestFirst_data();
    void eventsPageNewestFirst();
    void deviceEventsPage();
    void eventsBySeq_data();
    void eventsBySeq();
    void lastSeqCommittedWithEvents();
    void duplicateEventsSkipped_data();
    void duplicateEventsSkipped();
    void lastSeqNeverMovesBackwards();
    void streamStateIsPerBackend();
    void failedBatchLeavesNothingBehind();

    void metaSetAndRemove();
    void pendingActionsJournal();
    void localAuditIsAppendOnly();
    void backendAuditIsIdempotentAndRefusesRewrites();
    void tamperedAuditRowIsDetected();
    void damagedEnumIsReported();
    void integrityCheckOnFreshStore();

private:
    std::unique_ptr<CacheStore> openStore(const CacheStoreOptions &options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCacheStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("eu-west.sqlite"));
}

std::unique_ptr<CacheStore> TestCacheStore::openStore(const CacheStoreOptions &options)
{
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(m_path, options);
    if (!store.ok()) {
        qWarning("%s", qPrintable(store.errorMessage()));
        return nullptr;
    }
    return std::move(store).value();
}

// Applies batch; on failure warns and returns a change whose every count is -1, so any expectation fails.
CacheChange applyOrMark(CacheStore &store, const CacheBatch &batch)
{
    Result<CacheChange> applied = store.apply(batch);
    if (applied.ok())
        return applied.value();
    qWarning("apply failed: %s", qPrintable(applied.errorMessage()));
    CacheChange failed;
    for (int *count : {&failed.sites, &failed.gateways, &failed.links, &failed.devices, &failed.owners,
                       &failed.incidents, &failed.licences, &failed.firmware, &failed.campaigns, &failed.approvals,
                       &failed.rules, &failed.backendAudit, &failed.deleted, &failed.events, &failed.eventsSkipped,
                       &failed.batches})
        *count = -1;
    failed.streamSeq = -1;
    return failed;
}

#define APPLY(store, batch) applyOrMark(store, batch)

void TestCacheStore::emptyStoreLoadsNothing()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->loadSites().value().isEmpty());
    QVERIFY(store->loadDevices().value().isEmpty());
    QVERIFY(store->loadOwners().value().isEmpty());
    QVERIFY(store->loadIncidents().value().isEmpty());
    QVERIFY(store->loadEvents().value().isEmpty());
    QCOMPARE(store->lastStreamSeq().value(), 0);
    QCOMPARE(store->eventCount().value(), 0);
    QVERIFY(store->meta(QStringLiteral("sync_revision")).value().isNull());
    QVERIFY(store->pendingActions().value().isEmpty());
    QCOMPARE(store->path(), m_path);
    QCOMPARE(store->backend(), QStringLiteral("default"));
    Result<CacheChange> change = store->apply(CacheBatch{});
    QVERIFY(change.ok());
    QVERIFY(change.value().isEmpty());
    QVERIFY(CacheBatch{}.isEmpty());
}

void TestCacheStore::roundTripTopology()
{
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Link> links;
    for (int i = 0; i < 5; ++i) {
        sites.append(test::makeSite(i));
        gateways.append(test::makeGateway(i));
    }
    for (int i = 0; i < 12; ++i)
        links.append(test::makeLink(i));
    {
        auto store = openStore();
        QVERIFY(store);
        CacheBatch batch;
        batch.sites = sites;
        batch.gateways = gateways;
        batch.links = links;
        const CacheChange change = APPLY(*store, batch);
        QCOMPARE(change.sites, 5);
        QCOMPARE(change.gateways, 5);
        QCOMPARE(change.links, 12);
    }
    auto store = openStore(); // reopened: the data is on disk, not in a connection's memory
    QVERIFY(store);
    const auto byId = [](const auto &item) { return item.id; };
    QCOMPARE(sortedBy(store->loadSites().value(), byId), sortedBy(sites, byId));
    QCOMPARE(sortedBy(store->loadGateways().value(), byId), sortedBy(gateways, byId));
    const auto byEnds = [](const Link &link) -> QString { return link.fromId + u'>' + link.toId; };
    QCOMPARE(sortedBy(store->loadLinks().value(), byEnds), sortedBy(links, byEnds));
}

void TestCacheStore::roundTripDevices()
{
    QList<Device> devices;
    for (int i = 0; i < 300; ++i)
        devices.append(test::makeDevice(i));
    // Edge values: empty optional strings, extreme score, far-future time.
    Device sparse;
    sparse.id = QStringLiteral("dev-sparse");
    sparse.name = QStringLiteral("Sparse");
    sparse.deviceClass = QStringLiteral("sensor");
    sparse.siteId = QStringLiteral("site-0");
    sparse.riskScore = 100;
    sparse.lastSeen = test::utcMs(4102444800000);
    sparse.capabilities = DeviceCapabilities{false, true, true};
    sparse.status = DeviceStatus::Disabled;
    sparse.quarantine = QuarantineLevel::RevokeCredentials;
    devices.append(sparse);
    {
        auto store = openStore();
        QVERIFY(store);
        CacheBatch batch;
        batch.devices = devices;
        QCOMPARE(APPLY(*store, batch).devices, 301);
    }
    auto store = openStore();
    QVERIFY(store);
    Result<QList<Device>> loaded = store->loadDevices();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().size(), devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i)
        QCOMPARE(loaded.value().at(i), devices.at(i)); // insertion order
    QCOMPARE(loaded.value().last().lastSeen.timeSpec(), Qt::UTC);
    // Interned: equal vendor strings share one buffer.
    QCOMPARE(loaded.value().at(0).vendor.constData(), loaded.value().at(1).vendor.constData());
}

void TestCacheStore::roundTripOwnersThroughSeal()
{
    CacheStoreOptions options;
    options.seal = testSeal;
    options.unseal = testUnseal;
    const QList<Owner> owners{test::makeOwner(1), test::makeOwner(2), test::makeOwner(3)};
    {
        auto store = openStore(options);
        QVERIFY(store);
        CacheBatch batch;
        batch.owners = owners;
        QCOMPARE(APPLY(*store, batch).owners, 3);
        // The stored payload is what seal() produced, with no personal data in clear.
        Result<SqliteStatement> raw = store->database().prepare(QStringLiteral("SELECT payload FROM owners"));
        QVERIFY(raw.ok());
        int rows = 0;
        while (raw.value().step().value()) {
            const QByteArray payload = raw.value().columnBlob(0);
            QVERIFY(payload.startsWith("SEALED1:"));
            QVERIFY(!payload.contains("klinikum"));
            ++rows;
        }
        QCOMPARE(rows, 3);
    }
    auto store = openStore(options);
    QVERIFY(store);
    const auto byRef = [](const Owner &owner) { return owner.ref; };
    QCOMPARE(sortedBy(store->loadOwners().value(), byRef), owners);

    // Without seal functions the payload is the owner's JSON, readable without a key.
    QTemporaryDir other;
    Result<std::unique_ptr<CacheStore>> plain = CacheStore::open(other.filePath(QStringLiteral("plain.sqlite")));
    QVERIFY(plain.ok());
    CacheBatch batch;
    batch.owners = {test::makeOwner(9)};
    QVERIFY(plain.value()->apply(batch).ok());
    QCOMPARE(plain.value()->loadOwners().value(), QList<Owner>{test::makeOwner(9)});
}

void TestCacheStore::unsealFailureLocksTheOwner()
{
    {
        auto store = openStore(); // written without sealing
        QVERIFY(store);
        CacheBatch batch;
        batch.owners = {test::makeOwner(1)};
        QVERIFY(store->apply(batch).ok());
    }
    CacheStoreOptions options;
    options.seal = testSeal;
    options.unseal = testUnseal;
    auto store = openStore(options);
    QVERIFY(store);
    // A row that does not unseal is a locked owner: known by its ref only, and everything else still loads.
    Result<QList<Owner>> owners = store->loadOwners();
    QVERIFY2(owners.ok(), qPrintable(owners.errorMessage()));
    QCOMPARE(owners.value().size(), 1);
    QCOMPARE(owners.value().constFirst().ref, test::makeOwner(1).ref);
    QVERIFY(owners.value().constFirst().locked);
    QVERIFY(owners.value().constFirst().name.isEmpty() && owners.value().constFirst().email.isEmpty());

    // A failing seal stops the whole batch.
    options.seal = [](const QByteArray &) { return Result<QByteArray>::failure(QStringLiteral("vault locked")); };
    auto locked = openStore(options);
    QVERIFY(locked);
    CacheBatch batch;
    batch.owners = {test::makeOwner(2)};
    batch.devices = {test::makeDevice(2)};
    Result<CacheChange> change = locked->apply(batch);
    QVERIFY(!change.ok());
    QVERIFY2(change.errorMessage().contains(QStringLiteral("vault locked")), qPrintable(change.errorMessage()));
    QVERIFY(locked->loadDevices().value().isEmpty());
}

void TestCacheStore::roundTripJsonEntities()
{
    CacheBatch batch;
    for (int i = 1; i <= 3; ++i) {
        batch.incidents.append(test::makeIncident(i));
        batch.licences.append(test::makeLicence(i));
        batch.firmware.append(test::makeFirmware(i));
        batch.campaigns.append(test::makeCampaign(i));
        batch.approvals.append(test::makeApproval(i));
        batch.rules.append(test::makeRule(i));
    }
    {
        auto store = openStore();
        QVERIFY(store);
        const CacheChange change = APPLY(*store, batch);
        QCOMPARE(change.incidents, 3);
        QCOMPARE(change.licences, 3);
        QCOMPARE(change.firmware, 3);
        QCOMPARE(change.campaigns, 3);
        QCOMPARE(change.approvals, 3);
        QCOMPARE(change.rules, 3);
    }
    auto store = openStore();
    QVERIFY(store);
    const auto byId = [](const auto &item) { return item.id; };
    Result<QList<Incident>> incidents = store->loadIncidents();
    QVERIFY2(incidents.ok(), qPrintable(incidents.errorMessage()));
    QCOMPARE(sortedBy(incidents.value(), byId), batch.incidents);
    Result<QList<Licence>> licences = store->loadLicences();
    QVERIFY2(licences.ok(), qPrintable(licences.errorMessage()));
    QCOMPARE(sortedBy(licences.value(), byId), batch.licences);
    Result<QList<Firmware>> firmware = store->loadFirmware();
    QVERIFY2(firmware.ok(), qPrintable(firmware.errorMessage()));
    QCOMPARE(sortedBy(firmware.value(), byId), batch.firmware);
    Result<QList<Campaign>> campaigns = store->loadCampaigns();
    QVERIFY2(campaigns.ok(), qPrintable(campaigns.errorMessage()));
    QCOMPARE(sortedBy(campaigns.value(), byId), batch.campaigns);
    Result<QList<Approval>> approvals = store->loadApprovals();
    QVERIFY2(approvals.ok(), qPrintable(approvals.errorMessage()));
    QCOMPARE(sortedBy(approvals.value(), byId), batch.approvals);
    Result<QList<Rule>> rules = store->loadRules();
    QVERIFY2(rules.ok(), qPrintable(rules.errorMessage()));
    QCOMPARE(sortedBy(rules.value(), byId), batch.rules);

    // Key columns follow the entity, so the offline view can filter without parsing JSON.
    QCOMPARE(store->database()
                 .queryInt64(QStringLiteral("SELECT count(*) FROM incidents WHERE state = %1")
                                 .arg(int(IncidentState::Investigating)))
                 .value(),
             2);
}

void TestCacheStore::roundTripEvents()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.events = eventRange(1, 40);
    batch.events[3].time = QDateTime(); // an event without a time survives too
    QVERIFY(store->apply(batch).ok());
    Result<QList<ThreatEvent>> loaded = store->loadEvents(CacheStore::Newest, 100);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QList<ThreatEvent> expected = batch.events;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(loaded.value(), expected);
}

void TestCacheStore::upsertReplacesRowsWithoutDuplicates()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch first;
    first.devices = {test::makeDevice(1), test::makeDevice(2)};
    first.sites = {test::makeSite(1)};
    first.incidents = {test::makeIncident(1)};
    first.links = {test::makeLink(1)};
    QVERIFY(store->apply(first).ok());

    CacheBatch second;
    Device changed = test::makeDevice(2);
    changed.riskScore = 99;
    changed.quarantine = QuarantineLevel::Isolate;
    changed.notes = QStringLiteral("isolated by rule-1");
    changed.revision = 5000;
    second.devices = {changed};
    Site renamed = test::makeSite(1);
    renamed.name = QStringLiteral("Renamed");
    second.sites = {renamed};
    Incident resolved = test::makeIncident(1);
    resolved.state = IncidentState::Resolved;
    resolved.resolution = QStringLiteral("Firmware patched");
    second.incidents = {resolved};
    second.links = {test::makeLink(1)}; // same link again
    QVERIFY(store->apply(second).ok());

    const QList<Device> devices = store->loadDevices().value();
    QCOMPARE(devices, (QList<Device>{test::makeDevice(1), changed})); // updated in place, order kept
    QCOMPARE(store->loadSites().value(), QList<Site>{renamed});
    QCOMPARE(store->loadIncidents().value(), QList<Incident>{resolved});
    QCOMPARE(store->loadLinks().value().size(), 1);
}

void TestCacheStore::deletionsPerKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("sites") << int(CacheEntity::Sites);
    QTest::newRow("gateways") << int(CacheEntity::Gateways);
    QTest::newRow("links") << int(CacheEntity::Links);
    QTest::newRow("devices") << int(CacheEntity::Devices);
    QTest::newRow("owners") << int(CacheEntity::Owners);
    QTest::newRow("incidents") << int(CacheEntity::Incidents);
    QTest::newRow("licences") << int(CacheEntity::Licences);
    QTest::newRow("firmware") << int(CacheEntity::Firmware);
    QTest::newRow("campaigns") << int(CacheEntity::Campaigns);
    QTest::newRow("approvals") << int(CacheEntity::Approvals);
    QTest::newRow("rules") << int(CacheEntity::Rules);
}

void TestCacheStore::deletionsPerKind()
{
    QFETCH(int, kind);
    auto store = openStore();
    QVERIFY(store);
    CacheBatch fill;
    for (int i = 1; i <= 3; ++i) {
        fill.sites.append(test::makeSite(i));
        fill.gateways.append(test::makeGateway(i));
        fill.links.append(test::makeLink(i));
        fill.devices.append(test::makeDevice(i));
        fill.owners.append(test::makeOwner(i));
        fill.incidents.append(test::makeIncident(i));
        fill.licences.append(test::makeLicence(i));
        fill.firmware.append(test::makeFirmware(i));
        fill.campaigns.append(test::makeCampaign(i));
        fill.approvals.append(test::makeApproval(i));
        fill.rules.append(test::makeRule(i));
    }
    QVERIFY(store->apply(fill).ok());

    CacheBatch removal;
    auto idsFor = [&](const char *prefix) {
        return QStringList{QString::fromLatin1(prefix) + QStringLiteral("-2"), QStringLiteral("missing-id")};
    };
    std::function<qsizetype()> remaining;
    switch (static_cast<CacheEntity>(kind)) {
    case CacheEntity::Sites:
        removal.deletedSiteIds = idsFor("site");
        remaining = [&] { return store->loadSites().value().size(); };
        break;
    case CacheEntity::Gateways:
        removal.deletedGatewayIds = idsFor("gw");
        remaining = [&] { return store->loadGateways().value().size(); };
        break;
    case CacheEntity::Links:
        removal.deletedLinks = {test::makeLink(2), Link{QStringLiteral("a"), QStringLiteral("b"), LinkKind::Peer}};
        remaining = [&] { return store->loadLinks().value().size(); };
        break;
    case CacheEntity::Devices:
        removal.deletedDeviceIds = idsFor("dev");
        remaining = [&] { return store->loadDevices().value().size(); };
        break;
    case CacheEntity::Owners:
        removal.deletedOwnerRefs = idsFor("owner");
        remaining = [&] { return store->loadOwners().value().size(); };
        break;
    case CacheEntity::Incidents:
        removal.deletedIncidentIds = idsFor("inc");
        remaining = [&] { return store->loadIncidents().value().size(); };
        break;
    case CacheEntity::Licences:
        removal.deletedLicenceIds = idsFor("lic");
        remaining = [&] { return store->loadLicences().value().size(); };
        break;
    case CacheEntity::Firmware:
        removal.deletedFirmwareIds = idsFor("fw");
        remaining = [&] { return store->loadFirmware().value().size(); };
        break;
    case CacheEntity::Campaigns:
        removal.deletedCampaignIds = idsFor("camp");
        remaining = [&] { return store->loadCampaigns().value().size(); };
        break;
    case CacheEntity::Approvals:
        removal.deletedApprovalIds = idsFor("appr");
        remaining = [&] { return store->loadApprovals().value().size(); };
        break;
    case CacheEntity::Rules:
        removal.deletedRuleIds = idsFor("rule");
        remaining = [&] { return store->loadRules().value().size(); };
        break;
    case CacheEntity::JoinRequests:
    case CacheEntity::Credentials:
        QFAIL("identity tables are covered by tst_identitycache");
    }
    QVERIFY(!removal.isEmpty());
    const CacheChange change = APPLY(*store, removal);
    QCOMPARE(change.deleted, 1); // the missing id deletes nothing
    QCOMPARE(remaining(), 2);
    if (static_cast<CacheEntity>(kind) == CacheEntity::Devices)
        QCOMPARE(change.deletedDeviceIds, QStringList{QStringLiteral("dev-2")});
    else
        QVERIFY(change.deletedDeviceIds.isEmpty());
    // Other kinds are untouched.
    QCOMPARE(store->loadRules().value().size(), static_cast<CacheEntity>(kind) == CacheEntity::Rules ? 2 : 3);
    QCOMPARE(store->loadSites().value().size(), static_cast<CacheEntity>(kind) == CacheEntity::Sites ? 2 : 3);
}

void TestCacheStore::replaceAllEmptiesTablesFirst()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch fill;
    for (int i = 0; i < 5; ++i) {
        fill.sites.append(test::makeSite(i));
        fill.gateways.append(test::makeGateway(i));
        fill.devices.append(test::makeDevice(i));
    }
    QVERIFY(store->apply(fill).ok());

    CacheBatch snapshot; // a fresh topology snapshot: sites 10 and 11 only; gateways and devices untouched
    snapshot.replaceAll = {CacheEntity::Sites};
    snapshot.sites = {test::makeSite(10), test::makeSite(11)};
    const CacheChange change = APPLY(*store, snapshot);
    QCOMPARE(change.replaced, QList<CacheEntity>{CacheEntity::Sites});
    QCOMPARE(change.deleted, 5);
    QCOMPARE(change.sites, 2);
    QCOMPARE(store->loadSites().value(), (QList<Site>{test::makeSite(10), test::makeSite(11)}));
    QCOMPARE(store->loadGateways().value().size(), 5);
    QCOMPARE(store->loadDevices().value().size(), 5);
}

void TestCacheStore::changeDescribesCommit()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.devices = {test::makeDevice(7), test::makeDevice(8)};
    batch.events = eventRange(1, 5);
    batch.lastSeq = 5;
    batch.meta.insert(QStringLiteral("sync_revision"), QStringLiteral("12"));
    const CacheChange change = APPLY(*store, batch);
    QCOMPARE(change.devices, 2);
    QCOMPARE(change.changedDeviceIds, (QStringList{QStringLiteral("dev-7"), QStringLiteral("dev-8")}));
    QCOMPARE(change.events, 5);
    QCOMPARE(change.firstSeq, 1);
    QCOMPARE(change.lastSeq, 5);
    QCOMPARE(change.streamSeq, 5);
    QCOMPARE(change.metaKeys, QStringList{QStringLiteral("sync_revision")});
    QCOMPARE(change.batches, 1);
    QVERIFY(!change.isEmpty());

    // Merging two changes (what the writer does when it coalesces) adds counts and widens the seq range.
    CacheChange merged = change;
    CacheChange later;
    later.events = 3;
    later.firstSeq = 6;
    later.lastSeq = 8;
    later.streamSeq = 8;
    later.changedDeviceIds = {QStringLiteral("dev-9")};
    later.batches = 1;
    merged.merge(later);
    QCOMPARE(merged.events, 8);
    QCOMPARE(merged.firstSeq, 1);
    QCOMPARE(merged.lastSeq, 8);
    QCOMPARE(merged.streamSeq, 8);
    QCOMPARE(merged.changedDeviceIds.size(), 3);
    QCOMPARE(merged.batches, 2);
}

void TestCacheStore::eventsPageNewestFirst_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("2500 by 1000") << 2500 << 1000;
    QTest::newRow("exact pages") << 300 << 100;
    QTest::newRow("one page bigger than all") << 7 << 50;
    QTest::newRow("page of one") << 5 << 1;
}

void TestCacheStore::eventsPageNewestFirst()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.events = eventRange(1, total);
    QVERIFY(store->apply(batch).ok());
    QCOMPARE(store->eventCount().value(), total);

    qint64 before = CacheStore::Newest;
    qint64 expectedSeq = total;
    int pages = 0;
    while (true) {
        Result<QList<ThreatEvent>> page = store->loadEvents(before, pageSize);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        if (page.value().isEmpty())
            break;
        QVERIFY(page.value().size() <= pageSize);
        for (const ThreatEvent &event : page.value()) {
            QCOMPARE(event.seq, expectedSeq);
            QCOMPARE(event, test::makeEvent(expectedSeq));
            --expectedSeq;
        }
        before = page.value().last().seq;
        ++pages;
    }
    QCOMPARE(expectedSeq, 0);
    QCOMPARE(pages, (total + pageSize - 1) / pageSize);
}

void TestCacheStore::deviceEventsPage()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.events = eventRange(1, 170); // device = dev-(seq % 17): 10 events each
    QVERIFY(store->apply(batch).ok());
    Result<QList<ThreatEvent>> first = store->loadDeviceEvents(QStringLiteral("dev-3"), CacheStore::Newest, 4);
    QVERIFY(first.ok());
    QCOMPARE(first.value().size(), 4);
    QCOMPARE(first.value().first().seq, 156);
    for (const ThreatEvent &event : first.value())
        QCOMPARE(event.deviceId, QStringLiteral("dev-3"));
    Result<QList<ThreatEvent>> rest = store->loadDeviceEvents(QStringLiteral("dev-3"), first.value().last().seq, 100);
    QCOMPARE(rest.value().size(), 6);
    QCOMPARE(rest.value().last().seq, 3);
}

void TestCacheStore::eventsBySeq_data()
{
    QTest::addColumn<QList<qint64>>("asked");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("none") << QList<qint64>{} << QList<qint64>{};
    QTest::newRow("one") << QList<qint64>{42} << QList<qint64>{42};
    QTest::newRow("unsorted with duplicates") << QList<qint64>{9, 3, 9, 1} << QList<qint64>{1, 3, 9};
    QTest::newRow("missing seqs skipped") << QList<qint64>{0, 5, 1201, 77, -3} << QList<qint64>{5, 77};
    QList<qint64> many; // more than one statement's worth (500 per query)
    for (qint64 seq = 1200; seq >= 1; seq -= 2)
        many.append(seq);
    QList<qint64> manySorted(many.crbegin(), many.crend());
    QTest::newRow("600 across two chunks") << many << manySorted;
}

void TestCacheStore::eventsBySeq()
{
    QFETCH(QList<qint64>, asked);
    QFETCH(QList<qint64>, expected);
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.events = eventRange(1, 1200);
    QVERIFY(store->apply(batch).ok());
    Result<QList<ThreatEvent>> events = store->loadEventsBySeq(asked);
    QVERIFY2(events.ok(), qPrintable(events.errorMessage()));
    QCOMPARE(events.value().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(events.value().at(i), test::makeEvent(expected.at(i)));
}

void TestCacheStore::lastSeqCommittedWithEvents()
{
    {
        auto store = openStore();
        QVERIFY(store);
        CacheBatch batch;
        batch.events = eventRange(1, 10);
        batch.lastSeq = 10;
        QCOMPARE(APPLY(*store, batch).streamSeq, 10);
        QCOMPARE(store->lastStreamSeq().value(), 10);

        // Without an explicit lastSeq the highest stored seq is the new position.
        CacheBatch implicit;
        implicit.events = eventRange(11, 12);
        QCOMPARE(APPLY(*store, implicit).streamSeq, 12);

        // A position without events (e.g. a heartbeat carrying the backend's seq) moves it too.
        CacheBatch positionOnly;
        positionOnly.lastSeq = 14;
        QVERIFY(!positionOnly.isEmpty());
        QCOMPARE(APPLY(*store, positionOnly).streamSeq, 14);
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->lastStreamSeq().value(), 14);
    QCOMPARE(store->eventCount().value(), 12);
    Result<qint64> updatedAt = store->database().queryInt64(
        QStringLiteral("SELECT updated_at FROM stream_state WHERE backend = 'default'"));
    QVERIFY(updatedAt.ok());
    QVERIFY(qAbs(updatedAt.value() - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void TestCacheStore::duplicateEventsSkipped_data()
{
    QTest::addColumn<QList<qint64>>("second"); // seqs of the second batch after 1..10 are stored
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<qint64>("streamSeq");
    QTest::newRow("overlap") << QList<qint64>{5, 6, 7, 8, 9, 10, 11, 12} << 2 << 6 << qint64(12);
    QTest::newRow("all old") << QList<qint64>{1, 2, 3} << 0 << 3 << qint64(10);
    QTest::newRow("duplicate inside the batch") << QList<qint64>{11, 11, 12, 12} << 2 << 2 << qint64(12);
    QTest::newRow("out of order") << QList<qint64>{13, 11, 12} << 3 << 0 << qint64(13);
}

void TestCacheStore::duplicateEventsSkipped()
{
    QFETCH(QList<qint64>, second);
    QFETCH(int, stored);
    QFETCH(int, skipped);
    QFETCH(qint64, streamSeq);
    auto store = openStore();
    QVERIFY(store);
    CacheBatch first;
    first.events = eventRange(1, 10);
    first.lastSeq = 10;
    QVERIFY(store->apply(first).ok());

    CacheBatch again;
    for (qint64 seq : second) {
        ThreatEvent event = test::makeEvent(seq);
        event.deviceId = QStringLiteral("replayed"); // must not overwrite what was stored
        again.events.append(event);
    }
    const CacheChange change = APPLY(*store, again);
    QCOMPARE(change.events, stored);
    QCOMPARE(change.eventsSkipped, skipped);
    QCOMPARE(change.streamSeq, streamSeq);
    QCOMPARE(store->lastStreamSeq().value(), streamSeq);
    QCOMPARE(store->eventCount().value(), 10 + stored);
    QCOMPARE(store->database()
                 .queryInt64(QStringLiteral("SELECT count(*) FROM events WHERE seq <= 10 AND device_id = 'replayed'"))
                 .value(),
             0);
}

void TestCacheStore::lastSeqNeverMovesBackwards()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.lastSeq = 50;
    QVERIFY(store->apply(batch).ok());
    CacheBatch older;
    older.lastSeq = 20;
    older.events = eventRange(15, 20);
    const CacheChange change = APPLY(*store, older);
    QCOMPARE(change.streamSeq, 50);
    QCOMPARE(change.events, 0);
    QCOMPARE(store->lastStreamSeq().value(), 50);
}

void TestCacheStore::streamStateIsPerBackend()
{
    CacheStoreOptions eu;
    eu.backend = QStringLiteral("eu-west");
    {
        auto store = openStore(eu);
        QVERIFY(store);
        CacheBatch batch;
        batch.lastSeq = 33;
        QVERIFY(store->apply(batch).ok());
        QCOMPARE(store->backend(), QStringLiteral("eu-west"));
    }
    CacheStoreOptions us;
    us.backend = QStringLiteral("us-east");
    QCOMPARE(openStore(us)->lastStreamSeq().value(), 0);
    QCOMPARE(openStore(eu)->lastStreamSeq().value(), 33);
}

void TestCacheStore::failedBatchLeavesNothingBehind()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<AuditEntry> chain = test::makeAuditChain(0, 3);
    CacheBatch first;
    first.backendAudit = chain;
    first.events = eventRange(1, 5);
    QVERIFY(store->apply(first).ok());

    // Fails at the very end (a rewritten backend audit entry), after devices, events and the position were written.
    CacheBatch bad;
    bad.devices = {test::makeDevice(1)};
    bad.events = eventRange(6, 10);
    bad.lastSeq = 10;
    bad.meta.insert(QStringLiteral("sync_revision"), QStringLiteral("99"));
    AuditEntry rewritten = chain.at(1);
    rewritten.hash = QByteArray(32, '\x01');
    bad.backendAudit = {rewritten};
    Result<CacheChange> change = store->apply(bad);
    QVERIFY(!change.ok());
    QVERIFY2(change.errorMessage().contains(QStringLiteral("Audit entry 1 differs")), qPrintable(change.errorMessage()));

    QVERIFY(store->loadDevices().value().isEmpty());
    QCOMPARE(store->eventCount().value(), 5);
    QCOMPARE(store->lastStreamSeq().value(), 5);
    QVERIFY(store->meta(QStringLiteral("sync_revision")).value().isNull());
    QVERIFY(!store->database().inTransaction());

    // Several batches in one transaction: all or nothing as well.
    CacheBatch good;
    good.events = eventRange(6, 8);
    Result<CacheChange> together = store->apply(QList<CacheBatch>{good, bad});
    QVERIFY(!together.ok());
    QCOMPARE(store->eventCount().value(), 5);
    Result<CacheChange> goodAlone = store->apply(QList<CacheBatch>{good, CacheBatch{}});
    QVERIFY(goodAlone.ok());
    QCOMPARE(goodAlone.value().batches, 2);
    QCOMPARE(store->lastStreamSeq().value(), 8);
}

void TestCacheStore::metaSetAndRemove()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->setMeta(QStringLiteral("synced_at"), QStringLiteral("2024-05-01T10:00:00Z")).ok());
    QCOMPARE(store->meta(QStringLiteral("synced_at")).value(), QStringLiteral("2024-05-01T10:00:00Z"));
    QVERIFY(store->setMeta(QStringLiteral("synced_at"), QStringLiteral("2024-05-02T10:00:00Z")).ok());
    QCOMPARE(store->meta(QStringLiteral("synced_at")).value(), QStringLiteral("2024-05-02T10:00:00Z"));
    QVERIFY(store->setMeta(QStringLiteral("empty"), QStringLiteral("")).ok());
    QVERIFY(!store->meta(QStringLiteral("empty")).value().isNull());

    CacheBatch batch;
    batch.meta.insert(QStringLiteral("synced_at"), QString()); // null removes
    batch.meta.insert(QStringLiteral("sync_revision"), QStringLiteral("41"));
    const CacheChange change = APPLY(*store, batch);
    QCOMPARE(change.metaKeys.size(), 2);
    QVERIFY(store->meta(QStringLiteral("synced_at")).value().isNull());
    QCOMPARE(store->meta(QStringLiteral("sync_revision")).value(), QStringLiteral("41"));
}

void TestCacheStore::pendingActionsJournal()
{
    auto store = openStore();
    QVERIFY(store);
    PendingAction quarantine;
    quarantine.created = test::utcMs(1700000000000);
    quarantine.kind = QStringLiteral("quarantine");
    quarantine.payload = QJsonObject{{QStringLiteral("device_id"), QStringLiteral("dev-1")},
                                     {QStringLiteral("level"), QStringLiteral("isolate")}};
    PendingAction revoke = quarantine;
    revoke.kind = QStringLiteral("licence.revoke");
    revoke.payload = QJsonObject{{QStringLiteral("licence_id"), QStringLiteral("lic-4")}};

    Result<qint64> first = store->addPendingAction(quarantine);
    Result<qint64> second = store->addPendingAction(revoke);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(second.value() > first.value());
    quarantine.id = first.value();
    revoke.id = second.value();
    QCOMPARE(store->pendingActions().value(), (QList<PendingAction>{quarantine, revoke}));

    QVERIFY(store->updatePendingAction(first.value(), PendingActionState::Sent, QStringLiteral("accepted")).ok());
    QVERIFY(store->updatePendingAction(second.value(), PendingActionState::Failed,
                                       QStringLiteral("licence already revoked"))
                .ok());
    const QList<PendingAction> updated = store->pendingActions().value();
    QVERIFY(updated.at(0).state == PendingActionState::Sent); // QCOMPARE would pick warden::toString via ADL
    QCOMPARE(updated.at(0).message, QStringLiteral("accepted"));
    QVERIFY(updated.at(1).state == PendingActionState::Failed);

    Status missing = store->updatePendingAction(999, PendingActionState::Sent, {});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("999")), qPrintable(missing.errorMessage()));
    QVERIFY(store->removePendingAction(first.value()).ok());
    QVERIFY(!store->removePendingAction(first.value()).ok());
    QCOMPARE(store->pendingActions().value().size(), 1);

    // A removed id is never handed out again (AUTOINCREMENT), so a stale confirmation cannot hit a new action.
    store->removePendingAction(second.value()).ok();
    Result<qint64> third = store->addPendingAction(quarantine);
    QVERIFY(third.value() > second.value());

    QCOMPARE(toString(PendingActionState::PendingConfirmation), QStringLiteral("pending_confirmation"));
    QVERIFY(pendingActionStateFromString(QStringLiteral("failed")) == PendingActionState::Failed);
    QVERIFY(!pendingActionStateFromString(QStringLiteral("bogus")));
}

void TestCacheStore::localAuditIsAppendOnly()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<AuditEntry> chain = test::makeAuditChain(0, 5);
    for (const AuditEntry &entry : chain) {
        Status appended = store->appendLocalAudit(entry);
        QVERIFY2(appended.ok(), qPrintable(appended.errorMessage()));
    }
    QCOMPARE(store->loadLocalAudit().value(), chain);
    QCOMPARE(store->loadLocalAudit(2, 2).value(), chain.mid(2, 2));

    Status again = store->appendLocalAudit(chain.at(4));
    QVERIFY(!again.ok());
    Status gap = store->appendLocalAudit(test::makeAuditEntry(7, chain.last().hash));
    QVERIFY(!gap.ok());
    QVERIFY2(gap.errorMessage().contains(QStringLiteral("cannot follow entry 4")), qPrintable(gap.errorMessage()));
    QVERIFY(store->appendLocalAudit(test::makeAuditEntry(5, chain.last().hash)).ok());
    QCOMPARE(store->loadLocalAudit().value().size(), 6);
    QVERIFY(store->loadBackendAudit().value().isEmpty()); // the two chains are kept apart
}

void TestCacheStore::backendAuditIsIdempotentAndRefusesRewrites()
{
    auto store = openStore();
    QVERIFY(store);
    const QList<AuditEntry> chain = test::makeAuditChain(10, 6);
    QVERIFY(store->appendBackendAudit(chain.mid(0, 4)).ok());
    // Re-fetching an overlapping page is harmless.
    Status overlap = store->appendBackendAudit(chain.mid(2, 4));
    QVERIFY2(overlap.ok(), qPrintable(overlap.errorMessage()));
    QCOMPARE(store->loadBackendAudit().value(), chain);

    AuditEntry forged = chain.at(3);
    forged.actor = QStringLiteral("mallory");
    forged.hash = QCryptographicHash::hash(QByteArray(forged.prevHash + forged.canonicalBytes()),
                                           QCryptographicHash::Sha256);
    Status rewritten = store->appendBackendAudit({forged});
    QVERIFY(!rewritten.ok());
    QVERIFY2(rewritten.errorMessage().contains(QStringLiteral("Audit entry 13 differs")),
             qPrintable(rewritten.errorMessage()));
    QCOMPARE(store->loadBackendAudit(13, 1).value().first(), chain.at(3));

    CacheBatch batch;
    batch.backendAudit = {test::makeAuditEntry(16, chain.last().hash)};
    QCOMPARE(APPLY(*store, batch).backendAudit, 1);
}

void TestCacheStore::tamperedAuditRowIsDetected()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->appendBackendAudit(test::makeAuditChain(0, 3)).ok());
    QVERIFY(store->database().exec(QStringLiteral("UPDATE audit_backend SET hash = zeroblob(32) WHERE idx = 1")).ok());
    Result<QList<AuditEntry>> loaded = store->loadBackendAudit();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorMessage().contains(QStringLiteral("is damaged: audit entry 1")),
             qPrintable(loaded.errorMessage()));
}

void TestCacheStore::damagedEnumIsReported()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    batch.devices = {test::makeDevice(1)};
    batch.events = eventRange(1, 2);
    batch.sites = {test::makeSite(1)};
    QVERIFY(store->apply(batch).ok());
    QVERIFY(store->database().exec(QStringLiteral("UPDATE devices SET status = 42; UPDATE events SET severity = -1 "
                                                  "WHERE seq = 2; UPDATE sites SET kind = 9;"))
                .ok());
    Result<QList<Device>> devices = store->loadDevices();
    QVERIFY(!devices.ok());
    QVERIFY2(devices.errorMessage().contains(QStringLiteral("dev-1")), qPrintable(devices.errorMessage()));
    QVERIFY2(devices.errorMessage().contains(m_path), qPrintable(devices.errorMessage()));
    QVERIFY(!store->loadEvents().ok());
    QVERIFY(store->loadEvents(2).ok()); // only event 2 is damaged
    QVERIFY(!store->loadSites().ok());

    QVERIFY(store->database().exec(QStringLiteral("UPDATE incidents SET json = '{'")).ok()); // no rows: still fine
    QVERIFY(store->loadIncidents().ok());
    batch = CacheBatch{};
    batch.rules = {test::makeRule(1)};
    QVERIFY(store->apply(batch).ok());
    QVERIFY(store->database().exec(QStringLiteral("UPDATE rules SET json = '{\"id\":\"rule-1\"}'")).ok());
    Result<QList<Rule>> rules = store->loadRules();
    QVERIFY(!rules.ok());
    QVERIFY2(rules.errorMessage().contains(QStringLiteral("rule-1")), qPrintable(rules.errorMessage()));
}

void TestCacheStore::integrityCheckOnFreshStore()
{
    auto store = openStore();
    QVERIFY(store);
    CacheBatch batch;
    for (int i = 0; i < 100; ++i)
        batch.devices.append(test::makeDevice(i));
    batch.events = eventRange(1, 100);
    QVERIFY(store->apply(batch).ok());
    Result<QStringList> problems = store->integrityCheck();
    QVERIFY2(problems.ok(), qPrintable(problems.errorMessage()));
    QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
