#include "http/HttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpLog.h"
#include "http/TcpDescriptorListener.h"
#include "http/WebSocketConnection.h"

#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>

namespace warden {

HttpServer::HttpServer(const QSslConfiguration &tls, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
    , m_listener(new TcpDescriptorListener([this](qintptr descriptor) { onDescriptor(descriptor); }, this))
{
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_context.limits = limits;
    m_context.requestIdPrefix = QString::number(QRandomGenerator::global()->generate() | 0x10000000u, 16) + u'-';
}

HttpServer::~HttpServer()
{
    // Delete connections while the members they report back to (slot counts, context) still exist.
    m_listener->close();
    const QList<QObject *> children = this->children();
    for (QObject *child : children) {
        if (child != m_listener)
            delete child;
    }
}

Status HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tls.localCertificate().isNull() || m_tls.privateKey().isNull())
        return Status::failure(QStringLiteral("The TLS configuration has no server certificate or private key."));
    if (!QSslSocket::supportsSsl())
        return Status::failure(QStringLiteral("TLS is not available in this Qt build (no OpenSSL backend)."));
    if (m_listener->isListening())
        return Status::failure(QStringLiteral("The server is already listening."));
    if (!m_listener->listen(address, port)) {
        return Status::failure(QStringLiteral("Cannot listen on %1 port %2: %3")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(m_listener->errorString()));
    }
    return Status::success();
}

void HttpServer::close()
{
    m_listener->close();
}

bool HttpServer::isListening() const
{
    return m_listener->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_listener->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_listener->serverAddress();
}

void HttpServer::setRequestHandler(RequestHandler handler)
{
    m_context.requestHandler = std::move(handler);
}

void HttpServer::setWebSocketHandler(WebSocketHandler handler)
{
    m_context.webSocketHandler = std::move(handler);
}

void HttpServer::onDescriptor(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCDebug(lcFleetdHttp) << "cannot adopt accepted socket:" << socket->errorString();
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const HttpLimits &limits = m_context.limits;
    const bool withinLimits =
        m_connectionCount < limits.maxConnections && m_perPeer.value(peer) < limits.maxConnectionsPerPeer;
    if (!withinLimits && m_overloadCount >= limits.maxOverloadResponses) {
        // Refusing politely costs a TLS handshake; past this point a flood gets a plain close.
        qCDebug(lcFleetdHttp) << "connection limit reached; closing new connection without TLS";
        socket->abort();
        socket->deleteLater();
        return;
    }

    const quint64 id = m_nextConnectionId++;
    const auto admission = withinLimits ? HttpConnection::Admission::Normal : HttpConnection::Admission::Overloaded;
    if (withinLimits) {
        ++m_connectionCount;
        ++m_perPeer[peer];
    } else {
        ++m_overloadCount;
        qCDebug(lcFleetdHttp) << "connection limit reached; connection" << id << "will be answered with 503";
    }
    socket->setSslConfiguration(m_tls);
    auto *connection = new HttpConnection(socket, id, &m_context, admission, this);
    connect(connection, &HttpConnection::finished, this, [this, connection, peer, withinLimits] {
        release(peer, !withinLimits);
        connection->deleteLater();
    });
    connect(connection, &HttpConnection::upgraded, this, [this, connection, peer](WebSocketConnection *ws) {
        adoptWebSocket(ws, peer);
        connection->deleteLater();
    });
    connection->start();
}

void HttpServer::adoptWebSocket(WebSocketConnection *connection, const QHostAddress &peer)
{
    // The connection slot taken at accept time now belongs to the WebSocket until it closes.
    connection->setParent(this);
    ++m_webSocketCount;
    connect(connection, &WebSocketConnection::closed, this, [this, connection, peer] {
        --m_webSocketCount;
        release(peer, false);
        connection->deleteLater();
    });
}

void HttpServer::release(const QHostAddress &peer, bool overloaded)
{
    if (overloaded) {
        --m_overloadCount;
        return;
    }
    --m_connectionCount;
    auto it = m_perPeer.find(peer);
    if (it != m_perPeer.end() && --it.value() <= 0)
        m_perPeer.erase(it);
}

} // namespace warden
