#include "DeviceRegisterModel.h"

#include "SeverityPalette.h"

#include <QColor>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>
#include <numeric>

namespace warden {

DeviceRegisterModel::DeviceRegisterModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<ViewOrder>::finished, this, &DeviceRegisterModel::applyViewOrder);
}

DeviceRegisterModel::~DeviceRegisterModel()
{
    m_watcher.waitForFinished();
}

RegisterField DeviceRegisterModel::fieldOf(int column)
{
    switch (Column(column)) {
    case BackendColumn: return RegisterField::Backend;
    case IdColumn: return RegisterField::Id;
    case NameColumn: return RegisterField::Name;
    case ClassColumn: return RegisterField::Class;
    case VendorColumn: return RegisterField::Vendor;
    case ModelColumn: return RegisterField::Model;
    case FirmwareColumn: return RegisterField::Firmware;
    case SiteColumn: return RegisterField::Site;
    case GatewayColumn: return RegisterField::Gateway;
    case SegmentColumn: return RegisterField::Segment;
    case OwnerColumn: return RegisterField::Owner;
    case StatusColumn: return RegisterField::Status;
    case RiskColumn: return RegisterField::Risk;
    case LastSeenColumn: return RegisterField::LastSeen;
    case QuarantineColumn: return RegisterField::Quarantine;
    case SafetyColumn: return RegisterField::SafetyCritical;
    case ColumnCount: break;
    }
    return RegisterField::Id;
}

int DeviceRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int DeviceRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceRegisterModel::displayText(qsizetype tableRow, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case SiteColumn: {
        const QString siteId = m_table.text(tableRow, RegisterField::Site);
        return m_siteNames.value(siteId, siteId);
    }
    case OwnerColumn: {
        const QString ref = m_table.text(tableRow, RegisterField::Owner);
        if (ref.isEmpty())
            return {};
        if (!m_ownersVisible)
            return tr("•••• (personal data)");
        return m_ownerNames.value(ref, ref);
    }
    case StatusColumn:
        switch (m_table.status(tableRow)) {
        case DeviceStatus::Online: return tr("Online");
        case DeviceStatus::Offline: return tr("Offline");
        case DeviceStatus::Degraded: return tr("Degraded");
        case DeviceStatus::Disabled: return tr("Disabled");
        }
        return {};
    case RiskColumn: return locale.toString(m_table.risk(tableRow));
    case LastSeenColumn: {
        const qint64 ms = m_table.lastSeenMs(tableRow);
        return ms ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat) : tr("never");
    }
    case QuarantineColumn:
        switch (m_table.quarantine(tableRow)) {
        case QuarantineLevel::None: return {};
        case QuarantineLevel::Isolate: return tr("Isolated");
        case QuarantineLevel::Disable: return tr("Disabled");
        case QuarantineLevel::RevokeCredentials: return tr("Credentials revoked");
        }
        return {};
    case SafetyColumn: return m_table.safetyCritical(tableRow) ? tr("Safety-critical") : QString();
    default: return m_table.text(tableRow, fieldOf(column));
    }
}

QVariant DeviceRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype tableRow = m_view.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(tableRow, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OwnerColumn && !m_ownersVisible)
            return tr("Owner names are personal data; your role does not allow showing them.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == RiskColumn) {
            const int risk = m_table.risk(tableRow);
            if (risk >= 80)
                return Palette::severity(Severity::Critical);
            if (risk >= 60)
                return Palette::severity(Severity::Major);
        }
        if (index.column() == QuarantineColumn)
            return Palette::quarantined();
        if (index.column() == StatusColumn && m_table.status(tableRow) != DeviceStatus::Online)
            return Palette::offline();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RiskColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        if (index.column() == RiskColumn)
            return m_table.risk(tableRow);
        if (index.column() == LastSeenColumn)
            return m_table.lastSeenMs(tableRow);
        return m_table.text(tableRow, fieldOf(index.column()));
    case BackendRole: return m_table.backend(tableRow);
    case DeviceIdRole: return m_table.id(tableRow);
    case TableRowRole: return qlonglong(tableRow);
    default: return {};
    }
}

