#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

namespace warden {

// What the topology's painters share: the colour categories' fixed hues (gateways, disabled devices, device
// classes), the risk bands, the padlock and hub marks, and counts in words. Holds no state; the meaning colours
// themselves come from Palette (UI.md).
class TopologyPaintStyle final {
public:
    static constexpr quint8 GatewayCategory = 0xFF;
    static constexpr int RiskCategories = 5;   // critical, major, minor, warning, healthy
    static constexpr int StatusCategories = 5; // quarantined, disabled, offline, degraded, online
    static constexpr int OfflineStatusCategory = 2;

    static QColor gatewayColour();
    static QColor disabledColour();
    // Categorical hues for device classes, away from the meaning colours.
    static QColor classColour(int index);
    // 0 critical (>= 80), 1 major, 2 minor, 3 warning, 4 healthy (< 20).
    static int riskCategory(int risk);
    static bool isLight(const QColor &colour);
    static QColor withAlpha(QColor colour, int alpha);
    // A small padlock: the quarantine mark next to the colour (never colour alone).
    static void drawLock(QPainter &painter, QPointF centre, qreal size, const QColor &colour);
    // Gateway mark: a hub with three spokes.
    static void drawHub(QPainter &painter, QPointF centre, qreal radius, const QColor &colour);
    static QString compactCount(qsizetype count);
    // "1 device", "1,234 devices".
    static QString deviceCount(qsizetype count);
};

} // namespace warden
