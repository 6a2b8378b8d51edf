#pragma once

#include "TopologyCamera.h"
#include "TopologyFilter.h"
#include "topology/FleetTopology.h"
#include "topology/TopologyHighlight.h"
#include "topology/TopologyLayout.h"
#include "topology/TopologySpatialIndex.h"

#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QPainter;

namespace warden {

class TopologyGlyphs;
class TopologyNodePainter;
class TopologySiteMapPainter;

enum class TopologyColouring { Risk, Status, Class };

// Level of detail, chosen from how far apart two neighbouring devices are on screen.
enum class TopologyDetail {
    Sites,  // one disc per site with its mix of colours, site-to-site links aggregated
    Points, // every gateway and device as a dot, links as hairlines, no labels
    Glyphs, // class letters, quarantine fences, hollow offline markers; labels once there is room
};

// Raster output blits cached glyph bitmaps; vector output (SVG export) draws every glyph as shapes.
enum class TopologyPaintTarget { Raster, Vector };

// Per-frame state drawn over the base layer.
struct TopologyOverlay {
    QSet<TopologyNode> selection;
    std::optional<TopologyNode> hover;
    std::optional<int> hoverSite;
    QHash<TopologyNode, qreal> pulses; // node -> progress 0..1 of its "new threat" ring
};

// The paint-ready topology: the fleet graph, its layout (computed on a worker thread), colours by the chosen
// meaning (UI.md palette), the filter, the blast-radius highlight, per-site summaries for the zoomed-out map, a
// spatial index for hit-testing, and the painting of one frame at the right level of detail. The widget owns
// the camera and interaction; this class knows nothing about input. Memory is a few arrays per node and link.
class TopologyScene final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)
public:
    struct LegendEntry {
        QString label;
        QColor colour;
        qsizetype count = 0; // shown devices in this category
        bool hollow = false; // drawn as a ring (offline)
    };
    struct SiteSummary {
        qsizetype devices = 0;  // shown devices
        qsizetype gateways = 0; // shown gateways
        QList<qsizetype> categories; // shown devices per colour category
        int dominant = -1;            // worst category with devices (risk, status) or the largest (class)
        qsizetype quarantined = 0;
        qsizetype offline = 0;
        qsizetype affected = 0;
        qsizetype reachable = 0;
        friend bool operator==(const SiteSummary &, const SiteSummary &) = default;
    };

    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    // --- data -----------------------------------------------------------------------------------------------
    // Replaces one backend's fleet, keeping the others': built and laid out on a worker thread; updates (and
    // other fleets) that arrive meanwhile are applied once it is back. With no other backend shown the graph
    // and layout start from scratch (deterministic); otherwise the other backends' nodes stay where they are and
    // this backend's take the stable incremental layout (a backend seen for the first time gets a new region).
    void setFleet(const QString &backend, const QList<Site> &sites, const QList<Gateway> &gateways,
                  const QList<Device> &devices, const QList<Link> &links);
    // The same for the unnamed backend (a console showing one fleet).
    void setFleet(const QList<Site> &sites, const QList<Gateway> &gateways, const QList<Device> &devices,
                  const QList<Link> &links)
    {
        setFleet(QString(), sites, gateways, devices, links);
    }
    // Live updates: colours change at once; new nodes and links are placed by a stable incremental layout.
    void upsertSites(const QList<Site> &sites, const QString &backend = {});
    void upsertGateways(const QList<Gateway> &gateways, const QString &backend = {});
    void upsertDevices(const QList<Device> &devices, const QString &backend = {});
    void addLinks(const QList<Link> &links, const QString &backend = {});
    void removeNodes(const QStringList &ids, const QString &backend = {});
    // Tests and benches lay out on the calling thread so results are there when the call returns.
    void setSynchronousLayout(bool synchronous) { m_synchronous = synchronous; }
    bool isLayoutPending() const { return m_layoutRunning || m_fleetPending; }
    // Wall-clock milliseconds of the last layout job (full or incremental).
    double lastLayoutMilliseconds() const { return m_lastLayoutMs; }

    const FleetTopology &topology() const { return m_topology; }
    const TopologyLayout &layout() const { return m_layout; }

    // --- presentation ---------------------------------------------------------------------------------------
    void setColouring(TopologyColouring colouring);
    TopologyColouring colouring() const { return m_colouring; }
    void setFilter(const TopologyFilter &filter);
    const TopologyFilter &filter() const { return m_filter; }
    void setHighlight(const TopologyHighlight &highlight);
    void clearHighlight();
    const TopologyHighlight &highlight() const { return m_highlight; }

    // Placed, present and passing the filter.
    bool isShown(TopologyNode node) const;
    qsizetype shownDeviceCount() const;
    int categoryCount() const;
    int categoryOf(TopologyNode node) const;
    QColor categoryColour(int category) const;
    QString categoryLabel(int category) const;
    QList<LegendEntry> legend() const;
    const SiteSummary &siteSummary(int site) const;
    // Everything that is placed (sites with shown nodes, or every site when nothing is shown).
    QRectF shownBounds() const;
    QRectF siteRect(int site) const;

    // --- queries (world coordinates) ------------------------------------------------------------------------
    std::optional<TopologyNode> nodeAt(QPointF world, qreal maxDistance) const;
    QList<TopologyNode> nodesIn(const QRectF &world) const;
    std::optional<int> siteAt(QPointF world) const;
    // Devices and gateways by id (exact matches of every backend first), then by name or id starting with /
    // containing the text.
    QList<TopologyNode> search(const QString &text, int limit = 20) const;
    // The node's name without its site's name in front (shown once per site on the map).
    QString shortName(TopologyNode node) const;
    // The meaning colour of a risk score: critical >= 80, major >= 60, minor >= 40, warning >= 20, else healthy.
    static QColor riskColour(int risk);
    // Short human description of a node's class ("IP camera" for ip_camera, "Gateway").
    static QString classLabel(const QString &className);
    // One or two letters drawn inside a device glyph.
    static QString classLetters(const QString &className);

    // --- painting -------------------------------------------------------------------------------------------
    static constexpr qreal PointsThreshold = 3.5;  // on-screen device spacing (px) where sites give way to dots
    static constexpr qreal GlyphsThreshold = 14.0; // ... where dots become glyphs
    static constexpr qreal LabelsThreshold = 34.0; // ... where device labels appear
    static TopologyDetail detailFor(qreal onScreenSpacing);
    // On-screen diameter (px) of a device's dot or glyph at that spacing; gateways are a quarter larger.
    static int glyphDiameter(qreal onScreenSpacing);
    TopologyDetail detailAt(qreal scale) const;
    struct SiteLabel {
        int site = -1;
        QRectF box;  // background box, screen pixels
        QRectF text; // what the text covers inside it
    };
    // The site labels the last zoomed-out paint placed (names at the sites' detail level; for hit-testing and tests).
    const QList<SiteLabel> &siteLabels() const;
    // Where the last paint put each backend's name (only drawn while more than one backend is shown).
    struct BackendLabel {
        int backend = -1;
        QRectF box; // screen pixels
    };
    const QList<BackendLabel> &backendLabels() const { return m_backendLabels; }
    // Paints the base layer (everything but the overlay) for the camera, viewport at (0, 0): paintLayer for the
    // whole viewport, then paintLabels. The painter's transform must be the identity; the background is left to
    // the caller.
    void paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
               TopologyPaintTarget target = TopologyPaintTarget::Raster) const;
    // What is anchored to the world (site discs or grounds, links, glyphs, site titles) touching `exposed`
    // (screen pixels): what a view keeps between frames and shifts on a pan (TopologyLayerCache), painting only
    // the strip a pan uncovers. The caller fills the background and clips to `exposed`.
    void paintLayer(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                    TopologyPaintTarget target, const QRectF &exposed) const;
    // What is placed against the viewport, drawn every frame over the layer: device and gateway names (close),
    // site labels (zoomed out; slid into view at the edges), backend names.
    void paintLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette) const;
    // Changes whenever what paintLayer draws may have changed (positions, data, colours, filter, highlight).
    quint64 revision() const { return m_revision; }
    void paintOverlay(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                      const TopologyOverlay &overlay) const;

