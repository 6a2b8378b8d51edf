#pragma once

#include "fleet/FleetTypes.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace warden {

// One campaign's targets page by page (GET /campaigns/{id}/devices) as a table: device, name and site as the register
// knows them, wave, update state (a text label and its colour, never colour alone), when it last changed and why. Pages are
// appended in the order they arrive; a new query starts over with reset(). Also home of the texts and colours of the
// device update states, shared with DeviceCampaignModel. Not responsible for fetching.
class CampaignTargetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTargetModel)
public:
    enum Column { DeviceColumn, NameColumn, SiteColumn, WaveColumn, StateColumn, UpdatedColumn, MessageColumn,
                  ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, DeviceIdRole };

    // What the register knows about a device, for display.
    struct DeviceDetails {
        QString name;
        QString site;
    };

    explicit CampaignTargetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reset();
    // Appends one page; devices already listed are replaced in place (a page re-read after a state change).
    void appendPage(const QList<CampaignDeviceState> &items, const QHash<QString, DeviceDetails> &details);
    const CampaignDeviceState &stateAt(int row) const { return m_items.at(row); }
    int rowOfDevice(const QString &deviceId) const { return m_rowOf.value(deviceId, -1); }

    static QString stateText(DeviceUpdateState state);
    static QColor stateColour(DeviceUpdateState state);
    // "3 min ago" style for lists, with the absolute local time in the tooltip.
    static QString relativeTime(const QDateTime &time, const QDateTime &now);

private:
    QList<CampaignDeviceState> m_items;
    QList<DeviceDetails> m_details;
    QHash<QString, int> m_rowOf;
};

// The campaigns that targeted one device (GET /devices/{id}/campaigns), newest campaign first: campaign, firmware
// version it asked for, the campaign's own state, the device's wave and state in it, when and why.
// Not responsible for fetching.
class DeviceCampaignModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCampaignModel)
public:
    enum Column { CampaignColumn, VersionColumn, CampaignStateColumn, WaveColumn, StateColumn, UpdatedColumn,
                  MessageColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, CampaignIdRole };

    explicit DeviceCampaignModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reset();
    void appendPage(const QList<DeviceCampaignState> &items);
    const DeviceCampaignState &stateAt(int row) const { return m_items.at(row); }
    int rowOfCampaign(const QString &campaignId) const;

private:
    QList<DeviceCampaignState> m_items; // newest campaign id first
};

} // namespace warden
