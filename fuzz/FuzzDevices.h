#pragma once

#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/ThreatEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The fixed small fleet the filter and rule harnesses evaluate against: every status, quarantine level and
// capability flag, empty and non-ASCII texts, dotted versions with suffixes, so most terms can come out either way.
namespace warden::fuzz {

inline Device makeDevice(const char16_t *id, const char16_t *name, const char16_t *deviceClass, const char16_t *vendor,
                         const char16_t *firmware, const char16_t *site, DeviceStatus status, int risk,
                         QuarantineLevel quarantine, DeviceCapabilities capabilities)
{
    Device device;
    device.id = QString::fromUtf16(id);
    device.name = QString::fromUtf16(name);
    device.deviceClass = QString::fromUtf16(deviceClass);
    device.vendor = QString::fromUtf16(vendor);
    device.model = QStringLiteral("X 200");
    device.firmwareVersion = QString::fromUtf16(firmware);
    device.siteId = QString::fromUtf16(site);
    device.gatewayId = QStringLiteral("gw-") + device.siteId;
    device.segment = status == DeviceStatus::Online ? QStringLiteral("clinical-vlan-20") : QString();
    device.status = status;
    device.riskScore = risk;
    device.quarantine = quarantine;
    device.capabilities = capabilities;
    device.lastSeen = QDateTime::fromMSecsSinceEpoch(1764064800000LL, Qt::UTC);
    return device;
}

inline const QList<Device> &devices()
{
    static const QList<Device> list{
        makeDevice(u"dev-000001", u"Lobby Camera 1", u"ip_camera", u"Acme", u"2.3.9", u"north-campus",
                   DeviceStatus::Online, 91, QuarantineLevel::None, {true, false, false}),
        makeDevice(u"dev-000002", u"Infusion pump \u00dcberwachung", u"infusion_pump", u"MedCo", u"2.10.0",
                   u"north-campus", DeviceStatus::Degraded, 40, QuarantineLevel::Isolate, {false, true, true}),
        makeDevice(u"dev-000003", u"Parking sensor", u"parking_sensor", u"acme", u"v2.4rc1", u"south",
                   DeviceStatus::Offline, 5, QuarantineLevel::RevokeCredentials, {true, true, false}),
        makeDevice(u"dev-000004", u"STRASSE \u0130stanbul \u03a3", u"cardiac_monitor", u"MEDCO", u"", u"south",
                   DeviceStatus::Disabled, 70, QuarantineLevel::Disable, {false, false, true}),
    };
    return list;
}

inline const QList<Firmware> &firmwareCatalogue()
{
    static const QList<Firmware> list = [] {
        Firmware vulnerable;
        vulnerable.id = QStringLiteral("fw-1");
        vulnerable.deviceClass = QStringLiteral("ip_camera");
        vulnerable.version = QStringLiteral("2.3.9");
        vulnerable.vulnerabilities = {QStringLiteral("CVE-2026-12345"), QStringLiteral("CVE-2025-0001")};
        Firmware clean;
        clean.id = QStringLiteral("fw-2");
        clean.deviceClass = QStringLiteral("infusion_pump");
        clean.version = QStringLiteral("2.10");
        Firmware suffixed;
        suffixed.id = QStringLiteral("fw-3");
        suffixed.deviceClass = QStringLiteral("parking_sensor");
        suffixed.version = QStringLiteral("2.4rc1");
        suffixed.vulnerabilities = {QStringLiteral("CVE-2024-9999")};
        return QList<Firmware>{vulnerable, clean, suffixed};
    }();
    return list;
}

inline const QList<ThreatEvent> &events()
{
    static const QList<ThreatEvent> list = [] {
        QList<ThreatEvent> result;
        const ThreatType types[] = {ThreatType::BruteForce, ThreatType::PortScan, ThreatType::MalwareBeacon,
                                    ThreatType::Anomaly};
        const Severity severities[] = {Severity::Critical, Severity::Minor, Severity::Major, Severity::Indeterminate};
        for (int i = 0; i < 4; ++i) {
            ThreatEvent event;
            event.seq = i + 1;
            event.time = QDateTime::fromMSecsSinceEpoch(1764064800000LL + i * 1000, Qt::UTC);
            event.deviceId = devices().at(i).id;
            event.type = types[i];
            event.severity = severities[i];
            event.source = i % 2 ? QStringLiteral("10.0.0.5") : QStringLiteral("dev-000002");
            event.destination = i % 2 ? devices().at(i).id : QString();
            result.append(event);
        }
        return result;
    }();
    return list;
}

} // namespace warden::fuzz
