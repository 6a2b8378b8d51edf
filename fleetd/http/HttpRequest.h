#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace warden {

// One parsed HTTP/1.1 request as the server hands it to a handler. Header names are lower-case; values are kept
// byte-exact (trimmed of surrounding whitespace). The body is complete (Content-Length bodies only).
struct HttpRequest {
    using Header = std::pair<QByteArray, QByteArray>;

    QByteArray method;     // e.g. "GET", case as sent (methods are case-sensitive)
    QByteArray target;     // raw request-target as sent, e.g. "/api/v1/devices?limit=10"
    QString path;          // percent-decoded path without the query, always starts with '/'
    QUrlQuery query;       // query string (percent-encoded inside; use QUrl::FullyDecoded to read values)
    QList<Header> headers; // in arrival order, names lower-cased
    QByteArray body;
    int httpMinorVersion = 1; // HTTP/1.0 or HTTP/1.1

    QHostAddress peerAddress;
    quint16 peerPort = 0;
    // The client's certificate, set only when the TLS layer verified it against the configured CAs.
    QSslCertificate peerCertificate;
    QString requestId;        // unique per server run, also sent back as X-Request-Id
    quint64 connectionId = 0; // same value for requests that arrived on the same connection

    // First value of the header `lowerCaseName`, or a null QByteArray.
    QByteArray header(QByteArrayView lowerCaseName) const;
    QList<QByteArray> headerValues(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    // True when a comma-separated header (Connection, Upgrade, ...) lists `token`, compared case-insensitively.
    bool headerHasToken(QByteArrayView lowerCaseName, QByteArrayView token) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 connections always close.
    bool wantsKeepAlive() const;
};

} // namespace warden
