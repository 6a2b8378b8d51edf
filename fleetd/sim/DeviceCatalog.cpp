#include "sim/DeviceCatalog.h"

namespace warden {

using namespace Qt::StringLiterals;

namespace {

// Weights in ThreatType order: port_scan, brute_force, default_credentials, malware_beacon, exfiltration,
// firmware_tamper, certificate_expiry, unknown_device, protocol_violation, licence_violation, anomaly.
using Weights = std::array<int, ThreatTypeCount>;

QList<DeviceClassProfile> buildProfiles()
{
    const QString siteBucket = QString::fromUtf16(SiteBucketScope);
    QList<DeviceClassProfile> profiles;

    DeviceClassProfile camera;
    camera.name = u"ip_camera"_s;
    camera.label = u"IP camera"_s;
    camera.namePrefix = u"CAM"_s;
    camera.family = SegmentFamily::Security;
    camera.siteWeights = {20, 15, 30, 30};
    camera.baseRisk = 30;
    camera.vendorModels = {
        {u"Axiom Vision"_s, u"AV-Dome 4K"_s}, {u"Kestrel Optics"_s, u"KO-B220"_s}, {u"Lumaview"_s, u"LV-PTZ 30x"_s}};
    camera.firmwareVersions = {u"5.4.2"_s, u"5.5.0"_s, u"5.7.1"_s, u"6.0.3"_s};
    camera.unverifiedVersion = u"6.1.0"_s;
    camera.services = {u"telnet"_s, u"rtsp"_s, u"http"_s};
    camera.protocols = {u"rtsp"_s, u"onvif"_s};
    camera.requestScopes = {u"telemetry-upload"_s, siteBucket};
    camera.usableScopes = {u"telemetry-upload"_s, siteBucket, u"remote-shell"_s, u"firmware-download"_s};
    camera.defaultCredentialsPossible = true;
    camera.eventWeights = Weights{320, 220, 110, 35, 15, 8, 60, 30, 120, 50, 30};
    profiles.append(camera);

    DeviceClassProfile door;
    door.name = u"door_controller"_s;
    door.label = u"Door controller"_s;
    door.namePrefix = u"DOOR"_s;
    door.family = SegmentFamily::Security;
    door.siteWeights = {8, 6, 12, 6};
    door.baseRisk = 30;
    door.vendorModels = {{u"Bastion Access"_s, u"BA-DC200"_s}, {u"Keyline Systems"_s, u"KL-4D"_s}};
    door.firmwareVersions = {u"2.0.8"_s, u"2.1.4"_s, u"2.2.0"_s};
    door.services = {u"http"_s, u"ssh"_s};
    door.protocols = {u"osdp"_s};
    door.requestScopes = {u"telemetry-upload"_s};
    door.usableScopes = {u"telemetry-upload"_s, u"remote-shell"_s, u"firmware-download"_s};
    door.defaultCredentialsPossible = true;
    door.eventWeights = Weights{250, 200, 90, 20, 5, 10, 90, 50, 200, 40, 20};
    profiles.append(door);

    DeviceClassProfile hvac;
    hvac.name = u"hvac_controller"_s;
    hvac.label = u"HVAC controller"_s;
    hvac.namePrefix = u"HVAC"_s;
    hvac.family = SegmentFamily::Building;
    hvac.siteWeights = {10, 10, 15, 8};
    hvac.baseRisk = 25;
    hvac.vendorModels = {{u"ClimaLogic"_s, u"CL-BMS 500"_s}, {u"Thermatrix"_s, u"TX-AHU-2"_s}};
    hvac.firmwareVersions = {u"3.2.1"_s, u"3.4.0"_s, u"4.0.2"_s};
    hvac.services = {u"http"_s, u"ssh"_s};
    hvac.protocols = {u"bacnet"_s, u"modbus"_s};
    hvac.requestScopes = {u"telemetry-upload"_s, u"remote-shell"_s};
    hvac.usableScopes = {u"telemetry-upload"_s, u"remote-shell"_s, u"firmware-download"_s};
    hvac.eventWeights = Weights{260, 120, 70, 25, 8, 10, 100, 60, 260, 60, 25};
    profiles.append(hvac);

    DeviceClassProfile plc;
    plc.name = u"plc"_s;
    plc.label = u"PLC"_s;
    plc.namePrefix = u"PLC"_s;
    plc.family = SegmentFamily::Ot;
    plc.capabilities.needsMaintenanceWindow = true;
    plc.siteWeights = {0, 40, 2, 6};
    plc.baseRisk = 45;
    plc.vendorModels = {{u"Ostwerk Automation"_s, u"OA-CPU 315"_s}, {u"Northfield Controls"_s, u"NFC-L85"_s}};
    plc.firmwareVersions = {u"1.8.4"_s, u"1.9.2"_s, u"2.0.0"_s, u"2.1.3"_s};
    plc.services = {u"telnet"_s, u"http"_s};
    plc.protocols = {u"modbus"_s, u"profinet"_s, u"s7comm"_s};
    plc.requestScopes = {u"firmware-download"_s, u"remote-shell"_s};
    plc.usableScopes = {u"firmware-download"_s, u"remote-shell"_s, u"telemetry-upload"_s};
    plc.eventWeights = Weights{200, 80, 40, 20, 8, 20, 60, 60, 420, 40, 40};
    profiles.append(plc);

    DeviceClassProfile meter;
    meter.name = u"smart_meter"_s;
    meter.label = u"Smart meter"_s;
    meter.namePrefix = u"MTR"_s;
    meter.family = SegmentFamily::Building;
    meter.siteWeights = {8, 10, 10, 30};
    meter.baseRisk = 15;
    meter.vendorModels = {{u"Gridwise"_s, u"GW-M300"_s}, {u"Voltamet"_s, u"VM-3PH"_s}};
    meter.firmwareVersions = {u"7.1.0"_s, u"7.2.5"_s, u"7.3.1"_s};
    meter.services = {u"ssh"_s};
    meter.protocols = {u"dlms"_s, u"mqtt"_s};
    meter.requestScopes = {u"telemetry-upload"_s};
    meter.usableScopes = {u"telemetry-upload"_s, siteBucket, u"firmware-download"_s};
    meter.eventWeights = Weights{220, 90, 50, 25, 10, 15, 200, 40, 230, 90, 30};
    profiles.append(meter);

    DeviceClassProfile badge;
    badge.name = u"badge_reader"_s;
    badge.label = u"Badge reader"_s;
    badge.namePrefix = u"BADGE"_s;
    badge.family = SegmentFamily::Security;
    badge.siteWeights = {8, 8, 20, 4};
    badge.baseRisk = 20;
    badge.vendorModels = {{u"Bastion Access"_s, u"BA-R10 Prox"_s}, {u"Cardlane"_s, u"CL-MultiClass"_s}};
    badge.firmwareVersions = {u"1.2.0"_s, u"1.3.2"_s, u"1.4.1"_s};
    badge.services = {u"http"_s};
    badge.protocols = {u"osdp"_s, u"wiegand"_s};
    badge.requestScopes = {u"telemetry-upload"_s};
    badge.usableScopes = {u"telemetry-upload"_s, u"firmware-download"_s};
    badge.eventWeights = Weights{240, 170, 90, 15, 5, 8, 120, 60, 220, 40, 20};
    profiles.append(badge);

    DeviceClassProfile tracker;
    tracker.name = u"vehicle_tracker"_s;
    tracker.label = u"Vehicle tracker"_s;
    tracker.namePrefix = u"TRK"_s;
    tracker.family = SegmentFamily::Fleet;
    tracker.siteWeights = {4, 11, 11, 16};
    tracker.baseRisk = 20;
    tracker.vendorModels = {{u"Routewise"_s, u"RW-T4 LTE"_s}, {u"Trackside"_s, u"TS-GNSS 2"_s}};
    tracker.firmwareVersions = {u"4.4.0"_s, u"4.5.3"_s, u"4.6.1"_s, u"5.0.0"_s};
    tracker.services = {u"ssh"_s};
    tracker.protocols = {u"mqtt"_s};
    tracker.requestScopes = {u"telemetry-upload"_s, u"firmware-download"_s};
    tracker.usableScopes = {u"telemetry-upload"_s, u"firmware-download"_s, siteBucket};
    tracker.eventWeights = Weights{200, 110, 40, 35, 20, 10, 180, 20, 160, 160, 40};
    profiles.append(tracker);

    DeviceClassProfile pump;
    pump.name = u"infusion_pump"_s;
    pump.label = u"Infusion pump"_s;
    pump.namePrefix = u"PUMP"_s;
    pump.family = SegmentFamily::Clinical;
    pump.capabilities.onlineUpdate = false;
    pump.capabilities.safetyCritical = true;
    pump.siteWeights = {22, 0, 0, 0};
    pump.baseRisk = 50;
    pump.vendorModels = {{u"Medicor"_s, u"Infusa 700"_s}, {u"Alvara Medical"_s, u"AM-Syringe S2"_s}};
    pump.firmwareVersions = {u"11.2.0"_s, u"11.4.1"_s, u"12.0.3"_s};
    pump.services = {u"telnet"_s, u"http"_s};
    pump.protocols = {u"hl7"_s};
    pump.requestScopes = {u"telemetry-upload"_s, u"patient-data"_s};
    pump.usableScopes = {u"telemetry-upload"_s, u"patient-data"_s, siteBucket, u"remote-shell"_s};
    pump.eventWeights = Weights{180, 60, 30, 10, 5, 8, 200, 50, 320, 100, 30};
    profiles.append(pump);

    DeviceClassProfile monitor;
    monitor.name = u"cardiac_monitor"_s;
    monitor.label = u"Cardiac monitor"_s;
    monitor.namePrefix = u"ECG"_s;
    monitor.family = SegmentFamily::Clinical;
    monitor.capabilities.onlineUpdate = false;
    monitor.capabilities.safetyCritical = true;
    monitor.siteWeights = {20, 0, 0, 0};
    monitor.baseRisk = 50;
    monitor.vendorModels = {{u"Medicor"_s, u"CardioView 12"_s}, {u"Pulsetec"_s, u"PT-ECG Telemetry"_s}};
    monitor.firmwareVersions = {u"8.0.5"_s, u"8.1.2"_s, u"8.2.0"_s, u"9.0.1"_s};
    monitor.services = {u"http"_s, u"ssh"_s};
    monitor.protocols = {u"hl7"_s, u"dicom"_s};
    monitor.requestScopes = {u"patient-data"_s, siteBucket};
    monitor.usableScopes = {u"patient-data"_s, siteBucket, u"telemetry-upload"_s};
    monitor.eventWeights = Weights{180, 60, 30, 10, 5, 8, 200, 50, 300, 120, 30};
    profiles.append(monitor);

    return profiles;
}

// CVE number j of a class: 10000-19999, distinct across classes (at most 10 ids per class).
QString cveId(int classIndex, int j)
{
    return u"CVE-2026-"_s + QString::number(10000 + classIndex * 811 + j * 53 + 17);
}

} // namespace

const QList<DeviceClassProfile> &deviceClassProfiles()
{
    static const QList<DeviceClassProfile> profiles = buildProfiles();
    return profiles;
}

int deviceClassIndex(QStringView name)
{
    const QList<DeviceClassProfile> &profiles = deviceClassProfiles();
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles[i].name == name)
            return i;
    }
    return -1;
}

