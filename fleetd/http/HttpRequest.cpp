#include "http/HttpRequest.h"

namespace warden {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const Header &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView lowerCaseName) const
{
    QList<QByteArray> values;
    for (const Header &h : headers) {
        if (h.first == lowerCaseName)
            values.append(h.second);
    }
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const Header &h : headers) {
        if (h.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::headerHasToken(QByteArrayView lowerCaseName, QByteArrayView token) const
{
    for (const Header &h : headers) {
        if (h.first != lowerCaseName)
            continue;
        const QList<QByteArray> parts = h.second.split(',');
        for (const QByteArray &part : parts) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool HttpRequest::wantsKeepAlive() const
{
    // HTTP/1.0 keep-alive is a legacy extension nobody here needs; those connections close after one response.
    return httpMinorVersion == 1 && !headerHasToken("connection", "close");
}

} // namespace warden
