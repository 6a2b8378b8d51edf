#include "http/HttpResponse.h"

#include "http/HttpLog.h"
#include "http/HttpSyntax.h"

#include <QJsonDocument>

namespace warden {

namespace {

bool isServerOwnedHeader(QByteArrayView name)
{
    static const QByteArrayView owned[] = {
        "content-length", "connection", "transfer-encoding", "cache-control", "x-request-id", "keep-alive", "upgrade"};
    for (QByteArrayView o : owned) {
        if (name.compare(o, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse jsonResponse(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = body;
    return response;
}

} // namespace

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const Header &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return jsonResponse(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return jsonResponse(status, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    if (value.isObject())
        return json(status, value.toObject());
    if (value.isArray())
        return json(status, value.toArray());
    // QJsonDocument only serialises objects and arrays; wrap a scalar and strip the brackets.
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return jsonResponse(status, wrapped.mid(1, wrapped.size() - 2));
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

HttpResponse HttpResponse::plainText(int status, const QByteArray &utf8)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    response.body = utf8;
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 101: return QByteArrayLiteral("Switching Protocols");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 304: return QByteArrayLiteral("Not Modified");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 410: return QByteArrayLiteral("Gone");
    case 411: return QByteArrayLiteral("Length Required");
    case 412: return QByteArrayLiteral("Precondition Failed");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 417: return QByteArrayLiteral("Expectation Failed");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 426: return QByteArrayLiteral("Upgrade Required");
    case 428: return QByteArrayLiteral("Precondition Required");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

QByteArray HttpResponse::toWire(bool keepAlive, bool omitBody, const QString &requestId) const
{
    const int code = (status >= 100 && status <= 999) ? status : 500;
    // 1xx, 204 and 304 never carry a body (RFC 9110 6.4.1).
    const bool bodyless = code < 200 || code == 204 || code == 304;

    QByteArray wire;
    wire.reserve(256 + (omitBody || bodyless ? 0 : body.size()));
    wire += "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n";
    for (const Header &h : headers) {
        if (isServerOwnedHeader(h.first))
            continue;
        if (!HttpSyntax::isToken(h.first) || !HttpSyntax::isValidFieldValue(h.second)) {
            qCWarning(lcFleetdHttp) << "dropping invalid response header from handler";
            continue;
        }
        wire += h.first + ": " + h.second + "\r\n";
    }
    wire += "Cache-Control: no-store\r\n";
    if (!requestId.isEmpty())
        wire += "X-Request-Id: " + requestId.toLatin1() + "\r\n";
    if (!bodyless)
        wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    if (!omitBody && !bodyless)
        wire += body;
    return wire;
}

} // namespace warden
