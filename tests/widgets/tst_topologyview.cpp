#include "SeverityPalette.h"
#include "TopologyLayerCache.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace warden;

namespace {

struct Fleet {
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Device> devices;
    QList<Link> links;
};

// Two sites; site A has one gateway and devices of every risk band, site B a second gateway. Ids sort in order.
Fleet smallFleet(int devicesPerSite = 8)
{
    Fleet fleet;
    for (const auto &[id, name] : {std::pair(QStringLiteral("site-a"), QStringLiteral("Alpha Hospital")),
                                   std::pair(QStringLiteral("site-b"), QStringLiteral("Beta Works"))}) {
        Site site;
        site.id = id;
        site.name = name;
        site.timeZone = QStringLiteral("UTC");
        fleet.sites.append(site);
        Gateway gateway;
        gateway.id = QStringLiteral("gw-") + id.right(1);
        gateway.siteId = id;
        gateway.name = QStringLiteral("Gateway ") + id.right(1).toUpper();
        fleet.gateways.append(gateway);
        for (int i = 0; i < devicesPerSite; ++i) {
            Device device;
            device.id = QStringLiteral("dev-%1-%2").arg(id.right(1)).arg(i, 2, 10, QLatin1Char('0'));
            device.name = QStringLiteral("CAM-%1-%2").arg(id.right(1).toUpper()).arg(i);
            device.deviceClass = i % 2 ? QStringLiteral("ip_camera") : QStringLiteral("plc");
            device.siteId = id;
            device.gatewayId = gateway.id;
            device.riskScore = (i * 13) % 100;
            fleet.devices.append(device);
            fleet.links.append(Link{device.id, gateway.id, LinkKind::Uplink});
        }
    }
    return fleet;
}

QColor pixelAt(const QImage &image, QPointF logical)
{
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestTopologyView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void detailLevelThresholds_data();
    void detailLevelThresholds();
    void zoomChangesDetailAndKeepsTheAnchor();
    void hitTestingFindsTheNodeUnderTheCursor();
    void clickAndCtrlClickSelect();
    void rubberBandSelectsWhatItEncloses();
    void sitesViewClickZoomsIntoTheSite();
    void keyboardZoomsPansAndFits();
    void renderShowsNodesInTheirColours();
    void siteLabelsAreWholeOnTheFirstFrame_data();
    void siteLabelsAreWholeOnTheFirstFrame();
    void highlightDimsEverythingElse();
    void filterHidesNodes();
    void offlineIsHollowAndQuarantineFenced();
    void pulsesAnimateOnlyWhileActive();
    void exportsPngAndSvg();
    void liveUpdatesRecolourAndPlaceWithoutMovingOthers();
    void layoutRunsOnAWorkerThread();
    void pageSearchFliesToTheDevice();
    void pageBlastRadiusAndThreats();
    void pageColourSwitchChangesTheLegend();
    void panShiftsTheLayerAndMatchesAWholePaint_data();
    void panShiftsTheLayerAndMatchesAWholePaint();
    void layerIsPaintedAgainAfterAChange();
    void viewPannedByDragShowsWhatAWholePaintShows();

private:
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
    Fleet m_fleet;
};

void TestTopologyView::init()
{
    m_fleet = smallFleet();
    m_scene = new TopologyScene;
    m_scene->setSynchronousLayout(true);
    m_scene->setFleet(m_fleet.sites, m_fleet.gateways, m_fleet.devices, m_fleet.links);
    m_view = new TopologyView(m_scene);
    m_view->resize(800, 600);
    m_view->setMiniMapVisible(false);
    m_view->setLegendVisible(false);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->fitToView(false);
}

void TestTopologyView::cleanup()
{
    delete m_view;
    delete m_scene;
    m_view = nullptr;
    m_scene = nullptr;
}

void TestTopologyView::detailLevelThresholds_data()
{
    QTest::addColumn<qreal>("spacing");
    QTest::addColumn<TopologyDetail>("detail");
    QTest::newRow("far out") << 0.5 << TopologyDetail::Sites;
    QTest::newRow("just below points") << TopologyScene::PointsThreshold - 0.01 << TopologyDetail::Sites;
    QTest::newRow("points") << TopologyScene::PointsThreshold << TopologyDetail::Points;
    QTest::newRow("just below glyphs") << TopologyScene::GlyphsThreshold - 0.01 << TopologyDetail::Points;
    QTest::newRow("glyphs") << TopologyScene::GlyphsThreshold << TopologyDetail::Glyphs;
    QTest::newRow("close") << 120.0 << TopologyDetail::Glyphs;
}

void TestTopologyView::detailLevelThresholds()
{
    QFETCH(qreal, spacing);
    QFETCH(TopologyDetail, detail);
    QCOMPARE(TopologyScene::detailFor(spacing), detail);
    QCOMPARE(m_scene->detailAt(spacing / m_scene->layout().parameters().deviceSpacing), detail);
    QVERIFY(TopologyScene::PointsThreshold < TopologyScene::GlyphsThreshold);
    QVERIFY(TopologyScene::GlyphsThreshold < TopologyScene::LabelsThreshold);
}

void TestTopologyView::zoomChangesDetailAndKeepsTheAnchor()
{
    const qreal d = m_scene->layout().parameters().deviceSpacing;
    m_view->setCamera(m_scene->layout().bounds().center(), 2.0 / d);
    QCOMPARE(m_view->detail(), TopologyDetail::Sites);
    const QPointF anchor(300, 200);
    const QPointF worldBefore = m_view->camera().toWorld(anchor);
    QSignalSpy cameraSpy(m_view, &TopologyView::cameraChanged);
    m_view->zoomBy(4.0, anchor);
    QCOMPARE(cameraSpy.count(), 1);
    QCOMPARE(m_view->detail(), TopologyDetail::Points);
    const QPointF worldAfter = m_view->camera().toWorld(anchor);
    QVERIFY(std::hypot(worldAfter.x() - worldBefore.x(), worldAfter.y() - worldBefore.y()) < 1e-6);
    m_view->zoomBy(4.0, anchor);
    QCOMPARE(m_view->detail(), TopologyDetail::Glyphs);
    // The wheel zooms the same way.
    const qreal scale = m_view->camera().scale;
    QWheelEvent wheel(anchor, m_view->mapToGlobal(anchor), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    QVERIFY(m_view->camera().scale < scale);
    // Never closer than the maximum, never further than half the fitted scale.
    m_view->zoomBy(1e6, anchor);
    QVERIFY(m_view->camera().scale * d <= 140.0 + 1e-9);
    m_view->zoomBy(1e-9, anchor);
    QVERIFY(m_view->camera().scale > 0);
}

void TestTopologyView::hitTestingFindsTheNodeUnderTheCursor()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 30.0 / m_scene->layout().parameters().deviceSpacing);
    const TopologyNode device = *m_scene->topology().nodeOf(QStringLiteral("dev-a-03"));
    const QPointF at = m_view->camera().toScreen(m_scene->layout().position(device));
    QCOMPARE(m_view->nodeAtPosition(at), device);
    QCOMPARE(m_view->nodeAtPosition(at + QPointF(3, -2)), device); // a few pixels off still hits
    QCOMPARE(m_view->nodeAtPosition(QPointF(2, 2)), std::nullopt);  // far corner: nothing there
    QVERIFY(m_view->toolTipAt(at).contains(QStringLiteral("CAM-A-3")));
    QVERIFY(m_view->toolTipAt(at).contains(QStringLiteral("Alpha Hospital")));
    QVERIFY(m_view->toolTipAt(QPointF(2, 2)).isEmpty());
}

