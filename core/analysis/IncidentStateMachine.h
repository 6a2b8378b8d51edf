#pragma once

#include "domain/Incident.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace warden {

// The legal life cycle of an incident: new -> acknowledged -> investigating -> contained -> resolved.
//   - Forward moves may skip steps (new -> investigating, acknowledged -> resolved, new -> resolved for a false
//     positive): the workflow documents what happened, it does not force busywork.
//   - One step back is allowed only from contained to investigating ("containment did not hold").
//   - Resolving requires a resolution note; it becomes Incident::resolution.
//   - A resolved incident is final except for reopening: resolved -> investigating with a reason note. Reopening
//     clears the resolution (the old one stays in the notes).
//   - Moving to the state the incident is already in is an error, so double clicks and replays are visible.
// A note given with any transition is appended to the incident's notes. Used by fleetd for
// POST /incidents/{id}/state (illegal transitions -> 409 with the message) and by the console to offer only legal
// next states. Stateless.
class IncidentStateMachine {
public:
    static bool canTransition(IncidentState from, IncidentState to);
    // Legal targets from a state, in workflow order (for menus).
    static QList<IncidentState> nextStates(IncidentState from);
    // Whether moving to `to` from `from` needs a non-empty note (resolving, reopening).
    static bool requiresNote(IncidentState from, IncidentState to);

    // Checks a transition with its note; the message says why it is not allowed and what is.
    static Status check(IncidentState from, IncidentState to, const QString &note);

    // Checks, then applies: state, updated = time, resolution, and the note (if any) appended with author/time.
    static Status apply(Incident &incident, IncidentState to, const QString &note, const QString &author,
                        const QDateTime &time);
    // Same as apply(incident, Investigating, reason, …) for a resolved incident, with a clearer error otherwise.
    static Status reopen(Incident &incident, const QString &reason, const QString &author, const QDateTime &time);
};

} // namespace warden
