#pragma once

#include "domain/Device.h"

#include <QHash>
#include <QList>
#include <QString>

namespace warden {

// Finds a device by id for the rule engine and the correlator. The pointer only needs to stay valid until the next
// call; null means "unknown device".
class DeviceDirectory {
public:
    virtual ~DeviceDirectory() = default;
    virtual const Device *findDevice(const QString &id) const = 0;
};

// A DeviceDirectory that owns copies of the devices (tests, dry runs, small fleets).
class DeviceMap final : public DeviceDirectory {
public:
    DeviceMap() = default;
    explicit DeviceMap(const QList<Device> &devices);

    void insert(const Device &device) { m_devices.insert(device.id, device); }
    qsizetype size() const { return m_devices.size(); }
    const Device *findDevice(const QString &id) const override;

private:
    QHash<QString, Device> m_devices;
};

} // namespace warden
