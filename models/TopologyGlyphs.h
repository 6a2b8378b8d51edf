#pragma once

#include "TopologyScene.h"

#include <QHash>
#include <QPixmap>

class QPainter;

namespace warden {

// The device and gateway glyphs of the close views: which marks a node's glyph carries (gateway square, hollow
// offline ring, quarantine fence, dimmed, affected or reachable halo, class letters), drawing one as shapes, and
// those drawings cached as bitmaps per colour, class, marks and size so a frame blits instead of filling paths.
// Not responsible for where glyphs go (TopologyNodePainter).
class TopologyGlyphs final {
public:
    enum SpriteFlag : quint32 {
        GatewaySprite = 1,
        HollowSprite = 2,
        FenceSprite = 4,
        DimSprite = 8,
        AffectedSprite = 16,
        ReachableSprite = 32,
        LetterSprite = 64,
    };
    static constexpr qreal Pad = 6; // room around a glyph for its fence and halo

    explicit TopologyGlyphs(const TopologyScene &scene);

    quint32 spriteFlagsOf(TopologyNode node, TopologyDetail detail) const;
    // Draws a glyph as shapes (vector output, and the cached bitmaps).
    void drawGlyph(QPainter &painter, QPointF centre, int category, int deviceClass, quint32 flags,
                   qreal diameter) const;
    // The glyph as a bitmap `diameter` + 2 * Pad pixels wide, drawn once per key.
    const QPixmap &sprite(int category, int deviceClass, quint32 flags, int diameter, qreal dpr);
    void clear() { m_sprites.clear(); }

private:
    const TopologyScene &m_scene;
    QHash<quint64, QPixmap> m_sprites;
};

} // namespace warden
