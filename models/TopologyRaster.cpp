#include "TopologyRaster.h"

#include <QImage>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace warden {

namespace {

// Clips the segment to `box` (Liang–Barsky); false when nothing of it is inside.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &box)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * t0;
    b = start + QPointF(dx, dy) * t1;
    return true;
}

} // namespace

TopologyRaster::TopologyRaster(QImage *image, QPointF offset, QRect clip)
    : m_image(image), m_offset(offset), m_clip(clip), m_bits(image->bits()), m_stride(image->bytesPerLine())
{
}

std::optional<TopologyRaster> TopologyRaster::on(QPainter &painter)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image)
        return std::nullopt;
    auto *image = static_cast<QImage *>(device);
    // Writing into a shared image would change the other copies too (bits() would detach from under the painter).
    if (!image->isDetached() || image->devicePixelRatio() != 1.0)
        return std::nullopt;
    if (image->format() != QImage::Format_ARGB32_Premultiplied && image->format() != QImage::Format_RGB32)
        return std::nullopt;
    if (painter.transform().type() > QTransform::TxTranslate || painter.opacity() != 1.0
        || painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return std::nullopt;
    const QPointF offset(painter.transform().dx(), painter.transform().dy());
    QRect clip = image->rect();
    if (painter.hasClipping()) {
        const QRegion region = painter.clipRegion();
        if (region.rectCount() > 1)
            return std::nullopt;
        clip &= region.boundingRect().translated(offset.toPoint());
    }
    return TopologyRaster(image, offset, clip);
}

void TopologyRaster::blend(int x, int y, quint32 colour, int coverage)
{
    if (coverage <= 0 || !m_clip.contains(x, y))
        return;
    auto *pixel = reinterpret_cast<quint32 *>(m_bits + y * m_stride) + x;
    // Source-over of a premultiplied colour scaled by coverage (0..256).
    const quint32 rb = (((colour & 0x00FF00FFu) * quint32(coverage)) >> 8) & 0x00FF00FFu;
    const quint32 ag = (((colour >> 8) & 0x00FF00FFu) * quint32(coverage)) & 0xFF00FF00u;
    const quint32 source = rb | ag;
    const quint32 inverse = 255 - (source >> 24);
    const quint32 d = *pixel;
    quint32 drb = (d & 0x00FF00FFu) * inverse;
    drb = ((drb + ((drb >> 8) & 0x00FF00FFu) + 0x00800080u) >> 8) & 0x00FF00FFu;
    quint32 dag = ((d >> 8) & 0x00FF00FFu) * inverse;
    dag = (dag + ((dag >> 8) & 0x00FF00FFu) + 0x00800080u) & 0xFF00FF00u;
    *pixel = source + (drb | dag);
}

void TopologyRaster::drawLines(const QList<QLineF> &lines, const QColor &colour, int dash, int gap)
{
    const quint32 premultiplied = qPremultiply(colour.rgba());
    for (const QLineF &line : lines)
        drawLine(line.p1() + m_offset, line.p2() + m_offset, premultiplied, dash, gap);
}

void TopologyRaster::drawLine(QPointF from, QPointF to, quint32 colour, int dash, int gap)
{
    // Pixel (i, j) covers [i, i + 1) x [j, j + 1): work with pixel centres at whole numbers.
    QPointF a = from - QPointF(0.5, 0.5), b = to - QPointF(0.5, 0.5);
    const qreal pattern = dash > 0 ? qreal(dash + gap) : 0;
    const QPointF unclippedStart = a;
    if (!clipSegment(a, b, QRectF(m_clip).adjusted(-1.5, -1.5, 0.5, 0.5)))
        return;
    const bool steep = std::abs(b.y() - a.y()) > std::abs(b.x() - a.x());
    if (steep) {
        a = QPointF(a.y(), a.x());
        b = QPointF(b.y(), b.x());
    }
    if (a.x() > b.x())
        std::swap(a, b);
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal gradient = dx < 1e-9 ? 0 : dy / dx;
    const qreal stepLength = std::sqrt(1 + gradient * gradient);
    const QPointF origin = steep ? QPointF(unclippedStart.y(), unclippedStart.x()) : unclippedStart;
    const int first = int(std::lround(a.x())), last = int(std::lround(b.x()));
    for (int x = first; x <= last; ++x) {
        if (pattern > 0) {
            // Distance from the line's own start, so a dash pattern does not depend on the clip.
            const qreal along = std::abs(qreal(x) - origin.x()) * stepLength;
            if (std::fmod(along, pattern) >= dash)
                continue;
        }
        const qreal y = a.y() + gradient * (qreal(x) - a.x());
        const qreal floorY = std::floor(y);
        const int yi = int(floorY);
        const int lower = int(std::lround((y - floorY) * 256));
        if (steep) {
            blend(yi, x, colour, 256 - lower);
            blend(yi + 1, x, colour, lower);
        } else {
            blend(x, yi, colour, 256 - lower);
            blend(x, yi + 1, colour, lower);
        }
    }
}

void TopologyRaster::fillDisc(QPointF centre, qreal radius, const QColor &colour)
{
    const quint32 value = qPremultiply(colour.rgba()) | (m_image->format() == QImage::Format_RGB32 ? 0xFF000000u : 0u);
    const QPointF c = centre + m_offset;
    const int top = std::max(m_clip.top(), int(std::floor(c.y() - radius)));
    const int bottom = std::min(m_clip.bottom(), int(std::ceil(c.y() + radius)));
    for (int y = top; y <= bottom; ++y) {
        const qreal dy = qreal(y) + 0.5 - c.y();
        if (std::abs(dy) > radius)
            continue;
        const qreal half = std::sqrt(radius * radius - dy * dy);
        const int left = std::max(m_clip.left(), int(std::ceil(c.x() - half - 0.5)));
        const int right = std::min(m_clip.right(), int(std::floor(c.x() + half - 0.5)));
        if (left > right)
            continue;
        auto *row = reinterpret_cast<quint32 *>(m_bits + y * m_stride);
        std::fill(row + left, row + right + 1, value);
    }
}

} // namespace warden
