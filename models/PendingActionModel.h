#pragma once

#include "cache/PendingAction.h"

#include <QAbstractTableModel>
#include <QList>

namespace warden {

// The offline journals of every backend as one table: actions an operator tried while their backend was unreachable,
// newest first, with their state (waiting for confirmation, sent, failed) and the backend's answer. It describes each
// action in words ("Quarantine dev-17 (isolate)") so the operator sees what confirming would send.
// Not responsible for sending anything.
class PendingActionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingActionModel)
public:
    enum Column { CreatedColumn, BackendColumn, ActionColumn, StateColumn, OutcomeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, ActionIdRole, StateRole };

    explicit PendingActionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces this backend's entries; the other backends' rows stay.
    void setEntries(const QString &backend, const QList<PendingAction> &entries);
    // Entries still waiting for the operator's confirmation, over every backend (offline notes send themselves).
    int waitingCount() const;
    bool needsConfirmation(int row) const;
    QString backendAt(int row) const { return m_rows.at(row).backend; }
    const PendingAction &actionAt(int row) const { return m_rows.at(row).action; }

    // "Quarantine dev-17 (isolate): suspicious traffic" — what the action would do, for people.
    static QString describe(const PendingAction &action);

signals:
    void waitingCountChanged(int waiting);

private:
    struct Row {
        QString backend;
        PendingAction action;
    };
    QList<Row> m_rows;
};

} // namespace warden
