#include "StreamHub.h"

#include "CollectionPager.h"
#include "FleetTime.h"
#include "RequestBody.h"
#include "http/WebSocketConnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

QByteArray frame(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Frames are assembled from the stored event JSON without parsing it again.
QByteArray eventsFrame(const QList<QByteArray> &eventJson, qsizetype from, qsizetype count)
{
    qsizetype size = 32;
    for (qsizetype i = from; i < from + count; ++i)
        size += eventJson.at(i).size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"type\":\"events\",\"events\":[";
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            out += ',';
        out += eventJson.at(i);
    }
    out += "]}";
    return out;
}

} // namespace

StreamHub::StreamHub(FleetStore &store, SessionManager &sessions, QObject *parent)
    : QObject(parent), m_store(store), m_sessions(sessions)
{
    m_clock.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StreamHub::onTimer);
    m_timer.start();
}

StreamHub::~StreamHub()
{
    // The connections belong to the HTTP server; only stop listening to them.
    for (auto it = m_subscribers.begin(); it != m_subscribers.end(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

WebSocketDecision StreamHub::decide(const HttpRequest &request, qint64 nowMs)
{
    ApiResult<FleetSession> session = m_sessions.authenticate(request.header("authorization"), nowMs);
    if (!session)
        return WebSocketDecision::reject(session.error().toResponse());
    if (session->level < FleetRole::Viewer)
        return WebSocketDecision::reject(ApiError::forbidden().toResponse());
    const ApiResult<qint64> fromSeq = RequestBody::queryInteger(request.query, u"from_seq"_s, 1,
                                                                std::numeric_limits<qint64>::max() / 2, 0);
    if (!fromSeq)
        return WebSocketDecision::reject(fromSeq.error().toResponse());
    QByteArray token = request.header("authorization").mid(7).trimmed();
    const qint64 from = *fromSeq;
    return WebSocketDecision::accept([this, token, from](WebSocketConnection *connection, const HttpRequest &) {
        // from_seq defaults to the first event after the connection is made.
        open(connection, token, from > 0 ? from : m_store.lastSeq() + 1);
    });
}

void StreamHub::open(WebSocketConnection *connection, const QByteArray &token, qint64 fromSeq)
{
    Subscriber subscriber;
    subscriber.connection = connection;
    subscriber.token = token;
    subscriber.nextSeq = fromSeq;
    subscriber.lastProgressMs = m_clock.elapsed();
    m_subscribers.insert(connection, subscriber);

    connect(connection, &WebSocketConnection::closed, this, [this, connection] { m_subscribers.remove(connection); });
    connect(connection, &WebSocketConnection::bytesWritten, this, [this, connection] {
        const auto it = m_subscribers.find(connection);
        if (it == m_subscribers.end())
            return;
        it->lastProgressMs = m_clock.elapsed();
        it->bufferedAtProgress = connection->bufferedBytes();
        const bool behind = it->nextSeq <= m_store.lastSeq() || !it->pendingKeys.isEmpty();
        if (!it->pumpQueued && behind && connection->bufferedBytes() < HighWaterBytes)
            schedulePump(*it);
    });
    // Client messages carry no meaning in v1; they are read (so pings flow) and ignored.

    Subscriber &stored = m_subscribers[connection];
    connection->sendText(frame(QJsonObject{
        {u"type"_s, u"hello"_s},
        {u"last_seq"_s, m_store.lastSeq()},
        {u"from_seq"_s, fromSeq},
        {u"revision"_s, m_store.revision()},
    }));
    if (fromSeq < m_store.oldestSeq()) {
        fail(stored, u"seq_too_old"_s,
             tr("Events before %1 are no longer kept; resynchronise from there.").arg(m_store.oldestSeq()),
             CloseSeqTooOld, QJsonObject{{u"oldest_seq"_s, m_store.oldestSeq()}});
        return;
    }
    if (fromSeq > m_store.lastSeq() + 1) {
        fail(stored, u"bad_request"_s,
             tr("from_seq %1 is beyond the newest event (%2): this stream belongs to another server or data set.")
                 .arg(fromSeq)
                 .arg(m_store.lastSeq()),
             CloseBadRequest, QJsonObject{{u"last_seq"_s, m_store.lastSeq()}});
        return;
    }
    schedulePump(stored);
}

void StreamHub::sendEvents(Subscriber &subscriber, const QList<QByteArray> &eventJson, qsizetype from,
                           qsizetype count)
{
    for (qsizetype start = from; start < from + count; start += MaxEventsPerFrame) {
        // The rest waits in the store until bytesWritten() says the client is reading again.
        if (subscriber.connection->bufferedBytes() >= HighWaterBytes)
            return;
        const qsizetype n = std::min<qsizetype>(MaxEventsPerFrame, from + count - start);
        subscriber.connection->sendText(eventsFrame(eventJson, start, n));
        subscriber.nextSeq += n;
    }
}

void StreamHub::schedulePump(Subscriber &subscriber)
{
    if (subscriber.pumpQueued)
        return;
    subscriber.pumpQueued = true;
    WebSocketConnection *connection = subscriber.connection;
    QTimer::singleShot(0, this, [this, connection] { pump(connection); });
}

void StreamHub::pump(WebSocketConnection *connection)
{
    const auto it = m_subscribers.find(connection);
    if (it == m_subscribers.end())
        return;
    Subscriber &subscriber = *it;
    subscriber.pumpQueued = false;
    if (!connection->isOpen())
        return;
    if (!flushChanges(subscriber))
        return; // still over the mark; bytesWritten() brings us back
    // A few frames per turn keep the event loop responsive when many clients replay at once.
    constexpr int FramesPerTurn = 8;
    for (int frames = 0; frames < FramesPerTurn; ++frames) {
        if (subscriber.nextSeq > m_store.lastSeq() || connection->bufferedBytes() >= HighWaterBytes)
            return; // live, or waiting for bytesWritten
        if (subscriber.nextSeq < m_store.oldestSeq()) {
            fail(subscriber, u"seq_too_old"_s,
                 tr("This stream fell behind the retained history; resynchronise from event %1.")
                     .arg(m_store.oldestSeq()),
                 CloseSeqTooOld, QJsonObject{{u"oldest_seq"_s, m_store.oldestSeq()}});
            return;
        }
        const Result<QList<QByteArray>> events = m_store.eventJson(subscriber.nextSeq, MaxEventsPerFrame);
        if (!events || events->isEmpty()) {
            fail(subscriber, u"internal"_s, tr("The server could not read its event history."), 1011);
            return;
        }
        sendEvents(subscriber, *events, 0, events->size());
    }
    schedulePump(subscriber);
}

void StreamHub::publishEvents(qint64 firstSeq, const QList<QByteArray> &eventJson)
{
    const qint64 end = firstSeq + eventJson.size();
    for (auto it = m_subscribers.begin(); it != m_subscribers.end(); ++it) {
        Subscriber &subscriber = *it;
        if (subscriber.pumpQueued || !subscriber.connection->isOpen() || subscriber.nextSeq >= end)
            continue;
        if (!subscriber.pendingKeys.isEmpty()) {
            if (subscriber.connection->bufferedBytes() < HighWaterBytes)
                schedulePump(subscriber);
            continue;
        }
        if (subscriber.nextSeq == firstSeq && subscriber.connection->bufferedBytes() < HighWaterBytes)
            sendEvents(subscriber, eventJson, 0, eventJson.size());
        else if (subscriber.nextSeq > firstSeq && subscriber.connection->bufferedBytes() < HighWaterBytes)
            sendEvents(subscriber, eventJson, subscriber.nextSeq - firstSeq, end - subscriber.nextSeq);
        else if (subscriber.connection->bufferedBytes() < HighWaterBytes)
            schedulePump(subscriber); // behind: catch up from the store
        // else: over the high-water mark; bytesWritten resumes it from the store
    }
}

void StreamHub::publishChanges(const QList<FleetChange> &changes)
{
    if (m_subscribers.isEmpty())
        return;
    for (const FleetChange &change : changes) {
        const QByteArray text = frame(QJsonObject{
            {u"type"_s, u"change"_s},
            {u"kind"_s, change.kind},
            {u"item"_s, change.item},
            {u"revision"_s, change.revision},
        });
        const QJsonValue id = change.item.value(change.kind == u"audit"_s ? u"index"_s : u"id"_s);
        const QString key = change.kind + u':' + (id.isString() ? id.toString() : QString::number(id.toInteger()));
        for (auto it = m_subscribers.begin(); it != m_subscribers.end(); ++it) {
            Subscriber &subscriber = *it;
            if (!subscriber.connection->isOpen())
                continue;
            if (subscriber.pendingKeys.isEmpty() && subscriber.connection->bufferedBytes() < HighWaterBytes) {
                subscriber.connection->sendText(text);
                continue;
            }
            if (!subscriber.pendingChanges.contains(key))
                subscriber.pendingKeys.append(key);
            subscriber.pendingChanges.insert(key, text);
        }
    }
}

bool StreamHub::flushChanges(Subscriber &subscriber)
{
    qsizetype sent = 0;
    while (sent < subscriber.pendingKeys.size() && subscriber.connection->bufferedBytes() < HighWaterBytes) {
        subscriber.connection->sendText(subscriber.pendingChanges.take(subscriber.pendingKeys.at(sent)));
        ++sent;
    }
    subscriber.pendingKeys.remove(0, sent);
    return subscriber.pendingKeys.isEmpty();
}

void StreamHub::fail(Subscriber &subscriber, const QString &code, const QString &message, quint16 closeCode,
                     const QJsonObject &extra)
{
    QJsonObject error = extra;
    error.insert(u"type"_s, u"error"_s);
    error.insert(u"code"_s, code);
    error.insert(u"message"_s, message);
    subscriber.connection->sendText(frame(error));
    subscriber.connection->close(closeCode, code);
}

void StreamHub::onTimer()
{
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 elapsed = m_clock.elapsed();
    const bool heartbeat = elapsed - m_lastHeartbeatMs >= HeartbeatMs - 500;
    if (heartbeat)
        m_lastHeartbeatMs = elapsed;
    const QByteArray beat = frame(QJsonObject{
        {u"type"_s, u"heartbeat"_s},
        {u"last_seq"_s, m_store.lastSeq()},
        {u"time"_s, jsonTimeFromMs(wallMs)},
    });
    // Collected first: fail() may close connections, which must not disturb the iteration.
    QList<WebSocketConnection *> connections = m_subscribers.keys();
    for (WebSocketConnection *connection : connections) {
        const auto it = m_subscribers.find(connection);
        if (it == m_subscribers.end() || !connection->isOpen())
            continue;
        Subscriber &subscriber = *it;
        if (closeIfSignedOut(subscriber, wallMs))
            continue;
        const qint64 buffered = connection->bufferedBytes();
        if (buffered > 0 && elapsed - subscriber.lastProgressMs > StalledMs) {
            connection->close(ClosePolicy, u"client stopped reading"_s);
            continue;
        }
        if (buffered == 0)
            subscriber.lastProgressMs = elapsed;
        if (heartbeat)
            connection->sendText(beat);
    }
}

bool StreamHub::closeIfSignedOut(Subscriber &subscriber, qint64 nowMs)
{
    const ApiResult<FleetSession> session = m_sessions.sessionForToken(subscriber.token, nowMs);
    if (session)
        return false;
    if (session.error().code == u"token_expired"_s)
        fail(subscriber, u"token_expired"_s, tr("Your session has expired; please log in again."), CloseTokenExpired);
    else
        fail(subscriber, u"unauthenticated"_s, tr("Your session was ended (a logout or a reset of your 2FA); please log in again."),
             CloseTokenExpired);
    return true;
}

void StreamHub::closeSignedOut(qint64 nowMs)
{
    // Collected first: fail() closes connections, which must not disturb the iteration.
    const QList<WebSocketConnection *> connections = m_subscribers.keys();
    for (WebSocketConnection *connection : connections) {
        const auto it = m_subscribers.find(connection);
        if (it != m_subscribers.end() && connection->isOpen())
            closeIfSignedOut(*it, nowMs);
    }
}

void StreamHub::closeAll()
{
    const QList<WebSocketConnection *> connections = m_subscribers.keys();
    for (WebSocketConnection *connection : connections)
        connection->close(1001, u"server shutting down"_s);
}

} // namespace warden
