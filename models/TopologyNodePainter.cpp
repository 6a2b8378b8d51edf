#include "TopologyNodePainter.h"

#include "ScreenOccupancy.h"
#include "SeverityPalette.h"
#include "TopologyPaintStyle.h"
#include "TopologyRaster.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace warden {

TopologyNodePainter::TopologyNodePainter(const TopologyScene &scene) : m_scene(scene), m_glyphs(scene)
{
}

QList<int> TopologyNodePainter::sitesIn(const QRectF &world) const
{
    QList<int> sites;
    for (int site = 0; site < std::min(m_scene.m_layout.siteCount(), int(m_scene.m_summaries.size())); ++site) {
        const TopologySitePlacement &placement = m_scene.m_layout.site(site);
        const qreal reach = placement.radius + m_scene.m_layout.parameters().deviceSpacing;
        if (placement.placed && world.intersects(QRectF(placement.centre - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach))))
            sites.append(site);
    }
    return sites;
}

void TopologyNodePainter::paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                                TopologyDetail detail, TopologyPaintTarget target, const QRectF &exposed)
{
    const qreal spacing = camera.scale * m_scene.m_layout.parameters().deviceSpacing;
    const int diameter = TopologyScene::glyphDiameter(spacing);
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    // Only what touches the exposed part of the screen (all of it for a full frame, a strip for a pan).
    const QRectF viewport = exposed;
    const qreal marginPx = diameter + 8;
    const QRectF world = QRectF(camera.toWorld(exposed.topLeft()), camera.toWorld(exposed.bottomRight()))
                             .adjusted(-marginPx / camera.scale, -marginPx / camera.scale, marginPx / camera.scale,
                                       marginPx / camera.scale);
    const bool highlighting = !m_scene.m_highlight.isEmpty();
    const QColor text = palette.color(QPalette::Text);
    const QPointF offset(camera.viewport.width() / 2.0 - camera.centre.x() * camera.scale,
                         camera.viewport.height() / 2.0 - camera.centre.y() * camera.scale);
    const auto screen = [&](TopologyNode node) {
        const QPointF &p = m_scene.m_layout.positions().at(node);
        return QPointF(p.x() * camera.scale + offset.x(), p.y() * camera.scale + offset.y());
    };

    const QList<int> visibleSites = sitesIn(world);

    // Site grounds: a faint disc per site so clusters read as places, with the site's name above once it fits.
    // Written straight into the image where possible (TopologyRaster): as an opaque tint worked out over the base
    // colour (a memory fill, not a blend of every pixel) under an outline of short hairlines.
    const bool vector = target == TopologyPaintTarget::Vector;
    std::optional<TopologyRaster> raster = vector ? std::nullopt : TopologyRaster::on(painter);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont siteFont = painter.font();
    siteFont.setBold(true);
    siteFont.setPointSizeF(siteFont.pointSizeF() * 1.1);
    const QFontMetricsF siteMetrics(siteFont, painter.device());
    const QColor base = palette.color(QPalette::Base);
    const auto tintOf = [&](int alpha) {
        const qreal a = alpha / 255.0;
        QColor tint;
        tint.setRgbF(base.redF() + (text.redF() - base.redF()) * a, base.greenF() + (text.greenF() - base.greenF()) * a,
                     base.blueF() + (text.blueF() - base.blueF()) * a);
        return tint;
    };
    QList<QLineF> outlines, dimOutlines;
    const QRectF exposedArea = raster ? QRectF(raster->clip()) : viewport;
    // Each visible site's ground on screen, worked out once for the ground pass and the title pass.
    struct Ground {
        int site;
        QPointF centre;
        qreal radius;
        bool dim;
        qsizetype devices;
    };
    QList<Ground> grounds;
    grounds.reserve(visibleSites.size());
    for (const int site : std::as_const(visibleSites)) {
        const TopologyScene::SiteSummary &summary = m_scene.m_summaries.at(site);
        if (summary.devices + summary.gateways == 0)
            continue;
        const TopologySitePlacement &placement = m_scene.m_layout.site(site);
        grounds.append({site, camera.toScreen(placement.centre),
                        (placement.radius + 0.8 * m_scene.m_layout.parameters().deviceSpacing) * camera.scale,
                        highlighting && summary.affected + summary.reachable == 0, qsizetype(summary.devices)});
    }
    for (const Ground &ground : std::as_const(grounds)) {
        const QPointF centre = ground.centre;
        const qreal radius = ground.radius;
        const bool dim = ground.dim;
        if (raster) {
            raster->fillDisc(centre, radius, tintOf(dim ? 4 : 9));
            // The outline as short chords, only those near what is drawn.
            const int segments = int(std::clamp(radius / 3.0, 24.0, 4096.0));
            const QRectF near = exposedArea.adjusted(-2, -2, 2, 2);
            QPointF previous = centre + QPointF(radius, 0);
            for (int i = 1; i <= segments; ++i) {
                const qreal angle = 2 * M_PI * i / segments;
                const QPointF next = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
                if (near.intersects(QRectF(previous, next).normalized().adjusted(-1, -1, 1, 1)))
                    (dim ? dimOutlines : outlines).append(QLineF(previous, next));
                previous = next;
            }
            continue;
        }
        // Close in, a site's ground covers the whole view: a plain fill, not an antialiased disc of a million
        // pixels with an outline nobody sees.
        const auto inside = [&](QPointF corner) { return QLineF(centre, corner).length() < radius - 1; };
        if (inside(viewport.topLeft()) && inside(viewport.topRight()) && inside(viewport.bottomLeft())
            && inside(viewport.bottomRight())) {
            painter.fillRect(viewport, tintOf(dim ? 4 : 9));
        } else {
            painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, dim ? 12 : 30), 1));
            painter.setBrush(TopologyPaintStyle::withAlpha(text, dim ? 4 : 9));
            painter.drawEllipse(centre, radius, radius);
        }
    }
    if (raster) {
        raster->drawLines(outlines, TopologyPaintStyle::withAlpha(text, 30));
        raster->drawLines(dimOutlines, TopologyPaintStyle::withAlpha(text, 12));
    }
    for (const Ground &ground : std::as_const(grounds)) {
        const QPointF centre = ground.centre;
        const qreal radius = ground.radius;
        const bool dim = ground.dim;
        if (radius > 40) {
            const QString title = m_scene.m_topology.siteName(ground.site) + QStringLiteral("  ·  ")
                                  + TopologyPaintStyle::deviceCount(ground.devices);
            const qreal width = siteMetrics.horizontalAdvance(title) + 12;
            const QRectF box(centre.x() - width / 2, centre.y() - radius - siteMetrics.height() - 8, width,
                             siteMetrics.height() + 4);
            if (viewport.intersects(box)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(TopologyPaintStyle::withAlpha(palette.color(QPalette::Base), 220));
                painter.drawRoundedRect(box, 4, 4);
                painter.setFont(siteFont);
                painter.setPen(TopologyPaintStyle::withAlpha(text, dim ? 90 : 230));
                painter.drawText(box, Qt::AlignCenter, title);
            }
        }
    }

    // Links: batched hairlines, one call per kind; the blast radius's own links drawn strong on top.
    QList<QLineF> uplinks, peers, hot;
    const auto collect = [&](quint32 link) {
        const TopologyNode a = m_scene.m_topology.linkFrom(link), b = m_scene.m_topology.linkTo(link);
        if (!m_scene.isShown(a) || !m_scene.isShown(b))
            return;
        const QPointF &pa = m_scene.m_layout.positions().at(a), &pb = m_scene.m_layout.positions().at(b);
        if (std::max(pa.x(), pb.x()) < world.left() || std::min(pa.x(), pb.x()) > world.right()
            || std::max(pa.y(), pb.y()) < world.top() || std::min(pa.y(), pb.y()) > world.bottom())
            return;
        const QLineF line(screen(a), screen(b));
        if (highlighting && m_scene.m_highlight.contains(a) && m_scene.m_highlight.contains(b))
            hot.append(line);
        else if (m_scene.m_topology.linkKind(link) == LinkKind::Peer)
            peers.append(line);
        else
            uplinks.append(line);
    };
    for (const int site : std::as_const(visibleSites))
        for (quint32 i = m_scene.m_siteLinkStart.at(site); i < m_scene.m_siteLinkStart.at(site + 1); ++i)
            collect(m_scene.m_siteLinks.at(i));
    for (const quint32 link : m_scene.m_crossLinks)
        collect(link);
    const int lineAlpha = highlighting ? 22 : 70;
    const QColor peerColour = TopologyPaintStyle::withAlpha(Palette::severity(Severity::Warning), highlighting ? 25 : 90);
    if (raster) {
        raster->drawLines(uplinks, TopologyPaintStyle::withAlpha(text, lineAlpha));
        // Qt's dash line for a one-pixel pen: four on, two off.
        raster->drawLines(peers, peerColour, detail == TopologyDetail::Glyphs ? 4 : 0, 2);
    } else {
        painter.setRenderHint(QPainter::Antialiasing, detail == TopologyDetail::Glyphs);
        // Hairlines are cosmetic pens (width 0: one pixel whatever the transform): the cosmetic stroker draws them
        // several times faster than a 1-pixel pen that is stroked as a polygon, and they look the same.
        painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, lineAlpha), 0.0));
        painter.drawLines(uplinks);
        QPen peerPen(peerColour, 0.0);
        if (detail == TopologyDetail::Glyphs)
            peerPen.setStyle(Qt::DashLine);
        painter.setPen(peerPen);
        painter.drawLines(peers);
    }
    painter.setPen(QPen(TopologyPaintStyle::withAlpha(Palette::severity(Severity::Major), 210), 1.6));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.drawLines(hot);

    // Nodes: devices first, gateways on top. Small dots are batched points per colour; larger ones are cached
    // sprites blitted at whole pixels (no per-node path filling).
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    if (diameter < 4 && !vector) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        QHash<quint16, QList<QPointF>> batches; // (dim << 8 | category) -> points
        QList<TopologyNode> gateways;
        for (const int site : std::as_const(visibleSites)) {
            for (quint32 i = m_scene.m_siteNodeStart.at(site); i < m_scene.m_siteNodeStart.at(site + 1); ++i) {
                const TopologyNode node = m_scene.m_siteNodes.at(i);
                if (!m_scene.m_shown.at(node) || !world.contains(m_scene.m_layout.positions().at(node)))
                    continue;
                if (m_scene.m_topology.kind(node) == TopologyNodeKind::Gateway) {
                    gateways.append(node);
                    continue;
                }
                const bool dim = highlighting && !m_scene.m_highlight.contains(node);
                batches[quint16((dim ? 0x100 : 0) | m_scene.m_category.at(node))].append(screen(node));
            }
        }
        QList<quint16> keys = batches.keys();
        std::sort(keys.begin(), keys.end(), std::greater<>()); // dimmed first, then worst colours last (on top)
        for (const quint16 key : std::as_const(keys)) {
            QColor colour = m_scene.categoryColour(key & 0xFF);
            if (key & 0x100)
                colour.setAlpha(40);
            painter.setPen(QPen(colour, diameter, Qt::SolidLine, Qt::SquareCap));
            const QList<QPointF> &points = batches[key];
            painter.drawPoints(points.constData(), int(points.size()));
        }
        for (const TopologyNode node : std::as_const(gateways)) {
            const QPixmap &pixmap = m_glyphs.sprite(TopologyPaintStyle::GatewayCategory, 0, m_glyphs.spriteFlagsOf(node, detail), diameter + 2, dpr);
            const QPointF at = screen(node) - QPointF(pixmap.width(), pixmap.height()) / (2 * dpr);
            painter.drawPixmap(QPointF(std::round(at.x()), std::round(at.y())), pixmap);
        }
    } else {
        QList<TopologyNode> gateways;
        painter.setRenderHint(QPainter::Antialiasing, true);
        const auto blit = [&](TopologyNode node, int size) {
            const int category = m_scene.m_category.at(node);
            if (vector) {
                m_glyphs.drawGlyph(painter, screen(node), category, m_scene.m_topology.deviceClass(node), m_glyphs.spriteFlagsOf(node, detail), size);
                return;
            }
            const QPixmap &pixmap = m_glyphs.sprite(category, m_scene.m_topology.deviceClass(node), m_glyphs.spriteFlagsOf(node, detail), size, dpr);
            const QPointF at = screen(node) - QPointF(pixmap.width(), pixmap.height()) / (2 * dpr);
            painter.drawPixmap(QPointF(std::round(at.x()), std::round(at.y())), pixmap);
        };
        for (const int site : std::as_const(visibleSites)) {
            for (quint32 i = m_scene.m_siteNodeStart.at(site); i < m_scene.m_siteNodeStart.at(site + 1); ++i) {
                const TopologyNode node = m_scene.m_siteNodes.at(i);
                if (!m_scene.m_shown.at(node) || !world.contains(m_scene.m_layout.positions().at(node)))
                    continue;
                if (m_scene.m_topology.kind(node) == TopologyNodeKind::Gateway) {
                    gateways.append(node);
                } else {
                    blit(node, diameter);
                }
            }
        }
        const int gatewaySize = int(diameter * 1.25);
        for (const TopologyNode node : std::as_const(gateways))
            blit(node, gatewaySize);

    }
}

