#pragma once

#include "cache/SqliteDatabase.h"
#include "domain/AuditEntry.h"
#include "domain/Device.h"
#include "domain/Enums.h"
#include "domain/ThreatEvent.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace warden {

// The object collections of the Fleet API that are paged and delta-synced (fleet-api.md §4).
enum class FleetCollection { Sites, Gateways, Links, Devices, Owners, Firmware, Incidents, Licences, Campaigns,
                             Approvals, Rules, JoinRequests, Credentials };

// An operator account as fleetd keeps it: never the password itself, only its PBKDF2 record.
struct FleetAccount {
    QString user;
    QString passwordHash;
    QStringList roles;
    QByteArray totpSecret;
    int failedCount = 0;
    qint64 lockedUntilMs = 0; // 0 = not locked
    qint64 lastTotpStep = -1; // the newest TOTP time step accepted, so a code works once only
};

// Why and until when a device is quarantined, and who did it (an operator or "rule:ID").
struct QuarantineRecord {
    QString deviceId;
    QuarantineLevel level = QuarantineLevel::Isolate;
    QString reason;
    qint64 expiresMs = 0; // simulated time; 0 = until released
    QString actor;
    QString ruleId;
    qint64 createdMs = 0;
};

// The update state of one device in one campaign.
struct CampaignDeviceRecord {
    QString campaignId;
    QString deviceId;
    DeviceUpdateState state = DeviceUpdateState::Queued;
    QString message;
    int wave = 0;          // 1-based; 0 = not assigned yet (a write with 0 keeps the stored wave)
    qint64 updatedMs = 0;  // simulated ms since the Unix epoch of the latest state change
};

// How many targets of one wave are in one update state (GET /campaigns/{id}/waves).
struct CampaignWaveCount {
    int wave = 0;
    DeviceUpdateState state = DeviceUpdateState::Queued;
    int count = 0;
};

// One page of raw stored JSON objects, in id order.
struct StoredPage {
    QList<QByteArray> items; // compact JSON, as stored
    QString lastId;          // id of the last item, for the next cursor
    bool more = false;       // there may be objects after lastId
};

// fleetd's persistent state in one SQLite file (WAL): the fleet and every API object as JSON with a per-row
// revision, tombstones for deletions, the gap-free event log, accounts, quarantines, campaign device states, the
// audit chain and a small key/value table. Maintains the global revision counter and the event sequence.
//
// Writes happen inside a write() scope, which is one transaction: revision bumps and event seqs become durable
// together with the rows that carry them, or not at all.
// Not responsible for API rules (who may do what, which transitions are legal) or JSON validation of requests.
// Used from one thread only.
class FleetStore {
    Q_DECLARE_TR_FUNCTIONS(FleetStore)

public:
    static Result<std::unique_ptr<FleetStore>> open(const QString &path);
    ~FleetStore();
    FleetStore(const FleetStore &) = delete;
    FleetStore &operator=(const FleetStore &) = delete;

    static QString collectionName(FleetCollection collection); // "devices", also the change-frame kind stem

    // --- transactions -------------------------------------------------------------------------------------------
    // One write transaction; commit() persists the revision and seq counters with the rows. Destroying an
    // uncommitted scope rolls back and restores the in-memory counters.
    class WriteScope {
    public:
        WriteScope(WriteScope &&other) noexcept;
        WriteScope(const WriteScope &) = delete;
        WriteScope &operator=(const WriteScope &) = delete;
        WriteScope &operator=(WriteScope &&) = delete;
        ~WriteScope();
        Status commit();

    private:
        friend class FleetStore;
        WriteScope(FleetStore *store, SqliteTransaction transaction);
        FleetStore *m_store = nullptr;
        std::optional<SqliteTransaction> m_transaction;
        qint64 m_revisionBefore = 0;
        qint64 m_lastSeqBefore = 0;
    };
    Result<WriteScope> write();

    qint64 revision() const { return m_revision; }
    // Takes the next revision; only inside a write scope.
    qint64 nextRevision() { return ++m_revision; }

    // Next id of a kind of object ("apr" -> "apr-000001"), counted in the meta table; only inside a write scope.
    Result<QString> nextId(const QString &prefix, int width = 6);

    // --- key/value ------------------------------------------------------------------------------------------------
    QString meta(const QString &key, const QString &fallback = {});
    Status setMeta(const QString &key, const QString &value);

