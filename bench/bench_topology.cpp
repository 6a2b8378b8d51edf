// Topology bench: lays out a 100,000-device fleet (~120,000 links) with our clustered layout and, in the same
// run on the same graph exported as DOT, with Graphviz sfdp; times an incremental update, painting a frame at
// full zoom-out (against one naive batched drawLines + drawPoints of everything) and at close zoom, hit-testing,
// and the memory the scene costs. `--screenshots DIR` also writes the three documentation screenshots.
#include "BenchReport.h"
#include "TopologyLayerCache.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "TopologyView.h"
#include "sim/FleetGenerator.h"
#include "topology/TopologyLayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace warden;
using namespace warden::bench;

namespace {

constexpr QSize FrameSize(1600, 1000);

Status writeDot(const FleetTopology &topology, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(QStringLiteral("cannot write %1").arg(path));
    QTextStream out(&file);
    out << "graph fleet {\n";
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node)
        out << 'n' << node << ";\n";
    for (qsizetype link = 0; link < topology.linkCount(); ++link)
        out << 'n' << topology.linkFrom(link) << " -- n" << topology.linkTo(link) << ";\n";
    out << "}\n";
    return Status::success();
}

// Wall-clock ms of sfdp laying out the DOT file, or nullopt if sfdp is missing, fails or runs out of time.
std::optional<double> timeSfdp(const QString &dotPath, int timeoutSeconds, QString *note)
{
    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (sfdp.isEmpty()) {
        *note = QStringLiteral("sfdp not installed");
        return std::nullopt;
    }
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(sfdp, {QStringLiteral("-Tplain"), dotPath});
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        *note = QStringLiteral("sfdp did not finish within %1 s").arg(timeoutSeconds);
        return std::nullopt;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *note = QStringLiteral("sfdp failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return ms;
}

// CPU time of this thread: on a shared machine it shows what a frame costs without the waits for a core.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double lastCpuMedianMs = 0; // thread CPU of the last medianMs() call

template <typename F>
double medianMs(int runs, F &&work, const char *label = nullptr)
{
    QList<double> times, cpu;
    for (int i = 0; i < runs; ++i) {
        const double before = threadCpuMs();
        times.append(millisecondsOf(work));
        cpu.append(threadCpuMs() - before);
    }
    lastCpuMedianMs = medianOf(cpu);
    if (label)
        std::fprintf(stderr, "  %s: median %.3f ms wall, %.3f ms thread CPU\n", label, medianOf(times), medianOf(cpu));
    return medianOf(times);
}

// The load average over the last minute: the machine is shared, so wall figures are read beside it.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

// The straightforward way to draw a close view, as the baseline of the close-zoom figure: every link and node in
// view with its own QPainter calls (antialiased line, filled circle, the name laid out by drawText), no sprite
// cache, no batching, no label placement. Culling is done before the clock starts, which favours the baseline.
double naiveCloseMs(const TopologyScene &scene, const TopologyCamera &camera, QImage &image)
{
    const FleetTopology &topology = scene.topology();
    const QList<TopologyNode> nodes = scene.nodesIn(camera.visibleWorld());
    QSet<TopologyNode> inView(nodes.cbegin(), nodes.cend());
    QList<QLineF> links;
    for (qsizetype link = 0; link < topology.linkCount(); ++link)
        if (inView.contains(topology.linkFrom(link)) || inView.contains(topology.linkTo(link)))
            links.append(QLineF(camera.toScreen(scene.layout().position(topology.linkFrom(link))),
                                camera.toScreen(scene.layout().position(topology.linkTo(link)))));
    const qreal radius = TopologyScene::glyphDiameter(camera.scale * scene.layout().parameters().deviceSpacing) / 2.0;
    return medianMs(9, [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (const QLineF &line : std::as_const(links)) {
            painter.setPen(QPen(QColor(0, 0, 0, 70), 1));
            painter.drawLine(line);
        }
        for (const TopologyNode node : nodes) {
            const QPointF at = camera.toScreen(scene.layout().position(node));
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(TopologyScene::riskColour(topology.risk(node)));
            painter.drawEllipse(at, radius, radius);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(at.x() - 60, at.y() + radius + 2, 120, 16), Qt::AlignHCenter | Qt::AlignTop,
                             topology.name(node));
        }
    }, "naive close draw");
}

