#include "DryRunHitModel.h"

#include "QuarantineListModel.h"
#include "SeverityPalette.h"

#include <QBrush>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <climits>

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

void DryRunHitModel::setResult(const RuleDryRun &result, const QHash<QString, QString> &deviceNames,
                               const QString &rangeText, const DryRunSpan &span)
{
    beginResetModel();
    m_result = result;
    m_names = deviceNames;
    m_rangeText = rangeText;
    m_span = span;
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
    m_rangeText.clear();
    m_span = {};
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
    const auto number = [&locale](qint64 value) { return locale.toString(value); };
    const auto time = [&locale](const QDateTime &value) {
        return locale.toString(value.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    };
    const bool ranged = !m_rangeText.isEmpty();
    if (ranged && m_span.isEmpty())
        return tr("No cached events in %1: nothing was scanned. Choose a longer range.").arg(m_rangeText);

    QStringList parts;
    if (ranged) {
        parts.append(tr("Range: %1 — %2.")
                         .arg(m_rangeText, tr("%Ln cached event(s)", nullptr,
                                              int(std::min<qint64>(m_span.eventsInWindow, INT_MAX)))));
    }
    if (m_result.eventsScanned == 0) {
        parts.append(tr("No stored events to scan yet."));
    } else {
        // The times are known where the backend scanned exactly the seqs the range resolved to.
        const bool timed = ranged && m_result.fromSeq == m_span.fromSeq && m_result.toSeq == m_span.toSeq
                           && m_span.firstTime.isValid() && m_span.lastTime.isValid();
        const QString covered = timed ? tr("#%1–#%2, %3 to %4")
                                            .arg(number(m_result.fromSeq), number(m_result.toSeq),
                                                 time(m_span.firstTime), time(m_span.lastTime))
                                      : tr("#%1–#%2").arg(number(m_result.fromSeq), number(m_result.toSeq));
        const int scanned = int(std::min<qint64>(m_result.eventsScanned, INT_MAX));
        parts.append(tr("Scanned %Ln event(s) (%1): ", nullptr, scanned).arg(covered)
                     + (m_result.hits.isEmpty() ? tr("the rule would not have acted.")
                                                : tr("%1 on %2.")
                                                      .arg(tr("%Ln action(s)", nullptr, int(m_result.hits.size())),
                                                           tr("%Ln device(s)", nullptr, m_deviceCount))));
    }
    bool cut = false;
    if (ranged && m_span.capped) {
        cut = true;
        parts.append(tr("Capped: a dry run covers at most %1 events, so only the newest were scanned; the range's "
                        "%2 older cached events (from %3) were not.")
                         .arg(number(DryRunRange::MaxEvents),
                              number(std::max<qint64>(0, m_span.eventsInWindow - m_span.eventsInSpan)),
                              time(m_span.windowFirstTime)));
    }
    if (ranged && m_result.fromSeq > m_span.fromSeq) {
        cut = true;
        parts.append(tr("The backend no longer keeps events before #%1; the range's events before it were not "
                        "scanned.")
                         .arg(number(m_result.fromSeq)));
    }
    if (m_result.truncated) {
        cut = true;
        parts.append(tr("The backend stopped listing at %1 hits: the rule would have done more.")
                         .arg(number(m_result.hits.size())));
    }
    if (ranged && !cut)
        parts.append(tr("Complete: every event in the range was scanned and every hit is listed."));
    return parts.join(u' ');
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
