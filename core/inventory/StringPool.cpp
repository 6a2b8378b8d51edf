#include "StringPool.h"

#include <algorithm>
#include <numeric>

namespace warden {

StringPool::StringPool()
{
    m_strings.append(QString());
    m_ids.insert(QString(), 0);
}

quint32 StringPool::intern(const QString &text)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    return id;
}

qint64 StringPool::find(const QString &text) const
{
    const auto it = m_ids.constFind(text);
    return it == m_ids.constEnd() ? -1 : qint64(it.value());
}

QList<quint32> StringPool::sortRanks() const
{
    QList<quint32> order(m_strings.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        const int folded = QString::compare(m_strings.at(a), m_strings.at(b), Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : m_strings.at(a) < m_strings.at(b);
    });
    QList<quint32> rank(m_strings.size());
    for (qsizetype position = 0; position < order.size(); ++position)
        rank[order.at(position)] = quint32(position);
    return rank;
}

} // namespace warden
