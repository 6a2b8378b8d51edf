#include "ImpactPanel.h"
#include "analysis/ImpactAnalysis.h"
#include "analysis/ImpactReport.h"
#include "analysis/TopologyGraph.h"
#include "SeverityPalette.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdlib>
#include <memory>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

// Two sites with a gateway each and six devices per site, every device uplinked to its site's gateway;
// the first device of site A is safety-critical.
struct Fleet {
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Device> devices;
    QList<Link> links;
};

Fleet smallFleet()
{
    Fleet fleet;
    for (const QString &letter : {u"a"_s, u"b"_s}) {
        Site site;
        site.id = u"site-"_s + letter;
        site.name = letter == u"a"_s ? u"Alpha Hospital"_s : u"Beta Works"_s;
        site.timeZone = u"UTC"_s;
        fleet.sites.append(site);
        Gateway gateway;
        gateway.id = u"gw-"_s + letter;
        gateway.siteId = site.id;
        gateway.name = u"Gateway "_s + letter.toUpper();
        fleet.gateways.append(gateway);
        for (int i = 0; i < 6; ++i) {
            Device device;
            device.id = u"dev-%1-%2"_s.arg(letter).arg(i);
            device.name = u"PUMP-%1-%2"_s.arg(letter.toUpper()).arg(i);
            device.deviceClass = i % 2 ? u"ip_camera"_s : u"infusion_pump"_s;
            device.siteId = site.id;
            device.gatewayId = gateway.id;
            device.riskScore = 10 + i * 12;
            device.capabilities.safetyCritical = letter == u"a"_s && i == 0;
            fleet.devices.append(device);
            fleet.links.append(Link{device.id, gateway.id, LinkKind::Uplink});
        }
    }
    return fleet;
}

ImpactReport::DeviceLine line(const QString &id, int hops, bool safetyCritical = false)
{
    ImpactReport::DeviceLine device;
    device.id = id;
    device.name = id.toUpper();
    device.siteName = u"Alpha Hospital"_s;
    device.hops = hops;
    device.via = hops > 0 ? u"Gateway A"_s : QString();
    device.safetyCritical = safetyCritical;
    return device;
}

// Incident INC-7: two devices of site A compromised, one more reachable through site A's gateway.
ImpactReport incidentReport()
{
    ImpactReport report;
    report.incidentId = u"INC-7"_s;
    report.devices = {line(u"dev-a-0"_s, 0, true), line(u"dev-a-1"_s, 0), line(u"dev-a-3"_s, 1)};
    report.siteNames = {u"Alpha Hospital"_s};
    report.gatewayNames = {u"Gateway A"_s};
    report.gatewayIds = {u"gw-a"_s};
    report.maxHops = 1;
    return report;
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

QSet<TopologyNode> nodesOf(const FleetTopology &topology, const QStringList &ids)
{
    QSet<TopologyNode> nodes;
    for (const QString &id : ids)
        if (const auto node = topology.nodeOf(id))
            nodes.insert(*node);
    return nodes;
}

} // namespace

// The impact of an incident shown as an overlay on the topology page, asked for from the impact panel.
class TestTopologyImpact : public QObject {
    Q_OBJECT

private slots:
    void overlayMarksExactlyTheImpactedDevicesAndClearRemovesIt();
    void panelButtonAsksForTheOverlay();
    void overlayLightsTheReachPath_data();
    void overlayLightsTheReachPath();
    void overlayOfOneBackendAmongTwo();
};