const std::array<int, ThreatTypeCount> &genericEventWeights()
{
    static const Weights weights{300, 150, 60, 30, 12, 8, 110, 50, 180, 60, 40};
    return weights;
}

QString segmentFamilyName(SegmentFamily family)
{
    switch (family) {
    case SegmentFamily::Admin: return u"admin"_s;
    case SegmentFamily::Building: return u"building"_s;
    case SegmentFamily::Security: return u"security"_s;
    case SegmentFamily::Ot: return u"ot"_s;
    case SegmentFamily::Fleet: return u"fleet"_s;
    case SegmentFamily::Clinical: return u"clinical"_s;
    }
    return {};
}

// Image i of n signed images carries CVEs [2i, 2(n-1)): every newer image fixes two, the newest none.
QStringList firmwareVulnerabilities(int classIndex, int versionIndex)
{
    const QList<DeviceClassProfile> &profiles = deviceClassProfiles();
    if (classIndex < 0 || classIndex >= profiles.size())
        return {};
    const int n = static_cast<int>(profiles[classIndex].firmwareVersions.size());
    QStringList ids;
    for (int j = 2 * versionIndex; j < 2 * (n - 1); ++j)
        ids.append(cveId(classIndex, j));
    return ids;
}

QStringList firmwareFixes(int classIndex, int versionIndex)
{
    const QList<DeviceClassProfile> &profiles = deviceClassProfiles();
    if (classIndex < 0 || classIndex >= profiles.size() || versionIndex <= 0)
        return {};
    const int n = static_cast<int>(profiles[classIndex].firmwareVersions.size());
    QStringList ids;
    for (int j = 2 * (versionIndex - 1); j < 2 * versionIndex && j < 2 * (n - 1); ++j)
        ids.append(cveId(classIndex, j));
    return ids;
}

} // namespace warden
