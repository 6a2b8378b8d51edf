#include "rules/DeviceDirectory.h"

namespace warden {

DeviceMap::DeviceMap(const QList<Device> &devices)
{
    m_devices.reserve(devices.size());
    for (const Device &device : devices)
        m_devices.insert(device.id, device);
}

const Device *DeviceMap::findDevice(const QString &id) const
{
    const auto it = m_devices.constFind(id);
    return it == m_devices.constEnd() ? nullptr : &*it;
}

} // namespace warden
