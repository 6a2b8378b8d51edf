#include "cache/CacheStore.h"

#include "cache/CacheSchema.h"
#include "security/PersonalDataVault.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int MaxInternedStrings = 16384; // beyond this the column is not repetitive; stop growing the table

// Shares one QString per distinct UTF-8 value of a repetitive column (device class, vendor, site...), so a million
// devices hold a few hundred strings instead of millions, and loading skips most UTF-8 decoding and allocation.
class StringInterner {
public:
    QString intern(QByteArrayView utf8)
    {
        const std::string_view key(utf8.data(), size_t(utf8.size()));
        if (!m_keys.empty() && key == m_lastKey) // runs of equal values are common (rows grouped by site)
            return m_lastValue;
        const auto found = m_strings.find(key);
        if (found != m_strings.end()) {
            m_lastKey = found->first;
            m_lastValue = found->second;
            return found->second;
        }
        QString value = QString::fromUtf8(utf8);
        if (m_keys.size() < MaxInternedStrings) {
            const QByteArray &stored = m_keys.emplace_back(utf8.toByteArray()); // heap bytes do not move
            m_lastKey = std::string_view(stored.constData(), size_t(stored.size()));
            m_lastValue = value;
            m_strings.emplace(m_lastKey, value);
        }
        return value;
    }

private:
    std::unordered_map<std::string_view, QString> m_strings; // keys point into m_keys
    std::vector<QByteArray> m_keys;
    std::string_view m_lastKey;
    QString m_lastValue;
};

qint64 capabilityFlags(const DeviceCapabilities &capabilities)
{
    return (capabilities.onlineUpdate ? CacheSchema::CapabilityOnlineUpdate : 0)
        | (capabilities.needsMaintenanceWindow ? CacheSchema::CapabilityNeedsMaintenanceWindow : 0)
        | (capabilities.safetyCritical ? CacheSchema::CapabilitySafetyCritical : 0);
}

DeviceCapabilities capabilitiesFromFlags(qint64 flags)
{
    DeviceCapabilities capabilities;
    capabilities.onlineUpdate = flags & CacheSchema::CapabilityOnlineUpdate;
    capabilities.needsMaintenanceWindow = flags & CacheSchema::CapabilityNeedsMaintenanceWindow;
    capabilities.safetyCritical = flags & CacheSchema::CapabilitySafetyCritical;
    return capabilities;
}

void bindTime(SqliteStatement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bindInt64(index, time.toMSecsSinceEpoch());
    else
        statement.bindNull(index);
}

QDateTime columnTime(const SqliteStatement &statement, int column)
{
    if (statement.columnIsNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(statement.columnInt64(column), Qt::UTC);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Enum columns hold the enumerator's value; anything outside the enum's range means the row is damaged.
template <typename E>
bool decodeEnum(qint64 code, E &value)
{
    static const qsizetype count = enumValues<E>().size();
    if (code < 0 || code >= count)
        return false;
    value = static_cast<E>(code);
    return true;
}

// Parses a json column into T via T::fromJson; the error names the row.
template <typename T>
Result<T> decodeJsonColumn(QByteArrayView utf8)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<T>::failure(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                : u"not a JSON object"_s);
    return T::fromJson(document.object());
}

const QString &deviceUpsertSql()
{
    static const QString sql = []() -> QString {
        const QStringList columns{u"id"_s,         u"name"_s,       u"device_class"_s, u"vendor"_s,
                                  u"model"_s,      u"firmware_version"_s, u"site_id"_s,  u"gateway_id"_s,
                                  u"segment"_s,    u"owner_ref"_s,  u"location"_s,     u"notes"_s,
                                  u"status"_s,     u"risk_score"_s, u"last_seen"_s,    u"capabilities"_s,
                                  u"quarantine"_s, u"revision"_s};
        QStringList placeholders;
        QStringList updates;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            placeholders.append(u"?"_s + QString::number(i + 1));
            if (i > 0)
                updates.append(columns[i] + u" = excluded."_s + columns[i]);
        }
        return u"INSERT INTO devices ("_s + columns.join(u", "_s) + u") VALUES ("_s + placeholders.join(u", "_s)
            + u") ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", "_s);
    }();
    return sql;
}

const QString DeviceSelectSql = u"SELECT id, name, device_class, vendor, model, firmware_version, site_id, gateway_id, "
                                u"segment, owner_ref, location, notes, status, risk_score, last_seen, capabilities, "
                                u"quarantine, revision FROM devices"_s;

const QString EventSelectColumns = u"SELECT seq, time_ms, device_id, type, severity, source, destination, details "
                                   u"FROM events "_s;

QString tableOf(CacheEntity entity)
{
    switch (entity) {
    case CacheEntity::Sites:
        return u"sites"_s;
    case CacheEntity::Gateways:
        return u"gateways"_s;
    case CacheEntity::Links:
        return u"links"_s;
    case CacheEntity::Devices:
        return u"devices"_s;
    case CacheEntity::Owners:
        return u"owners"_s;
    case CacheEntity::Incidents:
        return u"incidents"_s;
    case CacheEntity::Licences:
        return u"licences"_s;
    case CacheEntity::Firmware:
        return u"firmware"_s;
    case CacheEntity::Campaigns:
        return u"campaigns"_s;
    case CacheEntity::Approvals:
        return u"approvals"_s;
    case CacheEntity::Rules:
        return u"rules"_s;
    case CacheEntity::JoinRequests:
        return u"join_requests"_s;
    case CacheEntity::Credentials:
        return u"credentials"_s;
    }
    return {};
}

