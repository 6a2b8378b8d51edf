#include "StoreDeviceDirectory.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

const Device *StoreDeviceDirectory::findDevice(const QString &id) const
{
    auto it = m_cache.find(id);
    if (it != m_cache.end())
        return &*it;
    std::optional<Device> device = m_store.device(id);
    if (!device)
        return nullptr;
    // Crude but bounded: a full cache starts over rather than tracking recency per lookup.
    if (m_cache.size() >= MaxCached)
        m_cache.clear();
    return &*m_cache.insert(id, std::move(*device));
}

void StoreDeviceDirectory::update(const QJsonObject &deviceJson)
{
    const QString id = deviceJson.value(u"id"_s).toString();
    auto it = m_cache.find(id);
    if (it == m_cache.end())
        return;
    Result<Device> device = Device::fromJson(deviceJson);
    if (device)
        *it = std::move(device).value();
    else
        m_cache.erase(it);
}

} // namespace warden
