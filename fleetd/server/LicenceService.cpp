#include "LicenceService.h"

#include "FleetTime.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace warden {

ApiResult<Licence> LicenceService::load(FleetStore &store, const QString &id)
{
    const std::optional<QJsonObject> json = store.object(FleetCollection::Licences, id);
    if (!json)
        return ApiError::notFound(tr("There is no licence \"%1\".").arg(id));
    Result<Licence> licence = Licence::fromJson(*json);
    if (!licence)
        return ApiError::internal(u"stored licence %1 unreadable: %2"_s.arg(id, licence.errorMessage()));
    return std::move(licence).value();
}

ApiStatus LicenceService::save(FleetTransaction &transaction, const Licence &licence, const QString &actor,
                               const QString &action, const QJsonObject &details)
{
    if (ApiStatus s = transaction.put(FleetCollection::Licences, licence.id, licence.toJson()); !s)
        return s;
    QJsonObject audited = details;
    audited.insert(u"device_id"_s, licence.deviceId);
    return transaction.audit(actor, action, licence.id, audited);
}

ApiResult<Licence> LicenceService::approve(const QString &id, const QStringList &scopes, qint64 expiresMs,
                                           const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<Licence> licence = load(transaction->store(), id);
    if (!licence)
        return licence.error();
    if (licence->state != LicenceState::Requested)
        return ApiError::conflict(tr("Only a requested licence can be approved; %1 is %2.")
                                      .arg(id, toString(licence->state)));
    for (const QString &scope : scopes) {
        if (!licence->requestedScopes.contains(scope))
            return ApiError::badRequest(tr("The scope \"%1\" was not requested.").arg(scope), u"scopes"_s);
    }
    licence->state = LicenceState::Active;
    licence->grantedScopes = scopes;
    licence->grantedScopes.removeDuplicates();
    licence->expires = expiresMs > 0 ? utcFromMs(expiresMs) : QDateTime();
    licence->decidedBy = actor;
    licence->reason.clear();
    QJsonObject details{{u"scopes"_s, QJsonArray::fromStringList(licence->grantedScopes)}};
    if (expiresMs > 0)
        details.insert(u"expires"_s, jsonTimeFromMs(expiresMs));
    if (ApiStatus s = save(*transaction, *licence, actor, u"licence.approve"_s, details); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    updateSimulation(licence->deviceId);
    return licence;
}

ApiResult<Licence> LicenceService::deny(const QString &id, const QString &reason, const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<Licence> licence = load(transaction->store(), id);
    if (!licence)
        return licence.error();
    if (licence->state != LicenceState::Requested)
        return ApiError::conflict(tr("Only a requested licence can be denied; %1 is %2.")
                                      .arg(id, toString(licence->state)));
    licence->state = LicenceState::Denied;
    licence->decidedBy = actor;
    licence->reason = reason;
    if (ApiStatus s = save(*transaction, *licence, actor, u"licence.deny"_s, QJsonObject{{u"reason"_s, reason}}); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return licence;
}

ApiResult<Licence> LicenceService::revoke(const QString &id, const QString &reason, const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<Licence> licence = load(transaction->store(), id);
    if (!licence)
        return licence.error();
    if (licence->state != LicenceState::Active)
        return ApiError::conflict(tr("Only an active licence can be revoked; %1 is %2.")
                                      .arg(id, toString(licence->state)));
    licence->state = LicenceState::Revoked;
    licence->decidedBy = actor;
    licence->reason = reason;
    if (ApiStatus s = save(*transaction, *licence, actor, u"licence.revoke"_s, QJsonObject{{u"reason"_s, reason}});
        !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    updateSimulation(licence->deviceId);
    return licence;
}

ApiStatus LicenceService::revokeDevice(FleetTransaction &transaction, const QString &deviceId, const QString &reason,
                                       const QString &actor)
{
    Result<QList<QJsonObject>> all = transaction.store().allObjects(FleetCollection::Licences);
    if (!all)
        return ApiError::fromStoreError(all.error());
    for (const QJsonObject &json : std::as_const(*all)) {
        Result<Licence> licence = Licence::fromJson(json);
        if (!licence || licence->deviceId != deviceId || licence->state != LicenceState::Active)
            continue;
        licence.value().state = LicenceState::Revoked;
        licence.value().decidedBy = actor;
        licence.value().reason = reason;
        if (ApiStatus s = save(transaction, *licence, actor, u"licence.revoke"_s, QJsonObject{{u"reason"_s, reason}});
            !s)
            return s;
    }
    // The simulation learns after commit at the latest; telling it now is harmless if the commit fails later,
    // because the next start re-reads the store.
    updateSimulation(deviceId);
    return apiSuccess();
}

void LicenceService::expire(qint64 simNowMs)
{
    Result<QList<QJsonObject>> all = m_context.store.allObjects(FleetCollection::Licences);
    if (!all)
        return;
    for (const QJsonObject &json : std::as_const(*all)) {
        Result<Licence> licence = Licence::fromJson(json);
        if (!licence || licence->state != LicenceState::Active || !licence->expires.isValid()
            || licence->expires.toMSecsSinceEpoch() > simNowMs)
            continue;
        ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
        if (!transaction)
            return;
        licence.value().state = LicenceState::Expired;
        if (!save(*transaction, *licence, u"system"_s, u"licence.expire"_s, {}).ok() || !transaction->commit().ok())
            return;
        updateSimulation(licence->deviceId);
    }
}

void LicenceService::updateSimulation(const QString &deviceId)
{
    if (!m_context.simulation.setLicence)
        return;
    Result<QList<QJsonObject>> all = m_context.store.allObjects(FleetCollection::Licences);
    if (!all)
        return;
    QStringList scopes;
    for (const QJsonObject &json : std::as_const(*all)) {
        Result<Licence> licence = Licence::fromJson(json);
        if (licence && licence->deviceId == deviceId && licence->state == LicenceState::Active)
            scopes += licence->grantedScopes;
    }
    scopes.removeDuplicates();
    m_context.simulation.setLicence(deviceId, scopes);
}

void LicenceService::restoreSimulation()
{
    if (!m_context.simulation.setLicence)
        return;
    Result<QList<QJsonObject>> all = m_context.store.allObjects(FleetCollection::Licences);
    if (!all)
        return;
    QHash<QString, QStringList> scopes;
    for (const QJsonObject &json : std::as_const(*all)) {
        Result<Licence> licence = Licence::fromJson(json);
        if (licence && licence->state == LicenceState::Active)
            scopes[licence->deviceId] += licence->grantedScopes;
    }
    for (auto it = scopes.begin(); it != scopes.end(); ++it)
        m_context.simulation.setLicence(it.key(), it.value());
}

} // namespace warden
