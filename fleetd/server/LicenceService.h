#pragma once

#include "FleetContext.h"
#include "domain/Licence.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace warden {

// Licence decisions: approve (with a subset of the requested scopes and an optional expiry), deny, revoke, and
// expiry in simulated time. Keeps the traffic simulation's view of what each device may use in step, so a device
// that uses a scope it holds no active licence for produces licence_violation events.
// Not responsible for the HTTP side (LicenceEndpoints).
class LicenceService {
    Q_DECLARE_TR_FUNCTIONS(LicenceService)

public:
    explicit LicenceService(FleetContext &context) : m_context(context) {}

    ApiResult<Licence> approve(const QString &id, const QStringList &scopes, qint64 expiresMs, const QString &actor);
    ApiResult<Licence> deny(const QString &id, const QString &reason, const QString &actor);
    ApiResult<Licence> revoke(const QString &id, const QString &reason, const QString &actor);
    // Revokes every active licence of a device inside a transaction (rule action revoke_licence).
    ApiStatus revokeDevice(FleetTransaction &transaction, const QString &deviceId, const QString &reason,
                           const QString &actor);

    void expire(qint64 simNowMs);
    void restoreSimulation();

private:
    ApiResult<Licence> load(FleetStore &store, const QString &id);
    ApiStatus save(FleetTransaction &transaction, const Licence &licence, const QString &actor, const QString &action,
                   const QJsonObject &details);
    // The union of the device's active licences' scopes, told to the simulation.
    void updateSimulation(const QString &deviceId);

    FleetContext &m_context;
};

} // namespace warden
