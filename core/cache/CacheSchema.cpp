#include "cache/CacheSchema.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace warden {

namespace {

// Version 1: the first shipped layout. Frozen: never edit, add a step instead.
constexpr char MigrationToV1[] = R"sql(
PRAGMA application_id = 1464091982;
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;
CREATE TABLE stream_state (
    backend TEXT PRIMARY KEY NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
) WITHOUT ROWID;
CREATE TABLE sites (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    city TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE gateways (
    id TEXT PRIMARY KEY NOT NULL,
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    segment TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE links (
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (from_id, to_id, kind)
) WITHOUT ROWID;
CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    device_class TEXT NOT NULL,
    vendor TEXT NOT NULL,
    model TEXT NOT NULL,
    firmware_version TEXT NOT NULL,
    site_id TEXT NOT NULL,
    gateway_id TEXT NOT NULL,
    segment TEXT NOT NULL,
    owner_ref TEXT NOT NULL,
    location TEXT NOT NULL,
    status INTEGER NOT NULL,
    risk_score INTEGER NOT NULL,
    last_seen INTEGER,
    capabilities INTEGER NOT NULL,
    quarantine INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
CREATE TABLE owners (
    ref TEXT PRIMARY KEY NOT NULL,
    payload BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE events (
    seq INTEGER PRIMARY KEY NOT NULL,
    time_ms INTEGER,
    device_id TEXT NOT NULL,
    type INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    source TEXT NOT NULL,
    destination TEXT NOT NULL,
    details TEXT
);
CREATE INDEX events_time ON events (time_ms);
CREATE INDEX events_device ON events (device_id);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    site_id TEXT NOT NULL,
    updated INTEGER,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE licences (
    id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE firmware (
    id TEXT PRIMARY KEY NOT NULL,
    device_class TEXT NOT NULL,
    version TEXT NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE approvals (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE rules (
    id TEXT PRIMARY KEY NOT NULL,
    enabled INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_local (
    idx INTEGER PRIMARY KEY NOT NULL,
    json TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_backend (
    idx INTEGER PRIMARY KEY NOT NULL,
    json TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE pending_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending_confirmation', 'sent', 'failed')),
    message TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 2: operators' free-text device notes are cached; incidents are filtered by state in the offline view.
constexpr char MigrationToV2[] = R"sql(
ALTER TABLE devices ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX incidents_state ON incidents (state);
)sql";

// Version 3: device identity (admission queue and credentials); the stored sync revision is dropped so the next
// sync is a full one and brings the identity collections a delta sync since an older revision would miss.
constexpr char MigrationToV3[] = R"sql(
CREATE TABLE join_requests (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE credentials (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    method INTEGER NOT NULL,
    expires INTEGER,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX credentials_expires ON credentials (expires);
DELETE FROM meta WHERE key = 'sync_revision';
)sql";

constexpr const char *Migrations[] = {MigrationToV1, MigrationToV2, MigrationToV3};
static_assert(std::size(Migrations) == CacheSchema::CurrentVersion, "one migration step per format version");

QString untouched(const QString &path, const QString &reason)
{
    return CacheSchema::tr("%1 is not a Warden cache (%2). It was left untouched.").arg(path, reason);
}

} // namespace

QString CacheSchema::migrationSql(int fromVersion)
{
    if (fromVersion < 0 || fromVersion >= int(std::size(Migrations)))
        return {};
    return QString::fromUtf8(Migrations[fromVersion]);
}

Result<int> CacheSchema::version(SqliteDatabase &database)
{
    Result<qint64> stored = database.queryInt64(QStringLiteral("PRAGMA user_version"));
    if (!stored.ok())
        return stored.error();
    return int(stored.value());
}

Result<SqliteDatabase> CacheSchema::open(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!readOnly && !existed && !QDir().mkpath(info.absolutePath()))
        return Result<SqliteDatabase>::failure(tr("Could not create the cache folder %1.").arg(info.absolutePath()));

    int resultCode = SQLITE_OK;
    Result<SqliteDatabase> opened = SqliteDatabase::open(
        path, readOnly ? SqliteDatabase::OpenMode::ReadOnly : SqliteDatabase::OpenMode::CreateIfMissing, &resultCode);
    if (!opened.ok()) {
        if (existed && (resultCode == SQLITE_NOTADB || resultCode == SQLITE_CORRUPT))
            return Result<SqliteDatabase>::failure(untouched(path, SqliteDatabase::describeResultCode(resultCode)));
        return opened.error();
    }
    SqliteDatabase database = std::move(opened).value();

    // Everything up to the journal_mode switch only reads, so a refused file stays byte-identical.
    Result<qint64> applicationId = database.queryInt64(QStringLiteral("PRAGMA application_id"));
    Result<int> storedVersion = version(database);
    Result<qint64> tables = database.queryInt64(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!applicationId.ok() || !storedVersion.ok() || !tables.ok()) {
        const int code = database.lastErrorCode();
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return Result<SqliteDatabase>::failure(untouched(path, SqliteDatabase::describeResultCode(code)));
        return !applicationId.ok() ? applicationId.error() : !storedVersion.ok() ? storedVersion.error() : tables.error();
    }
    const bool empty = applicationId.value() == 0 && storedVersion.value() == 0 && tables.value() == 0;
    if (!empty && applicationId.value() != ApplicationId)
        return Result<SqliteDatabase>::failure(untouched(path, tr("it is a database of another application")));
    if (storedVersion.value() > CurrentVersion) {
        return Result<SqliteDatabase>::failure(
            tr("%1 was written by a newer Warden (cache format %2; this version reads formats up to %3). It was left "
               "untouched; update Warden or use another cache folder.")
                .arg(path)
                .arg(storedVersion.value())
                .arg(CurrentVersion));
    }
    if (readOnly) {
        if (storedVersion.value() < CurrentVersion) {
            return Result<SqliteDatabase>::failure(
                tr("%1 uses the older cache format %2 and cannot be upgraded while opened read-only.")
                    .arg(path)
                    .arg(storedVersion.value()));
        }
        return database;
    }

    // WAL: readers (UI loads) never block the writer; NORMAL: a commit survives a crash of this process (the OS
    // still has the WAL), only a power loss may drop the last commits, which the stream resume refetches.
    Result<SqliteStatement> journal = database.prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal.ok())
        return journal.error();
    Result<bool> journalRow = journal.value().step();
    if (!journalRow.ok())
        return journalRow.error();
    if (!journalRow.value() || journal.value().columnText(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Result<SqliteDatabase>::failure(tr("Could not switch %1 to write-ahead logging.").arg(path));
    journal.value().reset();
    Status configured = database.exec(
        QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;"));
    if (!configured.ok())
        return configured.error();

    Status migrated = migrate(database, CurrentVersion);
    if (!migrated.ok())
        return migrated.error();
    return database;
}

Status CacheSchema::migrate(SqliteDatabase &database, int targetVersion)
{
    if (targetVersion > CurrentVersion)
        return Status::failure(tr("Cache format %1 is unknown to this version of Warden.").arg(targetVersion));
    while (true) {
        Result<SqliteTransaction> transaction = SqliteTransaction::begin(database);
        if (!transaction.ok())
            return transaction.error();
        // Read inside the write lock: another process may have migrated the file while we waited.
        Result<int> current = version(database);
        if (!current.ok())
            return current.error();
        if (current.value() >= targetVersion)
            return {};
        const int from = current.value();
        Status stepped = database.exec(migrationSql(from));
        if (!stepped.ok()) {
            return Status::failure(
                tr("Could not upgrade the cache from format %1 to %2: %3").arg(from).arg(from + 1).arg(stepped.errorMessage()));
        }
        Status versioned = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1));
        if (!versioned.ok())
            return versioned;
        Status committed = transaction.value().commit();
        if (!committed.ok())
            return committed;
    }
}

} // namespace warden
