#include "RuleListModel.h"

#include "QuarantineListModel.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace warden {

RuleListModel::RuleListModel(QObject *parent) : QAbstractTableModel(parent) {}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RuleListModel::setRules(const QString &backend, const QList<Rule> &rules)
{
    QList<Row> rows;
    for (const Row &row : std::as_const(m_rows))
        if (row.backend != backend)
            rows.append(row);
    for (const Rule &rule : rules)
        rows.append(Row{backend, rule});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.rule.priority != b.rule.priority)
            return a.rule.priority > b.rule.priority;
        return a.rule.name < b.rule.name;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString RuleListModel::actionText(const Rule &rule)
{
    switch (rule.action) {
    case RuleActionKind::Quarantine:
        return tr("quarantine: %1").arg(QuarantineListModel::levelText(rule.quarantineLevel));
    case RuleActionKind::RevokeLicence:
        return tr("revoke licences");
    case RuleActionKind::RaiseSeverity:
        return tr("raise severity");
    case RuleActionKind::Notify:
        return tr("notify");
    }
    return {};
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_rows.at(index.row()).rule;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return rule.name;
        case EnabledColumn:
            return rule.enabled ? tr("enabled") : tr("disabled");
        case PriorityColumn:
            return rule.priority;
        case ConditionColumn:
            return rule.condition;
        case ActionColumn:
            return actionText(rule);
        case CreatedByColumn:
            return rule.createdBy;
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return rule.name;
        case EnabledColumn:
            return rule.enabled;
        case PriorityColumn:
            return rule.priority;
        case ConditionColumn:
            return rule.condition;
        case ActionColumn:
            return int(rule.action);
        case CreatedByColumn:
            return rule.createdBy;
        }
        return {};
    case BackendRole:
        return m_rows.at(index.row()).backend;
    case RuleIdRole:
        return rule.id;
    case Qt::ToolTipRole:
        return index.column() == ConditionColumn ? QVariant(rule.condition) : QVariant();
    case Qt::ForegroundRole:
        if (!rule.enabled)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Rule");
    case EnabledColumn:
        return tr("State");
    case PriorityColumn:
        return tr("Priority");
    case ConditionColumn:
        return tr("Condition");
    case ActionColumn:
        return tr("Action");
    case CreatedByColumn:
        return tr("Created by");
    }
    return {};
}

} // namespace warden
