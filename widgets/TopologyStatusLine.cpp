#include "TopologyStatusLine.h"

#include "SeverityPalette.h"
#include "TopologyPaintStyle.h"
#include "TopologyView.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace warden {

TopologyStatusLine::TopologyStatusLine(const TopologyScene &scene, const QFont &font, const QPalette &palette)
    : m_scene(scene), m_font(font), m_palette(palette)
{
}

// Texts keep TopologyView's translation context, where the catalogues have them.
void TopologyStatusLine::paint(QPainter &painter, const QRect &area, const TopologyCamera &camera, qreal margin) const
{
    const FleetTopology &topology = m_scene.topology();
    const QColor text = m_palette.color(QPalette::Text);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QString centreMessage;
    if (m_scene.layout().nodeCount() == 0 && m_scene.isLayoutPending())
        centreMessage = TopologyView::tr("Laying out the fleet…");
    else if (topology.nodeCount() == 0)
        centreMessage = TopologyView::tr("No topology yet — sites, gateways and devices appear here once the register is synchronised.");
    else if (m_scene.shownDeviceCount() == 0 && m_scene.filter().isActive())
        centreMessage = TopologyView::tr("No device matches the filter — widen or clear it to see the fleet.");
    if (!centreMessage.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(font);
        painter.setPen(TopologyPaintStyle::withAlpha(text, 160));
        painter.drawText(area.adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, centreMessage);
        painter.setFont(m_font);
    }

    // Top-left: what this zoom level shows, and the blast radius being shown.
    QStringList lines;
    if (m_scene.detailAt(camera.scale) == TopologyDetail::Sites) {
        lines.append(TopologyView::tr("Sites — zoom in or click a site to see its devices"));
    } else {
        // Zoomed in, the site's own title may be off screen: say where we are.
        if (const auto site = m_scene.siteAt(camera.centre)) {
            const TopologyScene::SiteSummary &summary = m_scene.siteSummary(*site);
            lines.append(TopologyView::tr("%1 — %2 devices, %3 gateways")
                             .arg(topology.siteName(*site), QLocale().toString(summary.devices),
                                  QLocale().toString(summary.gateways)));
        }
        if (m_scene.detailAt(camera.scale) == TopologyDetail::Points)
            lines.append(TopologyView::tr("Zoom in for classes and names"));
    }
    const TopologyHighlight &highlight = m_scene.highlight();
    if (!highlight.isEmpty()) {
        const QLocale locale;
        QString line = TopologyView::tr("Blast radius: %1 affected, %2 reachable — everything else dimmed")
                           .arg(locale.toString(highlight.affected.size()), locale.toString(highlight.reachable.size()));
        if (!highlight.title.isEmpty())
            line = highlight.title + QStringLiteral(" · ") + line;
        lines.prepend(line);
    }
    if (topology.nodeCount() == 0)
        return;
    qreal y = margin;
    const QFontMetricsF metrics(painter.font());
    for (int i = 0; i < lines.size(); ++i) {
        const bool blast = i == 0 && !highlight.isEmpty();
        const QRectF box(margin, y, metrics.horizontalAdvance(lines.at(i)) + 16, metrics.height() + 8);
        painter.setPen(blast ? QPen(Palette::severity(Severity::Critical), 1.2) : Qt::NoPen);
        painter.setBrush(TopologyPaintStyle::withAlpha(m_palette.color(QPalette::Base), 225));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(blast ? Palette::severity(Severity::Critical).darker(110) : TopologyPaintStyle::withAlpha(text, 170));
        painter.drawText(box, Qt::AlignCenter, lines.at(i));
        y += box.height() + 6;
    }
}

} // namespace warden
