#pragma once

#include "ApiError.h"
#include "SessionManager.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace warden {

// What a handler gets: the request, the caller's session (empty for endpoints without a token), the values of the
// path's {placeholders} in order, and the wall-clock time the request is handled at.
struct ApiCall {
    const HttpRequest &request;
    FleetSession session;
    QStringList params;
    qint64 nowMs = 0;

    QString param(int index) const { return params.value(index); }
};

using ApiHandler = std::function<ApiResult<HttpResponse>(const ApiCall &call)>;

// Access rule of one endpoint: no token, any valid token, or a minimum role.
enum class ApiAccess { Public, AnyToken, Viewer, Operator, Admin };

// Routes /api/v1 requests to handlers (fleet-api.md §6): matches method and path pattern ("/devices/{id}"), answers
// 404 for unknown paths and 405 (with Allow) for known paths with the wrong method, authenticates the bearer token
// (401 unauthenticated / token_expired) and enforces the endpoint's role (403 forbidden) before the handler runs.
// Errors become JSON error responses. Not responsible for the WebSocket upgrade or for what handlers do.
class ApiRouter {
    Q_DECLARE_TR_FUNCTIONS(ApiRouter)

public:
    static constexpr QLatin1StringView BasePath{"/api/v1"};

    explicit ApiRouter(SessionManager &sessions);

    // pattern is relative to /api/v1 and starts with '/'.
    void add(const QByteArray &method, const QString &pattern, ApiAccess access, ApiHandler handler);

    HttpResponse handle(const HttpRequest &request, qint64 nowMs);

    // "METHOD /pattern" of every route, for tests and --help style listings.
    QStringList routes() const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        ApiAccess access;
        ApiHandler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *params);

    SessionManager &m_sessions;
    QList<Route> m_routes;
};

} // namespace warden
