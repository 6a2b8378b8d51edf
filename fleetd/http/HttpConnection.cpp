#include "http/HttpConnection.h"

#include "http/HttpLog.h"
#include "http/WebSocketConnection.h"
#include "http/WebSocketHandshake.h"

#include <QPointer>
#include <QSslSocket>

namespace warden {

namespace {
constexpr qint64 ReadChunkBytes = 64 * 1024;
// Decrypted input Qt may hold for us while we are not reading (TCP backpressure does the rest).
constexpr qint64 SocketReadBufferBytes = 256 * 1024;
// Unsent response bytes above which no further pipelined request is processed until the client reads.
constexpr qint64 MaxSendBacklogBytes = 1024 * 1024;

// Path part of the raw target for the log: ASCII by construction, never the query (it may carry tokens).
QByteArray logPath(const QByteArray &target)
{
    if (target.isEmpty())
        return QByteArrayLiteral("-");
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.first(question);
}
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, quint64 id, const HttpServerContext *context, Admission admission,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_context(context)
    , m_admission(admission)
    , m_parser(context->limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBufferBytes);
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimer);
}

HttpConnection::~HttpConnection()
{
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void HttpConnection::start()
{
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        qCDebug(lcFleetdHttp) << "connection" << m_id << "TLS peer verification failed:"
                              << (errors.isEmpty() ? QString() : errors.first().errorString());
    });
    setDeadline(Deadline::Handshake, m_context->limits.handshakeTimeoutMs);
    m_socket->startServerEncryption();
}

void HttpConnection::onEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    m_phase = Phase::Reading;
    // With QueryPeer a certificate that failed verification is still presented; only hand out verified ones.
    if (m_socket->sslHandshakeErrors().isEmpty())
        m_peerCertificate = m_socket->peerCertificate();
    setDeadline(Deadline::FirstRequest, m_context->limits.requestTimeoutMs);
    processInput();
}

void HttpConnection::onSocketError()
{
    if (m_phase == Phase::Handshaking) {
        qCDebug(lcFleetdHttp) << "connection" << m_id << "TLS handshake failed:" << m_socket->errorString();
        m_socket->abort();
        finish();
        return;
    }
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void HttpConnection::onTimer()
{
    switch (m_deadline) {
    case Deadline::Handshake:
        qCDebug(lcFleetdHttp) << "connection" << m_id << "TLS handshake timed out";
        m_socket->abort();
        finish();
        return;
    case Deadline::FirstRequest:
    case Deadline::Idle: beginClose(); return;
    case Deadline::Request: {
        const HttpResponse response = HttpResponse::error(
            408, QStringLiteral("request_timeout"),
            QStringLiteral("The request was not received within %1 ms.").arg(m_context->limits.requestTimeoutMs));
        sendResponse(response, false, false, {}, {}, {});
        beginClose();
        return;
    }
    case Deadline::Close:
        m_socket->abort();
        finish();
        return;
    }
}

void HttpConnection::onBytesWritten()
{
    // A client still downloading a large response is not idle.
    if (m_phase == Phase::Reading && m_deadline == Deadline::Idle)
        setDeadline(Deadline::Idle, m_context->limits.idleTimeoutMs);
    if (m_waitingForDrain && sendBacklog() < MaxSendBacklogBytes) {
        m_waitingForDrain = false;
        processInput();
    }
}

qint64 HttpConnection::sendBacklog() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void HttpConnection::processInput()
{
    while (m_phase == Phase::Reading) {
        if (sendBacklog() > MaxSendBacklogBytes) {
            m_waitingForDrain = true;
            break;
        }
        HttpRequestParser::State state = m_parser.feed({});
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_admission == Admission::Overloaded && m_parser.isHeadComplete()) {
                refuseOverloaded();
                return;
            }
            maybeSendContinue();
            if (m_socket->bytesAvailable() <= 0)
                break;
            if (!m_parser.hasPartialRequest())
                m_requestClock.start();
            state = m_parser.feed(m_socket->read(ReadChunkBytes));
            if (state == HttpRequestParser::State::NeedMore)
                continue;
        }
        if (m_admission == Admission::Overloaded) {
            refuseOverloaded();
            return;
        }
        if (state == HttpRequestParser::State::Error) {
            respondToParseError();
            return;
        }
        const QPointer<HttpConnection> self(this);
        dispatch(m_parser.takeRequest());
        if (!self)
            return;
    }
    if (m_phase == Phase::Reading)
        armReadDeadline();
}

