#include "DomainCompare.h"
#include "analysis/ImpactAnalysis.h"
#include "topology/FleetTopology.h"
#include "topology/TopologyHighlight.h"
#include "topology/TopologyLayout.h"
#include "topology/TopologySpatialIndex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace warden;

namespace {

struct Fleet {
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Device> devices;
    QList<Link> links;
};

QString padded(const QString &prefix, int number)
{
    return prefix + QString::number(number).rightJustified(5, QLatin1Char('0'));
}

Device makeDevice(const QString &id, const QString &siteId, const QString &gatewayId, int risk = 10)
{
    Device device;
    device.id = id;
    device.name = id.toUpper();
    device.deviceClass = QStringLiteral("ip_camera");
    device.siteId = siteId;
    device.gatewayId = gatewayId;
    device.riskScore = risk;
    return device;
}

// A small deterministic fleet: uneven sites, a few gateways each, uplinks plus some peer links.
Fleet makeFleet(int siteCount, int devicesPerSite, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    Fleet fleet;
    int gatewayNumber = 0, deviceNumber = 0;
    for (int s = 0; s < siteCount; ++s) {
        Site site;
        site.id = padded(QStringLiteral("site-"), s);
        site.name = QStringLiteral("Site %1").arg(s);
        site.timeZone = QStringLiteral("UTC");
        fleet.sites.append(site);
        const int gateways = 1 + s % 4;
        const int devices = devicesPerSite / 2 + int(random.bounded(devicesPerSite + 1));
        QStringList gatewayIds;
        for (int g = 0; g < gateways; ++g) {
            Gateway gateway;
            gateway.id = padded(QStringLiteral("gw-"), ++gatewayNumber);
            gateway.siteId = site.id;
            gateway.name = gateway.id;
            fleet.gateways.append(gateway);
            gatewayIds.append(gateway.id);
            if (g > 0)
                fleet.links.append(Link{gateway.id, gatewayIds.first(), LinkKind::Uplink});
        }
        for (int d = 0; d < devices; ++d) {
            const QString gatewayId = gatewayIds.at(int(random.bounded(gateways)));
            const Device device = makeDevice(padded(QStringLiteral("dev-"), ++deviceNumber), site.id, gatewayId,
                                             int(random.bounded(101)));
            fleet.devices.append(device);
            fleet.links.append(Link{device.id, gatewayId, LinkKind::Uplink});
            if (d > 0 && random.bounded(5) == 0)
                fleet.links.append(Link{device.id, fleet.devices.at(fleet.devices.size() - 2).id, LinkKind::Peer});
        }
    }
    return fleet;
}

FleetTopology topologyOf(const Fleet &fleet)
{
    return FleetTopology::fromFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
}

qreal distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// The largest distance any node placed in `before` moved in `after`, leaving out `except`.
qreal largestMove(const FleetTopology &topology, const TopologyLayout &before, const TopologyLayout &after,
                  const QSet<TopologyNode> &except = {})
{
    qreal largest = 0;
    for (TopologyNode node = 0; node < TopologyNode(before.nodeCount()); ++node) {
        if (!before.isPlaced(node) || except.contains(node) || !topology.isPresent(node))
            continue;
        largest = std::max(largest, distance(before.position(node), after.position(node)));
    }
    return largest;
}

QSet<TopologyNode> nodesOfSite(const FleetTopology &topology, int site)
{
    QSet<TopologyNode> nodes;
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node)
        if (topology.site(node) == site)
            nodes.insert(node);
    return nodes;
}

FleetTopology twoBackendsOf(const Fleet &east, const Fleet &west)
{
    FleetTopology topology;
    const QList<std::pair<QString, const Fleet *>> backends{{QStringLiteral("east"), &east},
                                                            {QStringLiteral("west"), &west}};
    for (const auto &[backend, fleet] : backends) {
        for (const Site &site : fleet->sites)
            topology.upsertSite(site, backend);
        for (const Gateway &gateway : fleet->gateways)
            topology.upsertGateway(gateway, backend);
        for (const Device &device : fleet->devices)
            topology.upsertDevice(device, backend);
        for (const Link &link : fleet->links)
            topology.addLink(link, backend);
    }
    return topology;
}

// The bounding box of the backend's placed nodes.
QRectF nodeBoundsOf(const FleetTopology &topology, const TopologyLayout &layout, const QString &backend)
{
    QRectF bounds;
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node) {
        if (!topology.isPresent(node) || topology.backendName(node) != backend || !layout.isPlaced(node))
            continue;
        const QRectF point(layout.position(node), QSizeF(1e-6, 1e-6));
        bounds = bounds.isNull() ? point : bounds.united(point);
    }
    return bounds;
}

} // namespace

