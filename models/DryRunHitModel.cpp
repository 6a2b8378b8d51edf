#include "DryRunHitModel.h"

#include "QuarantineListModel.h"
#include "SeverityPalette.h"

#include <QBrush>
#include <QLocale>
#include <QSet>

namespace warden {

using namespace Qt::Literals::StringLiterals;

DryRunHitModel::DryRunHitModel(QObject *parent) : QAbstractTableModel(parent) {}

int DryRunHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

int DryRunHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DryRunHitModel::setResult(const RuleDryRun &result, const QHash<QString, QString> &deviceNames)
{
    beginResetModel();
    m_result = result;
    m_names = deviceNames;
    QSet<QString> devices;
    for (const RuleHit &hit : std::as_const(m_result.hits))
        devices.insert(hit.deviceId);
    m_deviceCount = int(devices.size());
    m_hasResult = true;
    endResetModel();
}

void DryRunHitModel::clear()
{
    beginResetModel();
    m_result = {};
    m_names.clear();
    m_deviceCount = 0;
    m_hasResult = false;
    endResetModel();
}

QString DryRunHitModel::actionText(const RuleHit &hit)
{
    switch (hit.action) {
    case RuleActionKind::Quarantine:
        return hit.needsApproval
                   ? tr("quarantine: %1 — safety-critical, waits for a second operator")
                         .arg(QuarantineListModel::levelText(hit.level))
                   : tr("quarantine: %1").arg(QuarantineListModel::levelText(hit.level));
    case RuleActionKind::RevokeLicence:
        return tr("revoke its licences");
    case RuleActionKind::RaiseSeverity:
        return tr("raise the incident's severity");
    case RuleActionKind::Notify:
        return tr("notify");
    }
    return {};
}

QString DryRunHitModel::summary() const
{
    if (!m_hasResult)
        return {};
    const QLocale locale;
    QString text;
    if (m_result.eventsScanned == 0)
        text = tr("No stored events to scan yet.");
    else
        text = tr("Scanned %Ln event(s) (#%1–#%2): ", nullptr, int(std::min<qint64>(m_result.eventsScanned, INT_MAX)))
                   .arg(locale.toString(m_result.fromSeq), locale.toString(m_result.toSeq))
               + (m_result.hits.isEmpty()
                      ? tr("the rule would not have acted.")
                      : tr("%1 on %2.")
                            .arg(tr("%Ln action(s)", nullptr, int(m_result.hits.size())),
                                 tr("%Ln device(s)", nullptr, m_deviceCount)));
    if (m_result.truncated)
        text += u' ' + tr("The backend stopped listing at %1 hits: the rule would have done more.")
                           .arg(locale.toString(m_result.hits.size()));
    return text;
}

QVariant DryRunHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleHit &hit = m_result.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(hit.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case DeviceColumn: {
            const QString name = m_names.value(hit.deviceId);
            return name.isEmpty() || name == hit.deviceId ? hit.deviceId : tr("%1 (%2)").arg(name, hit.deviceId);
        }
        case ActionColumn:
            return actionText(hit);
        case EventColumn:
            return QLocale().toString(hit.seq);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return hit.time;
        case DeviceColumn:
            return hit.deviceId;
        case ActionColumn:
            return int(hit.action);
        case EventColumn:
            return hit.seq;
        }
        return {};
    case DeviceIdRole:
        return hit.deviceId;
    case NeedsApprovalRole:
        return hit.needsApproval;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(hit.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz t"_s);
        if (index.column() == ActionColumn && hit.needsApproval)
            return tr("The device is safety-critical: the rule files a quarantine request that a second operator "
                      "must approve; it never isolates such a device by itself.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ActionColumn && hit.action == RuleActionKind::Quarantine)
            return QBrush(hit.needsApproval ? Palette::severity(Severity::Major) : Palette::quarantined());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EventColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DryRunHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DeviceColumn:
        return tr("Device");
    case ActionColumn:
        return tr("Would have");
    case EventColumn:
        return tr("Event #");
    }
    return {};
}

} // namespace warden