void TestTopologyImpact::overlayMarksExactlyTheImpactedDevicesAndClearRemovesIt()
{
    const Fleet fleet = smallFleet();
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    scene.setFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    QVERIFY(!scene.isLayoutPending());
    TopologyPage page(&scene);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.clearHighlightButton()->isVisible());

    page.showImpactReport(incidentReport());
    const FleetTopology &topology = scene.topology();
    const TopologyHighlight &highlight = scene.highlight();
    QCOMPARE(highlight.affected, nodesOf(topology, {u"dev-a-0"_s, u"dev-a-1"_s}));
    // Reachable: the reached device and the gateway on the path; nothing of site B, no other device of site A.
    QCOMPARE(highlight.reachable, nodesOf(topology, {u"dev-a-3"_s, u"gw-a"_s}));
    QVERIFY(highlight.unknownIds.isEmpty());
    QVERIFY(highlight.title.contains(u"Impact of incident INC-7"_s));
    // Without a translation loaded the plural reads "device(s)".
    QVERIFY2(highlight.title.contains(u"— 3 device"_s), qPrintable(highlight.title));
    QVERIFY2(highlight.title.contains(u"(1 safety-critical)"_s), qPrintable(highlight.title));
    const QStringList litIds{u"dev-a-0"_s, u"dev-a-1"_s, u"dev-a-3"_s, u"gw-a"_s};
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node)
        QCOMPARE(highlight.contains(node), litIds.contains(topology.id(node)));
    QVERIFY(page.clearHighlightButton()->isVisible());

    // The safety-critical device carries a red badge at its top right; a lit device that is not does not.
    const TopologyView *view = page.view();
    QVERIFY(view->detail() != TopologyDetail::Sites);
    const qreal spacing = view->camera().scale * scene.layout().parameters().deviceSpacing;
    const qreal radius = TopologyScene::glyphDiameter(spacing) / 2.0;
    const QImage frame = view->renderImage();
    const auto badgeColour = [&](const QString &id) {
        const QPointF at = view->camera().toScreen(scene.layout().position(*topology.nodeOf(id)));
        const QPointF badge = at + QPointF(radius, -radius) * 0.8;
        return frame.pixelColor((badge * frame.devicePixelRatio()).toPoint());
    };
    const QColor critical = Palette::severity(Severity::Critical);
    QVERIFY2(colourDistance(badgeColour(u"dev-a-0"_s), critical) < 40, qPrintable(badgeColour(u"dev-a-0"_s).name()));
    for (const QString &id : {u"dev-a-1"_s, u"dev-a-3"_s})
        QVERIFY2(colourDistance(badgeColour(id), critical) > 80, qPrintable(id + u' ' + badgeColour(id).name()));

    // Look at it: the banner and the lit devices are drawn.
    const QImage shot = page.grab().toImage();
    QVERIFY(!shot.isNull());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(shot.save(dir.filePath(u"topology-impact.png"_s)));
    const QString keep = qEnvironmentVariable("WARDEN_TOPOLOGY_IMPACT_PNG");
    if (!keep.isEmpty())
        QVERIFY(shot.save(keep));
    const QImage lit = page.view()->renderImage();
    page.clearHighlightButton()->click();
    QVERIFY(scene.highlight().isEmpty());
    QVERIFY(!page.clearHighlightButton()->isVisible());
    // Without the overlay the view looks different again (banner gone, nothing dimmed).
    QVERIFY(page.view()->renderImage() != lit);
}

void TestTopologyImpact::panelButtonAsksForTheOverlay()
{
    ImpactPanel panel;
    QSignalSpy spy(&panel, &ImpactPanel::showOnTopologyRequested);
    QVERIFY(!panel.showOnTopologyButton()->isEnabled());
    panel.setReport(incidentReport());
    QVERIFY(panel.showOnTopologyButton()->isEnabled());
    panel.showOnTopologyButton()->click();
    QCOMPARE(spy.size(), 1);
    const auto report = spy.at(0).at(0).value<ImpactReport>();
    QCOMPARE(report.incidentId, u"INC-7"_s);
    QCOMPARE(report.devices, incidentReport().devices);
    panel.setMessage(u"Working…"_s);
    QVERIFY(!panel.showOnTopologyButton()->isEnabled());
}

void TestTopologyImpact::overlayLightsTheReachPath_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("maxHops");
    QTest::addColumn<QStringList>("lit");
    // Site A's gateway is linked to site B's; dev-a-5 has a peer link to dev-b-0.
    QTest::newRow("through both gateways")
        << u"dev-a-0"_s << 2
        << QStringList{u"dev-a-0"_s, u"dev-a-1"_s, u"dev-a-2"_s, u"dev-a-3"_s, u"dev-a-4"_s, u"dev-a-5"_s,
                       u"gw-a"_s, u"gw-b"_s};
    // dev-b-0 is reached over the peer link, not through its gateway: gw-b is not on the path.
    QTest::newRow("over a peer link") << u"dev-a-5"_s << 1 << QStringList{u"dev-a-5"_s, u"gw-a"_s, u"dev-b-0"_s};
}

