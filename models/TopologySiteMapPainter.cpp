#include "TopologySiteMapPainter.h"

#include "ScreenOccupancy.h"
#include "SeverityPalette.h"
#include "TopologyPaintStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace warden {

TopologySiteMapPainter::TopologySiteMapPainter(const TopologyScene &scene) : m_scene(scene)
{
}

void TopologySiteMapPainter::clearCaches()
{
    // Every disc is drawn again: the shared image is reused from its first shelf (allocating a new one made
    // page faults a tenth of a colour switch).
    m_discSlots.clear();
    m_shelfX = m_shelfY = m_shelfHeight = 0;
    m_siteCounts.clear();
}

void TopologySiteMapPainter::forgetSite(int site)
{
    if (const auto slot = m_discSlots.find(site); slot != m_discSlots.end())
        slot->key = 0; // redrawn in place
    m_siteCounts.remove(site);
}

void TopologySiteMapPainter::drawSiteDisc(QPainter &painter, QPointF centre, qreal radius, int site)
{
    const TopologyScene::SiteSummary &summary = m_scene.m_summaries.at(site);
    const bool highlighting = !m_scene.m_highlight.isEmpty();
    const bool dim = highlighting && summary.affected + summary.reachable == 0;
    const qreal baseOpacity = painter.opacity();
    painter.setOpacity(baseOpacity * (dim ? 0.22 : 1.0));
    painter.setPen(Qt::NoPen);
    const qreal ring = std::clamp(radius * 0.3, 2.5, 9.0);
    const QColor main = m_scene.categoryColour(summary.dominant);
    QColor inner;
    // Tint: 12% of the dominant colour over white.
    inner.setRgbF(1 - 0.12 * (1 - main.redF()), 1 - 0.12 * (1 - main.greenF()), 1 - 0.12 * (1 - main.blueF()));
    // The mix as a ring: one band per colour category, clockwise from twelve o'clock, worst first, under the
    // tinted centre. The largest band is the whole disc underneath and only the others are solid pies, so a site
    // costs about two discs of pixels however many colours it mixes (a conical gradient's per-pixel angle made a
    // colour switch of the whole map cost twice the frame budget).
    const QRectF disc(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    const auto largest = std::max_element(summary.categories.cbegin(), summary.categories.cend());
    painter.setBrush(m_scene.categoryColour(int(largest - summary.categories.cbegin())));
    painter.drawEllipse(disc);
    qreal start = 0; // fraction of the turn, clockwise from twelve o'clock
    for (auto band = summary.categories.cbegin(); band != summary.categories.cend(); ++band) {
        if (*band == 0)
            continue;
        const qreal span = qreal(*band) / qreal(std::max<qsizetype>(summary.devices, 1));
        if (band != largest) {
            painter.setBrush(m_scene.categoryColour(int(band - summary.categories.cbegin())));
            // Qt's angles run counter-clockwise from three o'clock, in sixteenths of a degree.
            painter.drawPie(disc, qRound((90 - start * 360) * 16), -qRound(span * 360 * 16));
        }
        start += span;
    }
    painter.setBrush(inner);
    painter.drawEllipse(centre, radius - ring, radius - ring);
    if (summary.quarantined > 0 && radius >= 7) {
        const QPointF badge = centre + QPointF(radius * 0.72, -radius * 0.72);
        const qreal size = std::clamp(radius * 0.5, 9.0, 16.0);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(Palette::quarantined());
        painter.drawEllipse(badge, size * 0.62, size * 0.62);
        TopologyPaintStyle::drawLock(painter, badge, size * 0.62, Qt::white);
    }
    if (highlighting && !dim) {
        const QColor halo = summary.affected > 0 ? Palette::severity(Severity::Critical)
                                                 : Palette::severity(Severity::Major);
        painter.setPen(QPen(halo, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius + 3.5, radius + 3.5);
    }
    painter.setOpacity(baseOpacity);
}

QString TopologySiteMapPainter::siteCountsText(int site)
{
    const TopologyScene::SiteSummary &summary = m_scene.m_summaries.at(site);
    const QLocale locale;
    if (!m_scene.m_highlight.isEmpty() && summary.affected + summary.reachable > 0)
        return TopologyScene::tr("%1 affected · %2 reachable").arg(locale.toString(summary.affected), locale.toString(summary.reachable));
    QString counts = TopologyPaintStyle::deviceCount(summary.devices);
    if (m_scene.m_colouring != TopologyColouring::Class && summary.dominant >= 0 && summary.dominant < 3)
        counts += QStringLiteral(" · ") + TopologyPaintStyle::compactCount(summary.categories.at(summary.dominant)) + QLatin1Char(' ')
                  + m_scene.categoryLabel(summary.dominant).section(QLatin1Char(' '), 0, 0).toLower();
    return counts;
}

const QStaticText &TopologySiteMapPainter::siteNameText(int site, const QFont &font)
{
    // Shaping text is the expensive part of a label; names rarely change, so they are laid out once.
    CachedName &cached = m_siteNames[site];
    const QString &name = m_scene.m_topology.siteName(site);
    if (cached.source != name || cached.font != font) {
        const QFontMetricsF metrics(font);
        cached.source = name;
        cached.font = font;
        cached.text.setText(metrics.elidedText(name, Qt::ElideRight, 180));
        cached.text.setTextFormat(Qt::PlainText);
        cached.text.prepare(QTransform(), font);
    }
    return cached.text;
}

const TopologySiteMapPainter::LabelFonts &TopologySiteMapPainter::labelFonts(const QFont &font)
{
    // Derived fonts and their metrics are looked up once per base font, not once per site and frame.
    if (!m_labelFonts || m_labelFonts->base != font) {
        QFont name = font;
        name.setBold(true);
        QFont counts = font;
        counts.setPointSizeF(counts.pointSizeF() * 0.9);
        const QFontMetricsF metrics(counts);
        m_labelFonts = LabelFonts{font, name, counts, metrics.averageCharWidth(), metrics.height()};
    }
    return *m_labelFonts;
}

QSizeF TopologySiteMapPainter::siteLabelSize(int site, const QFont &font, bool exact)
{
    const LabelFonts &fonts = labelFonts(font);
    const QFont &countFont = fonts.counts;
    const QStaticText &name = siteNameText(site, fonts.name);
    CachedName &counts = m_siteCounts[site];
    if (counts.text.text().isEmpty() || counts.font != countFont) {
        counts.font = countFont;
        counts.text.setText(siteCountsText(site));
        counts.text.setTextFormat(Qt::PlainText);
        counts.laidOut = false;
    }
    if (exact && !counts.laidOut) {
        counts.text.prepare(QTransform(), countFont);
        counts.laidOut = true;
    }
    // Counts are short digits and words: an average-width estimate reserves the space without laying the
    // text out; only labels that get drawn are laid out (once, until the counts change).
    const qreal countsWidth = counts.laidOut ? counts.text.size().width()
                                             : counts.text.text().size() * fonts.countsAverageCharWidth;
    return QSizeF(std::ceil(std::max(name.size().width(), countsWidth) + 10),
                  std::ceil(name.size().height() + fonts.countsHeight + 3));
}

void TopologySiteMapPainter::drawSiteLabel(QPainter &painter, const QRectF &box, int site, const QPalette &palette,
                                  const QFont &font)
{
    const LabelFonts &fonts = labelFonts(font);
    const QFont &nameFont = fonts.name;
    const QFont &countFont = fonts.counts;
    const QStaticText &name = siteNameText(site, nameFont);
    const CachedName &counts = m_siteCounts[site]; // laid out by siteLabelSize(exact) before the box was chosen
    const TopologyScene::SiteSummary &summary = m_scene.m_summaries.at(site);
    const QColor text = palette.color(QPalette::Text);
    const bool dim = !m_scene.m_highlight.isEmpty() && summary.affected + summary.reachable == 0;
    const qreal baseOpacity = painter.opacity();
    painter.setOpacity(baseOpacity * (dim ? 0.4 : 1.0));
    painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, 35), 1));
    painter.setBrush(TopologyPaintStyle::withAlpha(palette.color(QPalette::Base), 235));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(text);
    painter.setFont(nameFont);
    const QPointF nameAt(box.center().x() - name.size().width() / 2, box.top() + 1);
    painter.drawStaticText(nameAt, name);
    painter.setFont(countFont);
    painter.setPen(TopologyPaintStyle::withAlpha(text, 190));
    const QPointF countsAt(box.center().x() - counts.text.size().width() / 2, box.top() + 1 + name.size().height());
    painter.drawStaticText(countsAt, counts.text);
    painter.setFont(font);
    painter.setOpacity(baseOpacity);
    m_siteLabels.append({site, box, QRectF(nameAt, name.size()).united(QRectF(countsAt, counts.text.size()))});
}

