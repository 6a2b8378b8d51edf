#include "CampaignTargetModel.h"

#include "CampaignListModel.h"
#include "SeverityPalette.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace warden {

namespace {

QVariant timeCell(const QDateTime &time, int role)
{
    if (role == Qt::ToolTipRole) {
        if (!time.isValid())
            return {};
        const QDateTime local = time.toLocalTime();
        const int offset = local.offsetFromUtc() / 60;
        return QString(QLocale().toString(local, QLocale::LongFormat) + QStringLiteral(" (UTC%1%2:%3)")
                                                                    .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                                                    .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                                                    .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0')));
    }
    if (role == CampaignTargetModel::RawValueRole)
        return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(qint64(0));
    return CampaignTargetModel::relativeTime(time, QDateTime::currentDateTimeUtc());
}

} // namespace

CampaignTargetModel::CampaignTargetModel(QObject *parent) : QAbstractTableModel(parent) {}

int CampaignTargetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CampaignTargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignTargetModel::stateText(DeviceUpdateState state)
{
    switch (state) {
    case DeviceUpdateState::Queued: return tr("Queued");
    case DeviceUpdateState::Downloading: return tr("Downloading");
    case DeviceUpdateState::Installing: return tr("Installing");
    case DeviceUpdateState::Succeeded: return tr("Installed");
    case DeviceUpdateState::Failed: return tr("Failed");
    case DeviceUpdateState::WaitingForWindow: return tr("Waiting for window");
    case DeviceUpdateState::NeedsPhysicalService: return tr("Needs physical service");
    }
    return {};
}

QColor CampaignTargetModel::stateColour(DeviceUpdateState state)
{
    switch (state) {
    case DeviceUpdateState::Succeeded: return Palette::healthy();
    case DeviceUpdateState::Failed: return Palette::severity(Severity::Critical);
    case DeviceUpdateState::Downloading:
    case DeviceUpdateState::Installing: return Palette::severity(Severity::Warning);
    case DeviceUpdateState::WaitingForWindow: return Palette::severity(Severity::Minor);
    case DeviceUpdateState::NeedsPhysicalService: return Palette::quarantined();
    case DeviceUpdateState::Queued: break;
    }
    return Palette::offline();
}

QString CampaignTargetModel::relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("—");
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0) // simulated backends may run ahead of the console's clock
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QVariant CampaignTargetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignDeviceState &item = m_items.at(index.row());
    const DeviceDetails &details = m_details.at(index.row());
    if (role == DeviceIdRole)
        return item.deviceId;
    if (index.column() == UpdatedColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole))
        return timeCell(item.updated, role);
    if (index.column() == StateColumn) {
        if (role == Qt::ForegroundRole)
            return stateColour(item.state);
        if (role == RawValueRole)
            return int(item.state);
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return item.message;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case DeviceColumn: return item.deviceId;
    case NameColumn: return details.name;
    case SiteColumn: return details.site;
    case WaveColumn:
        if (role == RawValueRole)
            return item.wave;
        return item.wave > 0 ? QLocale().toString(item.wave) : tr("not drawn");
    case StateColumn: return stateText(item.state);
    case MessageColumn: return item.message;
    case UpdatedColumn:
    case ColumnCount: break;
    }
    return {};
}

QVariant CampaignTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DeviceColumn: return tr("Device");
    case NameColumn: return tr("Name");
    case SiteColumn: return tr("Site");
    case WaveColumn: return tr("Wave");
    case StateColumn: return tr("State");
    case UpdatedColumn: return tr("Since");
    case MessageColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

void CampaignTargetModel::reset()
{
    beginResetModel();
    m_items.clear();
    m_details.clear();
    m_rowOf.clear();
    endResetModel();
}

void CampaignTargetModel::appendPage(const QList<CampaignDeviceState> &items,
                                     const QHash<QString, DeviceDetails> &details)
{
    QList<CampaignDeviceState> fresh;
    for (const CampaignDeviceState &item : items) {
        const int row = m_rowOf.value(item.deviceId, -1);
        if (row < 0) {
            fresh.append(item);
            continue;
        }
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const CampaignDeviceState &item : std::as_const(fresh)) {
        m_rowOf.insert(item.deviceId, int(m_items.size()));
        m_items.append(item);
        m_details.append(details.value(item.deviceId));
    }
    endInsertRows();
}

// --- DeviceCampaignModel ------------------------------------------------------------------------------------------

DeviceCampaignModel::DeviceCampaignModel(QObject *parent) : QAbstractTableModel(parent) {}

int DeviceCampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeviceCampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceCampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceCampaignState &item = m_items.at(index.row());
    if (role == CampaignIdRole)
        return item.campaignId;
    if (index.column() == UpdatedColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole))
        return timeCell(item.updated, role);
    if (index.column() == StateColumn) {
        if (role == Qt::ForegroundRole)
            return CampaignTargetModel::stateColour(item.state);
        if (role == RawValueRole)
            return int(item.state);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == MessageColumn)
            return item.message;
        if (index.column() == CampaignColumn)
            return tr("Campaign %1").arg(item.campaignId);
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case CampaignColumn: return item.campaignName.isEmpty() ? item.campaignId : item.campaignName;
    case VersionColumn: return item.requiredVersion.isEmpty() ? item.firmwareId : item.requiredVersion;
    case CampaignStateColumn:
        return role == RawValueRole ? QVariant(int(item.campaignState))
                                    : QVariant(CampaignListModel::stateText(item.campaignState));
    case WaveColumn:
        if (role == RawValueRole)
            return item.wave;
        return item.wave > 0 ? QLocale().toString(item.wave) : tr("not drawn");
    case StateColumn: return CampaignTargetModel::stateText(item.state);
    case MessageColumn: return item.message;
    case UpdatedColumn:
    case ColumnCount: break;
    }
    return {};
}

QVariant DeviceCampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CampaignColumn: return tr("Campaign");
    case VersionColumn: return tr("Firmware");
    case CampaignStateColumn: return tr("Campaign state");
    case WaveColumn: return tr("Wave");
    case StateColumn: return tr("This device");
    case UpdatedColumn: return tr("Since");
    case MessageColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

void DeviceCampaignModel::reset()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void DeviceCampaignModel::appendPage(const QList<DeviceCampaignState> &items)
{
    if (items.isEmpty())
        return;
    // Pages arrive oldest first; the list shows the newest campaign on top, so the whole list is re-sorted.
    beginResetModel();
    for (const DeviceCampaignState &item : items) {
        const int row = rowOfCampaign(item.campaignId);
        if (row >= 0)
            m_items[row] = item;
        else
            m_items.append(item);
    }
    std::sort(m_items.begin(), m_items.end(),
              [](const DeviceCampaignState &a, const DeviceCampaignState &b) { return a.campaignId > b.campaignId; });
    endResetModel();
}

int DeviceCampaignModel::rowOfCampaign(const QString &campaignId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).campaignId == campaignId)
            return row;
    }
    return -1;
}

} // namespace warden
