#include "fleet/BackendSession.h"

#include "cache/CacheVault.h"
#include "cache/CacheWriter.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StoreQuery.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

CacheStoreOptions cacheOptionsFor(const ConnectionProfile &profile, CacheStoreOptions options,
                                   const std::shared_ptr<PersonalDataVault> &vault)
{
    options.backend = profile.name;
    if (vault)
        CacheVault::bind(options, vault);
    return options;
}

} // namespace

BackendSession::BackendSession(ConnectionProfile profile, TlsSettings tls, const QString &cacheFile, QObject *parent)
    : BackendSession(std::move(profile), std::move(tls), cacheFile, Options{}, parent)
{
}

BackendSession::BackendSession(ConnectionProfile profile, TlsSettings tls, const QString &cacheFile, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? options.clock : FleetClock::system())
    , m_vault(options.sealPersonalData && !options.cache.seal && !options.cache.unseal
                  ? std::make_shared<PersonalDataVault>()
                  : nullptr)
    , m_writer(std::make_unique<CacheWriter>(cacheFile, cacheOptionsFor(profile, options.cache, m_vault)))
    , m_api(std::make_unique<FleetApiClient>(std::move(profile), std::move(tls)))
    , m_syncBackoff(2000, 60000, options.random)
{
    m_api->setOptions(options.api);
    m_sync = std::make_unique<SyncEngine>(m_api.get(), m_writer.get(), m_clock);
    m_stream = std::make_unique<StreamClient>(m_api.get(), m_writer.get(), m_clock, options.random);
    m_stream->setOptions(options.stream);
    m_journal = std::make_unique<OfflineJournal>(m_writer.get(), m_api.get());

    connect(m_api.get(), &FleetApiClient::tokenExpired, this, &BackendSession::onTokenExpired);
    connect(m_stream.get(), &StreamClient::stateChanged, this, &BackendSession::updateState);
    connect(m_stream.get(), &StreamClient::connected, this, &BackendSession::onStreamConnected);
    connect(m_stream.get(), &StreamClient::resyncRequired, this, &BackendSession::onResyncRequired);
    connect(m_stream.get(), &StreamClient::tokenExpired, this, &BackendSession::onTokenExpired);
    connect(m_stream.get(), &StreamClient::connectionFailed, this,
            [this](const FleetError &error) { emit errorOccurred(backendName(), error); });
    connect(m_sync.get(), &SyncEngine::progressChanged, this, &BackendSession::updateState);
    connect(m_sync.get(), &SyncEngine::finished, this, &BackendSession::onSyncFinished);
    connect(m_writer.get(), &CacheWriter::committed, this, &BackendSession::onCommitted);
    connect(m_writer.get(), &CacheWriter::failed, this,
            [this](const QString &message) { emit cacheFailed(backendName(), message); });
}

BackendSession::~BackendSession()
{
    m_clock->cancel(m_retryTimer);
    m_clock->cancel(m_flushTimer);
    m_wanted = false;
    m_sync->cancel();
    m_stream->stop();
    m_api->cancelAll();
}

void BackendSession::login(const QString &user, SecretBytes password, const QString &totp, QObject *context,
                           FleetApiClient::Callback<LoginSession> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // The same password, once the backend accepted it, is the passphrase of the personal data vault.
    auto passphrase =
        std::make_shared<SecretBytes>(m_vault ? QByteArray(password.constData(), password.size()) : QByteArray());
    m_api->login(user, std::move(password), totp, this,
                 [this, guard, hadContext, done, passphrase](FleetResult<LoginSession> result) {
                     if (result && m_vault) {
                         // Queued on the writer before anything the sync will write.
                         CacheVault::unlockAsync(
                             m_writer.get(), m_vault, std::move(*passphrase), this,
                             [this](const Status &status) {
                                 emit personalDataChanged(backendName(), status.ok(), status.errorMessage());
                             },
                             m_options.personalDataKdfIterations);
                     }
                     passphrase->clear();
                     if (result)
                         connectToBackend();
                     else
                         emit errorOccurred(backendName(), result.error());
                     if (done && (!hadContext || guard))
                         done(std::move(result));
                 });
}

