#include "QuarantineService.h"

#include "FleetTime.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcFleetdSim)

namespace warden {

namespace {

QJsonObject requestJson(const QuarantineService::Request &request)
{
    QJsonObject json{
        {u"type"_s, u"quarantine"_s},
        {u"device_id"_s, request.deviceId},
        {u"level"_s, toString(request.level)},
        {u"reason"_s, request.reason},
    };
    if (request.expiresMs > 0)
        json.insert(u"expires"_s, jsonTimeFromMs(request.expiresMs));
    if (!request.ruleId.isEmpty())
        json.insert(u"rule_id"_s, request.ruleId);
    return json;
}

} // namespace

QuarantineService::QuarantineService(FleetContext &context, ApprovalService &approvals)
    : m_context(context), m_approvals(approvals)
{
    m_approvals.setExecutor(
        ApprovalKind::Quarantine,
        [this](FleetTransaction &transaction, const Approval &approval, const QString &approver) -> ApiStatus {
            Request request;
            request.deviceId = approval.action.value(u"device_id"_s).toString();
            request.level = enumFromString<QuarantineLevel>(approval.action.value(u"level"_s).toString())
                                .value_or(QuarantineLevel::Isolate);
            request.reason = approval.action.value(u"reason"_s).toString();
            const QDateTime expires = QDateTime::fromString(approval.action.value(u"expires"_s).toString(),
                                                            Qt::ISODateWithMs);
            request.expiresMs = expires.isValid() ? expires.toMSecsSinceEpoch() : 0;
            request.actor = approver;
            request.ruleId = approval.action.value(u"rule_id"_s).toString();
            ApiResult<Device> device = apply(transaction, request);
            if (!device)
                return device.error();
            return apiSuccess();
        },
        [this](FleetTransaction &, const Approval &approval) -> ApiStatus {
            if (m_context.simulation.forgetDevice)
                m_context.simulation.forgetDevice(approval.action.value(u"device_id"_s).toString());
            return apiSuccess();
        });
}

ApiResult<QuarantineService::Outcome> QuarantineService::request(const Request &request)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<Outcome> outcome = this->request(*transaction, request);
    if (!outcome)
        return outcome.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return outcome;
}

ApiResult<QuarantineService::Outcome> QuarantineService::request(FleetTransaction &transaction,
                                                                 const Request &request)
{
    if (request.level == QuarantineLevel::None)
        return ApiError::badRequest(tr("Choose a quarantine level: isolate, disable or revoke_credentials."),
                                    u"level"_s);
    std::optional<Device> device = m_context.store.device(request.deviceId);
    if (!device)
        return ApiError::notFound(tr("There is no device \"%1\".").arg(request.deviceId));
    Outcome outcome;
    if (device->capabilities.safetyCritical) {
        const QString summary = tr("Quarantine (%1) of safety-critical device %2 (%3): %4")
                                    .arg(toString(request.level), device->name, device->id, request.reason);
        ApiResult<Approval> approval = m_approvals.file(transaction, ApprovalKind::Quarantine, summary,
                                                        requestJson(request), request.actor);
        if (!approval)
            return approval.error();
        outcome.approval = std::move(approval).value();
        return outcome;
    }
    ApiResult<Device> applied = apply(transaction, request);
    if (!applied)
        return applied.error();
    outcome.device = std::move(applied).value();
    return outcome;
}

