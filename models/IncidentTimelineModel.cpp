#include "IncidentTimelineModel.h"

#include "IncidentListModel.h"
#include "SeverityPalette.h"
#include "ThreatFeedModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

IncidentTimelineModel::IncidentTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

QString IncidentTimelineModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Event: return tr("Event");
    case Kind::Action: return tr("Action");
    case Kind::Note: return tr("Note");
    case Kind::PendingNote: break;
    }
    return tr("Note (not sent yet)");
}

namespace {

QString describeAction(const AuditEntry &entry)
{
    const QString verb = entry.action.section(u'.', 1);
    if (verb == u"acknowledge")
        return IncidentTimelineModel::tr("Acknowledged");
    if (verb == u"assign")
        return IncidentTimelineModel::tr("Assigned to %1").arg(entry.details.value(u"assignee"_s).toString());
    if (verb == u"state") {
        const auto state = enumFromString<IncidentState>(entry.details.value(u"state"_s).toString());
        return IncidentTimelineModel::tr("State changed to %1")
            .arg(state ? incidentStateLabel(*state) : entry.details.value(u"state"_s).toString());
    }
    if (verb == u"raise_severity") {
        const auto severity = enumFromString<Severity>(entry.details.value(u"to"_s).toString());
        return IncidentTimelineModel::tr("Severity raised to %1")
            .arg(severity ? severityLabel(*severity) : entry.details.value(u"to"_s).toString());
    }
    return entry.action;
}

} // namespace

QList<IncidentTimelineModel::Entry> IncidentTimelineModel::build(const Incident &incident,
                                                                 const QList<ThreatEvent> &events,
                                                                 const QList<AuditEntry> &actions,
                                                                 const QList<PendingAction> &journal)
{
    QList<Entry> entries;
    const QSet<qint64> seqs(incident.eventSeqs.cbegin(), incident.eventSeqs.cend());
    QSet<qint64> seen;
    for (const ThreatEvent &event : events) {
        if (!seqs.contains(event.seq) || seen.contains(event.seq))
            continue;
        seen.insert(event.seq);
        QString what = threatTypeLabel(event.type);
        if (!event.source.isEmpty() || !event.destination.isEmpty())
            what = tr("%1: %2 → %3").arg(what, event.source, event.destination);
        entries.append(Entry{event.time, Kind::Event, event.deviceId, what, event.severity});
    }
    for (const AuditEntry &action : actions) {
        // Notes are shown with their text (below); their audit entry would only repeat them.
        if (action.target != incident.id || !action.action.startsWith(u"incident.")
            || action.action == u"incident.note")
            continue;
        entries.append(Entry{action.time, Kind::Action, action.actor, describeAction(action), Severity::Indeterminate});
    }
    for (const IncidentNote &note : incident.notes)
        entries.append(Entry{note.time, Kind::Note, note.author, note.text, Severity::Indeterminate});
    for (const PendingAction &pending : journal) {
        if (pending.kind != u"incident.note" || pending.state != PendingActionState::PendingConfirmation
            || pending.payload.value(u"incident_id"_s).toString() != incident.id)
            continue;
        QDateTime written = QDateTime::fromString(pending.payload.value(u"written_at"_s).toString(), Qt::ISODateWithMs);
        if (!written.isValid())
            written = pending.created;
        entries.append(Entry{written, Kind::PendingNote, tr("you"), pending.payload.value(u"text"_s).toString(),
                             Severity::Indeterminate});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.time < b.time; });
    return entries;
}

int IncidentTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IncidentTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return int(entry.kind);
    case SeverityRole:
        return int(entry.severity);
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn: return entry.time.toMSecsSinceEpoch();
        case KindColumn: return int(entry.kind);
        case WhoColumn: return entry.who;
        case WhatColumn: return entry.what;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(entry.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case KindColumn:
            return entry.kind == Kind::Event ? tr("%1 event").arg(severityLabel(entry.severity))
                                             : kindLabel(entry.kind);
        case WhoColumn: return entry.who;
        case WhatColumn: return entry.what;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == WhatColumn)
            return entry.what;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == KindColumn && entry.kind == Kind::Event)
            return Palette::severity(entry.severity);
        if (entry.kind == Kind::PendingNote)
            return Palette::severity(Severity::Indeterminate);
        return {};
    default:
        return {};
    }
}

QVariant IncidentTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    default: return {};
    }
}

void IncidentTimelineModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

} // namespace warden
