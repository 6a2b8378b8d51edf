#pragma once

#include "domain/Device.h"
#include "domain/ThreatEvent.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace warden {

// Compact JSON written straight into a byte array, for the hot paths where QJsonObject + QJsonDocument cost too
// much: every simulated event is serialised once when it is committed (tens of thousands per second), and a first
// run writes up to a million devices. The output is byte for byte what QJsonDocument makes of ThreatEvent::toJson()
// and Device::toJson() (same members and values, keys in QJsonObject's sorted order). Not a general JSON library:
// everything else in fleetd uses QJsonDocument.
namespace JsonBytesWriter {

void appendString(QByteArray &out, QStringView text);
void appendValue(QByteArray &out, const QJsonValue &value);
// "2026-11-25T10:00:00.123Z" in quotes; null for an invalid time.
void appendTimestamp(QByteArray &out, const QDateTime &time);

QByteArray threatEvent(const ThreatEvent &event);
QByteArray device(const Device &device);

} // namespace JsonBytesWriter

} // namespace warden