QVariant DeviceRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BackendColumn: return tr("Backend");
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case ClassColumn: return tr("Class");
    case VendorColumn: return tr("Vendor");
    case ModelColumn: return tr("Model");
    case FirmwareColumn: return tr("Firmware");
    case SiteColumn: return tr("Site");
    case GatewayColumn: return tr("Gateway");
    case SegmentColumn: return tr("Segment");
    case OwnerColumn: return tr("Owner");
    case StatusColumn: return tr("Status");
    case RiskColumn: return tr("Risk");
    case LastSeenColumn: return tr("Last seen");
    case QuarantineColumn: return tr("Quarantine");
    case SafetyColumn: return tr("Safety");
    case ColumnCount: break;
    }
    return {};
}

void DeviceRegisterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    scheduleRecompute();
}

void DeviceRegisterModel::setFilter(RowPredicate predicate)
{
    m_filter = std::move(predicate);
    m_expressionFilter.reset();
    scheduleRecompute();
}

void DeviceRegisterModel::setFilterExpression(const FilterExpression &expression)
{
    m_filter = {};
    m_expressionFilter = expression.isEmpty() ? nullptr : std::make_shared<const RegisterFilter>(expression, m_siteNames);
    scheduleRecompute();
}

void DeviceRegisterModel::setSiteNames(const QHash<QString, QString> &siteNames)
{
    m_siteNames = siteNames;
    if (!m_view.isEmpty())
        emit dataChanged(index(0, SiteColumn), index(rowCount() - 1, SiteColumn), {Qt::DisplayRole});
}

void DeviceRegisterModel::setOwnerNames(const QHash<QString, QString> &ownerNames, bool visible)
{
    m_ownerNames = ownerNames;
    m_ownersVisible = visible;
    if (!m_view.isEmpty())
        emit dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

void DeviceRegisterModel::upsertDevices(const QString &backend, const QList<Device> &devices)
{
    if (devices.isEmpty())
        return;
    if (!m_backends.contains(backend))
        m_backends.append(backend);
    const qsizetype before = m_table.rowCount();
    if (devices.size() > 1024) // a bulk load: grow every column once
        m_table.reserve(before + devices.size());
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (const Device &device : devices) {
        const qsizetype tableRow = m_table.upsert(backend, device);
        if (tableRow < before) {
            const int viewRow = m_viewRowOfTable.value(tableRow, -1);
            if (viewRow >= 0) {
                firstChanged = std::min(firstChanged, viewRow);
                lastChanged = std::max(lastChanged, viewRow);
            }
        }
    }
    tableGrew(before, firstChanged, lastChanged);
}

void DeviceRegisterModel::mergeTable(DeviceTable table)
{
    if (table.rowCount() == 0)
        return;
    const QStringList backends = table.backends();
    for (const QString &backend : backends)
        if (!m_backends.contains(backend))
            m_backends.append(backend);
    const qsizetype before = m_table.rowCount();
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    if (before == 0) {
        m_table = std::move(table); // the common first load: nothing to look up
    } else {
        m_table.merge(table, [&](qsizetype tableRow) {
            const int viewRow = m_viewRowOfTable.value(tableRow, -1);
            if (viewRow >= 0) {
                firstChanged = std::min(firstChanged, viewRow);
                lastChanged = std::max(lastChanged, viewRow);
            }
        });
    }
    tableGrew(before, firstChanged, lastChanged);
}

void DeviceRegisterModel::tableGrew(qsizetype before, int firstChanged, int lastChanged)
{
    // One coalesced dataChanged over the touched span (most batches touch few rows), one insert for new rows.
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    const qsizetype added = m_table.rowCount() - before;
    emit tableChanged();
    if (added > 0) {
        m_viewRowOfTable.resize(m_table.rowCount(), -1);
        if (!isFiltered() && m_sortColumn < 0 && !m_watcher.isRunning()) {
            beginInsertRows({}, int(m_view.size()), int(m_view.size() + added - 1));
            m_view.reserve(m_view.size() + added);
            for (qsizetype row = before; row < m_table.rowCount(); ++row) {
                m_viewRowOfTable[row] = qint32(m_view.size());
                m_view.append(quint32(row));
            }
            endInsertRows();
            return;
        }
    }
    // Sorted or filtered views place changed and new rows through a recomputation off the UI thread.
    if (added > 0 || (lastChanged >= 0 && (isFiltered() || m_sortColumn >= 0)))
        scheduleRecompute();
}

void DeviceRegisterModel::scheduleRecompute()
{
    if (m_watcher.isRunning()) {
        m_recomputeQueued = true;
        return;
    }
    m_recomputeQueued = false;
    const DeviceTable snapshot = m_table;
    const RowPredicate filter = m_filter;
    const std::shared_ptr<const RegisterFilter> expressionFilter = m_expressionFilter;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const quint64 generation = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run([snapshot, filter, expressionFilter, column, descending, generation] {
        ViewOrder order;
        order.generation = generation;
        QList<quint32> rows;
        if (column >= 0) {
            rows = snapshot.sortedRows(fieldOf(column), descending);
        } else {
            rows.resize(snapshot.rowCount());
            std::iota(rows.begin(), rows.end(), 0U);
        }
        if (expressionFilter) {
            order.rows = expressionFilter->select(snapshot, rows);
        } else if (filter) {
            order.rows.reserve(rows.size());
            for (quint32 row : std::as_const(rows))
                if (filter(snapshot, row))
                    order.rows.append(row);
        } else {
            order.rows = std::move(rows);
        }
        return order;
    }));
    emit busyChanged(true);
}

