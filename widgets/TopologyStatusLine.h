#pragma once

#include "TopologyScene.h"

#include <QFont>
#include <QPalette>
#include <QRect>

class QPainter;

namespace warden {

// The lines in the topology map's top-left corner and its empty states: what this zoom level shows, the site the
// camera is over, the blast radius or impact being shown; "laying out", "no topology yet" or "nothing matches the
// filter" across the middle. Not responsible for the camera (TopologyView).
class TopologyStatusLine final {
public:
    TopologyStatusLine(const TopologyScene &scene, const QFont &font, const QPalette &palette);
    // Draws over `area` (the whole map) for what `camera` shows; the lines start `margin` from the corner.
    void paint(QPainter &painter, const QRect &area, const TopologyCamera &camera, qreal margin) const;

private:
    const TopologyScene &m_scene;
    QFont m_font;
    QPalette m_palette;
};

} // namespace warden
