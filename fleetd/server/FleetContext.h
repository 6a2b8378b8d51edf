#pragma once

#include "ApiError.h"
#include "AuditLog.h"
#include "FleetStore.h"
#include "FleetdConfig.h"
#include "SimClock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace warden {

// One object change as the stream announces it (fleet-api.md §7 "change" frame).
struct FleetChange {
    QString kind; // device|incident|licence|campaign|approval|rule|audit
    QJsonObject item;
    qint64 revision = 0;
};

class FleetTransaction;

// Hooks through which state changes reach the traffic simulation (quarantine stops a device's traffic, licences
// change what it may use). Empty functions are allowed: the API works without a simulation.
struct SimulationHooks {
    std::function<void(const QString &deviceId, QuarantineLevel level)> setQuarantine;
    std::function<void(const QString &deviceId, const QStringList &grantedScopes)> setLicence;
    // The device was released or a quarantine of it was denied: automatic rules may act on it again.
    std::function<void(const QString &deviceId)> forgetDevice;
    // A revoke_credentials quarantine also revokes the device's credential, in the quarantine's transaction.
    std::function<ApiStatus(FleetTransaction &transaction, const QString &deviceId, const QString &reason,
                            const QString &actor)>
        revokeCredentials;
};

// What the services and endpoints of one fleetd share: the store, the audit log, simulated time, configuration,
// where committed changes are published and the simulation hooks. Plain references; the FleetdServer owns them all.
struct FleetContext {
    FleetStore &store;
    AuditLog &audit;
    SimClock &clock;
    const FleetdConfig &config;
    std::function<void(const QList<FleetChange> &changes)> publish;
    SimulationHooks simulation;
};

// One state change of the fleet as a unit: a store write scope plus the audit entries and change frames that go with
// it. commit() makes everything durable in one transaction and then publishes the changes (audit entries included)
// to the stream; destroying an uncommitted transaction rolls everything back and publishes nothing.
class FleetTransaction {
public:
    static ApiResult<FleetTransaction> begin(FleetContext &context);

    FleetTransaction(FleetTransaction &&) noexcept = default;
    FleetTransaction(const FleetTransaction &) = delete;
    FleetTransaction &operator=(const FleetTransaction &) = delete;
    FleetTransaction &operator=(FleetTransaction &&) = delete;
    ~FleetTransaction() = default;

    FleetStore &store() { return m_context->store; }
    FleetContext &context() { return *m_context; }
    qint64 nextRevision() { return m_context->store.nextRevision(); }

    // Stores an object of a collection at a new revision and queues its change frame.
    ApiStatus put(FleetCollection collection, const QString &id, const QJsonObject &json);
    // Stores a device at a new revision (stamped into it) and queues its change frame.
    ApiStatus putDevice(Device &device);
    void changed(const QString &kind, const QJsonObject &item, qint64 revision);
    ApiStatus audit(const QString &actor, const QString &action, const QString &target, const QJsonObject &details);

    ApiStatus commit();

private:
    FleetTransaction(FleetContext &context, FleetStore::WriteScope scope)
        : m_context(&context), m_scope(std::move(scope))
    {
    }

    FleetContext *m_context;
    std::optional<FleetStore::WriteScope> m_scope;
    QList<FleetChange> m_changes;
};

// The change-frame kind of a collection ("device" for devices), or empty for collections without change frames.
QString changeKind(FleetCollection collection);

} // namespace warden
