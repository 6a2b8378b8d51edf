#include "TopologyMiniMap.h"

#include "TopologyPaintStyle.h"

#include <QPainter>

#include <algorithm>

namespace warden {

QRect TopologyMiniMap::rect(const TopologyScene &scene, QSize area, int margin)
{
    const QRectF bounds = scene.layout().bounds();
    if (bounds.isEmpty())
        return {};
    const int w = 180;
    const int h = std::clamp(int(w * bounds.height() / bounds.width()), 60, 160);
    return QRect(area.width() - margin - w, area.height() - margin - h, w, h);
}

QPointF TopologyMiniMap::worldAt(const TopologyScene &scene, const QRect &box, QPointF position)
{
    const TopologyCamera mini = TopologyCamera::fitting(scene.layout().bounds(), box.size(), 6);
    return mini.toWorld(position - box.topLeft());
}

void TopologyMiniMap::paint(QPainter &painter, const QRect &box, const TopologyScene &scene,
                            const TopologyCamera &camera, const QPalette &palette, qreal dpr)
{
    const QRectF bounds = scene.layout().bounds();
    // Only useful when part of the map is off screen.
    if (box.isEmpty() || camera.visibleWorld().contains(bounds))
        return;
    const TopologyCamera mini = TopologyCamera::fitting(bounds, box.size(), 6);
    if (!m_valid || m_image.size() != box.size() * dpr) {
        m_image = QImage(box.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_image.fill(Qt::transparent);
        QPainter p(&m_image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(TopologyPaintStyle::withAlpha(palette.color(QPalette::Base), 240));
        p.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(box.size())).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        for (int site = 0; site < scene.layout().siteCount(); ++site) {
            const TopologySitePlacement &placement = scene.layout().site(site);
            const TopologyScene::SiteSummary &summary = scene.siteSummary(site);
            if (!placement.placed || summary.devices == 0)
                continue;
            p.setBrush(scene.categoryColour(summary.dominant));
            const qreal r = std::max(1.2, placement.radius * mini.scale);
            p.drawEllipse(mini.toScreen(placement.centre), r, r);
        }
        m_valid = true;
    }
    painter.drawImage(box.topLeft(), m_image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(TopologyPaintStyle::withAlpha(palette.color(QPalette::Text), 60), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const QRectF visible = camera.visibleWorld();
    QRectF frame(mini.toScreen(visible.topLeft()), mini.toScreen(visible.bottomRight()));
    frame.translate(box.topLeft());
    frame = frame.intersected(QRectF(box).adjusted(1, 1, -1, -1));
    if (frame.width() < 4)
        frame.adjust(-2, 0, 2, 0);
    if (frame.height() < 4)
        frame.adjust(0, -2, 0, 2);
    const QColor highlight = palette.color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 1.5));
    painter.setBrush(TopologyPaintStyle::withAlpha(highlight, 40));
    painter.drawRect(frame);
}

} // namespace warden
