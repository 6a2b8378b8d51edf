#pragma once

#include "topology/FleetTopology.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace warden {

struct TopologyLayoutParameters {
    qreal deviceSpacing = 12.0; // world units between neighbouring devices
    qreal siteGap = 4.0;        // free space between site cells, in device spacings
    qreal headroom = 1.35;      // a site may grow to this many times its devices before it needs a bigger cell
    qreal aspect = 1.6;         // width / height of the map of sites (screens are wide)
};

// Where a site sits on the map.
struct TopologySitePlacement {
    QPointF centre;
    qreal radius = 0;     // reach of its nodes today
    qreal cellRadius = 0; // space reserved around the centre so the site can grow without touching a neighbour
    bool placed = false;
};

// Positions of every gateway and device: a clustered layout backend -> site -> gateway -> device.
//
// Each backend's sites form one region (backends side by side, ordered by name, regions about equally tall); in
// its region, sites are packed in rows by id, each in a round cell with room to grow. Inside a site, gateways sit
// on a small ring around the centre and each gateway owns a wedge (angle proportional to its devices); its devices
// fill the wedge outwards along a sunflower sequence (slot k at radius sqrt(r0^2 + 2(k+1/2)d^2/wedge), angle by the
// golden ratio), so the density is even and a new device simply takes the next slot further out.
//
// compute() is deterministic and independent of the order records arrived in (everything is sorted by id) and
// linear apart from that sort. extend() is the stable update: it places only what changed and moves nothing
// else. Adding a device to a known gateway moves no other node; a new site gets a new cell in its backend's region
// (a new backend, a new region to the right of everything; a cell too wide for its region's column goes to the
// right of everything rather than over a neighbour). A new gateway, or a
// device whose wedge would run past its site's cell, re-lays out that one site only: inside its cell while it
// fits (wedges re-balanced), else in a new, bigger cell. Links never move anything: positions come from the
// hierarchy. Pure value type, safe to compute on a worker thread from a graph snapshot.
class TopologyLayout {
public:
    // What extend() did, so callers can refresh only that.
    struct Update {
        qsizetype placed = 0;      // nodes given a (new) position
        QList<int> relaidSites;    // sites whose nodes were all placed again
        QList<int> relocatedSites; // of those, sites that moved to a new cell
    };

    static TopologyLayout compute(const FleetTopology &graph, const TopologyLayoutParameters &parameters = {});
    Update extend(const FleetTopology &graph);

    const TopologyLayoutParameters &parameters() const { return m_parameters; }
    qsizetype nodeCount() const { return m_positions.size(); }
    bool isPlaced(TopologyNode node) const { return node < TopologyNode(m_nodeSite.size()) && m_nodeSite.at(node) >= 0; }
    QPointF position(TopologyNode node) const { return m_positions.at(node); }
    // Indexed by node; entries of nodes that are not placed are meaningless.
    const QList<QPointF> &positions() const { return m_positions; }
    int siteCount() const { return int(m_sites.size()); }
    const TopologySitePlacement &site(int site) const { return m_sites.at(site).placement; }
    // Union of all site cells.
    QRectF bounds() const { return m_bounds; }
    // Union of the cells of one backend's sites (null if none is placed); for the backend's label.
    QRectF backendBounds(int backend) const
    {
        return backend < m_regions.size() ? m_regions.at(backend).bounds : QRectF();
    }
    // The graph revision this layout reflects.
    quint64 structureRevision() const { return m_revision; }

private:
    // A gateway's wedge (gateway == NoTopologyNode: devices of the site without a usable gateway).
    struct Wedge {
        TopologyNode gateway = NoTopologyNode;
        qreal start = 0;
        qreal span = 0;
        quint32 nextSlot = 0;
    };
    struct SiteState {
        TopologySitePlacement placement;
        qreal ringRadius = 0;  // where the gateways sit
        qreal innerRadius = 0; // where devices start
        QList<Wedge> wedges;
    };
    // The nodes of one site, sorted by id and grouped by wedge.
    struct SiteMembers {
        QList<TopologyNode> gateways;
        QList<TopologyNode> wedgeKeys;             // gateways, then NoTopologyNode for direct devices if any
        QList<QList<TopologyNode>> wedgeDevices;   // per wedge key
    };

    static TopologyNode wedgeKeyOf(const FleetTopology &graph, TopologyNode node);
    static QList<SiteMembers> collectMembers(const FleetTopology &graph, const QList<int> &sites);
    void resize(const FleetTopology &graph);
    enum class CellPolicy {
        AtOrigin,     // compute(): centre at (0, 0), packed into rows afterwards
        KeepOrAppend, // extend(): keep the cell if the site still fits in it, else append a new cell
    };
    void layoutSite(int site, const SiteMembers &members, CellPolicy policy);
    qreal slotRadius(const SiteState &state, const Wedge &wedge, quint32 slot) const;
    QPointF slotOffset(const SiteState &state, const Wedge &wedge, quint32 slot) const;
    // A backend's sites: their cells are packed into rows from (left, top).
    struct Region {
        bool exists = false;
        qreal left = 0;
        qreal top = 0;
        qreal right = 0; // right edge of its column: rows end here unless it is the rightmost column
        qreal cursorX = 0;
        qreal rowTop = 0;
        qreal rowHeight = 0;
        bool rowOpen = false;
        QRectF bounds;
    };
    void placeCell(int site);
    void growBounds(int site);
    // Packs sites (laid out around the origin, sorted by id, all of one backend) as a new region at `left`,
    // rows about `height` tall in total, and moves their nodes there.
    void packRegion(int backend, const QList<int> &order, const QList<SiteMembers> &members, qreal left, qreal top,
                    qreal height);
    qreal regionGap() const { return 4.0 * m_parameters.siteGap * m_parameters.deviceSpacing; }

    TopologyLayoutParameters m_parameters;
    QList<QPointF> m_positions;
    QList<qint32> m_nodeSite;       // site a node was placed in, -1 if not placed
    QList<TopologyNode> m_nodeWedge; // wedge key a node was placed under (gateways: themselves)
    QList<SiteState> m_sites;
    QList<int> m_siteBackend; // backend index of each site
    QList<Region> m_regions;  // per backend index
    qreal m_columnsRight = 0; // nothing is placed right of this
    QRectF m_bounds;
    quint64 m_revision = 0;
};

} // namespace warden
