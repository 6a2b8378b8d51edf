#pragma once

#include "domain/Device.h"
#include "domain/DeviceCredential.h"
#include "sim/FleetGenerator.h"
#include "sim/SimRandom.h"

#include <QHash>
#include <QList>
#include <QString>

namespace warden {

// One device knocking at the door: the identity it claims, its key's fingerprint and where it came in.
struct JoinAttempt {
    enum class Kind { NewDevice, Impostor, Preauthorized, Retry };
    Kind kind = Kind::NewDevice;
    QString serial;
    QString fingerprint; // 64 lowercase hex digits
    QString keyType;
    QString deviceClass;
    QString vendor;
    QString model;
    QString siteId;
    QString gatewayId;
};

// The identity side of the simulated fleet: derives each generated device's serial and seeded credential
// deterministically from the fleet seed (so a restart sees the same identities without storing an index), and draws
// join requests over time — new devices, retries of pending ones, devices matching a preauthorized identity, and
// impostors that claim an admitted device's serial with another key. Not responsible for admission rules or storage
// (IdentityService).
class IdentitySimulator {
public:
    // seed: the fleet's (serials and seeded credentials follow from it); runSeed: varies per run, so a restart does
    // not replay the previous run's visitors.
    IdentitySimulator(const GeneratedFleet &fleet, quint64 seed, quint64 runSeed);

    // The serial a generated device claims ("AXI-3F09A1C2D4").
    QString serialOf(const Device &device) const;
    // The credential a generated device holds on first run; expiries are spread around nowMs (some already expired,
    // some expiring within weeks) so the expiry views have something to show.
    DeviceCredential seededCredential(const Device &device, qint64 nowMs) const;
    // A fresh fingerprint no device has used before.
    QString freshFingerprint();

    const QList<Device> &devices() const { return m_devices; }
    // serial -> device id for every generated device.
    const QHash<QString, QString> &generatedSerials() const { return m_serials; }

    // The next join attempt: a retry of a pending serial, a device matching a preauthorized serial, an impostor of a
    // generated device, or a new device.
    JoinAttempt next(const QStringList &pendingSerials, const QStringList &preauthorizedSerials);
    // An impostor claiming the given admitted device's serial with another key.
    JoinAttempt impostorOf(const QString &deviceId);
    JoinAttempt newDevice();
    // A new device of this class (modelled on one of the fleet's); any class when the fleet has none of it.
    JoinAttempt newDevice(const QString &deviceClass);

    // Simulated milliseconds until the next join attempt after one just happened (mean 40 s).
    qint64 nextGapMs();

private:
    QString sha256Hex(const QByteArray &data) const;
    JoinAttempt newDeviceLike(const Device &model);

    QList<Device> m_devices; // shared copy of the generated devices
    quint64 m_seed;
    SimRandom m_random;
    quint64 m_counter = 0;
    QHash<QString, QString> m_serials;
    QHash<QString, qsizetype> m_deviceIndex;
};

} // namespace warden
