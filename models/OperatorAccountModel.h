#pragma once

#include "fleet/IdentityTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace warden {

// The console operators of one backend as an admin sees them (GET /operators): user, roles, whether 2FA is enrolled,
// a lockout still running, the last login and the client certificate. Times are shown relative to now() so the list
// reads "12 min ago". Not responsible for fetching the accounts or acting on them.
class OperatorAccountModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorAccountModel)
public:
    enum Column { UserColumn, RolesColumn, TwoFactorColumn, LockColumn, LastLoginColumn, CertificateColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, UserRole, LockedRole };

    explicit OperatorAccountModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAccounts(const QList<OperatorAccount> &accounts);
    // The reference time for "locked" and relative times (tests pin it). Invalid: the current time.
    void setNow(const QDateTime &now);

    const OperatorAccount &accountAt(int row) const { return m_accounts.at(row); }
    int rowOfUser(const QString &user) const;

    // "3 min ago", "2 h ago", "4 days ago"; "never" for an invalid time.
    static QString relativeTime(const QDateTime &time, const QDateTime &now);

private:
    QDateTime now() const;
    bool isLocked(const OperatorAccount &account) const;

    QList<OperatorAccount> m_accounts;
    QDateTime m_now;
};

} // namespace warden
