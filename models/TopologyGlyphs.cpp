#include "TopologyGlyphs.h"

#include "SeverityPalette.h"
#include "TopologyPaintStyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace warden {

TopologyGlyphs::TopologyGlyphs(const TopologyScene &scene) : m_scene(scene)
{
}

quint32 TopologyGlyphs::spriteFlagsOf(TopologyNode node, TopologyDetail detail) const
{
    quint32 flags = 0;
    if (m_scene.m_topology.kind(node) == TopologyNodeKind::Gateway)
        flags |= GatewaySprite;
    else if (m_scene.m_topology.status(node) == DeviceStatus::Offline)
        flags |= HollowSprite;
    if (m_scene.m_topology.quarantine(node) != QuarantineLevel::None)
        flags |= FenceSprite;
    if (!m_scene.m_highlight.isEmpty()) {
        if (m_scene.m_highlight.affected.contains(node))
            flags |= AffectedSprite;
        else if (m_scene.m_highlight.reachable.contains(node))
            flags |= ReachableSprite;
        else
            flags |= DimSprite;
    }
    if (detail == TopologyDetail::Glyphs)
        flags |= LetterSprite;
    return flags;
}

void TopologyGlyphs::drawGlyph(QPainter &p, QPointF centre, int category, int deviceClass, quint32 flags,
                              qreal diameter) const
{
    const qreal pad = Pad;
    const qreal baseOpacity = p.opacity();
    if (flags & DimSprite)
        p.setOpacity(baseOpacity * 0.16);
    const qreal r = diameter / 2.0;
    const QColor fill = category == TopologyPaintStyle::GatewayCategory ? TopologyPaintStyle::gatewayColour() : m_scene.categoryColour(category);

    if (flags & (AffectedSprite | ReachableSprite)) {
        // The halo grows with the glyph but stays tight around small dots, so a dense cluster stays readable.
        const QColor halo = (flags & AffectedSprite) ? Palette::severity(Severity::Critical)
                                                     : Palette::severity(Severity::Major);
        const qreal extra = std::clamp(r * 0.7, 1.5, pad - 0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(TopologyPaintStyle::withAlpha(halo, 70));
        p.drawEllipse(centre, r + extra, r + extra);
        if (diameter >= 8) {
            p.setPen(QPen(halo, (flags & AffectedSprite) ? 2.0 : 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(centre, r + extra - 1, r + extra - 1);
        }
    }
    if (flags & FenceSprite) {
        // The fence: a purple dashed ring, posts all round.
        QPen fence(Palette::quarantined(), diameter >= 12 ? 2.0 : 1.5, Qt::CustomDashLine, Qt::FlatCap);
        fence.setDashPattern({1.5, 1.2});
        p.setPen(fence);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, r + 3.0, r + 3.0);
    }
    if (flags & GatewaySprite) {
        const qreal half = r * 1.1;
        p.setPen(QPen(QColor(255, 255, 255, 200), 1.0));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(centre - QPointF(half, half), QSizeF(2 * half, 2 * half)), half * 0.3, half * 0.3);
        if (flags & LetterSprite)
            TopologyPaintStyle::drawHub(p, centre, half * 0.9, Qt::white);
    } else {
        if (flags & HollowSprite) {
            const qreal width = std::max(1.5, r * 0.28);
            p.setPen(QPen(fill, width));
            p.setBrush(QColor(255, 255, 255, 235));
            p.drawEllipse(centre, r - width / 2, r - width / 2);
        } else {
            p.setPen(diameter >= 8 ? QPen(QColor(255, 255, 255, 210), 1.0) : Qt::NoPen);
            p.setBrush(fill);
            p.drawEllipse(centre, r, r);
        }
        if ((flags & LetterSprite) && deviceClass >= 0 && deviceClass < m_scene.m_topology.classNames().size()) {
            const QFont previous = p.font();
            QFont font = previous;
            font.setPixelSize(std::max(7, int(r * 0.95)));
            font.setBold(true);
            p.setFont(font);
            const QColor ink = (flags & HollowSprite) ? fill.darker(130)
                               : TopologyPaintStyle::isLight(fill)         ? QColor(0x21, 0x21, 0x21)
                                                       : QColor(Qt::white);
            p.setPen(ink);
            p.drawText(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                       TopologyScene::classLetters(m_scene.m_topology.classNames().at(deviceClass)));
            p.setFont(previous);
        }
    }
    if ((flags & FenceSprite) && diameter >= 12) {
        // A lock badge on the fence, top right.
        const qreal badgeRadius = std::clamp(r * 0.42, 5.0, 7.5);
        const QPointF badge = centre + QPointF(1, -1) * ((r + 3.0) * 0.7071);
        p.setPen(QPen(Qt::white, 1.0));
        p.setBrush(Palette::quarantined());
        p.drawEllipse(badge, badgeRadius, badgeRadius);
        TopologyPaintStyle::drawLock(p, badge, badgeRadius * 1.45, Qt::white);
    }
    p.setOpacity(baseOpacity);
}

const QPixmap &TopologyGlyphs::sprite(int category, int deviceClass, quint32 flags, int diameter, qreal dpr)
{
    const quint64 key = (quint64(quint8(category)) << 56) | (quint64(deviceClass & 0xFFFF) << 40)
                        | (quint64(flags & 0xFF) << 32) | (quint64(diameter & 0xFFFF) << 16)
                        | quint64(int(dpr * 8) & 0xFFFF);
    if (const auto it = m_sprites.constFind(key); it != m_sprites.constEnd())
        return it.value();
    const int logical = diameter + 2 * int(Pad);
    QPixmap pixmap(int(std::ceil(logical * dpr)), int(std::ceil(logical * dpr)));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawGlyph(painter, QPointF(logical / 2.0, logical / 2.0), category, deviceClass, flags, diameter);
    painter.end();
    return *m_sprites.insert(key, pixmap);
}

} // namespace warden
