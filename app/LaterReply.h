#pragma once

#include "fleet/FleetError.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace warden {

// Answers an action with an error the way the network would: later, from the event loop, never inside the caller's
// stack (callers update their UI after sending, and a reply arriving first would be overwritten). Nothing is
// answered once the context is gone, like a cancelled request.
template <typename T>
void replyLater(QObject *context, std::function<void(FleetResult<T>)> done, const FleetError &error)
{
    QTimer::singleShot(0, context, [done = std::move(done), error] {
        if (done)
            done(FleetResult<T>(error));
    });
}

// The one answer every controller gives to an action aimed at a backend this console holds no session for.
inline FleetError notConnectedError(const QString &backend)
{
    return FleetError(FleetError::Kind::ServerUnreachable,
                      QCoreApplication::translate("BackendReplies",
                                                  "%1 is not connected to this console, so nothing was sent. Connect "
                                                  "to it and try again.")
                          .arg(backend));
}

// Replies "not connected" later and returns true when there is no session; returns false, doing nothing, otherwise.
template <typename T, typename Session>
bool replyIfNotConnected(const QString &backend, const Session *session, QObject *context,
                         std::function<void(FleetResult<T>)> &done)
{
    if (session)
        return false;
    replyLater<T>(context, std::move(done), notConnectedError(backend));
    return true;
}

} // namespace warden
