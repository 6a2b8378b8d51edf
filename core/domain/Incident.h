#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace warden {

struct IncidentNote {
    QDateTime time;
    QString author;
    QString text;

    // JSON: required time, author, text (non-empty, <= 64 KiB). JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<IncidentNote> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const IncidentNote &, const IncidentNote &) = default;
};

// Correlated events on one device or site with one attack type; severity is the highest of its events.
struct Incident {
    QString id;
    QString title;
    ThreatType type = ThreatType::PortScan;
    Severity severity = Severity::Indeterminate;
    IncidentState state = IncidentState::New;
    QString assignee;
    QString siteId;
    QStringList deviceIds;
    QList<qint64> eventSeqs;
    QList<IncidentNote> notes;
    QString resolution;
    QDateTime opened;
    QDateTime updated;

    // JSON: required id, title, type, severity, state, opened; optional assignee, site_id, resolution (default ""),
    // device_ids (default []), event_seqs (each >= 1, default []), notes (objects as IncidentNote; failures are
    // reported as "notes[i].field"), updated (omitted when invalid).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Incident> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Incident &, const Incident &) = default;
};

} // namespace warden