class TestTopologyLayout : public QObject {
    Q_OBJECT

private slots:
    void graphResolvesReferencesInAnyOrder();
    void graphIgnoresDuplicateLinksAndDropsLinksOfRemovedNodes();
    void graphReportsStateAndStructureChanges();
    void layoutPlacesEveryNodeInsideItsSite_data();
    void layoutPlacesEveryNodeInsideItsSite();
    void layoutKeepsDevicesApart();
    void layoutIsDeterministicAndIgnoresArrivalOrder();
    void addingADeviceMovesNothingElse_data();
    void addingADeviceMovesNothingElse();
    void addingLinksMovesNothing();
    void newSiteTakesANewCell();
    void newGatewayRelaysOutOnlyItsSite();
    void outgrowingACellRelocatesOnlyThatSite();
    void removingANodeMovesNothing();
    void spatialIndexMatchesBruteForce_data();
    void spatialIndexMatchesBruteForce();
    void spatialIndexEmptyAndTies();
    void highlightFromIdsAndImpact();
    void twoBackendsKeepCollidingIdsApart();
    void twoBackendsLayOutAsSeparateRegions_data();
    void twoBackendsLayOutAsSeparateRegions();
    void backendJoiningLaterMovesNothingElse();
    void reloadingOneBackendKeepsTheOther();
    void highlightResolvesByBackend();
};

void TestTopologyLayout::graphResolvesReferencesInAnyOrder()
{
    FleetTopology topology;
    // Link first, then a device naming a gateway and a site nobody described yet.
    QCOMPARE(topology.addLink(Link{QStringLiteral("d1"), QStringLiteral("g1"), LinkKind::Uplink}), TopologyChange::None);
    QCOMPARE(topology.pendingLinkCount(), 1);
    QCOMPARE(topology.upsertDevice(makeDevice(QStringLiteral("d1"), QStringLiteral("s1"), QStringLiteral("g1"))),
             TopologyChange::Structure);
    QCOMPARE(topology.gatewayCount(), 1); // placeholder gateway
    QCOMPARE(topology.linkCount(), 1);    // resolved as soon as both ends exist
    QCOMPARE(topology.pendingLinkCount(), 0);
    QCOMPARE(topology.siteName(*topology.siteOf(QStringLiteral("s1"))), QStringLiteral("s1"));

    Site site;
    site.id = QStringLiteral("s1");
    site.name = QStringLiteral("North Campus");
    QCOMPARE(topology.upsertSite(site), TopologyChange::State);
    QCOMPARE(topology.siteName(0), QStringLiteral("North Campus"));

    Gateway gateway;
    gateway.id = QStringLiteral("g1");
    gateway.siteId = QStringLiteral("s1");
    gateway.name = QStringLiteral("Core switch");
    QCOMPARE(topology.upsertGateway(gateway), TopologyChange::State); // same site: only its name changed
    const TopologyNode g1 = *topology.nodeOf(QStringLiteral("g1"));
    QCOMPARE(topology.name(g1), QStringLiteral("Core switch"));
    QCOMPARE(topology.kind(g1), TopologyNodeKind::Gateway);
    QCOMPARE(topology.gateway(*topology.nodeOf(QStringLiteral("d1"))), g1);
    QCOMPARE(topology.classNames().at(topology.deviceClass(g1)), FleetTopology::gatewayClassName());

    // A device without a site lands in the "(no site)" cluster, not nowhere.
    QCOMPARE(topology.upsertDevice(makeDevice(QStringLiteral("d2"), QString(), QString())), TopologyChange::Structure);
    QCOMPARE(topology.siteName(topology.site(*topology.nodeOf(QStringLiteral("d2")))), QStringLiteral("(no site)"));
    QCOMPARE(topology.deviceCount(), 2);
}

void TestTopologyLayout::graphIgnoresDuplicateLinksAndDropsLinksOfRemovedNodes()
{
    Fleet fleet = makeFleet(2, 10);
    const qsizetype links = fleet.links.size();
    fleet.links.append(fleet.links.first());                                                   // same again
    fleet.links.append(Link{fleet.links.first().toId, fleet.links.first().fromId, LinkKind::Uplink}); // reversed
    fleet.links.append(Link{QStringLiteral("x"), QStringLiteral("x"), LinkKind::Peer});          // self loop
    FleetTopology topology = topologyOf(fleet);
    QCOMPARE(topology.linkCount(), links);
    QCOMPARE(topology.pendingLinkCount(), 0);

    const QString victim = fleet.devices.at(3).id;
    const TopologyNode node = *topology.nodeOf(victim);
    qsizetype touching = 0;
    for (qsizetype l = 0; l < topology.linkCount(); ++l)
        touching += topology.linkFrom(l) == node || topology.linkTo(l) == node;
    QVERIFY(touching >= 1);
    const qsizetype devices = topology.deviceCount();
    QCOMPARE(topology.removeNode(victim), TopologyChange::Structure);
    QCOMPARE(topology.removeNode(victim), TopologyChange::None);
    QCOMPARE(topology.deviceCount(), devices - 1);
    QCOMPARE(topology.linkCount(), links - touching);
    for (qsizetype l = 0; l < topology.linkCount(); ++l)
        QVERIFY(topology.linkFrom(l) != node && topology.linkTo(l) != node);
    // The remaining links are still deduplicated by key after the swap-removal.
    const Link again{fleet.devices.at(0).id, fleet.devices.at(0).gatewayId, LinkKind::Uplink};
    QCOMPARE(topology.addLink(again), TopologyChange::None);
    QCOMPARE(topology.upsertDevice(fleet.devices.at(3)), TopologyChange::Structure); // comes back, same index
    QCOMPARE(*topology.nodeOf(victim), node);
    QCOMPARE(topology.deviceCount(), devices);
}

