#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warden;

class HttpParserTest : public QObject {
    Q_OBJECT

private:
    static HttpLimits smallLimits()
    {
        HttpLimits limits;
        limits.maxHeaderBytes = 256;
        limits.maxBodyBytes = 64;
        limits.maxHeaderCount = 5;
        return limits;
    }

    // Feeds `input` in pieces of `chunk` bytes (0 = all at once) until the parser leaves NeedMore.
    static HttpRequestParser::State feedInChunks(HttpRequestParser &parser, const QByteArray &input, int chunk)
    {
        if (chunk <= 0)
            return parser.feed(input);
        HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
        for (qsizetype i = 0; i < input.size() && state == HttpRequestParser::State::NeedMore; i += chunk)
            state = parser.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)));
        return state;
    }

private Q_SLOTS:
    void acceptsValidRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("queryValue"); // value of query item "q", fully decoded
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("minorVersion");
        QTest::addColumn<int>("headerCount");

        QTest::newRow("simple GET") << QByteArray("GET /api/v1/devices HTTP/1.1\r\nHost: a\r\n\r\n")
                                    << QByteArray("GET") << QStringLiteral("/api/v1/devices") << QString()
                                    << QByteArray() << 1 << 1;
        QTest::newRow("query and encoded path")
            << QByteArray("GET /a%20b/%C3%A9?q=x%20y&limit=5 HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET")
            << QStringLiteral(u"/a b/é") << QStringLiteral("x y") << QByteArray() << 1 << 1;
        QTest::newRow("POST with body")
            << QByteArray("POST /session HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n{\"a\":\"bc\"}x")
            << QByteArray("POST") << QStringLiteral("/session") << QString() << QByteArray("{\"a\":\"bc\"}x") << 1 << 2;
        QTest::newRow("zero content length")
            << QByteArray("DELETE /x HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n") << QByteArray("DELETE")
            << QStringLiteral("/x") << QString() << QByteArray() << 1 << 2;
        QTest::newRow("leading empty lines ignored")
            << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET") << QStringLiteral("/")
            << QString() << QByteArray() << 1 << 1;
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET /old HTTP/1.0\r\n\r\n") << QByteArray("GET")
                                               << QStringLiteral("/old") << QString() << QByteArray() << 0 << 0;
        QTest::newRow("whitespace around value")
            << QByteArray("GET / HTTP/1.1\r\nHost:   a \t\r\nX-Y:\r\n\r\n") << QByteArray("GET") << QStringLiteral("/")
            << QString() << QByteArray() << 1 << 2;
        QTest::newRow("obs-text in value")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-N: caf\xc3\xa9\r\n\r\n") << QByteArray("GET")
            << QStringLiteral("/") << QString() << QByteArray() << 1 << 2;
    }

    void acceptsValidRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, queryValue);
        QFETCH(QByteArray, body);
        QFETCH(int, minorVersion);
        QFETCH(int, headerCount);

        for (int chunk : {0, 1, 7}) {
            HttpRequestParser parser(smallLimits());
            QCOMPARE(feedInChunks(parser, input, chunk), HttpRequestParser::State::Complete);
            const HttpRequest request = parser.takeRequest();
            QCOMPARE(request.method, method);
            QCOMPARE(request.path, path);
            QCOMPARE(request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), queryValue);
            QCOMPARE(request.body, body);
            QCOMPARE(request.httpMinorVersion, minorVersion);
            QCOMPARE(request.headers.size(), headerCount);
            QCOMPARE(parser.state(), HttpRequestParser::State::NeedMore);
            QVERIFY(!parser.hasPartialRequest());
        }
    }

    void headerNamesAreLowerCasedAndValuesTrimmed()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHOST: example\r\nX-Token:  abc def \r\n\r\n"),
                 HttpRequestParser::State::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.header("host"), QByteArray("example"));
        QCOMPARE(request.header("x-token"), QByteArray("abc def"));
        QVERIFY(request.header("missing").isNull());
        QVERIFY(request.hasHeader("x-token"));
    }

    void refusesInvalidRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const auto row = [](const char *name, const QByteArray &input, int status, const char *code) {
            QTest::newRow(name) << input << status << QString::fromLatin1(code);
        };
        row("garbage", QByteArray("\x16\x03\x01garbage\xff\xfe\r\n\r\n", 16), 400, "bad_request");
        row("bare LF line ending", "GET / HTTP/1.1\nHost: a\n\n", 400, "bad_request");
        row("bare LF in headers", "GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n", 400, "bad_request");
        row("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n  c\r\n\r\n", 400, "bad_request");
        row("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400, "bad_request");
        row("no colon", "GET / HTTP/1.1\r\nHost a\r\n\r\n", 400, "bad_request");
        row("control char in value", "GET / HTTP/1.1\r\nHost: a\x01\r\n\r\n", 400, "bad_request");
        row("CR inside value", "GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", 400, "bad_request");
        row("NUL in value", QByteArray("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n", 29), 400, "bad_request");
        row("duplicate Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
            400, "bad_request");
        row("Content-Length list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\nx", 400, "bad_request");
        row("negative Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400, "bad_request");
        row("signed Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\nx", 400, "bad_request");
        row("huge Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", 400,
            "bad_request");
        row("body above limit", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 65\r\n\r\n", 413, "payload_too_large");
        row("chunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n", 411, "length_required");
        row("other transfer coding", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501,
            "not_implemented");
        row("TE and CL", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n", 400,
            "bad_request");
        row("missing Host", "GET / HTTP/1.1\r\n\r\n", 400, "bad_request");
        row("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "bad_request");
        row("HTTP/2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505, "http_version_not_supported");
        row("lower-case version", "GET / http/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("absolute-form target", "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("asterisk target", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("double space", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("invalid method", "G(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("fragment in target", "GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("invalid percent escape", "GET /a%zz HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("truncated percent escape", "GET /a% HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("encoded NUL in path", "GET /a%00 HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("invalid UTF-8 in path", "GET /%ff%fe HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("non-ASCII target", "GET /\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n", 400, "bad_request");
        row("too many headers", "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n\r\n", 431,
            "headers_too_large");
        row("headers too long", "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(300, 'x') + "\r\n\r\n", 431,
            "headers_too_large");
        row("head never ends", "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(300, 'x'), 431, "headers_too_large");
        row("request line too long", "GET /" + QByteArray(300, 'a'), 414, "uri_too_long");
        row("unsupported expectation", "POST / HTTP/1.1\r\nHost: a\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx", 417,
            "expectation_failed");
    }

    void refusesInvalidRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, code);

        for (int chunk : {0, 1}) {
            HttpRequestParser parser(smallLimits());
            QCOMPARE(feedInChunks(parser, input, chunk), HttpRequestParser::State::Error);
            QCOMPARE(parser.errorStatus(), status);
            QCOMPARE(parser.errorCode(), code);
            QVERIFY(!parser.errorMessage().isEmpty());
            // Once failed, further input changes nothing and is not buffered.
            QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), HttpRequestParser::State::Error);
            QCOMPARE(parser.bufferedBytes(), 0);
        }
    }

    void errorMessagesNeverEchoInput()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer s3cr3t\x01\r\n\r\n"),
                 HttpRequestParser::State::Error);
        QVERIFY(!parser.errorMessage().contains(QStringLiteral("s3cr3t")));
    }

    void needsMoreUntilBodyComplete()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nab"),
                 HttpRequestParser::State::NeedMore);
        QVERIFY(parser.isHeadComplete());
        QVERIFY(parser.hasPartialRequest());
        QCOMPARE(parser.feed("cd"), HttpRequestParser::State::NeedMore);
        QCOMPARE(parser.feed("e"), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("abcde"));
    }

    void pipelinedRequestsAreParsedInOrder()
    {
        HttpRequestParser parser(smallLimits());
        const QByteArray two =
            "POST /1 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nonePOST /2 HTTP/1.1\r\nHost: a\r\n"
            "Content-Length: 3\r\n\r\ntwoGET /3 HT";
        QCOMPARE(parser.feed(two), HttpRequestParser::State::Complete);
        const HttpRequest first = parser.takeRequest();
        QCOMPARE(first.path, QStringLiteral("/1"));
        QCOMPARE(first.body, QByteArray("one"));
        QVERIFY(parser.hasPartialRequest());
        QCOMPARE(parser.feed({}), HttpRequestParser::State::Complete);
        const HttpRequest second = parser.takeRequest();
        QCOMPARE(second.path, QStringLiteral("/2"));
        QCOMPARE(second.body, QByteArray("two"));
        QCOMPARE(parser.feed({}), HttpRequestParser::State::NeedMore);
        QVERIFY(parser.hasPartialRequest());
        QCOMPARE(parser.feed("TP/1.1\r\nHost: a\r\n\r\n"), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/3"));
        QVERIFY(!parser.hasPartialRequest());
    }

    void expectContinueIsReportedUntilBodyArrives()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("PUT / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n"),
                 HttpRequestParser::State::NeedMore);
        QVERIFY(parser.expectsContinue());
        QCOMPARE(parser.feed("ok"), HttpRequestParser::State::Complete);
        QVERIFY(!parser.expectsContinue());
    }

    void unconsumedBytesFollowTheUpgradeRequest()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("GET /stream HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n\x81\x85"),
                 HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/stream"));
        QCOMPARE(parser.takeUnconsumedBytes(), QByteArray("\x81\x85"));
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void keepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n") << false;
        QTest::newRow("1.1 close in list")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: te, close\r\n\r\n") << false;
        QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
    }

    void keepAliveRules()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, keepAlive);
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed(input), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().wantsKeepAlive(), keepAlive);
    }

    void responseWireFormat()
    {
        HttpResponse response = HttpResponse::json(201, QJsonObject{{QStringLiteral("id"), 7}});
        response.setHeader("Location", "/devices/7");
        response.setHeader("Content-Length", "999");       // server-owned: ignored
        response.setHeader("Cache-Control", "max-age=60"); // server-owned: always no-store
        response.headers.append(
            HttpResponse::Header("X-Evil", "a\r\nSet-Cookie: x")); // would split the response: dropped
        QTest::ignoreMessage(QtWarningMsg, "dropping invalid response header from handler");
        const QByteArray wire = response.toWire(true, false, QStringLiteral("abc-1"));
        QVERIFY(wire.startsWith("HTTP/1.1 201 Created\r\n"));
        QVERIFY(wire.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(wire.contains("\r\nLocation: /devices/7\r\n"));
        QVERIFY(wire.contains("\r\nCache-Control: no-store\r\n"));
        QVERIFY(!wire.contains("max-age"));
        QVERIFY(wire.contains("\r\nX-Request-Id: abc-1\r\n"));
        QVERIFY(wire.contains("\r\nContent-Length: 8\r\n"));
        QVERIFY(!wire.contains("999"));
        QVERIFY(!wire.contains("Set-Cookie"));
        QVERIFY(!wire.contains("Connection:"));
        QVERIFY(wire.endsWith("\r\n\r\n{\"id\":7}"));

        QTest::ignoreMessage(QtWarningMsg, "dropping invalid response header from handler");
        const QByteArray closing = response.toWire(false, true, {});
        QVERIFY(closing.contains("\r\nConnection: close\r\n"));
        QVERIFY(closing.contains("\r\nContent-Length: 8\r\n")); // HEAD: length announced, body omitted
        QVERIFY(closing.endsWith("\r\n\r\n"));

        HttpResponse empty;
        empty.status = 204;
        empty.body = "ignored";
        const QByteArray noContent = empty.toWire(true, false, {});
        QVERIFY(!noContent.contains("Content-Length"));
        QVERIFY(noContent.endsWith("\r\n\r\n"));
    }

    void errorBodyIsCodeAndMessage()
    {
        const HttpResponse response =
            HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Sign in first."));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        const QJsonObject object = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(object.value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(object.value(QStringLiteral("message")).toString(), QStringLiteral("Sign in first."));
        QCOMPARE(object.size(), 2);
        QCOMPARE(HttpResponse::json(200, QJsonValue(42)).body, QByteArray("42"));
        QCOMPARE(HttpResponse::json(200, QJsonArray{1, 2}).body, QByteArray("[1,2]"));
    }
};

QTEST_GUILESS_MAIN(HttpParserTest)
#include "tst_httpparser.moc"
