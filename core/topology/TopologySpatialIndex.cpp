#include "topology/TopologySpatialIndex.h"

#include <algorithm>
#include <cmath>

namespace warden {

void TopologySpatialIndex::clear()
{
    m_points.clear();
    m_nodes.clear();
    m_cellStart.clear();
    m_columns = 0;
    m_rows = 0;
}

int TopologySpatialIndex::cellX(qreal x) const
{
    return std::clamp(int(std::floor((x - m_origin.x()) / m_cellSize)), 0, m_columns - 1);
}

int TopologySpatialIndex::cellY(qreal y) const
{
    return std::clamp(int(std::floor((y - m_origin.y()) / m_cellSize)), 0, m_rows - 1);
}

void TopologySpatialIndex::build(const QList<QPointF> &positions, const QList<bool> &include, qreal cellSize)
{
    clear();
    qreal left = 0, top = 0, right = 0, bottom = 0;
    qsizetype count = 0;
    const qsizetype n = std::min(positions.size(), include.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!include.at(i))
            continue;
        const QPointF &p = positions.at(i);
        if (count == 0) {
            left = right = p.x();
            top = bottom = p.y();
        } else {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        ++count;
    }
    if (count == 0)
        return;
    m_origin = QPointF(left, top);
    m_cellSize = std::max(cellSize, 1e-6);
    // Keep the cell count within a small multiple of the node count, whatever the spread.
    const qreal width = right - left, height = bottom - top;
    while ((width / m_cellSize + 1) * (height / m_cellSize + 1) > 4.0 * qreal(count) + 64.0)
        m_cellSize *= 2;
    m_columns = int(width / m_cellSize) + 1;
    m_rows = int(height / m_cellSize) + 1;

    QList<quint32> cellOf(count);
    m_cellStart.fill(0, qsizetype(m_columns) * m_rows + 1);
    qsizetype k = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!include.at(i))
            continue;
        const QPointF &p = positions.at(i);
        const quint32 cell = quint32(cellY(p.y()) * m_columns + cellX(p.x()));
        cellOf[k++] = cell;
        ++m_cellStart[cell + 1];
    }
    for (qsizetype c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart.at(c - 1);
    QList<quint32> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    m_nodes.resize(count);
    m_points.resize(count);
    k = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!include.at(i))
            continue;
        const quint32 slot = fill[cellOf.at(k++)]++;
        m_nodes[slot] = TopologyNode(i);
        m_points[slot] = positions.at(i);
    }
}

std::optional<TopologyNode> TopologySpatialIndex::nearest(QPointF point, qreal maxDistance) const
{
    if (m_nodes.isEmpty())
        return std::nullopt;
    const int x0 = cellX(point.x() - maxDistance), x1 = cellX(point.x() + maxDistance);
    const int y0 = cellY(point.y() - maxDistance), y1 = cellY(point.y() + maxDistance);
    qreal best = maxDistance * maxDistance;
    std::optional<TopologyNode> found;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int cell = y * m_columns + x;
            for (quint32 i = m_cellStart.at(cell); i < m_cellStart.at(cell + 1); ++i) {
                const QPointF delta = m_points.at(i) - point;
                const qreal distance = delta.x() * delta.x() + delta.y() * delta.y();
                if (distance < best || (distance == best && found && m_nodes.at(i) < *found)) {
                    best = distance;
                    found = m_nodes.at(i);
                }
            }
        }
    }
    return found;
}

QList<TopologyNode> TopologySpatialIndex::within(const QRectF &rect) const
{
    QList<TopologyNode> result;
    if (m_nodes.isEmpty() || rect.isEmpty())
        return result;
    const QRectF r = rect.normalized();
    const int x0 = cellX(r.left()), x1 = cellX(r.right());
    const int y0 = cellY(r.top()), y1 = cellY(r.bottom());
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const int cell = y * m_columns + x;
            for (quint32 i = m_cellStart.at(cell); i < m_cellStart.at(cell + 1); ++i) {
                const QPointF &p = m_points.at(i);
                if (p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() && p.y() <= r.bottom())
                    result.append(m_nodes.at(i));
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace warden