signals:
    // Positions changed (a full layout, or an incremental one placed something).
    void layoutChanged();
    // Colours, filter, highlight or counts changed; positions did not.
    void appearanceChanged();

private:
    struct SiteLink {
        int from = 0;
        int to = 0;
        qsizetype count = 0;
    };
    void structureChanged();
    void stateChanged();
    void scheduleLayout(bool full);
    void applyLayout(const TopologyLayout &layout);
    void rebuildStructure();
    void rebuildAppearance();
    bool passesFilter(TopologyNode node) const;
    void ensureSummaries() const;
    void clearBitmapCaches();
    void paintBackendLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette) const;
    int dominantCategory(const QList<qsizetype> &counts) const;

    // The painters read the derived arrays below; they own their bitmap and text caches.
    friend class TopologyGlyphs;
    friend class TopologyNodePainter;
    friend class TopologySiteMapPainter;

    FleetTopology m_topology;
    TopologyLayout m_layout;
    TopologySpatialIndex m_index;
    TopologyColouring m_colouring = TopologyColouring::Risk;
    TopologyFilter m_filter;
    TopologyHighlight m_highlight;

    // Derived, rebuilt on structure change: nodes and internal links grouped by site (CSR), cross-site links.
    QList<quint32> m_siteNodeStart;
    QList<TopologyNode> m_siteNodes;
    QList<quint32> m_siteLinkStart;
    QList<quint32> m_siteLinks;
    QList<quint32> m_crossLinks;
    QList<SiteLink> m_siteLinkTotals;
    // Derived, rebuilt on appearance change.
    QStringList m_sortedClasses;  // class colouring: category i = m_sortedClasses[i]
    QList<int> m_classCategory;   // topology class index -> category
    QList<quint8> m_category;     // per node
    QList<bool> m_shown;          // per node
    QList<bool> m_backendPresent; // per backend: has a present node
    QList<bool> m_backendShown;   // per backend: has a shown node
    bool m_indexStale = true;     // positions changed since the spatial index was built
    mutable QList<SiteSummary> m_summaries;
    mutable bool m_summariesStale = true;
    mutable QList<BackendLabel> m_backendLabels;
    std::unique_ptr<TopologySiteMapPainter> m_siteMap;   // zoomed-out map, with its disc and label caches
    std::unique_ptr<TopologyNodePainter> m_nodePainter; // close views, with the glyph and label caches

    struct LayoutResult {
        TopologyLayout layout;
        double milliseconds = 0;
        quint64 generation = 0;
    };
    struct FleetResult {
        FleetTopology topology;
        TopologyLayout layout;
        double milliseconds = 0;
        quint64 generation = 0;
        bool fresh = true; // built from scratch (node indices start over) rather than merged into the old graph
    };
    static FleetResult buildFleet(const FleetTopology &base, const TopologyLayout &baseLayout, const QString &backend,
                                  const QList<Site> &sites, const QList<Gateway> &gateways,
                                  const QList<Device> &devices, const QList<Link> &links);
    void applyFleet(const FleetResult &result);
    // True (and the update kept for later) while a new fleet is being built on the worker.
    bool deferWhileLoading(std::function<void()> update);
    QFutureWatcher<LayoutResult> m_watcher;
    QFutureWatcher<FleetResult> m_fleetWatcher;
    QList<std::function<void()>> m_deferred;
    quint64 m_generation = 0; // bumped by setFleet; results of older generations are dropped
    bool m_fleetPending = false;
    bool m_synchronous = false;
    bool m_layoutRunning = false;
    bool m_layoutAgain = false;
    bool m_fullLayoutWanted = false;
    double m_lastLayoutMs = 0;
    quint64 m_revision = 0;
};

} // namespace warden
