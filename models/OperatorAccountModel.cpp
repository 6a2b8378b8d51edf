#include "OperatorAccountModel.h"

#include "SeverityPalette.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace warden {

OperatorAccountModel::OperatorAccountModel(QObject *parent) : QAbstractTableModel(parent) {}

int OperatorAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int OperatorAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime OperatorAccountModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool OperatorAccountModel::isLocked(const OperatorAccount &account) const
{
    return account.lockedUntil.isValid() && account.lockedUntil > now();
}

QString OperatorAccountModel::relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, time.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 days ago").arg(QLocale().toString(seconds / 86400));
}

QVariant OperatorAccountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OperatorAccount &account = m_accounts.at(index.row());
    const bool locked = isLocked(account);
    switch (role) {
    case UserRole: return account.user;
    case LockedRole: return locked;
    case RawValueRole:
        switch (index.column()) {
        case UserColumn: return account.user;
        case RolesColumn: return account.roles.join(u',');
        case TwoFactorColumn: return account.totpEnrolled;
        case LockColumn: return locked ? account.lockedUntil : QDateTime();
        case LastLoginColumn: return account.lastLogin;
        case CertificateColumn: return account.clientCertificate;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn: return account.user;
        case RolesColumn: return account.roles.join(u", "_s);
        case TwoFactorColumn: return account.totpEnrolled ? tr("Enrolled") : tr("Not enrolled");
        case LockColumn:
            return locked ? tr("Locked until %1").arg(QLocale().toString(account.lockedUntil.toLocalTime().time(),
                                                                         QLocale::ShortFormat))
                          : tr("—");
        case LastLoginColumn: return relativeTime(account.lastLogin, now());
        case CertificateColumn:
            return account.clientCertificate.isEmpty() ? tr("Shared operator certificate") : account.clientCertificate;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LastLoginColumn && account.lastLogin.isValid())
            return QLocale().toString(account.lastLogin.toLocalTime(), QLocale::LongFormat);
        if (index.column() == LockColumn && locked)
            return tr("Five failed logins in a row locked this account. Resetting 2FA also unlocks it.");
        return {};
    case Qt::ForegroundRole:
        // Text says it too (UI.md: never colour alone): "Not enrolled", "Locked until".
        if ((index.column() == TwoFactorColumn && !account.totpEnrolled) || (index.column() == LockColumn && locked))
            return QBrush(Palette::severity(Severity::Major));
        if (index.column() == TwoFactorColumn)
            return QBrush(Palette::healthy());
        return {};
    default: return {};
    }
}

QVariant OperatorAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn: return tr("Operator");
    case RolesColumn: return tr("Roles");
    case TwoFactorColumn: return tr("2FA");
    case LockColumn: return tr("Lockout");
    case LastLoginColumn: return tr("Last login");
    case CertificateColumn: return tr("Client certificate");
    default: return {};
    }
}

void OperatorAccountModel::setAccounts(const QList<OperatorAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    std::sort(m_accounts.begin(), m_accounts.end(),
              [](const OperatorAccount &a, const OperatorAccount &b) { return a.user < b.user; });
    endResetModel();
}

void OperatorAccountModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OperatorAccountModel::rowOfUser(const QString &user) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).user == user)
            return row;
    }
    return -1;
}

} // namespace warden