void TestTopologyView::clickAndCtrlClickSelect()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 30.0 / m_scene->layout().parameters().deviceSpacing);
    const TopologyNode a = *m_scene->topology().nodeOf(QStringLiteral("dev-a-01"));
    const TopologyNode b = *m_scene->topology().nodeOf(QStringLiteral("dev-a-02"));
    const QPoint atA = m_view->camera().toScreen(m_scene->layout().position(a)).toPoint();
    const QPoint atB = m_view->camera().toScreen(m_scene->layout().position(b)).toPoint();
    QSignalSpy spy(m_view, &TopologyView::selectionChanged);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, atA);
    QCOMPARE(m_view->selection(), QSet<TopologyNode>{a});
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::ControlModifier, atB);
    QCOMPARE(m_view->selection(), (QSet<TopologyNode>{a, b}));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::ControlModifier, atA); // toggles off
    QCOMPARE(m_view->selection(), QSet<TopologyNode>{b});
    QSignalSpy activated(m_view, &TopologyView::nodeActivated);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<TopologyNode>(), b);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2)); // empty space clears
    QVERIFY(m_view->selection().isEmpty());
    QCOMPARE(spy.count(), 4);
}

void TestTopologyView::rubberBandSelectsWhatItEncloses()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 20.0 / m_scene->layout().parameters().deviceSpacing);
    const QRect band(QPoint(300, 200), QPoint(500, 400));
    QSet<TopologyNode> expected;
    for (TopologyNode node = 0; node < TopologyNode(m_scene->topology().nodeCount()); ++node)
        if (band.contains(m_view->camera().toScreen(m_scene->layout().position(node)).toPoint()))
            expected.insert(node);
    QVERIFY(!expected.isEmpty());
    QTest::mousePress(m_view, Qt::LeftButton, Qt::ShiftModifier, band.topLeft());
    QMouseEvent move(QEvent::MouseMove, QPointF(band.bottomRight()), m_view->mapToGlobal(QPointF(band.bottomRight())),
                     Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(m_view, &move);
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::ShiftModifier, band.bottomRight());
    QCOMPARE(m_view->selection(), expected);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(m_view->selection().isEmpty());
}

