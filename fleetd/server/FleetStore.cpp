#include "FleetStore.h"

#include "JsonBytesWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int SchemaVersion = 3;

constexpr FleetCollection AllCollections[] = {
    FleetCollection::Sites,     FleetCollection::Gateways,  FleetCollection::Links,     FleetCollection::Devices,
    FleetCollection::Owners,    FleetCollection::Firmware,  FleetCollection::Incidents, FleetCollection::Licences,
    FleetCollection::Campaigns, FleetCollection::Approvals, FleetCollection::Rules,     FleetCollection::JoinRequests,
    FleetCollection::Credentials,
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> parseObject(QByteArrayView json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

// --- opening and schema ---------------------------------------------------------------------------------------------

FleetStore::FleetStore(SqliteDatabase database) : m_db(std::move(database)) {}

FleetStore::~FleetStore() = default;

Result<std::unique_ptr<FleetStore>> FleetStore::open(const QString &path)
{
    using R = Result<std::unique_ptr<FleetStore>>;
    QDir().mkpath(QFileInfo(path).absolutePath());
    Result<SqliteDatabase> database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    // Account hashes and TOTP secrets live here: owner-only, like the keys (SQLite gives -wal/-shm the same mode).
    ::chmod(QFile::encodeName(path).constData(), 0600);
    std::unique_ptr<FleetStore> store(new FleetStore(std::move(database).value()));
    if (const Status status = store->createSchema(); !status)
        return status.error();
    if (const Status status = store->loadCounters(); !status)
        return status.error();
    qint64 version = store->meta(u"schema_version"_s, u"0"_s).toLongLong();
    if (version == 1) {
        // Version 2 keeps each campaign target's wave and the time of its latest state change.
        if (const Status status = store->m_db.exec(
                u"ALTER TABLE campaign_devices ADD COLUMN wave INTEGER NOT NULL DEFAULT 0;"
                u"ALTER TABLE campaign_devices ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;"
                u"UPDATE meta SET value = '2' WHERE key = 'schema_version';"_s);
            !status)
            return status.error();
        version = 2;
    }
    if (version == 2) {
        // Version 3: a campaign carries a default maintenance window plus per-site windows. Older rows had at most
        // the default, and a campaign stored without one ran in 01:00-05:00 (the scheduler's built-in default):
        // say so in the row, and give every row an empty site_windows, so a row tells exactly what is scheduled.
        Result<QList<QJsonObject>> campaigns = store->allObjects(FleetCollection::Campaigns);
        if (!campaigns)
            return campaigns.error();
        if (const Status status = store->m_db.exec(u"BEGIN IMMEDIATE;"_s); !status)
            return status.error();
        for (QJsonObject campaign : std::as_const(*campaigns)) {
            if (!campaign.value(u"maintenance_window"_s).isObject())
                campaign.insert(u"maintenance_window"_s,
                                QJsonObject{{u"start"_s, u"01:00"_s}, {u"end"_s, u"05:00"_s}});
            if (!campaign.value(u"site_windows"_s).isObject())
                campaign.insert(u"site_windows"_s, QJsonObject());
            Result<SqliteStatement> update = store->m_db.prepare(u"UPDATE obj_campaigns SET json = ?2 WHERE id = ?1"_s);
            if (!update)
                return update.error();
            update.value().bindText(1, campaign.value(u"id"_s).toString());
            update.value().bindBlob(2, QJsonDocument(campaign).toJson(QJsonDocument::Compact));
            if (const Status status = update.value().execute(); !status)
                return status.error();
        }
        if (const Status status =
                store->m_db.exec(u"UPDATE meta SET value = '3' WHERE key = 'schema_version'; COMMIT;"_s);
            !status)
            return status.error();
        version = 3;
    }
    if (version != SchemaVersion) {
        return R::failure(tr("The fleet store %1 has schema version %2; this fleetd understands version %3.")
                              .arg(path, QString::number(version), QString::number(SchemaVersion)));
    }
    return store;
}

QString FleetStore::collectionName(FleetCollection collection)
{
    switch (collection) {
    case FleetCollection::Sites: return u"sites"_s;
    case FleetCollection::Gateways: return u"gateways"_s;
    case FleetCollection::Links: return u"links"_s;
    case FleetCollection::Devices: return u"devices"_s;
    case FleetCollection::Owners: return u"owners"_s;
    case FleetCollection::Firmware: return u"firmware"_s;
    case FleetCollection::Incidents: return u"incidents"_s;
    case FleetCollection::Licences: return u"licences"_s;
    case FleetCollection::Campaigns: return u"campaigns"_s;
    case FleetCollection::Approvals: return u"approvals"_s;
    case FleetCollection::Rules: return u"rules"_s;
    case FleetCollection::JoinRequests: return u"admission"_s;
    case FleetCollection::Credentials: return u"credentials"_s;
    }
    return {};
}

QString FleetStore::table(FleetCollection collection)
{
    return u"obj_"_s + collectionName(collection);
}

Status FleetStore::createSchema()
{
    // WAL lets readers of the API and the simulation's writer overlap; NORMAL sync is durable across a process kill
    // (only an OS crash can lose the newest transactions), which is what the stream resume guarantee needs.
    QString sql = uR"(
        PRAGMA journal_mode=WAL;
        PRAGMA synchronous=NORMAL;
        PRAGMA temp_store=MEMORY;
        PRAGMA cache_size=-65536;
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS tombstones(collection TEXT NOT NULL, id TEXT NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY(collection, id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS tombstones_revision ON tombstones(collection, revision);
        CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, json BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS accounts(user TEXT PRIMARY KEY, password_hash TEXT NOT NULL, roles TEXT NOT NULL,
            totp_secret BLOB NOT NULL, failed_count INTEGER NOT NULL, locked_until_ms INTEGER NOT NULL,
            last_totp_step INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS quarantines(device_id TEXT PRIMARY KEY, level TEXT NOT NULL, reason TEXT NOT NULL,
            expires_ms INTEGER NOT NULL, actor TEXT NOT NULL, rule_id TEXT NOT NULL, created_ms INTEGER NOT NULL)
            WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS campaign_devices(campaign_id TEXT NOT NULL, device_id TEXT NOT NULL,
            state TEXT NOT NULL, message TEXT NOT NULL, wave INTEGER NOT NULL DEFAULT 0,
            updated_ms INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(campaign_id, device_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS campaign_devices_state ON campaign_devices(state);
        CREATE INDEX IF NOT EXISTS campaign_devices_device ON campaign_devices(device_id);
        CREATE TABLE IF NOT EXISTS audit(idx INTEGER PRIMARY KEY, json BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS obj_devices(id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json BLOB NOT NULL,
            device_class TEXT NOT NULL, site_id TEXT NOT NULL, safety_critical INTEGER NOT NULL, status TEXT NOT NULL)
            WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS obj_devices_revision ON obj_devices(revision);
        CREATE INDEX IF NOT EXISTS obj_devices_class ON obj_devices(device_class, site_id);
    )"_s;
    for (const FleetCollection collection : AllCollections) {
        if (collection == FleetCollection::Devices)
            continue;
        const QString name = table(collection);
        sql += u"CREATE TABLE IF NOT EXISTS "_s + name
            + u"(id TEXT PRIMARY KEY, revision INTEGER NOT NULL, json BLOB NOT NULL) WITHOUT ROWID;\n"_s
            + u"CREATE INDEX IF NOT EXISTS "_s + name + u"_revision ON "_s + name + u"(revision);\n"_s;
    }
    sql += u"INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '%1');"_s.arg(SchemaVersion);
    return m_db.exec(sql);
}

Status FleetStore::loadCounters()
{
    m_revision = meta(u"revision"_s, u"0"_s).toLongLong();
    const Result<qint64> last = m_db.queryInt64(u"SELECT coalesce(max(seq), 0) FROM events"_s);
    if (!last)
        return last.error();
    m_lastSeq = *last;
    // Events may all have been pruned; the sequence must still continue where it was.
    m_lastSeq = std::max(m_lastSeq, meta(u"last_seq"_s, u"0"_s).toLongLong());
    const Result<qint64> oldest = m_db.queryInt64(u"SELECT coalesce(min(seq), 0) FROM events"_s);
    if (!oldest)
        return oldest.error();
    m_oldestSeq = *oldest > 0 ? *oldest : m_lastSeq + 1;
    return Status::success();
}

Status FleetStore::persistCounters()
{
    if (const Status status = setMeta(u"revision"_s, QString::number(m_revision)); !status)
        return status;
    return setMeta(u"last_seq"_s, QString::number(m_lastSeq));
}

// --- transactions ---------------------------------------------------------------------------------------------------

FleetStore::WriteScope::WriteScope(FleetStore *store, SqliteTransaction transaction)
    : m_store(store), m_transaction(std::move(transaction)), m_revisionBefore(store->m_revision),
      m_lastSeqBefore(store->m_lastSeq)
{
}

FleetStore::WriteScope::WriteScope(WriteScope &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr)), m_transaction(std::move(other.m_transaction)),
      m_revisionBefore(other.m_revisionBefore), m_lastSeqBefore(other.m_lastSeqBefore)
{
    other.m_transaction.reset();
}

FleetStore::WriteScope::~WriteScope()
{
    if (m_store && m_transaction) {
        m_transaction->rollback();
        m_store->m_revision = m_revisionBefore;
        m_store->m_lastSeq = m_lastSeqBefore;
    }
}

Status FleetStore::WriteScope::commit()
{
    if (!m_store || !m_transaction)
        return Status::failure(tr("The transaction was already finished."));
    if (const Status status = m_store->persistCounters(); !status)
        return status;
    if (const Status status = m_transaction->commit(); !status)
        return status;
    m_transaction.reset();
    return Status::success();
}

Result<FleetStore::WriteScope> FleetStore::write()
{
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    return WriteScope(this, std::move(transaction).value());
}

// --- key/value ------------------------------------------------------------------------------------------------------

QString FleetStore::meta(const QString &key, const QString &fallback)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT value FROM meta WHERE key = ?1"_s);
    if (!statement)
        return fallback;
    statement.value().bindText(1, key);
    const Result<bool> row = statement.value().step();
    if (!row || !*row)
        return fallback;
    return statement.value().columnText(0);
}

Status FleetStore::setMeta(const QString &key, const QString &value)
{
    Result<SqliteStatement> statement =
        m_db.prepare(u"INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, key);
    statement.value().bindText(2, value);
    return statement.value().execute();
}

Result<QString> FleetStore::nextId(const QString &prefix, int width)
{
    const QString key = u"next_id_"_s + prefix;
    const qint64 next = meta(key, u"1"_s).toLongLong();
    if (Status status = setMeta(key, QString::number(next + 1)); !status)
        return status.error();
    return QString(prefix + u'-' + QString::number(next).rightJustified(width, u'0'));
}

// --- generic objects ------------------------------------------------------------------------------------------------

Status FleetStore::putObject(FleetCollection collection, const QString &id, const QByteArray &compactJson,
                             qint64 revision)
{
    if (collection == FleetCollection::Devices) {
        std::optional<QJsonObject> json = parseObject(compactJson);
        Result<Device> device = json ? Device::fromJson(*json) : Result<Device>::failure(tr("Not a JSON object."));
        if (!device)
            return device.error();
        device.value().revision = revision;
        return insertDevices({*device}, revision);
    }
    Result<SqliteStatement> statement = m_db.prepare(
        u"INSERT INTO "_s + table(collection)
        + u"(id, revision, json) VALUES(?1, ?2, ?3) ON CONFLICT(id) DO UPDATE SET revision = ?2, json = ?3"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, id);
    statement.value().bindInt64(2, revision);
    statement.value().bindBlob(3, compactJson);
    if (const Status status = statement.value().execute(); !status)
        return status;
    Result<SqliteStatement> tombstone = m_db.prepare(u"DELETE FROM tombstones WHERE collection = ?1 AND id = ?2"_s);
    if (!tombstone)
        return tombstone.error();
    tombstone.value().bindText(1, collectionName(collection));
    tombstone.value().bindText(2, id);
    return tombstone.value().execute();
}

std::optional<QByteArray> FleetStore::objectJson(FleetCollection collection, const QString &id)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT json FROM "_s + table(collection) + u" WHERE id = ?1"_s);
    if (!statement)
        return std::nullopt;
    statement.value().bindText(1, id);
    const Result<bool> row = statement.value().step();
    if (!row || !*row)
        return std::nullopt;
    return statement.value().columnBlob(0);
}

std::optional<QJsonObject> FleetStore::object(FleetCollection collection, const QString &id)
{
    const std::optional<QByteArray> json = objectJson(collection, id);
    if (!json)
        return std::nullopt;
    return parseObject(*json);
}

Result<bool> FleetStore::deleteObject(FleetCollection collection, const QString &id)
{
    Result<SqliteStatement> statement = m_db.prepare(u"DELETE FROM "_s + table(collection) + u" WHERE id = ?1"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, id);
    if (const Status status = statement.value().execute(); !status)
        return status.error();
    if (m_db.changes() == 0)
        return false;
    Result<SqliteStatement> tombstone = m_db.prepare(
        u"INSERT INTO tombstones(collection, id, revision) VALUES(?1, ?2, ?3) "
        u"ON CONFLICT(collection, id) DO UPDATE SET revision = ?3"_s);
    if (!tombstone)
        return tombstone.error();
    tombstone.value().bindText(1, collectionName(collection));
    tombstone.value().bindText(2, id);
    tombstone.value().bindInt64(3, nextRevision());
    if (const Status status = tombstone.value().execute(); !status)
        return status.error();
    return true;
}

Result<StoredPage> FleetStore::page(FleetCollection collection, const QString &afterId, qint64 since, int limit)
{
    const QString name = table(collection);
    QString sql = u"SELECT id, json FROM "_s + name + u" WHERE id > ?1 ORDER BY id LIMIT ?3"_s;
    if (since >= 0) {
        // A delta of a few changed rows must not scan a million-row table in id order: when the revision index
        // says the delta is small, read it through that index and sort; otherwise walk the ids.
        constexpr qint64 SmallDelta = 100000;
        Result<SqliteStatement> counter = m_db.prepare(u"SELECT count(*) FROM (SELECT 1 FROM "_s + name
                                                       + u" INDEXED BY "_s + name
                                                       + u"_revision WHERE revision > ?1 LIMIT ?2)"_s);
        if (!counter)
            return counter.error();
        counter.value().bindInt64(1, since);
        counter.value().bindInt64(2, SmallDelta + 1);
        const Result<bool> counted = counter.value().step();
        if (!counted)
            return counted.error();
        const bool small = *counted && counter.value().columnInt64(0) <= SmallDelta;
        sql = u"SELECT id, json FROM "_s + name + (small ? u" INDEXED BY "_s + name + u"_revision"_s : QString())
            + u" WHERE id > ?1 AND revision > ?2 ORDER BY id LIMIT ?3"_s;
    }
    Result<SqliteStatement> statement = m_db.prepare(sql);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, afterId);
    if (since >= 0)
        statement.value().bindInt64(2, since);
    statement.value().bindInt64(3, qint64(limit) + 1);
    StoredPage result;
    result.items.reserve(limit);
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (result.items.size() == limit) {
            result.more = true;
            break;
        }
        result.lastId = statement.value().columnText(0);
        result.items.append(statement.value().columnBlob(1));
    }
    return result;
}

Result<QStringList> FleetStore::deletedSince(FleetCollection collection, qint64 since, qint64 upTo)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT id FROM tombstones WHERE collection = ?1 AND revision > ?2 AND revision <= ?3 ORDER BY id"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, collectionName(collection));
    statement.value().bindInt64(2, since);
    statement.value().bindInt64(3, upTo);
    QStringList ids;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.append(statement.value().columnText(0));
    }
    return ids;
}

Result<QList<QJsonObject>> FleetStore::allObjects(FleetCollection collection)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT json FROM "_s + table(collection) + u" ORDER BY id"_s);
    if (!statement)
        return statement.error();
    QList<QJsonObject> objects;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (std::optional<QJsonObject> object = parseObject(statement.value().columnTextUtf8(0)))
            objects.append(std::move(*object));
    }
    return objects;
}

