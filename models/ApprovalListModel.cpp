#include "ApprovalListModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace warden {

ApprovalListModel::ApprovalListModel(QObject *parent) : QAbstractTableModel(parent) {}

int ApprovalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalListModel::kindText(ApprovalKind kind)
{
    switch (kind) {
    case ApprovalKind::Quarantine:
        return tr("Quarantine");
    case ApprovalKind::Campaign:
        return tr("Update campaign");
    case ApprovalKind::RuleChange:
        return tr("Rule change");
    }
    return {};
}

void ApprovalListModel::setApprovals(const QString &backend, const QList<Approval> &approvals)
{
    QList<Row> rows;
    for (const Row &row : std::as_const(m_rows))
        if (row.backend != backend)
            rows.append(row);
    for (const Approval &approval : approvals)
        if (approval.state == ApprovalState::Pending)
            rows.append(Row{backend, approval});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.approval.created < b.approval.created; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ApprovalListModel::setOperator(const QString &backend, const QString &user)
{
    m_operators.insert(backend, user);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::FontRole, OwnRequestRole});
}

bool ApprovalListModel::isOwnRequest(int row) const
{
    const Row &r = m_rows.at(row);
    const QString user = m_operators.value(r.backend);
    return !user.isEmpty() && r.approval.requestedBy == user;
}

int ApprovalListModel::rowOfApproval(const QString &backend, const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).approval.id == id && m_rows.at(row).backend == backend)
            return row;
    return -1;
}

QVariant ApprovalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Approval &approval = m_rows.at(index.row()).approval;
    const bool own = isOwnRequest(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(approval.kind);
        case SummaryColumn:
            return approval.summary;
        case RequestedByColumn:
            return own ? tr("%1 (you — needs another operator)").arg(approval.requestedBy) : approval.requestedBy;
        case CreatedColumn:
            return QLocale().toString(approval.created.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case KindColumn:
            return int(approval.kind);
        case SummaryColumn:
            return approval.summary;
        case RequestedByColumn:
            return approval.requestedBy;
        case CreatedColumn:
            return approval.created;
        }
        return {};
    case BackendRole:
        return m_rows.at(index.row()).backend;
    case ApprovalIdRole:
        return approval.id;
    case OwnRequestRole:
        return own;
    case Qt::ToolTipRole:
        return index.column() == SummaryColumn ? QVariant(approval.summary) : QVariant();
    case Qt::FontRole:
        if (!own) {
            QFont font;
            font.setBold(index.column() == SummaryColumn);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ApprovalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("What");
    case RequestedByColumn:
        return tr("Requested by");
    case CreatedColumn:
        return tr("Requested");
    }
    return {};
}

} // namespace warden
