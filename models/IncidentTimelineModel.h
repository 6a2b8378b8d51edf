#pragma once

#include "cache/PendingAction.h"
#include "domain/AuditEntry.h"
#include "domain/Incident.h"
#include "domain/ThreatEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace warden {

// The timeline of one incident, oldest first: the events that formed it, the operators' actions on it (from the
// backend's audit trail), its notes, and notes written offline that wait to be sent. build() merges the sources;
// the model only shows the result.
class IncidentTimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTimelineModel)
public:
    enum Column { TimeColumn, KindColumn, WhoColumn, WhatColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KindRole, SeverityRole };

    enum class Kind { Event, Action, Note, PendingNote };
    struct Entry {
        QDateTime time;
        Kind kind = Kind::Event;
        QString who;  // device for events, operator (or rule) otherwise
        QString what; // one line
        Severity severity = Severity::Indeterminate; // events only
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit IncidentTimelineModel(QObject *parent = nullptr);

    // Events and audit entries may contain unrelated items: only the incident's seqs and entries targeting its
    // id are taken. Offline notes are those of the journal kind "incident.note" for this incident, not yet sent.
    static QList<Entry> build(const Incident &incident, const QList<ThreatEvent> &events,
                              const QList<AuditEntry> &actions, const QList<PendingAction> &journal);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    static QString kindLabel(Kind kind);

private:
    QList<Entry> m_entries;
};

} // namespace warden
