#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// One link of a SHA-256 hash chain: hash = SHA-256(prevHash || canonical bytes of the entry).
struct AuditEntry {
    qint64 index = 0;
    QDateTime time;
    QString actor;  // operator name or "rule:<id>"
    QString action; // e.g. "quarantine.request"
    QString target; // e.g. device id
    QJsonObject details;
    QByteArray prevHash; // 32 bytes
    QByteArray hash;     // 32 bytes

    // The bytes that are hashed: everything but hash itself, in a fixed order.
    QByteArray canonicalBytes() const;

    static Result<AuditEntry> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace warden
