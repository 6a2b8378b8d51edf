#include "IncidentFilterModel.h"

#include "IncidentListModel.h"

namespace warden {

IncidentFilterModel::IncidentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::RawValueRole);
    setDynamicSortFilter(true);
}

void IncidentFilterModel::setOpenOnly()
{
    m_stateFilter = StateFilter::Open;
    invalidateRowsFilter();
}

void IncidentFilterModel::setAllStates()
{
    m_stateFilter = StateFilter::All;
    invalidateRowsFilter();
}

void IncidentFilterModel::setState(IncidentState state)
{
    m_stateFilter = StateFilter::One;
    m_state = state;
    invalidateRowsFilter();
}

void IncidentFilterModel::setSeverity(std::optional<Severity> severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void IncidentFilterModel::setAssignee(const std::optional<QString> &assignee)
{
    m_assignee = assignee;
    invalidateRowsFilter();
}

void IncidentFilterModel::setBackend(const QString &backend)
{
    m_backend = backend;
    invalidateRowsFilter();
}

void IncidentFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *source = qobject_cast<const IncidentListModel *>(sourceModel());
    if (!source)
        return true;
    const IncidentListModel::Row &row = source->rowAt(sourceRow);
    const Incident &incident = row.incident;
    if (m_stateFilter == StateFilter::Open && incident.state == IncidentState::Resolved)
        return false;
    if (m_stateFilter == StateFilter::One && incident.state != m_state)
        return false;
    if (m_severity && incident.severity != *m_severity)
        return false;
    if (m_assignee && incident.assignee != *m_assignee)
        return false;
    if (!m_backend.isEmpty() && row.backend != m_backend)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &text) { return text.contains(m_text, Qt::CaseInsensitive); };
    if (has(incident.title) || has(incident.id) || has(incident.siteId) || has(row.siteName)
        || has(incident.assignee))
        return true;
    for (const QString &id : incident.deviceIds)
        if (has(id))
            return true;
    for (const QString &name : row.deviceNames)
        if (has(name))
            return true;
    return false;
}

bool IncidentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(IncidentListModel::RawValueRole);
    const QVariant b = right.data(IncidentListModel::RawValueRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties: newest opened first whatever the direction, so equal rows keep a stable, useful order.
    const auto opened = [](const QModelIndex &index) {
        return -index.siblingAtColumn(IncidentListModel::AgeColumn).data(IncidentListModel::RawValueRole).toLongLong();
    };
    const qint64 openedLeft = opened(left);
    const qint64 openedRight = opened(right);
    const bool newer = openedLeft > openedRight;
    return sortOrder() == Qt::AscendingOrder ? newer : !newer && openedLeft != openedRight;
}

} // namespace warden