Result<qint64> FleetStore::count(FleetCollection collection)
{
    return m_db.queryInt64(u"SELECT count(*) FROM "_s + table(collection));
}

// --- devices --------------------------------------------------------------------------------------------------------

Status FleetStore::putDevice(Device &device)
{
    device.revision = nextRevision();
    return insertDevices({device}, device.revision);
}

Status FleetStore::insertDevices(const QList<Device> &devices, qint64 revision)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"INSERT INTO obj_devices(id, revision, json, device_class, site_id, safety_critical, status) "
        u"VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET revision = ?2, json = ?3, "
        u"device_class = ?4, site_id = ?5, safety_critical = ?6, status = ?7"_s);
    if (!statement)
        return statement.error();
    for (const Device &original : devices) {
        Device device = original;
        device.revision = revision;
        statement.value().bindText(1, device.id);
        statement.value().bindInt64(2, revision);
        statement.value().bindBlob(3, JsonBytesWriter::device(device));
        statement.value().bindText(4, device.deviceClass);
        statement.value().bindText(5, device.siteId);
        statement.value().bindInt64(6, device.capabilities.safetyCritical ? 1 : 0);
        statement.value().bindText(7, toString(device.status));
        if (const Status status = statement.value().execute(); !status)
            return status;
    }
    return Status::success();
}

