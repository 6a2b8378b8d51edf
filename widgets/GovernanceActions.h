#pragma once

#include "domain/Approval.h"
#include "domain/Device.h"
#include "domain/Licence.h"
#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

namespace warden {

// What the Licences and Quarantine pages ask of the backend that owns an object: licence decisions, quarantine and
// release, four-eyes decisions. Implemented in app/ over each backend session's API client, so widgets never see a
// session. Replies run on the context's thread and are dropped when the context is gone. Each action returns the
// console audit entry of the request it sent (the API client's hook records it), -1 when nothing was sent (not
// connected, kept pending while the backend is unreachable, or the audit could not be written).
class GovernanceActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~GovernanceActions() = default;
    // The logged-in operator of a backend (empty when unknown); decides which approvals are one's own.
    virtual QString operatorName(const QString &backend) const = 0;

    virtual qint64 approveLicence(const QString &backend, const QString &id, const QStringList &scopes,
                                  const QDateTime &expires, QObject *context, Reply<Licence> done) = 0;
    virtual qint64 denyLicence(const QString &backend, const QString &id, const QString &reason, QObject *context,
                               Reply<Licence> done) = 0;
    virtual qint64 revokeLicence(const QString &backend, const QString &id, const QString &reason, QObject *context,
                                 Reply<Licence> done) = 0;
    // expires: invalid = until released.
    virtual qint64 quarantineDevice(const QString &backend, const QString &id, QuarantineLevel level,
                                    const QString &reason, const QDateTime &expires, QObject *context,
                                    Reply<QuarantineOutcome> done) = 0;
    virtual qint64 releaseDevice(const QString &backend, const QString &id, const QString &reason, QObject *context,
                                 Reply<Device> done) = 0;
    virtual qint64 approveApproval(const QString &backend, const QString &id, const QString &reason, QObject *context,
                                   Reply<Approval> done) = 0;
    virtual qint64 denyApproval(const QString &backend, const QString &id, const QString &reason, QObject *context,
                                Reply<Approval> done) = 0;
};

} // namespace warden
