#include "DeviceTableAccessor.h"

namespace warden {

QStringView DeviceTableAccessor::text(qsizetype row, DeviceField field) const
{
    switch (field) {
    case DeviceField::Id: return m_table.id(row);
    case DeviceField::Name: return m_table.name(row);
    case DeviceField::Class: m_scratch = m_table.text(row, RegisterField::Class); break;
    case DeviceField::Vendor: m_scratch = m_table.text(row, RegisterField::Vendor); break;
    case DeviceField::Model: m_scratch = m_table.text(row, RegisterField::Model); break;
    case DeviceField::Firmware: m_scratch = m_table.text(row, RegisterField::Firmware); break;
    case DeviceField::Gateway: m_scratch = m_table.text(row, RegisterField::Gateway); break;
    case DeviceField::Segment: m_scratch = m_table.text(row, RegisterField::Segment); break;
    case DeviceField::Site: {
        const QString siteId = m_table.text(row, RegisterField::Site);
        m_scratch = m_siteNames.value(siteId, siteId);
        break;
    }
    default: m_scratch.clear(); break;
    }
    return m_scratch;
}

int DeviceTableAccessor::number(qsizetype row, DeviceField field) const
{
    switch (field) {
    case DeviceField::Risk: return m_table.risk(row);
    case DeviceField::Status: return int(m_table.status(row));
    default: return 0;
    }
}

bool DeviceTableAccessor::flag(qsizetype row, DeviceField field) const
{
    switch (field) {
    case DeviceField::Quarantined: return m_table.quarantine(row) != QuarantineLevel::None;
    case DeviceField::SafetyCritical: return m_table.safetyCritical(row);
    case DeviceField::OnlineUpdate: return m_table.onlineUpdate(row);
    default: return false;
    }
}

} // namespace warden
