#pragma once

#include "IncidentTimelineModel.h"
#include "analysis/ImpactReport.h"
#include "domain/Incident.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace warden {

// How an incident action ended, as the page shows it inline (UI.md "Acting").
struct IncidentActionOutcome {
    enum class Kind { Succeeded, Queued, Failed };
    Kind kind = Kind::Failed;
    QString message;               // the backend's message on failure; what happens next when queued
    qint64 auditIndex = -1;        // the console audit entry of the request, -1 when it could not be written
    std::optional<Incident> incident; // the incident as the backend now has it (succeeded only)
};

// Everything the incident page shows about the selected incident besides the list row.
struct IncidentDetail {
    QList<IncidentTimelineModel::Entry> timeline;
    std::optional<ImpactReport> impact; // nullopt when the topology is not known yet
    QString error;                      // why the detail could not be read (cache trouble)
};

// What the incident page asks of the backend that owns an incident. Implemented in app/ over each backend
// session (API client, offline journal, console audit), so the page never sees a session. Replies run on the
// context's thread, later (never inside the call), and are dropped when the context is gone.
class IncidentActions {
public:
    using Reply = std::function<void(IncidentActionOutcome)>;

    virtual ~IncidentActions() = default;
    // The logged-in operator of a backend (empty when unknown).
    virtual QString operatorName(const QString &backend) const = 0;
    // Whether actions can reach the backend now; notes are kept locally while it is not.
    virtual bool isOnline(const QString &backend) const = 0;

    virtual void acknowledge(const QString &backend, const QString &id, QObject *context, Reply done) = 0;
    virtual void assign(const QString &backend, const QString &id, const QString &assignee, QObject *context,
                        Reply done) = 0;
    // Sent at once when online; otherwise kept in the offline journal and sent on reconnect (outcome Queued).
    virtual void addNote(const QString &backend, const QString &id, const QString &text, QObject *context,
                         Reply done) = 0;
    virtual void setState(const QString &backend, const QString &id, IncidentState state, const QString &note,
                          QObject *context, Reply done) = 0;
    // Timeline and impact of an incident, read from the backend's cache.
    virtual void loadDetail(const QString &backend, const Incident &incident, QObject *context,
                            std::function<void(IncidentDetail)> done) = 0;
};

} // namespace warden
