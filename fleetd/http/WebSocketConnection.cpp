#include "http/WebSocketConnection.h"

#include "http/HttpLog.h"
#include "http/WebSocketFrameWriter.h"

#include <QSslSocket>

namespace warden {

namespace {
constexpr qint64 ReadChunkBytes = 64 * 1024;
}

WebSocketConnection::WebSocketConnection(QSslSocket *socket, quint64 connectionId, const HttpLimits &limits,
                                         QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_connectionId(connectionId)
    , m_limits(limits)
    , m_parser(limits.maxWebSocketMessageBytes)
{
    m_socket->setParent(this);
    m_peerAddress = m_socket->peerAddress();
    connect(&m_timer, &QTimer::timeout, this, &WebSocketConnection::onTimer);
}

WebSocketConnection::~WebSocketConnection()
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void WebSocketConnection::start(const QByteArray &alreadyReceived)
{
    if (m_started)
        return;
    m_started = true;
    connect(m_socket, &QSslSocket::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this](qint64) { Q_EMIT bytesWritten(); });
    connect(m_socket, &QSslSocket::disconnected, this, &WebSocketConnection::onSocketGone);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onSocketGone();
    });
    qCDebug(lcFleetdHttp) << "websocket" << m_connectionId << "open";
    m_sinceLastReceived.start();
    m_timer.start(qMax(50, m_limits.idleTimeoutMs / 4));
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        onSocketGone();
        return;
    }
    if (!alreadyReceived.isEmpty()) {
        m_parser.append(alreadyReceived);
        processEvents();
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void WebSocketConnection::sendText(const QByteArray &utf8)
{
    if (m_state != State::Open)
        return;
    char header[WebSocketFrameWriter::MaxHeaderBytes];
    const int headerSize = WebSocketFrameWriter::writeHeader(header, WebSocketOpcode::Text, quint64(utf8.size()));
    m_socket->write(header, headerSize);
    m_socket->write(utf8);
    checkSendBuffer();
}

qint64 WebSocketConnection::bufferedBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void WebSocketConnection::close(quint16 code, const QString &reason)
{
    if (m_state != State::Open)
        return;
    if (!WebSocketFrameParser::isValidCloseCode(code)) {
        qCWarning(lcFleetdHttp) << "websocket close code" << code << "is not sendable; using 1000";
        code = WebSocketCloseCode::Normal;
    }
    m_closeCode = code;
    m_closeReason = reason;
    sendControl(WebSocketOpcode::Close, WebSocketFrameWriter::closePayload(code, reason));
    m_closeSent = true;
    m_state = State::Closing;
    // Wait for the peer's close frame (RFC 6455 7.1.2); the timer ends it if the peer never answers.
    startCloseTimer();
}

void WebSocketConnection::onReadyRead()
{
    while (m_state != State::Closed && !m_parser.hasFailed() && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(ReadChunkBytes);
        if (chunk.isEmpty())
            break;
        m_sinceLastReceived.restart();
        m_pingOutstanding = false;
        m_parser.append(chunk);
        processEvents();
    }
}

void WebSocketConnection::processEvents()
{
    while (m_state != State::Closed) {
        WebSocketFrameParser::Event event = m_parser.next();
        switch (event.kind) {
        case WebSocketFrameParser::Event::Kind::NeedMore: return;
        case WebSocketFrameParser::Event::Kind::Text:
            if (m_state == State::Open)
                Q_EMIT textReceived(event.payload);
            break;
        case WebSocketFrameParser::Event::Kind::Ping:
            if (!m_closeSent)
                sendControl(WebSocketOpcode::Pong, event.payload);
            break;
        case WebSocketFrameParser::Event::Kind::Pong: break;
        case WebSocketFrameParser::Event::Kind::Close:
            if (!m_closeSent) {
                m_closeCode = event.closeCode;
                m_closeReason = event.reason;
                // Echo the peer's status code (RFC 6455 5.5.1); an empty close is answered with an empty one.
                const QByteArray payload = event.closeCode == WebSocketCloseCode::NoStatus
                                               ? QByteArray()
                                               : WebSocketFrameWriter::closePayload(event.closeCode, {});
                sendControl(WebSocketOpcode::Close, payload);
                m_closeSent = true;
            }
            m_state = State::Closing;
            // The server closes the TCP connection first (RFC 6455 7.1.1), after the close frame is flushed.
            m_socket->disconnectFromHost();
            if (m_state != State::Closed)
                startCloseTimer();
            return;
        case WebSocketFrameParser::Event::Kind::Error: failConnection(event.closeCode, event.reason); return;
        }
    }
}

void WebSocketConnection::onTimer()
{
    if (m_state == State::Closing) {
        qCDebug(lcFleetdHttp) << "websocket" << m_connectionId << "close handshake timed out";
        m_socket->abort();
        onSocketGone();
        return;
    }
    if (m_state != State::Open)
        return;
    const qint64 silentMs = m_sinceLastReceived.elapsed();
    if (silentMs >= m_limits.idleTimeoutMs) {
        failConnection(WebSocketCloseCode::GoingAway, QStringLiteral("idle timeout"));
        return;
    }
    if (silentMs >= m_limits.idleTimeoutMs / 2 && !m_pingOutstanding) {
        sendControl(WebSocketOpcode::Ping, "warden");
        m_pingOutstanding = true;
    }
}

void WebSocketConnection::onSocketGone()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    qCDebug(lcFleetdHttp) << "websocket" << m_connectionId << "closed" << m_closeCode;
    Q_EMIT closed();
}

void WebSocketConnection::sendControl(quint8 opcode, QByteArrayView payload)
{
    char header[WebSocketFrameWriter::MaxHeaderBytes];
    const int headerSize = WebSocketFrameWriter::writeHeader(header, opcode, quint64(payload.size()));
    m_socket->write(header, headerSize);
    if (!payload.isEmpty())
        m_socket->write(payload.data(), payload.size());
}

void WebSocketConnection::failConnection(quint16 code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    qCDebug(lcFleetdHttp) << "websocket" << m_connectionId << "failing with" << code << reason;
    if (!m_closeSent) {
        m_closeCode = code;
        m_closeReason = reason;
        sendControl(WebSocketOpcode::Close, WebSocketFrameWriter::closePayload(code, reason));
        m_closeSent = true;
    }
    m_state = State::Closing;
    m_socket->disconnectFromHost();
    if (m_state != State::Closed)
        startCloseTimer();
}

void WebSocketConnection::startCloseTimer()
{
    m_timer.stop();
    m_timer.start(qMax(1, m_limits.closeTimeoutMs));
}

void WebSocketConnection::checkSendBuffer()
{
    if (bufferedBytes() > m_limits.maxWebSocketSendBufferBytes)
        failConnection(WebSocketCloseCode::PolicyViolation, QStringLiteral("send buffer limit exceeded"));
}

} // namespace warden
