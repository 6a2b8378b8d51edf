#include "fleet/StreamClient.h"

#include "cache/CacheWriter.h"
#include "fleet/FleetApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qint64 RateWindowMs = 5000;
constexpr int TickMs = 1000;
constexpr quint16 CloseTokenExpired = 4401;
constexpr quint16 CloseSeqTooOld = 4410;

// QWebSocket reports a refused upgrade only as text ("... Unhandled http status code: 401 (Unauthorized).").
int upgradeStatus(const QString &errorString)
{
    static const QRegularExpression pattern(u"status code: (\\d{3})"_s);
    const QRegularExpressionMatch match = pattern.match(errorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

FleetError tooLargeMessage(qsizetype maxBytes)
{
    return FleetError::protocol(QCoreApplication::translate("StreamClient",
                                                            "The backend sent a stream message larger than the limit "
                                                            "of %1 MiB; it was not read and the stream is reconnected.")
                                    .arg(maxBytes / (1024 * 1024)));
}

} // namespace

QString ConnectionState::text() const
{
    switch (phase) {
    case Phase::Offline:
        if (offlineSince.isValid())
            return QCoreApplication::translate("ConnectionState", "Offline since %1")
                .arg(offlineSince.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        return QCoreApplication::translate("ConnectionState", "Offline");
    case Phase::Connecting: return QCoreApplication::translate("ConnectionState", "Connecting…");
    case Phase::Syncing: return QCoreApplication::translate("ConnectionState", "Syncing %1 %").arg(syncPercent);
    case Phase::Live:
        return QCoreApplication::translate("ConnectionState", "Live · %1 events/s")
            .arg(eventsPerSecond < 10 ? QString::number(eventsPerSecond, 'f', 1)
                                      : QString::number(qRound(eventsPerSecond)));
    case Phase::Reconnecting:
        return QCoreApplication::translate("ConnectionState", "Reconnecting in %1 s")
            .arg(std::max<qint64>(0, (retryInMs + 999) / 1000));
    }
    return {};
}

StreamClient::StreamClient(FleetApiClient *client, CacheWriter *writer, FleetClock *clock, QRandomGenerator *random,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(writer)
    , m_clock(clock ? clock : FleetClock::system())
    , m_random(random)
    , m_backoff(ReconnectBackoff::DefaultMinimumMs, ReconnectBackoff::DefaultMaximumMs, random)
{
    connect(writer, &CacheWriter::committed, this, &StreamClient::onCommitted);
    connect(writer, &CacheWriter::failed, this, &StreamClient::onWriterFailed);
}

StreamClient::~StreamClient()
{
    m_active = false;
    teardown();
    m_clock->cancel(m_retryTimer);
    m_clock->cancel(m_tickTimer);
}

void StreamClient::setOptions(const Options &options)
{
    m_options = options;
    m_backoff = ReconnectBackoff(options.backoffMinimumMs, options.backoffMaximumMs, m_random);
}

void StreamClient::start(qint64 lastCommittedSeq)
{
    m_lastCommitted = std::max(m_lastCommitted, lastCommittedSeq);
    m_active = true;
    m_state.lastError.reset();
    m_backoff.reset();
    m_clock->cancel(m_retryTimer);
    m_retryTimer = 0;
    connectNow();
}

void StreamClient::stop()
{
    m_active = false;
    teardown();
    m_clock->cancel(m_retryTimer);
    m_retryTimer = 0;
    setPhase(ConnectionState::Phase::Offline);
}

void StreamClient::setHoldChanges(bool hold)
{
    m_holdChanges = hold;
    if (hold || !m_writer)
        return;
    QList<CacheBatch> held = std::move(m_heldChanges);
    m_heldChanges.clear();
    for (CacheBatch &batch : held)
        m_writer->submit(std::move(batch));
}

void StreamClient::connectNow()
{
    teardown();
    if (!m_active)
        return;
    const QByteArray authorization = m_client->authorizationHeader();
    if (authorization.isEmpty()) {
        m_active = false;
        m_state.lastError =
            FleetError(FleetError::Kind::TokenExpired, tr("Not logged in to this backend."), 0, u"unauthenticated"_s);
        setPhase(ConnectionState::Phase::Offline);
        emit tokenExpired();
        return;
    }

    m_sequencer.reset(m_lastCommitted);
    m_helloSeen = false;
    m_sslErrors.clear();
    const quint64 connection = ++m_connection;

    QUrl url = m_client->profile().streamUrl();
    QUrlQuery query;
    query.addQueryItem(u"from_seq"_s, QString::number(m_sequencer.nextExpected()));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("User-Agent", "Warden/" WARDEN_VERSION);
    request.setSslConfiguration(m_client->tls().configuration);

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setSslConfiguration(m_client->tls().configuration);
    // Messages are limited by counting their fragments below (the limit trips there); QWebSocket's own message
    // limit is only a backstop above it: when it tripped first it dropped the message and then closed with 1002
    // ("Continuation frame, while there is nothing to continue") for the fragments still in flight, which
    // hid the cause.
    m_socket->setMaxAllowedIncomingMessageSize(2 * quint64(m_options.maxFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxFrameBytes));
    connect(m_socket, &QWebSocket::connected, this, &StreamClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &StreamClient::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &StreamClient::onSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &StreamClient::onText);
    // The size limits above bound single frames, but a message that keeps arriving in fragments only meets them
    // when it ends: count the fragments. A fragment is a frame, so it keeps the heartbeat watchdog quiet, but only
    // for a while: a message dripping in for longer than a few heartbeat periods is a stall like any other.
    struct Message {
        qsizetype bytes = 0;
        qint64 startedMs = -1;
    };
    auto message = std::make_shared<Message>();
    connect(m_socket, &QWebSocket::textFrameReceived, this, [this, message](const QString &frame, bool isLast) {
        const qint64 now = m_clock->monotonicMs();
        if (message->startedMs < 0)
            message->startedMs = now;
        message->bytes += frame.size(); // UTF-16 units: never more than the UTF-8 bytes that were sent
        if (message->bytes > m_options.maxFrameBytes) {
            *message = Message{};
            fail(tooLargeMessage(m_options.maxFrameBytes));
            return;
        }
        if (now - message->startedMs < 4 * qint64(m_options.heartbeatTimeoutMs))
            m_lastFrameMs = now;
        if (isLast)
            *message = Message{};
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        fail(FleetError::protocol(tr("The backend sent a binary frame on the stream; only JSON text is expected.")));
    });

    m_connectTimer = m_clock->schedule(m_options.connectTimeoutMs, this, [this, connection] {
        m_connectTimer = 0;
        if (connection == m_connection && !m_helloSeen)
            fail(FleetError(FleetError::Kind::Timeout, tr("The backend did not open the stream in time."), 0,
                            u"timeout"_s));
    });
    if (m_state.phase != ConnectionState::Phase::Live)
        setPhase(ConnectionState::Phase::Connecting);
    m_socket->open(request);
}

void StreamClient::teardown()
{
    ++m_connection;
    m_clock->cancel(m_watchdogTimer);
    m_clock->cancel(m_connectTimer);
    m_watchdogTimer = 0;
    m_connectTimer = 0;
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_liveSinceMs >= 0)
        m_state.offlineSince = m_clock->currentUtc();
    m_liveSinceMs = -1;
    m_helloSeen = false;
}

void StreamClient::onConnected()
{
    // The upgrade request (with the token) has gone out by now: QWebSocket offers no hook between the TLS
    // handshake and the upgrade. The REST client checks the pin before sending anything on its connections, so the
    // token came from a pinned session; here a wrong key is refused before a single frame is trusted.
    if (std::optional<FleetError> mismatch =
            m_client->tls().checkPeer(m_socket->sslConfiguration().peerCertificate())) {
        fail(*mismatch);
        return;
    }
    m_lastFrameMs = m_clock->monotonicMs();
    armWatchdog();
}

void StreamClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString errorString = m_socket->errorString();
    const int status = upgradeStatus(errorString);
    if (status == 401) {
        failAfterPendingFrames(FleetError(FleetError::Kind::TokenExpired, {}, 401, u"unauthenticated"_s));
        return;
    }
    if (status == 403) {
        failAfterPendingFrames(FleetError(FleetError::Kind::Forbidden, {}, 403, u"forbidden"_s));
        return;
    }
    if (status >= 500) {
        failAfterPendingFrames(FleetError(FleetError::Kind::Server,
                                          tr("The backend refused to open the stream (HTTP %1).").arg(status), status,
                                          u"unavailable"_s));
        return;
    }
    failAfterPendingFrames(FleetError::fromSocketError(error, errorString, m_sslErrors));
}

void StreamClient::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    if (code == CloseTokenExpired) {
        failAfterPendingFrames(FleetError(FleetError::Kind::TokenExpired, reason, 0, u"token_expired"_s));
    } else if (code == CloseSeqTooOld) {
        failAfterPendingFrames(FleetError(FleetError::Kind::SeqTooOld, reason, 0, u"seq_too_old"_s));
    } else if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        failAfterPendingFrames(tooLargeMessage(m_options.maxFrameBytes));
    } else if (!m_sslErrors.isEmpty()) {
        failAfterPendingFrames(FleetError::fromSslErrors(m_sslErrors));
    } else {
        failAfterPendingFrames(FleetError(FleetError::Kind::ServerUnreachable,
                                          tr("The backend closed the stream (code %1%2).")
                                              .arg(code)
                                              .arg(reason.isEmpty() ? QString() : u", "_s + reason.left(200)),
                                          0, u"closed"_s));
    }
}

