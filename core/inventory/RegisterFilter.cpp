#include "RegisterFilter.h"

#include "inventory/DeviceTableAccessor.h"
#include "inventory/TwoCores.h"
#include "rules/ExpressionParser.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstring>

namespace warden {

namespace {

using FoldedText = DeviceTable::FoldedText;

// Serves one value of one field, so a one-term tree decides a term for a distinct string, number or flag exactly as
// it would for a row holding that value.
class OneValueAccessor final : public DeviceFieldAccessor {
public:
    QString m_text;
    int m_value = 0;
    QStringView text(qsizetype, DeviceField) const override { return m_text; }
    int number(qsizetype, DeviceField) const override { return m_value; }
    bool flag(qsizetype, DeviceField) const override { return m_value != 0; }
};

ExpressionTree treeOf(const ExpressionNode &term)
{
    ExpressionTree tree;
    tree.nodes.push_back(term);
    tree.root = 0;
    return tree;
}

bool hasSurrogate(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar unit) { return unit.isSurrogate(); });
}

std::u16string folded(QStringView text)
{
    std::u16string out(size_t(text.size()), u'\0');
    for (qsizetype i = 0; i < text.size(); ++i)
        out[size_t(i)] = DeviceTable::foldUnit(text[i].unicode());
    return out;
}

// Horspool over UTF-16 with a shift table keyed on each unit's low byte (the smallest shift of the units sharing
// it, so no match is ever skipped). Returns the first match in [from, end) or -1.
class FoldedSearch {
public:
    explicit FoldedSearch(std::u16string needle) : m_needle(std::move(needle))
    {
        const auto size = qsizetype(m_needle.size());
        m_shift.fill(std::max<qsizetype>(size, 1));
        for (qsizetype i = 0; i + 1 < size; ++i)
            m_shift[m_needle[size_t(i)] & 0xFF] = size - 1 - i;
    }

    qsizetype size() const { return qsizetype(m_needle.size()); }

    qsizetype find(const char16_t *text, qsizetype from, qsizetype end) const
    {
        const auto size = qsizetype(m_needle.size());
        if (size == 0)
            return from <= end ? from : -1;
        const char16_t *needle = m_needle.data();
        const char16_t last = needle[size - 1];
        for (qsizetype i = from; i + size <= end;) {
            const char16_t unit = text[i + size - 1];
            if (unit == last && std::memcmp(text + i, needle, size_t(size - 1) * sizeof(char16_t)) == 0)
                return i;
            i += m_shift[unit & 0xFF];
        }
        return -1;
    }

private:
    std::u16string m_needle;
    std::array<qsizetype, 256> m_shift{};
};

// Calls hit(row) once for every row in [rowBegin, rowEnd) whose folded text contains the search's needle.
template<typename Hit>
void forRowsContaining(const FoldedText &column, const FoldedSearch &search, qsizetype rowBegin, qsizetype rowEnd,
                       Hit hit)
{
    const char16_t *text = column.text.data();
    const qsizetype *start = column.start.data();
    if (search.size() == 0) { // every text contains the empty string
        for (qsizetype row = rowBegin; row < rowEnd; ++row)
            hit(row);
        return;
    }
    qsizetype position = start[rowBegin];
    const qsizetype end = start[rowEnd];
    while (true) {
        const qsizetype found = search.find(text, position, end);
        if (found < 0)
            return;
        // The row holding `found`: the last row starting at or before it (empty rows share their successor's start).
        const qsizetype row = qsizetype(std::upper_bound(start + rowBegin, start + rowEnd + 1, found) - start) - 1;
        if (found + search.size() <= start[row + 1]) {
            hit(row);
            position = start[row + 1];
        } else {
            position = found + 1; // straddles two rows: not a match of either
        }
    }
}