std::optional<Device> FleetStore::device(const QString &id)
{
    const std::optional<QJsonObject> json = object(FleetCollection::Devices, id);
    if (!json)
        return std::nullopt;
    Result<Device> device = Device::fromJson(*json);
    if (!device)
        return std::nullopt;
    return std::move(device).value();
}

Result<QStringList> FleetStore::deviceIds(const QString &deviceClass, const QString &siteId)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT id FROM obj_devices WHERE (?1 = '' OR device_class = ?1) AND (?2 = '' OR site_id = ?2) ORDER BY id"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, deviceClass);
    statement.value().bindText(2, siteId);
    QStringList ids;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.append(statement.value().columnText(0));
    }
    return ids;
}

Result<QStringList> FleetStore::deviceIdsWithStatus(DeviceStatus status)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT id FROM obj_devices WHERE status = ?1 ORDER BY id"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, toString(status));
    QStringList ids;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.append(statement.value().columnText(0));
    }
    return ids;
}

Result<QList<Device>> FleetStore::devicesOfClass(const QString &deviceClass)
{
    Result<SqliteStatement> statement =
        m_db.prepare(u"SELECT json FROM obj_devices WHERE device_class = ?1 ORDER BY id"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, deviceClass);
    QList<Device> devices;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::optional<QJsonObject> json = parseObject(statement.value().columnTextUtf8(0));
        if (!json)
            continue;
        Result<Device> device = Device::fromJson(*json);
        if (device)
            devices.append(std::move(device).value());
    }
    return devices;
}

