#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRect>

#include <optional>

class QImage;
class QPainter;

namespace warden {

// Draws the close views' hairlines and site grounds straight into the pixels of the QImage a painter paints on.
// Why: Qt's raster engine hands a cosmetic pen's pixels to its GUI thread pool 255 at a time, and a large
// translucent fill a band of rows at a time; with a few hundred long links in view those hand-offs cost several
// times the drawing (15 ms of a 27 ms close frame, measured at load 11 on two cores). Only used where it draws
// what QPainter would: a QImage in a 32-bit premultiplied or opaque format at device pixel ratio 1, a transform
// that is at most a translation, no clip or one rectangle, source-over at full opacity. `on()` says no otherwise
// and the caller draws through QPainter. Not responsible for anything but lines and opaque discs.
class TopologyRaster final {
public:
    static std::optional<TopologyRaster> on(QPainter &painter);

    // Antialiased one-pixel lines (Wu's method: two pixels per step, coverage split by distance); dashed when
    // `dash` > 0 (`dash` pixels drawn, `gap` left out, measured along the line).
    void drawLines(const QList<QLineF> &lines, const QColor &colour, int dash = 0, int gap = 0);
    // An opaque disc, row by row (its edge is not antialiased: the callers draw an outline over it).
    void fillDisc(QPointF centre, qreal radius, const QColor &colour);
    // The device rectangle drawing is limited to (the painter's clip within the image).
    QRect clip() const { return m_clip; }

private:
    TopologyRaster(QImage *image, QPointF offset, QRect clip);
    void drawLine(QPointF from, QPointF to, quint32 premultiplied, int dash, int gap);
    void blend(int x, int y, quint32 premultiplied, int coverage);

    QImage *m_image;
    QPointF m_offset; // painter coordinates -> image pixels
    QRect m_clip;
    uchar *m_bits;
    qsizetype m_stride;
};

} // namespace warden
