#include "TopologyLayerCache.h"

#include "TopologyScene.h"

#include <QPainter>

#include <cmath>
#include <cstring>

namespace warden {

namespace {

// Moves the pixels by (dx, dy) device pixels in place; what is uncovered keeps stale pixels (painted next).
void shiftPixels(QImage &image, int dx, int dy)
{
    const int width = image.width(), height = image.height();
    const qsizetype stride = image.bytesPerLine();
    const int depth = image.depth() / 8;
    const int rowBytes = (width - std::abs(dx)) * depth;
    if (rowBytes <= 0 || std::abs(dy) >= height)
        return;
    uchar *bits = image.bits();
    // Rows are visited away from the direction of travel so none is overwritten before it is moved.
    const int first = dy > 0 ? height - 1 : 0, last = dy > 0 ? dy - 1 : height + dy, step = dy > 0 ? -1 : 1;
    for (int y = first; y != last; y += step) {
        uchar *target = bits + qsizetype(y) * stride + std::max(dx, 0) * depth;
        const uchar *source = bits + qsizetype(y - dy) * stride + std::max(-dx, 0) * depth;
        std::memmove(target, source, size_t(rowBytes));
    }
}

bool isWhole(qreal value)
{
    return std::abs(value - std::round(value)) < 1e-6;
}

} // namespace

TopologyLayerCache::Update TopologyLayerCache::update(const TopologyScene &scene, const TopologyCamera &camera,
                                                      const QPalette &palette, const QFont &font,
                                                      qreal devicePixelRatio)
{
    const QSize logical = camera.viewport.toSize();
    const QSize device = (QSizeF(logical) * devicePixelRatio).toSize();
    const bool sameSetting = m_valid && m_image.size() == device && m_image.devicePixelRatio() == devicePixelRatio
                             && m_revision == scene.revision() && m_paletteKey == palette.cacheKey()
                             && m_font == font && m_camera.viewport == camera.viewport
                             && m_camera.scale == camera.scale;
    if (sameSetting && m_camera.centre == camera.centre)
        return Update::Kept;
    if (sameSetting) {
        // A pan: the picture moves by the camera's shift on screen, if that is whole pixels (a drag is).
        const QPointF shift = (m_camera.centre - camera.centre) * camera.scale;
        const QPointF deviceShift = shift * devicePixelRatio;
        if (isWhole(shift.x()) && isWhole(shift.y()) && isWhole(deviceShift.x()) && isWhole(deviceShift.y())
            && std::abs(shift.x()) < logical.width() && std::abs(shift.y()) < logical.height()) {
            const int dx = int(std::round(shift.x())), dy = int(std::round(shift.y()));
            shiftPixels(m_image, int(std::round(deviceShift.x())), int(std::round(deviceShift.y())));
            m_camera = camera;
            // The uncovered band above or below (whole width), then the one at the side (the remaining rows).
            const QRect band = dy > 0 ? QRect(0, 0, logical.width(), dy)
                                      : QRect(0, logical.height() + dy, logical.width(), -dy);
            const int rowsTop = dy > 0 ? dy : 0, rowsBottom = logical.height() - (dy < 0 ? -dy : 0);
            const QRect side = dx > 0 ? QRect(0, rowsTop, dx, rowsBottom - rowsTop)
                                      : QRect(logical.width() + dx, rowsTop, -dx, rowsBottom - rowsTop);
            if (dy != 0)
                paintArea(scene, camera, palette, font, band);
            if (dx != 0 && side.height() > 0)
                paintArea(scene, camera, palette, font, side);
            return Update::Shifted;
        }
    }
    if (m_image.size() != device || m_image.devicePixelRatio() != devicePixelRatio) {
        // Opaque: drawn onto the window as a plain copy of rows.
        m_image = QImage(device, QImage::Format_RGB32);
        m_image.setDevicePixelRatio(devicePixelRatio);
    }
    m_camera = camera;
    m_revision = scene.revision();
    m_paletteKey = palette.cacheKey();
    m_font = font;
    paintArea(scene, camera, palette, font, QRect(QPoint(0, 0), logical));
    m_valid = true;
    return Update::Repainted;
}

void TopologyLayerCache::paintArea(const TopologyScene &scene, const TopologyCamera &camera, const QPalette &palette,
                                   const QFont &font, const QRect &logicalArea)
{
    QPainter painter(&m_image);
    painter.setFont(font);
    painter.setClipRect(logicalArea);
    painter.fillRect(logicalArea, palette.color(QPalette::Base));
    scene.paintLayer(painter, camera, palette, TopologyPaintTarget::Raster, QRectF(logicalArea));
}

} // namespace warden
