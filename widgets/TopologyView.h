#pragma once

#include "TopologyLayerCache.h"
#include "TopologyMiniMap.h"
#include "TopologyScene.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QVariantAnimation;

namespace warden {

// The topology canvas: custom painting of a TopologyScene (no QGraphicsScene: its index does not scale to
// 150k long edges) with a cached base layer, so hover, selection and pulses repaint only the overlay.
// Zoom by wheel, pinch and keyboard (+, -, 0 to fit, arrows to pan); drag to pan; Shift+drag for rubber-band
// selection (Ctrl adds); click selects, double-click or Enter activates; hover shows a tooltip. Draws the
// legend (TopologyLegend) and a mini-map (TopologyMiniMap; click or drag in it to move there) over the map.
// Exports what is on screen as PNG or SVG. Not responsible for the data, the toolbar (TopologyPage) or the
// tooltip texts (TopologyToolTip).
class TopologyView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)
public:
    static constexpr qint64 PulseMilliseconds = 2000;

    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);
    ~TopologyView() override;

    TopologyScene *scene() const { return m_scene; }
    const TopologyCamera &camera() const { return m_camera; }
    // Moves the camera (zoom clamped to sensible limits); the view stops following "fit" until fitToView().
    void setCamera(QPointF centre, qreal scale);
    TopologyDetail detail() const;

    void fitToView(bool animated = true);
    void flyTo(TopologyNode node, bool animated = true);
    void flyToSite(int site, bool animated = true);
    void zoomBy(qreal factor, QPointF anchor);
    bool isFlying() const;

    const QSet<TopologyNode> &selection() const { return m_selection; }
    void setSelection(const QSet<TopologyNode> &selection);
    void clearSelection() { setSelection({}); }

    // Starts the "new threat" ring on these nodes; it expands and fades over PulseMilliseconds.
    void pulse(const QList<TopologyNode> &nodes);
    bool hasActivePulses() const { return !m_pulseStarts.isEmpty(); }
    // Monotonic milliseconds; tests replace it to step through an animation.
    void setClock(std::function<qint64()> clock);

    std::optional<TopologyNode> nodeAtPosition(QPointF position) const;
    std::optional<int> siteAtPosition(QPointF position) const;
    QString toolTipAt(QPointF position) const;

    void setLegendVisible(bool visible);
    void setMiniMapVisible(bool visible);
    QRect miniMapRect() const;

    // What is on screen now (map, overlay and legend, no mini-map), at `scale` times the widget size.
    QImage renderImage(qreal scale = 1.0) const;
    Status exportPng(const QString &path) const;
    Status exportSvg(const QString &path) const;

signals:
    void selectionChanged();
    void nodeActivated(TopologyNode node);
    void siteActivated(int site);
    void cameraChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pan, RubberBand, MiniMap };

    void paintFrame(QPainter &painter, TopologyPaintTarget target, bool withMiniMap) const;
    void paintLegend(QPainter &painter) const;
    void paintMiniMap(QPainter &painter) const;
    void paintStatus(QPainter &painter) const;
    QRectF legendRect() const;
    TopologyCamera fittingCamera(const QRectF &world, qreal margin) const;
    TopologyOverlay overlay() const;
    void invalidateBase();
    void invalidateMiniMap();
    void applyCamera(QPointF centre, qreal scale);
    void animateTo(const TopologyCamera &target, bool animated);
    void moveMiniMapTo(QPointF position);
    void updateHover(QPointF position);
    void advancePulses();
    qint64 now() const;
    qreal minimumScale() const;

    TopologyScene *m_scene;
    TopologyCamera m_camera;
    bool m_followFit = true; // re-fit on resize and layout until the operator moves the camera
    TopologyLayerCache m_layer; // the world-anchored layer: shifted on a pan, painted whole on a change
    mutable TopologyMiniMap m_miniMap; // its cached image fills on the first (const) paint
    bool m_legendVisible = true;
    bool m_miniMapVisible = true;

    QSet<TopologyNode> m_selection;
    std::optional<TopologyNode> m_hover;
    std::optional<int> m_hoverSite;

    Drag m_drag = Drag::None;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    bool m_moved = false;
    QRectF m_rubberBand;

    QHash<TopologyNode, qint64> m_pulseStarts;
    QTimer m_pulseTimer;
    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;

    QVariantAnimation *m_flight;
    TopologyCamera m_flightFrom;
    TopologyCamera m_flightTo;
};

} // namespace warden
