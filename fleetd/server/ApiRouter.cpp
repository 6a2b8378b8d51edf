#include "ApiRouter.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

ApiRouter::ApiRouter(SessionManager &sessions) : m_sessions(sessions) {}

void ApiRouter::add(const QByteArray &method, const QString &pattern, ApiAccess access, ApiHandler handler)
{
    m_routes.append(Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), access, std::move(handler)});
}

QStringList ApiRouter::routes() const
{
    QStringList list;
    for (const Route &route : m_routes)
        list.append(QString::fromLatin1(route.method) + u' ' + route.pattern);
    return list;
}

bool ApiRouter::matches(const Route &route, const QStringList &segments, QStringList *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(u'{')) {
            if (segments.at(i).isEmpty())
                return false;
            values.append(segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    if (params)
        *params = values;
    return true;
}

HttpResponse ApiRouter::handle(const HttpRequest &request, qint64 nowMs)
{
    const QString base = QString(BasePath);
    if (!request.path.startsWith(base) || (request.path.size() > base.size() && request.path.at(base.size()) != u'/'))
        return ApiError::notFound(tr("There is no such endpoint.")).toResponse();
    // Empty segments ("//") are kept so that they never match a pattern by accident.
    QStringList segments = request.path.mid(base.size()).split(u'/');
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();

    // Literal routes win over placeholders (POST /rules/dry-run vs PUT /rules/{id}): the first full match in
    // registration order with the right method is taken, and routes are registered literal-first where it matters.
    const Route *found = nullptr;
    QStringList params;
    QList<QByteArray> allowed;
    for (const Route &route : std::as_const(m_routes)) {
        QStringList values;
        if (!matches(route, segments, &values))
            continue;
        if (route.method == request.method) {
            if (!found) {
                found = &route;
                params = values;
            }
        } else if (!allowed.contains(route.method)) {
            allowed.append(route.method);
        }
    }
    if (!found) {
        if (allowed.isEmpty())
            return ApiError::notFound(tr("There is no such endpoint.")).toResponse();
        HttpResponse response =
            ApiError{405, u"method_not_allowed"_s,
                     tr("This endpoint does not accept %1.").arg(QString::fromLatin1(request.method)), {}, {}}
                .toResponse();
        response.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
        return response;
    }

    ApiCall call{request, {}, params, nowMs};
    if (found->access != ApiAccess::Public) {
        ApiResult<FleetSession> session = m_sessions.authenticate(request.header("authorization"), nowMs);
        if (!session)
            return session.error().toResponse();
        call.session = std::move(session).value();
        FleetRole needed = FleetRole::None;
        switch (found->access) {
        case ApiAccess::Public:
        case ApiAccess::AnyToken: break;
        case ApiAccess::Viewer: needed = FleetRole::Viewer; break;
        case ApiAccess::Operator: needed = FleetRole::Operator; break;
        case ApiAccess::Admin: needed = FleetRole::Admin; break;
        }
        if (call.session.level < needed) {
            return ApiError::forbidden(tr("This action needs the %1 role; you are signed in as %2.")
                                           .arg(SessionManager::roleName(needed),
                                                SessionManager::roleName(call.session.level)))
                .toResponse();
        }
    }
    ApiResult<HttpResponse> response = found->handler(call);
    if (!response)
        return response.error().toResponse();
    return std::move(response).value();
}

} // namespace warden