void TestTopologyLayout::graphReportsStateAndStructureChanges()
{
    const Fleet fleet = makeFleet(2, 10);
    FleetTopology topology = topologyOf(fleet);
    const quint64 structure = topology.structureRevision();
    Device device = fleet.devices.at(0);
    device.riskScore = 99;
    device.status = DeviceStatus::Offline;
    device.quarantine = QuarantineLevel::Isolate;
    QCOMPARE(topology.upsertDevice(device), TopologyChange::State);
    QCOMPARE(topology.structureRevision(), structure);
    const TopologyNode node = *topology.nodeOf(device.id);
    QCOMPARE(topology.risk(node), 99);
    QCOMPARE(topology.status(node), DeviceStatus::Offline);
    QCOMPARE(topology.quarantine(node), QuarantineLevel::Isolate);

    device.gatewayId = fleet.gateways.last().id; // moved to another gateway (and site)
    device.siteId = fleet.gateways.last().siteId;
    QCOMPARE(topology.upsertDevice(device), TopologyChange::Structure);
    QVERIFY(topology.structureRevision() > structure);
}

void TestTopologyLayout::layoutPlacesEveryNodeInsideItsSite_data()
{
    QTest::addColumn<int>("sites");
    QTest::addColumn<int>("devicesPerSite");
    QTest::newRow("one site, one gateway") << 1 << 40;
    QTest::newRow("few sites") << 5 << 60;
    QTest::newRow("many small sites") << 60 << 8;
    QTest::newRow("big sites") << 6 << 600;
}

void TestTopologyLayout::layoutPlacesEveryNodeInsideItsSite()
{
    QFETCH(int, sites);
    QFETCH(int, devicesPerSite);
    const FleetTopology topology = topologyOf(makeFleet(sites, devicesPerSite));
    const TopologyLayout layout = TopologyLayout::compute(topology);
    QCOMPARE(layout.nodeCount(), topology.nodeCount());
    QCOMPARE(layout.siteCount(), topology.siteCount());
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node) {
        QVERIFY2(layout.isPlaced(node), qPrintable(topology.id(node)));
        const TopologySitePlacement &site = layout.site(topology.site(node));
        QVERIFY(distance(layout.position(node), site.centre) <= site.radius + 1e-9);
        QVERIFY(site.radius <= site.cellRadius);
        QVERIFY(layout.bounds().contains(layout.position(node)));
    }
    // Cells never overlap.
    for (int a = 0; a < layout.siteCount(); ++a)
        for (int b = a + 1; b < layout.siteCount(); ++b)
            QVERIFY(distance(layout.site(a).centre, layout.site(b).centre)
                    >= layout.site(a).cellRadius + layout.site(b).cellRadius - 1e-9);
    // Sites are in rows by id: a later site is never above-left of an earlier one's row.
    for (int s = 1; s < layout.siteCount(); ++s) {
        const QPointF previous = layout.site(s - 1).centre, current = layout.site(s).centre;
        QVERIFY(current.y() > previous.y() || (current.y() == previous.y() && current.x() > previous.x()));
    }
    // The map is wider than tall (a screen), unless there are too few sites to matter.
    if (sites >= 20)
        QVERIFY(layout.bounds().width() > layout.bounds().height());
}

void TestTopologyLayout::layoutKeepsDevicesApart()
{
    const FleetTopology topology = topologyOf(makeFleet(8, 300));
    const TopologyLayout layout = TopologyLayout::compute(topology);
    const qreal spacing = layout.parameters().deviceSpacing;
    QList<bool> all(topology.nodeCount(), true);
    TopologySpatialIndex index;
    index.build(layout.positions(), all, 2 * spacing);
    qreal closest = std::numeric_limits<qreal>::max();
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node) {
        for (const TopologyNode other : index.within(QRectF(layout.position(node) - QPointF(spacing, spacing),
                                                            QSizeF(2 * spacing, 2 * spacing)))) {
            if (other != node)
                closest = std::min(closest, distance(layout.position(node), layout.position(other)));
        }
    }
    // Sunflower packing at even density keeps neighbours a good fraction of the nominal spacing apart.
    QVERIFY2(closest >= 0.4 * spacing, qPrintable(QString::number(closest)));
}

void TestTopologyLayout::layoutIsDeterministicAndIgnoresArrivalOrder()
{
    const Fleet fleet = makeFleet(12, 50);
    const FleetTopology topology = topologyOf(fleet);
    const TopologyLayout first = TopologyLayout::compute(topology);
    const TopologyLayout second = TopologyLayout::compute(topology);
    QCOMPARE(first.positions(), second.positions());

    Fleet shuffled = fleet;
    QRandomGenerator random(99);
    std::shuffle(shuffled.sites.begin(), shuffled.sites.end(), random);
    std::shuffle(shuffled.gateways.begin(), shuffled.gateways.end(), random);
    std::shuffle(shuffled.devices.begin(), shuffled.devices.end(), random);
    std::shuffle(shuffled.links.begin(), shuffled.links.end(), random);
    const FleetTopology other = topologyOf(shuffled);
    const TopologyLayout otherLayout = TopologyLayout::compute(other);
    QCOMPARE(other.nodeCount(), topology.nodeCount());
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node) {
        const TopologyNode same = *other.nodeOf(topology.id(node));
        QCOMPARE(otherLayout.position(same), first.position(node));
    }
}