Result<qint64> FleetStore::safetyCriticalCount(const QStringList &deviceIds)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT safety_critical FROM obj_devices WHERE id = ?1"_s);
    if (!statement)
        return statement.error();
    qint64 critical = 0;
    for (const QString &id : deviceIds) {
        statement.value().bindText(1, id);
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (*row && statement.value().columnInt64(0) != 0)
            ++critical;
        statement.value().reset();
    }
    return critical;
}

// --- events ---------------------------------------------------------------------------------------------------------

Result<QList<QByteArray>> FleetStore::appendEvents(QList<ThreatEvent> &events)
{
    Result<SqliteStatement> statement = m_db.prepare(u"INSERT INTO events(seq, json) VALUES(?1, ?2)"_s);
    if (!statement)
        return statement.error();
    QList<QByteArray> json;
    json.reserve(events.size());
    for (ThreatEvent &event : events) {
        event.seq = m_lastSeq + 1;
        QByteArray bytes = JsonBytesWriter::threatEvent(event);
        statement.value().bindInt64(1, event.seq);
        statement.value().bindBlob(2, bytes);
        if (const Status status = statement.value().execute(); !status)
            return status.error();
        ++m_lastSeq;
        json.append(std::move(bytes));
    }
    if (m_oldestSeq > m_lastSeq)
        m_oldestSeq = m_lastSeq - events.size() + 1;
    return json;
}

