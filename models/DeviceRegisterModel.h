#pragma once

#include "inventory/DeviceTable.h"
#include "inventory/RegisterFilter.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>

#include <functional>

namespace warden {

// The device register as a table: rows are a view order (sorted, filtered) over the shared DeviceTable.
// Sorting and filtering run on a worker thread over a snapshot and are swapped in with one layout change;
// updates arriving meanwhile are applied to the table at once and re-queued. Not responsible for parsing
// filter text (the page compiles it into a RowPredicate) nor for fetching data.
class DeviceRegisterModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceRegisterModel)
public:
    enum Column {
        BackendColumn,
        IdColumn,
        NameColumn,
        ClassColumn,
        VendorColumn,
        ModelColumn,
        FirmwareColumn,
        SiteColumn,
        GatewayColumn,
        SegmentColumn,
        OwnerColumn,
        StatusColumn,
        RiskColumn,
        LastSeenColumn,
        QuarantineColumn,
        SafetyColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, DeviceIdRole, TableRowRole };

    // Decides whether a table row is shown; evaluated on a worker thread over a snapshot.
    using RowPredicate = std::function<bool(const DeviceTable &, qsizetype row)>;

    explicit DeviceRegisterModel(QObject *parent = nullptr);
    ~DeviceRegisterModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void upsertDevices(const QString &backend, const QList<Device> &devices);
    // Adds or updates every row of a table built off the UI thread (DeviceTableLoader): swapped in as it is when the
    // register is empty, merged by (backend, id) otherwise, so rows, selection and the view order are kept.
    void mergeTable(DeviceTable table);
    void setFilter(RowPredicate predicate);
    // The register's filter bar: evaluated column-wise (RegisterFilter) against the site names known now; an empty
    // expression shows every device. Replaces any RowPredicate filter and vice versa.
    void setFilterExpression(const FilterExpression &expression);
    void setSiteNames(const QHash<QString, QString> &siteNames);
    // Owner names are personal data: shown only when the operator's role allows it.
    void setOwnerNames(const QHash<QString, QString> &ownerNames, bool visible);

    const DeviceTable &table() const { return m_table; }
    const QHash<QString, QString> &siteNames() const { return m_siteNames; }
    qsizetype totalCount() const { return m_table.rowCount(); }
    Device deviceAt(int viewRow) const;
    quint32 tableRowAt(int viewRow) const { return m_view.at(viewRow); }
    // The table rows in view order (what the view shows, sorted and filtered).
    const QList<quint32> &viewRows() const { return m_view; }
    // Backends that have devices in the register, in the order they first appeared.
    const QStringList &backends() const { return m_backends; }
    bool ownersVisible() const { return m_ownersVisible; }
    QModelIndex indexOfDevice(const QString &backend, const QString &deviceId, int column = 0) const;
    bool isBusy() const { return m_watcher.isRunning(); }
    // For tests and benches: blocks until the pending sort/filter has been swapped in.
    void waitForIdle();

signals:
    void busyChanged(bool busy);
    void viewChanged(); // the sorted/filtered order was swapped in
    // The underlying table gained or changed rows, whatever the view shows; counts over the whole register follow this.
    void tableChanged();

private:
    struct ViewOrder {
        QList<quint32> rows;
        quint64 generation = 0;
    };
    static RegisterField fieldOf(int column);
    void scheduleRecompute();
    void applyViewOrder();
    void rebuildInverse();
    // Shows rows added to the table since before and the changed view rows [firstChanged, lastChanged].
    void tableGrew(qsizetype before, int firstChanged, int lastChanged);
    bool isFiltered() const { return m_filter || m_expressionFilter; }
    QString displayText(qsizetype tableRow, int column) const;

    DeviceTable m_table;
    QList<quint32> m_view;            // view row -> table row
    QList<qint32> m_viewRowOfTable;   // table row -> view row, -1 when filtered out
    RowPredicate m_filter;
    std::shared_ptr<const RegisterFilter> m_expressionFilter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, QString> m_siteNames;
    QHash<QString, QString> m_ownerNames;
    bool m_ownersVisible = false;
    QStringList m_backends;
    quint64 m_generation = 0;
    quint64 m_appliedGeneration = 0;
    bool m_recomputeQueued = false;
    QFutureWatcher<ViewOrder> m_watcher;
};

} // namespace warden
