#pragma once

#include "domain/DeviceCredential.h"
#include "domain/JoinRequest.h"
#include "fleet/FleetError.h"
#include "fleet/IdentityTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace warden {

// What the Identity page asks of the backend that owns a join request or a credential: admission decisions, bulk
// preauthorization, rotation, revocation and the technician's visit. Implemented in app/ over each backend session's
// API client, so the page never sees a session. Replies run on the context's thread and are dropped when the context
// is gone.
class IdentityActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~IdentityActions() = default;
    // Connected backends, first the one preauthorization goes to by default.
    virtual QStringList backends() const = 0;

    virtual void acceptJoinRequest(const QString &backend, const QString &id, const QStringList &licenceScopes,
                                   QObject *context, Reply<JoinRequest> done) = 0;
    virtual void rejectJoinRequest(const QString &backend, const QString &id, const QString &reason,
                                   QObject *context, Reply<JoinRequest> done) = 0;
    virtual void preauthorize(const QString &backend, const QList<PreauthorizeEntry> &entries, QObject *context,
                              Reply<PreauthorizeResult> done) = 0;
    virtual void rotateCredentials(const QString &backend, const QStringList &deviceIds, const QString &reason,
                                   QObject *context, Reply<QList<CredentialRotation>> done) = 0;
    virtual void revokeCredential(const QString &backend, const QString &deviceId, const QString &reason,
                                  QObject *context, Reply<DeviceCredential> done) = 0;
    virtual void credentialServiced(const QString &backend, const QString &deviceId, QObject *context,
                                    Reply<DeviceCredential> done) = 0;
};

} // namespace warden
