#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace warden {

// A firmware image for one device class. An unverified image can never be pushed.
struct Firmware {
    QString id;
    QString deviceClass;
    QString version;
    bool signatureVerified = false;
    QStringList vulnerabilities; // CVE ids this version has
    QStringList fixes;           // CVE ids this version fixes
    QString releaseNotes;
    QDateTime released;

    // JSON: required id, device_class, version, signature_verified (never defaulted); optional vulnerabilities, fixes
    // (default []), release_notes (default "", <= 64 KiB), released (omitted when invalid).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Firmware> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Firmware &, const Firmware &) = default;
};

} // namespace warden