// ExpressionTree's glob rule on already folded text and pieces (see globMatches in ExpressionTree.cpp).
bool foldedGlobMatches(std::u16string_view text, const std::vector<std::u16string> &pieces)
{
    const std::u16string &first = pieces.front();
    if (!first.empty() && !text.starts_with(first))
        return false;
    size_t position = first.size();
    for (size_t i = 1; i + 1 < pieces.size(); ++i) {
        const std::u16string &piece = pieces[i];
        if (piece.empty())
            continue;
        if (position > text.size())
            return false;
        const size_t found = text.find(piece, position);
        if (found == std::u16string_view::npos)
            return false;
        position = found + piece.size();
    }
    const std::u16string &last = pieces.back();
    return text.size() - position >= last.size() && (last.empty() || text.ends_with(last));
}

std::u16string_view rowText(const FoldedText &column, qsizetype row)
{
    const qsizetype begin = column.start[size_t(row)];
    return {column.text.data() + begin, size_t(column.start[size_t(row) + 1] - begin)};
}

void setBit(std::vector<quint64> &bits, qsizetype row)
{
    bits[size_t(row) >> 6] |= quint64(1) << (row & 63);
}

bool testBit(const std::vector<quint64> &bits, qsizetype row)
{
    return bits[size_t(row) >> 6] & (quint64(1) << (row & 63));
}

std::vector<quint64> allRows(qsizetype count)
{
    std::vector<quint64> bits((size_t(count) + 63) / 64, ~quint64(0));
    if (count % 64)
        bits.back() = (quint64(1) << (count % 64)) - 1;
    return bits;
}

void invert(std::vector<quint64> &bits, qsizetype count)
{
    for (quint64 &word : bits)
        word = ~word;
    if (count % 64)
        bits.back() &= (quint64(1) << (count % 64)) - 1;
}

// Per-row loops over bit sets: halves split at a word boundary so each thread writes its own words.
template<typename Work>
void forRows(qsizetype count, Work work)
{
    TwoCores::forHalves(count, work, 64);
}

} // namespace

RegisterFilter::RegisterFilter(const FilterExpression &expression, const QHash<QString, QString> &siteNames)
    : m_siteNames(siteNames)
{
    // FilterExpression keeps its tree to itself; parsing its text again yields the very same tree.
    if (!expression.isEmpty()) {
        Result<ExpressionTree> tree = ExpressionParser::parse(expression.text(), expression.grammar());
        if (tree.ok())
            m_tree = std::move(tree).value();
    }
}

std::vector<quint64> RegisterFilter::matchingRows(const DeviceTable &table) const
{
    if (m_tree.isEmpty())
        return allRows(table.rowCount());
    return evaluate(m_tree.root, table);
}

QList<quint32> RegisterFilter::select(const DeviceTable &table, const QList<quint32> &rows) const
{
    const std::vector<quint64> bits = matchingRows(table);
    QList<quint32> selected;
    selected.reserve(rows.size());
    for (const quint32 row : rows) {
        if (row < quint32(table.rowCount()) && testBit(bits, row))
            selected.append(row);
    }
    return selected;
}

RegisterFilter::Bits RegisterFilter::evaluate(int index, const DeviceTable &table) const
{
    const qsizetype count = table.rowCount();
    const ExpressionNode &node = m_tree.nodes[size_t(index)];
    const auto child = [&](int i) { return m_tree.children[size_t(node.firstChild + i)]; };
    switch (node.kind) {
    case ExpressionNode::Kind::Term:
        return evaluateTerm(node, table);
    case ExpressionNode::Kind::Not: {
        Bits bits = evaluate(child(0), table);
        invert(bits, count);
        return bits;
    }
    case ExpressionNode::Kind::And: {
        Bits bits = allRows(count);
        for (int i = 0; i < node.childCount; ++i) {
            if (std::all_of(bits.begin(), bits.end(), [](quint64 word) { return word == 0; }))
                break; // nothing left to narrow
            const Bits other = evaluate(child(i), table);
            for (size_t w = 0; w < bits.size(); ++w)
                bits[w] &= other[w];
        }
        return bits;
    }
    case ExpressionNode::Kind::Or: {
        Bits bits((size_t(count) + 63) / 64, 0);
        for (int i = 0; i < node.childCount; ++i) {
            const Bits other = evaluate(child(i), table);
            for (size_t w = 0; w < bits.size(); ++w)
                bits[w] |= other[w];
        }
        return bits;
    }
    }
    return Bits((size_t(count) + 63) / 64, 0);
}

