#include "TopologyOverlayPainter.h"

#include "SeverityPalette.h"
#include "TopologyPaintStyle.h"

#include <QPainter>

#include <algorithm>

namespace warden {

TopologyOverlayPainter::TopologyOverlayPainter(const TopologyScene &scene) : m_scene(scene)
{
}

void TopologyOverlayPainter::paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                                   const TopologyOverlay &overlay) const
{
    const TopologyDetail detail = m_scene.detailAt(camera.scale);
    const QRectF viewport = QRectF(QPointF(0, 0), camera.viewport).adjusted(-40, -40, 40, 40);
    const qreal spacing = camera.scale * m_scene.layout().parameters().deviceSpacing;
    const qreal nodeRadius = detail == TopologyDetail::Sites ? 0 : TopologyScene::glyphDiameter(spacing) / 2.0;
    const QColor select = palette.color(QPalette::Highlight);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);

    const auto siteDisc = [&](int site) {
        const TopologySitePlacement &placement = m_scene.layout().site(site);
        return std::pair(camera.toScreen(placement.centre), std::max(4.0, placement.radius * camera.scale));
    };

    if (detail == TopologyDetail::Sites) {
        QSet<int> selectedSites;
        for (const TopologyNode node : overlay.selection)
            if (node < TopologyNode(m_scene.topology().nodeCount()))
                selectedSites.insert(m_scene.topology().site(node));
        painter.setPen(QPen(select, 3));
        for (const int site : std::as_const(selectedSites)) {
            const auto [centre, radius] = siteDisc(site);
            if (viewport.contains(centre))
                painter.drawEllipse(centre, radius + 5, radius + 5);
        }
        if (overlay.hoverSite) {
            const auto [centre, radius] = siteDisc(*overlay.hoverSite);
            painter.setPen(QPen(TopologyPaintStyle::withAlpha(select, 150), 2));
            painter.drawEllipse(centre, radius + 2, radius + 2);
        }
        // A new threat makes its site pulse: one ring per site, the freshest wins.
        QHash<int, qreal> sitePulses;
        for (auto it = overlay.pulses.constBegin(); it != overlay.pulses.constEnd(); ++it) {
            if (!m_scene.isShown(it.key()))
                continue;
            const int site = m_scene.topology().site(it.key());
            sitePulses[site] = std::min(sitePulses.value(site, 1.0), it.value());
        }
        for (auto it = sitePulses.constBegin(); it != sitePulses.constEnd(); ++it) {
            const auto [centre, radius] = siteDisc(it.key());
            const qreal progress = it.value();
            painter.setPen(QPen(TopologyPaintStyle::withAlpha(Palette::severity(Severity::Critical), int(255 * (1 - progress))), 3));
            painter.drawEllipse(centre, radius + 4 + 26 * progress, radius + 4 + 26 * progress);
        }
        return;
    }

    // Safety-critical devices of a blast radius or impact get a red badge: they are what the responder checks
    // first, and the glyph colour already means risk or status.
    for (const QSet<TopologyNode> *set : {&m_scene.highlight().affected, &m_scene.highlight().reachable}) {
        for (const TopologyNode node : *set) {
            if (!m_scene.isShown(node) || !m_scene.topology().safetyCritical(node))
                continue;
            const QPointF at = camera.toScreen(m_scene.layout().position(node));
            if (!viewport.contains(at))
                continue;
            const qreal badge = std::max(3.5, nodeRadius * 0.45);
            const QPointF centre = at + QPointF(nodeRadius, -nodeRadius) * 0.8;
            painter.setPen(QPen(palette.color(QPalette::Base), 1.5));
            painter.setBrush(Palette::severity(Severity::Critical));
            painter.drawEllipse(centre, badge, badge);
        }
    }
    painter.setBrush(Qt::NoBrush);

    painter.setPen(QPen(select, 2.5));
    for (const TopologyNode node : overlay.selection) {
        if (!m_scene.isShown(node))
            continue;
        const QPointF at = camera.toScreen(m_scene.layout().position(node));
        if (viewport.contains(at))
            painter.drawEllipse(at, nodeRadius + 4, nodeRadius + 4);
    }
    if (overlay.hover && m_scene.isShown(*overlay.hover)) {
        const QPointF at = camera.toScreen(m_scene.layout().position(*overlay.hover));
        painter.setPen(QPen(TopologyPaintStyle::withAlpha(select, 160), 2));
        painter.setBrush(TopologyPaintStyle::withAlpha(select, 40));
        painter.drawEllipse(at, nodeRadius + 6, nodeRadius + 6);
        painter.setBrush(Qt::NoBrush);
    }
    for (auto it = overlay.pulses.constBegin(); it != overlay.pulses.constEnd(); ++it) {
        if (!m_scene.isShown(it.key()))
            continue;
        const QPointF at = camera.toScreen(m_scene.layout().position(it.key()));
        if (!viewport.contains(at))
            continue;
        const qreal progress = it.value();
        painter.setPen(QPen(TopologyPaintStyle::withAlpha(Palette::severity(Severity::Critical), int(255 * (1 - progress))), 2.5));
        const qreal radius = nodeRadius + 3 + 22 * progress;
        painter.drawEllipse(at, radius, radius);
    }
}

} // namespace warden