// Runs `sql` (with one ?1 parameter) once per key; counts rows removed. deletedKeys collects keys that existed.
Status deleteByKey(SqliteDatabase &database, const QString &sql, const QStringList &keys, int &deleted,
                   QStringList *deletedKeys = nullptr)
{
    if (keys.isEmpty())
        return {};
    Result<SqliteStatement> statement = database.prepare(sql);
    if (!statement.ok())
        return statement.error();
    for (const QString &key : keys) {
        statement.value().bindText(1, key);
        Status done = statement.value().execute();
        if (!done.ok())
            return done;
        if (database.changes() > 0) {
            deleted += int(database.changes());
            if (deletedKeys)
                deletedKeys->append(key);
        }
    }
    return {};
}

// Upserts items whose key columns are bound by bindKeys (1..keyColumns) and whose full JSON goes last.
template <typename T, typename BindKeys>
Status upsertJson(SqliteDatabase &database, const QString &sql, const QList<T> &items, int keyColumns,
                  BindKeys bindKeys, int &count)
{
    if (items.isEmpty())
        return {};
    Result<SqliteStatement> statement = database.prepare(sql);
    if (!statement.ok())
        return statement.error();
    for (const T &item : items) {
        bindKeys(statement.value(), item);
        statement.value().bindText(keyColumns + 1, QByteArrayView(compactJson(item.toJson())));
        Status done = statement.value().execute();
        if (!done.ok())
            return done;
        ++count;
    }
    return {};
}

// WAL pages (4 KiB each) after which the writer's connection checkpoints: 40 MiB of WAL at most between two.
constexpr int WalCheckpointPages = 10'000;

} // namespace

CacheStore::CacheStore(SqliteDatabase database, const CacheStoreOptions &options)
    : m_database(std::move(database)), m_options(options)
{
    if (m_options.backend.isEmpty())
        m_options.backend = u"default"_s;
}

Result<std::unique_ptr<CacheStore>> CacheStore::open(const QString &path, const CacheStoreOptions &options)
{
    Result<SqliteDatabase> database = CacheSchema::open(path, options.readOnly);
    if (!database.ok())
        return database.error();
    if (!options.readOnly) {
        // Every commit of streamed events dirties pages all over the device index; with SQLite's default of a
        // checkpoint per 1,000 WAL pages (4 MiB) those pages were copied back into the file every second or third
        // commit. Checkpointing every WalCheckpointPages copies each page once for many commits (profile in
        // bench/README.md). Crash safety is unchanged: a commit is in the WAL either way (synchronous = NORMAL).
        Status configured = database.value().exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(WalCheckpointPages));
        if (!configured.ok())
            return configured.error();
    }
    return std::unique_ptr<CacheStore>(new CacheStore(std::move(database).value(), options));
}

QString CacheStore::path() const
{
    return m_database.path();
}

Status CacheStore::writable() const
{
    if (m_options.readOnly)
        return Status::failure(tr("The cache %1 is open read-only.").arg(path()));
    return {};
}

Error CacheStore::damaged(const QString &what) const
{
    return Error{tr("The cache %1 is damaged: %2. Delete the file to rebuild it from the backend.").arg(path(), what),
                 {}};
}

// ---- writing ----

Result<CacheChange> CacheStore::apply(const CacheBatch &batch)
{
    return apply(QList<CacheBatch>{batch});
}

Result<CacheChange> CacheStore::apply(const QList<CacheBatch> &batches)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite.error();
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<qint64> streamSeq = storedStreamSeq();
    if (!streamSeq.ok())
        return streamSeq.error();

    CacheChange change;
    change.streamSeq = streamSeq.value();
    qint64 seq = streamSeq.value();
    for (const CacheBatch &batch : batches) {
        Status applied = applyOne(batch, seq, change);
        if (!applied.ok())
            return applied.error(); // the transaction rolls back: none of the batches is stored
        ++change.batches;
    }
    Status committed = transaction.value().commit();
    if (!committed.ok())
        return committed.error();
    change.streamSeq = seq;
    return change;
}

