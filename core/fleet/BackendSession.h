#pragma once

#include "cache/CacheBatch.h"
#include "cache/CacheStore.h"
#include "fleet/ConnectionProfile.h"
#include "fleet/FleetApiClient.h"
#include "fleet/FleetClock.h"
#include "fleet/ReconnectBackoff.h"
#include "fleet/StreamClient.h"
#include "fleet/SyncEngine.h"
#include "fleet/TlsSetup.h"
#include "security/PersonalDataVault.h"

#include <QObject>

#include <memory>

class QRandomGenerator;

namespace warden {

class CacheWriter;
class OfflineJournal;

// One connected fleet backend: owns its FleetApiClient, SyncEngine, StreamClient, OfflineJournal and the CacheWriter
// of its cache file, and runs them in the right order.
//
// After a login: read the stored stream position and sync revision from the cache, open the stream from the next
// seq, and on every (re)connect of the stream run a sync (full when the cache has no revision, else delta) with
// change frames held back until it is done. Token expiry stops everything but the cache and asks for a new login;
// seq_too_old runs a full resync and continues the stream where the backend's history starts; transient failures
// of a sync are retried with backoff. Commits are passed on as committed(backend, change), merged so that at most
// one per CoalesceMs goes out (models update at most ~20 times a second). Every signal names the backend, so
// several sessions can feed the same models (devices keyed by backend + id).
// Not responsible for asking the operator anything (the UI reacts to loginRequired) or for the models.
class BackendSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendSession)

public:
    static constexpr int CoalesceMs = 50;
    static constexpr int MaxConsecutiveResyncs = 3;

    struct Options {
        CacheStoreOptions cache; // seal/unseal for owners; backend is set to the profile name
        // Without seal/unseal of its own, owners are sealed by the session's PersonalDataVault, keyed from the
        // operator's login password (CacheVault); false stores them as they come.
        bool sealPersonalData = true;
        int personalDataKdfIterations = VaultKdfParameters::DefaultIterations;
        FleetApiClient::Options api;
        StreamClient::Options stream;
        FleetClock *clock = nullptr;        // system clock when null
        QRandomGenerator *random = nullptr; // jitter source; global when null
    };

    BackendSession(ConnectionProfile profile, TlsSettings tls, const QString &cacheFile, Options options,
                   QObject *parent = nullptr);
    BackendSession(ConnectionProfile profile, TlsSettings tls, const QString &cacheFile, QObject *parent = nullptr);
    ~BackendSession() override;

    QString backendName() const { return m_api->profile().name; }
    FleetApiClient *api() { return m_api.get(); }
    SyncEngine *sync() { return m_sync.get(); }
    StreamClient *stream() { return m_stream.get(); }
    CacheWriter *writer() { return m_writer.get(); }
    OfflineJournal *journal() { return m_journal.get(); }
    // Seals owners' personal data in the cache; unlocked after each successful login, locked until then.
    PersonalDataVault *personalData() const { return m_vault.get(); }
    ConnectionState state() const { return m_state; }

    // Logs in and, on success, connects (sync + stream). Also the way back after loginRequired().
    void login(const QString &user, SecretBytes password, const QString &totp, QObject *context,
               FleetApiClient::Callback<LoginSession> done);
    // Starts sync + stream with the current token (after login() this happens by itself).
    void connectToBackend();
    // Stops stream and sync and logs out; the cache stays as it is.
    void disconnectFromBackend();

signals:
    void stateChanged(const QString &backend, const warden::ConnectionState &state);
    void committed(const QString &backend, const warden::CacheChange &change);
    void loginRequired(const QString &backend, const warden::FleetError &reason);
    // The backend lost the events after our position: a full resync runs (the UI says so).
    void resyncStarted(const QString &backend, qint64 oldestSeq);
    void syncFinished(const QString &backend, const warden::SyncOutcome &outcome);
    void cacheFailed(const QString &backend, const QString &message);
    void errorOccurred(const QString &backend, const warden::FleetError &error);
    // After a login: whether personal data in the cache can be read and written now (problem says why not).
    void personalDataChanged(const QString &backend, bool unlocked, const QString &problem);

private:
    void startStream();
    void runSync(qint64 fromRevision);
    void onStreamConnected();
    void onSyncFinished(const SyncOutcome &outcome);
    void onResyncRequired(qint64 oldestSeq);
    void onTokenExpired();
    void onCommitted(const CacheChange &change);
    void flushCommitted();
    void updateState();
    void scheduleRetry();

    Options m_options;
    FleetClock *m_clock;
    std::shared_ptr<PersonalDataVault> m_vault; // before m_writer: the store's seal functions hold it
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<FleetApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<StreamClient> m_stream;
    std::unique_ptr<OfflineJournal> m_journal;
    ReconnectBackoff m_syncBackoff;
    bool m_wanted = false;      // connected on request and not given up
    bool m_syncPending = false; // a sync must run after the one in progress
    bool m_resyncing = false;
    qint64 m_resumeAfterResync = -1; // stream position to continue from after a seq_too_old resync
    int m_consecutiveResyncs = 0;
    int m_retryTimer = 0;
    CacheChange m_pendingChange;
    bool m_hasPendingChange = false;
    int m_flushTimer = 0;
    qint64 m_lastFlushMs = -1000000;
    ConnectionState m_state;
};

} // namespace warden
