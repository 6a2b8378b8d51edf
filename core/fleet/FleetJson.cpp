#include "fleet/FleetJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace warden::fleetjson {

Error prefixed(const Error &error, const QString &prefix)
{
    if (error.field.isEmpty())
        return Error{prefix + u": "_s + error.message, prefix};
    const QString full = prefix + u'.' + error.field;
    QString message = error.message;
    const QString quoted = u'"' + error.field + u'"';
    const qsizetype at = message.indexOf(quoted);
    if (at >= 0)
        message.replace(at, quoted.size(), u'"' + full + u'"');
    else
        message = prefix + u": "_s + message;
    return Error{message, full};
}

Error notAnObject(const QString &path, const QJsonValue &value)
{
    return Error{u"Field \""_s + path + u"\" must be an object (got "_s + JsonReader::describe(value) + u")."_s, path};
}

Result<QJsonObject> parseObject(const QByteArray &bytes, qsizetype maxBytes, const QString &what)
{
    if (bytes.size() > maxBytes) {
        return Error{QCoreApplication::translate("FleetError", "The %1 is larger than the limit of %2 bytes.")
                         .arg(what)
                         .arg(maxBytes),
                     {}};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QCoreApplication::translate("FleetError", "The %1 is not valid JSON: %2 at byte %3.")
                         .arg(what, parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    }
    if (!document.isObject())
        return Error{QCoreApplication::translate("FleetError", "The %1 is not a JSON object.").arg(what), {}};
    return document.object();
}

Result<QJsonArray> requiredArray(const QJsonObject &object, const char *key, qsizetype maxCount,
                                 const QString &parentPath)
{
    const QString field =
        parentPath.isEmpty() ? QString::fromLatin1(key) : parentPath + u'.' + QString::fromLatin1(key);
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return Error{u"Field \""_s + field + u"\" is required."_s, field};
    if (!value.isArray())
        return Error{u"Field \""_s + field + u"\" must be an array (got "_s + JsonReader::describe(value) + u")."_s,
                     field};
    const QJsonArray array = value.toArray();
    if (array.size() > maxCount) {
        return Error{u"Field \""_s + field + u"\" must have at most "_s + QString::number(maxCount) +
                         u" elements (got "_s + QString::number(array.size()) + u")."_s,
                     field};
    }
    return array;
}

} // namespace warden::fleetjson