void TestTopologyLayout::addingADeviceMovesNothingElse_data()
{
    QTest::addColumn<int>("siteIndex");
    QTest::addColumn<int>("gatewayIndex");
    QTest::newRow("first site, its only gateway") << 0 << 0;
    QTest::newRow("site with four gateways") << 3 << 2;
    QTest::newRow("last site") << 9 << 1;
}

void TestTopologyLayout::addingADeviceMovesNothingElse()
{
    QFETCH(int, siteIndex);
    QFETCH(int, gatewayIndex);
    const Fleet fleet = makeFleet(10, 40);
    FleetTopology topology = topologyOf(fleet);
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;

    const QString siteId = fleet.sites.at(siteIndex).id;
    QStringList gateways;
    for (const Gateway &gateway : fleet.gateways)
        if (gateway.siteId == siteId)
            gateways.append(gateway.id);
    const Device device = makeDevice(QStringLiteral("dev-new"), siteId, gateways.at(gatewayIndex));
    QCOMPARE(topology.upsertDevice(device), TopologyChange::Structure);
    topology.addLink(Link{device.id, device.gatewayId, LinkKind::Uplink});
    const TopologyLayout::Update update = after.extend(topology);

    QCOMPARE(update.placed, 1);
    QVERIFY(update.relaidSites.isEmpty());
    const TopologyNode added = *topology.nodeOf(device.id);
    QVERIFY(after.isPlaced(added));
    QCOMPARE(largestMove(topology, before, after), 0.0); // exactly nothing else moved
    const TopologySitePlacement &site = after.site(*topology.siteOf(siteId));
    QVERIFY(distance(after.position(added), site.centre) <= site.cellRadius);
    // The newcomer keeps clear of its neighbours too.
    for (TopologyNode node = 0; node < added; ++node)
        QVERIFY(distance(after.position(node), after.position(added)) >= 0.3 * after.parameters().deviceSpacing);
    QCOMPARE(after.structureRevision(), topology.structureRevision());
}

void TestTopologyLayout::addingLinksMovesNothing()
{
    const Fleet fleet = makeFleet(6, 30);
    FleetTopology topology = topologyOf(fleet);
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;
    // A peer link across sites: structure changes, positions must not.
    QCOMPARE(topology.addLink(Link{fleet.devices.first().id, fleet.devices.last().id, LinkKind::Peer}),
             TopologyChange::Structure);
    const TopologyLayout::Update update = after.extend(topology);
    QCOMPARE(update.placed, 0);
    QCOMPARE(after.positions(), before.positions());
}

void TestTopologyLayout::newSiteTakesANewCell()
{
    const Fleet fleet = makeFleet(7, 30);
    FleetTopology topology = topologyOf(fleet);
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;
    // An id sorting first would land first in a full layout; extend() must not shift everyone for it.
    Site site;
    site.id = QStringLiteral("aaa-new-site");
    site.name = QStringLiteral("New site");
    topology.upsertSite(site);
    for (int i = 0; i < 25; ++i)
        topology.upsertDevice(makeDevice(QStringLiteral("new-%1").arg(i), site.id, QStringLiteral("new-gw")));
    const TopologyLayout::Update update = after.extend(topology);
    QCOMPARE(update.relaidSites, QList<int>{*topology.siteOf(site.id)});
    QVERIFY(update.relocatedSites.isEmpty());
    QCOMPARE(update.placed, 26);
    QCOMPARE(largestMove(topology, before, after), 0.0);
    const int added = *topology.siteOf(site.id);
    for (int other = 0; other < added; ++other)
        QVERIFY(distance(after.site(added).centre, after.site(other).centre)
                >= after.site(added).cellRadius + after.site(other).cellRadius - 1e-9);
    QVERIFY(after.bounds().contains(after.site(added).centre));
}

void TestTopologyLayout::newGatewayRelaysOutOnlyItsSite()
{
    const Fleet fleet = makeFleet(5, 40);
    FleetTopology topology = topologyOf(fleet);
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;
    const int site = 2;
    Gateway gateway;
    gateway.id = QStringLiteral("gw-new");
    gateway.siteId = fleet.sites.at(site).id;
    topology.upsertGateway(gateway);
    topology.upsertDevice(makeDevice(QStringLiteral("dev-under-new"), gateway.siteId, gateway.id));
    const TopologyLayout::Update update = after.extend(topology);
    QCOMPARE(update.relaidSites, QList<int>{site});
    const QSet<TopologyNode> siteNodes = nodesOfSite(topology, site);
    QCOMPARE(largestMove(topology, before, after, siteNodes), 0.0);
    // The re-laid-out site stays in its cell.
    QCOMPARE(after.site(site).centre, before.site(site).centre);
    for (const TopologyNode node : siteNodes)
        QVERIFY(distance(after.position(node), after.site(site).centre) <= after.site(site).cellRadius);
}

