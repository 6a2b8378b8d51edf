#include "analysis/IncidentStateMachine.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

int step(IncidentState state)
{
    return static_cast<int>(state);
}

QString nameList(const QList<IncidentState> &states)
{
    QStringList names;
    for (const IncidentState state : states)
        names.append(toString(state));
    return names.join(u", "_s);
}

} // namespace

bool IncidentStateMachine::canTransition(IncidentState from, IncidentState to)
{
    if (from == IncidentState::Resolved)
        return to == IncidentState::Investigating;
    if (from == IncidentState::Contained && to == IncidentState::Investigating)
        return true;
    return step(to) > step(from);
}

QList<IncidentState> IncidentStateMachine::nextStates(IncidentState from)
{
    QList<IncidentState> states;
    for (const IncidentState to : enumValues<IncidentState>()) {
        if (canTransition(from, to))
            states.append(to);
    }
    return states;
}

bool IncidentStateMachine::requiresNote(IncidentState from, IncidentState to)
{
    return to == IncidentState::Resolved || (from == IncidentState::Resolved && to == IncidentState::Investigating);
}

Status IncidentStateMachine::check(IncidentState from, IncidentState to, const QString &note)
{
    if (from == to)
        return Status::failure(u"The incident is already %1."_s.arg(toString(to)), u"state"_s);
    if (!canTransition(from, to)) {
        if (from == IncidentState::Resolved) {
            return Status::failure(u"A resolved incident cannot move to %1; reopen it (to investigating) with a "
                                   u"reason instead."_s.arg(toString(to)),
                                   u"state"_s);
        }
        return Status::failure(u"An incident cannot go back from %1 to %2; from %1 it can move to %3."_s.arg(
                                   toString(from), toString(to), nameList(nextStates(from))),
                               u"state"_s);
    }
    if (requiresNote(from, to) && note.trimmed().isEmpty()) {
        return Status::failure(to == IncidentState::Resolved
                                   ? u"Resolving an incident needs a resolution note saying what was done."_s
                                   : u"Reopening a resolved incident needs a note saying why."_s,
                               u"note"_s);
    }
    return Status::success();
}

Status IncidentStateMachine::apply(Incident &incident, IncidentState to, const QString &note, const QString &author,
                                   const QDateTime &time)
{
    const IncidentState from = incident.state;
    if (Status status = check(from, to, note); !status)
        return status;
    const QString text = note.trimmed();
    incident.state = to;
    incident.updated = time;
    if (to == IncidentState::Resolved)
        incident.resolution = text;
    else if (from == IncidentState::Resolved)
        incident.resolution.clear();
    if (!text.isEmpty())
        incident.notes.append(IncidentNote{time, author, text});
    return Status::success();
}

Status IncidentStateMachine::reopen(Incident &incident, const QString &reason, const QString &author,
                                    const QDateTime &time)
{
    if (incident.state != IncidentState::Resolved) {
        return Status::failure(u"Only a resolved incident can be reopened; this one is %1."_s.arg(
                                   toString(incident.state)),
                               u"state"_s);
    }
    return apply(incident, IncidentState::Investigating, reason, author, time);
}

} // namespace warden