void TestTopologyView::sitesViewClickZoomsIntoTheSite()
{
    const qreal d = m_scene->layout().parameters().deviceSpacing;
    m_view->setCamera(m_scene->layout().bounds().center(), 1.5 / d);
    QCOMPARE(m_view->detail(), TopologyDetail::Sites);
    const QPointF siteB = m_view->camera().toScreen(m_scene->layout().site(1).centre);
    QCOMPARE(m_view->siteAtPosition(siteB), 1);
    QCOMPARE(m_view->nodeAtPosition(siteB), std::nullopt); // sites view hit-tests sites, not nodes
    QVERIFY(m_view->toolTipAt(siteB).contains(QStringLiteral("Beta Works")));
    // The disc's ring starts at twelve o'clock with the worst colour (site A has one critical device of 8).
    const QImage image = m_view->renderImage();
    const QPointF siteA = m_view->camera().toScreen(m_scene->layout().site(0).centre);
    const qreal radius = std::max(4.0, std::round(m_scene->layout().site(0).radius * m_view->camera().scale * 2) / 2);
    const qreal ring = std::clamp(radius * 0.3, 2.5, 9.0);
    const auto onRing = [&](qreal degreesClockwise) {
        const qreal angle = qDegreesToRadians(degreesClockwise);
        return pixelAt(image, siteA + QPointF(std::sin(angle), -std::cos(angle)) * (radius - ring / 2));
    };
    QVERIFY2(colourDistance(onRing(15), Palette::severity(Severity::Critical)) < 60, qPrintable(onRing(15).name()));
    QVERIFY2(colourDistance(onRing(345), Palette::healthy()) < 60, qPrintable(onRing(345).name())); // healthy last
    QSignalSpy spy(m_view, &TopologyView::siteActivated);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, siteB.toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 1);
    QTRY_VERIFY(!m_view->isFlying());
    QVERIFY(m_view->detail() != TopologyDetail::Sites);
    QVERIFY(m_view->camera().visibleWorld().contains(m_scene->layout().site(1).centre));
}

void TestTopologyView::keyboardZoomsPansAndFits()
{
    m_view->setFocus();
    const TopologyCamera fitted = m_view->camera();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(m_view->camera().scale > fitted.scale);
    const QPointF centre = m_view->camera().centre;
    QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(m_view->camera().centre.x() > centre.x());
    QTest::keyClick(m_view, Qt::Key_Minus);
    QTest::keyClick(m_view, Qt::Key_0);
    QTRY_VERIFY(!m_view->isFlying());
    QVERIFY(std::abs(m_view->camera().scale - fitted.scale) < 1e-9);
    QVERIFY(m_view->camera().visibleWorld().contains(m_scene->shownBounds()));
}

void TestTopologyView::renderShowsNodesInTheirColours()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 30.0 / m_scene->layout().parameters().deviceSpacing);
    QCOMPARE(m_view->detail(), TopologyDetail::Glyphs);
    const QImage image = m_view->renderImage();
    QCOMPARE(image.size(), m_view->size());
    const QColor background = m_view->palette().color(QPalette::Base);
    int checked = 0;
    for (const Device &device : std::as_const(m_fleet.devices)) {
        if (device.siteId != QStringLiteral("site-a"))
            continue;
        const TopologyNode node = *m_scene->topology().nodeOf(device.id);
        // Sample inside the disc, off the class letters in its middle.
        const QPointF at = m_view->camera().toScreen(m_scene->layout().position(node)) + QPointF(0, -5);
        QVERIFY2(colourDistance(pixelAt(image, at), TopologyScene::riskColour(device.riskScore)) < 40,
                 qPrintable(device.id + QLatin1Char(' ') + pixelAt(image, at).name()));
        ++checked;
    }
    QCOMPARE(checked, 8);
    QVERIFY(colourDistance(pixelAt(image, QPointF(790, 5)), background) < 8); // empty corner stays background
    // The gateway is a dark square.
    const TopologyNode gateway = *m_scene->topology().nodeOf(QStringLiteral("gw-a"));
    const QColor gatewayPixel = pixelAt(image, m_view->camera().toScreen(m_scene->layout().position(gateway)) + QPointF(7, 7));
    QVERIFY2(gatewayPixel.lightness() < 110, qPrintable(gatewayPixel.name()));
}

void TestTopologyView::siteLabelsAreWholeOnTheFirstFrame_data()
{
    QTest::addColumn<QPointF>("siteAt"); // where site A's centre lands on the 640 x 400 frame
    QTest::newRow("left edge") << QPointF(3, 200);
    QTest::newRow("right edge") << QPointF(637, 200);
    QTest::newRow("bottom left corner") << QPointF(4, 378); // its label hangs over the bottom edge
    QTest::newRow("bottom right corner") << QPointF(636, 378);
    QTest::newRow("middle") << QPointF(320, 200);
}

