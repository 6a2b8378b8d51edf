#include "TopologyPaintStyle.h"

#include "TopologyScene.h"

#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <array>
#include <cmath>

namespace warden {

QColor TopologyPaintStyle::gatewayColour()
{
    return QColor(0x37, 0x47, 0x4F);
}

QColor TopologyPaintStyle::disabledColour()
{
    return QColor(0x42, 0x42, 0x42);
}

// Categorical hues for device classes, chosen away from the meaning colours (no red, orange, amber, purple).
QColor TopologyPaintStyle::classColour(int index)
{
    static const std::array<QRgb, 12> hues = {0x00897B, 0x3949AB, 0x8D6E63, 0xD81B60, 0x00ACC1, 0x7CB342,
                                              0x039BE5, 0xC0CA33, 0x546E7A, 0x827717, 0xAD1457, 0x5D4037};
    return QColor::fromRgb(hues.at(std::size_t(index) % hues.size()));
}

int TopologyPaintStyle::riskCategory(int risk)
{
    if (risk >= 80)
        return 0;
    if (risk >= 60)
        return 1;
    if (risk >= 40)
        return 2;
    if (risk >= 20)
        return 3;
    return 4;
}

bool TopologyPaintStyle::isLight(const QColor &colour)
{
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF() > 0.62;
}

QColor TopologyPaintStyle::withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// A small padlock: the quarantine mark next to the colour (never colour alone).
void TopologyPaintStyle::drawLock(QPainter &painter, QPointF centre, qreal size, const QColor &colour)
{
    const qreal w = size * 0.72, h = size * 0.52;
    const QRectF body(centre.x() - w / 2, centre.y() - h / 2 + size * 0.16, w, h);
    painter.setPen(QPen(colour, std::max(1.0, size * 0.13)));
    painter.setBrush(Qt::NoBrush);
    const qreal sw = w * 0.62;
    painter.drawArc(QRectF(centre.x() - sw / 2, body.top() - sw * 0.62, sw, sw * 1.1), 0, 180 * 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(body, size * 0.1, size * 0.1);
}

// Gateway mark: a hub with three spokes.
void TopologyPaintStyle::drawHub(QPainter &painter, QPointF centre, qreal radius, const QColor &colour)
{
    painter.setPen(QPen(colour, std::max(1.0, radius * 0.16), Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(colour);
    for (int i = 0; i < 3; ++i) {
        const qreal angle = -M_PI / 2 + i * 2 * M_PI / 3;
        const QPointF tip = centre + QPointF(std::cos(angle), std::sin(angle)) * radius * 0.62;
        painter.drawLine(centre, tip);
        painter.drawEllipse(tip, radius * 0.2, radius * 0.2);
    }
    painter.drawEllipse(centre, radius * 0.24, radius * 0.24);
}

QString TopologyPaintStyle::compactCount(qsizetype count)
{
    return QLocale().toString(count);
}

QString TopologyPaintStyle::deviceCount(qsizetype count)
{
    return count == 1 ? TopologyScene::tr("1 device") : TopologyScene::tr("%1 devices").arg(QLocale().toString(count));
}

} // namespace warden
