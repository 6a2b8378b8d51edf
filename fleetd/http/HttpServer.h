#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/HttpServerContext.h"
#include "http/WebSocketDecision.h"
#include "util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

namespace warden {

class HttpConnection;
class TcpDescriptorListener;
class WebSocketConnection;

// HTTPS (HTTP/1.1) and WSS server for fleetd on one port. It accepts TCP connections under a total and a per-peer
// limit, runs TLS 1.2+ with the caller's certificate, key, CA and verify mode, parses requests itself under
// HttpLimits, and calls one synchronous handler per request on its own thread; routing is the handler's job.
// WebSocket upgrades go to a separate handler that accepts or refuses them. It does not do HTTP/2, chunked request
// bodies, or compression.
class HttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;
    using WebSocketHandler = std::function<WebSocketDecision(const HttpRequest &upgradeRequest)>;

    // `tls` must carry a local certificate and private key; its protocol is raised to TLS 1.2 or later. Peer verify
    // mode and CA certificates are taken as given (VerifyPeer makes client certificates mandatory).
    explicit HttpServer(const QSslConfiguration &tls, const HttpLimits &limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    Status listen(const QHostAddress &address, quint16 port);
    // Stops accepting; open connections run on until they end.
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;

    void setRequestHandler(RequestHandler handler);
    void setWebSocketHandler(WebSocketHandler handler);

    const HttpLimits &limits() const { return m_context.limits; }
    QSslConfiguration sslConfiguration() const { return m_tls; }
    // Open connections, HTTP and WebSocket, including ones being refused with 503.
    int connectionCount() const { return m_connectionCount + m_overloadCount; }
    int webSocketCount() const { return m_webSocketCount; }
    quint64 acceptedConnectionCount() const { return m_nextConnectionId - 1; }

private:
    void onDescriptor(qintptr descriptor);
    void release(const QHostAddress &peer, bool overloaded);
    void adoptWebSocket(WebSocketConnection *connection, const QHostAddress &peer);

    QSslConfiguration m_tls;
    HttpServerContext m_context;
    TcpDescriptorListener *m_listener;
    QHash<QHostAddress, int> m_perPeer;
    int m_connectionCount = 0;
    int m_overloadCount = 0;
    int m_webSocketCount = 0;
    quint64 m_nextConnectionId = 1;
};

} // namespace warden