void TestTopologyLayout::outgrowingACellRelocatesOnlyThatSite()
{
    const Fleet fleet = makeFleet(4, 20);
    FleetTopology topology = topologyOf(fleet);
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;
    const QString siteId = fleet.sites.at(1).id;
    QString gatewayId;
    for (const Gateway &gateway : fleet.gateways)
        if (gateway.siteId == siteId)
            gatewayId = gateway.id;
    const int site = *topology.siteOf(siteId);
    int relocations = 0;
    int reflows = 0;
    int added = 0;
    // Grow one gateway a device at a time, as a live stream would. A full wedge first re-balances the wedges
    // inside the same cell; only when the whole site no longer fits does it move to a bigger cell.
    while (relocations == 0 && added < 3000) {
        const TopologyLayout previous = after;
        topology.upsertDevice(makeDevice(QStringLiteral("grow-%1").arg(added++), siteId, gatewayId));
        const TopologyLayout::Update update = after.extend(topology);
        relocations += int(update.relocatedSites.size());
        if (update.relaidSites.isEmpty()) {
            QCOMPARE(update.placed, 1);
            QCOMPARE(largestMove(topology, previous, after), 0.0);
        } else {
            QCOMPARE(update.relaidSites, QList<int>{site});
            reflows += update.relocatedSites.isEmpty();
        }
    }
    QCOMPARE(relocations, 1);
    QVERIFY(reflows >= 1);
    QVERIFY(added > 10); // the cell had room to grow first
    QCOMPARE(largestMove(topology, before, after, nodesOfSite(topology, site)), 0.0);
    for (int other = 0; other < after.siteCount(); ++other) {
        if (other != site)
            QVERIFY(distance(after.site(site).centre, after.site(other).centre)
                    >= after.site(site).cellRadius + after.site(other).cellRadius - 1e-9);
    }
    for (const TopologyNode node : nodesOfSite(topology, site))
        QVERIFY(distance(after.position(node), after.site(site).centre) <= after.site(site).cellRadius);
}

void TestTopologyLayout::removingANodeMovesNothing()
{
    const Fleet fleet = makeFleet(3, 30);
    FleetTopology topology = topologyOf(fleet);
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;
    const TopologyNode removed = *topology.nodeOf(fleet.devices.at(5).id);
    topology.removeNode(fleet.devices.at(5).id);
    const TopologyLayout::Update update = after.extend(topology);
    QCOMPARE(update.placed, 0);
    QVERIFY(!after.isPlaced(removed));
    QCOMPARE(largestMove(topology, before, after), 0.0);
}

void TestTopologyLayout::spatialIndexMatchesBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qreal>("cellSize");
    QTest::newRow("few points, big cells") << 20 << 50.0;
    QTest::newRow("many points") << 3000 << 8.0;
    QTest::newRow("tiny cells are coarsened") << 500 << 0.001;
}

void TestTopologyLayout::spatialIndexMatchesBruteForce()
{
    QFETCH(int, count);
    QFETCH(qreal, cellSize);
    QRandomGenerator random(count);
    QList<QPointF> points;
    QList<bool> include;
    for (int i = 0; i < count; ++i) {
        points.append(QPointF(random.bounded(1000.0), random.bounded(600.0)));
        include.append(i % 7 != 3); // some nodes filtered out
    }
    TopologySpatialIndex index;
    index.build(points, include, cellSize);
    QCOMPARE(index.size(), std::count(include.cbegin(), include.cend(), true));
    for (int q = 0; q < 60; ++q) {
        const QPointF probe(random.bounded(1100.0) - 50, random.bounded(700.0) - 50);
        const qreal reach = 5 + random.bounded(40.0);
        std::optional<TopologyNode> expected;
        qreal best = reach * reach;
        for (int i = 0; i < count; ++i) {
            const QPointF d = points.at(i) - probe;
            const qreal squared = d.x() * d.x() + d.y() * d.y();
            if (include.at(i) && squared < best) {
                best = squared;
                expected = TopologyNode(i);
            }
        }
        QCOMPARE(index.nearest(probe, reach), expected);

        const QRectF rect(probe, QSizeF(random.bounded(200.0), random.bounded(200.0)));
        QList<TopologyNode> inside;
        for (int i = 0; i < count; ++i) {
            const QPointF &p = points.at(i);
            if (include.at(i) && p.x() >= rect.left() && p.x() <= rect.right() && p.y() >= rect.top()
                && p.y() <= rect.bottom())
                inside.append(TopologyNode(i));
        }
        QCOMPARE(index.within(rect), inside);
    }
}

void TestTopologyLayout::spatialIndexEmptyAndTies()
{
    TopologySpatialIndex index;
    QCOMPARE(index.nearest(QPointF(0, 0), 10), std::nullopt);
    index.build({QPointF(1, 1), QPointF(5, 5)}, {false, false}, 4);
    QCOMPARE(index.size(), 0);
    QVERIFY(index.within(QRectF(0, 0, 10, 10)).isEmpty());
    // Two nodes at the same distance: the lower index wins, every time.
    index.build({QPointF(10, 0), QPointF(0, 0), QPointF(-10, 0)}, {true, false, true}, 4);
    QCOMPARE(index.nearest(QPointF(0, 0), 11), TopologyNode(0));
    QCOMPARE(index.nearest(QPointF(0, 0), 9), std::nullopt);
}