Status CacheStore::applyOne(const CacheBatch &batch, qint64 &streamSeq, CacheChange &change)
{
    for (CacheEntity entity : batch.replaceAll) {
        Status cleared = m_database.exec(u"DELETE FROM "_s + tableOf(entity));
        if (!cleared.ok())
            return cleared;
        change.deleted += int(m_database.changes());
        if (!change.replaced.contains(entity))
            change.replaced.append(entity);
    }

    const std::pair<QString, const QStringList *> deletions[] = {
        {u"DELETE FROM sites WHERE id = ?1"_s, &batch.deletedSiteIds},
        {u"DELETE FROM gateways WHERE id = ?1"_s, &batch.deletedGatewayIds},
        {u"DELETE FROM owners WHERE ref = ?1"_s, &batch.deletedOwnerRefs},
        {u"DELETE FROM incidents WHERE id = ?1"_s, &batch.deletedIncidentIds},
        {u"DELETE FROM licences WHERE id = ?1"_s, &batch.deletedLicenceIds},
        {u"DELETE FROM firmware WHERE id = ?1"_s, &batch.deletedFirmwareIds},
        {u"DELETE FROM campaigns WHERE id = ?1"_s, &batch.deletedCampaignIds},
        {u"DELETE FROM approvals WHERE id = ?1"_s, &batch.deletedApprovalIds},
        {u"DELETE FROM rules WHERE id = ?1"_s, &batch.deletedRuleIds},
        {u"DELETE FROM join_requests WHERE id = ?1"_s, &batch.deletedJoinRequestIds},
        {u"DELETE FROM credentials WHERE id = ?1"_s, &batch.deletedCredentialIds},
    };
    for (const auto &[sql, keys] : deletions) {
        Status done = deleteByKey(m_database, sql, *keys, change.deleted);
        if (!done.ok())
            return done;
    }
    Status devicesDeleted = deleteByKey(m_database, u"DELETE FROM devices WHERE id = ?1"_s, batch.deletedDeviceIds,
                                        change.deleted, &change.deletedDeviceIds);
    if (!devicesDeleted.ok())
        return devicesDeleted;
    if (!batch.deletedLinks.isEmpty()) {
        Result<SqliteStatement> statement =
            m_database.prepare(u"DELETE FROM links WHERE from_id = ?1 AND to_id = ?2 AND kind = ?3"_s);
        if (!statement.ok())
            return statement.error();
        for (const Link &link : batch.deletedLinks) {
            statement.value().bindText(1, link.fromId);
            statement.value().bindText(2, link.toId);
            statement.value().bindInt64(3, qint64(link.kind));
            Status done = statement.value().execute();
            if (!done.ok())
                return done;
            change.deleted += int(m_database.changes());
        }
    }

    if (!batch.sites.isEmpty()) {
        Result<SqliteStatement> statement = m_database.prepare(
            u"INSERT INTO sites (id, name, kind, time_zone, city) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO "
            u"UPDATE SET name = excluded.name, kind = excluded.kind, time_zone = excluded.time_zone, "
            u"city = excluded.city"_s);
        if (!statement.ok())
            return statement.error();
        for (const Site &site : batch.sites) {
            SqliteStatement &s = statement.value();
            s.bindText(1, site.id);
            s.bindText(2, site.name);
            s.bindInt64(3, qint64(site.kind));
            s.bindText(4, site.timeZone);
            s.bindText(5, site.city);
            Status done = s.execute();
            if (!done.ok())
                return done;
            ++change.sites;
        }
    }
    if (!batch.gateways.isEmpty()) {
        Result<SqliteStatement> statement = m_database.prepare(
            u"INSERT INTO gateways (id, site_id, name, segment) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE "
            u"SET site_id = excluded.site_id, name = excluded.name, segment = excluded.segment"_s);
        if (!statement.ok())
            return statement.error();
        for (const Gateway &gateway : batch.gateways) {
            SqliteStatement &s = statement.value();
            s.bindText(1, gateway.id);
            s.bindText(2, gateway.siteId);
            s.bindText(3, gateway.name);
            s.bindText(4, gateway.segment);
            Status done = s.execute();
            if (!done.ok())
                return done;
            ++change.gateways;
        }
    }
    if (!batch.links.isEmpty()) {
        Result<SqliteStatement> statement = m_database.prepare(
            u"INSERT INTO links (from_id, to_id, kind) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"_s);
        if (!statement.ok())
            return statement.error();
        for (const Link &link : batch.links) {
            SqliteStatement &s = statement.value();
            s.bindText(1, link.fromId);
            s.bindText(2, link.toId);
            s.bindInt64(3, qint64(link.kind));
            Status done = s.execute();
            if (!done.ok())
                return done;
            ++change.links;
        }
    }
    if (!batch.devices.isEmpty()) {
        Result<SqliteStatement> statement = m_database.prepare(deviceUpsertSql());
        if (!statement.ok())
            return statement.error();
        change.changedDeviceIds.reserve(change.changedDeviceIds.size() + batch.devices.size());
        SqliteStatement &s = statement.value();
        for (const Device &device : batch.devices) {
            s.bindText(1, device.id);
            s.bindText(2, device.name);
            s.bindText(3, device.deviceClass);
            s.bindText(4, device.vendor);
            s.bindText(5, device.model);
            s.bindText(6, device.firmwareVersion);
            s.bindText(7, device.siteId);
            s.bindText(8, device.gatewayId);
            s.bindText(9, device.segment);
            s.bindText(10, device.ownerRef);
            s.bindText(11, device.location);
            s.bindText(12, device.notes);
            s.bindInt64(13, qint64(device.status));
            s.bindInt64(14, device.riskScore);
            bindTime(s, 15, device.lastSeen);
            s.bindInt64(16, capabilityFlags(device.capabilities));
            s.bindInt64(17, qint64(device.quarantine));
            s.bindInt64(18, device.revision);
            Status done = s.execute();
            if (!done.ok())
                return done;
            change.changedDeviceIds.append(device.id);
        }
        change.devices += int(batch.devices.size());
    }
    if (!batch.owners.isEmpty()) {
        Result<SqliteStatement> statement = m_database.prepare(
            u"INSERT INTO owners (ref, payload) VALUES (?1, ?2) ON CONFLICT (ref) DO UPDATE SET payload = "
            u"excluded.payload"_s);
        if (!statement.ok())
            return statement.error();
        for (const Owner &owner : batch.owners) {
            QByteArray payload = compactJson(owner.toJson());
            if (m_options.seal) {
                Result<QByteArray> sealed = m_options.seal(payload);
                payload.fill('\0'); // personal data in clear should not linger in freed memory
                if (!sealed.ok())
                    return Status::failure(tr("Could not seal owner data for the cache: %1").arg(sealed.errorMessage()));
                payload = sealed.value();
                // A vault without its key seals nothing: personal data is then not cached at all, never in clear.
                if (payload.isEmpty())
                    continue;
            }
            statement.value().bindText(1, owner.ref);
            statement.value().bindBlob(2, payload);
            Status done = statement.value().execute();
            if (!done.ok())
                return done;
            ++change.owners;
        }
    }

    Status incidents = upsertJson(
        m_database,
        u"INSERT INTO incidents (id, state, severity, site_id, updated, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON "
        u"CONFLICT (id) DO UPDATE SET state = excluded.state, severity = excluded.severity, site_id = "
        u"excluded.site_id, updated = excluded.updated, json = excluded.json"_s,
        batch.incidents, 5,
        [](SqliteStatement &s, const Incident &incident) {
            s.bindText(1, incident.id);
            s.bindInt64(2, qint64(incident.state));
            s.bindInt64(3, qint64(incident.severity));
            s.bindText(4, incident.siteId);
            bindTime(s, 5, incident.updated);
        },
        change.incidents);
    if (!incidents.ok())
        return incidents;
    Status licences = upsertJson(
        m_database,
        u"INSERT INTO licences (id, device_id, state, json) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET "
        u"device_id = excluded.device_id, state = excluded.state, json = excluded.json"_s,
        batch.licences, 3,
        [](SqliteStatement &s, const Licence &licence) {
            s.bindText(1, licence.id);
            s.bindText(2, licence.deviceId);
            s.bindInt64(3, qint64(licence.state));
        },
        change.licences);
    if (!licences.ok())
        return licences;
    Status firmware = upsertJson(
        m_database,
        u"INSERT INTO firmware (id, device_class, version, json) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE "
        u"SET device_class = excluded.device_class, version = excluded.version, json = excluded.json"_s,
        batch.firmware, 3,
        [](SqliteStatement &s, const Firmware &image) {
            s.bindText(1, image.id);
            s.bindText(2, image.deviceClass);
            s.bindText(3, image.version);
        },
        change.firmware);
    if (!firmware.ok())
        return firmware;
    Status campaigns = upsertJson(
        m_database,
        u"INSERT INTO campaigns (id, state, json) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET state = "
        u"excluded.state, json = excluded.json"_s,
        batch.campaigns, 2,
        [](SqliteStatement &s, const Campaign &campaign) {
            s.bindText(1, campaign.id);
            s.bindInt64(2, qint64(campaign.state));
        },
        change.campaigns);
    if (!campaigns.ok())
        return campaigns;
    Status approvals = upsertJson(
        m_database,
        u"INSERT INTO approvals (id, state, json) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET state = "
        u"excluded.state, json = excluded.json"_s,
        batch.approvals, 2,
        [](SqliteStatement &s, const Approval &approval) {
            s.bindText(1, approval.id);
            s.bindInt64(2, qint64(approval.state));
        },
        change.approvals);
    if (!approvals.ok())
        return approvals;
    Status rules = upsertJson(
        m_database,
        u"INSERT INTO rules (id, enabled, priority, json) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET "
        u"enabled = excluded.enabled, priority = excluded.priority, json = excluded.json"_s,
        batch.rules, 3,
        [](SqliteStatement &s, const Rule &rule) {
            s.bindText(1, rule.id);
            s.bindInt64(2, rule.enabled ? 1 : 0);
            s.bindInt64(3, rule.priority);
        },
        change.rules);
    if (!rules.ok())
        return rules;
    Status joinRequests = upsertJson(
        m_database,
        u"INSERT INTO join_requests (id, state, json) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET state = "
        u"excluded.state, json = excluded.json"_s,
        batch.joinRequests, 2,
        [](SqliteStatement &s, const JoinRequest &request) {
            s.bindText(1, request.id);
            s.bindInt64(2, qint64(request.state));
        },
        change.joinRequests);
    if (!joinRequests.ok())
        return joinRequests;
    Status credentials = upsertJson(
        m_database,
        u"INSERT INTO credentials (id, state, method, expires, json) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO "
        u"UPDATE SET state = excluded.state, method = excluded.method, expires = excluded.expires, json = "
        u"excluded.json"_s,
        batch.credentials, 4,
        [](SqliteStatement &s, const DeviceCredential &credential) {
            s.bindText(1, credential.id);
            s.bindInt64(2, qint64(credential.state));
            s.bindInt64(3, qint64(credential.method));
            bindTime(s, 4, credential.expires);
        },
        change.credentials);
    if (!credentials.ok())
        return credentials;

    Status events = applyEvents(batch, streamSeq, change);
    if (!events.ok())
        return events;

    if (!batch.backendAudit.isEmpty()) {
        Status audit = appendAudit(u"audit_backend"_s, batch.backendAudit, true, &change.backendAudit);
        if (!audit.ok())
            return audit;
    }

    for (auto it = batch.meta.cbegin(); it != batch.meta.cend(); ++it) {
        Status stored = it.value().isNull()
            ? deleteByKey(m_database, u"DELETE FROM meta WHERE key = ?1"_s, {it.key()}, change.deleted)
            : setMeta(it.key(), it.value());
        if (!stored.ok())
            return stored;
        if (!change.metaKeys.contains(it.key()))
            change.metaKeys.append(it.key());
    }
    return {};
}

