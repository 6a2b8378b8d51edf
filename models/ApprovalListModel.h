#pragma once

#include "domain/Approval.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warden {

// The four-eyes approvals still pending on every backend, oldest first. Knows who is logged in to each backend so
// it can mark the requests the operator filed himself (he cannot decide those). Not responsible for deciding.
class ApprovalListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalListModel)
public:
    enum Column { KindColumn, SummaryColumn, RequestedByColumn, CreatedColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, ApprovalIdRole, OwnRequestRole };

    explicit ApprovalListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces this backend's approvals; only pending ones are kept.
    void setApprovals(const QString &backend, const QList<Approval> &approvals);
    void setOperator(const QString &backend, const QString &user);

    const Approval &approvalAt(int row) const { return m_rows.at(row).approval; }
    QString backendAt(int row) const { return m_rows.at(row).backend; }
    bool isOwnRequest(int row) const;
    int rowOfApproval(const QString &backend, const QString &id) const;

    static QString kindText(ApprovalKind kind);

private:
    struct Row {
        QString backend;
        Approval approval;
    };
    QList<Row> m_rows;
    QHash<QString, QString> m_operators;
};

} // namespace warden
