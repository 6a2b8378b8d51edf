#pragma once

#include "topology/FleetTopology.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace warden {

// A uniform grid over node positions for hit-testing, rubber-band selection and viewport culling. Cells are
// stored compactly (counting sort: one offset per cell, one node per entry), so memory is proportional to the
// nodes, and a point query looks at a handful of cells whatever the fleet size. Rebuilt when positions or the
// set of shown nodes change (linear time); not responsible for knowing which nodes should be shown.
class TopologySpatialIndex {
public:
    // Indexes the nodes whose `include` entry is true. cellSize ~ a couple of node spacings works best.
    void build(const QList<QPointF> &positions, const QList<bool> &include, qreal cellSize);
    void clear();

    qsizetype size() const { return m_nodes.size(); }
    // The node closest to point within maxDistance, ties broken by lower index (deterministic).
    std::optional<TopologyNode> nearest(QPointF point, qreal maxDistance) const;
    // Every indexed node inside rect, in ascending node order.
    QList<TopologyNode> within(const QRectF &rect) const;

private:
    int cellX(qreal x) const;
    int cellY(qreal y) const;

    QList<QPointF> m_points; // copy of the indexed positions, in cell order, for cache-friendly scans
    QList<TopologyNode> m_nodes;
    QList<quint32> m_cellStart; // m_columns * m_rows + 1 offsets into m_nodes
    QPointF m_origin;
    qreal m_cellSize = 1;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace warden