void DeviceRegisterModel::applyViewOrder()
{
    if (m_watcher.future().resultCount() == 0 || m_watcher.result().generation == m_appliedGeneration)
        return; // already applied by waitForIdle()
    ViewOrder order = m_watcher.result();
    m_appliedGeneration = order.generation;
    // Persistent indexes are collected after layoutAboutToBeChanged: views (and QAbstractItemModelTester) create
    // some in answer to it, and those must follow the new order too.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<std::pair<quint32, int>> persistentRows; // table row and column of each persistent index
    persistentRows.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentRows.append({m_view.at(index.row()), index.column()});

    // Rows added after the snapshot was taken stay out until the queued recomputation places them.
    m_view = std::move(order.rows);
    rebuildInverse();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const auto &[tableRow, column] : std::as_const(persistentRows)) {
        const qint32 viewRow = m_viewRowOfTable.value(tableRow, -1);
        to.append(viewRow >= 0 ? createIndex(viewRow, column) : QModelIndex());
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit viewChanged();

    if (m_recomputeQueued)
        scheduleRecompute();
    else
        emit busyChanged(false);
}

void DeviceRegisterModel::rebuildInverse()
{
    m_viewRowOfTable.fill(-1, m_table.rowCount());
    for (qsizetype viewRow = 0; viewRow < m_view.size(); ++viewRow)
        m_viewRowOfTable[m_view.at(viewRow)] = qint32(viewRow);
}

Device DeviceRegisterModel::deviceAt(int viewRow) const
{
    return m_table.device(m_view.at(viewRow));
}

QModelIndex DeviceRegisterModel::indexOfDevice(const QString &backend, const QString &deviceId, int column) const
{
    const auto tableRow = m_table.rowOf(backend, deviceId);
    if (!tableRow)
        return {};
    const qint32 viewRow = m_viewRowOfTable.value(*tableRow, -1);
    return viewRow >= 0 ? index(viewRow, column) : QModelIndex();
}

void DeviceRegisterModel::waitForIdle()
{
    // finished() arrives through the event loop; applying here lets callers see the result at once, and
    // applyViewOrder() ignores the late signal for a generation it already applied.
    while (m_watcher.isRunning() || m_recomputeQueued || (m_watcher.future().resultCount() > 0
                                                          && m_watcher.result().generation != m_appliedGeneration)) {
        m_watcher.waitForFinished();
        applyViewOrder();
    }
}

} // namespace warden