void TopologySiteMapPainter::resetDiscAtlas(qreal dpr, qint64 neededArea)
{
    // Wide shelves; tall enough for twice what the current frame needs, so zooming a little reuses it.
    const int width = 2048;
    const int height = int(std::clamp<qint64>(2 * neededArea / width + 256, 256, 8192));
    m_discAtlas = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    m_discAtlas.setDevicePixelRatio(dpr);
    m_discAtlas.fill(Qt::transparent);
    m_discSlots.clear();
    m_shelfX = m_shelfY = m_shelfHeight = 0;
}

QRect TopologySiteMapPainter::allocateDiscSlot(int side)
{
    if (side > m_discAtlas.width())
        return {};
    if (m_shelfX + side > m_discAtlas.width()) {
        m_shelfY += m_shelfHeight;
        m_shelfX = m_shelfHeight = 0;
    }
    if (m_shelfY + side > m_discAtlas.height())
        return {};
    const QRect rect(m_shelfX, m_shelfY, side, side);
    m_shelfX += side;
    m_shelfHeight = std::max(m_shelfHeight, side);
    return rect;
}

void TopologySiteMapPainter::paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                                   TopologyPaintTarget target, const QRectF &exposed)
{
    // Only what touches the exposed part of the screen (all of it for a full frame, a strip for a pan).
    const QRectF viewport = exposed;
    const bool highlighting = !m_scene.m_highlight.isEmpty();
    const bool vector = target == TopologyPaintTarget::Vector;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QColor text = palette.color(QPalette::Text);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);

    // Site-to-site links, aggregated: one line per pair, thicker with more cables.
    for (const TopologyScene::SiteLink &link : m_scene.m_siteLinkTotals) {
        const QPointF a = camera.toScreen(m_scene.m_layout.site(link.from).centre);
        const QPointF b = camera.toScreen(m_scene.m_layout.site(link.to).centre);
        if (!viewport.intersects(QRectF(a, b).normalized().adjusted(-2, -2, 2, 2)))
            continue;
        painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, 70), 1.0 + std::log2(1.0 + qreal(link.count)), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(a, b);
    }

    // Discs are cached per site and size in one shared image (the zoomed-out map is mostly re-blitted while
    // panning); a site's slot is redrawn when its counts, colours or the highlight change. Drawing every stale
    // disc through one painter matters after a colour switch: a painter per disc cost more than the discs.
    struct Disc {
        int site;
        QPointF centre;
        qreal radius;
        quint64 key;
    };
    QList<Disc> discs;
    for (int site = 0; site < std::min(m_scene.m_layout.siteCount(), int(m_scene.m_summaries.size())); ++site) {
        const TopologySitePlacement &placement = m_scene.m_layout.site(site);
        const TopologyScene::SiteSummary &summary = m_scene.m_summaries.at(site);
        if (!placement.placed)
            continue;
        const QPointF centre = camera.toScreen(placement.centre);
        const qreal radius = std::max(4.0, std::round(placement.radius * camera.scale * 2) / 2);
        if (!viewport.adjusted(-radius, -radius, radius, radius).contains(centre))
            continue;
        if (summary.devices == 0) {
            // Nothing shown here (filtered out): a faint outline keeps the map's shape.
            painter.setPen(QPen(TopologyPaintStyle::withAlpha(text, 40), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, radius, radius);
            continue;
        }
        const bool dim = highlighting && summary.affected + summary.reachable == 0;
        discs.append({site, centre, radius, (quint64(radius * 2) << 16) | (dim ? 0x8000u : 0u)});
    }
    if (vector) {
        for (const Disc &disc : std::as_const(discs))
            drawSiteDisc(painter, disc.centre, disc.radius, disc.site);
    } else {
        const auto slotSide = [dpr](qreal radius) { return int(std::ceil(2 * (radius + DiscPad) * dpr)); };
        if (m_discAtlas.isNull() || m_discAtlas.devicePixelRatio() != dpr)
            resetDiscAtlas(dpr, 0);
        QPainter atlas;
        bool restarted = false;
        for (qsizetype i = 0; i < discs.size(); ++i) {
            const Disc &disc = discs.at(i);
            DiscSlot &slot = m_discSlots[disc.site];
            if (slot.key == disc.key && !slot.rect.isEmpty())
                continue;
            const int side = slotSide(disc.radius);
            if (slot.rect.width() != side) {
                slot.rect = allocateDiscSlot(side);
                if (slot.rect.isEmpty() && restarted) {
                    slot.key = 0; // larger than the whole image: drawn directly below
                    continue;
                }
                if (slot.rect.isEmpty()) {
                    restarted = true;
                    // The shared image is full of slots of earlier zoom levels: start it again, sized for what is
                    // on screen now with room to spare, and redraw every disc of this frame into it.
                    if (atlas.isActive())
                        atlas.end();
                    qint64 needed = 0;
                    for (const Disc &d : std::as_const(discs))
                        needed += qint64(slotSide(d.radius)) * slotSide(d.radius);
                    resetDiscAtlas(dpr, needed);
                    i = -1;
                    continue;
                }
            }
            if (!atlas.isActive()) {
                atlas.begin(&m_discAtlas);
                atlas.setRenderHint(QPainter::Antialiasing, true);
            }
            const QRectF logical(QPointF(slot.rect.topLeft()) / dpr, QSizeF(slot.rect.size()) / dpr);
            atlas.setCompositionMode(QPainter::CompositionMode_Source);
            atlas.fillRect(logical, Qt::transparent);
            atlas.setCompositionMode(QPainter::CompositionMode_SourceOver);
            atlas.setClipRect(logical);
            drawSiteDisc(atlas, logical.center(), disc.radius, disc.site);
            atlas.setClipping(false);
            slot.key = disc.key;
        }
        if (atlas.isActive())
            atlas.end();
        for (const Disc &disc : std::as_const(discs)) {
            const DiscSlot &slot = m_discSlots[disc.site];
            if (slot.rect.isEmpty()) {
                drawSiteDisc(painter, disc.centre, disc.radius, disc.site);
                continue;
            }
            const QSizeF size = QSizeF(slot.rect.size()) / dpr;
            const QPointF at = disc.centre - QPointF(size.width(), size.height()) / 2;
            painter.drawImage(QRectF(QPointF(std::round(at.x()), std::round(at.y())), size), m_discAtlas,
                              QRectF(slot.rect));
        }
    }
}