void TestTopologyImpact::overlayLightsTheReachPath()
{
    QFETCH(QString, seed);
    QFETCH(int, maxHops);
    QFETCH(QStringList, lit);
    Fleet fleet = smallFleet();
    fleet.links.append(Link{u"gw-a"_s, u"gw-b"_s, LinkKind::Uplink});
    fleet.links.append(Link{u"dev-a-5"_s, u"dev-b-0"_s, LinkKind::Peer});
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    scene.setFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    TopologyPage page(&scene);
    page.resize(1100, 700);

    // The report as the assessor builds it, from the impact analysis of the same fleet.
    const auto graph = std::make_shared<const TopologyGraph>(
        TopologyGraph::build(fleet.sites, fleet.gateways, fleet.devices, fleet.links));
    ImpactOptions options;
    options.maxHops = maxHops;
    const ImpactResult result = ImpactAnalysis(graph).analyse({seed}, options);
    const ImpactReport report = ImpactReport::build(u"INC-8"_s, *graph, result, {}, {}, false, maxHops);
    page.showImpactReport(report);

    const FleetTopology &topology = scene.topology();
    const TopologyHighlight &highlight = scene.highlight();
    QCOMPARE(highlight.affected, nodesOf(topology, {seed}));
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node)
        QVERIFY2(highlight.contains(node) == lit.contains(topology.id(node)), qPrintable(topology.id(node)));
    // Every link of the path has both ends lit (that is what draws it lit); the others do not.
    int litLinks = 0;
    for (qsizetype link = 0; link < topology.linkCount(); ++link)
        litLinks += highlight.contains(topology.linkFrom(link)) && highlight.contains(topology.linkTo(link));
    QCOMPARE(litLinks, maxHops == 2 ? 7 : 2); // 6 uplinks of site A + gw-a–gw-b; or uplink + peer link
}

void TestTopologyImpact::overlayOfOneBackendAmongTwo()
{
    // Two backends with the same ids: the overlay lights the report's backend's devices only.
    const Fleet fleet = smallFleet();
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    scene.setFleet(u"EU West"_s, fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    scene.setFleet(u"US East"_s, fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    const FleetTopology &topology = scene.topology();
    QCOMPARE(topology.presentBackendCount(), 2);
    QCOMPARE(topology.deviceCount(), 2 * fleet.devices.size());
    TopologyPage page(&scene);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    for (const QString &backend : {u"US East"_s, u"EU West"_s}) {
        ImpactReport report = incidentReport();
        report.backend = backend;
        page.showImpactReport(report);
        const TopologyHighlight &highlight = scene.highlight();
        QCOMPARE(highlight.affected.size(), 2);
        QCOMPARE(highlight.reachable.size(), 2);
        QVERIFY(highlight.unknownIds.isEmpty());
        for (const TopologyNode node : highlight.affected + highlight.reachable)
            QCOMPARE(topology.backendName(node), backend);
        QVERIFY(highlight.affected.contains(*topology.nodeOf(backend, u"dev-a-0"_s)));
        // The view flew to the lit devices of that backend.
        QVERIFY(page.view()->camera().visibleWorld().contains(
            scene.layout().position(*topology.nodeOf(backend, u"dev-a-0"_s))));
    }
    // A backend that is not shown: nothing to light, and the operator is told.
    ImpactReport other = incidentReport();
    other.backend = u"APAC"_s;
    page.showImpactReport(other);
    QVERIFY(scene.highlight().isEmpty());
    QVERIFY(page.message().contains(u"dev-a-0"_s));

    // Selecting the same id in both backends: the selection names both, a blast radius is asked per backend.
    const QList<std::pair<QString, QString>> both{{u"EU West"_s, u"dev-b-2"_s}, {u"US East"_s, u"dev-b-2"_s}};
    page.view()->setSelection(
        {*topology.nodeOf(u"EU West"_s, u"dev-b-2"_s), *topology.nodeOf(u"US East"_s, u"dev-b-2"_s)});
    QCOMPARE(page.selectedNodes(), both);
    QSignalSpy requested(&page, &TopologyPage::blastRadiusRequested);
    for (QToolButton *candidate : page.findChildren<QToolButton *>())
        if (candidate->text() == u"Blast radius"_s)
            candidate->click();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(0).at(0).toString(), u"EU West"_s);
    QCOMPARE(requested.at(1).at(0).toString(), u"US East"_s);
    QCOMPARE(requested.at(1).at(1).toStringList(), QStringList{u"dev-b-2"_s});
    // Fly-to by (backend, id) picks that backend's node.
    QVERIFY(page.findAndFly(u"dev-b-2"_s, u"US East"_s));
    QCOMPARE(page.selectedNodes(), (QList<std::pair<QString, QString>>{{u"US East"_s, u"dev-b-2"_s}}));

    // Both backends' names are drawn over their regions at full zoom-out.
    page.view()->fitToView(false);
    const QImage frame = page.view()->renderImage();
    QVERIFY(!frame.isNull());
    QCOMPARE(scene.backendLabels().size(), 2);
    if (const QString keep = qEnvironmentVariable("WARDEN_TOPOLOGY_BACKENDS_PNG"); !keep.isEmpty())
        QVERIFY(page.grab().save(keep));
    QVERIFY(!scene.backendLabels().at(0).box.intersects(scene.backendLabels().at(1).box));
}

QTEST_MAIN(TestTopologyImpact)
#include "tst_topologyimpact.moc"