void BackendSession::connectToBackend()
{
    m_wanted = true;
    m_clock->cancel(m_retryTimer);
    m_retryTimer = 0;
    m_state.lastError.reset();
    startStream();
}

void BackendSession::disconnectFromBackend()
{
    m_wanted = false;
    m_clock->cancel(m_retryTimer);
    m_retryTimer = 0;
    m_sync->cancel();
    m_stream->stop();
    m_journal->setOnline(false);
    m_api->logout(this, [](FleetResult<std::monostate>) {});
    updateState();
}

void BackendSession::startStream()
{
    if (!m_wanted)
        return;
    // The stream resumes after what the cache holds; the writer answers after every batch already queued.
    queryStore<qint64>(
        m_writer.get(), this,
        [](CacheStore *store) -> qint64 {
            if (!store)
                return -1;
            const Result<qint64> seq = store->lastStreamSeq();
            return seq ? seq.value() : -1;
        },
        [this](qint64 lastSeq) {
            if (!m_wanted)
                return;
            if (lastSeq < 0) {
                emit cacheFailed(backendName(), tr("The cache of %1 cannot be read.").arg(backendName()));
                return;
            }
            m_stream->setHoldChanges(true);
            m_stream->start(lastSeq);
        });
}

void BackendSession::onStreamConnected()
{
    m_journal->setOnline(true);
    if (m_sync->isRunning()) {
        m_syncPending = true;
        return;
    }
    m_clock->cancel(m_retryTimer);
    m_retryTimer = 0;
    queryStore<qint64>(
        m_writer.get(), this,
        [](CacheStore *store) -> qint64 {
            if (!store)
                return -1;
            const Result<QString> revision = store->meta(SyncEngine::RevisionKey);
            bool ok = false;
            const qint64 value = revision ? revision.value().toLongLong(&ok) : -1;
            return ok && value >= 0 ? value : -1;
        },
        [this](qint64 revision) { runSync(revision); });
}

void BackendSession::runSync(qint64 fromRevision)
{
    if (!m_wanted || !m_api->isLoggedIn())
        return;
    m_stream->setHoldChanges(true);
    m_sync->start(fromRevision);
    updateState();
}

void BackendSession::onSyncFinished(const SyncOutcome &outcome)
{
    emit syncFinished(backendName(), outcome);
    if (outcome.cancelled) {
        updateState();
        return;
    }
    if (outcome.ok()) {
        m_syncBackoff.reset();
        m_stream->setHoldChanges(false);
        if (m_resyncing) {
            m_resyncing = false;
            const qint64 resume = m_resumeAfterResync;
            m_resumeAfterResync = -1;
            if (resume >= 0) {
                // The events before the backend's oldest are gone for good: move the stored position past them,
                // in order with everything already queued, and continue from there.
                CacheBatch jump;
                jump.lastSeq = resume;
                m_writer->submit(std::move(jump));
            }
            m_stream->start(std::max(resume, m_stream->lastCommittedSeq()));
        }
        m_journal->sendNotes();
        m_journal->refresh();
        if (m_syncPending) {
            m_syncPending = false;
            onStreamConnected();
        }
        updateState();
        return;
    }

    m_syncPending = false;
    m_stream->setHoldChanges(false);
    if (outcome.error) {
        emit errorOccurred(backendName(), *outcome.error);
        if (outcome.error->needsLogin()) {
            onTokenExpired();
            return;
        }
        if (outcome.error->isTls() || outcome.error->kind() == FleetError::Kind::Forbidden) {
            m_wanted = false;
            m_stream->stop();
            m_journal->setOnline(false);
            m_state.lastError = outcome.error;
            updateState();
            return;
        }
    } else if (!outcome.cacheError.isEmpty()) {
        emit cacheFailed(backendName(), outcome.cacheError);
    }
    scheduleRetry();
    updateState();
}

