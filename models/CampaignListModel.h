#pragma once

#include "domain/Campaign.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warden {

// The update campaigns of one backend as a table, newest first: state, firmware, wave, progress and failures from
// the campaign's per-state counts. Updates in place when the set of campaigns is unchanged so selections survive
// progress ticks. Not responsible for acting on campaigns.
class CampaignListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)
public:
    enum Column {
        NameColumn,
        StateColumn,
        FirmwareColumn,
        WaveColumn,
        ProgressColumn,
        FailedColumn,
        CreatedByColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, CampaignIdRole, StateRole };

    explicit CampaignListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCampaigns(QList<Campaign> campaigns);
    // Firmware id -> "class version" for the firmware column.
    void setFirmwareLabels(const QHash<QString, QString> &labels);

    const Campaign &campaignAt(int row) const { return m_campaigns.at(row); }
    int rowOfCampaign(const QString &id) const;
    static int targetCount(const Campaign &campaign);
    static QString stateText(CampaignState state);

private:
    QList<Campaign> m_campaigns;
    QHash<QString, QString> m_firmwareLabels;
};

} // namespace warden
