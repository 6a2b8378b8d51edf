#pragma once

#include "fleet/FleetError.h"
#include "fleet/IdentityTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace warden {

// What the Operators tab asks of a backend: whether the logged-in operator may administer operators there, the list
// of operator accounts, and a reset of one operator's TOTP. Implemented in app/ over each backend session's API
// client (which audits the reset), so the tab never sees a session. Replies run on the context's thread.
class OperatorAdminActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~OperatorAdminActions() = default;
    // Connected backends, in the order they were attached.
    virtual QStringList operatorBackends() const = 0;
    // Empty when the operator logged in to backend holds the admin role; otherwise a sentence saying why not.
    virtual QString operatorAdminRefusal(const QString &backend) const = 0;
    virtual void listOperators(const QString &backend, QObject *context, Reply<QList<OperatorAccount>> done) = 0;
    virtual void resetOperatorTotp(const QString &backend, const QString &user, const QString &reason,
                                   QObject *context, Reply<TotpReset> done) = 0;
};

} // namespace warden