void BackendSession::scheduleRetry()
{
    if (!m_wanted)
        return;
    m_clock->cancel(m_retryTimer);
    const bool resync = m_resyncing;
    m_retryTimer = m_clock->schedule(m_syncBackoff.nextDelayMs(), this, [this, resync] {
        m_retryTimer = 0;
        if (!m_wanted)
            return;
        if (resync) {
            runSync(-1);
        } else if (m_stream->isLive()) {
            onStreamConnected();
        } else if (!m_stream->isActive()) {
            startStream();
        }
        // else: the stream is reconnecting by itself and syncs when it is back.
    });
}

void BackendSession::onResyncRequired(qint64 oldestSeq)
{
    m_journal->setOnline(false);
    if (++m_consecutiveResyncs > MaxConsecutiveResyncs) {
        const FleetError error(
            FleetError::Kind::ProtocolError,
            tr("The backend keeps refusing to resume the event stream; %1 stays offline.").arg(backendName()), 0,
            u"resync_loop"_s);
        m_wanted = false;
        m_state.lastError = error;
        emit errorOccurred(backendName(), error);
        updateState();
        return;
    }
    emit resyncStarted(backendName(), oldestSeq);
    m_resyncing = true;
    m_resumeAfterResync = oldestSeq > 0 ? oldestSeq - 1 : -1;
    m_sync->cancel();
    runSync(-1);
}

void BackendSession::onTokenExpired()
{
    const bool wasWanted = m_wanted || m_stream->isActive() || m_sync->isRunning();
    m_wanted = false;
    m_clock->cancel(m_retryTimer);
    m_retryTimer = 0;
    m_sync->cancel();
    m_stream->stop();
    m_journal->setOnline(false);
    m_api->forgetSession();
    const FleetError reason(FleetError::Kind::TokenExpired, {}, 401, u"token_expired"_s);
    m_state.lastError = reason;
    updateState();
    if (wasWanted)
        emit loginRequired(backendName(), reason);
}

void BackendSession::onCommitted(const CacheChange &change)
{
    if (change.events > 0)
        m_consecutiveResyncs = 0;
    if (m_hasPendingChange)
        m_pendingChange.merge(change);
    else
        m_pendingChange = change;
    m_hasPendingChange = true;
    if (m_flushTimer != 0)
        return;
    const qint64 due = std::max<qint64>(0, m_lastFlushMs + CoalesceMs - m_clock->monotonicMs());
    m_flushTimer = m_clock->schedule(due, this, [this] {
        m_flushTimer = 0;
        flushCommitted();
    });
}

void BackendSession::flushCommitted()
{
    if (!m_hasPendingChange)
        return;
    m_lastFlushMs = m_clock->monotonicMs();
    CacheChange change = std::move(m_pendingChange);
    m_pendingChange = CacheChange{};
    m_hasPendingChange = false;
    emit committed(backendName(), change);
}

void BackendSession::updateState()
{
    // Journalled actions may only go out over a live connection.
    m_journal->setOnline(m_stream->isLive() && m_api->isLoggedIn());
    ConnectionState next = m_stream->state();
    if (m_sync->isRunning()) {
        next.phase = ConnectionState::Phase::Syncing;
        next.syncPercent = m_sync->progress().percent;
    }
    if (!next.lastError && m_state.lastError && next.phase == ConnectionState::Phase::Offline)
        next.lastError = m_state.lastError;
    const bool changed = !(next == m_state) || next.phase == ConnectionState::Phase::Live ||
                         next.phase == ConnectionState::Phase::Reconnecting;
    m_state = next;
    if (changed)
        emit stateChanged(backendName(), m_state);
}

} // namespace warden
