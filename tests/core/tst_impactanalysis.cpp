#include "analysis/ImpactAnalysis.h"
#include "analysis/TopologyGraph.h"

#include <QElapsedTimer>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

Device device(const QString &id, const QString &site, const QString &gateway, bool safety = false,
              QuarantineLevel quarantine = QuarantineLevel::None, const QString &owner = {})
{
    Device result;
    result.id = id;
    result.name = u"Device "_s + id;
    result.siteId = site;
    result.gatewayId = gateway;
    result.capabilities.safetyCritical = safety;
    result.quarantine = quarantine;
    result.ownerRef = owner;
    return result;
}

Link link(const QString &from, const QString &to, LinkKind kind = LinkKind::Peer)
{
    return Link{from, to, kind};
}

// North Campus: gw-n with n1..n4 (n2 safety-critical, n3 isolated); South Yard: gw-s with s1 (safety-critical), s2;
// p1 has no gateway and hangs off s2. Peer n1 - s1 crosses sites; gw-n - gw-s is the backbone.
std::shared_ptr<const TopologyGraph> smallTopology()
{
    const QList<Site> sites{Site{u"s-north"_s, u"North Campus"_s, SiteKind::Campus, u"Europe/Berlin"_s, {}},
                            Site{u"s-south"_s, u"South Yard"_s, SiteKind::Factory, u"Europe/Berlin"_s, {}}};
    const QList<Gateway> gateways{Gateway{u"gw-n"_s, u"s-north"_s, u"North GW"_s, {}},
                                  Gateway{u"gw-s"_s, u"s-south"_s, u"South GW"_s, {}}};
    const QList<Device> devices{
        device(u"n1"_s, u"s-north"_s, u"gw-n"_s, false, QuarantineLevel::None, u"o-1"_s),
        device(u"n2"_s, u"s-north"_s, u"gw-n"_s, true, QuarantineLevel::None, u"o-2"_s),
        device(u"n3"_s, u"s-north"_s, u"gw-n"_s, false, QuarantineLevel::Isolate, u"o-3"_s),
        device(u"n4"_s, u"s-north"_s, u"gw-n"_s),
        device(u"s1"_s, u"s-south"_s, u"gw-s"_s, true, QuarantineLevel::None, u"o-1"_s),
        device(u"s2"_s, u"s-south"_s, u"gw-s"_s),
        device(u"p1"_s, u"s-south"_s, QString()),
    };
    const QList<Link> links{
        link(u"n1"_s, u"gw-n"_s, LinkKind::Uplink), // duplicates n1's gatewayId
        link(u"n1"_s, u"s1"_s),
        link(u"s2"_s, u"p1"_s),
        link(u"gw-n"_s, u"gw-s"_s, LinkKind::Uplink),
        link(u"ghost"_s, u"n1"_s),
    };
    return std::make_shared<const TopologyGraph>(TopologyGraph::build(sites, gateways, devices, links));
}

QStringList reachedIds(const ImpactResult &result)
{
    QStringList ids;
    for (const ReachedDevice &reached : result.reached)
        ids.append(reached.deviceId + u'@' + QString::number(reached.hops));
    return ids;
}

} // namespace

// Topology graph (CSR adjacency) and blast-radius BFS with hop limits.
class TestImpactAnalysis final : public QObject {
    Q_OBJECT

private slots:
    void graphStructure();
    void blastRadius_data();
    void blastRadius();
    void detailsOfTwoHops();
    void quarantinedDevicesBlockUnlessAsked();
    void seedsAreDeduplicatedAndUnknownOnesListed();
    void gatewayNamedAsAffectedExposesItsDevices();
    void quarantinedSeedStillSpreads();
    void scalesToAHundredThousandDevices();
};

void TestImpactAnalysis::graphStructure()
{
    const auto graph = smallTopology();
    QCOMPARE(graph->nodeCount(), 9);
    QCOMPARE(graph->deviceCount(), 7);
    QCOMPARE(graph->edgeCount(), 9);
    QCOMPARE(graph->skippedLinkCount(), 1);
    const int n1 = graph->nodeIndex(u"n1"_s);
    const int s1 = graph->nodeIndex(u"s1"_s);
    const int n2 = graph->nodeIndex(u"n2"_s);
    const int gwN = graph->nodeIndex(u"gw-n"_s);
    QVERIFY(n1 >= 0 && s1 >= 0 && n2 >= 0 && gwN >= 0);
    QCOMPARE(graph->nodeIndex(u"ghost"_s), -1);
    QVERIFY(graph->linked(n1, s1));
    QVERIFY(graph->linked(s1, n1));
    QVERIFY(graph->linked(n2, gwN));
    QVERIFY(!graph->linked(n1, n2));
    QVERIFY(!graph->linked(n1, -1));
    QCOMPARE(graph->neighbours(gwN).size(), std::size_t(5)); // n1..n4 and gw-s
    QCOMPARE(graph->kind(gwN), TopologyGraph::NodeKind::Gateway);
    QVERIFY(graph->isDevice(n1));
    QVERIFY(graph->safetyCritical(n2));
    QVERIFY(graph->quarantined(graph->nodeIndex(u"n3"_s)));
    QCOMPARE(graph->ownerRef(n1), u"o-1"_s);
    QCOMPARE(graph->name(n1), u"Device n1"_s);
    QCOMPARE(graph->siteName(graph->siteIndex(s1)), u"South Yard"_s);
    QCOMPARE(graph->siteId(graph->siteIndex(gwN)), u"s-north"_s);
    QCOMPARE(graph->siteIndexOf(u"s-north"_s), graph->siteIndex(n1));
}

