#pragma once

#include "TopologyCamera.h"

#include <QFont>
#include <QImage>
#include <QPalette>

namespace warden {

class TopologyScene;

// The topology's world-anchored layer (TopologyScene::paintLayer) kept between frames. A pan at the same zoom
// shifts the last picture by whole pixels and paints only the strips it uncovers; a zoom, a resize, a new palette
// or font, or any change the scene announces (its revision: data, positions, colours, filter, highlight) paints
// it whole. What moves with the viewport (labels) and the overlay (selection, hover, pulses) are drawn over it by
// the caller every frame. Not responsible for when frames are drawn.
class TopologyLayerCache final {
public:
    enum class Update {
        Kept,     // nothing to draw: the same camera and scene as last time
        Shifted,  // moved by whole pixels, the uncovered strips painted
        Repainted // painted whole
    };

    // Brings the layer up to date for `camera` (whose viewport is in logical pixels) and says how.
    Update update(const TopologyScene &scene, const TopologyCamera &camera, const QPalette &palette,
                  const QFont &font, qreal devicePixelRatio = 1.0);
    const QImage &image() const { return m_image; }
    // The next update paints the layer whole.
    void invalidate() { m_valid = false; }

private:
    void paintArea(const TopologyScene &scene, const TopologyCamera &camera, const QPalette &palette,
                   const QFont &font, const QRect &logicalArea);

    QImage m_image;
    TopologyCamera m_camera;
    quint64 m_revision = 0;
    qint64 m_paletteKey = 0;
    QFont m_font;
    bool m_valid = false;
};

} // namespace warden