void TestTopologyView::siteLabelsAreWholeOnTheFirstFrame()
{
    // A fresh scene, nothing drawn or measured yet (as before the first Fit), one-letter site names so the counts
    // line is the widest: the label slides into view whole and its text stays inside its box.
    QFETCH(QPointF, siteAt);
    Fleet fleet = smallFleet(120);
    fleet.sites[0].name = QStringLiteral("A");
    fleet.sites[1].name = QStringLiteral("B");
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    scene.setFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    TopologyCamera camera;
    camera.viewport = QSizeF(640, 400);
    camera.scale = 2.0 / scene.layout().parameters().deviceSpacing;
    camera.centre = scene.layout().site(0).centre + (QPointF(320, 200) - siteAt) / camera.scale;
    QCOMPARE(scene.detailAt(camera.scale), TopologyDetail::Sites);
    QImage image(camera.viewport.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(QApplication::font());
    scene.paint(painter, camera, QApplication::palette());
    painter.end();

    const QRectF frame(QPointF(0, 0), camera.viewport);
    bool siteALabelled = false;
    for (const TopologyScene::SiteLabel &label : scene.siteLabels()) {
        const QString where = QStringLiteral("site %1 box (%2, %3 %4x%5) text (%6, %7 %8x%9)")
                                  .arg(label.site)
                                  .arg(label.box.x()).arg(label.box.y()).arg(label.box.width()).arg(label.box.height())
                                  .arg(label.text.x()).arg(label.text.y()).arg(label.text.width()).arg(label.text.height());
        QVERIFY2(frame.contains(label.box), qPrintable(where));
        QVERIFY2(label.box.contains(label.text), qPrintable(where));
        siteALabelled = siteALabelled || label.site == 0;
        // The text is really drawn there: dark pixels on both halves of its line.
        int inkLeft = 0, inkRight = 0;
        const QRect text = label.text.toAlignedRect().intersected(image.rect());
        for (int y = text.top(); y <= text.bottom(); ++y)
            for (int x = text.left(); x <= text.right(); ++x)
                if (image.pixelColor(x, y).lightness() < 128)
                    ++(x < text.center().x() ? inkLeft : inkRight);
        QVERIFY2(inkLeft > 5 && inkRight > 5, qPrintable(where));
    }
    QVERIFY(siteALabelled);
}

void TestTopologyView::highlightDimsEverythingElse()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 30.0 / m_scene->layout().parameters().deviceSpacing);
    const TopologyNode affected = *m_scene->topology().nodeOf(QStringLiteral("dev-a-07"));
    const TopologyNode other = *m_scene->topology().nodeOf(QStringLiteral("dev-a-05"));
    m_scene->setHighlight(TopologyHighlight::fromIds(m_scene->topology(), {QStringLiteral("dev-a-07")},
                                                     {QStringLiteral("gw-a")}, QStringLiteral("INC-1")));
    QCOMPARE(m_scene->siteSummary(0).affected, 1);
    QCOMPARE(m_scene->siteSummary(0).reachable, 1);
    QCOMPARE(m_scene->siteSummary(1).affected + m_scene->siteSummary(1).reachable, 0);
    const QImage image = m_view->renderImage();
    const QColor background = m_view->palette().color(QPalette::Base);
    const QPointF atAffected = m_view->camera().toScreen(m_scene->layout().position(affected)) + QPointF(0, -5);
    const QPointF atOther = m_view->camera().toScreen(m_scene->layout().position(other)) + QPointF(0, -5);
    const QColor affectedColour = TopologyScene::riskColour(m_scene->topology().risk(affected));
    QVERIFY(colourDistance(pixelAt(image, atAffected), affectedColour) < 40);
    // Dimmed: much closer to the background than to its own colour.
    const QColor dimmed = pixelAt(image, atOther);
    QVERIFY2(colourDistance(dimmed, background) < colourDistance(dimmed, TopologyScene::riskColour(m_scene->topology().risk(other))),
             qPrintable(dimmed.name()));
    m_scene->clearHighlight();
    QVERIFY(colourDistance(pixelAt(m_view->renderImage(), atOther), TopologyScene::riskColour(m_scene->topology().risk(other))) < 40);
}