void TestImpactAnalysis::blastRadius_data()
{
    QTest::addColumn<QStringList>("seeds");
    QTest::addColumn<int>("maxHops");
    QTest::addColumn<QStringList>("reached");
    QTest::addColumn<QStringList>("safetyCritical");
    QTest::addColumn<QStringList>("sites");

    QTest::newRow("zero hops") << QStringList{u"n1"_s} << 0 << QStringList() << QStringList() << QStringList{u"s-north"_s};
    QTest::newRow("one hop: peer only") << QStringList{u"n1"_s} << 1 << QStringList{u"s1@1"_s}
                                        << QStringList{u"s1"_s} << QStringList{u"s-north"_s, u"s-south"_s};
    QTest::newRow("two hops: same gateway") << QStringList{u"n1"_s} << 2
                                            << QStringList{u"s1@1"_s, u"n2@2"_s, u"n4@2"_s}
                                            << QStringList{u"s1"_s, u"n2"_s}
                                            << QStringList{u"s-north"_s, u"s-south"_s};
    QTest::newRow("three hops") << QStringList{u"n1"_s} << 3
                                << QStringList{u"s1@1"_s, u"n2@2"_s, u"n4@2"_s, u"s2@3"_s}
                                << QStringList{u"s1"_s, u"n2"_s} << QStringList{u"s-north"_s, u"s-south"_s};
    QTest::newRow("leaf device") << QStringList{u"p1"_s} << 2 << QStringList{u"s2@1"_s}
                                 << QStringList() << QStringList{u"s-south"_s};
    QTest::newRow("two seeds") << QStringList{u"p1"_s, u"n4"_s} << 1 << QStringList{u"s2@1"_s} << QStringList()
                               << QStringList{u"s-north"_s, u"s-south"_s};
    QTest::newRow("safety-critical seed listed") << QStringList{u"n2"_s} << 1 << QStringList()
                                                 << QStringList{u"n2"_s} << QStringList{u"s-north"_s};
}

void TestImpactAnalysis::blastRadius()
{
    QFETCH(QStringList, seeds);
    QFETCH(int, maxHops);
    QFETCH(QStringList, reached);
    QFETCH(QStringList, safetyCritical);
    QFETCH(QStringList, sites);
    const ImpactAnalysis analysis(smallTopology());
    ImpactOptions options;
    options.maxHops = maxHops;
    const ImpactResult result = analysis.analyse(seeds, options);
    QCOMPARE(result.seeds, seeds);
    QCOMPARE(reachedIds(result), reached);
    QCOMPARE(result.safetyCritical, safetyCritical);
    QCOMPARE(result.siteIds, sites);
    QCOMPARE(result.affectedDeviceCount(), seeds.size() + reached.size());
}

void TestImpactAnalysis::detailsOfTwoHops()
{
    const ImpactAnalysis analysis(smallTopology());
    const ImpactResult result = analysis.analyse({u"n1"_s});
    QCOMPARE(result.gateways, (QStringList{u"gw-n"_s, u"gw-s"_s}));
    QCOMPARE(result.ownerRefs, (QStringList{u"o-1"_s, u"o-2"_s})); // n1 and s1 share o-1; n3 is isolated
    QCOMPARE(result.reached.at(0), (ReachedDevice{u"s1"_s, 1, u"n1"_s}));
    QCOMPARE(result.reached.at(1), (ReachedDevice{u"n2"_s, 2, u"gw-n"_s}));
    QCOMPARE(result.reached.size(), 3); // s2 sits behind gw-s, three hops away
}

void TestImpactAnalysis::quarantinedDevicesBlockUnlessAsked()
{
    const ImpactAnalysis analysis(smallTopology());
    QVERIFY(!reachedIds(analysis.analyse({u"n2"_s})).contains(u"n3@2"_s));
    ImpactOptions options;
    options.traverseQuarantined = true;
    const ImpactResult result = analysis.analyse({u"n2"_s}, options);
    QVERIFY(reachedIds(result).contains(u"n3@2"_s));
    QVERIFY(result.ownerRefs.contains(u"o-3"_s));
}

