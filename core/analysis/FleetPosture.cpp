#include "analysis/FleetPosture.h"

#include <QSet>
#include <QVersionNumber>

#include <algorithm>

namespace warden {

namespace {

// Most first, then by label, so reports read the same on every run.
QList<FleetPosture::Count> sortedCounts(const QHash<QString, qint64> &counts)
{
    QList<FleetPosture::Count> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const FleetPosture::Count &a, const FleetPosture::Count &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return list;
}

// Whether image a is newer than b: by version number, then by release date.
bool newer(const Firmware &a, const Firmware &b)
{
    const int order = QVersionNumber::compare(QVersionNumber::fromString(a.version),
                                              QVersionNumber::fromString(b.version));
    if (order != 0)
        return order > 0;
    return a.released > b.released;
}

} // namespace

void FleetPostureInput::append(FleetPostureInput other)
{
    devices += std::move(other.devices);
    firmware += std::move(other.firmware);
    incidents += std::move(other.incidents);
    licences += std::move(other.licences);
    siteNames.insert(other.siteNames);
}

FleetPosture FleetPosture::compute(const FleetPostureInput &input, const QDateTime &now, int expiryWindowDays)
{
    FleetPosture posture;
    posture.expiryWindowDays = expiryWindowDays;

    // The catalogue: the newest image per class, and the vulnerabilities of each (class, version).
    QHash<QString, const Firmware *> latest;
    QHash<QString, QStringList> vulnerabilitiesOf; // class + '\x1f' + version
    for (const Firmware &image : input.firmware) {
        const Firmware *&newest = latest[image.deviceClass];
        if (!newest || newer(image, *newest))
            newest = &image;
        QStringList &known = vulnerabilitiesOf[image.deviceClass + u'\x1f' + image.version];
        for (const QString &cve : image.vulnerabilities)
            if (!known.contains(cve))
                known.append(cve);
    }

    QHash<QString, qint64> byClass;
    QHash<QString, qint64> bySite;
    std::array<qint64, 4> byStatus{};
    QHash<QString, ClassFirmware> firmware;
    QHash<QString, Vulnerability> vulnerabilities;
    QHash<QString, QString> deviceNames;
    for (const Device &device : input.devices) {
        ++posture.devices;
        const bool critical = device.capabilities.safetyCritical;
        posture.safetyCritical += critical ? 1 : 0;
        ++byClass[device.deviceClass];
        ++bySite[input.siteNames.value(device.siteId, device.siteId)];
        ++byStatus[std::size_t(device.status)];
        deviceNames.insert(device.id, device.name);
        if (device.quarantine != QuarantineLevel::None) {
            ++posture.quarantined;
            ++posture.quarantinedByLevel[std::size_t(device.quarantine)];
        }

        ClassFirmware &cls = firmware[device.deviceClass];
        cls.deviceClass = device.deviceClass;
        ++cls.devices;
        const Firmware *newest = latest.value(device.deviceClass);
        if (newest)
            cls.latestVersion = newest->version;
        const auto known = vulnerabilitiesOf.constFind(device.deviceClass + u'\x1f' + device.firmwareVersion);
        if (known == vulnerabilitiesOf.cend()) {
            ++cls.unknown;
            ++posture.devicesUnknownFirmware;
            continue;
        }
        if (newest && device.firmwareVersion == newest->version) {
            ++cls.current;
            ++posture.devicesCurrent;
        } else {
            ++cls.behind;
            ++posture.devicesBehind;
        }
        if (known->isEmpty())
            continue;
        ++cls.vulnerable;
        ++posture.devicesVulnerable;
        posture.safetyCriticalVulnerable += critical ? 1 : 0;
        for (const QString &cve : *known) {
            Vulnerability &entry = vulnerabilities[cve];
            entry.id = cve;
            ++entry.devices;
            entry.safetyCritical += critical ? 1 : 0;
        }
    }

    posture.byClass = sortedCounts(byClass);
    posture.bySite = sortedCounts(bySite);
    for (DeviceStatus status : {DeviceStatus::Online, DeviceStatus::Offline, DeviceStatus::Degraded,
                                DeviceStatus::Disabled})
        posture.byStatus.append({toString(status), byStatus[std::size_t(status)]});
    posture.firmware = firmware.values();
    std::sort(posture.firmware.begin(), posture.firmware.end(),
              [](const ClassFirmware &a, const ClassFirmware &b) { return a.deviceClass < b.deviceClass; });
    posture.vulnerabilities = vulnerabilities.values();
    std::sort(posture.vulnerabilities.begin(), posture.vulnerabilities.end(),
              [](const Vulnerability &a, const Vulnerability &b) {
                  return a.devices != b.devices ? a.devices > b.devices : a.id < b.id;
              });

    for (const Incident &incident : input.incidents) {
        if (incident.state == IncidentState::Resolved)
            continue;
        ++posture.openIncidents;
        ++posture.openIncidentsBySeverity[std::size_t(incident.severity)];
    }

    const QDateTime horizon = now.addDays(expiryWindowDays);
    for (const Licence &licence : input.licences) {
        if (licence.state != LicenceState::Active)
            continue;
        ++posture.activeLicences;
        if (!licence.expires.isValid()) {
            ++posture.licencesWithoutExpiry;
            continue;
        }
        if (licence.expires <= horizon)
            posture.expiringLicences.append(
                {licence.id, licence.deviceId, deviceNames.value(licence.deviceId), licence.expires});
    }
    std::sort(posture.expiringLicences.begin(), posture.expiringLicences.end(),
              [](const ExpiringLicence &a, const ExpiringLicence &b) {
                  return a.expires != b.expires ? a.expires < b.expires : a.licenceId < b.licenceId;
              });
    return posture;
}

} // namespace warden
