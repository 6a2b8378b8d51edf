#include "ApprovalService.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

void ApprovalService::setExecutor(ApprovalKind kind, Executor executor, DenialHandler onDenied)
{
    m_executors.insert(int(kind), std::move(executor));
    if (onDenied)
        m_denialHandlers.insert(int(kind), std::move(onDenied));
}

std::optional<Approval> ApprovalService::find(const QString &id)
{
    const std::optional<QJsonObject> json = m_context.store.object(FleetCollection::Approvals, id);
    if (!json)
        return std::nullopt;
    Result<Approval> approval = Approval::fromJson(*json);
    if (!approval)
        return std::nullopt;
    return std::move(approval).value();
}

ApiResult<Approval> ApprovalService::file(FleetTransaction &transaction, ApprovalKind kind, const QString &summary,
                                          const QJsonObject &action, const QString &requestedBy)
{
    Result<QString> id = transaction.store().nextId(u"apr"_s);
    if (!id)
        return ApiError::fromStoreError(id.error());
    Approval approval;
    approval.id = *id;
    approval.kind = kind;
    approval.state = ApprovalState::Pending;
    approval.summary = summary;
    approval.action = action;
    approval.requestedBy = requestedBy;
    approval.created = m_context.clock.now();
    if (ApiStatus s = transaction.put(FleetCollection::Approvals, approval.id, approval.toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction.audit(requestedBy, u"approval.request"_s, approval.id,
                                        QJsonObject{{u"kind"_s, toString(kind)}, {u"summary"_s, summary},
                                                    {u"action"_s, action}});
        !s)
        return s.error();
    return approval;
}

ApiResult<Approval> ApprovalService::pending(const QString &id)
{
    std::optional<Approval> approval = find(id);
    if (!approval)
        return ApiError::notFound(tr("There is no approval \"%1\".").arg(id));
    if (approval->state != ApprovalState::Pending)
        return ApiError::conflict(tr("The approval %1 was already decided (%2).").arg(id, toString(approval->state)));
    return *approval;
}

ApiResult<Approval> ApprovalService::approve(const QString &id, const QString &user, const QString &reason)
{
    ApiResult<Approval> approval = pending(id);
    if (!approval)
        return approval.error();
    if (approval->requestedBy == user) {
        return ApiError{403, u"self_approval"_s,
                        tr("You requested this action yourself; a second operator must approve it."), {}, {}};
    }
    const auto executor = m_executors.constFind(int(approval->kind));
    if (executor == m_executors.constEnd())
        return ApiError::conflict(tr("Approvals of this kind cannot be executed by this server."));

    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    approval->state = ApprovalState::Approved;
    approval->decidedBy = user;
    approval->reason = reason;
    approval->decided = m_context.clock.now();
    if (ApiStatus s = transaction->audit(user, u"approval.approve"_s, approval->id,
                                         QJsonObject{{u"kind"_s, toString(approval->kind)},
                                                     {u"requested_by"_s, approval->requestedBy},
                                                     {u"reason"_s, reason}});
        !s)
        return s.error();
    // The held action runs in the same transaction: approved and executed, or neither.
    if (ApiStatus s = (*executor)(*transaction, *approval, user); !s)
        return s.error();
    if (ApiStatus s = transaction->put(FleetCollection::Approvals, approval->id, approval->toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return approval;
}

ApiResult<Approval> ApprovalService::deny(const QString &id, const QString &user, const QString &reason)
{
    ApiResult<Approval> approval = pending(id);
    if (!approval)
        return approval.error();
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    approval->state = ApprovalState::Denied;
    approval->decidedBy = user;
    approval->reason = reason;
    approval->decided = m_context.clock.now();
    if (ApiStatus s = transaction->audit(user, u"approval.deny"_s, approval->id,
                                         QJsonObject{{u"kind"_s, toString(approval->kind)},
                                                     {u"requested_by"_s, approval->requestedBy},
                                                     {u"reason"_s, reason}});
        !s)
        return s.error();
    const auto handler = m_denialHandlers.constFind(int(approval->kind));
    if (handler != m_denialHandlers.constEnd()) {
        if (ApiStatus s = (*handler)(*transaction, *approval); !s)
            return s.error();
    }
    if (ApiStatus s = transaction->put(FleetCollection::Approvals, approval->id, approval->toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    return approval;
}

} // namespace warden
