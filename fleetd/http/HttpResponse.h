#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace warden {

// An HTTP response a handler returns, and its serialisation to the wire. The server owns framing headers
// (Content-Length, Connection, Transfer-Encoding) and always sends "Cache-Control: no-store": API answers carry
// tokens and fleet data that must not land in caches. Error bodies carry a stable code and a human message only;
// they never echo request headers or bodies.
struct HttpResponse {
    using Header = std::pair<QByteArray, QByteArray>;

    int status = 200;
    QList<Header> headers; // names as given; compared case-insensitively
    QByteArray body;

    // Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse json(int status, const QJsonValue &value);
    // {"code": code, "message": message} with Content-Type application/json.
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse plainText(int status, const QByteArray &utf8);

    // Standard reason phrase ("Not Found"), or "Unknown" for codes we do not name.
    static QByteArray reasonPhrase(int status);

    // Status line, headers and body as sent. `omitBody` for HEAD requests (Content-Length still announced);
    // `keepAlive` false adds "Connection: close". Handler headers with invalid names or values are dropped, so a
    // handler cannot split the response.
    QByteArray toWire(bool keepAlive, bool omitBody, const QString &requestId) const;
};

} // namespace warden
