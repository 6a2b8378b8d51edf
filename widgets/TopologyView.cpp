#include "TopologyView.h"

#include "SeverityPalette.h"
#include "TopologyLegend.h"
#include "TopologyPaintStyle.h"
#include "TopologyStatusLine.h"
#include "TopologyToolTip.h"

#include <QFileInfo>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QImageWriter>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace warden {

namespace {
constexpr qreal MaximumSpacingPx = 140; // closest zoom: neighbouring devices this far apart on screen
constexpr int OverlayMargin = 12;
} // namespace

TopologyView::TopologyView(TopologyScene *scene, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_flight(new QVariantAnimation(this))
{
    setAccessibleName(tr("Topology map"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    grabGesture(Qt::PinchGesture);
    m_elapsed.start();
    m_camera.viewport = size();

    m_pulseTimer.setInterval(33);
    connect(&m_pulseTimer, &QTimer::timeout, this, &TopologyView::advancePulses);

    m_flight->setDuration(450);
    m_flight->setEasingCurve(QEasingCurve::InOutCubic);
    m_flight->setStartValue(0.0);
    m_flight->setEndValue(1.0);
    connect(m_flight, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const qreal t = value.toReal();
        // Centre moves linearly, zoom geometrically, so the flight feels even at every scale.
        const QPointF centre = m_flightFrom.centre + (m_flightTo.centre - m_flightFrom.centre) * t;
        const qreal scale = m_flightFrom.scale * std::pow(m_flightTo.scale / m_flightFrom.scale, t);
        applyCamera(centre, scale);
    });

    connect(m_scene, &TopologyScene::layoutChanged, this, [this] {
        invalidateBase();
        invalidateMiniMap();
        if (m_followFit && m_scene->layout().nodeCount() > 0)
            fitToView(false);
    });
    connect(m_scene, &TopologyScene::appearanceChanged, this, [this] {
        if (m_hover && !m_scene->isShown(*m_hover))
            m_hover.reset();
        invalidateBase();
        invalidateMiniMap();
    });
    if (m_scene->layout().nodeCount() > 0)
        fitToView(false);
}

TopologyView::~TopologyView() = default;

qint64 TopologyView::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void TopologyView::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

TopologyDetail TopologyView::detail() const
{
    return m_scene->detailAt(m_camera.scale);
}

qreal TopologyView::minimumScale() const
{
    // Half the fitted zoom, and always far enough out for the map of sites, however small the fleet.
    const TopologyCamera fit = TopologyCamera::fitting(m_scene->layout().bounds(), size());
    return std::min(fit.scale * 0.5, 0.5 * TopologyScene::PointsThreshold / m_scene->layout().parameters().deviceSpacing);
}

void TopologyView::setCamera(QPointF centre, qreal scale)
{
    m_followFit = false;
    applyCamera(centre, scale);
}

void TopologyView::applyCamera(QPointF centre, qreal scale)
{
    const qreal maximum = MaximumSpacingPx / m_scene->layout().parameters().deviceSpacing;
    scale = std::clamp(scale, std::min(minimumScale(), maximum), maximum);
    if (centre == m_camera.centre && scale == m_camera.scale)
        return;
    m_camera.centre = centre;
    m_camera.scale = scale;
    update(); // the layer sees the new camera: shifted for a pan, painted whole for a zoom
    emit cameraChanged();
}

void TopologyView::animateTo(const TopologyCamera &target, bool animated)
{
    m_flight->stop();
    if (!animated || !isVisible()) {
        applyCamera(target.centre, target.scale);
        return;
    }
    m_flightFrom = m_camera;
    m_flightTo = target;
    m_flight->start();
}

bool TopologyView::isFlying() const
{
    return m_flight->state() == QAbstractAnimation::Running;
}

void TopologyView::fitToView(bool animated)
{
    const QRectF bounds = m_scene->shownBounds();
    if (bounds.isEmpty())
        return;
    m_followFit = true;
    m_camera.viewport = size();
    animateTo(fittingCamera(bounds, 24), animated);
}

TopologyCamera TopologyView::fittingCamera(const QRectF &world, qreal margin) const
{
    // Fit into the part of the view the overlays leave free: below the status line, and beside or above the
    // legend, whichever leaves more room.
    const qreal top = 40;
    QList<QRectF> areas{QRectF(0, top, width(), height() - top)};
    if (m_legendVisible && m_scene->topology().nodeCount() > 0) {
        const QRectF legend = legendRect();
        areas = {QRectF(legend.right() + 8, top, width() - legend.right() - 8, height() - top),
                 QRectF(0, top, width(), legend.top() - 8 - top)};
    }
    TopologyCamera best;
    best.scale = 0;
    for (const QRectF &area : std::as_const(areas)) {
        if (area.width() < 100 || area.height() < 100)
            continue;
        TopologyCamera camera = TopologyCamera::fitting(world, area.size(), margin);
        if (camera.scale <= best.scale)
            continue;
        camera.viewport = size();
        camera.centre = world.center() - (area.center() - QPointF(width() / 2.0, height() / 2.0)) / camera.scale;
        best = camera;
    }
    return best.scale > 0 ? best : TopologyCamera::fitting(world, size(), margin);
}

void TopologyView::flyTo(TopologyNode node, bool animated)
{
    if (!m_scene->layout().isPlaced(node))
        return;
    TopologyCamera target = m_camera;
    target.centre = m_scene->layout().position(node);
    // Close enough to read labels, never further out than we are if already closer.
    const qreal labels = TopologyScene::LabelsThreshold * 1.3 / m_scene->layout().parameters().deviceSpacing;
    target.scale = std::max(m_camera.scale, labels);
    m_followFit = false;
    animateTo(target, animated);
}

void TopologyView::flyToSite(int site, bool animated)
{
    if (site < 0 || site >= m_scene->layout().siteCount())
        return;
    m_followFit = false;
    animateTo(TopologyCamera::fitting(m_scene->siteRect(site), size(), 48), animated);
}

void TopologyView::zoomBy(qreal factor, QPointF anchor)
{
    const QPointF world = m_camera.toWorld(anchor);
    const qreal maximum = MaximumSpacingPx / m_scene->layout().parameters().deviceSpacing;
    const qreal scale = std::clamp(m_camera.scale * factor, std::min(minimumScale(), maximum), maximum);
    // Keep the point under the anchor where it is.
    const QPointF centre = world - (anchor - QPointF(width() / 2.0, height() / 2.0)) / scale;
    m_flight->stop();
    setCamera(centre, scale);
}

void TopologyView::setSelection(const QSet<TopologyNode> &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    update();
    emit selectionChanged();
}

void TopologyView::pulse(const QList<TopologyNode> &nodes)
{
    const qint64 start = now();
    for (const TopologyNode node : nodes)
        m_pulseStarts.insert(node, start);
    if (!m_pulseStarts.isEmpty() && !m_pulseTimer.isActive())
        m_pulseTimer.start();
    update();
}

void TopologyView::advancePulses()
{
    const qint64 time = now();
    for (auto it = m_pulseStarts.begin(); it != m_pulseStarts.end();) {
        if (time - it.value() >= PulseMilliseconds)
            it = m_pulseStarts.erase(it);
        else
            ++it;
    }
    if (m_pulseStarts.isEmpty())
        m_pulseTimer.stop(); // no timer runs while nothing animates
    update();
}

TopologyOverlay TopologyView::overlay() const
{
    TopologyOverlay overlay;
    overlay.selection = m_selection;
    overlay.hover = m_hover;
    overlay.hoverSite = m_hoverSite;
    const qint64 time = now();
    for (auto it = m_pulseStarts.constBegin(); it != m_pulseStarts.constEnd(); ++it) {
        const qreal progress = qreal(time - it.value()) / PulseMilliseconds;
        if (progress >= 0 && progress < 1)
            overlay.pulses.insert(it.key(), progress);
    }
    return overlay;
}

void TopologyView::invalidateBase()
{
    m_layer.invalidate();
    update();
}

void TopologyView::invalidateMiniMap()
{
    m_miniMap.invalidate();
}

void TopologyView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void TopologyView::setMiniMapVisible(bool visible)
{
    m_miniMapVisible = visible;
    update();
}

// --- hit testing ------------------------------------------------------------------------------------------------

std::optional<TopologyNode> TopologyView::nodeAtPosition(QPointF position) const
{
    if (detail() == TopologyDetail::Sites)
        return std::nullopt;
    const qreal spacing = m_camera.scale * m_scene->layout().parameters().deviceSpacing;
    const qreal radiusPx = std::clamp(spacing * 0.45, 5.0, 20.0);
    return m_scene->nodeAt(m_camera.toWorld(position), radiusPx / m_camera.scale);
}

std::optional<int> TopologyView::siteAtPosition(QPointF position) const
{
    // Small discs get a few pixels of slack so they stay easy to hit.
    const QPointF world = m_camera.toWorld(position);
    if (const auto site = m_scene->siteAt(world))
        return site;
    const qreal slack = 6 / m_camera.scale;
    for (const QPointF offset : {QPointF(slack, 0), QPointF(-slack, 0), QPointF(0, slack), QPointF(0, -slack)})
        if (const auto site = m_scene->siteAt(world + offset))
            return site;
    return std::nullopt;
}

QString TopologyView::toolTipAt(QPointF position) const
{
    if (detail() == TopologyDetail::Sites) {
        const auto site = siteAtPosition(position);
        return site ? TopologyToolTip::forSite(*m_scene, *site) : QString();
    }
    const auto node = nodeAtPosition(position);
    return node ? TopologyToolTip::forNode(*m_scene, *node) : QString();
}

// --- painting ---------------------------------------------------------------------------------------------------

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_camera.viewport = size();
    m_layer.update(*m_scene, m_camera, palette(), font(), devicePixelRatioF());
    painter.drawImage(0, 0, m_layer.image());
    painter.setFont(font());
    m_scene->paintLabels(painter, m_camera, palette());
    m_scene->paintOverlay(painter, m_camera, palette(), overlay());
    if (m_drag == Drag::RubberBand && !m_rubberBand.isEmpty()) {
        const QColor colour = palette().color(QPalette::Highlight);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        painter.setBrush(TopologyPaintStyle::withAlpha(colour, 40));
        painter.drawRect(m_rubberBand.normalized());
    }
    paintStatus(painter);
    if (m_legendVisible)
        paintLegend(painter);
    if (m_miniMapVisible)
        paintMiniMap(painter);
}

void TopologyView::paintFrame(QPainter &painter, TopologyPaintTarget target, bool withMiniMap) const
{
    painter.setFont(font());
    painter.fillRect(rect(), palette().color(QPalette::Base));
    m_scene->paint(painter, m_camera, palette(), target);
    TopologyOverlay selectionOnly;
    selectionOnly.selection = m_selection;
    m_scene->paintOverlay(painter, m_camera, palette(), selectionOnly);
    paintStatus(painter);
    if (m_legendVisible)
        paintLegend(painter);
    if (withMiniMap && m_miniMapVisible)
        paintMiniMap(painter);
}

void TopologyView::paintStatus(QPainter &painter) const
{
    TopologyStatusLine(*m_scene, font(), palette()).paint(painter, rect(), m_camera, OverlayMargin);
}

QRectF TopologyView::legendRect() const
{
    return TopologyLegend(*m_scene, font(), palette()).rect(height(), OverlayMargin);
}

void TopologyView::paintLegend(QPainter &painter) const
{
    if (m_scene->topology().nodeCount() == 0)
        return;
    const TopologyLegend legend(*m_scene, font(), palette());
    legend.paint(painter, legend.rect(height(), OverlayMargin));
}

QRect TopologyView::miniMapRect() const
{
    return TopologyMiniMap::rect(*m_scene, size(), OverlayMargin);
}

void TopologyView::paintMiniMap(QPainter &painter) const
{
    m_miniMap.paint(painter, miniMapRect(), *m_scene, m_camera, palette(), devicePixelRatioF());
}

// --- export -----------------------------------------------------------------------------------------------------

QImage TopologyView::renderImage(qreal scale) const
{
    QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    paintFrame(painter, TopologyPaintTarget::Raster, false);
    painter.end();
    return image;
}

Status TopologyView::exportPng(const QString &path) const
{
    QImageWriter writer(path, "png");
    if (!writer.write(renderImage(std::max<qreal>(2.0, devicePixelRatioF()))))
        return Status::failure(tr("Could not save the picture to %1: %2. Choose another folder or file name.")
                                   .arg(QFileInfo(path).absoluteFilePath(), writer.errorString()));
    return Status::success();
}

Status TopologyView::exportSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(tr("Warden topology"));
    generator.setDescription(tr("Sites, gateways and devices as shown in the Warden console"));
    QPainter painter;
    if (!painter.begin(&generator))
        return Status::failure(tr("Could not save the drawing to %1: the file cannot be written. Choose another "
                                  "folder or file name.").arg(QFileInfo(path).absoluteFilePath()));
    paintFrame(painter, TopologyPaintTarget::Vector, false);
    if (!painter.end())
        return Status::failure(tr("Could not finish writing %1.").arg(QFileInfo(path).absoluteFilePath()));
    return Status::success();
}