void TestTopologyView::filterHidesNodes()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 30.0 / m_scene->layout().parameters().deviceSpacing);
    const TopologyNode camera = *m_scene->topology().nodeOf(QStringLiteral("dev-a-01")); // ip_camera
    const TopologyNode plc = *m_scene->topology().nodeOf(QStringLiteral("dev-a-02"));    // plc
    TopologyFilter filter;
    filter.classes = {QStringLiteral("plc")};
    m_scene->setFilter(filter);
    QVERIFY(filter.isActive());
    QVERIFY(!m_scene->isShown(camera));
    QVERIFY(m_scene->isShown(plc));
    QVERIFY(m_scene->isShown(*m_scene->topology().nodeOf(QStringLiteral("gw-a")))); // gateways anchor their site
    QCOMPARE(m_scene->shownDeviceCount(), 8);
    const QPointF at = m_view->camera().toScreen(m_scene->layout().position(camera));
    QCOMPARE(m_view->nodeAtPosition(at), std::nullopt);
    const QImage image = m_view->renderImage();
    QVERIFY(colourDistance(pixelAt(image, at + QPointF(0, -5)), TopologyScene::riskColour(m_scene->topology().risk(camera))) > 60);

    filter = {};
    filter.siteIds = {QStringLiteral("site-b")};
    filter.minimumRisk = 50;
    m_scene->setFilter(filter);
    for (TopologyNode node = 0; node < TopologyNode(m_scene->topology().nodeCount()); ++node) {
        const bool expected = m_scene->topology().siteId(m_scene->topology().site(node)) == QStringLiteral("site-b")
                              && (m_scene->topology().kind(node) == TopologyNodeKind::Gateway
                                  || m_scene->topology().risk(node) >= 50);
        QCOMPARE(m_scene->isShown(node), expected);
    }
    QVERIFY(m_scene->shownBounds().contains(m_scene->layout().site(1).centre));
    QVERIFY(!m_scene->shownBounds().contains(m_scene->layout().site(0).centre));
}

void TestTopologyView::offlineIsHollowAndQuarantineFenced()
{
    Device device = m_fleet.devices.at(3);
    device.status = DeviceStatus::Offline;
    device.riskScore = 90;
    Device fenced = m_fleet.devices.at(4);
    fenced.quarantine = QuarantineLevel::Isolate;
    m_scene->upsertDevices({device, fenced});
    m_scene->setColouring(TopologyColouring::Status);
    m_view->setCamera(m_scene->layout().site(0).centre, 40.0 / m_scene->layout().parameters().deviceSpacing);
    const QImage image = m_view->renderImage();
    const QPointF centre = m_view->camera().toScreen(m_scene->layout().position(*m_scene->topology().nodeOf(device.id)));
    // Hollow: light inside (above the letters), grey ring at the edge.
    const qreal radius = TopologyScene::glyphDiameter(40.0) / 2.0;
    QVERIFY2(pixelAt(image, centre + QPointF(0, -5)).lightness() > 200, qPrintable(pixelAt(image, centre + QPointF(0, -5)).name()));
    QVERIFY2(colourDistance(pixelAt(image, centre + QPointF(-radius + 1.5, 0)), Palette::offline()) < 60,
             qPrintable(pixelAt(image, centre + QPointF(-radius + 1.5, 0)).name()));
    // Fenced: a purple ring just outside the disc, and the purple status colour inside.
    const QPointF fencedAt = m_view->camera().toScreen(m_scene->layout().position(*m_scene->topology().nodeOf(fenced.id)));
    QVERIFY(colourDistance(pixelAt(image, fencedAt + QPointF(0, -5)), Palette::quarantined()) < 40);
    int purple = 0;
    for (int angle = 0; angle < 360; angle += 10) {
        const QPointF p = fencedAt + QPointF(std::cos(qDegreesToRadians(qreal(angle))), std::sin(qDegreesToRadians(qreal(angle)))) * (radius + 3);
        purple += colourDistance(pixelAt(image, p), Palette::quarantined()) < 120;
    }
    QVERIFY2(purple >= 12, qPrintable(QString::number(purple)));
    // The legend says what hollow means.
    bool hollowEntry = false;
    for (const TopologyScene::LegendEntry &entry : m_scene->legend())
        hollowEntry = hollowEntry || (entry.hollow && entry.label == QStringLiteral("Offline") && entry.count == 1);
    QVERIFY(hollowEntry);
}

void TestTopologyView::pulsesAnimateOnlyWhileActive()
{
    qint64 clock = 1000;
    m_view->setClock([&clock] { return clock; });
    QVERIFY(!m_view->hasActivePulses());
    const TopologyNode node = *m_scene->topology().nodeOf(QStringLiteral("dev-b-02"));
    m_view->pulse({node});
    QVERIFY(m_view->hasActivePulses());
    clock += TopologyView::PulseMilliseconds / 2;
    QTest::qWait(60);
    QVERIFY(m_view->hasActivePulses());
    clock += TopologyView::PulseMilliseconds;
    QTRY_VERIFY(!m_view->hasActivePulses()); // the timer stops with them
}

void TestTopologyView::exportsPngAndSvg()
{
    m_view->setLegendVisible(true);
    m_view->setCamera(m_scene->layout().site(0).centre, 40.0 / m_scene->layout().parameters().deviceSpacing);
    QTemporaryDir directory;
    const QString png = directory.filePath(QStringLiteral("view.png"));
    QVERIFY(m_view->exportPng(png).ok());
    QImage written(png);
    QVERIFY(!written.isNull());
    QCOMPARE(written.size(), m_view->size() * 2); // exported at twice the size for print
    const QString svg = directory.filePath(QStringLiteral("view.svg"));
    QVERIFY(m_view->exportSvg(svg).ok());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("CAM-A-3"));         // labels are text, not pixels
    QVERIFY(!text.contains("<image"));         // glyphs are shapes, not embedded bitmaps
    QVERIFY(text.contains("Colour: Risk"));    // the legend comes along
    const Status failed = m_view->exportPng(directory.filePath(QStringLiteral("missing/dir/view.png")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.errorMessage().contains(QStringLiteral("missing/dir")));
}

