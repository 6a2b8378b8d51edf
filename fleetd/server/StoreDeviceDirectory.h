#pragma once

#include "FleetStore.h"
#include "rules/DeviceDirectory.h"

#include <QHash>
#include <QJsonObject>

namespace warden {

// Device lookups for the rule engine and dry runs, served from the FleetStore through a bounded cache that device
// change frames keep current (so a quarantine is visible to the next event's rules). Not thread-safe.
class StoreDeviceDirectory final : public DeviceDirectory {
public:
    static constexpr qsizetype MaxCached = 100000;

    explicit StoreDeviceDirectory(FleetStore &store) : m_store(store) {}

    const Device *findDevice(const QString &id) const override;
    // A device changed (its new JSON, as in a change frame).
    void update(const QJsonObject &deviceJson);

private:
    FleetStore &m_store;
    mutable QHash<QString, Device> m_cache;
};

} // namespace warden