void StreamClient::onText(const QString &message)
{
    m_lastFrameMs = m_clock->monotonicMs();
    const quint64 connection = m_connection;
    const qsizetype maxBytes = m_options.maxFrameBytes;
    QPointer<StreamClient> self(this);
    // Decoding and validating (a frame can hold a thousand events) happen on the parser thread, in arrival order.
    m_client->parser()->run<Result<StreamFrame>>(
        [message, maxBytes] { return StreamFrame::parse(message.toUtf8(), maxBytes); },
        [self, connection](Result<StreamFrame> frame) {
            if (self)
                self->handleFrame(connection, std::move(frame));
        });
}

void StreamClient::handleFrame(quint64 connection, Result<StreamFrame> parsed)
{
    if (connection != m_connection || !m_socket)
        return; // a frame of a connection already given up
    if (!parsed) {
        fail(FleetError::protocol(parsed.errorMessage(), parsed.error().field));
        return;
    }
    StreamFrame &frame = parsed.value();
    using Type = StreamFrame::Type;
    if (!m_helloSeen && frame.type != Type::Hello && frame.type != Type::Error && frame.type != Type::Unknown) {
        fail(FleetError::protocol(tr("The stream did not start with a hello frame.")));
        return;
    }
    switch (frame.type) {
    case Type::Hello: {
        if (m_helloSeen) {
            fail(FleetError::protocol(tr("The backend sent a second hello frame.")));
            return;
        }
        if (const Status status = m_sequencer.acceptHello(frame); !status) {
            fail(FleetError::protocol(status.errorMessage(), status.error().field));
            return;
        }
        m_helloSeen = true;
        m_clock->cancel(m_connectTimer);
        m_connectTimer = 0;
        m_liveSinceMs = m_clock->monotonicMs();
        m_state.lastError.reset();
        m_state.offlineSince = QDateTime();
        setPhase(ConnectionState::Phase::Live);
        emit connected(frame.fromSeq, frame.lastSeq, frame.revision);
        return;
    }
    case Type::Events: {
        if (frame.events.isEmpty())
            return;
        if (const Status status = m_sequencer.acceptEvents(frame.events); !status) {
            fail(FleetError::protocol(status.errorMessage(), status.error().field));
            return;
        }
        const int count = int(frame.events.size());
        m_eventsReceived += count;
        m_recent.emplace_back(m_clock->monotonicMs(), count);
        CacheBatch batch;
        batch.lastSeq = frame.events.constLast().seq;
        batch.events = std::move(frame.events);
        if (m_writer)
            m_writer->submit(std::move(batch));
        return;
    }
    case Type::Change:
        if (!frame.change.isEmpty())
            submitChange(std::move(frame.change));
        return;
    case Type::Heartbeat:
        if (const Status status = m_sequencer.acceptHeartbeat(frame); !status)
            fail(FleetError::protocol(status.errorMessage(), status.error().field));
        return;
    case Type::Error: {
        FleetError error(FleetError::Kind::Server, frame.message, 0, frame.code);
        if (frame.code == u"seq_too_old"_s) {
            error = FleetError::fromHttp(410, QJsonDocument(QJsonObject{{u"code"_s, frame.code},
                                                                        {u"message"_s, frame.message},
                                                                        {u"oldest_seq"_s, frame.oldestSeq}})
                                                  .toJson(QJsonDocument::Compact));
        } else if (frame.code == u"token_expired"_s || frame.code == u"unauthenticated"_s) {
            error = FleetError(FleetError::Kind::TokenExpired, frame.message, 0, frame.code);
        } else if (frame.code == u"forbidden"_s) {
            error = FleetError(FleetError::Kind::Forbidden, frame.message, 0, frame.code);
        }
        fail(error);
        return;
    }
    case Type::Unknown: return;
    }
}

