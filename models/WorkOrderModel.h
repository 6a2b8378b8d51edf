#pragma once

#include "fleet/FleetTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warden {

// Devices that need a technician on site to take an update (GET /work-orders), with the device name, site name and
// owner the register knows. The owner text is taken as the register shows it, so it is masked when the operator's
// role does not allow personal data. Exports the list as CSV and as HTML for printing. Not responsible for fetching.
class WorkOrderModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkOrderModel)
public:
    enum Column {
        DeviceColumn,
        NameColumn,
        SiteColumn,
        LocationColumn,
        OwnerColumn,
        RequiredVersionColumn,
        WindowColumn,
        CampaignColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, DeviceIdRole };

    // What the register knows about a device, for display.
    struct DeviceDetails {
        QString name;
        QString site;
        QString owner;
        QString location; // where on the site the technician finds it
    };

    explicit WorkOrderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setWorkOrders(QList<WorkOrder> orders);
    void setDeviceDetails(const QHash<QString, DeviceDetails> &details);
    const WorkOrder &workOrderAt(int row) const { return m_orders.at(row); }
    int rowOfDevice(const QString &deviceId) const;

    static QString windowText(const WorkOrder &order);
    // RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are prefixed with '.
    QString toCsv() const;
    // A printable document: title, generation time and the table.
    QString toHtml(const QString &title) const;

private:
    QString cellText(int row, int column) const;

    QList<WorkOrder> m_orders;
    QHash<QString, DeviceDetails> m_details;
};

} // namespace warden