void TestImpactAnalysis::seedsAreDeduplicatedAndUnknownOnesListed()
{
    const ImpactAnalysis analysis(smallTopology());
    const ImpactResult result = analysis.analyse({u"p1"_s, u"ghost"_s, u"p1"_s, u"ghost"_s});
    QCOMPARE(result.seeds, QStringList{u"p1"_s});
    QCOMPARE(result.unknownSeeds, QStringList{u"ghost"_s});
    QCOMPARE(reachedIds(result), QStringList{u"s2@1"_s});
}

void TestImpactAnalysis::gatewayNamedAsAffectedExposesItsDevices()
{
    // What a gateway observed (an unknown device at gw-s) starts at the gateway: its devices are one hop away, the
    // backbone peer gw-n one hop and gw-n's devices two; the gateway is crossed, not an affected device.
    const ImpactAnalysis analysis(smallTopology());
    const ImpactResult result = analysis.analyse({u"gw-s"_s});
    QVERIFY(result.seeds.isEmpty());
    QVERIFY(result.unknownSeeds.isEmpty());
    QCOMPARE(reachedIds(result), (QStringList{u"s1@1"_s, u"s2@1"_s, u"n1@2"_s, u"n2@2"_s, u"n4@2"_s, u"p1@2"_s}));
    QCOMPARE(result.gateways, (QStringList{u"gw-n"_s, u"gw-s"_s}));
    QVERIFY(result.safetyCritical.contains(u"s1"_s));

    ImpactOptions oneHop;
    oneHop.maxHops = 1;
    QCOMPARE(reachedIds(analysis.analyse({u"gw-s"_s}, oneHop)), (QStringList{u"s1@1"_s, u"s2@1"_s}));
}

void TestImpactAnalysis::quarantinedSeedStillSpreads()
{
    const ImpactAnalysis analysis(smallTopology());
    ImpactOptions options;
    options.maxHops = 2;
    const ImpactResult result = analysis.analyse({u"n3"_s}, options);
    QCOMPARE(reachedIds(result), (QStringList{u"n1@2"_s, u"n2@2"_s, u"n4@2"_s}));
}

void TestImpactAnalysis::scalesToAHundredThousandDevices()
{
    // 100 sites x 10 gateways x 100 devices, plus 20k peer links in rings: 100k devices, 120k links.
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Device> devices;
    QList<Link> links;
    devices.reserve(100'000);
    links.reserve(120'000);
    for (int s = 0; s < 100; ++s) {
        const QString siteId = u"site-%1"_s.arg(s);
        sites.append(Site{siteId, siteId, SiteKind::City, u"UTC"_s, {}});
        for (int g = 0; g < 10; ++g) {
            const QString gatewayId = u"gw-%1-%2"_s.arg(s).arg(g);
            gateways.append(Gateway{gatewayId, siteId, gatewayId, {}});
            for (int d = 0; d < 100; ++d) {
                const int index = (s * 10 + g) * 100 + d;
                Device dev = device(u"dev-%1"_s.arg(index, 6, 10, QLatin1Char('0')), siteId, gatewayId,
                                    index % 97 == 0);
                links.append(Link{dev.id, gatewayId, LinkKind::Uplink});
                devices.append(std::move(dev));
            }
        }
    }
    for (int i = 0; i < 20'000; ++i) {
        const int from = (i * 5) % 100'000;
        const int to = (from + 1000) % 100'000; // next gateway's device
        links.append(Link{devices.at(from).id, devices.at(to).id, LinkKind::Peer});
    }
    QCOMPARE(links.size(), 120'000);

    QElapsedTimer timer;
    timer.start();
    const auto graph = std::make_shared<const TopologyGraph>(TopologyGraph::build(sites, gateways, devices, links));
    const qint64 buildMs = timer.restart();
    QCOMPARE(graph->deviceCount(), 100'000);
    QCOMPARE(graph->edgeCount(), 120'000);

    const ImpactAnalysis analysis(graph);
    ImpactOptions options;
    options.maxHops = 2;
    const ImpactResult result = analysis.analyse({u"dev-000000"_s}, options);
    const qint64 searchMs = timer.elapsed();
    // dev-000000 peers with dev-001000 and dev-099000 (1 hop); 2 hops: its gateway's 99 other devices and the
    // peers' peers dev-002000 and dev-098000.
    QCOMPARE(result.reached.size(), 2 + 99 + 2);
    QCOMPARE(result.reached.constFirst().deviceId, u"dev-001000"_s);
    qInfo("build %lld ms, 2-hop search %lld ms", buildMs, searchMs);
    QVERIFY2(buildMs < 10'000 && searchMs < 1000, "adjacency must be built once and searched cheaply");
}

QTEST_GUILESS_MAIN(TestImpactAnalysis)
#include "tst_impactanalysis.moc"