void TopologyNodePainter::paintLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                                      TopologyDetail detail)
{
    // Labels are placed against the viewport (what fits on screen now), so they are drawn every frame over the
    // kept layer rather than shifted with it.
    const qreal spacing = camera.scale * m_scene.m_layout.parameters().deviceSpacing;
    if (detail != TopologyDetail::Glyphs || spacing < TopologyScene::LabelsThreshold)
        return;
    const int diameter = TopologyScene::glyphDiameter(spacing);
    const int gatewaySize = int(diameter * 1.25);
    const QRectF viewport(QPointF(0, 0), camera.viewport);
    const qreal marginPx = diameter + 8;
    const QRectF world = camera.visibleWorld().adjusted(-marginPx / camera.scale, -marginPx / camera.scale,
                                                        marginPx / camera.scale, marginPx / camera.scale);
    const bool highlighting = !m_scene.m_highlight.isEmpty();
    const QColor text = palette.color(QPalette::Text);
    const QPointF offset(camera.viewport.width() / 2.0 - camera.centre.x() * camera.scale,
                         camera.viewport.height() / 2.0 - camera.centre.y() * camera.scale);
    const auto screen = [&](TopologyNode node) {
        const QPointF &p = m_scene.m_layout.positions().at(node);
        return QPointF(p.x() * camera.scale + offset.x(), p.y() * camera.scale + offset.y());
    };
    QList<TopologyNode> gateways, devices;
    for (const int site : sitesIn(world)) {
        for (quint32 i = m_scene.m_siteNodeStart.at(site); i < m_scene.m_siteNodeStart.at(site + 1); ++i) {
            const TopologyNode node = m_scene.m_siteNodes.at(i);
            if (!m_scene.m_shown.at(node) || !world.contains(m_scene.m_layout.positions().at(node)))
                continue;
            (m_scene.m_topology.kind(node) == TopologyNodeKind::Gateway ? gateways : devices).append(node);
        }
    }
    painter.save();
    {
        // Labels never cover a glyph or another label: gateways first (fewer, wider), then devices; a label
        // that does not fit is left out until the operator zooms closer.
        if (m_nodeLabels.size() > 8192)
            m_nodeLabels.clear(); // bounded: only what was recently on screen is worth keeping
        ScreenOccupancy taken(camera.viewport);
        for (const auto &[nodes, size] : {std::pair(&devices, diameter), std::pair(&gateways, gatewaySize)})
            for (const TopologyNode node : *nodes)
                taken.take(QRectF(screen(node) - QPointF(size / 2.0, size / 2.0), QSizeF(size, size)));
        QFont labelFont = painter.font();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
        QFont gatewayFont = labelFont;
        gatewayFont.setBold(true);
        const QFontMetricsF metrics(labelFont, painter.device());
        const QFontMetricsF gatewayMetrics(gatewayFont, painter.device());
        for (const auto &[nodes, isGateway] : {std::pair(&gateways, true), std::pair(&devices, false)}) {
            painter.setFont(isGateway ? gatewayFont : labelFont);
            const QFontMetricsF &fm = isGateway ? gatewayMetrics : metrics;
            const qreal maxWidth = isGateway ? std::max(160.0, spacing * 3) : spacing * 2.2;
            const qreal below = (isGateway ? gatewaySize : diameter) / 2.0 + 2;
            const qreal charWidth = fm.averageCharWidth();
            for (const TopologyNode node : *nodes) {
                const QPointF at = screen(node);
                // Reserve by an estimate and shape the text only for labels that get drawn.
                const QString name = m_scene.shortName(node);
                const qreal estimate = std::min(maxWidth, name.size() * charWidth) + 4;
                if (!viewport.intersects(QRectF(at.x() - estimate / 2, at.y() + below, estimate, fm.height()))
                    || !taken.isFree(QRectF(at.x() - estimate / 2, at.y() + below, estimate, fm.height())))
                    continue;
                // Laid-out label text is kept for the nodes on screen, so a redraw does not shape it again.
                CachedLabel &cached = m_nodeLabels[node];
                if (cached.maxWidth != maxWidth || cached.font != (isGateway ? gatewayFont : labelFont)
                    || cached.source != name) {
                    cached.maxWidth = maxWidth;
                    cached.font = isGateway ? gatewayFont : labelFont;
                    cached.source = name;
                    cached.text.setText(fm.elidedText(name, Qt::ElideMiddle, maxWidth));
                    cached.text.setTextFormat(Qt::PlainText);
                    cached.text.prepare(QTransform(), cached.font);
                }
                const qreal width = cached.text.size().width() + 4;
                const QRectF box(at.x() - width / 2, at.y() + below, width, fm.height());
                if (width > estimate && !taken.isFree(box))
                    continue;
                taken.take(box);
                const bool dim = highlighting && !m_scene.m_highlight.contains(node);
                if (isGateway) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(TopologyPaintStyle::withAlpha(palette.color(QPalette::Base), dim ? 90 : 200));
                    painter.drawRoundedRect(box, 3, 3);
                }
                painter.setPen(TopologyPaintStyle::withAlpha(text, dim ? 60 : isGateway ? 255 : 190));
                painter.drawStaticText(QPointF(box.left() + 2, box.top()), cached.text);
            }
        }
    }
    painter.restore();
}

} // namespace warden
