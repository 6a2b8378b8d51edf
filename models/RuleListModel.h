#pragma once

#include "domain/Rule.h"

#include <QAbstractTableModel>

namespace warden {

// The policy rules of every backend, read-only, in the order the backend evaluates them (ascending priority number,
// ties by rule id: rules/RuleOrder.h, the engine's own definition). OrderColumn numbers each backend's enabled rules
// in that order; disabled rules are not evaluated and show none. Its raw value is the row, so a view sorting by it
// gets this order back after sorting by another column.
// Not responsible for editing rules (admin only, elsewhere).
class RuleListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)
public:
    enum Column { OrderColumn, NameColumn, EnabledColumn, PriorityColumn, ConditionColumn, ActionColumn,
                  CreatedByColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, RuleIdRole };

    explicit RuleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRules(const QString &backend, const QList<Rule> &rules);
    const Rule &ruleAt(int row) const { return m_rows.at(row).rule; }
    static QString actionText(const Rule &rule);
    // "Evaluation order: …", the header tooltip of the order and priority columns.
    static QString evaluationOrderText();

private:
    struct Row {
        QString backend;
        Rule rule;
        int runsAs = 0; // 1-based place among its backend's enabled rules; 0 when disabled
    };
    QList<Row> m_rows;
};

} // namespace warden
