#pragma once

#include "FleetContext.h"
#include "FleetStore.h"
#include "SessionManager.h"
#include "http/HttpRequest.h"
#include "http/WebSocketDecision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace warden {

class WebSocketConnection;

// The live stream (fleet-api.md §7): decides WebSocket upgrades on /api/v1/stream (token, from_seq), greets each
// subscriber with a hello frame, replays committed events from the store from its from_seq in frames of up to
// MaxEventsPerFrame, then follows live commits; every subscriber gets every event exactly once, contiguous, in seq
// order. Backpressure per connection: above HighWaterBytes of unsent data nothing more is queued for it, and it
// continues from the store once drained, so nothing is dropped and no buffer grows without bound. Broadcasts change
// frames (held back and coalesced per object while a connection is over the mark), sends heartbeats every 5 s, and closes streams whose token expired or was revoked (4401), whose position fell out of
// the retained history (4410) or whose client stopped reading for 60 s (1008).
// Not responsible for producing events (SimulationDriver) or WebSocket framing (http/).
class StreamHub final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamHub)

public:
    static constexpr int MaxEventsPerFrame = 1000;
    static constexpr qint64 HighWaterBytes = 4 * 1024 * 1024;
    static constexpr int HeartbeatMs = 5000;
    static constexpr qint64 StalledMs = 60000;
    static constexpr quint16 CloseSeqTooOld = 4410;
    static constexpr quint16 CloseTokenExpired = 4401;
    static constexpr quint16 CloseBadRequest = 4400;
    static constexpr quint16 ClosePolicy = 1008;

    StreamHub(FleetStore &store, SessionManager &sessions, QObject *parent = nullptr);
    ~StreamHub() override;

    // The answer to an upgrade request for /api/v1/stream (401 without a valid token, 403 without a role).
    WebSocketDecision decide(const HttpRequest &request, qint64 nowMs);

    // Events just committed with seqs firstSeq, firstSeq+1, ...
    void publishEvents(qint64 firstSeq, const QList<QByteArray> &eventJson);
    void publishChanges(const QList<FleetChange> &changes);

    int subscriberCount() const { return int(m_subscribers.size()); }
    // Closes every stream (server shutdown).
    void closeAll();
    // Closes at once the streams whose token no longer opens a session (ended by an admin, e.g. a 2FA reset), with an
    // error frame and 4401 — rather than at the next once-a-second check.
    void closeSignedOut(qint64 nowMs);

private:
    struct Subscriber {
        WebSocketConnection *connection = nullptr;
        QByteArray token;
        qint64 nextSeq = 1;       // the next seq this subscriber must receive
        bool pumpQueued = false;  // a catch-up from the store is scheduled
        qint64 lastProgressMs = 0;
        qint64 bufferedAtProgress = 0;
        // Change frames held back while the connection is over the high-water mark, coalesced per object (only the
        // newest state of an object matters), so they are bounded by the number of objects, not by time.
        QStringList pendingKeys;
        QHash<QString, QByteArray> pendingChanges;
    };

    void open(WebSocketConnection *connection, const QByteArray &token, qint64 fromSeq);
    // Sends in frames until done or the connection's buffer reaches the high-water mark.
    void sendEvents(Subscriber &subscriber, const QList<QByteArray> &eventJson, qsizetype from, qsizetype count);
    // Catches the subscriber up from the store until it is live or its buffer is full.
    void pump(WebSocketConnection *connection);
    void schedulePump(Subscriber &subscriber);
    // Sends held-back change frames while there is room; true when none are left.
    bool flushChanges(Subscriber &subscriber);
    void onTimer();
    // Closes the subscriber's stream when its token expired or was revoked; true when it did.
    bool closeIfSignedOut(Subscriber &subscriber, qint64 nowMs);
    void fail(Subscriber &subscriber, const QString &code, const QString &message, quint16 closeCode,
              const QJsonObject &extra = {});

    FleetStore &m_store;
    SessionManager &m_sessions;
    QHash<WebSocketConnection *, Subscriber> m_subscribers;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastHeartbeatMs = 0;
};

} // namespace warden
