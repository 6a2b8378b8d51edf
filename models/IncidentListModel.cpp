#include "IncidentListModel.h"

#include "SeverityPalette.h"
#include "ThreatFeedModel.h"

#include <QFont>
#include <QLocale>

namespace warden {

namespace {
constexpr int AgeRefreshMs = 30'000;
}

QString incidentStateLabel(IncidentState state)
{
    switch (state) {
    case IncidentState::New: return IncidentListModel::tr("New");
    case IncidentState::Acknowledged: return IncidentListModel::tr("Acknowledged");
    case IncidentState::Investigating: return IncidentListModel::tr("Investigating");
    case IncidentState::Contained: return IncidentListModel::tr("Contained");
    case IncidentState::Resolved: break;
    }
    return IncidentListModel::tr("Resolved");
}

IncidentListModel::IncidentListModel(QObject *parent, TimeSource now)
    : QAbstractTableModel(parent),
      m_now(now ? std::move(now) : TimeSource([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_ageTimer.setInterval(AgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn), {Qt::DisplayRole});
    });
    m_ageTimer.start();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentListModel::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

QString IncidentListModel::devicesText(const Row &row)
{
    const QStringList &ids = row.incident.deviceIds;
    if (ids.isEmpty())
        return tr("—");
    const QString first = !row.deviceNames.isEmpty() && !row.deviceNames.first().isEmpty() ? row.deviceNames.first()
                                                                                            : ids.first();
    if (ids.size() == 1)
        return first;
    return tr("%1 +%2").arg(first).arg(ids.size() - 1);
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Incident &incident = row.incident;
    switch (role) {
    case SeverityRole:
        return int(incident.severity);
    case StateRole:
        return int(incident.state);
    case BackendRole:
        return row.backend;
    case IdRole:
        return incident.id;
    case OpenRole:
        return incident.state != IncidentState::Resolved;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeverityColumn: return severityLabel(incident.severity);
        case TitleColumn: return incident.title;
        case StateColumn: return incidentStateLabel(incident.state);
        case AssigneeColumn: return incident.assignee.isEmpty() ? tr("Unassigned") : incident.assignee;
        case DevicesColumn: return devicesText(row);
        case SiteColumn: return row.siteName.isEmpty() ? incident.siteId : row.siteName;
        case AgeColumn: return ageText(std::max<qint64>(0, incident.opened.secsTo(m_now())));
        case UpdatedColumn:
            return incident.updated.isValid() ? ageText(std::max<qint64>(0, incident.updated.secsTo(m_now())))
                                              : QString();
        case BackendColumn: return row.backend;
        default: return {};
        }
    }
    if (role == RawValueRole) {
        switch (column) {
        case SeverityColumn: return int(incident.severity);
        case TitleColumn: return incident.title;
        case StateColumn: return int(incident.state);
        case AssigneeColumn: return incident.assignee;
        case DevicesColumn: return int(incident.deviceIds.size());
        case SiteColumn: return row.siteName.isEmpty() ? incident.siteId : row.siteName;
        // Ascending age = youngest first: the age grows as the open time falls.
        case AgeColumn: return -incident.opened.toMSecsSinceEpoch();
        case UpdatedColumn: return incident.updated.isValid() ? incident.updated.toMSecsSinceEpoch() : qint64(0);
        case BackendColumn: return row.backend;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && column == SeverityColumn)
        return Palette::severity(incident.severity);
    if (role == Qt::ToolTipRole) {
        if (column == AgeColumn || column == UpdatedColumn) {
            const QDateTime time = column == AgeColumn ? incident.opened : incident.updated;
            // The time in the operator's zone, with the offset on hover (UI.md "Text").
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        if (column == DevicesColumn)
            return incident.deviceIds.join(QStringLiteral(", "));
        if (column == TitleColumn)
            return incident.id;
    }
    if (role == Qt::AccessibleTextRole && column == SeverityColumn)
        return tr("Severity %1").arg(severityLabel(incident.severity));
    if (role == Qt::FontRole && column == StateColumn && incident.state == IncidentState::New) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Incident");
    case StateColumn: return tr("State");
    case AssigneeColumn: return tr("Assignee");
    case DevicesColumn: return tr("Devices");
    case SiteColumn: return tr("Site");
    case AgeColumn: return tr("Opened");
    case UpdatedColumn: return tr("Updated");
    case BackendColumn: return tr("Backend");
    default: return {};
    }
}

void IncidentListModel::setIncidents(const QString &backend, QList<Row> rows)
{
    QHash<QString, qsizetype> incoming;
    incoming.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].backend = backend;
        incoming.insert(rows.at(i).incident.id, i);
    }

    // Remove vanished rows in contiguous runs, from the back so earlier indexes stay valid.
    int last = int(m_rows.size()) - 1;
    while (last >= 0) {
        const auto gone = [&](int r) {
            return m_rows.at(r).backend == backend && !incoming.contains(m_rows.at(r).incident.id);
        };
        if (!gone(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    rebuildIndex();

    // Update the rows that stay; one dataChanged over the changed range.
    int changedFirst = -1;
    int changedLast = -1;
    QList<bool> placed(rows.size(), false);
    for (int r = 0; r < int(m_rows.size()); ++r) {
        if (m_rows.at(r).backend != backend)
            continue;
        const qsizetype from = incoming.value(m_rows.at(r).incident.id, -1);
        if (from < 0)
            continue;
        placed[from] = true;
        if (m_rows.at(r) == rows.at(from))
            continue;
        m_rows[r] = rows.at(from);
        changedFirst = changedFirst < 0 ? r : changedFirst;
        changedLast = r;
    }
    if (changedFirst >= 0)
        emit dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));

    QList<Row> added;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // A duplicate id in the input is placed once (the last one wins through the hash).
        if (!placed.at(i) && incoming.value(rows.at(i).incident.id) == i)
            added.append(std::move(rows[i]));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
        rebuildIndex();
    }
    emit incidentsChanged();
}

void IncidentListModel::updateIncident(const QString &backend, const Incident &incident)
{
    const int row = rowOf(backend, incident.id);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        Row added;
        added.backend = backend;
        added.incident = incident;
        m_rows.append(added);
        endInsertRows();
        rebuildIndex();
    } else {
        if (m_rows.at(row).incident == incident)
            return;
        Row &existing = m_rows[row];
        if (existing.incident.state == IncidentState::New && incident.state != IncidentState::New
            && !existing.acknowledged.isValid())
            existing.acknowledged = incident.updated;
        if (incident.state == IncidentState::Resolved && existing.incident.state != IncidentState::Resolved)
            existing.resolved = incident.updated;
        existing.incident = incident;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit incidentsChanged();
}

int IncidentListModel::rowOf(const QString &backend, const QString &id) const
{
    return m_index.value(keyOf(backend, id), -1);
}

QModelIndex IncidentListModel::indexOf(const QString &backend, const QString &id, int column) const
{
    const int row = rowOf(backend, id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void IncidentListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int r = 0; r < int(m_rows.size()); ++r)
        m_index.insert(keyOf(m_rows.at(r).backend, m_rows.at(r).incident.id), r);
}

} // namespace warden
