#pragma once

#include "TopologyScene.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QStaticText>

#include <optional>

class QPainter;

namespace warden {

// The zoomed-out map: one disc per site with its mix of colours as a ring (worst first), quarantine badge and
// blast-radius halo; site-to-site links aggregated into one line per pair; two-line labels (name, counts) placed
// by priority with air around them and slid into view at the edges. Discs are cached in one shared image and
// labels laid out once, so a pan re-blits and a live update redraws only the sites whose counts changed. Labels
// are placed against the viewport and drawn separately (paintLabels), every frame.
// Not responsible for the close views (TopologyNodePainter).
class TopologySiteMapPainter final {
public:
    explicit TopologySiteMapPainter(const TopologyScene &scene);

    // Links and discs touching `exposed` (screen pixels; the caller clips to it).
    void paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette, TopologyPaintTarget target,
               const QRectF &exposed);
    // The site labels, placed against the whole viewport.
    void paintLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette);
    // The labels the last paint placed.
    const QList<TopologyScene::SiteLabel> &labels() const { return m_siteLabels; }
    void clearLabels() { m_siteLabels.clear(); }
    // Colours or sites mean something else now: every disc and counts line is drawn again.
    void clearCaches();
    // One site's counts changed: its disc and counts line are drawn again.
    void forgetSite(int site);

private:
    struct CachedName {
        QString source;
        QFont font;
        QStaticText text;
        bool laidOut = false;
    };
    // Site discs packed on shelves in one image.
    struct DiscSlot {
        quint64 key = 0; // size and dimming it was drawn for; 0 = to be drawn again
        QRect rect;      // device pixels in m_discAtlas
    };
    static constexpr qreal DiscPad = 8; // room around a disc for its halo and badge

    void drawSiteDisc(QPainter &painter, QPointF centre, qreal radius, int site);
    QString siteCountsText(int site);
    const QStaticText &siteNameText(int site, const QFont &font);
    struct LabelFonts {
        QFont base;
        QFont name;   // bold
        QFont counts; // a little smaller
        qreal countsAverageCharWidth = 0;
        qreal countsHeight = 0;
    };
    const LabelFonts &labelFonts(const QFont &font);
    // The size of a site's two-line label: estimated from character counts, or exact (lays the text out).
    QSizeF siteLabelSize(int site, const QFont &font, bool exact);
    // Draws the label in `box`, which siteLabelSize(exact) has measured.
    void drawSiteLabel(QPainter &painter, const QRectF &box, int site, const QPalette &palette, const QFont &font);
    void resetDiscAtlas(qreal dpr, qint64 neededArea);
    QRect allocateDiscSlot(int side);

    const TopologyScene &m_scene;
    QImage m_discAtlas;
    QHash<int, DiscSlot> m_discSlots;
    int m_shelfX = 0;
    int m_shelfY = 0;
    int m_shelfHeight = 0;
    std::optional<LabelFonts> m_labelFonts;
    QHash<int, CachedName> m_siteNames;
    QHash<int, CachedName> m_siteCounts; // emptied with the summaries
    QList<TopologyScene::SiteLabel> m_siteLabels;
};

} // namespace warden