void TestTopologyLayout::highlightFromIdsAndImpact()
{
    const Fleet fleet = makeFleet(2, 12);
    const FleetTopology topology = topologyOf(fleet);
    const QString a = fleet.devices.at(0).id, b = fleet.devices.at(1).id, gw = fleet.devices.at(0).gatewayId;
    const TopologyHighlight fromIds = TopologyHighlight::fromIds(
        topology, {a, QStringLiteral("ghost")}, {b, a, gw, QStringLiteral("ghost")}, QStringLiteral("INC-7"));
    QCOMPARE(fromIds.title, QStringLiteral("INC-7"));
    QCOMPARE(fromIds.affected, QSet<TopologyNode>{*topology.nodeOf(a)});
    QCOMPARE(fromIds.reachable, (QSet<TopologyNode>{*topology.nodeOf(b), *topology.nodeOf(gw)})); // a stays affected
    QCOMPARE(fromIds.unknownIds, QStringList{QStringLiteral("ghost")});
    QVERIFY(fromIds.contains(*topology.nodeOf(gw)));
    QVERIFY(!fromIds.contains(*topology.nodeOf(fleet.devices.last().id)));

    // The real blast-radius search feeds the same adapter.
    auto graph = std::make_shared<const TopologyGraph>(
        TopologyGraph::build(fleet.sites, fleet.gateways, fleet.devices, fleet.links));
    const ImpactResult impact = ImpactAnalysis(graph).analyse({a, QStringLiteral("ghost")});
    const TopologyHighlight highlight = TopologyHighlight::fromImpact(topology, impact);
    QCOMPARE(highlight.affected, QSet<TopologyNode>{*topology.nodeOf(a)});
    QCOMPARE(highlight.reachable.size(), impact.reached.size() + impact.gateways.size());
    QVERIFY(highlight.reachable.contains(*topology.nodeOf(gw)));
    QCOMPARE(highlight.unknownIds, QStringList{QStringLiteral("ghost")});
    QVERIFY(TopologyHighlight().isEmpty());
}

void TestTopologyLayout::twoBackendsKeepCollidingIdsApart()
{
    // Both backends use the same ids for different fleets (the simulator names devices the same way).
    const Fleet east = makeFleet(3, 10, 1);
    const Fleet west = makeFleet(4, 12, 2);
    const FleetTopology topology = twoBackendsOf(east, west);
    QCOMPARE(topology.backendCount(), 2);
    QCOMPARE(topology.presentBackendCount(), 2);
    QCOMPARE(topology.deviceCount(), east.devices.size() + west.devices.size());
    QCOMPARE(topology.gatewayCount(), east.gateways.size() + west.gateways.size());
    QCOMPARE(topology.siteCount(), 7);
    const QString id = east.devices.first().id;
    QCOMPARE(west.devices.first().id, id);
    const auto inEast = topology.nodeOf(QStringLiteral("east"), id);
    const auto inWest = topology.nodeOf(QStringLiteral("west"), id);
    QVERIFY(inEast && inWest);
    QVERIFY(*inEast != *inWest);
    QCOMPARE(topology.backendName(*inEast), QStringLiteral("east"));
    QCOMPARE(topology.backendName(*inWest), QStringLiteral("west"));
    QCOMPARE(topology.risk(*inWest), west.devices.first().riskScore);
    QVERIFY(!topology.nodeOf(QStringLiteral("north"), id));
    // A device's gateway and site are its own backend's, though the other backend has the same ids.
    QCOMPARE(topology.backendName(topology.gateway(*inWest)), QStringLiteral("west"));
    QCOMPARE(topology.backendName(topology.siteBackend(topology.site(*inWest))), QStringLiteral("west"));
    QVERIFY(topology.siteOf(QStringLiteral("east"), east.sites.first().id)
            != topology.siteOf(QStringLiteral("west"), west.sites.first().id));
    // Links never join backends, and each backend's links all arrived.
    for (qsizetype link = 0; link < topology.linkCount(); ++link)
        QCOMPARE(topology.backend(topology.linkFrom(link)), topology.backend(topology.linkTo(link)));
    QCOMPARE(topology.pendingLinkCount(), 0);
    // Removing a node of one backend leaves the other's node of the same id.
    FleetTopology edited = topology;
    QCOMPARE(edited.removeNode(id, QStringLiteral("west")), TopologyChange::Structure);
    QVERIFY(!edited.isPresent(*inWest));
    QVERIFY(edited.isPresent(*inEast));
}

void TestTopologyLayout::twoBackendsLayOutAsSeparateRegions_data()
{
    QTest::addColumn<int>("eastSites");
    QTest::addColumn<int>("westSites");
    QTest::newRow("similar") << 6 << 5;
    QTest::newRow("one site against many") << 1 << 14;
    QTest::newRow("many against one site") << 14 << 1;
}