RegisterFilter::Bits RegisterFilter::evaluateRowWise(const ExpressionNode &term, const DeviceTable &table) const
{
    const qsizetype count = table.rowCount();
    const ExpressionTree tree = treeOf(term);
    Bits bits((size_t(count) + 63) / 64, 0);
    forRows(count, [&](qsizetype begin, qsizetype end) {
        const DeviceTableAccessor accessor(table, m_siteNames);
        for (qsizetype row = begin; row < end; ++row) {
            if (tree.evaluate(EvaluationInput{&accessor, row, nullptr, nullptr, table.backend(row)}))
                setBit(bits, row);
        }
    });
    return bits;
}

RegisterFilter::Bits RegisterFilter::evaluateTerm(const ExpressionNode &term, const DeviceTable &table) const
{
    const qsizetype count = table.rowCount();
    Bits bits((size_t(count) + 63) / 64, 0);
    const StringPool &pool = table.pool();
    const ExpressionTree tree = treeOf(term);
    OneValueAccessor value;
    const auto holds = [&](const QString &text, int number) {
        value.m_text = text;
        value.m_value = number;
        return tree.evaluate(EvaluationInput{&value, 0, nullptr, nullptr, {}});
    };
    // Verdict of the term for every interned string; sites are seen by their display name.
    const auto poolVerdicts = [&](bool sites, auto verdict) {
        std::vector<quint8> verdicts(size_t(pool.size()));
        for (qsizetype id = 0; id < pool.size(); ++id) {
            const QString &text = pool.at(quint32(id));
            verdicts[size_t(id)] = verdict(sites ? m_siteNames.value(text, text) : text) ? 1 : 0;
        }
        return verdicts;
    };
    const auto byInterned = [&](const QList<quint32> &column, const std::vector<quint8> &verdicts) {
        const quint32 *ids = column.constData();
        forRows(count, [&](qsizetype begin, qsizetype end) {
            for (qsizetype row = begin; row < end; ++row) {
                if (verdicts[ids[row]])
                    setBit(bits, row);
            }
        });
    };
    const auto byValue = [&](int values, auto valueOfRow) {
        std::vector<quint8> verdicts(static_cast<size_t>(values));
        for (int v = 0; v < values; ++v)
            verdicts[size_t(v)] = holds(QString(), v) ? 1 : 0;
        forRows(count, [&](qsizetype begin, qsizetype end) {
            for (qsizetype row = begin; row < end; ++row) {
                if (verdicts[size_t(valueOfRow(row))])
                    setBit(bits, row);
            }
        });
    };

    switch (term.field) {
    case TermField::Class:
    case TermField::Vendor:
    case TermField::Model:
    case TermField::Firmware:
    case TermField::Site:
    case TermField::Gateway:
    case TermField::Segment: {
        static constexpr std::pair<TermField, RegisterField> Columns[] = {
            {TermField::Class, RegisterField::Class},     {TermField::Vendor, RegisterField::Vendor},
            {TermField::Model, RegisterField::Model},     {TermField::Firmware, RegisterField::Firmware},
            {TermField::Site, RegisterField::Site},       {TermField::Gateway, RegisterField::Gateway},
            {TermField::Segment, RegisterField::Segment}};
        const auto column = std::find_if(std::begin(Columns), std::end(Columns),
                                         [&](const auto &pair) { return pair.first == term.field; });
        byInterned(*table.internedColumn(column->second),
                   poolVerdicts(term.field == TermField::Site, [&](const QString &text) { return holds(text, 0); }));
        return bits;
    }
    case TermField::Backend: {
        // Interned: one verdict per distinct backend name, then rows by pool id.
        std::vector<quint8> verdicts(size_t(pool.size()));
        for (qsizetype id = 0; id < pool.size(); ++id) {
            const bool matched = ExpressionTree::textMatches(pool.at(quint32(id)), term);
            verdicts[size_t(id)] = (term.op == CompareOp::NotEqual ? !matched : matched) ? 1 : 0;
        }
        byInterned(*table.internedColumn(RegisterField::Backend), verdicts);
        return bits;
    }
    case TermField::Risk: byValue(256, [&](qsizetype row) { return table.risk(row); }); return bits;
    case TermField::Status: byValue(256, [&](qsizetype row) { return int(table.status(row)) & 0xFF; }); return bits;
    case TermField::Quarantined:
        byValue(2, [&](qsizetype row) { return table.quarantine(row) != QuarantineLevel::None ? 1 : 0; });
        return bits;
    case TermField::SafetyCritical: byValue(2, [&](qsizetype row) { return table.safetyCritical(row) ? 1 : 0; }); return bits;
    case TermField::OnlineUpdate: byValue(2, [&](qsizetype row) { return table.onlineUpdate(row) ? 1 : 0; }); return bits;
    case TermField::Id:
    case TermField::Name: {
        if (hasSurrogate(term.value) || std::any_of(term.pieces.begin(), term.pieces.end(), hasSurrogate))
            return evaluateRowWise(term, table);
        const auto column = table.foldedText(term.field == TermField::Id ? RegisterField::Id : RegisterField::Name);
        if (term.glob) {
            std::vector<std::u16string> pieces;
            for (const QString &piece : term.pieces)
                pieces.push_back(folded(piece));
            // Rows are candidates when they hold the longest piece; only those are matched against the whole glob.
            const auto longest = std::max_element(pieces.begin(), pieces.end(),
                                                  [](const auto &a, const auto &b) { return a.size() < b.size(); });
            const FoldedSearch search(*longest);
            forRows(count, [&](qsizetype begin, qsizetype end) {
                forRowsContaining(*column, search, begin, end, [&](qsizetype row) {
                    if (foldedGlobMatches(rowText(*column, row), pieces))
                        setBit(bits, row);
                });
            });
        } else {
            const std::u16string wanted = folded(term.value);
            forRows(count, [&](qsizetype begin, qsizetype end) {
                for (qsizetype row = begin; row < end; ++row) {
                    if (rowText(*column, row) == wanted)
                        setBit(bits, row);
                }
            });
        }
        if (term.op == CompareOp::NotEqual)
            invert(bits, count);
        return bits;
    }
    case TermField::FreeText: {
        if (hasSurrogate(term.value))
            return evaluateRowWise(term, table);
        const auto contains = [&](const QString &text) { return text.contains(term.value, Qt::CaseInsensitive); };
        const std::vector<quint8> interned = poolVerdicts(false, contains);
        const std::vector<quint8> sites = poolVerdicts(true, contains);
        const FoldedSearch search(folded(term.value));
        const auto ids = table.foldedText(RegisterField::Id);
        const auto names = table.foldedText(RegisterField::Name);
        const quint32 *columns[] = {table.internedColumn(RegisterField::Class)->constData(),
                                    table.internedColumn(RegisterField::Vendor)->constData(),
                                    table.internedColumn(RegisterField::Model)->constData(),
                                    table.internedColumn(RegisterField::Firmware)->constData(),
                                    table.internedColumn(RegisterField::Gateway)->constData(),
                                    table.internedColumn(RegisterField::Segment)->constData()};
        const quint32 *siteIds = table.internedColumn(RegisterField::Site)->constData();
        forRows(count, [&](qsizetype begin, qsizetype end) {
            const auto hit = [&](qsizetype row) { setBit(bits, row); };
            forRowsContaining(*ids, search, begin, end, hit);
            forRowsContaining(*names, search, begin, end, hit);
            for (qsizetype row = begin; row < end; ++row) {
                bool matched = sites[siteIds[row]];
                for (const quint32 *column : columns)
                    matched = matched || interned[column[row]];
                if (matched)
                    setBit(bits, row);
            }
        });
        return bits;
    }
    default:
        return evaluateRowWise(term, table);
    }
}

} // namespace warden