QImage frame()
{
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// The camera centred on the middle of the busiest site, at a given on-screen device spacing.
TopologyCamera closeCamera(const TopologyScene &scene, qreal spacingPx)
{
    int busiest = 0;
    for (int site = 1; site < scene.layout().siteCount(); ++site)
        if (scene.siteSummary(site).devices > scene.siteSummary(busiest).devices)
            busiest = site;
    TopologyCamera camera;
    camera.viewport = FrameSize;
    camera.centre = scene.layout().site(busiest).centre;
    camera.scale = spacingPx / scene.layout().parameters().deviceSpacing;
    return camera;
}

void saveScreenshots(const GeneratedFleet &fleet, const QString &directory)
{
    QDir().mkpath(directory);
    // Two backends, as a console connected to two fleetd instances shows them: the first half of the sites in
    // "EU West", the rest in "US East" (links never join backends).
    const QStringList backends{QStringLiteral("EU West"), QStringLiteral("US East")};
    QHash<QString, int> backendOfSite, backendOfNode;
    for (qsizetype i = 0; i < fleet.sites.size(); ++i)
        backendOfSite.insert(fleet.sites.at(i).id, i < fleet.sites.size() / 2 ? 0 : 1);
    struct Part {
        QList<Site> sites;
        QList<Gateway> gateways;
        QList<Device> devices;
        QList<Link> links;
    };
    QList<Part> parts(2);
    for (const Site &site : fleet.sites)
        parts[backendOfSite.value(site.id)].sites.append(site);
    for (const Gateway &gateway : fleet.gateways) {
        backendOfNode.insert(gateway.id, backendOfSite.value(gateway.siteId));
        parts[backendOfSite.value(gateway.siteId)].gateways.append(gateway);
    }
    for (qsizetype i = 0; i < fleet.devices.size(); ++i) {
        Device device = fleet.devices.at(i);
        // A few quarantined devices, as a live console would have, so the fence shows.
        if (i % 499 == 0)
            device.quarantine = QuarantineLevel::Isolate;
        backendOfNode.insert(device.id, backendOfSite.value(device.siteId));
        parts[backendOfSite.value(device.siteId)].devices.append(device);
    }
    for (const Link &link : fleet.links)
        if (backendOfNode.value(link.fromId, -1) == backendOfNode.value(link.toId, -2))
            parts[backendOfNode.value(link.fromId)].links.append(link);
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    for (int backend = 0; backend < 2; ++backend)
        scene.setFleet(backends.at(backend), parts.at(backend).sites, parts.at(backend).gateways,
                       parts.at(backend).devices, parts.at(backend).links);
    TopologyPage page(&scene);
    page.resize(1440, 900);
    page.show();
    QApplication::processEvents();
    TopologyView *view = page.view();
    view->fitToView(false);
    QApplication::processEvents();
    page.grab().save(directory + QStringLiteral("/topology-zoom-out.png"));

    // Mid zoom: a few sites of the second backend with a blast radius around three of its riskiest devices.
    const FleetTopology &topology = scene.topology();
    const QString &backend = backends.at(1);
    int site = -1;
    QStringList affected, reachable;
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()) && affected.size() < 3; ++node) {
        if (topology.backendName(node) != backend || topology.kind(node) != TopologyNodeKind::Device
            || topology.risk(node) < 80 || (site >= 0 && topology.site(node) != site))
            continue;
        site = topology.site(node);
        affected.append(topology.id(node));
    }
    // What ImpactAnalysis reports two hops out: the affected devices' gateways and the other devices on them.
    QSet<TopologyNode> gateways;
    for (const QString &id : std::as_const(affected))
        gateways.insert(topology.gateway(*topology.nodeOf(backend, id)));
    for (const TopologyNode gateway : std::as_const(gateways))
        reachable.append(topology.id(gateway));
    for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()); ++node)
        if (topology.backendName(node) == backend && topology.kind(node) == TopologyNodeKind::Device
            && gateways.contains(topology.gateway(node)) && !affected.contains(topology.id(node)))
            reachable.append(topology.id(node));
    page.showBlastRadius(QStringLiteral("INC-2041 Malware beacon"), affected, reachable, backend);
    QPointF focus;
    for (const QString &id : std::as_const(affected))
        focus += scene.layout().position(*topology.nodeOf(backend, id)) / qreal(affected.size());
    view->setCamera(focus, 11.0 / scene.layout().parameters().deviceSpacing);
    QApplication::processEvents();
    page.grab().save(directory + QStringLiteral("/topology-zoom-mid.png"));

    // Close zoom: glyphs, labels, fences, a selection and a pulse, around a quarantined device of the first backend.
    page.clearBlastRadius();
    QString fencedId;
    int fences = 0;
    for (const Device &device : std::as_const(parts.at(0).devices))
        if (device.quarantine != QuarantineLevel::None && ++fences == 8)
            fencedId = device.id;
    const TopologyNode fenced = *topology.nodeOf(backends.at(0), fencedId);
    view->setCamera(scene.layout().position(fenced) + QPointF(-40, -25), 56.0 / scene.layout().parameters().deviceSpacing);
    QList<TopologyNode> nearby = scene.nodesIn(view->camera().visibleWorld());
    if (!nearby.isEmpty()) {
        view->setSelection({nearby.at(nearby.size() / 4)});
        qint64 fakeNow = 0;
        view->setClock([&fakeNow] { return fakeNow; });
        view->pulse({nearby.at(nearby.size() / 3)});
        fakeNow = 500;
    }
    QApplication::processEvents();
    page.grab().save(directory + QStringLiteral("/topology-zoom-close.png"));
    view->setClock({});
    std::fprintf(stderr, "screenshots written to %s\n", qPrintable(directory));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("Fleet size."), QStringLiteral("n"),
                                           QStringLiteral("100000"));
    const QCommandLineOption timeoutOption(QStringLiteral("sfdp-timeout"), QStringLiteral("Seconds sfdp may take."),
                                           QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption noBaselineOption(QStringLiteral("no-baseline"), QStringLiteral("Skip sfdp."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("Also write the documentation screenshots here."),
                                               QStringLiteral("dir"));
    const QCommandLineOption profileOption(QStringLiteral("profile-paint"),
                                           QStringLiteral("Only repeat one paint (cold, close or mid) 100 times, for a "
                                                          "profiler, and print nothing else."),
                                           QStringLiteral("what"));
    parser.addOptions({devicesOption, timeoutOption, noBaselineOption, screenshotsOption, profileOption});
    parser.process(app);

    const double rssStart = peakRssMiB();
    FleetSpec spec;
    spec.devices = parser.value(devicesOption).toInt();
    const GeneratedFleet fleet = generateFleet(spec);
    const double rssFleet = peakRssMiB();
    std::fprintf(stderr, "fleet: %lld sites, %lld gateways, %lld devices, %lld links\n", qlonglong(fleet.sites.size()),
                 qlonglong(fleet.gateways.size()), qlonglong(fleet.devices.size()), qlonglong(fleet.links.size()));

    if (parser.isSet(screenshotsOption)) {
        saveScreenshots(fleet, parser.value(screenshotsOption));
        return 0;
    }

    if (parser.isSet(profileOption)) {
        TopologyScene scene;
        scene.setSynchronousLayout(true);
        scene.setFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
        const QString what = parser.value(profileOption);
        const QPalette palette = QApplication::palette();
        const TopologyCamera camera = what == QLatin1String("cold") ? TopologyCamera::fitting(scene.shownBounds(), FrameSize, 32)
                                      : closeCamera(scene, what == QLatin1String("mid") ? 6.0 : 40.0);
        QImage image = frame();
        QList<double> recolourCpu;
        const double ms = medianMs(100, [&] {
            const double before = threadCpuMs();
            if (what == QLatin1String("cold")) {
                scene.setColouring(scene.colouring() == TopologyColouring::Risk ? TopologyColouring::Status
                                                                                : TopologyColouring::Risk);
                (void)scene.siteSummary(0); // the per-site counts, recomputed for the new colours
            }
            recolourCpu.append(threadCpuMs() - before);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.paint(painter, camera, palette);
        });
        std::fprintf(stderr, "%s: median %.3f ms wall, %.3f ms thread CPU (%.3f ms of it recolouring and counting)\n",
                     qPrintable(what), ms, lastCpuMedianMs, medianOf(recolourCpu));
        return 0;
    }

    BenchReport report;
    FleetTopology topology;
    const double buildMs = medianMs(3, [&] {
        topology = FleetTopology::fromFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    });
    report.add({QStringLiteral("topology.graph_build_ms"), QStringLiteral("ms"), buildMs, std::nullopt, QString(),
                Better::Lower});

    TopologyLayout layout;
    const double layoutMs = medianMs(3, [&] { layout = TopologyLayout::compute(topology); });
    std::optional<double> sfdpMs;
    QString baselineName = QStringLiteral("Graphviz sfdp -Tplain on the same graph (DOT)");
    if (!parser.isSet(noBaselineOption)) {
        QTemporaryDir temporary;
        const QString dot = temporary.filePath(QStringLiteral("fleet.dot"));
        QString note;
        if (writeDot(topology, dot).ok())
            sfdpMs = timeSfdp(dot, parser.value(timeoutOption).toInt(), &note);
        if (!sfdpMs)
            baselineName += QStringLiteral(" — ") + note;
    }
    report.add({QStringLiteral("topology.layout_ms"), QStringLiteral("ms"), layoutMs, sfdpMs, baselineName,
                Better::Lower});

    // Incremental update through the scene, as a live delta arrives: one new device on an existing gateway,
    // placed by the stable layout, with every derived structure (grid, site groups, summaries) refreshed.
    TopologyScene scene;
    scene.setSynchronousLayout(true);
    scene.setFleet(fleet.sites, fleet.gateways, fleet.devices, fleet.links);
    const double rssScene = peakRssMiB();
    QList<double> updates;
    for (int i = 0; i < 5; ++i) {
        Device device = fleet.devices.at(i * 997);
        device.id = QStringLiteral("bench-new-%1").arg(i);
        device.name = device.id;
        updates.append(millisecondsOf([&] {
            scene.upsertDevices({device});
            scene.addLinks({Link{device.id, device.gatewayId, LinkKind::Uplink}});
        }));
    }
    report.add({QStringLiteral("topology.incremental_update_ms"), QStringLiteral("ms"), medianOf(updates), std::nullopt,
                QString(), Better::Lower});
    TopologyLayout extended = scene.layout();
    Device lone = fleet.devices.at(12345);
    lone.id = QStringLiteral("bench-extend");
    FleetTopology grown = scene.topology();
    grown.upsertDevice(lone);
    report.add({QStringLiteral("topology.layout_extend_ms"), QStringLiteral("ms"),
                millisecondsOf([&] { extended.extend(grown); }), std::nullopt, QString(), Better::Lower});

    // Painting: full zoom-out (site map) against one naive batched draw of every node and link.
    const QPalette palette = QApplication::palette();
    TopologyCamera fit = TopologyCamera::fitting(scene.shownBounds(), FrameSize, 32);
    QImage image = frame();
    {
        QPainter warm(&image);
        scene.paint(warm, fit, palette);
    }
    const double zoomedOutMs = medianMs(9, [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.paint(painter, fit, palette);
    }, "zoomed-out");
    // After a live update of one device only its site's disc is drawn again; after a switch of the colouring
    // every disc and label is (the worst case of the zoomed-out map).
    Device changed = fleet.devices.at(4242);
    const double afterUpdateMs = medianMs(9, [&] {
        changed.riskScore = changed.riskScore >= 50 ? 10 : 95;
        scene.upsertDevices({changed});
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.paint(painter, fit, palette);
    }, "zoomed-out after a live update");
    report.add({QStringLiteral("topology.paint_zoomed_out_after_update_ms"), QStringLiteral("ms"), afterUpdateMs,
                std::nullopt, QString(), Better::Lower});
    const double zoomedOutColdMs = medianMs(9, [&] {
        scene.setColouring(scene.colouring() == TopologyColouring::Risk ? TopologyColouring::Status
                                                                        : TopologyColouring::Risk);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.paint(painter, fit, palette);
    }, "zoomed-out cold");
    const double zoomedOutColdCpuMs = lastCpuMedianMs;
    scene.setColouring(TopologyColouring::Risk);
    // A cold zoomed-out frame has no in-run baseline of its own; the naive full draw below is the same-run
    // reference it is compared with.
    QList<QPointF> points;
    QList<QLineF> lines;
    const QList<QPointF> &positions = scene.layout().positions();
    for (TopologyNode node = 0; node < TopologyNode(scene.topology().nodeCount()); ++node)
        points.append(fit.toScreen(positions.at(node)));
    for (qsizetype link = 0; link < scene.topology().linkCount(); ++link)
        lines.append(QLineF(points.at(scene.topology().linkFrom(link)), points.at(scene.topology().linkTo(link))));
    const double naiveMs = medianMs(5, [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setPen(QPen(QColor(0, 0, 0, 60), 0));
        painter.drawLines(lines);
        painter.setPen(QPen(QColor(0xD3, 0x2F, 0x2F), 2));
        painter.drawPoints(points.constData(), int(points.size()));
    }, "naive full draw");
    report.add({QStringLiteral("topology.paint_zoomed_out_ms"), QStringLiteral("ms"), zoomedOutMs, naiveMs,
                QStringLiteral("one batched drawLines + drawPoints of every link and node"), Better::Lower});
    report.add({QStringLiteral("topology.paint_zoomed_out_cold_ms"), QStringLiteral("ms"), zoomedOutColdMs, naiveMs,
                QStringLiteral("one batched drawLines + drawPoints of every link and node"), Better::Lower});
    report.add({QStringLiteral("topology.paint_zoomed_out_cold_cpu_ms"), QStringLiteral("ms"), zoomedOutColdCpuMs,
                std::nullopt, QStringLiteral("thread CPU time"), Better::Lower});

    for (const auto &[name, spacing] : {std::pair(QStringLiteral("topology.paint_mid_ms"), 6.0),
                                        std::pair(QStringLiteral("topology.paint_close_ms"), 40.0)}) {
        const TopologyCamera camera = closeCamera(scene, spacing);
        {
            QPainter warm(&image);
            scene.paint(warm, camera, palette); // fills the glyph cache once, as the first frame on screen does
        }
        const double ms = medianMs(9, [&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.paint(painter, camera, palette);
        }, qPrintable(name));
        const double cpuMs = lastCpuMedianMs;
        if (spacing < 20) {
            report.add({name, QStringLiteral("ms"), ms, std::nullopt, QString(), Better::Lower});
            continue;
        }
        report.add({name, QStringLiteral("ms"), ms, naiveCloseMs(scene, camera, image),
                    QStringLiteral("per-node drawEllipse + drawText and per-link drawLine of what is in view"),
                    Better::Lower});
        report.add({QString(name).replace(QStringLiteral("_ms"), QStringLiteral("_cpu_ms")), QStringLiteral("ms"),
                    cpuMs, std::nullopt, QStringLiteral("thread CPU time"), Better::Lower});
    }

    {
        // What the close view holds, so its figure can be read against what an operator sees at that zoom.
        const TopologyCamera close = closeCamera(scene, 40.0);
        const QList<TopologyNode> inView = scene.nodesIn(close.visibleWorld());
        QSet<TopologyNode> inViewSet(inView.cbegin(), inView.cend());
        qsizetype links = 0;
        for (qsizetype link = 0; link < scene.topology().linkCount(); ++link)
            links += inViewSet.contains(scene.topology().linkFrom(link)) || inViewSet.contains(scene.topology().linkTo(link));
        std::fprintf(stderr, "close view (40 px spacing, %dx%d): %lld nodes, %lld links\n", FrameSize.width(),
                     FrameSize.height(), qlonglong(inView.size()), qlonglong(links));
    }

    // Panning: a drag of 16 x 8 px per frame at each zoom level. Ours keeps the world-anchored layer
    // (TopologyLayerCache: shifted, only the uncovered strips painted) and draws it and the labels into the frame;
    // the baseline, in the same run, paints every frame of the same drag whole.
    const QFont font = QApplication::font();
    for (const auto &[name, start] : {std::pair(QStringLiteral("topology.pan_frame_zoomed_out_ms"), fit),
                                      std::pair(QStringLiteral("topology.pan_frame_mid_ms"), closeCamera(scene, 6.0)),
                                      std::pair(QStringLiteral("topology.pan_frame_close_ms"), closeCamera(scene, 40.0))}) {
        TopologyCamera camera = start;
        TopologyLayerCache cache;
        cache.update(scene, camera, palette, font);
        int shifted = 0;
        const double ours = medianMs(15, [&] {
            camera.centre -= QPointF(16, 8) / camera.scale;
            shifted += cache.update(scene, camera, palette, font) == TopologyLayerCache::Update::Shifted;
            QPainter painter(&image);
            painter.drawImage(0, 0, cache.image());
            painter.setFont(font);
            scene.paintLabels(painter, camera, palette);
        }, qPrintable(name));
        camera = start;
        const double whole = medianMs(15, [&] {
            camera.centre -= QPointF(16, 8) / camera.scale;
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setFont(font);
            scene.paint(painter, camera, palette);
        }, "  the same pan painted whole");
        if (shifted != 15)
            std::fprintf(stderr, "  warning: only %d of 15 pan frames shifted the layer\n", shifted);
        report.add({name, QStringLiteral("ms"), ours, whole, QStringLiteral("the same pan painted whole every frame"),
                    Better::Lower});
    }

    // Hit-testing: nearest node under random points of the close view, as hovering does.
    const TopologyCamera close = closeCamera(scene, 40.0);
    QRandomGenerator random(42);
    QList<QPointF> probes;
    for (int i = 0; i < 20000; ++i)
        probes.append(close.toWorld(QPointF(random.bounded(FrameSize.width()), random.bounded(FrameSize.height()))));
    int hits = 0;
    const double hitMs = millisecondsOf([&] {
        for (const QPointF &probe : std::as_const(probes))
            hits += scene.nodeAt(probe, 8.0 / close.scale).has_value();
    });
    std::fprintf(stderr, "hit-test: %d of %lld probes hit a node\n", hits, qlonglong(probes.size()));
    report.add({QStringLiteral("topology.hit_test_ms"), QStringLiteral("ms"), hitMs / double(probes.size()),
                std::nullopt, QString(), Better::Lower});
    report.add({QStringLiteral("topology.rubber_band_ms"), QStringLiteral("ms"),
                medianMs(5, [&] { hits = int(scene.nodesIn(fit.visibleWorld()).size()); }), std::nullopt, QString(),
                Better::Lower});

    report.add({QStringLiteral("topology.scene_memory_mib"), QStringLiteral("MiB"), rssScene - rssFleet, std::nullopt,
                QString(), Better::Lower});
    report.add({QStringLiteral("topology.peak_rss_mib"), QStringLiteral("MiB"), peakRssMiB() - rssStart, std::nullopt,
                QString(), Better::Lower});
    report.add({QStringLiteral("topology.machine_load_1min"), QStringLiteral("load"), loadAverage(), std::nullopt,
                QStringLiteral("/proc/loadavg at the end of the run (2 cores)"), Better::Lower});
    report.print();
    return 0;
}
