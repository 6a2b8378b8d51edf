#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace warden {

class DeviceTable;

// What a campaign would touch, computed from the register before launch: the devices of the firmware's class that
// match the target filter (the backend applies the same filter to the same class), which of them are
// safety-critical (four-eyes), which cannot take an online update (work orders) and which wait for a window.
struct CampaignImpact {
    static constexpr double ApprovalFleetShare = 0.25; // fleetd files an approval above this share of the fleet
    static constexpr int ListedDevices = 12;           // names listed per group; the rest are counted

    QString error;       // the filter does not parse
    int fleetSize = 0;   // devices of the backend
    int targets = 0;
    int safetyCritical = 0;
    int physicalService = 0;
    int needsWindow = 0;
    QStringList safetyCriticalDevices;  // "id name", at most ListedDevices
    QStringList physicalServiceDevices; // "id name", at most ListedDevices
    // Per site of the targets: how many targets are there and how many of them wait for a maintenance window.
    struct SiteTargets {
        int targets = 0;
        int needsWindow = 0;
    };
    QMap<QString, SiteTargets> sites; // by site id
    // Devices named one by one (assessDevices): the ids of the targets, in register order, and how many of the named
    // devices are left out because they are of another class or no longer in the register.
    QStringList targetIds;
    int leftOut = 0;

    bool needsApproval() const { return safetyCritical > 0 || double(targets) > ApprovalFleetShare * fleetSize; }

    static CampaignImpact assess(const DeviceTable &table, const QString &backend, const QString &deviceClass,
                                 const QString &filterText);
    // The same for devices named by id (a hand-picked register selection): the backend gets these ids.
    static CampaignImpact assessDevices(const DeviceTable &table, const QString &backend, const QString &deviceClass,
                                        const QSet<QString> &deviceIds);

private:
    void count(const DeviceTable &table, qsizetype row);
};

} // namespace warden
