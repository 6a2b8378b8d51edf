#pragma once

#include "TopologyScene.h"

class QPainter;

namespace warden {

// What is drawn over the cached base layer each frame: selection rings, the hovered node or site, the
// "new threat" pulses, and the red badge on safety-critical devices of a blast radius or impact. Zoomed out,
// rings and pulses go around the site discs. Holds no state.
class TopologyOverlayPainter final {
public:
    explicit TopologyOverlayPainter(const TopologyScene &scene);
    void paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
               const TopologyOverlay &overlay) const;

private:
    const TopologyScene &m_scene;
};

} // namespace warden
