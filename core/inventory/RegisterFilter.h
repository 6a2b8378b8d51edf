#pragma once

#include "inventory/DeviceTable.h"
#include "rules/ExpressionTree.h"
#include "rules/FilterExpression.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace warden {

// Evaluates a register filter (FilterExpression) over a whole DeviceTable a column at a time instead of a row at a
// time, with exactly the results of FilterExpression::matches() on a DeviceTableAccessor:
// - terms on interned columns (class, vendor, model, firmware, site, gateway, segment) are evaluated once per
//   distinct string and rows are then tested by id;
// - free text, equality and globs on id and name search the table's case-folded contiguous copy of those columns
//   (DeviceTable::foldedText) and map hits back to rows;
// - numbers and flags go through a lookup table per value;
// - every column loop runs on two cores for big tables.
// Terms this cannot evaluate column-wise exactly (a value holding UTF-16 surrogates) fall back to the row-wise
// evaluation. Immutable once built; safe to use from any thread.
class RegisterFilter {
public:
    // siteNames maps site ids to the names operators type (site:"North Campus"), as DeviceTableAccessor does.
    RegisterFilter(const FilterExpression &expression, const QHash<QString, QString> &siteNames);

    bool isEmpty() const { return m_tree.isEmpty(); }
    // One bit per table row: bit r of word r / 64 is set when row r matches.
    std::vector<quint64> matchingRows(const DeviceTable &table) const;
    // The rows of `rows` (in that order) that match.
    QList<quint32> select(const DeviceTable &table, const QList<quint32> &rows) const;

private:
    using Bits = std::vector<quint64>;
    Bits evaluate(int node, const DeviceTable &table) const;
    Bits evaluateTerm(const ExpressionNode &term, const DeviceTable &table) const;
    // Row by row through a one-term tree: the reference semantics, for what has no column-wise path.
    Bits evaluateRowWise(const ExpressionNode &term, const DeviceTable &table) const;

    ExpressionTree m_tree;
    QHash<QString, QString> m_siteNames;
};

} // namespace warden