void TestTopologyView::liveUpdatesRecolourAndPlaceWithoutMovingOthers()
{
    const QList<QPointF> before = m_scene->layout().positions();
    QSignalSpy appearance(m_scene, &TopologyScene::appearanceChanged);
    Device device = m_fleet.devices.at(2);
    device.riskScore = 95;
    m_scene->upsertDevices({device});
    QCOMPARE(appearance.count(), 1);
    const TopologyNode node = *m_scene->topology().nodeOf(device.id);
    QCOMPARE(m_scene->categoryOf(node), 0); // critical now
    QCOMPARE(m_scene->layout().positions(), before);

    Device added = m_fleet.devices.at(0);
    added.id = QStringLiteral("dev-a-new");
    m_scene->upsertDevices({added});
    m_scene->addLinks({Link{added.id, added.gatewayId, LinkKind::Uplink}});
    const TopologyNode newNode = *m_scene->topology().nodeOf(added.id);
    QVERIFY(m_scene->isShown(newNode));
    for (TopologyNode other = 0; other < TopologyNode(before.size()); ++other)
        QCOMPARE(m_scene->layout().position(other), before.at(other));
    m_view->setCamera(m_scene->layout().position(newNode), 30.0 / m_scene->layout().parameters().deviceSpacing);
    QCOMPARE(m_view->nodeAtPosition(QPointF(400, 300)), newNode);

    m_scene->removeNodes({added.id});
    QVERIFY(!m_scene->isShown(newNode));
    QCOMPARE(m_view->nodeAtPosition(QPointF(400, 300)), std::nullopt);
}

void TestTopologyView::layoutRunsOnAWorkerThread()
{
    TopologyScene scene;
    QSignalSpy layoutSpy(&scene, &TopologyScene::layoutChanged);
    scene.setFleet(m_fleet.sites, m_fleet.gateways, m_fleet.devices, m_fleet.links);
    QVERIFY(scene.isLayoutPending()); // the call returned before the graph was built and laid out
    QVERIFY(!scene.isShown(0));
    // A live update while the fleet is still loading is kept and applied on top of it.
    Device early = m_fleet.devices.at(1);
    early.riskScore = 99;
    scene.upsertDevices({early});
    QVERIFY(layoutSpy.wait(5000));
    QCOMPARE(scene.topology().risk(*scene.topology().nodeOf(early.id)), 99);
    QVERIFY(!scene.isLayoutPending());
    QCOMPARE(scene.layout().positions(), m_scene->layout().positions()); // same as laid out synchronously
    // Updates arriving while a job runs are placed by a follow-up job.
    Device added = m_fleet.devices.at(0);
    added.id = QStringLiteral("dev-a-late");
    scene.upsertDevices({added});
    QVERIFY(scene.isLayoutPending());
    QTRY_VERIFY(scene.isShown(*scene.topology().nodeOf(added.id)));
}

void TestTopologyView::pageSearchFliesToTheDevice()
{
    TopologyPage page(m_scene);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.findAndFly(QStringLiteral("cam-b-5"))); // by name, any case
    const TopologyNode node = *m_scene->topology().nodeOf(QStringLiteral("dev-b-05"));
    QCOMPARE(page.selectedIds(), QStringList{QStringLiteral("dev-b-05")});
    QTRY_VERIFY(!page.view()->isFlying());
    const QPointF at = page.view()->camera().toScreen(m_scene->layout().position(node));
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(page.view()->size())).contains(at));
    QCOMPARE(page.view()->detail(), TopologyDetail::Glyphs);
    QVERIFY(page.detailsText().contains(QStringLiteral("CAM-B-5")));
    QVERIFY(page.detailsText().contains(QStringLiteral("Beta Works")));

    QVERIFY(!page.findAndFly(QStringLiteral("no-such-thing")));
    QVERIFY(page.message().contains(QStringLiteral("no-such-thing")));

    // A device hidden by the filter is found anyway: the filter is cleared first.
    TopologyFilter filter;
    filter.siteIds = {QStringLiteral("site-a")};
    m_scene->setFilter(filter);
    QVERIFY(page.findAndFly(QStringLiteral("dev-b-01")));
    QVERIFY(!m_scene->filter().isActive());
    QVERIFY(m_scene->isShown(*m_scene->topology().nodeOf(QStringLiteral("dev-b-01"))));
}