Result<QList<QByteArray>> FleetStore::eventJson(qint64 fromSeq, int limit)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT json FROM events WHERE seq >= ?1 ORDER BY seq LIMIT ?2"_s);
    if (!statement)
        return statement.error();
    statement.value().bindInt64(1, fromSeq);
    statement.value().bindInt64(2, limit);
    QList<QByteArray> result;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        result.append(statement.value().columnBlob(0));
    }
    return result;
}

Result<QList<ThreatEvent>> FleetStore::events(qint64 fromSeq, qint64 toSeq, int limit)
{
    Result<SqliteStatement> statement =
        m_db.prepare(u"SELECT json FROM events WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3"_s);
    if (!statement)
        return statement.error();
    statement.value().bindInt64(1, fromSeq);
    statement.value().bindInt64(2, toSeq);
    statement.value().bindInt64(3, limit);
    QList<ThreatEvent> result;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::optional<QJsonObject> json = parseObject(statement.value().columnTextUtf8(0));
        if (!json)
            continue;
        Result<ThreatEvent> event = ThreatEvent::fromJson(*json);
        if (event)
            result.append(std::move(event).value());
    }
    return result;
}

Result<qint64> FleetStore::pruneEvents(qint64 keep, qint64 maxDelete)
{
    const qint64 retained = m_lastSeq - m_oldestSeq + 1;
    if (retained <= keep)
        return qint64(0);
    const qint64 newOldest = std::min(m_lastSeq - keep + 1, m_oldestSeq + maxDelete);
    Result<SqliteStatement> statement = m_db.prepare(u"DELETE FROM events WHERE seq < ?1"_s);
    if (!statement)
        return statement.error();
    statement.value().bindInt64(1, newOldest);
    if (const Status status = statement.value().execute(); !status)
        return status.error();
    const qint64 removed = newOldest - m_oldestSeq;
    m_oldestSeq = newOldest;
    return removed;
}

