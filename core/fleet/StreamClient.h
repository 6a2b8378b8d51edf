#pragma once

#include "cache/CacheBatch.h"
#include "fleet/FleetClock.h"
#include "fleet/FleetError.h"
#include "fleet/ReconnectBackoff.h"
#include "fleet/StreamFrame.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <deque>
#include <optional>

class QRandomGenerator;
class QWebSocket;

namespace warden {

class CacheWriter;
class FleetApiClient;

// The connection state of one backend as the status bar shows it.
struct ConnectionState {
    enum class Phase { Offline, Connecting, Syncing, Live, Reconnecting };
    Phase phase = Phase::Offline;
    int syncPercent = 0;        // Syncing
    double eventsPerSecond = 0; // Live
    qint64 retryInMs = 0;       // Reconnecting: time until the next attempt
    QDateTime offlineSince;     // Offline / Reconnecting: since when no live stream (UTC); invalid = never live
    std::optional<FleetError> lastError; // why the last connection ended, if it failed

    // "Live · 120 events/s", "Reconnecting in 4 s", ... for the status bar.
    QString text() const;
    friend bool operator==(const ConnectionState &a, const ConnectionState &b)
    {
        return a.phase == b.phase && a.syncPercent == b.syncPercent && a.eventsPerSecond == b.eventsPerSecond &&
               a.retryInMs == b.retryInMs && a.offlineSince == b.offlineSince &&
               a.lastError.has_value() == b.lastError.has_value();
    }
};

// The live event stream of one backend (fleet-api.md §7) over a WebSocket with the connection's TLS settings.
//
// Responsible for: connecting to /api/v1/stream?from_seq=<last committed + 1> with the bearer token, checking the
// pin on connect, parsing frames on the API client's parser thread, checking that events continue exactly where the
// last frame ended (a gap or duplicate drops the connection and resumes from the last COMMITTED seq), handing each
// events frame to the CacheWriter as one batch with its lastSeq (events and position commit atomically), turning
// change frames into upserts (held back on request while a sync runs), watching heartbeats (no frame for 15 s ->
// reconnect), reconnecting with exponential backoff and full jitter, and reporting its state.
// Not responsible for logins or syncs: it asks for them with tokenExpired() and resyncRequired(), and does not
// reconnect after those or after TLS failures until start() is called again.
class StreamClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamClient)

public:
    struct Options {
        int heartbeatTimeoutMs = 15000;
        int connectTimeoutMs = 20000;
        qint64 backoffMinimumMs = ReconnectBackoff::DefaultMinimumMs;
        qint64 backoffMaximumMs = ReconnectBackoff::DefaultMaximumMs;
        qint64 stableAfterMs = 30000; // live this long without trouble: the backoff starts from the bottom again
        qsizetype maxFrameBytes = StreamFrame::DefaultMaxBytes;
    };

    // random: jitter source for the backoff (global generator when null).
    StreamClient(FleetApiClient *client, CacheWriter *writer, FleetClock *clock = FleetClock::system(),
                 QRandomGenerator *random = nullptr, QObject *parent = nullptr);
    ~StreamClient() override;

    void setOptions(const Options &options);
    Options options() const { return m_options; }

    // Connects now, resuming after lastCommittedSeq (the cache's stored stream position).
    void start(qint64 lastCommittedSeq);
    // Closes the stream and stays offline.
    void stop();
    // While held, change frames are kept in order and submitted when released (a running sync must not be
    // overwritten by older page contents, see SyncEngine).
    void setHoldChanges(bool hold);

    ConnectionState state() const { return m_state; }
    bool isLive() const { return m_state.phase == ConnectionState::Phase::Live; }
    bool isActive() const { return m_active; }
    qint64 lastCommittedSeq() const { return m_lastCommitted; }
    qint64 nextExpectedSeq() const { return m_sequencer.nextExpected(); }
    qint64 eventsReceived() const { return m_eventsReceived; }
    int reconnectCount() const { return m_reconnects; }

signals:
    void stateChanged(const warden::ConnectionState &state);
    // The hello frame was accepted: the stream is live from fromSeq on.
    void connected(qint64 fromSeq, qint64 serverLastSeq, qint64 revision);
    // The backend no longer has the events after our position; they start at oldestSeq (0 = not said).
    void resyncRequired(qint64 oldestSeq);
    void tokenExpired();
    // A connection ended with this error (also the transient ones that are retried).
    void connectionFailed(const warden::FleetError &error);

private:
    void connectNow();
    void teardown();
    void onConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onText(const QString &message);
    void handleFrame(quint64 connection, Result<StreamFrame> frame);
    void submitChange(CacheBatch batch);
    // Ends the current connection because of error; retries with backoff when the error is transient or a protocol
    // problem, stays offline when it needs the operator (TLS) or a new login.
    void fail(const FleetError &error);
    // Like fail(), but after the frames already received have been handled: a backend sends an error frame and
    // closes at once, and the frame (with its details) must win over the bare close.
    void failAfterPendingFrames(const FleetError &error);
    void scheduleReconnect();
    void armWatchdog();
    void onWatchdog(quint64 connection);
    void tick();
    void setPhase(ConnectionState::Phase phase);
    void publish();
    double currentRate() const;
    void onCommitted(const CacheChange &change);
    void onWriterFailed(const QString &message);

    FleetApiClient *m_client;
    QPointer<CacheWriter> m_writer;
    FleetClock *m_clock;
    QRandomGenerator *m_random;
    ReconnectBackoff m_backoff;
    Options m_options;
    QWebSocket *m_socket = nullptr;
    QList<QSslError> m_sslErrors;
    quint64 m_connection = 0; // bumps with every socket: late frames of an old one are ignored
    bool m_active = false;    // start() called and not stopped / given up
    bool m_helloSeen = false;
    bool m_holdChanges = false;
    QList<CacheBatch> m_heldChanges;
    StreamSequencer m_sequencer;
    qint64 m_lastCommitted = 0;
    qint64 m_lastFrameMs = 0;
    qint64 m_liveSinceMs = -1;
    qint64 m_retryAtMs = 0;
    int m_watchdogTimer = 0;
    int m_connectTimer = 0;
    int m_retryTimer = 0;
    int m_tickTimer = 0;
    qint64 m_eventsReceived = 0;
    int m_reconnects = 0;
    std::deque<std::pair<qint64, int>> m_recent; // (ms, events) of the last few seconds, for events/s
    ConnectionState m_state;
};

} // namespace warden

Q_DECLARE_METATYPE(warden::ConnectionState)
