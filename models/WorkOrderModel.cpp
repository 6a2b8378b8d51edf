#include "WorkOrderModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace warden {

namespace {
QString csvCell(QString text)
{
    // A leading =, +, - or @ makes spreadsheets evaluate the cell; device names come from the field.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

WorkOrderModel::WorkOrderModel(QObject *parent) : QAbstractTableModel(parent) {}

int WorkOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int WorkOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkOrderModel::windowText(const WorkOrder &order)
{
    const QString start = order.window.value(QStringLiteral("start")).toString();
    const QString end = order.window.value(QStringLiteral("end")).toString();
    if (start.isEmpty() || end.isEmpty())
        return tr("any time");
    if (start == end)
        return tr("all day");
    // A site's own window names the zone it is kept in.
    const QString zone = order.window.value(QStringLiteral("time_zone")).toString();
    if (!zone.isEmpty())
        return tr("%1–%2 %3").arg(start, end, zone);
    return tr("%1–%2 site time").arg(start, end);
}

QString WorkOrderModel::cellText(int row, int column) const
{
    const WorkOrder &order = m_orders.at(row);
    const DeviceDetails details = m_details.value(order.deviceId);
    switch (Column(column)) {
    case DeviceColumn: return order.deviceId;
    case NameColumn: return details.name;
    case SiteColumn: return details.site.isEmpty() ? order.siteId : details.site;
    case LocationColumn: return details.location;
    case OwnerColumn: return details.owner;
    case RequiredVersionColumn:
        return order.kind == WorkOrder::Kind::CredentialRotation ? tr("new certificate") : order.requiredVersion;
    case WindowColumn: return windowText(order);
    case CampaignColumn:
        return order.kind == WorkOrder::Kind::CredentialRotation ? tr("credential rotation") : order.campaignId;
    case ColumnCount: break;
    }
    return {};
}

QVariant WorkOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == DeviceIdRole)
        return m_orders.at(index.row()).deviceId;
    if (role == RawValueRole && index.column() == SiteColumn)
        return m_orders.at(index.row()).siteId;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    return cellText(index.row(), index.column());
}

QVariant WorkOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DeviceColumn: return tr("Device");
    case NameColumn: return tr("Name");
    case SiteColumn: return tr("Site");
    case LocationColumn: return tr("Location");
    case OwnerColumn: return tr("Owner");
    case RequiredVersionColumn: return tr("Required firmware");
    case WindowColumn: return tr("Window");
    case CampaignColumn: return tr("Campaign");
    case ColumnCount: break;
    }
    return {};
}

void WorkOrderModel::setWorkOrders(QList<WorkOrder> orders)
{
    std::sort(orders.begin(), orders.end(), [](const WorkOrder &a, const WorkOrder &b) {
        return a.siteId != b.siteId ? a.siteId < b.siteId : a.deviceId < b.deviceId;
    });
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

void WorkOrderModel::setDeviceDetails(const QHash<QString, DeviceDetails> &details)
{
    m_details = details;
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, RawValueRole});
}

int WorkOrderModel::rowOfDevice(const QString &deviceId) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).deviceId == deviceId)
            return row;
    }
    return -1;
}

QString WorkOrderModel::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(csvCell(headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(csvCell(cellText(row, column)));
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString WorkOrderModel::toHtml(const QString &title) const
{
    QString html = QStringLiteral("<html><body><h2>") + title.toHtmlEscaped() + QStringLiteral("</h2><p>")
                   + tr("%n device(s) need physical service. Generated %1.", nullptr, rowCount())
                         .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                         .toHtmlEscaped()
                   + QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (int column = 0; column < ColumnCount; ++column)
        html += QStringLiteral("<th align=\"left\">") + headerData(column, Qt::Horizontal).toString().toHtmlEscaped()
                + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (int row = 0; row < rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < ColumnCount; ++column)
            html += QStringLiteral("<td>") + cellText(row, column).toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

} // namespace warden
