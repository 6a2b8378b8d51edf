#pragma once

#include "FleetContext.h"
#include "domain/DeviceCredential.h"
#include "domain/JoinRequest.h"
#include "domain/ThreatEvent.h"
#include "security/CertificateAuthority.h"
#include "sim/IdentitySimulator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include <optional>

namespace warden {

// Device identity in fleetd: the admission queue (Mender's pending / accepted / rejected / preauthorized), clone
// detection, and each device's credential with rotation, revocation and the technician's visit for devices that
// cannot take a new credential over the network. Every operator action is audited in the same transaction as the
// change. Join requests arrive from the simulation (simulate()) or directly (receive(), for tests).
// Not responsible for the HTTP side (IdentityEndpoints) or for drawing join attempts (IdentitySimulator).
class IdentityService {
    Q_DECLARE_TR_FUNCTIONS(IdentityService)

public:
    struct PreauthorizeItem {
        QString serial;
        QString fingerprint; // empty: any key
    };
    struct Skipped {
        QString serial;
        QString reason;
    };
    struct PreauthorizeOutcome {
        QList<JoinRequest> created;
        QList<Skipped> skipped;
    };
    enum class RotationOutcome { Rotated, NeedsPhysicalService, Failed };
    struct Rotation {
        QString deviceId;
        RotationOutcome outcome = RotationOutcome::Failed;
        QString message;
        std::optional<DeviceCredential> credential;
        QByteArray certificatePem; // the new certificate when rotated (public; its key went to the device)
    };

    static constexpr int MaxBulk = 1000;        // device ids per rotation request
    static constexpr int MaxPreauthorize = 10000;
    static constexpr int MaxPending = 500;      // the simulation stops adding new requests beyond this

    IdentityService(FleetContext &context, const GeneratedFleet &fleet, quint64 seed, quint64 runSeed);

    // The device CA that signs device certificates (DeviceCaStore keeps it across restarts). Set before prepare().
    void setDeviceCa(CertificateAuthority authority) { m_deviceCa = std::move(authority); }
    QByteArray deviceCaPem() const { return m_deviceCa ? m_deviceCa->certificatePem() : QByteArray(); }

    // Loads the admission queue; on the first run of a data directory seeds every device's credential and a few
    // join requests (new devices and impostors) so the queue is not empty at start.
    ApiStatus prepare();
    // Revoked credentials keep their devices silent after a restart.
    void restoreSimulation();

    ApiResult<JoinRequest> accept(const QString &id, const QStringList &licenceScopes, const QString &actor);
    ApiResult<JoinRequest> reject(const QString &id, const QString &reason, const QString &actor);
    ApiResult<PreauthorizeOutcome> preauthorize(const QList<PreauthorizeItem> &items, const QString &actor);
    // A device asks to join; the request it lands in (new, retried, admitted through a preauthorization, or a clone).
    ApiResult<JoinRequest> receive(const JoinAttempt &attempt);

    ApiResult<QList<Rotation>> rotate(const QStringList &deviceIds, const QString &reason, const QString &actor);
    ApiResult<DeviceCredential> revoke(const QString &deviceId, const QString &reason, const QString &actor);
    // Inside another change (a revoke_credentials quarantine): revokes the device's credential if it has an
    // unrevoked one; nothing to do is success.
    ApiStatus revokeIn(FleetTransaction &transaction, const QString &deviceId, const QString &reason,
                       const QString &actor);
    // The technician installed a new credential on site.
    ApiResult<DeviceCredential> serviced(const QString &deviceId, const QString &actor);

    // Credentials waiting for a technician, as GET /work-orders items (kind "credential_rotation").
    ApiResult<QJsonArray> workOrders();
    // POST /work-orders/{device_id}/complete without a firmware version: the visit installed a new credential.
    // nullopt when the device's credential does not wait for one.
    std::optional<ApiResult<Device>> completeVisit(const QString &deviceId, const QString &actor);

    // Where a new join request is announced in the threat feed: a "new unknown device" event (or a clone's) whose
    // details name the request (join_request), so the console can link the event to the admission queue.
    using EventSink = std::function<void(ThreatEvent event)>;
    void setEventSink(EventSink sink) { m_eventSink = std::move(sink); }
    // The feed event that announces a new join request (public for tests).
    static ThreatEvent announcement(const JoinRequest &request);

    // Per simulated second: lets the next join attempt in when it is due.
    void simulate(qint64 simNowMs);

    IdentitySimulator &simulator() { return m_simulator; }
    static QString toString(RotationOutcome outcome);
    // Compact JSON of a credential written directly (the first run stores one per device): the same members and
    // values as QJsonDocument(credential.toJson()), in QJsonObject's key order.
    static QByteArray credentialJson(const DeviceCredential &credential);

private:
    ApiStatus seed();
    ApiStatus save(FleetTransaction &transaction, const JoinRequest &request);
    // Admits the request's device: a new device, its credential and optionally a licence request.
    ApiStatus admit(FleetTransaction &transaction, JoinRequest &request, const QStringList &licenceScopes,
                    const QString &actor);
    ApiResult<DeviceCredential> credential(FleetStore &store, const QString &deviceId);
    // A new certificate and key from the device CA, written into credential.
    Status issueCertificate(DeviceCredential &credential, QByteArray *certificatePem = nullptr);
    // The admitted device claiming serial, or empty.
    QString admittedDevice(const QString &serial) const;
    const JoinRequest *findRequest(const QString &serial, AdmissionState state, const QString &fingerprint = {}) const;

    FleetContext &m_context;
    IdentitySimulator m_simulator;
    std::optional<CertificateAuthority> m_deviceCa;
    QHash<QString, JoinRequest> m_requests; // the whole admission queue, by id (small: grows by one every ~40 s)
    QHash<QString, QString> m_admitted;     // serial -> device id of devices admitted through the queue
    QHash<QString, QString> m_visits;       // device id -> why its credential waits for a technician
    qint64 m_nextJoinMs = 0;
    EventSink m_eventSink;
};

} // namespace warden
