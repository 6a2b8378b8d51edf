#pragma once

#include "domain/Rule.h"

#include <QAbstractTableModel>

namespace warden {

// The policy rules of every backend, read-only, highest priority first (the order the backend evaluates them in).
// Not responsible for editing rules (admin only, elsewhere).
class RuleListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)
public:
    enum Column { NameColumn, EnabledColumn, PriorityColumn, ConditionColumn, ActionColumn, CreatedByColumn,
                  ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, RuleIdRole };

    explicit RuleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRules(const QString &backend, const QList<Rule> &rules);
    const Rule &ruleAt(int row) const { return m_rows.at(row).rule; }
    static QString actionText(const Rule &rule);

private:
    struct Row {
        QString backend;
        Rule rule;
    };
    QList<Row> m_rows;
};

} // namespace warden
