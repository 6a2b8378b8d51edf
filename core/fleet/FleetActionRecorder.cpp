#include "fleet/FleetActionRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// "work-orders" -> "workorder", "licences" -> "licence", "identities" -> "identity": the backend's action prefixes.
QString singular(QString collection)
{
    collection.remove(u'-');
    if (collection.endsWith(u"ies"))
        return collection.chopped(3) + u'y';
    if (collection.endsWith(u's'))
        collection.chop(1);
    return collection;
}

// The verb a sub-resource stands for: POST .../notes adds one note.
QString verbFor(const QString &segment)
{
    QString verb = segment;
    verb.replace(u'-', u'_');
    if (verb == u"notes")
        return u"note"_s;
    return verb;
}

bool namesSecret(const QString &key)
{
    static const QStringList words{u"password"_s, u"secret"_s,     u"token"_s,      u"totp"_s,
                                   u"passphrase"_s, u"private"_s, u"credential"_s};
    const QString lower = key.toLower();
    return std::any_of(words.cbegin(), words.cend(), [&lower](const QString &word) { return lower.contains(word); });
}

QJsonValue redactValue(const QJsonValue &value);

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &value : array)
        out.append(redactValue(value));
    return out;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return FleetAction::redactSecrets(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    return value;
}

} // namespace

QJsonObject FleetAction::redactSecrets(const QJsonObject &details)
{
    QJsonObject out;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        out.insert(it.key(), namesSecret(it.key()) ? QJsonValue(u"[redacted]"_s) : redactValue(it.value()));
    return out;
}

FleetAction FleetAction::describe(const QByteArray &method, const QString &path, const QByteArray &body,
                                  const QString &actor)
{
    FleetAction action;
    action.actor = actor;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        action.details = redactSecrets(document.object());

    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    if (segments.isEmpty()) {
        action.action = QString::fromLatin1(method).toLower();
        return action;
    }
    const QString kind = singular(segments.constFirst());
    QString verb;
    if (segments.size() == 1) {
        // POST to a collection creates; the new object's id may be the backend's to assign, its name is known.
        verb = method == "POST" ? u"create"_s : QString::fromLatin1(method).toLower();
        action.target = action.details.value(u"id"_s).toString();
        if (action.target.isEmpty())
            action.target = action.details.value(u"name"_s).toString();
    } else {
        action.target = segments.at(1);
        if (segments.size() == 2 && method == "POST") {
            // POST /admission/preauthorize, /credentials/rotate: a verb on the collection, objects in the body.
            verb = verbFor(segments.at(1));
            action.target = action.details.value(u"id"_s).toString();
        } else if (segments.size() == 2) {
            verb = method == "PATCH" || method == "PUT" ? u"update"_s
                   : method == "DELETE"                 ? u"delete"_s
                                                        : QString::fromLatin1(method).toLower();
        } else {
            QStringList rest;
            for (qsizetype i = 2; i < segments.size(); ++i)
                rest.append(verbFor(segments.at(i)));
            verb = rest.join(u'.');
            if (method == "DELETE")
                verb += u".delete"_s;
        }
    }
    action.action = kind + u'.' + verb;
    return action;
}

} // namespace warden
