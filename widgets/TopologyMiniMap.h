#pragma once

#include "TopologyScene.h"

#include <QImage>
#include <QPalette>
#include <QRect>

class QPainter;

namespace warden {

// The mini-map in the topology map's lower-right corner: every site as a dot in its dominant colour (drawn once
// into an image until the layout or colours change) and the frame of what the camera shows. Converts a point
// in it to the world point to move to. Not responsible for input (TopologyView).
class TopologyMiniMap final {
public:
    // Its box in a widget of `area` pixels, `margin` from the lower-right corner; empty before any layout.
    static QRect rect(const TopologyScene &scene, QSize area, int margin);
    // The world point under `position` (widget pixels) of the mini-map drawn in `box`.
    static QPointF worldAt(const TopologyScene &scene, const QRect &box, QPointF position);

    // The sites' dots are drawn again at the next paint.
    void invalidate() { m_valid = false; }
    // Draws it in `box` unless the camera already shows the whole map.
    void paint(QPainter &painter, const QRect &box, const TopologyScene &scene, const TopologyCamera &camera,
               const QPalette &palette, qreal dpr);

private:
    QImage m_image;
    bool m_valid = false;
};

} // namespace warden
