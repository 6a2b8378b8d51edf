#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// One event of the live stream. seq is the backend's gap-free sequence number (>= 1).
struct ThreatEvent {
    qint64 seq = 0;
    QDateTime time; // UTC, millisecond precision
    QString deviceId;
    ThreatType type = ThreatType::PortScan;
    Severity severity = Severity::Indeterminate;
    QString source;      // address or device id the traffic came from
    QString destination; // address or device id it went to
    QJsonObject details; // type-specific fields, kept verbatim

    // JSON: required seq (>= 1), time, device_id, type, severity; optional source, destination (default ""),
    // details (object, default {}, <= 64 KiB compact).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<ThreatEvent> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const ThreatEvent &, const ThreatEvent &) = default;
};

} // namespace warden
