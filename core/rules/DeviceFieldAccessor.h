#pragma once

#include "domain/Device.h"

#include <QList>
#include <QStringView>

#include <span>

namespace warden {

// The device attributes that filter expressions and rule conditions can test.
enum class DeviceField : quint8 {
    Id,
    Name,
    Class,
    Vendor,
    Model,
    Firmware,
    Site,
    Gateway,
    Segment,
    Status,
    Risk,
    Quarantined,
    SafetyCritical,
    OnlineUpdate,
};
inline constexpr int DeviceFieldCount = static_cast<int>(DeviceField::OnlineUpdate) + 1;

// Read access to the devices of some storage, row by row, so a compiled filter can run over compact columns
// (interned strings, packed flags) without building a Device per row. Each field is read through exactly one of
// the three functions:
//   text():   Id, Name, Class, Vendor, Model, Firmware, Site, Gateway, Segment (the view must stay valid until the
//             next call on this accessor)
//   number(): Risk (0..100), Status (static_cast<int>(DeviceStatus))
//   flag():   Quarantined (quarantine level != none), SafetyCritical, OnlineUpdate
// A filter never calls the wrong function for a field, so implementations may return anything for those.
class DeviceFieldAccessor {
public:
    virtual ~DeviceFieldAccessor() = default;
    virtual QStringView text(qsizetype row, DeviceField field) const = 0;
    virtual int number(qsizetype row, DeviceField field) const = 0;
    virtual bool flag(qsizetype row, DeviceField field) const = 0;
};

// Accessor over Device objects held contiguously (a QList<Device>, std::vector<Device> or one Device).
class DeviceSpanAccessor final : public DeviceFieldAccessor {
public:
    explicit DeviceSpanAccessor(std::span<const Device> devices) : m_devices(devices) {}
    explicit DeviceSpanAccessor(const Device &device) : m_devices(&device, 1) {}

    qsizetype size() const { return static_cast<qsizetype>(m_devices.size()); }

    QStringView text(qsizetype row, DeviceField field) const override;
    int number(qsizetype row, DeviceField field) const override;
    bool flag(qsizetype row, DeviceField field) const override;

    // The same mapping for a single Device, shared with the rule engine.
    static QStringView textOf(const Device &device, DeviceField field);
    static int numberOf(const Device &device, DeviceField field);
    static bool flagOf(const Device &device, DeviceField field);

private:
    std::span<const Device> m_devices;
};

} // namespace warden
