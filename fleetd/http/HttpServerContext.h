#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/WebSocketDecision.h"

#include <QString>

#include <functional>

namespace warden {

// What every connection of one HttpServer shares: limits, handlers and the request-id prefix. Owned by the server,
// which outlives its connections.
struct HttpServerContext {
    HttpLimits limits;
    std::function<HttpResponse(const HttpRequest &)> requestHandler;
    std::function<WebSocketDecision(const HttpRequest &)> webSocketHandler;
    QString requestIdPrefix; // random per server run, so ids from different runs do not collide in logs
};

} // namespace warden