void TestTopologyLayout::twoBackendsLayOutAsSeparateRegions()
{
    QFETCH(int, eastSites);
    QFETCH(int, westSites);
    const Fleet east = makeFleet(eastSites, 30, 3);
    const Fleet west = makeFleet(westSites, 30, 4);
    const FleetTopology topology = twoBackendsOf(east, west);
    const TopologyLayout layout = TopologyLayout::compute(topology);
    const int eastIndex = *topology.backendOf(QStringLiteral("east"));
    const int westIndex = *topology.backendOf(QStringLiteral("west"));
    const QRectF eastRegion = layout.backendBounds(eastIndex);
    const QRectF westRegion = layout.backendBounds(westIndex);
    QVERIFY(!eastRegion.isNull() && !westRegion.isNull());
    // Each backend's sites are clustered in its own region, the regions do not overlap ("east" sorts first).
    QVERIFY(!eastRegion.intersects(westRegion));
    QVERIFY(eastRegion.right() < westRegion.left());
    QVERIFY(eastRegion.contains(nodeBoundsOf(topology, layout, QStringLiteral("east"))));
    QVERIFY(westRegion.contains(nodeBoundsOf(topology, layout, QStringLiteral("west"))));
    for (int site = 0; site < topology.siteCount(); ++site) {
        const TopologySitePlacement &placement = layout.site(site);
        const QRectF region = topology.siteBackend(site) == eastIndex ? eastRegion : westRegion;
        QVERIFY(region.contains(placement.centre));
    }
    // Deterministic, whichever backend (and record) arrived first.
    const FleetTopology reversed = [&] {
        Fleet shuffledWest = west;
        QRandomGenerator random(5);
        std::shuffle(shuffledWest.devices.begin(), shuffledWest.devices.end(), random);
        FleetTopology other;
        for (const Site &site : shuffledWest.sites)
            other.upsertSite(site, QStringLiteral("west"));
        for (const Gateway &gateway : shuffledWest.gateways)
            other.upsertGateway(gateway, QStringLiteral("west"));
        for (const Device &device : shuffledWest.devices)
            other.upsertDevice(device, QStringLiteral("west"));
        for (const Site &site : east.sites)
            other.upsertSite(site, QStringLiteral("east"));
        for (const Gateway &gateway : east.gateways)
            other.upsertGateway(gateway, QStringLiteral("east"));
        for (const Device &device : east.devices)
            other.upsertDevice(device, QStringLiteral("east"));
        return other;
    }();
    const TopologyLayout reversedLayout = TopologyLayout::compute(reversed);
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node) {
        const TopologyNode same = *reversed.nodeOf(topology.backendName(node), topology.id(node));
        QCOMPARE(reversedLayout.position(same), layout.position(node));
    }
}

void TestTopologyLayout::backendJoiningLaterMovesNothingElse()
{
    const Fleet east = makeFleet(8, 30, 6);
    const Fleet west = makeFleet(3, 30, 7);
    FleetTopology topology = FleetTopology::fromFleet(east.sites, east.gateways, east.devices, east.links,
                                                      QStringLiteral("east"));
    const TopologyLayout before = TopologyLayout::compute(topology);
    TopologyLayout after = before;
    for (const Site &site : west.sites)
        topology.upsertSite(site, QStringLiteral("west"));
    for (const Gateway &gateway : west.gateways)
        topology.upsertGateway(gateway, QStringLiteral("west"));
    for (const Device &device : west.devices)
        topology.upsertDevice(device, QStringLiteral("west"));
    const TopologyLayout::Update update = after.extend(topology);
    QCOMPARE(update.placed, qsizetype(west.devices.size() + west.gateways.size()));
    QCOMPARE(largestMove(topology, before, after), 0.0);
    const QRectF eastRegion = after.backendBounds(*topology.backendOf(QStringLiteral("east")));
    const QRectF westRegion = after.backendBounds(*topology.backendOf(QStringLiteral("west")));
    QCOMPARE(eastRegion, before.backendBounds(*topology.backendOf(QStringLiteral("east"))));
    QVERIFY(!westRegion.isNull());
    QVERIFY(!eastRegion.intersects(westRegion));
    QVERIFY(westRegion.contains(nodeBoundsOf(topology, after, QStringLiteral("west"))));

    // A device added to the first region's site moves nothing; growing a west site far past its cell sends it
    // to a bigger cell that covers no east site.
    TopologyLayout grown = after;
    QString eastGateway;
    for (const Device &existing : east.devices)
        if (existing.siteId == east.sites.at(2).id)
            eastGateway = existing.gatewayId;
    const Device device = makeDevice(QStringLiteral("dev-late"), east.sites.at(2).id, eastGateway);
    FleetTopology withDevice = topology;
    withDevice.upsertDevice(device, QStringLiteral("east"));
    QCOMPARE(grown.extend(withDevice).placed, 1);
    QCOMPARE(largestMove(withDevice, after, grown), 0.0);

    const QString westSite = west.sites.first().id;
    QString westGateway;
    for (const Gateway &gateway : west.gateways)
        if (gateway.siteId == westSite)
            westGateway = gateway.id;
    for (int i = 0; i < 600; ++i)
        withDevice.upsertDevice(makeDevice(padded(QStringLiteral("dev-west-"), i), westSite, westGateway),
                                QStringLiteral("west"));
    TopologyLayout outgrown = grown;
    const TopologyLayout::Update relocation = outgrown.extend(withDevice);
    const int westSiteIndex = *withDevice.siteOf(QStringLiteral("west"), westSite);
    QCOMPARE(relocation.relocatedSites, QList<int>{westSiteIndex});
    QCOMPARE(largestMove(withDevice, grown, outgrown, nodesOfSite(withDevice, westSiteIndex)), 0.0);
    const TopologySitePlacement &moved = outgrown.site(westSiteIndex);
    const QRectF movedCell(moved.centre - QPointF(moved.cellRadius, moved.cellRadius),
                           QSizeF(2 * moved.cellRadius, 2 * moved.cellRadius));
    for (int site = 0; site < withDevice.siteCount(); ++site) {
        if (site == westSiteIndex)
            continue;
        const TopologySitePlacement &other = outgrown.site(site);
        QVERIFY2(distance(other.centre, moved.centre) >= other.cellRadius + moved.cellRadius - 1e-6,
                 qPrintable(withDevice.siteId(site)));
    }
    QVERIFY(!movedCell.isNull());
}

