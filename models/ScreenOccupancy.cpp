#include "ScreenOccupancy.h"

#include <algorithm>

namespace warden {

ScreenOccupancy::ScreenOccupancy(QSizeF size) : m_columns(int(size.width() / Cell) + 1), m_rows(int(size.height() / Cell) + 1)
{
    m_cells.resize(qsizetype(m_columns) * m_rows);
}

template <typename Cells, typename F>
void ScreenOccupancy::visit(Cells &cells, int columns, int rows, const QRectF &rect, F &&function)
{
    const int x0 = std::clamp(int(rect.left() / Cell), 0, columns - 1), x1 = std::clamp(int(rect.right() / Cell), 0, columns - 1);
    const int y0 = std::clamp(int(rect.top() / Cell), 0, rows - 1), y1 = std::clamp(int(rect.bottom() / Cell), 0, rows - 1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            function(cells[qsizetype(y) * columns + x]);
}

bool ScreenOccupancy::isFree(const QRectF &rect) const
{
    bool free = true;
    visit(m_cells, m_columns, m_rows, rect, [&](const QList<QRectF> &cell) {
        free = free && std::none_of(cell.cbegin(), cell.cend(), [&rect](const QRectF &r) { return r.intersects(rect); });
    });
    return free;
}

void ScreenOccupancy::take(const QRectF &rect)
{
    visit(m_cells, m_columns, m_rows, rect, [&](QList<QRectF> &cell) { cell.append(rect); });
}

} // namespace warden