Status CacheStore::applyEvents(const CacheBatch &batch, qint64 &streamSeq, CacheChange &change)
{
    // Checked against the position at the start of the batch: events of one batch may come in any order.
    const qint64 knownSeq = streamSeq;
    qint64 highestSeq = qMax(knownSeq, batch.lastSeq);
    if (!batch.events.isEmpty()) {
        Result<SqliteStatement> statement = m_database.prepare(
            u"INSERT INTO events (seq, time_ms, device_id, type, severity, source, destination, details) VALUES "
            u"(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (seq) DO NOTHING"_s);
        if (!statement.ok())
            return statement.error();
        SqliteStatement &s = statement.value();
        for (const ThreatEvent &event : batch.events) {
            if (event.seq <= knownSeq) {
                ++change.eventsSkipped;
                continue;
            }
            s.bindInt64(1, event.seq);
            bindTime(s, 2, event.time);
            s.bindText(3, event.deviceId);
            s.bindInt64(4, qint64(event.type));
            s.bindInt64(5, qint64(event.severity));
            s.bindText(6, event.source);
            s.bindText(7, event.destination);
            if (event.details.isEmpty())
                s.bindNull(8);
            else
                s.bindText(8, QByteArrayView(compactJson(event.details)));
            Status done = s.execute();
            if (!done.ok())
                return done;
            if (m_database.changes() == 0) {
                ++change.eventsSkipped;
                continue;
            }
            ++change.events;
            if (change.firstSeq == 0 || event.seq < change.firstSeq)
                change.firstSeq = event.seq;
            change.lastSeq = qMax(change.lastSeq, event.seq);
            highestSeq = qMax(highestSeq, event.seq);
        }
    }
    if (highestSeq == knownSeq)
        return {};
    Result<SqliteStatement> statement = m_database.prepare(
        u"INSERT INTO stream_state (backend, last_seq, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT (backend) DO "
        u"UPDATE SET last_seq = excluded.last_seq, updated_at = excluded.updated_at"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindText(1, m_options.backend);
    statement.value().bindInt64(2, highestSeq);
    statement.value().bindInt64(3, QDateTime::currentMSecsSinceEpoch());
    Status done = statement.value().execute();
    if (!done.ok())
        return done;
    streamSeq = highestSeq;
    return {};
}

Status CacheStore::setMeta(const QString &key, const QString &value)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite;
    Result<SqliteStatement> statement = m_database.prepare(
        u"INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindText(1, key);
    statement.value().bindOptionalText(2, value);
    return statement.value().execute();
}

Result<QString> CacheStore::meta(const QString &key)
{
    Result<SqliteStatement> statement = m_database.prepare(u"SELECT value FROM meta WHERE key = ?1"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindText(1, key);
    Result<bool> row = statement.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return QString();
    QString value = statement.value().columnText(0);
    if (value.isNull())
        value = u""_s; // a stored value is never reported as "not set"
    return value;
}

Result<qint64> CacheStore::storedStreamSeq()
{
    Result<SqliteStatement> statement = m_database.prepare(u"SELECT last_seq FROM stream_state WHERE backend = ?1"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindText(1, m_options.backend);
    Result<bool> row = statement.value().step();
    if (!row.ok())
        return row.error();
    return row.value() ? statement.value().columnInt64(0) : qint64(0);
}

Result<qint64> CacheStore::lastStreamSeq()
{
    return storedStreamSeq();
}

// ---- loading ----

Result<QList<Site>> CacheStore::loadSites()
{
    Result<SqliteStatement> statement = m_database.prepare(u"SELECT id, name, kind, time_zone, city FROM sites"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    QList<Site> sites;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Site site;
        site.id = s.columnText(0);
        site.name = s.columnText(1);
        if (!decodeEnum(s.columnInt64(2), site.kind))
            return damaged(tr("site \u201c%1\u201d has an unknown kind").arg(site.id));
        site.timeZone = s.columnText(3);
        site.city = s.columnText(4);
        sites.append(std::move(site));
    }
    return sites;
}

Result<QList<Gateway>> CacheStore::loadGateways()
{
    Result<SqliteStatement> statement = m_database.prepare(u"SELECT id, site_id, name, segment FROM gateways"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    QList<Gateway> gateways;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Gateway gateway;
        gateway.id = s.columnText(0);
        gateway.siteId = s.columnText(1);
        gateway.name = s.columnText(2);
        gateway.segment = s.columnText(3);
        gateways.append(std::move(gateway));
    }
    return gateways;
}

Result<QList<Link>> CacheStore::loadLinks()
{
    Result<SqliteStatement> statement = m_database.prepare(u"SELECT from_id, to_id, kind FROM links"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    StringInterner ids; // a gateway id appears in every uplink of its devices
    QList<Link> links;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Link link;
        link.fromId = s.columnText(0);
        link.toId = ids.intern(s.columnTextUtf8(1));
        if (!decodeEnum(s.columnInt64(2), link.kind))
            return damaged(tr("link %1 \u2192 %2 has an unknown kind").arg(link.fromId, link.toId));
        links.append(std::move(link));
    }
    return links;
}

Result<QList<Device>> CacheStore::loadDevices()
{
    Result<qint64> count = m_database.queryInt64(u"SELECT count(*) FROM devices"_s);
    if (!count.ok())
        return count.error();
    Result<SqliteStatement> statement = m_database.prepare(DeviceSelectSql);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    StringInterner classes, vendors, models, firmwareVersions, sites, gateways, segments, locations;
    QList<Device> devices;
    devices.reserve(count.value());
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Device &device = devices.emplace_back();
        device.id = s.columnText(0);
        device.name = s.columnText(1);
        device.deviceClass = classes.intern(s.columnTextUtf8(2));
        device.vendor = vendors.intern(s.columnTextUtf8(3));
        device.model = models.intern(s.columnTextUtf8(4));
        device.firmwareVersion = firmwareVersions.intern(s.columnTextUtf8(5));
        device.siteId = sites.intern(s.columnTextUtf8(6));
        device.gatewayId = gateways.intern(s.columnTextUtf8(7));
        device.segment = segments.intern(s.columnTextUtf8(8));
        device.ownerRef = s.columnText(9);
        device.location = locations.intern(s.columnTextUtf8(10));
        device.notes = s.columnText(11);
        if (!decodeEnum(s.columnInt64(12), device.status) || !decodeEnum(s.columnInt64(16), device.quarantine))
            return damaged(tr("device \u201c%1\u201d has an unknown status or quarantine level").arg(device.id));
        device.riskScore = int(s.columnInt64(13));
        device.lastSeen = columnTime(s, 14);
        device.capabilities = capabilitiesFromFlags(s.columnInt64(15));
        device.revision = s.columnInt64(17);
    }
    return devices;
}

Result<QList<Owner>> CacheStore::loadOwners()
{
    Result<SqliteStatement> statement = m_database.prepare(u"SELECT ref, payload FROM owners"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    QList<Owner> owners;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const QString ref = s.columnText(0);
        QByteArray payload = s.columnBlob(1);
        // Sealed with a key this session does not have (or none at all here), or changed since: the owner is shown
        // as locked and everything else still loads. With an unseal function every row must unseal: a row put in
        // clear behind the vault's back is not believed either.
        Result<QByteArray> unsealed = m_options.unseal ? m_options.unseal(payload) : Result<QByteArray>(payload);
        if (!unsealed.ok() || (!m_options.unseal && PersonalDataVault::looksSealed(payload))) {
            Owner locked;
            locked.ref = ref;
            locked.locked = true;
            owners.append(locked);
            continue;
        }
        payload = unsealed.value();
        Result<Owner> owner = decodeJsonColumn<Owner>(payload);
        payload.fill('\0');
        if (!owner.ok())
            return damaged(tr("owner \u201c%1\u201d cannot be read (%2)").arg(ref, owner.errorMessage()));
        owners.append(owner.value());
    }
    return owners;
}

namespace {

// Loads a table of (id, json) rows into domain values; kind names the entity in an error.
template <typename T>
Result<QList<T>> loadJsonRows(SqliteDatabase &database, const QString &table, const QString &kind,
                              const std::function<Error(const QString &)> &damaged)
{
    Result<SqliteStatement> statement = database.prepare(u"SELECT id, json FROM "_s + table);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    QList<T> items;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Result<T> item = decodeJsonColumn<T>(s.columnTextUtf8(1));
        if (!item.ok())
            return damaged(u"%1 \u201c%2\u201d cannot be read (%3)"_s.arg(kind, s.columnText(0), item.errorMessage()));
        items.append(std::move(item).value());
    }
    return items;
}

} // namespace

Result<QList<Incident>> CacheStore::loadIncidents()
{
    return loadJsonRows<Incident>(m_database, u"incidents"_s, tr("incident"),
                                  [this](const QString &what) { return damaged(what); });
}

Result<QList<Licence>> CacheStore::loadLicences()
{
    return loadJsonRows<Licence>(m_database, u"licences"_s, tr("licence"),
                                 [this](const QString &what) { return damaged(what); });
}

Result<QList<Firmware>> CacheStore::loadFirmware()
{
    return loadJsonRows<Firmware>(m_database, u"firmware"_s, tr("firmware"),
                                  [this](const QString &what) { return damaged(what); });
}

Result<QList<Campaign>> CacheStore::loadCampaigns()
{
    return loadJsonRows<Campaign>(m_database, u"campaigns"_s, tr("campaign"),
                                  [this](const QString &what) { return damaged(what); });
}

Result<QList<Approval>> CacheStore::loadApprovals()
{
    return loadJsonRows<Approval>(m_database, u"approvals"_s, tr("approval"),
                                  [this](const QString &what) { return damaged(what); });
}

Result<QList<Rule>> CacheStore::loadRules()
{
    return loadJsonRows<Rule>(m_database, u"rules"_s, tr("rule"),
                              [this](const QString &what) { return damaged(what); });
}

Result<QList<JoinRequest>> CacheStore::loadJoinRequests()
{
    return loadJsonRows<JoinRequest>(m_database, u"join_requests"_s, tr("join request"),
                                     [this](const QString &what) { return damaged(what); });
}

Result<QList<DeviceCredential>> CacheStore::loadCredentials()
{
    return loadJsonRows<DeviceCredential>(m_database, u"credentials"_s, tr("credential"),
                                          [this](const QString &what) { return damaged(what); });
}

namespace {

Result<QList<ThreatEvent>> readEvents(SqliteStatement &s, const std::function<Error(const QString &)> &damaged)
{
    QList<ThreatEvent> events;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        ThreatEvent &event = events.emplace_back();
        event.seq = s.columnInt64(0);
        event.time = columnTime(s, 1);
        event.deviceId = s.columnText(2);
        if (!decodeEnum(s.columnInt64(3), event.type) || !decodeEnum(s.columnInt64(4), event.severity))
            return damaged(u"event %1 has an unknown type or severity"_s.arg(event.seq));
        event.source = s.columnText(5);
        event.destination = s.columnText(6);
        if (!s.columnIsNull(7)) {
            const QJsonDocument details = QJsonDocument::fromJson(s.columnTextUtf8(7).toByteArray());
            if (!details.isObject())
                return damaged(u"the details of event %1 are not a JSON object"_s.arg(event.seq));
            event.details = details.object();
        }
    }
    return events;
}

} // namespace