void StreamClient::submitChange(CacheBatch batch)
{
    if (m_holdChanges) {
        m_heldChanges.append(std::move(batch));
        return;
    }
    if (m_writer)
        m_writer->submit(std::move(batch));
}

void StreamClient::fail(const FleetError &error)
{
    if (!m_socket && m_state.phase == ConnectionState::Phase::Offline && !m_active)
        return;
    const bool wasStable = m_liveSinceMs >= 0 && m_clock->monotonicMs() - m_liveSinceMs >= m_options.stableAfterMs;
    teardown();
    if (wasStable)
        m_backoff.reset();
    if (!m_state.offlineSince.isValid())
        m_state.offlineSince = m_clock->currentUtc();
    m_state.lastError = error;
    emit connectionFailed(error);

    using Kind = FleetError::Kind;
    if (error.kind() == Kind::SeqTooOld) {
        m_active = false;
        setPhase(ConnectionState::Phase::Offline);
        emit resyncRequired(error.oldestSeq());
        return;
    }
    if (error.needsLogin()) {
        m_active = false;
        setPhase(ConnectionState::Phase::Offline);
        emit tokenExpired();
        return;
    }
    if (error.isTls() || error.kind() == Kind::Forbidden) {
        // The operator has to look at this (certificate, pin, role); retrying would only repeat it.
        m_active = false;
        setPhase(ConnectionState::Phase::Offline);
        return;
    }
    scheduleReconnect();
}