void HttpConnection::armReadDeadline()
{
    if (m_parser.hasPartialRequest()) {
        // Slow clients (slowloris) get requestTimeoutMs from the first byte, however slowly the rest drips in.
        if (m_deadline != Deadline::Request)
            setDeadline(Deadline::Request, m_context->limits.requestTimeoutMs);
    } else if (m_requestCount > 0) {
        setDeadline(Deadline::Idle, m_context->limits.idleTimeoutMs);
    }
    // Before the first request the FirstRequest deadline set at handshake time keeps running.
}

void HttpConnection::setDeadline(Deadline deadline, int ms)
{
    m_deadline = deadline;
    m_timer.start(qMax(1, ms));
}

void HttpConnection::maybeSendContinue()
{
    if (m_continueSent || !m_parser.expectsContinue())
        return;
    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_continueSent = true;
}

void HttpConnection::dispatch(HttpRequest request)
{
    ++m_requestCount;
    m_continueSent = false;
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    request.peerCertificate = m_peerCertificate;
    request.connectionId = m_id;
    request.requestId = m_context->requestIdPrefix + QString::number(m_id, 16) + u'-' + QString::number(m_requestCount);

    if (WebSocketHandshake::isUpgradeRequest(request)) {
        handleUpgrade(std::move(request));
        return;
    }
    const QPointer<HttpConnection> self(this);
    const HttpResponse response =
        m_context->requestHandler
            ? m_context->requestHandler(request)
            : HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Nothing is served here."));
    if (!self || m_phase != Phase::Reading)
        return;
    const bool keepAlive = request.wantsKeepAlive();
    sendResponse(response, keepAlive, request.method == "HEAD", request.method, request.target, request.requestId);
    if (!keepAlive)
        beginClose();
}

void HttpConnection::handleUpgrade(HttpRequest request)
{
    if (const std::optional<HttpResponse> invalid = WebSocketHandshake::validate(request)) {
        sendResponse(*invalid, false, false, request.method, request.target, request.requestId);
        beginClose();
        return;
    }
    const QPointer<HttpConnection> self(this);
    const WebSocketDecision decision =
        m_context->webSocketHandler
            ? m_context->webSocketHandler(request)
            : WebSocketDecision::reject(HttpResponse::error(404, QStringLiteral("not_found"),
                                                            QStringLiteral("No WebSocket is served here.")));
    if (!self || m_phase != Phase::Reading)
        return;
    if (!decision.isAccepted()) {
        sendResponse(decision.rejection(), false, false, request.method, request.target, request.requestId);
        beginClose();
        return;
    }

    m_socket->write(WebSocketHandshake::switchingProtocolsResponse(request, decision.subprotocol()));
    qCDebug(lcFleetdHttp, "%s %s -> 101, 0 bytes, %lld ms", request.method.constData(),
            logPath(request.target).constData(), qint64(m_requestClock.elapsed()));
    const QByteArray alreadyReceived = m_parser.takeUnconsumedBytes();
    m_phase = Phase::Upgraded;
    m_timer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    auto *connection = new WebSocketConnection(socket, m_id, m_context->limits);
    Q_EMIT upgraded(connection);
    if (decision.onOpen())
        decision.onOpen()(connection, request);
    connection->start(alreadyReceived);
}

void HttpConnection::respondToParseError()
{
    const HttpResponse response =
        HttpResponse::error(m_parser.errorStatus(), m_parser.errorCode(), m_parser.errorMessage());
    sendResponse(response, false, false, {}, {}, {});
    beginClose();
}

void HttpConnection::refuseOverloaded()
{
    HttpResponse response = HttpResponse::error(503, QStringLiteral("server_busy"),
                                                QStringLiteral("The server has too many connections; retry shortly."));
    response.setHeader("Retry-After", "1");
    sendResponse(response, false, false, {}, {}, {});
    beginClose();
}

void HttpConnection::sendResponse(const HttpResponse &response, bool keepAlive, bool omitBody, const QByteArray &method,
                                  const QByteArray &target, const QString &requestId)
{
    m_socket->write(response.toWire(keepAlive, omitBody, requestId));
    qCDebug(lcFleetdHttp, "%s %s -> %d, %lld bytes, %lld ms", method.isEmpty() ? "-" : method.constData(),
            logPath(target).constData(), response.status, qint64(response.body.size()),
            qint64(m_requestClock.isValid() ? m_requestClock.elapsed() : 0));
}

void HttpConnection::beginClose()
{
    if (m_phase != Phase::Reading && m_phase != Phase::Handshaking)
        return;
    // Remaining input is deliberately left unread (e.g. the rest of a refused 413 body).
    m_phase = Phase::Closing;
    setDeadline(Deadline::Close, m_context->limits.closeTimeoutMs);
    m_socket->disconnectFromHost();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Finished || m_phase == Phase::Upgraded)
        return;
    m_phase = Phase::Finished;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace warden
