#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// What a device can and cannot do; drives update planning and the four-eyes rules.
struct DeviceCapabilities {
    bool onlineUpdate = true;      // can take an over-the-air update
    bool needsMaintenanceWindow = false;
    bool safetyCritical = false;   // e.g. infusion pump, cardiac monitor
    friend bool operator==(const DeviceCapabilities &, const DeviceCapabilities &) = default;
};

// One entry of the device register. Owner is a reference to personal data kept apart (PII vault).
struct Device {
    QString id;
    QString name;
    QString deviceClass; // e.g. "ip_camera", "infusion_pump"
    QString vendor;
    QString model;
    QString firmwareVersion;
    QString siteId;
    QString gatewayId;
    QString segment;
    QString ownerRef;    // key into the owners (PII) table, never the name itself
    QString location;
    QString notes;
    DeviceStatus status = DeviceStatus::Online;
    int riskScore = 0;   // 0..100
    QDateTime lastSeen;  // UTC
    DeviceCapabilities capabilities;
    QuarantineLevel quarantine = QuarantineLevel::None;
    qint64 revision = 0; // backend revision of the last change (delta sync)

    // JSON: required id, name, device_class, site_id, status, risk_score (0..100), quarantine and capabilities with
    // all three of online_update, needs_maintenance_window, safety_critical (security decisions hang on them, so
    // none is defaulted). Optional (default "" / invalid / 0): vendor, model, firmware_version, gateway_id, segment,
    // owner_ref, location, notes (<= 64 KiB), last_seen (omitted from output when invalid), revision (>= 0).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Device> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Device &, const Device &) = default;
};

// Personal data of a device owner; lives only in the encrypted owners table.
struct Owner {
    QString ref;
    QString name;
    QString email;
    QString phone;
    // Sealed in the cache with a key this session does not have: only ref is known (never sent or stored).
    bool locked = false;

    static Result<Owner> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Owner &, const Owner &) = default;
};

} // namespace warden
