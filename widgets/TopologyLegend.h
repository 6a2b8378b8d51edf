#pragma once

#include "TopologyScene.h"

#include <QFont>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace warden {

// The legend in the topology map's lower-left corner: what the colours mean now (risk, status or class) with the
// shown count of each, then the shapes (gateway, offline, quarantined) and, while a blast radius or impact is
// shown, affected / reachable / safety-critical. Measures and draws itself; not responsible for hiding or
// placing the map around it (TopologyView).
class TopologyLegend final {
public:
    TopologyLegend(const TopologyScene &scene, const QFont &font, const QPalette &palette);

    // Its box, `margin` pixels from the lower-left corner of an area of `areaHeight` pixels.
    QRectF rect(qreal areaHeight, qreal margin) const;
    void paint(QPainter &painter, const QRectF &box) const;

private:
    const TopologyScene &m_scene;
    QFont m_font;
    QPalette m_palette;
};

} // namespace warden