void StreamClient::failAfterPendingFrames(const FleetError &error)
{
    const quint64 connection = m_connection;
    QPointer<StreamClient> self(this);
    // The parser runs jobs in order, so this continuation comes after those of every frame received before.
    m_client->parser()->post([self, connection, error]() -> BackgroundParser::Continuation {
        return [self, connection, error] {
            if (self && self->m_connection == connection)
                self->fail(error);
        };
    });
}

void StreamClient::scheduleReconnect()
{
    if (!m_active)
        return;
    const qint64 delay = m_backoff.nextDelayMs();
    ++m_reconnects;
    m_retryAtMs = m_clock->monotonicMs() + delay;
    m_clock->cancel(m_retryTimer);
    m_retryTimer = m_clock->schedule(delay, this, [this] {
        m_retryTimer = 0;
        connectNow();
    });
    setPhase(ConnectionState::Phase::Reconnecting);
}

void StreamClient::armWatchdog()
{
    m_clock->cancel(m_watchdogTimer);
    const quint64 connection = m_connection;
    const qint64 due = m_lastFrameMs + m_options.heartbeatTimeoutMs - m_clock->monotonicMs();
    m_watchdogTimer = m_clock->schedule(std::max<qint64>(1, due), this, [this, connection] { onWatchdog(connection); });
}

