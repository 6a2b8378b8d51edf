#pragma once

#include "http/HttpLimits.h"
#include "http/WebSocketFrameParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

class QSslSocket;

namespace warden {

// One server-side WebSocket after a successful upgrade, speaking RFC 6455 over the TLS socket the HTTP request came
// on. It sends text frames, delivers client text messages, answers pings, runs the close handshake, pings a silent
// client and drops it after idleTimeoutMs without any data. It refuses to buffer without bound: when unsent data
// exceeds maxWebSocketSendBufferBytes the connection is closed with 1008, so callers should watch bufferedBytes()
// and wait for bytesWritten() instead of queueing blindly. Owned by the HttpServer, deleted after closed().
class WebSocketConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketConnection)

public:
    // Takes ownership of `socket` (encrypted, upgrade answered). Call start() once the signals are connected.
    WebSocketConnection(QSslSocket *socket, quint64 connectionId, const HttpLimits &limits, QObject *parent = nullptr);
    ~WebSocketConnection() override;

    // Processes `alreadyReceived` (bytes that followed the upgrade request) and begins reading.
    void start(const QByteArray &alreadyReceived);

    // Sends one text message (unmasked server frame). Ignored once closing has begun.
    void sendText(const QByteArray &utf8);
    // Bytes accepted by sendText() but not yet handed to the kernel, including TLS overhead.
    qint64 bufferedBytes() const;
    // Starts the close handshake; closed() follows when the peer answers or after closeTimeoutMs.
    void close(quint16 code = WebSocketCloseCode::Normal, const QString &reason = {});

    bool isOpen() const { return m_state == State::Open; }
    quint64 connectionId() const { return m_connectionId; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    // After closed(): the code the peer sent, or the code we closed with, or 1006 if the connection just dropped.
    quint16 closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

Q_SIGNALS:
    void textReceived(const QByteArray &utf8);
    // Some buffered data reached the network; a paused sender can check bufferedBytes() and continue.
    void bytesWritten();
    // The connection is gone; emitted once. The server deletes this object afterwards (deleteLater).
    void closed();

private:
    enum class State { Open, Closing, Closed };

    void onReadyRead();
    void processEvents();
    void onTimer();
    void onSocketGone();
    void sendControl(quint8 opcode, QByteArrayView payload);
    void failConnection(quint16 code, const QString &reason);
    void startCloseTimer();
    void checkSendBuffer();

    QSslSocket *m_socket;
    quint64 m_connectionId;
    HttpLimits m_limits;
    QHostAddress m_peerAddress;
    WebSocketFrameParser m_parser;
    State m_state = State::Open;
    bool m_closeSent = false;
    bool m_started = false;
    quint16 m_closeCode = WebSocketCloseCode::Abnormal;
    QString m_closeReason;
    QTimer m_timer; // ping/idle checks while open, the close deadline while closing
    QElapsedTimer m_sinceLastReceived;
    QElapsedTimer m_sincePing;
    bool m_pingOutstanding = false;
};

} // namespace warden
