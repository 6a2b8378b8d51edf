#include "TopologyCamera.h"

#include <algorithm>

namespace warden {

QTransform TopologyCamera::worldToScreen() const
{
    QTransform transform;
    transform.translate(viewport.width() / 2.0, viewport.height() / 2.0);
    transform.scale(scale, scale);
    transform.translate(-centre.x(), -centre.y());
    return transform;
}

QPointF TopologyCamera::toScreen(QPointF world) const
{
    return {(world.x() - centre.x()) * scale + viewport.width() / 2.0,
            (world.y() - centre.y()) * scale + viewport.height() / 2.0};
}

QPointF TopologyCamera::toWorld(QPointF screen) const
{
    return {(screen.x() - viewport.width() / 2.0) / scale + centre.x(),
            (screen.y() - viewport.height() / 2.0) / scale + centre.y()};
}

QRectF TopologyCamera::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(viewport.width(), viewport.height())));
}

TopologyCamera TopologyCamera::fitting(const QRectF &world, QSizeF viewport, qreal margin)
{
    TopologyCamera camera;
    camera.viewport = viewport;
    camera.centre = world.center();
    const qreal width = std::max(1.0, viewport.width() - 2 * margin);
    const qreal height = std::max(1.0, viewport.height() - 2 * margin);
    camera.scale = std::min(width / std::max(world.width(), 1e-6), height / std::max(world.height(), 1e-6));
    camera.scale = std::clamp(camera.scale, 1e-4, 20.0);
    return camera;
}

} // namespace warden
