#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace warden {

// Rectangles already taken on screen (labels, glyphs), bucketed in a coarse grid so checking a new label
// costs a few comparisons however many are placed.
class ScreenOccupancy final {
public:
    explicit ScreenOccupancy(QSizeF size);
    bool isFree(const QRectF &rect) const;
    void take(const QRectF &rect);

private:
    static constexpr qreal Cell = 48;
    template <typename Cells, typename F>
    static void visit(Cells &cells, int columns, int rows, const QRectF &rect, F &&function);

    int m_columns;
    int m_rows;
    QList<QList<QRectF>> m_cells;
};

} // namespace warden
