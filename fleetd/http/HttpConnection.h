#pragma once

#include "http/HttpRequestParser.h"
#include "http/HttpServerContext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

class QSslSocket;

namespace warden {

class WebSocketConnection;

// One accepted TLS connection while it speaks HTTP/1.1: runs the server handshake under a deadline, reads requests
// with HttpRequestParser, calls the handler, writes responses, enforces request/idle timeouts, and on an accepted
// WebSocket upgrade hands its socket to a WebSocketConnection. It never reads more input while responses pile up
// unsent, so a client that does not read cannot make it buffer without bound.
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Overloaded connections were accepted beyond the connection limits: they answer their first request with 503.
    enum class Admission { Normal, Overloaded };

    HttpConnection(QSslSocket *socket, quint64 id, const HttpServerContext *context, Admission admission,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Starts the TLS handshake. Separate from the constructor so the owner can connect the signals first.
    void start();

    quint64 id() const { return m_id; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    Admission admission() const { return m_admission; }

Q_SIGNALS:
    // The connection is over; the owner frees its slot and deletes this object.
    void finished();
    // The socket now belongs to `connection` (not yet parented); this object is done and emits no finished().
    void upgraded(warden::WebSocketConnection *connection);

private:
    enum class Phase { Handshaking, Reading, Closing, Upgraded, Finished };
    enum class Deadline { Handshake, FirstRequest, Idle, Request, Close };

    void onEncrypted();
    void onSocketError();
    void onTimer();
    void onBytesWritten();
    void processInput();
    void dispatch(HttpRequest request);
    void handleUpgrade(HttpRequest request);
    void respondToParseError();
    void refuseOverloaded();
    void sendResponse(const HttpResponse &response, bool keepAlive, bool omitBody, const QByteArray &method,
                      const QByteArray &target, const QString &requestId);
    void maybeSendContinue();
    void armReadDeadline();
    void setDeadline(Deadline deadline, int ms);
    void beginClose();
    void finish();
    qint64 sendBacklog() const;

    QSslSocket *m_socket;
    quint64 m_id;
    const HttpServerContext *m_context;
    Admission m_admission;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QSslCertificate m_peerCertificate;
    HttpRequestParser m_parser;
    Phase m_phase = Phase::Handshaking;
    Deadline m_deadline = Deadline::Handshake;
    QTimer m_timer;
    QElapsedTimer m_requestClock;
    quint64 m_requestCount = 0;
    bool m_continueSent = false;
    bool m_waitingForDrain = false;
};

} // namespace warden
