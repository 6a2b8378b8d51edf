#pragma once

#include "fleet/FleetError.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace warden {

// What the pending-actions dialog asks of the backends' offline journals: whether a backend is reachable again,
// and to send or drop one journal entry the operator decided on. Implemented in app/ over each session's journal, so
// the dialog never sees a session. Replies run on the context's thread.
class PendingActionHandler {
public:
    virtual ~PendingActionHandler() = default;
    virtual bool isOnline(const QString &backend) const = 0;
    virtual void confirmAndSend(const QString &backend, qint64 id, QObject *context,
                                std::function<void(FleetStatus)> done) = 0;
    virtual void discard(const QString &backend, qint64 id, QObject *context, std::function<void(Status)> done) = 0;
};

} // namespace warden
