#pragma once

#include "domain/Device.h"
#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace warden {

// Network segment families a site is split into; every family gets its own gateways and VLANs.
enum class SegmentFamily { Admin, Building, Security, Ot, Fleet, Clinical };
inline constexpr int SegmentFamilyCount = 6;

inline constexpr int ThreatTypeCount = static_cast<int>(ThreatType::Anomaly) + 1;
inline constexpr int SiteKindCount = static_cast<int>(SiteKind::City) + 1;

// Written into a scope list where the site's own bucket belongs ("cloud-storage:bucket-site-03").
inline constexpr char16_t SiteBucketScope[] = u"cloud-storage:bucket-{site}";

struct VendorModel {
    QString vendor;
    QString model;
};

// Everything the simulator knows about one device class. The table (DeviceCatalog.cpp) is:
//
// | class           | family   | online update | maintenance window | safety critical | sites (H/F/C/C %) |
// |-----------------|----------|---------------|--------------------|-----------------|-------------------|
// | ip_camera       | security | yes           | no                 | no              | 20 / 15 / 30 / 30 |
// | door_controller | security | yes           | no                 | no              |  8 /  6 / 12 /  6 |
// | hvac_controller | building | yes           | no                 | no              | 10 / 10 / 15 /  8 |
// | plc             | ot       | yes           | yes                | no              |  0 / 40 /  2 /  6 |
// | smart_meter     | building | yes           | no                 | no              |  8 / 10 / 10 / 30 |
// | badge_reader    | security | yes           | no                 | no              |  8 /  8 / 20 /  4 |
// | vehicle_tracker | fleet    | yes           | no                 | no              |  4 / 11 / 11 / 16 |
// | infusion_pump   | clinical | NO (physical) | -                  | yes             | 22 /  0 /  0 /  0 |
// | cardiac_monitor | clinical | NO (physical) | -                  | yes             | 20 /  0 /  0 /  0 |
//
// PLCs update only inside the site's maintenance window (stopping a line outside it costs production);
// infusion pumps and cardiac monitors are never flashed over the network: a technician services them in person.
struct DeviceClassProfile {
    QString name;       // wire name, e.g. "ip_camera"
    QString label;      // for people, e.g. "IP camera"
    QString namePrefix; // device names look like "CAM-03-0042"
    SegmentFamily family = SegmentFamily::Building;
    DeviceCapabilities capabilities;
    std::array<int, SiteKindCount> siteWeights{}; // percent of a site's devices, by SiteKind
    int baseRisk = 20;                            // risk score before firmware vulnerabilities
    QList<VendorModel> vendorModels;
    QStringList firmwareVersions;            // signed images, oldest first; the newest fixes everything older ones had
    QString unverifiedVersion;               // an image whose signature does not verify (may be empty)
    QStringList services;                    // login services attacked by brute force
    QStringList protocols;                   // protocols whose violations are reported
    QStringList requestScopes;               // scopes a licence request of this class asks for
    QStringList usableScopes;                // scopes a device of this class may try to use (licence violations)
    bool defaultCredentialsPossible = false; // ships with a factory password some owners never change
    std::array<int, ThreatTypeCount> eventWeights{}; // relative background frequency per ThreatType
};

// The fixed class table, in a stable order (the order is part of the simulator's determinism).
const QList<DeviceClassProfile> &deviceClassProfiles();

// Index into deviceClassProfiles(), or -1 when the class is unknown.
int deviceClassIndex(QStringView name);

// Event weights used for devices whose class is not in the table.
const std::array<int, ThreatTypeCount> &genericEventWeights();

// "clinical" for SegmentFamily::Clinical, used in segment names ("clinical-vlan-600").
QString segmentFamilyName(SegmentFamily family);

// CVE ids of the signed firmware image at versionIndex of a class (oldest images have the most).
QStringList firmwareVulnerabilities(int classIndex, int versionIndex);
// CVE ids the image at versionIndex fixes relative to the one before it.
QStringList firmwareFixes(int classIndex, int versionIndex);

} // namespace warden
