#include "TopologyLegend.h"

#include "SeverityPalette.h"
#include "TopologyPaintStyle.h"
#include "TopologyView.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace warden {

TopologyLegend::TopologyLegend(const TopologyScene &scene, const QFont &font, const QPalette &palette)
    : m_scene(scene), m_font(font), m_palette(palette)
{
}

QRectF TopologyLegend::rect(qreal areaHeight, qreal margin) const
{
    // Texts keep TopologyView's translation context, where the catalogues have them.
    const QFontMetricsF metrics(m_font);
    const QList<TopologyScene::LegendEntry> entries = m_scene.legend();
    const int shapes = 3 + (m_scene.highlight().isEmpty() ? 0 : 3);
    qreal width = metrics.horizontalAdvance(TopologyView::tr("Colour: %1").arg(TopologyView::tr("Status"))) + 24;
    const QLocale locale;
    for (const TopologyScene::LegendEntry &entry : entries)
        width = std::max(width, metrics.horizontalAdvance(entry.label) + metrics.horizontalAdvance(locale.toString(entry.count)) + 64);
    width = std::max(width, metrics.horizontalAdvance(TopologyView::tr("Quarantined (fenced)")) + 44);
    const qreal row = metrics.height() + 4;
    const qreal height = 12 + row * (1 + entries.size()) + 6 + row * shapes + 6;
    return QRectF(margin, areaHeight - margin - height, width, height);
}

void TopologyLegend::paint(QPainter &painter, const QRectF &box) const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QFontMetricsF metrics(m_font);
    const qreal row = metrics.height() + 4;
    const QLocale locale;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, 40), 1));
    painter.setBrush(TopologyPaintStyle::withAlpha(m_palette.color(QPalette::Base), 235));
    painter.drawRoundedRect(box, 6, 6);

    QString mode;
    switch (m_scene.colouring()) {
    case TopologyColouring::Risk: mode = TopologyView::tr("Risk"); break;
    case TopologyColouring::Status: mode = TopologyView::tr("Status"); break;
    case TopologyColouring::Class: mode = TopologyView::tr("Device class"); break;
    }
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    qreal y = box.top() + 8;
    painter.drawText(QRectF(box.left() + 10, y, box.width() - 20, row), Qt::AlignVCenter | Qt::AlignLeft,
                     TopologyView::tr("Colour: %1").arg(mode));
    painter.setFont(m_font);
    y += row;
    const auto swatch = [&](QPointF centre, const QColor &colour, bool hollow) {
        painter.setPen(hollow ? QPen(colour, 2) : QPen(Qt::NoPen));
        painter.setBrush(hollow ? QBrush(m_palette.color(QPalette::Base)) : QBrush(colour));
        painter.drawEllipse(centre, 5, 5);
    };
    for (const TopologyScene::LegendEntry &entry : m_scene.legend()) {
        swatch(QPointF(box.left() + 18, y + row / 2), entry.colour, entry.hollow);
        painter.setPen(text);
        painter.drawText(QRectF(box.left() + 30, y, box.width() - 40, row), Qt::AlignVCenter | Qt::AlignLeft, entry.label);
        painter.setPen(TopologyPaintStyle::withAlpha(text, 150));
        painter.drawText(QRectF(box.left() + 30, y, box.width() - 40, row), Qt::AlignVCenter | Qt::AlignRight,
                         locale.toString(entry.count));
        y += row;
    }
    y += 3;
    painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, 30), 1));
    painter.drawLine(QPointF(box.left() + 10, y), QPointF(box.right() - 10, y));
    y += 3;
    const auto label = [&](const QString &caption) {
        painter.setPen(TopologyPaintStyle::withAlpha(text, 200));
        painter.drawText(QRectF(box.left() + 30, y, box.width() - 40, row), Qt::AlignVCenter | Qt::AlignLeft, caption);
        y += row;
    };
    // Shapes carry meaning too, so nothing relies on colour alone.
    const QPointF at(box.left() + 18, y + row / 2);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(QColor(0x37, 0x47, 0x4F));
    painter.drawRoundedRect(QRectF(at - QPointF(5, 5), QSizeF(10, 10)), 2, 2);
    label(TopologyView::tr("Gateway"));
    swatch(QPointF(box.left() + 18, y + row / 2), Palette::offline(), true);
    label(TopologyView::tr("Offline (hollow)"));
    QPen fence(Palette::quarantined(), 1.6, Qt::CustomDashLine);
    fence.setDashPattern({1.5, 1.2});
    swatch(QPointF(box.left() + 18, y + row / 2), Palette::offline(), false);
    painter.setPen(fence);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(box.left() + 18, y + row / 2), 7.5, 7.5);
    label(TopologyView::tr("Quarantined (fenced)"));
    if (!m_scene.highlight().isEmpty()) {
        for (const auto &[colour, caption] : {std::pair(Palette::severity(Severity::Critical), TopologyView::tr("Affected")),
                                              std::pair(Palette::severity(Severity::Major), TopologyView::tr("Reachable"))}) {
            painter.setPen(QPen(colour, 2));
            painter.setBrush(TopologyPaintStyle::withAlpha(colour, 70));
            painter.drawEllipse(QPointF(box.left() + 18, y + row / 2), 6, 6);
            label(caption);
        }
        // The badge TopologyScene draws on safety-critical devices of the highlight.
        painter.setPen(QPen(m_palette.color(QPalette::Base), 1.5));
        painter.setBrush(Palette::severity(Severity::Critical));
        painter.drawEllipse(QPointF(box.left() + 18, y + row / 2), 4, 4);
        label(TopologyView::tr("Safety-critical (badge)"));
    }
}

} // namespace warden
