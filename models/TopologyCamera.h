#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace warden {

// What is on screen: the world point at the centre of the viewport and the zoom (pixels per world unit).
struct TopologyCamera {
    QPointF centre;
    qreal scale = 1;
    QSizeF viewport;

    QTransform worldToScreen() const;
    QPointF toScreen(QPointF world) const;
    QPointF toWorld(QPointF screen) const;
    QRectF visibleWorld() const;
    // The camera showing `world` inside the viewport with `margin` pixels around it.
    static TopologyCamera fitting(const QRectF &world, QSizeF viewport, qreal margin = 24);
};

} // namespace warden
