#include "http/WebSocketHandshake.h"

#include <QCryptographicHash>

namespace warden {

bool WebSocketHandshake::isUpgradeRequest(const HttpRequest &request)
{
    return request.headerHasToken("upgrade", "websocket");
}

std::optional<HttpResponse> WebSocketHandshake::validate(const HttpRequest &request)
{
    if (request.method != "GET") {
        HttpResponse response = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                                    QStringLiteral("A WebSocket upgrade must use GET."));
        response.setHeader("Allow", "GET");
        return response;
    }
    if (request.httpMinorVersion != 1 || !request.headerHasToken("connection", "upgrade")) {
        return HttpResponse::error(400, QStringLiteral("bad_request"),
                                   QStringLiteral("A WebSocket upgrade needs HTTP/1.1 and \"Connection: Upgrade\"."));
    }
    if (request.header("sec-websocket-version") != "13") {
        HttpResponse response = HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                                    QStringLiteral("Only WebSocket protocol version 13 is supported."));
        response.setHeader("Sec-WebSocket-Version", "13");
        return response;
    }
    const QList<QByteArray> keys = request.headerValues("sec-websocket-key");
    const auto decoded = keys.size() == 1
                             ? QByteArray::fromBase64Encoding(keys.first(), QByteArray::AbortOnBase64DecodingErrors)
                             : QByteArray::FromBase64Result{};
    if (keys.size() != 1 || !decoded || decoded.decoded.size() != 16) {
        return HttpResponse::error(400, QStringLiteral("bad_request"),
                                   QStringLiteral("The Sec-WebSocket-Key header is missing or invalid."));
    }
    if (!request.body.isEmpty()) {
        return HttpResponse::error(400, QStringLiteral("bad_request"),
                                   QStringLiteral("A WebSocket upgrade request must not have a body."));
    }
    return std::nullopt;
}

QByteArray WebSocketHandshake::acceptKey(QByteArrayView clientKey)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(clientKey);
    sha1.addData("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return sha1.result().toBase64();
}

QByteArray WebSocketHandshake::switchingProtocolsResponse(const HttpRequest &request, const QByteArray &subprotocol)
{
    QByteArray wire = "HTTP/1.1 101 Switching Protocols\r\n"
                      "Upgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " +
                      acceptKey(request.header("sec-websocket-key")) + "\r\n";
    if (!subprotocol.isEmpty() && request.headerHasToken("sec-websocket-protocol", subprotocol))
        wire += "Sec-WebSocket-Protocol: " + subprotocol + "\r\n";
    if (!request.requestId.isEmpty())
        wire += "X-Request-Id: " + request.requestId.toLatin1() + "\r\n";
    wire += "\r\n";
    return wire;
}

} // namespace warden