void TestTopologyLayout::reloadingOneBackendKeepsTheOther()
{
    const Fleet east = makeFleet(4, 20, 8);
    const Fleet west = makeFleet(4, 20, 9);
    FleetTopology topology = twoBackendsOf(east, west);
    const TopologyLayout before = TopologyLayout::compute(topology);
    const QString id = west.devices.at(3).id;
    const TopologyNode westNode = *topology.nodeOf(QStringLiteral("west"), id);
    const TopologyNode eastNode = *topology.nodeOf(QStringLiteral("east"), id);

    // West's fleet is loaded again with one device fewer.
    QCOMPARE(topology.clearBackend(QStringLiteral("west")), TopologyChange::Structure);
    QCOMPARE(topology.deviceCount(), east.devices.size());
    for (const Site &site : west.sites)
        topology.upsertSite(site, QStringLiteral("west"));
    for (const Gateway &gateway : west.gateways)
        topology.upsertGateway(gateway, QStringLiteral("west"));
    for (const Device &device : west.devices)
        if (device.id != id)
            topology.upsertDevice(device, QStringLiteral("west"));
    for (const Link &link : west.links)
        topology.addLink(link, QStringLiteral("west"));
    QCOMPARE(topology.deviceCount(), east.devices.size() + west.devices.size() - 1);
    QVERIFY(!topology.isPresent(westNode));
    QVERIFY(topology.isPresent(eastNode));
    // Nodes that came back keep their index, and so their place.
    QCOMPARE(*topology.nodeOf(QStringLiteral("west"), west.devices.at(4).id),
             *twoBackendsOf(east, west).nodeOf(QStringLiteral("west"), west.devices.at(4).id));
    TopologyLayout after = before;
    after.extend(topology);
    QCOMPARE(largestMove(topology, before, after), 0.0);
    QVERIFY(!after.isPlaced(westNode));
    // The links of the missing device went with it; no link joins an absent node.
    for (qsizetype link = 0; link < topology.linkCount(); ++link)
        QVERIFY(topology.isPresent(topology.linkFrom(link)) && topology.isPresent(topology.linkTo(link)));
}

void TestTopologyLayout::highlightResolvesByBackend()
{
    const Fleet fleet = makeFleet(2, 6, 10);
    const FleetTopology topology = twoBackendsOf(fleet, fleet);
    const QString seed = fleet.devices.at(1).id;
    const QString gateway = fleet.devices.at(1).gatewayId;
    const TopologyHighlight west =
        TopologyHighlight::fromIds(topology, QStringLiteral("west"), {seed}, {gateway, QStringLiteral("ghost")});
    QCOMPARE(west.affected, QSet<TopologyNode>{*topology.nodeOf(QStringLiteral("west"), seed)});
    QCOMPARE(west.reachable, QSet<TopologyNode>{*topology.nodeOf(QStringLiteral("west"), gateway)});
    QCOMPARE(west.unknownIds, QStringList{QStringLiteral("ghost")});
    ImpactResult impact;
    impact.seeds = {seed};
    impact.gateways = {gateway};
    const TopologyHighlight east = TopologyHighlight::fromImpact(topology, QStringLiteral("east"), impact);
    QCOMPARE(east.affected, QSet<TopologyNode>{*topology.nodeOf(QStringLiteral("east"), seed)});
    QCOMPARE(east.reachable, QSet<TopologyNode>{*topology.nodeOf(QStringLiteral("east"), gateway)});
    // A backend that is not shown knows none of them.
    const TopologyHighlight north = TopologyHighlight::fromIds(topology, QStringLiteral("north"), {seed}, {});
    QVERIFY(north.isEmpty());
    QCOMPARE(north.unknownIds, QStringList{seed});
}

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "tst_topologylayout.moc"