void StreamClient::onWatchdog(quint64 connection)
{
    m_watchdogTimer = 0;
    if (connection != m_connection || !m_socket)
        return;
    // One timer per connection, moved forward lazily: frames only record their time.
    if (m_clock->monotonicMs() - m_lastFrameMs < m_options.heartbeatTimeoutMs) {
        armWatchdog();
        return;
    }
    fail(FleetError(
        FleetError::Kind::Timeout,
        tr("No frame from the backend for %1 s; the stream is reconnected.").arg(m_options.heartbeatTimeoutMs / 1000),
        0, u"heartbeat_timeout"_s));
}

void StreamClient::tick()
{
    m_tickTimer = 0;
    publish();
    if (m_state.phase == ConnectionState::Phase::Live || m_state.phase == ConnectionState::Phase::Reconnecting)
        m_tickTimer = m_clock->schedule(TickMs, this, [this] { tick(); });
}

void StreamClient::setPhase(ConnectionState::Phase phase)
{
    m_state.phase = phase;
    if (phase != ConnectionState::Phase::Live)
        m_recent.clear();
    publish();
    if (m_tickTimer == 0 && (phase == ConnectionState::Phase::Live || phase == ConnectionState::Phase::Reconnecting))
        m_tickTimer = m_clock->schedule(TickMs, this, [this] { tick(); });
}

double StreamClient::currentRate() const
{
    if (m_liveSinceMs < 0)
        return 0;
    const qint64 now = m_clock->monotonicMs();
    qint64 events = 0;
    for (const auto &[ms, count] : m_recent) {
        if (now - ms <= RateWindowMs)
            events += count;
    }
    // Over the time actually live when that is shorter than the window, so the first seconds are not understated.
    const qint64 span = std::clamp<qint64>(now - m_liveSinceMs, 1000, RateWindowMs);
    return double(events) * 1000.0 / double(span);
}

void StreamClient::publish()
{
    const qint64 now = m_clock->monotonicMs();
    while (!m_recent.empty() && now - m_recent.front().first > RateWindowMs)
        m_recent.pop_front();
    ConnectionState next = m_state;
    next.eventsPerSecond = next.phase == ConnectionState::Phase::Live ? std::round(currentRate() * 10) / 10 : 0;
    next.retryInMs = next.phase == ConnectionState::Phase::Reconnecting ? std::max<qint64>(0, m_retryAtMs - now) : 0;
    const bool changed = !(next == m_state) || next.lastError.has_value() != m_state.lastError.has_value();
    m_state = next;
    if (changed || next.phase != ConnectionState::Phase::Offline)
        emit stateChanged(m_state);
}

void StreamClient::onCommitted(const CacheChange &change)
{
    if (change.streamSeq > m_lastCommitted)
        m_lastCommitted = change.streamSeq;
}

void StreamClient::onWriterFailed(const QString &message)
{
    // The failed transaction may have held events the sequencer already counted: resume from what is committed.
    if (m_socket && m_helloSeen)
        fail(FleetError(
            FleetError::Kind::Server,
            tr("The cache could not store stream events (%1); resuming from the last stored event.").arg(message), 0,
            u"cache"_s));
}

} // namespace warden
