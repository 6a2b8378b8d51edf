#pragma once

#include "fleet/BackendSession.h"
#include "fleet/FleetError.h"
#include "fleet/OfflineJournal.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace warden {

// How the gate answers: whether the journal kept the action, and a sentence for the operator saying so. Callers
// whose replies are not FleetResult<T> (e.g. the incident page's outcomes) adapt this to their own reply.
using PendingReply = std::function<void(bool kept, const QString &message)>;

// Actions are never silently queued: when an operator acts on an object whose backend is unreachable, the action is
// written to that backend's offline journal and the caller is told plainly that nothing was sent and where to
// confirm it later (Fleet → Pending actions). Returns false, doing nothing, while the backend is reachable. Nothing
// is audited here: nothing changed yet; the action is audited by the API client when the operator confirms it.
inline bool keepPendingWhileOffline(BackendSession *session, const QString &kind, const QJsonObject &payload,
                                    QObject *context, PendingReply reply)
{
    if (!session || session->journal()->isOnline())
        return false;
    const QString backend = session->backendName();
    session->journal()->record(
        kind, payload, context, [reply = std::move(reply), backend](const Result<qint64> &kept) {
            const QString text =
                kept ? QCoreApplication::translate(
                           "PendingActionGate",
                           "%1 is unreachable, so nothing was sent. The action is kept as pending: confirm it under "
                           "Fleet → Pending actions once the backend is back.")
                           .arg(backend)
                     : QCoreApplication::translate("PendingActionGate",
                                                   "%1 is unreachable and the action could not be kept: %2")
                           .arg(backend, kept.errorMessage());
            if (reply)
                reply(kept.ok(), text);
        });
    return true;
}

// The same for callers whose reply is a FleetResult<T>: the answer arrives as a ServerUnreachable error carrying
// the sentence. done is moved from only when the gate takes the action.
template <typename T>
bool keepPendingWhileOffline(BackendSession *session, const QString &kind, const QJsonObject &payload,
                             QObject *context, std::function<void(FleetResult<T>)> &done)
{
    if (!session || session->journal()->isOnline())
        return false;
    return keepPendingWhileOffline(session, kind, payload, context,
                                   PendingReply([done = std::move(done)](bool, const QString &message) {
                                       done(FleetResult<T>(FleetError(FleetError::Kind::ServerUnreachable, message)));
                                   }));
}

} // namespace warden
