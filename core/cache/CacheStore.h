#pragma once

#include "cache/CacheBatch.h"
#include "cache/PendingAction.h"
#include "cache/SqliteDatabase.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>

namespace warden {

// Seals owners' personal data before it is written and unseals it after it is read (AES-256-GCM in the PII vault);
// unset means stored as is.
using CacheSealFunction = std::function<Result<QByteArray>(const QByteArray &)>;

struct CacheStoreOptions {
    // Key of this cache's row in stream_state: the backend the stream position belongs to.
    QString backend = QStringLiteral("default");
    bool readOnly = false;
    CacheSealFunction seal;
    CacheSealFunction unseal;
};

// Synchronous access to one backend's cache file: applies batches (one transaction each), loads every entity kind,
// pages events, keeps the stream position, the offline journal and both audit chains. Used from one thread at a
// time (a worker; see CacheWriter); a second CacheStore on the same file may read concurrently (WAL).
// Not responsible for the schema (CacheSchema), threading (CacheWriter) or verifying audit chains (security/).
class CacheStore {
    Q_DECLARE_TR_FUNCTIONS(CacheStore)

public:
    static constexpr qint64 Newest = std::numeric_limits<qint64>::max();

    static Result<std::unique_ptr<CacheStore>> open(const QString &path, const CacheStoreOptions &options = {});

    CacheStore(const CacheStore &) = delete;
    CacheStore &operator=(const CacheStore &) = delete;

    // One transaction for the batch; nothing of it is stored if any part fails.
    Result<CacheChange> apply(const CacheBatch &batch);
    // One transaction for all batches, applied in order (the writer coalesces queued batches this way).
    Result<CacheChange> apply(const QList<CacheBatch> &batches);

    Result<QList<Site>> loadSites();
    Result<QList<Gateway>> loadGateways();
    Result<QList<Link>> loadLinks();
    // All devices in one pass, in insertion order; repeated strings (class, vendor, site...) share storage.
    Result<QList<Device>> loadDevices();
    Result<QList<Owner>> loadOwners();
    Result<QList<Incident>> loadIncidents();
    Result<QList<Licence>> loadLicences();
    Result<QList<Firmware>> loadFirmware();
    Result<QList<Campaign>> loadCampaigns();
    Result<QList<Approval>> loadApprovals();
    Result<QList<Rule>> loadRules();
    Result<QList<JoinRequest>> loadJoinRequests();
    Result<QList<DeviceCredential>> loadCredentials();

    Result<qint64> lastStreamSeq();
    // Newest first: events with seq < beforeSeq, at most limit of them. Page on with the last seq returned.
    Result<QList<ThreatEvent>> loadEvents(qint64 beforeSeq = Newest, int limit = 1000);
    Result<QList<ThreatEvent>> loadDeviceEvents(const QString &deviceId, qint64 beforeSeq = Newest, int limit = 1000);
    // The events with these seqs, oldest first; seqs not in the cache are skipped. One query per 500 seqs.
    Result<QList<ThreatEvent>> loadEventsBySeq(const QList<qint64> &seqs);
    Result<qint64> eventCount();

    // Null string when the key is not set.
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    // The offline journal, oldest first.
    Result<QList<PendingAction>> pendingActions();
    // Stores the action (its id is ignored) and returns the id assigned to it.
    Result<qint64> addPendingAction(const PendingAction &action);
    Status updatePendingAction(qint64 id, PendingActionState state, const QString &message);
    Status removePendingAction(qint64 id);

    // The console's own chain: entries must be appended in index order (index = last index + 1).
    Status appendLocalAudit(const AuditEntry &entry);
    Result<QList<AuditEntry>> loadLocalAudit(qint64 fromIndex = 0, int limit = -1);
    // The backend's chain as received; re-receiving a stored entry is harmless, a different hash is refused.
    Status appendBackendAudit(const QList<AuditEntry> &entries);
    Result<QList<AuditEntry>> loadBackendAudit(qint64 fromIndex = 0, int limit = -1);

    // PRAGMA integrity_check: empty when the file is sound.
    Result<QStringList> integrityCheck();

    QString path() const;
    QString backend() const { return m_options.backend; }
    // For maintenance and tests (e.g. PRAGMA max_page_count); regular access goes through the methods above.
    SqliteDatabase &database() { return m_database; }

private:
    CacheStore(SqliteDatabase database, const CacheStoreOptions &options);

    Status applyOne(const CacheBatch &batch, qint64 &streamSeq, CacheChange &change);
    Status applyEvents(const CacheBatch &batch, qint64 &streamSeq, CacheChange &change);
    Status appendAudit(const QString &table, const QList<AuditEntry> &entries, bool backendChain, int *stored);
    Result<QList<AuditEntry>> loadAudit(const QString &table, qint64 fromIndex, int limit);
    Result<qint64> storedStreamSeq();
    Status writable() const;
    Error damaged(const QString &what) const;

    SqliteDatabase m_database;
    CacheStoreOptions m_options;
};

} // namespace warden