void TestTopologyView::pageBlastRadiusAndThreats()
{
    TopologyPage page(m_scene);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showBlastRadius(QStringLiteral("INC-9"), {QStringLiteral("dev-a-01")},
                         {QStringLiteral("gw-a"), QStringLiteral("dev-a-02"), QStringLiteral("ghost")});
    QCOMPARE(m_scene->highlight().affected.size(), 1);
    QCOMPARE(m_scene->highlight().reachable.size(), 2);
    QVERIFY(page.message().contains(QStringLiteral("ghost")));
    QVERIFY(page.view()->camera().visibleWorld().contains(
        m_scene->layout().position(*m_scene->topology().nodeOf(QStringLiteral("dev-a-01")))));
    page.clearBlastRadius();
    QVERIFY(m_scene->highlight().isEmpty());

    ImpactResult impact;
    impact.seeds = {QStringLiteral("dev-b-00")};
    impact.reached = {ReachedDevice{QStringLiteral("dev-b-01"), 2, QStringLiteral("gw-b")}};
    impact.gateways = {QStringLiteral("gw-b")};
    page.showImpact(QStringLiteral("INC-10"), impact);
    QCOMPARE(m_scene->highlight().title, QStringLiteral("INC-10"));
    QCOMPARE(m_scene->highlight().reachable.size(), 2);

    // The selection asks for a blast radius through a signal.
    QSignalSpy requested(&page, &TopologyPage::blastRadiusRequested);
    page.view()->setSelection({*m_scene->topology().nodeOf(QStringLiteral("dev-a-04"))});
    for (QToolButton *candidate : page.findChildren<QToolButton *>())
        if (candidate->text() == QStringLiteral("Blast radius"))
            candidate->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).toStringList(), QStringList{QStringLiteral("dev-a-04")});

    // Threats: a replay from long ago does not pulse; a fresh one does.
    page.setRecentThreats({QStringLiteral("dev-a-03")}, QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(!page.view()->hasActivePulses());
    page.setRecentThreats({QStringLiteral("dev-a-03"), QStringLiteral("unknown")}, QDateTime::currentDateTimeUtc());
    QVERIFY(page.view()->hasActivePulses());
}

void TestTopologyView::pageColourSwitchChangesTheLegend()
{
    TopologyPage page(m_scene);
    page.show();
    QComboBox *colouring = nullptr;
    for (QComboBox *candidate : page.findChildren<QComboBox *>())
        if (candidate->accessibleName() == QStringLiteral("Colour by"))
            colouring = candidate;
    QVERIFY(colouring);
    QCOMPARE(m_scene->legend().size(), 5);
    QCOMPARE(m_scene->legend().first().colour, Palette::severity(Severity::Critical));
    colouring->setCurrentIndex(colouring->findData(int(TopologyColouring::Class)));
    QCOMPARE(m_scene->colouring(), TopologyColouring::Class);
    const QList<TopologyScene::LegendEntry> legend = m_scene->legend();
    QCOMPARE(legend.size(), 2); // ip_camera, plc
    QCOMPARE(legend.at(0).label, QStringLiteral("IP camera"));
    QCOMPARE(legend.at(0).count + legend.at(1).count, 16);
    colouring->setCurrentIndex(colouring->findData(int(TopologyColouring::Status)));
    QCOMPARE(m_scene->legend().last().label, QStringLiteral("Online"));
    QCOMPARE(m_scene->legend().last().count, 16);
}

namespace {

// Pixels that differ by more than antialiasing rounding between two renders of the same frame.
int differingPixels(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return x.width() * x.height();
    int differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column)
            differing += std::abs(qRed(p[column]) - qRed(q[column])) + std::abs(qGreen(p[column]) - qGreen(q[column]))
                             + std::abs(qBlue(p[column]) - qBlue(q[column]))
                         > 12;
    }
    return differing;
}

} // namespace

void TestTopologyView::panShiftsTheLayerAndMatchesAWholePaint_data()
{
    QTest::addColumn<qreal>("spacing");
    QTest::addColumn<QPointF>("drag");
    QTest::newRow("sites") << 2.0 << QPointF(37, -23);
    QTest::newRow("points") << 8.0 << QPointF(-41, 17);
    QTest::newRow("glyphs") << 24.0 << QPointF(60, 0);
    QTest::newRow("glyphs with labels, diagonal") << 48.0 << QPointF(-13, -29);
}

