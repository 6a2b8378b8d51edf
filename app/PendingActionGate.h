#pragma once

#include "fleet/BackendSession.h"
#include "fleet/FleetError.h"
#include "fleet/OfflineJournal.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace warden {

// Actions are never silently queued: when an operator acts on an object whose backend is unreachable, the action is
// written to that backend's offline journal and the caller is told plainly that nothing was sent and where to
// confirm it later (Fleet → Pending actions). Returns false, doing nothing, while the backend is reachable.
template <typename T>
bool keepPendingWhileOffline(BackendSession *session, const QString &kind, const QJsonObject &payload,
                             QObject *context, std::function<void(FleetResult<T>)> &done)
{
    if (!session || session->journal()->isOnline())
        return false;
    const QString backend = session->backendName();
    session->journal()->record(
        kind, payload, context, [done = std::move(done), backend](const Result<qint64> &kept) {
            const QString text =
                kept ? QCoreApplication::translate(
                           "PendingActionGate",
                           "%1 is unreachable, so nothing was sent. The action is kept as pending: confirm it under "
                           "Fleet → Pending actions once the backend is back.")
                           .arg(backend)
                     : QCoreApplication::translate("PendingActionGate",
                                                   "%1 is unreachable and the action could not be kept: %2")
                           .arg(backend, kept.errorMessage());
            done(FleetResult<T>(FleetError(FleetError::Kind::ServerUnreachable, text)));
        });
    return true;
}

} // namespace warden