// --- accounts -------------------------------------------------------------------------------------------------------

Status FleetStore::putAccount(const FleetAccount &account)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"INSERT INTO accounts(user, password_hash, roles, totp_secret, failed_count, locked_until_ms, last_totp_step) "
        u"VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(user) DO UPDATE SET password_hash = ?2, roles = ?3, "
        u"totp_secret = ?4, failed_count = ?5, locked_until_ms = ?6, last_totp_step = ?7"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, account.user);
    statement.value().bindText(2, account.passwordHash);
    statement.value().bindText(3, account.roles.join(u','));
    statement.value().bindBlob(4, account.totpSecret);
    statement.value().bindInt64(5, account.failedCount);
    statement.value().bindInt64(6, account.lockedUntilMs);
    statement.value().bindInt64(7, account.lastTotpStep);
    return statement.value().execute();
}

std::optional<FleetAccount> FleetStore::account(const QString &user)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT user, password_hash, roles, totp_secret, failed_count, locked_until_ms, last_totp_step "
        u"FROM accounts WHERE user = ?1"_s);
    if (!statement)
        return std::nullopt;
    statement.value().bindText(1, user);
    const Result<bool> row = statement.value().step();
    if (!row || !*row)
        return std::nullopt;
    FleetAccount account;
    account.user = statement.value().columnText(0);
    account.passwordHash = statement.value().columnText(1);
    account.roles = statement.value().columnText(2).split(u',', Qt::SkipEmptyParts);
    account.totpSecret = statement.value().columnBlob(3);
    account.failedCount = static_cast<int>(statement.value().columnInt64(4));
    account.lockedUntilMs = statement.value().columnInt64(5);
    account.lastTotpStep = statement.value().columnInt64(6);
    return account;
}

Result<qint64> FleetStore::accountCount()
{
    return m_db.queryInt64(u"SELECT count(*) FROM accounts"_s);
}

Result<QList<FleetAccount>> FleetStore::accounts()
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT user, password_hash, roles, totp_secret, failed_count, locked_until_ms, last_totp_step "
        u"FROM accounts ORDER BY user"_s);
    if (!statement)
        return statement.error();
    QList<FleetAccount> list;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        FleetAccount account;
        account.user = statement.value().columnText(0);
        account.passwordHash = statement.value().columnText(1);
        account.roles = statement.value().columnText(2).split(u',', Qt::SkipEmptyParts);
        account.totpSecret = statement.value().columnBlob(3);
        account.failedCount = static_cast<int>(statement.value().columnInt64(4));
        account.lockedUntilMs = statement.value().columnInt64(5);
        account.lastTotpStep = statement.value().columnInt64(6);
        list.append(account);
    }
    return list;
}

Result<QHash<QString, QString>> FleetStore::latestAuditTimes(const QString &action)
{
    // The chain is stored as JSON blobs; SQLite's JSON functions want text, hence the casts.
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT json_extract(CAST(json AS TEXT), '$.target'), json_extract(CAST(json AS TEXT), '$.time') "
        u"FROM audit WHERE json_extract(CAST(json AS TEXT), '$.action') = ?1 ORDER BY idx"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, action);
    QHash<QString, QString> times;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        times.insert(statement.value().columnText(0), statement.value().columnText(1));
    }
    return times;
}

// --- quarantines ----------------------------------------------------------------------------------------------------

Status FleetStore::putQuarantine(const QuarantineRecord &record)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"INSERT INTO quarantines(device_id, level, reason, expires_ms, actor, rule_id, created_ms) "
        u"VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(device_id) DO UPDATE SET level = ?2, reason = ?3, "
        u"expires_ms = ?4, actor = ?5, rule_id = ?6, created_ms = ?7"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, record.deviceId);
    statement.value().bindText(2, toString(record.level));
    statement.value().bindText(3, record.reason);
    statement.value().bindInt64(4, record.expiresMs);
    statement.value().bindText(5, record.actor);
    statement.value().bindText(6, record.ruleId);
    statement.value().bindInt64(7, record.createdMs);
    return statement.value().execute();
}

Status FleetStore::removeQuarantine(const QString &deviceId)
{
    Result<SqliteStatement> statement = m_db.prepare(u"DELETE FROM quarantines WHERE device_id = ?1"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, deviceId);
    return statement.value().execute();
}

