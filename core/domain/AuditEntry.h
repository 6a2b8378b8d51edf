#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// One link of a SHA-256 hash chain: hash = SHA-256(canonicalBytes()), and canonicalBytes() includes prev_hash.
struct AuditEntry {
    qint64 index = 0;
    QDateTime time;
    QString actor;  // operator name or "rule:<id>"
    QString action; // e.g. "quarantine.request"
    QString target; // e.g. device id
    QJsonObject details;
    QByteArray prevHash; // 32 bytes
    QByteArray hash;     // 32 bytes

    // The bytes that are hashed: everything but hash itself, in a fixed order. Exactly the compact JSON
    // (QJsonDocument::Compact, UTF-8) of {"action", "actor", "details", "index", "prev_hash", "target", "time"}, keys
    // sorted by QJsonObject, time as "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC, null when invalid), prev_hash as lowercase
    // hex, details verbatim (nested keys sorted as well). The audit chain and fleetd both hash these bytes, so any
    // change here breaks every stored chain: change it only together with a chain format version.
    QByteArray canonicalBytes() const;

    // JSON: the canonical fields plus "hash". Required: index (>= 0), time, actor, action, prev_hash and hash
    // (exactly 64 lowercase hex characters each); optional target (default ""), details (object, default {}).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.

    static Result<AuditEntry> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace warden
