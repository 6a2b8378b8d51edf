#pragma once

#include "cache/SqliteDatabase.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace warden {

// The layout of a Warden cache file and the only code that changes it: creates a new file, validates an existing one
// (refusing, without writing, files that are not Warden caches or come from a newer Warden) and migrates older
// formats forward one step at a time. The format version lives in PRAGMA user_version, the file's identity in
// PRAGMA application_id. Not responsible for reading or writing rows (CacheStore).
//
// Column conventions (all versions):
// - times are INTEGER milliseconds since the Unix epoch, UTC; NULL for an invalid (unset) QDateTime;
// - enums are INTEGER holding the C++ enumerator's value (compact, fast to load); Enums.h is therefore append-only,
//   and a value outside the enum's range is reported as damage on load;
// - device capabilities are INTEGER flags (CapabilityOnlineUpdate | ...);
// - entities that are small in number and rich in structure (incidents, licences, firmware, campaigns, approvals,
//   rules, audit entries) keep the domain type's JSON in a `json` column plus the key columns worth filtering on;
// - owners keep only an opaque, sealed payload (encryption is plugged in by the caller), apart from device rows.
class CacheSchema {
    Q_DECLARE_TR_FUNCTIONS(CacheSchema)

public:
    // "WDEN": marks a file as a Warden cache, so another application's SQLite file is not mistaken for one.
    static constexpr qint32 ApplicationId = 0x5744454e;
    static constexpr int CurrentVersion = 3;

    // Bits of devices.capabilities.
    static constexpr qint64 CapabilityOnlineUpdate = 1;
    static constexpr qint64 CapabilityNeedsMaintenanceWindow = 2;
    static constexpr qint64 CapabilitySafetyCritical = 4;

    // SQL that brings a file from version `fromVersion` to `fromVersion + 1` (0 = empty file). Empty when there is
    // no such step. Migrations are append-only: a shipped step's SQL never changes.
    static QString migrationSql(int fromVersion);

    // Opens (creating if missing, unless readOnly) and prepares a cache file: validates it, enables WAL and
    // synchronous=NORMAL, and migrates it to CurrentVersion. A read-only open never migrates and requires the file
    // to be at CurrentVersion already.
    static Result<SqliteDatabase> open(const QString &path, bool readOnly = false);

    // The format version stored in the file (0 for a new, empty file).
    static Result<int> version(SqliteDatabase &database);

    // Runs the steps from the file's version to targetVersion, each in its own transaction.
    static Status migrate(SqliteDatabase &database, int targetVersion = CurrentVersion);
};

} // namespace warden
