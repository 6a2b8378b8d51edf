#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>

#include <functional>
#include <utility>

namespace warden {

class WebSocketConnection;

// A WebSocket handler's answer to an upgrade request: refuse it with an HTTP response (401, 403, 404, ...) or accept
// it and name the function that takes over the open connection. The server owns the connection and deletes it after
// closed(); the function must not keep the pointer beyond that.
class WebSocketDecision {
public:
    using OpenHandler = std::function<void(WebSocketConnection *connection, const HttpRequest &upgradeRequest)>;

    static WebSocketDecision accept(OpenHandler onOpen, QByteArray subprotocol = {})
    {
        WebSocketDecision decision;
        decision.m_accepted = true;
        decision.m_onOpen = std::move(onOpen);
        decision.m_subprotocol = std::move(subprotocol);
        return decision;
    }
    static WebSocketDecision reject(HttpResponse response)
    {
        WebSocketDecision decision;
        decision.m_rejection = std::move(response);
        return decision;
    }

    bool isAccepted() const { return m_accepted; }
    const HttpResponse &rejection() const { return m_rejection; }
    const OpenHandler &onOpen() const { return m_onOpen; }
    const QByteArray &subprotocol() const { return m_subprotocol; }

private:
    WebSocketDecision() = default;

    bool m_accepted = false;
    HttpResponse m_rejection;
    OpenHandler m_onOpen;
    QByteArray m_subprotocol;
};

} // namespace warden
