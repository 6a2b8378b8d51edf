#include "RequestBody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace warden::RequestBody {

ApiResult<QJsonObject> parse(const QByteArray &body, const QStringList &allowed)
{
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::badRequest(ApiError::tr("The request body is not valid JSON (%1 at byte %2).")
                                        .arg(error.errorString())
                                        .arg(error.offset));
    if (!document.isObject())
        return ApiError::badRequest(ApiError::tr("The request body must be a JSON object."));
    const QJsonObject object = document.object();
    if (const std::optional<ApiError> unknown = checkFields(object, allowed, {}))
        return *unknown;
    return object;
}

std::optional<ApiError> checkFields(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return ApiError::unknownField(path.isEmpty() ? it.key() : path + u'.' + it.key());
    }
    return std::nullopt;
}

ApiError fromReader(const JsonReader &reader)
{
    const Error error = reader.error();
    return ApiError::badRequest(error.message, error.field);
}

ApiResult<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 min, qint64 max, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return ApiError::badRequest(ApiError::tr("The query parameter \"%1\" must be a whole number from %2 to %3.")
                                        .arg(name, QString::number(min), QString::number(max)),
                                    name);
    }
    return value;
}

} // namespace warden::RequestBody
