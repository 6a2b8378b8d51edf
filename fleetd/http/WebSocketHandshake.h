#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace warden {

// The server half of the RFC 6455 opening handshake: recognises an upgrade request, checks it, and builds the
// 101 answer with Sec-WebSocket-Accept. Whether the upgrade is allowed (authentication, path) is the handler's call.
class WebSocketHandshake {
public:
    // The request asks for a WebSocket ("Upgrade: websocket"); such requests never reach the plain request handler.
    static bool isUpgradeRequest(const HttpRequest &request);
    // The error response for a malformed upgrade request, or nullopt if it is well-formed.
    static std::optional<HttpResponse> validate(const HttpRequest &request);
    // base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")).
    static QByteArray acceptKey(QByteArrayView clientKey);
    // The "101 Switching Protocols" response bytes. `subprotocol` is echoed only if the client offered it.
    static QByteArray switchingProtocolsResponse(const HttpRequest &request, const QByteArray &subprotocol);
};

} // namespace warden