Result<QList<ThreatEvent>> CacheStore::loadEvents(qint64 beforeSeq, int limit)
{
    Result<SqliteStatement> statement =
        m_database.prepare(EventSelectColumns + u"WHERE seq < ?1 ORDER BY seq DESC LIMIT ?2"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindInt64(1, beforeSeq);
    statement.value().bindInt64(2, limit);
    return readEvents(statement.value(), [this](const QString &what) { return damaged(what); });
}

Result<QList<ThreatEvent>> CacheStore::loadDeviceEvents(const QString &deviceId, qint64 beforeSeq, int limit)
{
    Result<SqliteStatement> statement =
        m_database.prepare(EventSelectColumns + u"WHERE device_id = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindText(1, deviceId);
    statement.value().bindInt64(2, beforeSeq);
    statement.value().bindInt64(3, limit);
    return readEvents(statement.value(), [this](const QString &what) { return damaged(what); });
}

Result<QList<ThreatEvent>> CacheStore::loadEventsBySeq(const QList<qint64> &seqs)
{
    QList<qint64> wanted = seqs;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    // Bound parameters per statement stay well below SQLite's limit (999 in older builds).
    constexpr qsizetype Chunk = 500;
    QList<ThreatEvent> events;
    events.reserve(wanted.size());
    for (qsizetype start = 0; start < wanted.size(); start += Chunk) {
        const qsizetype count = std::min(Chunk, wanted.size() - start);
        QString placeholders;
        placeholders.reserve(count * 2);
        for (qsizetype i = 0; i < count; ++i)
            placeholders += i == 0 ? u"?"_s : u",?"_s;
        Result<SqliteStatement> statement =
            m_database.prepare(EventSelectColumns + u"WHERE seq IN ("_s + placeholders + u") ORDER BY seq"_s);
        if (!statement.ok())
            return statement.error();
        for (qsizetype i = 0; i < count; ++i)
            statement.value().bindInt64(int(i + 1), wanted.at(start + i));
        Result<QList<ThreatEvent>> chunk =
            readEvents(statement.value(), [this](const QString &what) { return damaged(what); });
        if (!chunk.ok())
            return chunk.error();
        events += std::move(chunk).value();
    }
    return events;
}

Result<qint64> CacheStore::eventCount()
{
    return m_database.queryInt64(u"SELECT count(*) FROM events"_s);
}

// ---- offline journal ----

Result<QList<PendingAction>> CacheStore::pendingActions()
{
    Result<SqliteStatement> statement = m_database.prepare(
        u"SELECT id, created, kind, payload, state, message FROM pending_actions ORDER BY id"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    QList<PendingAction> actions;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        PendingAction action;
        action.id = s.columnInt64(0);
        action.created = columnTime(s, 1);
        action.kind = s.columnText(2);
        const QJsonDocument payload = QJsonDocument::fromJson(s.columnTextUtf8(3).toByteArray());
        const std::optional<PendingActionState> state = pendingActionStateFromString(s.columnText(4));
        if (!payload.isObject() || !state)
            return damaged(tr("pending action %1 cannot be read").arg(action.id));
        action.payload = payload.object();
        action.state = *state;
        action.message = s.columnText(5);
        actions.append(std::move(action));
    }
    return actions;
}

Result<qint64> CacheStore::addPendingAction(const PendingAction &action)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite.error();
    Result<SqliteStatement> statement = m_database.prepare(
        u"INSERT INTO pending_actions (created, kind, payload, state, message) VALUES (?1, ?2, ?3, ?4, ?5)"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    s.bindInt64(1, (action.created.isValid() ? action.created : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    s.bindText(2, action.kind);
    s.bindText(3, QByteArrayView(compactJson(action.payload)));
    s.bindText(4, toString(action.state));
    s.bindText(5, action.message);
    Status done = s.execute();
    if (!done.ok())
        return done.error();
    return m_database.lastInsertRowId();
}

Status CacheStore::updatePendingAction(qint64 id, PendingActionState state, const QString &message)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite;
    Result<SqliteStatement> statement =
        m_database.prepare(u"UPDATE pending_actions SET state = ?2, message = ?3 WHERE id = ?1"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindInt64(1, id);
    statement.value().bindText(2, toString(state));
    statement.value().bindText(3, message);
    Status done = statement.value().execute();
    if (!done.ok())
        return done;
    if (m_database.changes() == 0)
        return Status::failure(tr("There is no pending action %1 in the cache.").arg(id));
    return {};
}

Status CacheStore::removePendingAction(qint64 id)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite;
    Result<SqliteStatement> statement = m_database.prepare(u"DELETE FROM pending_actions WHERE id = ?1"_s);
    if (!statement.ok())
        return statement.error();
    statement.value().bindInt64(1, id);
    Status done = statement.value().execute();
    if (!done.ok())
        return done;
    if (m_database.changes() == 0)
        return Status::failure(tr("There is no pending action %1 in the cache.").arg(id));
    return {};
}

// ---- audit chains ----

Status CacheStore::appendAudit(const QString &table, const QList<AuditEntry> &entries, bool backendChain, int *stored)
{
    Result<SqliteStatement> insert = m_database.prepare(u"INSERT INTO "_s + table
                                                        + u" (idx, json, hash) VALUES (?1, ?2, ?3) ON CONFLICT (idx) "
                                                          u"DO NOTHING"_s);
    if (!insert.ok())
        return insert.error();
    for (const AuditEntry &entry : entries) {
        if (!backendChain) {
            // The local chain only grows at its end; anything else would hide a rewritten history.
            Result<SqliteStatement> last = m_database.prepare(u"SELECT count(*), max(idx) FROM "_s + table);
            if (!last.ok())
                return last.error();
            Result<bool> row = last.value().step();
            if (!row.ok())
                return row.error();
            if (last.value().columnInt64(0) > 0 && entry.index != last.value().columnInt64(1) + 1) {
                return Status::failure(tr("Audit entry %1 cannot follow entry %2: the local audit chain only grows "
                                          "at its end.")
                                           .arg(entry.index)
                                           .arg(last.value().columnInt64(1)));
            }
        }
        insert.value().bindInt64(1, entry.index);
        insert.value().bindText(2, QByteArrayView(compactJson(entry.toJson())));
        insert.value().bindBlob(3, entry.hash);
        Status done = insert.value().execute();
        if (!done.ok())
            return done;
        if (m_database.changes() > 0) {
            if (stored)
                ++*stored;
            continue;
        }
        Result<SqliteStatement> existing = m_database.prepare(u"SELECT hash FROM "_s + table + u" WHERE idx = ?1"_s);
        if (!existing.ok())
            return existing.error();
        existing.value().bindInt64(1, entry.index);
        Result<bool> row = existing.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value() || existing.value().columnBlob(0) != entry.hash) {
            return Status::failure(tr("Audit entry %1 differs from the one already cached: the %2 audit chain was "
                                      "rewritten.")
                                       .arg(entry.index)
                                       .arg(backendChain ? tr("backend's") : tr("local")));
        }
        if (!backendChain)
            return Status::failure(tr("Audit entry %1 is already in the local audit chain.").arg(entry.index));
    }
    return {};
}

Status CacheStore::appendLocalAudit(const AuditEntry &entry)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite;
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_database);
    if (!transaction.ok())
        return transaction.error();
    Status appended = appendAudit(u"audit_local"_s, {entry}, false, nullptr);
    if (!appended.ok())
        return appended;
    return transaction.value().commit();
}

