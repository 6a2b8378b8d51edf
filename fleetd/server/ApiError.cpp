#include "ApiError.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFleetdApi, "warden.fleetd.api")

namespace warden {

HttpResponse ApiError::toResponse() const
{
    QJsonObject body = extra;
    body.insert(u"code"_s, code);
    body.insert(u"message"_s, message);
    if (!field.isEmpty())
        body.insert(u"field"_s, field);
    return HttpResponse::json(status, body);
}

ApiError ApiError::badRequest(const QString &message, const QString &field)
{
    return ApiError{400, u"bad_request"_s, message, field, {}};
}

ApiError ApiError::unknownField(const QString &field)
{
    return ApiError{400, u"unknown_field"_s, tr("The field \"%1\" is not part of this request.").arg(field), field, {}};
}

ApiError ApiError::notFound(const QString &message)
{
    return ApiError{404, u"not_found"_s, message, {}, {}};
}

ApiError ApiError::conflict(const QString &message)
{
    return ApiError{409, u"conflict"_s, message, {}, {}};
}

ApiError ApiError::forbidden(const QString &message)
{
    return ApiError{403, u"forbidden"_s, message.isEmpty() ? tr("Your role does not allow this action.") : message,
                    {}, {}};
}

ApiError ApiError::unauthenticated()
{
    return ApiError{401, u"unauthenticated"_s, tr("Please log in: the request carries no valid session token."), {}, {}};
}

ApiError ApiError::tokenExpired()
{
    return ApiError{401, u"token_expired"_s, tr("Your session has expired; please log in again."), {}, {}};
}

ApiError ApiError::internal(const QString &logDetail)
{
    qCWarning(lcFleetdApi).noquote() << "internal error:" << logDetail;
    return ApiError{500, u"internal"_s, tr("The server could not complete the request. Please try again."), {}, {}};
}

} // namespace warden
