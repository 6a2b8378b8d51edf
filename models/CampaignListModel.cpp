#include "CampaignListModel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace warden {

CampaignListModel::CampaignListModel(QObject *parent) : QAbstractTableModel(parent) {}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CampaignListModel::targetCount(const Campaign &campaign)
{
    int total = 0;
    for (auto it = campaign.counts.constBegin(); it != campaign.counts.constEnd(); ++it)
        total += it.value();
    return total;
}

QString CampaignListModel::stateText(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft: return tr("Draft");
    case CampaignState::PendingApproval: return tr("Waiting for approval");
    case CampaignState::Scheduled: return tr("Scheduled");
    case CampaignState::Running: return tr("Running");
    case CampaignState::Paused: return tr("Paused");
    case CampaignState::Halted: return tr("Halted");
    case CampaignState::Aborted: return tr("Aborted");
    case CampaignState::Completed: return tr("Completed");
    }
    return {};
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &campaign = m_campaigns.at(index.row());
    if (role == CampaignIdRole)
        return campaign.id;
    if (role == StateRole)
        return int(campaign.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (campaign.state == CampaignState::Halted || campaign.state == CampaignState::Aborted)
            return QColor(0xD3, 0x2F, 0x2F);
        if (campaign.state == CampaignState::PendingApproval || campaign.state == CampaignState::Paused)
            return QColor(0xF5, 0x7C, 0x00);
        if (campaign.state == CampaignState::Completed)
            return QColor(0x38, 0x8E, 0x3C);
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !campaign.haltReason.isEmpty())
        return campaign.haltReason;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const int total = targetCount(campaign);
    switch (Column(index.column())) {
    case NameColumn: return campaign.name;
    case StateColumn: return raw ? QVariant(int(campaign.state)) : QVariant(stateText(campaign.state));
    case FirmwareColumn:
        if (raw)
            return campaign.firmwareId;
        return m_firmwareLabels.value(campaign.firmwareId, campaign.firmwareId);
    case WaveColumn:
        if (raw)
            return campaign.currentWave;
        return tr("%1 of %2").arg(campaign.currentWave).arg(campaign.waves.size());
    case ProgressColumn: {
        const int done = campaign.counts.value(DeviceUpdateState::Succeeded);
        if (raw)
            return total > 0 ? double(done) / total : 0.0;
        return tr("%1 / %2 updated").arg(QLocale().toString(done), QLocale().toString(total));
    }
    case FailedColumn: {
        const int failed = campaign.counts.value(DeviceUpdateState::Failed);
        return raw ? QVariant(failed) : QVariant(QLocale().toString(failed));
    }
    case CreatedByColumn: return campaign.createdBy;
    case CreatedColumn:
        if (raw)
            return campaign.created;
        return QLocale().toString(campaign.created.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Campaign");
    case StateColumn: return tr("State");
    case FirmwareColumn: return tr("Firmware");
    case WaveColumn: return tr("Wave");
    case ProgressColumn: return tr("Progress");
    case FailedColumn: return tr("Failed");
    case CreatedByColumn: return tr("Created by");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

void CampaignListModel::setCampaigns(QList<Campaign> campaigns)
{
    std::sort(campaigns.begin(), campaigns.end(), [](const Campaign &a, const Campaign &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    // Same campaigns in the same order (progress ticks): change the cells, keep the rows and the selection.
    const qsizetype added = campaigns.size() - m_campaigns.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_campaigns.size(); ++i)
        sameTail = m_campaigns.at(i).id == campaigns.at(i + added).id;
    if (!sameTail) {
        beginResetModel();
        m_campaigns = std::move(campaigns);
        endResetModel();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_campaigns = std::move(campaigns);
        endInsertRows();
    } else {
        m_campaigns = std::move(campaigns);
    }
    if (!m_campaigns.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CampaignListModel::setFirmwareLabels(const QHash<QString, QString> &labels)
{
    m_firmwareLabels = labels;
    if (!m_campaigns.isEmpty())
        emit dataChanged(index(0, FirmwareColumn), index(rowCount() - 1, FirmwareColumn), {Qt::DisplayRole});
}

int CampaignListModel::rowOfCampaign(const QString &id) const
{
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace warden
