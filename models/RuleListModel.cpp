#include "RuleListModel.h"

#include "QuarantineListModel.h"
#include "rules/RuleOrder.h"

#include <QBrush>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace warden {

using namespace Qt::Literals::StringLiterals;

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
        if (evaluatesBefore(a.rule, b.rule))
            return true;
        if (evaluatesBefore(b.rule, a.rule))
            return false;
        return a.backend < b.backend; // the same place on two backends
    });
    QHash<QString, int> enabledSoFar;
    for (Row &row : rows)
        row.runsAs = row.rule.enabled ? ++enabledSoFar[row.backend] : 0;
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

QString RuleListModel::evaluationOrderText()
{
    return tr("Evaluation order: each backend runs its enabled rules on every new event in ascending priority "
              "number, ties by rule id, and every matching rule acts. Disabled rules are not run.");
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Rule &rule = row.rule;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn:
            return row.runsAs > 0 ? QLocale().toString(row.runsAs) : u"\u2013"_s;
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
        case OrderColumn:
            return index.row();
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
        if (index.column() == ConditionColumn)
            return rule.condition;
        if (index.column() == OrderColumn) {
            return row.runsAs > 0 ? tr("Number %1 of the enabled rules %2 runs on each event (priority %3, id %4).")
                                        .arg(row.runsAs)
                                        .arg(row.backend)
                                        .arg(rule.priority)
                                        .arg(rule.id)
                                  : tr("Disabled: %1 does not run it.").arg(row.backend);
        }
        return {};
    case Qt::ForegroundRole:
        if (!rule.enabled)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn || index.column() == OrderColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole
        && (section == OrderColumn || section == PriorityColumn))
        return evaluationOrderText();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Runs");
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