namespace {

QuarantineRecord readQuarantine(const SqliteStatement &statement)
{
    QuarantineRecord record;
    record.deviceId = statement.columnText(0);
    record.level = enumFromString<QuarantineLevel>(statement.columnText(1)).value_or(QuarantineLevel::Isolate);
    record.reason = statement.columnText(2);
    record.expiresMs = statement.columnInt64(3);
    record.actor = statement.columnText(4);
    record.ruleId = statement.columnText(5);
    record.createdMs = statement.columnInt64(6);
    return record;
}

} // namespace

std::optional<QuarantineRecord> FleetStore::quarantine(const QString &deviceId)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT device_id, level, reason, expires_ms, actor, rule_id, created_ms FROM quarantines "
        u"WHERE device_id = ?1"_s);
    if (!statement)
        return std::nullopt;
    statement.value().bindText(1, deviceId);
    const Result<bool> row = statement.value().step();
    if (!row || !*row)
        return std::nullopt;
    return readQuarantine(statement.value());
}

Result<QList<QuarantineRecord>> FleetStore::quarantines()
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT device_id, level, reason, expires_ms, actor, rule_id, created_ms FROM quarantines ORDER BY device_id"_s);
    if (!statement)
        return statement.error();
    QList<QuarantineRecord> records;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        records.append(readQuarantine(statement.value()));
    }
    return records;
}

// --- campaign device states -----------------------------------------------------------------------------------------

Status FleetStore::putCampaignDevice(const CampaignDeviceRecord &record)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"INSERT INTO campaign_devices(campaign_id, device_id, state, message, wave, updated_ms) "
        u"VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(campaign_id, device_id) DO UPDATE SET state = ?3, message = ?4, "
        u"wave = CASE WHEN ?5 > 0 THEN ?5 ELSE wave END, updated_ms = ?6"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, record.campaignId);
    statement.value().bindText(2, record.deviceId);
    statement.value().bindText(3, toString(record.state));
    statement.value().bindText(4, record.message);
    statement.value().bindInt64(5, record.wave);
    statement.value().bindInt64(6, record.updatedMs);
    return statement.value().execute();
}

Status FleetStore::assignCampaignWave(const QString &campaignId, const QString &deviceId, int wave)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"UPDATE campaign_devices SET wave = ?3 WHERE campaign_id = ?1 AND device_id = ?2 AND wave = 0"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, campaignId);
    statement.value().bindText(2, deviceId);
    statement.value().bindInt64(3, wave);
    return statement.value().execute();
}

namespace {

constexpr auto CampaignDeviceColumns = "campaign_id, device_id, state, message, wave, updated_ms";

Result<QList<CampaignDeviceRecord>> readCampaignDevices(SqliteStatement &statement)
{
    QList<CampaignDeviceRecord> records;
    while (true) {
        const Result<bool> row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        CampaignDeviceRecord record;
        record.campaignId = statement.columnText(0);
        record.deviceId = statement.columnText(1);
        record.state = enumFromString<DeviceUpdateState>(statement.columnText(2)).value_or(DeviceUpdateState::Queued);
        record.message = statement.columnText(3);
        record.wave = int(statement.columnInt64(4));
        record.updatedMs = statement.columnInt64(5);
        records.append(std::move(record));
    }
    return records;
}

QString selectCampaignDevices(const char *rest)
{
    return u"SELECT "_s + QLatin1StringView(CampaignDeviceColumns) + u" FROM campaign_devices "_s
        + QLatin1StringView(rest);
}

} // namespace

Result<QList<CampaignDeviceRecord>> FleetStore::campaignDevices(const QString &campaignId)
{
    Result<SqliteStatement> statement =
        m_db.prepare(selectCampaignDevices("WHERE campaign_id = ?1 ORDER BY device_id"));
    if (!statement)
        return statement.error();
    statement.value().bindText(1, campaignId);
    return readCampaignDevices(statement.value());
}

Result<QList<CampaignDeviceRecord>> FleetStore::campaignDevicesInState(DeviceUpdateState state)
{
    Result<SqliteStatement> statement =
        m_db.prepare(selectCampaignDevices("WHERE state = ?1 ORDER BY device_id, campaign_id"));
    if (!statement)
        return statement.error();
    statement.value().bindText(1, toString(state));
    return readCampaignDevices(statement.value());
}

Result<QList<CampaignDeviceRecord>> FleetStore::campaignDevicesOfDevice(const QString &deviceId)
{
    Result<SqliteStatement> statement =
        m_db.prepare(selectCampaignDevices("WHERE device_id = ?1 ORDER BY campaign_id"));
    if (!statement)
        return statement.error();
    statement.value().bindText(1, deviceId);
    return readCampaignDevices(statement.value());
}

