#include "rules/DeviceFieldAccessor.h"

namespace warden {

QStringView DeviceSpanAccessor::text(qsizetype row, DeviceField field) const
{
    return textOf(m_devices[static_cast<std::size_t>(row)], field);
}

int DeviceSpanAccessor::number(qsizetype row, DeviceField field) const
{
    return numberOf(m_devices[static_cast<std::size_t>(row)], field);
}

bool DeviceSpanAccessor::flag(qsizetype row, DeviceField field) const
{
    return flagOf(m_devices[static_cast<std::size_t>(row)], field);
}

QStringView DeviceSpanAccessor::textOf(const Device &device, DeviceField field)
{
    switch (field) {
    case DeviceField::Id:
        return device.id;
    case DeviceField::Name:
        return device.name;
    case DeviceField::Class:
        return device.deviceClass;
    case DeviceField::Vendor:
        return device.vendor;
    case DeviceField::Model:
        return device.model;
    case DeviceField::Firmware:
        return device.firmwareVersion;
    case DeviceField::Site:
        return device.siteId;
    case DeviceField::Gateway:
        return device.gatewayId;
    case DeviceField::Segment:
        return device.segment;
    case DeviceField::Status:
    case DeviceField::Risk:
    case DeviceField::Quarantined:
    case DeviceField::SafetyCritical:
    case DeviceField::OnlineUpdate:
        break;
    }
    return {};
}

int DeviceSpanAccessor::numberOf(const Device &device, DeviceField field)
{
    switch (field) {
    case DeviceField::Risk:
        return device.riskScore;
    case DeviceField::Status:
        return static_cast<int>(device.status);
    default:
        return 0;
    }
}

bool DeviceSpanAccessor::flagOf(const Device &device, DeviceField field)
{
    switch (field) {
    case DeviceField::Quarantined:
        return device.quarantine != QuarantineLevel::None;
    case DeviceField::SafetyCritical:
        return device.capabilities.safetyCritical;
    case DeviceField::OnlineUpdate:
        return device.capabilities.onlineUpdate;
    default:
        return false;
    }
}

} // namespace warden
