#include "ThreatFeedFilterModel.h"

#include "ThreatFeedModel.h"

namespace warden {

ThreatFeedFilterModel::ThreatFeedFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ThreatFeedFilterModel::setMinimumSeverity(Severity severity)
{
    m_minimumSeverity = severity;
    invalidateRowsFilter();
}

void ThreatFeedFilterModel::setTypes(const QSet<ThreatType> &types)
{
    m_types.clear();
    for (ThreatType type : types)
        m_types.insert(toString(type));
    invalidateRowsFilter();
}

void ThreatFeedFilterModel::setBackend(const QString &backend)
{
    m_backend = backend;
    invalidateRowsFilter();
}

void ThreatFeedFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool ThreatFeedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    // Severity enum order: Critical (0) is the most severe, so "at least Major" means value <= Major.
    if (m_minimumSeverity != Severity::Indeterminate) {
        const int severity = source->index(sourceRow, 0, sourceParent).data(ThreatFeedModel::SeverityRole).toInt();
        if (severity > int(m_minimumSeverity))
            return false;
    }
    if (!m_types.isEmpty()) {
        const QString type = source->index(sourceRow, ThreatFeedModel::TypeColumn, sourceParent)
                                 .data(ThreatFeedModel::RawValueRole).toString();
        if (!m_types.contains(type))
            return false;
    }
    if (!m_backend.isEmpty()
        && source->index(sourceRow, 0, sourceParent).data(ThreatFeedModel::BackendRole).toString() != m_backend)
        return false;
    if (!m_text.isEmpty()) {
        for (int column : {ThreatFeedModel::DeviceColumn, ThreatFeedModel::SourceColumn, ThreatFeedModel::DestinationColumn}) {
            if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace warden
