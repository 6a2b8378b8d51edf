#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// One entry of the admission queue: a device that asked to join the fleet with a claimed identity (serial) and a key
// (its SHA-256 fingerprint), or an identity an operator preauthorized before the device showed up. A request that
// claims the serial of an admitted device with another key is a clone: cloneOf names the device it impersonates, and
// it can only be rejected, never merged into that device.
struct JoinRequest {
    QString id;
    QString serial;      // the claimed identity
    QString fingerprint; // 64 lowercase hex digits (SHA-256 of the public key); may be empty for a preauthorization
    QString keyType;     // e.g. "ecdsa-p256"
    QString deviceClass;
    QString vendor;
    QString model;
    QString siteId;    // where the request came in
    QString gatewayId;
    QDateTime firstSeen; // invalid for a preauthorization the device has not used yet
    QDateTime lastSeen;
    int attempts = 0;
    AdmissionState state = AdmissionState::Pending;
    QString cloneOf;   // id of the admitted device whose serial this request claims with another key
    QString deviceId;  // the device admitted under this request
    QString licenceId; // the licence request opened when it was accepted
    QString decidedBy;
    QDateTime decided;
    QString reason;

    bool isClone() const { return !cloneOf.isEmpty(); }

    // JSON: required id, serial, state; optional fingerprint (64 hex digits when present), key_type, device_class,
    // vendor, model, site_id, gateway_id, first_seen, last_seen, attempts (>= 0), clone_of, device_id, licence_id,
    // decided_by, decided, reason. Optional times are omitted when invalid.
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<JoinRequest> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const JoinRequest &, const JoinRequest &) = default;
};

} // namespace warden