void TestTopologyView::panShiftsTheLayerAndMatchesAWholePaint()
{
    QFETCH(qreal, spacing);
    QFETCH(QPointF, drag);
    // A bigger fleet so every level has plenty of links, glyphs and grounds on screen.
    const Fleet fleet = smallFleet(60);
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    scene.setFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    TopologyCamera camera;
    camera.viewport = QSizeF(640, 420);
    camera.centre = scene.layout().site(0).centre + QPointF(3, 2);
    camera.scale = spacing / scene.layout().parameters().deviceSpacing;
    const QPalette palette;
    const QFont font;
    TopologyLayerCache panned;
    QCOMPARE(panned.update(scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    QCOMPARE(panned.update(scene, camera, palette, font), TopologyLayerCache::Update::Kept);
    for (int step = 0; step < 4; ++step) {
        camera.centre -= drag / camera.scale;
        QCOMPARE(panned.update(scene, camera, palette, font), TopologyLayerCache::Update::Shifted);
    }
    TopologyLayerCache whole;
    QCOMPARE(whole.update(scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    // The shifted picture is the picture: at most rounding along the seams (a hairline's coverage split one pixel
    // differently), never a strip left unpainted (tens of thousands of pixels): 0.05% of the frame.
    const int differing = differingPixels(panned.image(), whole.image());
    QVERIFY2(differing <= 134, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    // And it is not empty (the test would pass on two blank images otherwise).
    QVERIFY(differingPixels(whole.image(), QImage(whole.image().size(), QImage::Format_RGB32)) > 1000);

    // A pan of a fraction of a pixel, or a zoom, paints whole.
    camera.centre += QPointF(0.5, 0) / camera.scale;
    QCOMPARE(panned.update(scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    camera.scale *= 1.1;
    QCOMPARE(panned.update(scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
}

void TestTopologyView::layerIsPaintedAgainAfterAChange()
{
    TopologyCamera camera;
    camera.viewport = QSizeF(640, 420);
    camera.centre = m_scene->layout().site(0).centre;
    camera.scale = 30.0 / m_scene->layout().parameters().deviceSpacing;
    const QPalette palette;
    const QFont font;
    TopologyLayerCache cache;
    cache.update(*m_scene, camera, palette, font);
    camera.centre -= QPointF(20, 0) / camera.scale;
    QCOMPARE(cache.update(*m_scene, camera, palette, font), TopologyLayerCache::Update::Shifted);

    // A live risk change: the device's glyph shows its new colour in the kept layer.
    Device device = m_fleet.devices.at(2);
    const TopologyNode node = *m_scene->topology().nodeOf(device.id);
    const QPointF at = camera.toScreen(m_scene->layout().position(node)) + QPointF(0, -5);
    const int newRisk = device.riskScore >= 50 ? 5 : 95;
    QVERIFY(colourDistance(pixelAt(cache.image(), at), TopologyScene::riskColour(newRisk)) > 60);
    device.riskScore = newRisk;
    m_scene->upsertDevices({device});
    QCOMPARE(cache.update(*m_scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    QVERIFY2(colourDistance(pixelAt(cache.image(), at), TopologyScene::riskColour(newRisk)) < 40,
             qPrintable(pixelAt(cache.image(), at).name()));

    // Colouring, highlight, filter, palette: each paints the layer again and the picture shows it.
    m_scene->setColouring(TopologyColouring::Class);
    QCOMPARE(cache.update(*m_scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    QVERIFY(colourDistance(pixelAt(cache.image(), at), TopologyScene::riskColour(newRisk)) > 30);
    m_scene->setColouring(TopologyColouring::Risk);
    cache.update(*m_scene, camera, palette, font);
    const QColor lit = pixelAt(cache.image(), at);
    TopologyHighlight highlight;
    highlight.affected.insert(*m_scene->topology().nodeOf(m_fleet.devices.at(5).id));
    m_scene->setHighlight(highlight);
    QCOMPARE(cache.update(*m_scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    QVERIFY2(colourDistance(pixelAt(cache.image(), at), lit) > 60, "the device is dimmed by the highlight");
    m_scene->clearHighlight();
    TopologyFilter filter;
    filter.minimumRisk = 100;
    m_scene->setFilter(filter);
    QCOMPARE(cache.update(*m_scene, camera, palette, font), TopologyLayerCache::Update::Repainted);
    QVERIFY(colourDistance(pixelAt(cache.image(), at), TopologyScene::riskColour(newRisk)) > 60);
    m_scene->setFilter({});
    cache.update(*m_scene, camera, palette, font);
    QPalette dark = palette;
    dark.setColor(QPalette::Base, Qt::black);
    QCOMPARE(cache.update(*m_scene, camera, dark, font), TopologyLayerCache::Update::Repainted);
    QCOMPARE(cache.update(*m_scene, camera, dark, font), TopologyLayerCache::Update::Kept);
}

void TestTopologyView::viewPannedByDragShowsWhatAWholePaintShows()
{
    m_view->setCamera(m_scene->layout().site(0).centre, 40.0 / m_scene->layout().parameters().deviceSpacing);
    (void)m_view->grab(); // the layer as it is now
    QTest::mousePress(m_view, Qt::LeftButton, {}, QPoint(400, 300));
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(m_view, QPoint(400 - 15 * i, 300 - 7 * i));
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, QPoint(310, 258));
    const QImage dragged = m_view->grab().toImage();
    // A view that never panned, put at the same place, paints the same picture.
    TopologyView fresh(m_scene);
    fresh.resize(m_view->size());
    fresh.setMiniMapVisible(false);
    fresh.setLegendVisible(false);
    fresh.setCamera(m_view->camera().centre, m_view->camera().scale);
    const QImage reference = fresh.grab().toImage();
    const int differing = differingPixels(dragged, reference);
    QVERIFY2(differing <= 20, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