// --- input ------------------------------------------------------------------------------------------------------

bool TopologyView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = miniMapRect().contains(help->pos()) ? QString() : toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    default: break;
    }
    return QWidget::event(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_camera.viewport = size();
    invalidateBase();
    invalidateMiniMap();
    if (m_followFit)
        fitToView(false);
}

void TopologyView::moveMiniMapTo(QPointF position)
{
    m_flight->stop();
    setCamera(TopologyMiniMap::worldAt(*m_scene, miniMapRect(), position), m_camera.scale);
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPosition = m_lastPosition = event->position();
    m_moved = false;
    m_flight->stop();
    if (m_miniMapVisible && miniMapRect().contains(event->position().toPoint())
        && !m_camera.visibleWorld().contains(m_scene->layout().bounds())) {
        m_drag = Drag::MiniMap;
        moveMiniMapTo(event->position());
    } else if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::RubberBand;
        m_rubberBand = QRectF(event->position(), QSizeF());
    } else {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if ((position - m_pressPosition).manhattanLength() > 4)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        if (m_moved) {
            // Whole pixels, so the kept layer is shifted rather than painted again; the rest carries over.
            const QPointF delta(std::round(position.x() - m_lastPosition.x()), std::round(position.y() - m_lastPosition.y()));
            setCamera(m_camera.centre - delta / m_camera.scale, m_camera.scale);
            m_lastPosition += delta;
            return;
        }
        break;
    case Drag::RubberBand:
        m_rubberBand = QRectF(m_pressPosition, position);
        update();
        break;
    case Drag::MiniMap: moveMiniMapTo(position); break;
    case Drag::None: updateHover(position); break;
    }
    m_lastPosition = position;
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const bool additive = event->modifiers() & Qt::ControlModifier;
    if (drag == Drag::RubberBand) {
        const QRectF band = m_rubberBand.normalized();
        m_rubberBand = {};
        if (band.width() > 2 || band.height() > 2) {
            const QList<TopologyNode> nodes =
                m_scene->nodesIn(QRectF(m_camera.toWorld(band.topLeft()), m_camera.toWorld(band.bottomRight())));
            QSet<TopologyNode> selection = additive ? m_selection : QSet<TopologyNode>();
            for (const TopologyNode node : nodes)
                selection.insert(node);
            setSelection(selection);
        }
        update();
        return;
    }
    if (drag != Drag::Pan || m_moved)
        return;
    // A click.
    if (detail() == TopologyDetail::Sites) {
        if (const auto site = siteAtPosition(event->position())) {
            emit siteActivated(*site);
            flyToSite(*site);
        } else if (!additive) {
            clearSelection();
        }
        return;
    }
    const auto node = nodeAtPosition(event->position());
    if (!node) {
        if (!additive)
            clearSelection();
        return;
    }
    QSet<TopologyNode> selection = additive ? m_selection : QSet<TopologyNode>();
    if (additive && selection.contains(*node))
        selection.remove(*node);
    else
        selection.insert(*node);
    setSelection(selection);
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto node = nodeAtPosition(event->position())) {
        setSelection({*node});
        emit nodeActivated(*node);
        flyTo(*node);
    }
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        // Horizontal scroll (touchpads): pan sideways.
        setCamera(m_camera.centre - QPointF(event->pixelDelta()) / m_camera.scale, m_camera.scale);
        return;
    }
    zoomBy(std::pow(1.0015, delta.y()), event->position());
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    // Whole pixels on screen, so the kept layer is shifted rather than painted again.
    const qreal step = std::round(std::min(width(), height()) / 6.0) / m_camera.scale;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25, middle); break;
    case Qt::Key_Minus: zoomBy(0.8, middle); break;
    case Qt::Key_0:
    case Qt::Key_Home: fitToView(); break;
    case Qt::Key_Left: setCamera(m_camera.centre - QPointF(step, 0), m_camera.scale); break;
    case Qt::Key_Right: setCamera(m_camera.centre + QPointF(step, 0), m_camera.scale); break;
    case Qt::Key_Up: setCamera(m_camera.centre - QPointF(0, step), m_camera.scale); break;
    case Qt::Key_Down: setCamera(m_camera.centre + QPointF(0, step), m_camera.scale); break;
    case Qt::Key_Escape: clearSelection(); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection.size() == 1)
            emit nodeActivated(*m_selection.cbegin());
        break;
    default: QWidget::keyPressEvent(event); return;
    }
}

void TopologyView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_hover || m_hoverSite) {
        m_hover.reset();
        m_hoverSite.reset();
        update();
    }
}

void TopologyView::updateHover(QPointF position)
{
    std::optional<TopologyNode> node;
    std::optional<int> site;
    if (!miniMapRect().contains(position.toPoint())) {
        if (detail() == TopologyDetail::Sites)
            site = siteAtPosition(position);
        else
            node = nodeAtPosition(position);
    }
    if (node != m_hover || site != m_hoverSite) {
        m_hover = node;
        m_hoverSite = site;
        setCursor(node || site ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

} // namespace warden