Result<QList<CampaignDeviceRecord>> FleetStore::campaignDevicesPage(const QString &campaignId,
                                                                    const QString &afterDeviceId, int limit, int wave,
                                                                    std::optional<DeviceUpdateState> state)
{
    // ?4 = 0 and ?5 = '' switch the wave and state conditions off, so one prepared statement serves every filter.
    Result<SqliteStatement> statement = m_db.prepare(selectCampaignDevices(
        "WHERE campaign_id = ?1 AND device_id > ?2 AND (?4 = 0 OR wave = ?4) AND (?5 = '' OR state = ?5) "
        "ORDER BY device_id LIMIT ?3"));
    if (!statement)
        return statement.error();
    statement.value().bindText(1, campaignId);
    statement.value().bindText(2, afterDeviceId);
    statement.value().bindInt64(3, limit);
    statement.value().bindInt64(4, wave);
    statement.value().bindText(5, state ? toString(*state) : QString());
    return readCampaignDevices(statement.value());
}

Result<QList<CampaignDeviceRecord>> FleetStore::deviceCampaignsPage(const QString &deviceId,
                                                                    const QString &afterCampaignId, int limit)
{
    Result<SqliteStatement> statement = m_db.prepare(
        selectCampaignDevices("WHERE device_id = ?1 AND campaign_id > ?2 ORDER BY campaign_id LIMIT ?3"));
    if (!statement)
        return statement.error();
    statement.value().bindText(1, deviceId);
    statement.value().bindText(2, afterCampaignId);
    statement.value().bindInt64(3, limit);
    return readCampaignDevices(statement.value());
}

Result<QList<CampaignWaveCount>> FleetStore::campaignWaveCounts(const QString &campaignId)
{
    Result<SqliteStatement> statement = m_db.prepare(
        u"SELECT wave, state, count(*) FROM campaign_devices WHERE campaign_id = ?1 GROUP BY wave, state "
        u"ORDER BY wave, state"_s);
    if (!statement)
        return statement.error();
    statement.value().bindText(1, campaignId);
    QList<CampaignWaveCount> counts;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::optional<DeviceUpdateState> state =
            enumFromString<DeviceUpdateState>(statement.value().columnText(1));
        if (!state)
            continue;
        counts.append(CampaignWaveCount{int(statement.value().columnInt64(0)), *state,
                                        int(statement.value().columnInt64(2))});
    }
    return counts;
}

// --- audit ----------------------------------------------------------------------------------------------------------

Status FleetStore::appendAudit(const AuditEntry &entry)
{
    Result<SqliteStatement> statement = m_db.prepare(u"INSERT INTO audit(idx, json) VALUES(?1, ?2)"_s);
    if (!statement)
        return statement.error();
    statement.value().bindInt64(1, entry.index);
    statement.value().bindBlob(2, compact(entry.toJson()));
    return statement.value().execute();
}

Result<QList<AuditEntry>> FleetStore::audit(qint64 fromIndex, int limit)
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT json FROM audit WHERE idx >= ?1 ORDER BY idx LIMIT ?2"_s);
    if (!statement)
        return statement.error();
    statement.value().bindInt64(1, fromIndex);
    statement.value().bindInt64(2, limit);
    QList<AuditEntry> entries;
    while (true) {
        const Result<bool> row = statement.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::optional<QJsonObject> json = parseObject(statement.value().columnTextUtf8(0));
        if (!json)
            return Result<QList<AuditEntry>>::failure(tr("An audit entry in the store is damaged."));
        Result<AuditEntry> entry = AuditEntry::fromJson(*json);
        if (!entry)
            return entry.error();
        entries.append(std::move(entry).value());
    }
    return entries;
}

std::optional<AuditEntry> FleetStore::lastAudit()
{
    Result<SqliteStatement> statement = m_db.prepare(u"SELECT json FROM audit ORDER BY idx DESC LIMIT 1"_s);
    if (!statement)
        return std::nullopt;
    const Result<bool> row = statement.value().step();
    if (!row || !*row)
        return std::nullopt;
    const std::optional<QJsonObject> json = parseObject(statement.value().columnTextUtf8(0));
    if (!json)
        return std::nullopt;
    Result<AuditEntry> entry = AuditEntry::fromJson(*json);
    if (!entry)
        return std::nullopt;
    return std::move(entry).value();
}

} // namespace warden