Status CacheStore::appendBackendAudit(const QList<AuditEntry> &entries)
{
    Status canWrite = writable();
    if (!canWrite.ok())
        return canWrite;
    Result<SqliteTransaction> transaction = SqliteTransaction::begin(m_database);
    if (!transaction.ok())
        return transaction.error();
    Status appended = appendAudit(u"audit_backend"_s, entries, true, nullptr);
    if (!appended.ok())
        return appended;
    return transaction.value().commit();
}

Result<QList<AuditEntry>> CacheStore::loadAudit(const QString &table, qint64 fromIndex, int limit)
{
    Result<SqliteStatement> statement =
        m_database.prepare(u"SELECT idx, json, hash FROM "_s + table + u" WHERE idx >= ?1 ORDER BY idx LIMIT ?2"_s);
    if (!statement.ok())
        return statement.error();
    SqliteStatement &s = statement.value();
    s.bindInt64(1, fromIndex);
    s.bindInt64(2, limit);
    QList<AuditEntry> entries;
    while (true) {
        Result<bool> row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Result<AuditEntry> entry = decodeJsonColumn<AuditEntry>(s.columnTextUtf8(1));
        if (!entry.ok())
            return damaged(tr("audit entry %1 cannot be read (%2)").arg(s.columnInt64(0)).arg(entry.errorMessage()));
        // The key and hash columns must agree with the entry itself; a hand-edited row shows up here.
        if (entry.value().index != s.columnInt64(0) || entry.value().hash != s.columnBlob(2))
            return damaged(tr("audit entry %1 does not match its index or hash").arg(s.columnInt64(0)));
        entries.append(std::move(entry).value());
    }
    return entries;
}

Result<QList<AuditEntry>> CacheStore::loadLocalAudit(qint64 fromIndex, int limit)
{
    return loadAudit(u"audit_local"_s, fromIndex, limit);
}

Result<QList<AuditEntry>> CacheStore::loadBackendAudit(qint64 fromIndex, int limit)
{
    return loadAudit(u"audit_backend"_s, fromIndex, limit);
}

Result<QStringList> CacheStore::integrityCheck()
{
    return m_database.integrityCheck();
}

} // namespace warden
