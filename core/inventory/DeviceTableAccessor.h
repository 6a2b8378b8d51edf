#pragma once

#include "inventory/DeviceTable.h"
#include "rules/DeviceFieldAccessor.h"

#include <QHash>

namespace warden {

// Lets compiled filters (core/rules) read the register's compact columns without building Device objects.
// Sites are matched by their display name when one is known (operators type site:"North Campus"), else by id.
class DeviceTableAccessor final : public DeviceFieldAccessor {
public:
    DeviceTableAccessor(const DeviceTable &table, const QHash<QString, QString> &siteNames)
        : m_table(table), m_siteNames(siteNames) {}

    QStringView text(qsizetype row, DeviceField field) const override;
    int number(qsizetype row, DeviceField field) const override;
    bool flag(qsizetype row, DeviceField field) const override;

private:
    const DeviceTable &m_table;
    const QHash<QString, QString> &m_siteNames;
    mutable QString m_scratch; // keeps the returned view valid until the next call, as the interface allows
};

} // namespace warden
