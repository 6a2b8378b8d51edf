#include "QuarantineListModel.h"

#include "SeverityPalette.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace warden {

QuarantineListModel::QuarantineListModel(QObject *parent) : QAbstractTableModel(parent) {}

int QuarantineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarantineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuarantineListModel::levelText(QuarantineLevel level)
{
    switch (level) {
    case QuarantineLevel::None:
        return tr("not quarantined");
    case QuarantineLevel::Isolate:
        return tr("isolated");
    case QuarantineLevel::Disable:
        return tr("disabled");
    case QuarantineLevel::RevokeCredentials:
        return tr("credentials revoked");
    }
    return {};
}

void QuarantineListModel::setDevices(const QString &backend, QList<Row> rows)
{
    for (Row &row : rows)
        row.backend = backend;
    for (const Row &row : std::as_const(m_rows))
        if (row.backend != backend)
            rows.append(row);
    // Most recent first; unknown times after the known ones, then by name so the order is stable.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.since.isValid() != b.since.isValid())
            return a.since.isValid();
        if (a.since != b.since)
            return a.since > b.since;
        return a.deviceName < b.deviceName;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int QuarantineListModel::rowOfDevice(const QString &backend, const QString &deviceId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).deviceId == deviceId && m_rows.at(row).backend == backend)
            return row;
    return -1;
}

QVariant QuarantineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn:
            return row.safetyCritical ? tr("%1 (safety-critical)").arg(row.deviceName) : row.deviceName;
        case ClassColumn:
            return row.deviceClass;
        case LevelColumn:
            return levelText(row.level);
        case SinceColumn:
            return row.since.isValid() ? QLocale().toString(row.since.toLocalTime(), QLocale::ShortFormat)
                                       : tr("not recorded");
        case ByColumn:
            if (row.actor.isEmpty())
                return tr("not recorded");
            if (row.actor.startsWith(u"rule:"))
                return tr("rule %1").arg(row.actor.mid(5));
            return row.approvedBy.isEmpty() ? row.actor : tr("%1, approved by %2").arg(row.actor, row.approvedBy);
        case ReasonColumn:
            return row.reason;
        case ExpiresColumn:
            return row.expires.isValid() ? QLocale().toString(row.expires.toLocalTime(), QLocale::ShortFormat)
                                         : tr("until released");
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case DeviceColumn:
            return row.deviceName;
        case ClassColumn:
            return row.deviceClass;
        case LevelColumn:
            return int(row.level);
        case SinceColumn:
            return row.since;
        case ByColumn:
            return row.actor;
        case ReasonColumn:
            return row.reason;
        case ExpiresColumn:
            return row.expires;
        }
        return {};
    case BackendRole:
        return row.backend;
    case DeviceIdRole:
        return row.deviceId;
    case SafetyCriticalRole:
        return row.safetyCritical;
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn)
            return QBrush(Palette::quarantined());
        if (index.column() == DeviceColumn && row.safetyCritical)
            return QBrush(Palette::severity(Severity::Critical));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return row.reason;
        return {};
    default:
        return {};
    }
}

QVariant QuarantineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case ClassColumn:
        return tr("Class");
    case LevelColumn:
        return tr("Level");
    case SinceColumn:
        return tr("Since");
    case ByColumn:
        return tr("By");
    case ReasonColumn:
        return tr("Reason");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

} // namespace warden
