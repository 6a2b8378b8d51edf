#pragma once

#include "fleet/FleetTypes.h"
#include "rules/DryRunRange.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warden {

// The result of a rule's dry run as a table: when, which device, what the backend would have done (and whether a
// second operator would have had to approve it), and the event that triggered it. In the backend's order (event
// seq, then rule priority). Also the summary: the range the operator chose and how many cached events it held, events
// scanned with the seqs and times actually covered, whether the cap of DryRunRange::MaxEvents cut the range, whether
// the backend stopped listing hits — or, plainly, that nothing was cut.
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
    // rangeText ("the last hour") and span: the range chosen and what the cache held there; without rangeText the
    // summary speaks of the backend's seqs only.
    void setResult(const RuleDryRun &result, const QHash<QString, QString> &deviceNames,
                   const QString &rangeText = {}, const DryRunSpan &span = {});
    void clear();

    bool hasResult() const { return m_hasResult; }
    const RuleDryRun &result() const { return m_result; }
    // What the chosen range resolved to in the cache (empty span without a range).
    const DryRunSpan &span() const { return m_span; }
    const RuleHit &hitAt(int row) const { return m_result.hits.at(row); }
    // Distinct devices among the hits.
    int deviceCount() const { return m_deviceCount; }
    // "Range: the last hour — 10,000 cached events. Scanned 10,000 events (#1–#10,000, … to …): 4 actions on 3
    // devices. Complete: …" or what cut it; "" before a dry run.
    QString summary() const;
    static QString actionText(const RuleHit &hit);

private:
    RuleDryRun m_result;
    QString m_rangeText;
    DryRunSpan m_span;
    QHash<QString, QString> m_names;
    int m_deviceCount = 0;
    bool m_hasResult = false;
};

} // namespace warden
