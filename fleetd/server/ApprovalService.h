#pragma once

#include "FleetContext.h"
#include "domain/Approval.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace warden {

// Four-eyes control: holds an action as a pending Approval until a different operator approves it (which executes
// the held action in the same transaction) or someone denies it. What "executing" means for each kind is registered
// by the service that owns the action (quarantine, campaign, rule change).
// Not responsible for deciding which actions need approval (the services do).
class ApprovalService {
    Q_DECLARE_TR_FUNCTIONS(ApprovalService)

public:
    // Runs a held action; approver is the operator who approved it.
    using Executor = std::function<ApiStatus(FleetTransaction &transaction, const Approval &approval,
                                             const QString &approver)>;
    // Undoes the bookkeeping of a denied action (e.g. a campaign that will not run).
    using DenialHandler = std::function<ApiStatus(FleetTransaction &transaction, const Approval &approval)>;

    explicit ApprovalService(FleetContext &context) : m_context(context) {}

    void setExecutor(ApprovalKind kind, Executor executor, DenialHandler onDenied = {});

    // Files a pending approval inside the caller's transaction (audited as approval.request).
    ApiResult<Approval> file(FleetTransaction &transaction, ApprovalKind kind, const QString &summary,
                             const QJsonObject &action, const QString &requestedBy);

    ApiResult<Approval> approve(const QString &id, const QString &user, const QString &reason);
    ApiResult<Approval> deny(const QString &id, const QString &user, const QString &reason);

    std::optional<Approval> find(const QString &id);

private:
    ApiResult<Approval> pending(const QString &id);

    FleetContext &m_context;
    QHash<int, Executor> m_executors;
    QHash<int, DenialHandler> m_denialHandlers;
};

} // namespace warden
