#include "http/HttpRequestParser.h"

#include "http/HttpSyntax.h"

#include <utility>

namespace warden {

namespace {

QByteArrayView trimOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// origin-form request-target: visible ASCII, no fragment, every '%' followed by two hex digits.
bool isValidOriginTarget(QByteArrayView target)
{
    if (target.isEmpty() || target[0] != '/')
        return false;
    for (qsizetype i = 0; i < target.size(); ++i) {
        const auto u = static_cast<unsigned char>(target[i]);
        if (u <= 0x20 || u >= 0x7f || u == '#')
            return false;
        if (u == '%') {
            if (i + 2 >= target.size() || !isHexDigit(target[i + 1]) || !isHexDigit(target[i + 2]))
                return false;
        }
    }
    return true;
}

QString bad(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state == State::Error)
        return m_state;
    if (!data.isEmpty()) {
        m_buffer.append(data.data(), data.size());
        if (m_state == State::NeedMore)
            m_started = true;
    }
    if (m_state == State::Complete)
        return m_state;
    return parse();
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (!m_headComplete) {
        if (m_scanFrom == 0) {
            // RFC 9112 2.2: a server SHOULD ignore empty lines received before the request-line.
            qsizetype skip = 0;
            while (skip + 1 < m_buffer.size() && m_buffer[skip] == '\r' && m_buffer[skip + 1] == '\n')
                skip += 2;
            if (skip > 0)
                m_buffer.remove(0, skip);
            if (m_buffer.size() == 1 && m_buffer[0] == '\r')
                return State::NeedMore;
        }
        const char *d = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        qsizetype headEnd = -1;
        for (qsizetype i = m_scanFrom; i < n; ++i) {
            if (d[i] != '\n')
                continue;
            if (i == 0 || d[i - 1] != '\r')
                return fail(400, QStringLiteral("bad_request"), bad("Request lines must end with CRLF."));
            if (m_requestLineEnd < 0)
                m_requestLineEnd = i - 1;
            if (i >= 3 && d[i - 2] == '\n' && d[i - 3] == '\r') {
                headEnd = i + 1;
                break;
            }
        }
        if (headEnd < 0) {
            m_scanFrom = n;
            if (n > m_limits.maxHeaderBytes) {
                if (m_requestLineEnd < 0)
                    return fail(414, QStringLiteral("uri_too_long"), bad("The request line is too long."));
                return fail(431, QStringLiteral("headers_too_large"),
                            QStringLiteral("The request headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
            }
            return State::NeedMore;
        }
        if (headEnd > m_limits.maxHeaderBytes) {
            return fail(431, QStringLiteral("headers_too_large"),
                        QStringLiteral("The request headers exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
        }
        const State headState = parseHead(QByteArrayView(d, headEnd - 4));
        if (headState == State::Error)
            return headState;
        m_headComplete = true;
        m_bodyStart = headEnd;
    }
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return State::NeedMore;
    m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_consumed = m_bodyStart + m_contentLength;
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArrayView head)
{
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    if (parseRequestLine(head.first(lineEnd)) == State::Error)
        return State::Error;

    int count = 0;
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 2;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("bad_request"), bad("Folded header lines (obs-fold) are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !HttpSyntax::isToken(line.first(colon)))
            return fail(400, QStringLiteral("bad_request"), bad("A header line is malformed."));
        const QByteArrayView value = trimOws(line.sliced(colon + 1));
        if (!HttpSyntax::isValidFieldValue(value))
            return fail(400, QStringLiteral("bad_request"), bad("A header value contains an invalid character."));
        if (++count > m_limits.maxHeaderCount) {
            return fail(431, QStringLiteral("headers_too_large"),
                        QStringLiteral("The request has more than %1 header fields.").arg(m_limits.maxHeaderCount));
        }
        m_request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    }
    return checkFraming();
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0)
        return fail(400, QStringLiteral("bad_request"), bad("The request line is malformed."));
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!HttpSyntax::isToken(method))
        return fail(400, QStringLiteral("bad_request"), bad("The request method is invalid."));

    if (version == "HTTP/1.1") {
        m_request.httpMinorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_request.httpMinorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0' && version[5] <= '9' &&
               version[6] == '.' && version[7] >= '0' && version[7] <= '9') {
        return fail(505, QStringLiteral("http_version_not_supported"), bad("Only HTTP/1.1 and HTTP/1.0 are served."));
    } else {
        return fail(400, QStringLiteral("bad_request"), bad("The request line is malformed."));
    }

    if (!isValidOriginTarget(target))
        return fail(400, QStringLiteral("bad_request"), bad("The request target must be an absolute path."));
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    const QByteArray decodedPath = QByteArray::fromPercentEncoding(rawPath.toByteArray());
    if (decodedPath.contains('\0') || !decodedPath.isValidUtf8())
        return fail(400, QStringLiteral("bad_request"), bad("The request path is not valid UTF-8."));

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.path = QString::fromUtf8(decodedPath);
    if (question >= 0)
        m_request.query.setQuery(QString::fromLatin1(target.sliced(question + 1)));
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::checkFraming()
{
    const qsizetype hosts = m_request.headerValues("host").size();
    if (hosts > 1 || (m_request.httpMinorVersion == 1 && hosts != 1))
        return fail(400, QStringLiteral("bad_request"), bad("The request must carry exactly one Host header."));

    const QList<QByteArray> lengths = m_request.headerValues("content-length");
    const QList<QByteArray> encodings = m_request.headerValues("transfer-encoding");
    if (!encodings.isEmpty()) {
        if (!lengths.isEmpty()) {
            return fail(400, QStringLiteral("bad_request"),
                        bad("Transfer-Encoding and Content-Length must not be combined."));
        }
        if (encodings.size() == 1 && encodings.first().compare("chunked", Qt::CaseInsensitive) == 0) {
            return fail(411, QStringLiteral("length_required"),
                        bad("Chunked request bodies are not supported; send a Content-Length."));
        }
        return fail(501, QStringLiteral("not_implemented"), bad("Transfer-Encoding is not supported on requests."));
    }
    if (lengths.size() > 1)
        return fail(400, QStringLiteral("bad_request"), bad("The request has more than one Content-Length header."));
    m_contentLength = 0;
    if (lengths.size() == 1) {
        const QByteArray &text = lengths.first();
        if (text.isEmpty() || text.size() > 18)
            return fail(400, QStringLiteral("bad_request"), bad("The Content-Length header is invalid."));
        qint64 value = 0;
        for (char c : text) {
            if (c < '0' || c > '9')
                return fail(400, QStringLiteral("bad_request"), bad("The Content-Length header is invalid."));
            value = value * 10 + (c - '0');
        }
        if (value > m_limits.maxBodyBytes) {
            return fail(413, QStringLiteral("payload_too_large"),
                        QStringLiteral("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
        }
        m_contentLength = value;
    }

    const QList<QByteArray> expectations = m_request.headerValues("expect");
    if (!expectations.isEmpty()) {
        if (expectations.size() != 1 || expectations.first().compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, QStringLiteral("expectation_failed"), bad("Only \"Expect: 100-continue\" is supported."));
        m_expectContinue = m_contentLength > 0;
    }
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &code, const QString &message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorCode = code;
    m_errorMessage = message;
    m_buffer.clear();
    m_buffer.squeeze();
    return m_state;
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Complete)
        return HttpRequest();
    HttpRequest request = std::move(m_request);
    m_buffer.remove(0, m_consumed);
    resetRequest();
    return request;
}

QByteArray HttpRequestParser::takeUnconsumedBytes()
{
    QByteArray rest;
    if (m_state == State::Complete)
        rest = m_buffer.mid(m_consumed);
    else if (m_state == State::NeedMore)
        rest = m_buffer;
    m_buffer.clear();
    if (m_state == State::NeedMore)
        resetRequest();
    return rest;
}

void HttpRequestParser::resetRequest()
{
    m_request = HttpRequest();
    m_state = State::NeedMore;
    m_started = !m_buffer.isEmpty();
    m_headComplete = false;
    m_expectContinue = false;
    m_scanFrom = 0;
    m_requestLineEnd = -1;
    m_bodyStart = 0;
    m_contentLength = 0;
    m_consumed = 0;
}

} // namespace warden
