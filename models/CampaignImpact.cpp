#include "CampaignImpact.h"

#include "inventory/DeviceTable.h"
#include "inventory/DeviceTableAccessor.h"
#include "rules/FilterExpression.h"

namespace warden {

CampaignImpact CampaignImpact::assess(const DeviceTable &table, const QString &backend, const QString &deviceClass,
                                      const QString &filterText)
{
    CampaignImpact impact;
    Result<FilterExpression> filter = FilterExpression::parse(filterText);
    if (!filter) {
        impact.error = filter.errorMessage();
        return impact;
    }
    // No site names: the backend matches site terms against site ids, and so must the preview.
    const QHash<QString, QString> noSiteNames;
    const DeviceTableAccessor accessor(table, noSiteNames);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        if (table.backend(row) != backend)
            continue;
        ++impact.fleetSize;
        if (table.text(row, RegisterField::Class) != deviceClass || !filter->matches(accessor, row))
            continue;
        impact.count(table, row);
    }
    return impact;
}

CampaignImpact CampaignImpact::assessDevices(const DeviceTable &table, const QString &backend,
                                             const QString &deviceClass, const QSet<QString> &deviceIds)
{
    CampaignImpact impact;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        if (table.backend(row) != backend)
            continue;
        ++impact.fleetSize;
        if (!deviceIds.contains(table.id(row)))
            continue;
        if (table.text(row, RegisterField::Class) != deviceClass)
            continue;
        impact.targetIds.append(table.id(row));
        impact.count(table, row);
    }
    impact.leftOut = int(deviceIds.size()) - impact.targets;
    return impact;
}

void CampaignImpact::count(const DeviceTable &table, qsizetype row)
{
    ++targets;
    SiteTargets &site = sites[table.text(row, RegisterField::Site)];
    ++site.targets;
    const QString label = table.id(row) + QLatin1Char(' ') + table.name(row);
    if (table.safetyCritical(row)) {
        if (++safetyCritical <= ListedDevices)
            safetyCriticalDevices.append(label);
    }
    if (!table.onlineUpdate(row)) {
        if (++physicalService <= ListedDevices)
            physicalServiceDevices.append(label);
    } else if (table.needsMaintenanceWindow(row)) {
        ++needsWindow;
        ++site.needsWindow;
    }
}

} // namespace warden