    // --- generic objects ------------------------------------------------------------------------------------------
    // Stores json under id with the given revision (the caller took it from nextRevision()).
    Status putObject(FleetCollection collection, const QString &id, const QByteArray &compactJson, qint64 revision);
    std::optional<QByteArray> objectJson(FleetCollection collection, const QString &id);
    std::optional<QJsonObject> object(FleetCollection collection, const QString &id);
    // Removes the object and leaves a tombstone at a new revision. False when there was no such object.
    Result<bool> deleteObject(FleetCollection collection, const QString &id);
    // Objects with id > afterId (and revision > since when since >= 0), at most limit, in id order.
    Result<StoredPage> page(FleetCollection collection, const QString &afterId, qint64 since, int limit);
    // Ids deleted after revision since, up to revision upTo.
    Result<QStringList> deletedSince(FleetCollection collection, qint64 since, qint64 upTo);
    // Every object of a (small) collection, in id order.
    Result<QList<QJsonObject>> allObjects(FleetCollection collection);
    Result<qint64> count(FleetCollection collection);

    // --- devices (typed, with query columns) -----------------------------------------------------------------------
    // Takes a new revision, stamps it into device.revision and stores the device.
    Status putDevice(Device &device);
    // Bulk load of generated devices at a fixed revision (first run).
    Status insertDevices(const QList<Device> &devices, qint64 revision);
    std::optional<Device> device(const QString &id);
    // Ids of devices matching an SQL-free filter: device class (empty = any) and site (empty = any).
    Result<QStringList> deviceIds(const QString &deviceClass, const QString &siteId);
    Result<QStringList> deviceIdsWithStatus(DeviceStatus status);
    Result<QList<Device>> devicesOfClass(const QString &deviceClass);
    Result<qint64> safetyCriticalCount(const QStringList &deviceIds);

    // --- events ---------------------------------------------------------------------------------------------------
    // Assigns the next seqs (gap-free) to the events, stores them and returns their compact JSON in order.
    Result<QList<QByteArray>> appendEvents(QList<ThreatEvent> &events);
    // Stored event JSON from fromSeq on, at most limit, in seq order.
    Result<QList<QByteArray>> eventJson(qint64 fromSeq, int limit);
    Result<QList<ThreatEvent>> events(qint64 fromSeq, qint64 toSeq, int limit);
    qint64 lastSeq() const { return m_lastSeq; }
    // The oldest seq still retained (lastSeq() + 1 when there are no events).
    qint64 oldestSeq() const { return m_oldestSeq; }
    // Deletes the oldest events beyond keep (at most maxDelete per call, so one call stays short).
    Result<qint64> pruneEvents(qint64 keep, qint64 maxDelete);

    // --- accounts -------------------------------------------------------------------------------------------------
    Status putAccount(const FleetAccount &account);
    std::optional<FleetAccount> account(const QString &user);
    Result<qint64> accountCount();
    // Every account, ordered by user name.
    Result<QList<FleetAccount>> accounts();
    // For each target of audit entries with the given action, the time (JSON text) of the newest one, e.g. the last
    // "session.login" of every user. Reads the stored chain, so it only knows what retention has kept.
    Result<QHash<QString, QString>> latestAuditTimes(const QString &action);

    // --- quarantines ----------------------------------------------------------------------------------------------
    Status putQuarantine(const QuarantineRecord &record);
    Status removeQuarantine(const QString &deviceId);
    std::optional<QuarantineRecord> quarantine(const QString &deviceId);
    Result<QList<QuarantineRecord>> quarantines();

    // --- campaign device states -----------------------------------------------------------------------------------
    Status putCampaignDevice(const CampaignDeviceRecord &record);
    Result<QList<CampaignDeviceRecord>> campaignDevices(const QString &campaignId);
    Result<QList<CampaignDeviceRecord>> campaignDevicesInState(DeviceUpdateState state);
    Result<QList<CampaignDeviceRecord>> campaignDevicesOfDevice(const QString &deviceId);
    // One page of a campaign's targets in device id order after afterDeviceId; wave 0 = every wave, no state = all.
    Result<QList<CampaignDeviceRecord>> campaignDevicesPage(const QString &campaignId, const QString &afterDeviceId,
                                                            int limit, int wave,
                                                            std::optional<DeviceUpdateState> state);
    // One page of the campaigns that targeted a device, in campaign id order after afterCampaignId.
    Result<QList<CampaignDeviceRecord>> deviceCampaignsPage(const QString &deviceId, const QString &afterCampaignId,
                                                            int limit);
    Result<QList<CampaignWaveCount>> campaignWaveCounts(const QString &campaignId);
    // Sets the wave of a target that has none yet (waves are drawn when the campaign's runner starts).
    Status assignCampaignWave(const QString &campaignId, const QString &deviceId, int wave);

    // --- audit ----------------------------------------------------------------------------------------------------
    Status appendAudit(const AuditEntry &entry);
    Result<QList<AuditEntry>> audit(qint64 fromIndex, int limit);
    std::optional<AuditEntry> lastAudit();

private:
    explicit FleetStore(SqliteDatabase database);
    Status createSchema();
    Status loadCounters();
    Status persistCounters();
    static QString table(FleetCollection collection);

    SqliteDatabase m_db;
    qint64 m_revision = 0;
    qint64 m_lastSeq = 0;
    qint64 m_oldestSeq = 1;
};

} // namespace warden