ApiResult<Device> QuarantineService::apply(FleetTransaction &transaction, const Request &request)
{
    std::optional<Device> device = transaction.store().device(request.deviceId);
    if (!device)
        return ApiError::conflict(tr("The device \"%1\" no longer exists.").arg(request.deviceId));
    QuarantineRecord record;
    record.deviceId = device->id;
    record.level = request.level;
    record.reason = request.reason;
    record.expiresMs = request.expiresMs;
    record.actor = request.actor;
    record.ruleId = request.ruleId;
    record.createdMs = m_context.clock.nowMs();
    if (Status s = transaction.store().putQuarantine(record); !s)
        return ApiError::fromStoreError(s.error());
    device->quarantine = request.level;
    if (ApiStatus s = transaction.putDevice(*device); !s)
        return s.error();
    if (request.level == QuarantineLevel::RevokeCredentials && m_context.simulation.revokeCredentials) {
        if (ApiStatus s = m_context.simulation.revokeCredentials(transaction, device->id, request.reason,
                                                                 request.actor);
            !s)
            return s.error();
    }
    QJsonObject details = requestJson(request);
    details.remove(u"type"_s);
    details.remove(u"device_id"_s);
    if (ApiStatus s = transaction.audit(request.actor, u"device.quarantine"_s, device->id, details); !s)
        return s.error();
    if (m_context.simulation.setQuarantine)
        m_context.simulation.setQuarantine(device->id,
                                           device->status == DeviceStatus::Disabled ? QuarantineLevel::Disable
                                                                                    : request.level);
    return *device;
}

ApiResult<Device> QuarantineService::release(const QString &deviceId, const QString &reason, const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<Device> device = releaseIn(*transaction, deviceId, reason, actor);
    if (!device)
        return device.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return device;
}

ApiResult<Device> QuarantineService::releaseIn(FleetTransaction &transaction, const QString &deviceId,
                                               const QString &reason, const QString &actor)
{
    std::optional<Device> device = transaction.store().device(deviceId);
    if (!device)
        return ApiError::notFound(tr("There is no device \"%1\".").arg(deviceId));
    if (device->quarantine == QuarantineLevel::None)
        return ApiError::conflict(tr("The device %1 is not quarantined.").arg(deviceId));
    if (Status s = transaction.store().removeQuarantine(deviceId); !s)
        return ApiError::fromStoreError(s.error());
    const QuarantineLevel previous = device->quarantine;
    device->quarantine = QuarantineLevel::None;
    if (ApiStatus s = transaction.putDevice(*device); !s)
        return s.error();
    if (ApiStatus s = transaction.audit(actor, u"device.release"_s, deviceId,
                                        QJsonObject{{u"reason"_s, reason}, {u"previous_level"_s, toString(previous)}});
        !s)
        return s.error();
    if (m_context.simulation.setQuarantine)
        m_context.simulation.setQuarantine(deviceId, device->status == DeviceStatus::Disabled
                                                         ? QuarantineLevel::Disable
                                                         : QuarantineLevel::None);
    if (m_context.simulation.forgetDevice)
        m_context.simulation.forgetDevice(deviceId);
    return *device;
}

void QuarantineService::expire(qint64 simNowMs)
{
    Result<QList<QuarantineRecord>> records = m_context.store.quarantines();
    if (!records)
        return;
    for (const QuarantineRecord &record : std::as_const(*records)) {
        if (record.expiresMs <= 0 || record.expiresMs > simNowMs)
            continue;
        ApiResult<Device> released = release(record.deviceId, tr("The quarantine expired."), u"system"_s);
        if (!released)
            qCWarning(lcFleetdSim) << "cannot release" << record.deviceId << released.error().message;
    }
}

void QuarantineService::restoreSimulation()
{
    if (!m_context.simulation.setQuarantine)
        return;
    Result<QList<QuarantineRecord>> records = m_context.store.quarantines();
    if (records) {
        for (const QuarantineRecord &record : std::as_const(*records))
            m_context.simulation.setQuarantine(record.deviceId, record.level);
    }
    // A disabled device is silent whatever its quarantine level.
    Result<QStringList> disabled = m_context.store.deviceIdsWithStatus(DeviceStatus::Disabled);
    if (disabled) {
        for (const QString &id : std::as_const(*disabled))
            m_context.simulation.setQuarantine(id, QuarantineLevel::Disable);
    }
}

} // namespace warden
