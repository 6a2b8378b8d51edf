#pragma once

#include "TopologyGlyphs.h"
#include "TopologyScene.h"

#include <QFont>
#include <QHash>
#include <QStaticText>

class QPainter;

namespace warden {

// The close views (points and glyphs): faint site grounds with their titles, links as batched hairlines (the
// blast radius's own links strong on top), devices and gateways as batched dots or cached glyphs, and, once
// there is room, labels that never cover a glyph or each other. Only what the camera sees is visited, site by
// site. Not responsible for the zoomed-out map (TopologySiteMapPainter) or the overlay.
class TopologyNodePainter final {
public:
    explicit TopologyNodePainter(const TopologyScene &scene);

    // Grounds, site titles, links and glyphs touching `exposed` (screen pixels; the caller clips to it).
    void paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette, TopologyDetail detail,
               TopologyPaintTarget target, const QRectF &exposed);
    // Device and gateway names, where they fit without covering a glyph or each other.
    void paintLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette, TopologyDetail detail);
    // Colours mean something else now: glyph bitmaps are drawn again.
    void clearGlyphs() { m_glyphs.clear(); }

private:
    QList<int> sitesIn(const QRectF &world) const;
    struct CachedLabel {
        QString source;
        QFont font;
        qreal maxWidth = 0;
        QStaticText text;
    };

    const TopologyScene &m_scene;
    TopologyGlyphs m_glyphs;
    QHash<TopologyNode, CachedLabel> m_nodeLabels; // laid-out names of nodes recently on screen
};

} // namespace warden
