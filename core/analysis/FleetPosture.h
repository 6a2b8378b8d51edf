#pragma once

#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/Incident.h"
#include "domain/Licence.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace warden {

// The fleet state a posture report summarises, from one or more backends' caches (lists are concatenated).
struct FleetPostureInput {
    QList<Device> devices;
    QList<Firmware> firmware;
    QList<Incident> incidents;
    QList<Licence> licences;
    QHash<QString, QString> siteNames; // site id -> name

    void append(FleetPostureInput other);
};

// Figures of a fleet's security posture: its size by class, site and status, how current its firmware is and
// which known vulnerabilities it carries, open incidents by severity, quarantines and licences about to expire.
// Pure computation over domain values (no I/O, no personal data: owners, notes and assignees are not read).
struct FleetPosture {
    struct Count {
        QString label;
        qint64 count = 0;
        friend bool operator==(const Count &, const Count &) = default;
    };
    // Firmware of one device class against the newest image the catalogue has for it.
    struct ClassFirmware {
        QString deviceClass;
        QString latestVersion; // empty when the catalogue has no image for the class
        qint64 devices = 0;
        qint64 current = 0;    // on the latest version
        qint64 behind = 0;     // on an older version the catalogue knows
        qint64 unknown = 0;    // on a version the catalogue does not know
        qint64 vulnerable = 0; // on a version with known vulnerabilities
    };
    struct Vulnerability {
        QString id;               // e.g. CVE-2024-1234
        qint64 devices = 0;       // devices on a version that has it
        qint64 safetyCritical = 0;
    };
    struct ExpiringLicence {
        QString licenceId;
        QString deviceId;
        QString deviceName;
        QDateTime expires;
    };

    static constexpr int SeverityCount = int(Severity::Indeterminate) + 1;
    static constexpr int QuarantineLevelCount = int(QuarantineLevel::RevokeCredentials) + 1;

    qint64 devices = 0;
    qint64 safetyCritical = 0;
    QList<Count> byClass;  // most devices first, then by label
    QList<Count> bySite;   // site names where known
    QList<Count> byStatus; // every status, in enum order
    QList<ClassFirmware> firmware; // by device class
    qint64 devicesCurrent = 0;
    qint64 devicesBehind = 0;
    qint64 devicesUnknownFirmware = 0;
    qint64 devicesVulnerable = 0;
    qint64 safetyCriticalVulnerable = 0;
    QList<Vulnerability> vulnerabilities; // most exposed devices first
    int openIncidents = 0;
    std::array<int, SeverityCount> openIncidentsBySeverity{};
    qint64 quarantined = 0;
    std::array<qint64, QuarantineLevelCount> quarantinedByLevel{}; // index None stays 0
    qint64 activeLicences = 0;
    qint64 licencesWithoutExpiry = 0;
    QList<ExpiringLicence> expiringLicences; // active ones expiring within the window, soonest first
    int expiryWindowDays = 30;

    static FleetPosture compute(const FleetPostureInput &input, const QDateTime &now, int expiryWindowDays = 30);
};

} // namespace warden