void TopologySiteMapPainter::paintLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette)
{
    // Placed against the viewport (by priority, slid into view at the edges), so drawn every frame over the
    // kept layer rather than shifted with it.
    const QRectF viewport(QPointF(0, 0), camera.viewport);
    const bool highlighting = !m_scene.m_highlight.isEmpty();
    struct Label {
        int site;
        QPointF centre;
        qreal radius;
        int rank;
    };
    QList<Label> labels;
    for (int site = 0; site < std::min(m_scene.m_layout.siteCount(), int(m_scene.m_summaries.size())); ++site) {
        const TopologySitePlacement &placement = m_scene.m_layout.site(site);
        const TopologyScene::SiteSummary &summary = m_scene.m_summaries.at(site);
        if (!placement.placed || summary.devices == 0)
            continue;
        const QPointF centre = camera.toScreen(placement.centre);
        const qreal radius = std::max(4.0, std::round(placement.radius * camera.scale * 2) / 2);
        if (!viewport.adjusted(-radius, -radius, radius, radius).contains(centre))
            continue;
        // Label priority: highlighted first, then worse colour, then bigger.
        const int severityRank = m_scene.m_colouring == TopologyColouring::Class ? 0 : std::max(0, summary.dominant);
        const int highlightRank = highlighting ? (summary.affected > 0 ? 0 : summary.reachable > 0 ? 1 : 2) : 0;
        labels.append({site, centre, radius, highlightRank * 16 + severityRank});
    }
    painter.save();
    std::stable_sort(labels.begin(), labels.end(), [this](const Label &a, const Label &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_scene.m_summaries.at(a.site).devices > m_scene.m_summaries.at(b.site).devices;
    });
    ScreenOccupancy taken(camera.viewport);
    const QFont font = painter.font();
    const auto place = [&](const Label &label, QSizeF size) {
        QRectF box(label.centre.x() - size.width() / 2, label.centre.y() + label.radius + 3, size.width(), size.height());
        if (!viewport.intersects(box))
            return QRectF();
        // Slide labels at the edges back into view rather than cutting them.
        box.moveLeft(std::clamp(box.left(), 2.0, std::max(2.0, viewport.width() - box.width() - 2)));
        box.moveTop(std::clamp(box.top(), 2.0, std::max(2.0, viewport.height() - box.height() - 2)));
        return box;
    };
    // Keep air around each label so the map stays a map: the most important sites are named, the rest
    // show their names on hover and as the operator zooms in.
    const auto airy = [](const QRectF &box) {
        return box.adjusted(-box.height(), -box.height() * 0.6, box.height(), box.height() * 0.6);
    };
    for (const Label &label : std::as_const(labels)) {
        const QRectF estimated = place(label, siteLabelSize(label.site, font, false));
        if (estimated.isNull() || !taken.isFree(airy(estimated)))
            continue;
        // The box is placed (and slid into view) by the text's real width, laid out only now that the label
        // is drawn: an estimate that came out narrow would push the text past the window's edge.
        const QRectF box = place(label, siteLabelSize(label.site, font, true));
        if (box.isNull() || (box.width() > estimated.width() && !taken.isFree(airy(box))))
            continue;
        taken.take(airy(box));
        drawSiteLabel(painter, box, label.site, palette, font);
    }
    painter.restore();
}

} // namespace warden
