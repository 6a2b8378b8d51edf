// HttpRequestParser fed the same byte stream twice: in chunks whose sizes the input chooses, and in one piece.
// Input layout: byte 0 picks the limits (bit 0: 200-byte head, bit 1: 16-byte body, bit 2: 3 header fields; else the
// server defaults), byte 1 & 7 is the number K of chunk sizes, the next K bytes are the sizes (value + 1, used in
// turn), the rest is the stream. Seeds start with "@@" (default limits, one piece).
// Properties: chunking never changes which requests come out; every request respects the limits and the framing
// rules; a parser waiting for more holds no more than maxHeaderBytes + maxBodyBytes; a failed one holds nothing.
// Each request then goes where fleetd sends it: the WebSocket handshake check (a 101 answer only for a valid
// upgrade, a 4xx otherwise), or the strict body reader and a query parameter (only allowed keys, values in range).

#include "FuzzSupport.h"

#include "http/HttpRequestParser.h"
#include "http/WebSocketHandshake.h"
#include "server/RequestBody.h"

#include <QList>

using namespace warden;

namespace {

struct Outcome {
    QList<HttpRequest> requests;
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
};

void checkRequest(const HttpRequest &request, const HttpLimits &limits)
{
    fuzz::check(!request.method.isEmpty(), "request without a method");
    fuzz::check(request.path.startsWith(u'/'), "path does not start with /");
    fuzz::check(request.body.size() <= limits.maxBodyBytes, "body above maxBodyBytes");
    fuzz::check(request.headers.size() <= limits.maxHeaderCount, "more headers than maxHeaderCount");
    for (const HttpRequest::Header &header : request.headers)
        fuzz::check(header.first == header.first.toLower(), "header name not lower-cased");
    fuzz::check(request.headerValues("host").size() <= 1, "several Host headers accepted");
    fuzz::check(request.httpMinorVersion == 0 || request.hasHeader("host"), "HTTP/1.1 without Host accepted");
    fuzz::check(!request.hasHeader("transfer-encoding"), "Transfer-Encoding accepted");
    const QList<QByteArray> lengths = request.headerValues("content-length");
    fuzz::check(lengths.size() <= 1, "several Content-Length headers accepted");
    const qint64 expected = lengths.isEmpty() ? 0 : lengths.first().toLongLong();
    fuzz::check(request.body.size() == expected, "body length differs from Content-Length");
}

// What the server does next with a request, up to the endpoint handlers.
void serve(const HttpRequest &request)
{
    if (WebSocketHandshake::isUpgradeRequest(request)) {
        const std::optional<HttpResponse> refusal = WebSocketHandshake::validate(request);
        if (refusal) {
            fuzz::check(refusal->status >= 400 && refusal->status <= 499, "handshake refused without a 4xx");
            return;
        }
        const QByteArray answer = WebSocketHandshake::switchingProtocolsResponse(request, "warden.v1");
        fuzz::check(answer.startsWith("HTTP/1.1 101 ") && answer.endsWith("\r\n\r\n"), "malformed 101 answer");
        fuzz::check(answer.contains(WebSocketHandshake::acceptKey(request.header("sec-websocket-key"))),
                    "101 answer without the accept key");
        return;
    }
    static const QStringList allowed{QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("level"),
                                     QStringLiteral("reason")};
    const ApiResult<QJsonObject> body = RequestBody::parse(request.body, allowed);
    if (body) {
        for (auto it = body->constBegin(); it != body->constEnd(); ++it)
            fuzz::check(allowed.contains(it.key()), "body with a key the endpoint does not know accepted");
    } else {
        fuzz::check(body.error().status >= 400 && body.error().status <= 499, "body refused without a 4xx");
        fuzz::check(!body.error().message.isEmpty(), "body refused without a message");
    }
    const ApiResult<qint64> limit = RequestBody::queryInteger(request.query, QStringLiteral("limit"), 1, 5000, 1000);
    fuzz::check(!limit || (*limit >= 1 && *limit <= 5000), "query integer out of range");
}

// Takes every request the buffered bytes complete, as HttpConnection does, then checks what is left buffered.
void drain(HttpRequestParser &parser, HttpRequestParser::State state, const HttpLimits &limits, Outcome &outcome)
{
    while (state == HttpRequestParser::State::Complete) {
        fuzz::check(parser.isHeadComplete() && !parser.expectsContinue(), "complete without its head or body");
        HttpRequest request = parser.takeRequest();
        checkRequest(request, limits);
        serve(request);
        outcome.requests.append(std::move(request));
        state = parser.feed({});
    }
    outcome.state = state;
    if (state == HttpRequestParser::State::Error) {
        outcome.errorStatus = parser.errorStatus();
        fuzz::check(parser.errorStatus() >= 400 && parser.errorStatus() <= 599, "error status outside 4xx/5xx");
        fuzz::check(!parser.errorCode().isEmpty() && !parser.errorMessage().isEmpty(), "error without code/text");
        fuzz::check(parser.bufferedBytes() == 0, "failed parser keeps bytes");
    } else {
        fuzz::check(parser.bufferedBytes() <= limits.maxHeaderBytes + limits.maxBodyBytes,
                    "waiting parser holds more than head + body limits");
        (void)parser.hasPartialRequest();
        (void)parser.expectsContinue();
    }
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.headers == b.headers
        && a.body == b.body && a.httpMinorVersion == b.httpMinorVersion
        && a.query.query(QUrl::FullyEncoded) == b.query.query(QUrl::FullyEncoded);
}

bool isSizeStatus(int status)
{
    return status == 414 || status == 431;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::InputReader input(data, size);
    const uint8_t limitBits = input.byte();
    HttpLimits limits;
    if (limitBits & 1)
        limits.maxHeaderBytes = 200;
    if (limitBits & 2)
        limits.maxBodyBytes = 16;
    if (limitBits & 4)
        limits.maxHeaderCount = 3;
    QList<qsizetype> chunkSizes;
    for (int count = input.byte() & 7; count > 0; --count)
        chunkSizes.append(qsizetype(input.byte()) + 1);
    const QByteArray stream = input.rest();

    Outcome chunked;
    {
        HttpRequestParser parser(limits);
        qsizetype offset = 0;
        qsizetype turn = 0;
        while (offset < stream.size() && chunked.state != HttpRequestParser::State::Error) {
            const qsizetype chunk = chunkSizes.isEmpty() ? stream.size() : chunkSizes.at(turn++ % chunkSizes.size());
            const QByteArrayView piece = QByteArrayView(stream).sliced(offset, qMin(chunk, stream.size() - offset));
            offset += piece.size();
            drain(parser, parser.feed(piece), limits, chunked);
        }
        const QByteArray rest = parser.takeUnconsumedBytes();
        fuzz::check(rest.size() <= limits.maxHeaderBytes + limits.maxBodyBytes, "unconsumed bytes above the limits");
    }

    Outcome whole;
    {
        HttpRequestParser parser(limits);
        drain(parser, parser.feed(stream), limits, whole);
    }

    fuzz::check(chunked.requests.size() == whole.requests.size(), "chunking changed the number of requests");
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        fuzz::check(sameRequest(chunked.requests.at(i), whole.requests.at(i)), "chunking changed a request");
    fuzz::check(chunked.state == whole.state, "chunking changed the final state");
    // One piece may show a malformed line that chunked reading never reaches because the head grew too large first.
    fuzz::check(chunked.errorStatus == whole.errorStatus || isSizeStatus(chunked.errorStatus)
                    || isSizeStatus(whole.errorStatus),
                "chunking changed the error status");
    return 0;
}
