#include "FleetContext.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace warden {

QString changeKind(FleetCollection collection)
{
    switch (collection) {
    case FleetCollection::Devices: return u"device"_s;
    case FleetCollection::Incidents: return u"incident"_s;
    case FleetCollection::Licences: return u"licence"_s;
    case FleetCollection::Campaigns: return u"campaign"_s;
    case FleetCollection::Approvals: return u"approval"_s;
    case FleetCollection::Rules: return u"rule"_s;
    case FleetCollection::JoinRequests: return u"join_request"_s;
    case FleetCollection::Credentials: return u"credential"_s;
    default: return {};
    }
}

ApiResult<FleetTransaction> FleetTransaction::begin(FleetContext &context)
{
    Result<FleetStore::WriteScope> scope = context.store.write();
    if (!scope)
        return ApiError::fromStoreError(scope.error());
    return FleetTransaction(context, std::move(scope).value());
}

ApiStatus FleetTransaction::put(FleetCollection collection, const QString &id, const QJsonObject &json)
{
    const qint64 revision = nextRevision();
    if (const Status status = store().putObject(collection, id, QJsonDocument(json).toJson(QJsonDocument::Compact),
                                                revision);
        !status)
        return ApiError::fromStoreError(status.error());
    const QString kind = changeKind(collection);
    if (!kind.isEmpty())
        changed(kind, json, revision);
    return apiSuccess();
}

ApiStatus FleetTransaction::putDevice(Device &device)
{
    if (const Status status = store().putDevice(device); !status)
        return ApiError::fromStoreError(status.error());
    changed(u"device"_s, device.toJson(), device.revision);
    return apiSuccess();
}

void FleetTransaction::changed(const QString &kind, const QJsonObject &item, qint64 revision)
{
    m_changes.append(FleetChange{kind, item, revision});
}

ApiStatus FleetTransaction::audit(const QString &actor, const QString &action, const QString &target,
                                  const QJsonObject &details)
{
    Result<AuditEntry> entry = m_context->audit.append(actor, action, target, details, m_context->clock.now());
    if (!entry)
        return ApiError::fromStoreError(entry.error());
    m_changes.append(FleetChange{u"audit"_s, entry->toJson(), store().revision()});
    return apiSuccess();
}

ApiStatus FleetTransaction::commit()
{
    if (!m_scope)
        return ApiError::internal(u"transaction committed twice"_s);
    if (const Status status = m_scope->commit(); !status)
        return ApiError::fromStoreError(status.error());
    m_scope.reset();
    if (m_context->publish && !m_changes.isEmpty())
        m_context->publish(m_changes);
    m_changes.clear();
    return apiSuccess();
}

} // namespace warden

