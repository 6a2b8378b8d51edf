#pragma once

#include "domain/ThreatEvent.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace warden {

// Compact JSON written straight into a byte array, for the one hot path where QJsonObject + QJsonDocument cost too
// much: every simulated event is serialised once when it is committed (tens of thousands per second). The output is
// ordinary JSON that parses to exactly what ThreatEvent::toJson() gives (same members, same values, keys in the same
// sorted order). Not a general JSON library: everything else in fleetd uses QJsonDocument.
namespace JsonBytesWriter {

void appendString(QByteArray &out, QStringView text);
void appendValue(QByteArray &out, const QJsonValue &value);
// "2026-11-25T10:00:00.123Z" in quotes; null for an invalid time.
void appendTimestamp(QByteArray &out, const QDateTime &time);

QByteArray threatEvent(const ThreatEvent &event);

} // namespace JsonBytesWriter

} // namespace warden
