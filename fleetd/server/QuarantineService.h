#pragma once

#include "ApprovalService.h"
#include "FleetContext.h"
#include "domain/Approval.h"
#include "domain/Device.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace warden {

// Quarantine and release of devices: applies a level (isolate, disable, revoke_credentials) with reason, expiry and
// who asked (operator or rule), or — for safety-critical devices — files a four-eyes approval instead; releases on
// request or when the expiry passes in simulated time; tells the traffic simulation, so an isolated or disabled
// device stops producing traffic. Quarantine records survive restarts and are re-applied to the simulation.
// Not responsible for the HTTP side (DeviceEndpoints) or for choosing which devices to quarantine (rules, people).
class QuarantineService {
    Q_DECLARE_TR_FUNCTIONS(QuarantineService)

public:
    struct Request {
        QString deviceId;
        QuarantineLevel level = QuarantineLevel::Isolate;
        QString reason;
        qint64 expiresMs = 0; // simulated time, 0 = until released
        QString actor;        // operator, or "rule:ID"
        QString ruleId;
    };
    struct Outcome {
        std::optional<Device> device;     // applied
        std::optional<Approval> approval; // held for a second operator
    };

    QuarantineService(FleetContext &context, ApprovalService &approvals);

    ApiResult<Outcome> request(const Request &request);
    // Inside a transaction (approvals, rules).
    ApiResult<Outcome> request(FleetTransaction &transaction, const Request &request);
    ApiResult<Device> release(const QString &deviceId, const QString &reason, const QString &actor);

    // Releases every quarantine whose expiry has passed (simulated time).
    void expire(qint64 simNowMs);
    // Re-applies stored quarantines and disabled devices to the simulation after a start.
    void restoreSimulation();

private:
    ApiResult<Device> apply(FleetTransaction &transaction, const Request &request);
    ApiResult<Device> releaseIn(FleetTransaction &transaction, const QString &deviceId, const QString &reason,
                                const QString &actor);

    FleetContext &m_context;
    ApprovalService &m_approvals;
};

} // namespace warden
