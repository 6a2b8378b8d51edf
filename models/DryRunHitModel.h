#pragma once

#include "fleet/FleetTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warden {

// The result of a rule's dry run as a table: when, which device, what the backend would have done (and whether a
// second operator would have had to approve it), and the event that triggered it. In the backend's order (event
// seq, then rule priority). Also the summary line: events scanned, range, devices hit, truncation.
// Not responsible for running the dry run.
class DryRunHitModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunHitModel)
public:
    enum Column { TimeColumn, DeviceColumn, ActionColumn, EventColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, DeviceIdRole, NeedsApprovalRole };

    explicit DryRunHitModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // deviceNames: device id -> name, for the devices the console knows (others show their id only).
    void setResult(const RuleDryRun &result, const QHash<QString, QString> &deviceNames);
    void clear();

    bool hasResult() const { return m_hasResult; }
    const RuleDryRun &result() const { return m_result; }
    const RuleHit &hitAt(int row) const { return m_result.hits.at(row); }
    // Distinct devices among the hits.
    int deviceCount() const { return m_deviceCount; }
    // "Scanned 10,000 events (#1–#10,000): 4 actions on 3 devices." plus truncation; "" before a dry run.
    QString summary() const;
    static QString actionText(const RuleHit &hit);

private:
    RuleDryRun m_result;
    QHash<QString, QString> m_names;
    int m_deviceCount = 0;
    bool m_hasResult = false;
};

} // namespace warden
