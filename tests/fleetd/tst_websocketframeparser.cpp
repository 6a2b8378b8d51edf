#include "http/WebSocketFrameParser.h"
#include "http/WebSocketFrameWriter.h"
#include "http/WebSocketHandshake.h"

#include <QTest>

using namespace warden;
using Kind = WebSocketFrameParser::Event::Kind;

Q_DECLARE_METATYPE(WebSocketFrameParser::Event::Kind)

class WebSocketFrameParserTest : public QObject {
    Q_OBJECT

private:
    static constexpr quint32 Mask = 0x37fa213d;

    static QByteArray text(const QByteArray &payload, bool fin = true)
    {
        return WebSocketFrameWriter::clientFrame(WebSocketOpcode::Text, payload, Mask, fin);
    }
    static QByteArray continuation(const QByteArray &payload, bool fin)
    {
        return WebSocketFrameWriter::clientFrame(WebSocketOpcode::Continuation, payload, Mask, fin);
    }

private Q_SLOTS:
    void rfcExampleFrames()
    {
        // RFC 6455 5.7: a masked "Hello" from a client, and the same unmasked from a server.
        WebSocketFrameParser parser(1024);
        parser.append(QByteArray::fromHex("818537fa213d7f9f4d5158"));
        const auto event = parser.next();
        QCOMPARE(event.kind, Kind::Text);
        QCOMPARE(event.payload, QByteArray("Hello"));
        QCOMPARE(parser.next().kind, Kind::NeedMore);
        QCOMPARE(WebSocketFrameWriter::serverFrame(WebSocketOpcode::Text, "Hello"),
                 QByteArray::fromHex("810548656c6c6f"));
        QCOMPARE(text("Hello"), QByteArray::fromHex("818537fa213d7f9f4d5158"));
    }

    void lengthEncodings_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("headerBytes");
        QTest::newRow("0") << 0 << 2;
        QTest::newRow("125") << 125 << 2;
        QTest::newRow("126") << 126 << 4;
        QTest::newRow("65535") << 65535 << 4;
        QTest::newRow("65536") << 65536 << 10;
        QTest::newRow("200000") << 200000 << 10;
    }

    void lengthEncodings()
    {
        QFETCH(int, size);
        QFETCH(int, headerBytes);
        QByteArray payload(size, 'a');
        for (int i = 0; i < size; ++i)
            payload[i] = char('a' + i % 26);
        const QByteArray server = WebSocketFrameWriter::serverFrame(WebSocketOpcode::Text, payload);
        QCOMPARE(server.size(), headerBytes + size);
        QCOMPARE(server.mid(headerBytes), payload);

        // Client frames of every size parse back, whole and byte by byte.
        const QByteArray frame = text(payload);
        QCOMPARE(frame.size(), headerBytes + 4 + size);
        WebSocketFrameParser whole(1 << 20);
        whole.append(frame);
        const auto event = whole.next();
        QCOMPARE(event.kind, Kind::Text);
        QCOMPARE(event.payload, payload);
        if (size <= 70000) {
            WebSocketFrameParser bytewise(1 << 20);
            WebSocketFrameParser::Event last;
            for (qsizetype i = 0; i < frame.size(); ++i) {
                bytewise.append(QByteArrayView(frame).sliced(i, 1));
                last = bytewise.next();
                if (i + 1 < frame.size())
                    QCOMPARE(last.kind, Kind::NeedMore);
            }
            QCOMPARE(last.kind, Kind::Text);
            QCOMPARE(last.payload, payload);
        }
    }

    void fragmentsWithInterleavedControlFrames()
    {
        WebSocketFrameParser parser(1024);
        parser.append(QByteArray(text("Hel", false) +
                                 WebSocketFrameWriter::clientFrame(WebSocketOpcode::Ping, "p", Mask) +
                                 continuation("lo ", false) + continuation(QByteArray("w\xc3\xb6rld"), true)));
        auto event = parser.next();
        QCOMPARE(event.kind, Kind::Ping);
        QCOMPARE(event.payload, QByteArray("p"));
        event = parser.next();
        QCOMPARE(event.kind, Kind::Text);
        QCOMPARE(event.payload, QByteArray("Hello w\xc3\xb6rld"));
        QCOMPARE(parser.next().kind, Kind::NeedMore);
    }

    void utf8SplitAcrossFragmentsIsValid()
    {
        WebSocketFrameParser parser(1024);
        parser.append(QByteArray(text(QByteArray("\xc3"), false) + continuation(QByteArray("\xa9"), true)));
        const auto event = parser.next();
        QCOMPARE(event.kind, Kind::Text);
        QCOMPARE(event.payload, QByteArray("\xc3\xa9"));
    }

    void closeFrames_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << Kind::Close << 1005 << QString();
        QTest::newRow("normal with reason") << WebSocketFrameWriter::closePayload(1000, QStringLiteral("bye"))
                                            << Kind::Close << 1000 << QStringLiteral("bye");
        QTest::newRow("private code") << WebSocketFrameWriter::closePayload(4001, {}) << Kind::Close << 4001
                                      << QString();
        QTest::newRow("one byte") << QByteArray("\x03", 1) << Kind::Error << 1002 << QString();
        QTest::newRow("reserved 1005") << WebSocketFrameWriter::closePayload(1005, {}) << Kind::Error << 1002
                                       << QString();
        QTest::newRow("reserved 1006") << WebSocketFrameWriter::closePayload(1006, {}) << Kind::Error << 1002
                                       << QString();
        QTest::newRow("below 1000") << WebSocketFrameWriter::closePayload(999, {}) << Kind::Error << 1002 << QString();
        QTest::newRow("5000") << WebSocketFrameWriter::closePayload(5000, {}) << Kind::Error << 1002 << QString();
        QTest::newRow("invalid UTF-8 reason") << QByteArray("\x03\xe8\xff", 3) << Kind::Error << 1007 << QString();
    }

    void closeFrames()
    {
        QFETCH(QByteArray, payload);
        QFETCH(Kind, kind);
        QFETCH(int, code);
        QFETCH(QString, reason);
        WebSocketFrameParser parser(1024);
        parser.append(WebSocketFrameWriter::clientFrame(WebSocketOpcode::Close, payload, Mask));
        const auto event = parser.next();
        QCOMPARE(event.kind, kind);
        QCOMPARE(int(event.closeCode), code);
        if (kind == Kind::Close)
            QCOMPARE(event.reason, reason);
    }

    void protocolViolations_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("requireMask");

        QTest::newRow("unmasked") << QByteArray::fromHex("810548656c6c6f") << 1002 << true;
        QTest::newRow("reserved bit") << QByteArray::fromHex("c18537fa213d7f9f4d5158") << 1002 << true;
        QTest::newRow("binary") << WebSocketFrameWriter::clientFrame(WebSocketOpcode::Binary, "x", Mask) << 1003
                                << true;
        QTest::newRow("unknown data opcode") << WebSocketFrameWriter::clientFrame(0x3, "x", Mask) << 1002 << true;
        QTest::newRow("unknown control opcode") << WebSocketFrameWriter::clientFrame(0xB, "", Mask) << 1002 << true;
        QTest::newRow("fragmented ping") << WebSocketFrameWriter::clientFrame(WebSocketOpcode::Ping, "x", Mask, false)
                                         << 1002 << true;
        QTest::newRow("long ping") << WebSocketFrameWriter::clientFrame(WebSocketOpcode::Ping, QByteArray(126, 'x'),
                                                                        Mask)
                                   << 1002 << true;
        QTest::newRow("continuation first") << continuation("x", true) << 1002 << true;
        QTest::newRow("text inside fragmented text") << QByteArray(text("a", false) + text("b")) << 1002 << true;
        QTest::newRow("too big in one frame") << text(QByteArray(101, 'x')) << 1009 << true;
        QTest::newRow("too big over fragments")
            << QByteArray(text(QByteArray(60, 'x'), false) + continuation(QByteArray(41, 'x'), true)) << 1009 << true;
        QTest::newRow("huge declared length") << QByteArray::fromHex("81ff000000ffffffffff37fa213d") << 1009 << true;
        QTest::newRow("length with top bit") << QByteArray::fromHex("81ff800000000000000037fa213d") << 1002 << true;
        QTest::newRow("non-minimal 16-bit") << QByteArray::fromHex("81fe000537fa213d7f9f4d5158") << 1002 << true;
        QTest::newRow("invalid UTF-8") << text(QByteArray("\xc3\x28")) << 1007 << true;
        QTest::newRow("invalid UTF-8 over fragments")
            << QByteArray(text(QByteArray("\xc3"), false) + continuation(QByteArray("\x28"), true)) << 1007 << true;
        QTest::newRow("unmasked allowed when not required") << QByteArray::fromHex("820100") << 1003 << false;
    }

    void protocolViolations()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(bool, requireMask);
        WebSocketFrameParser parser(100, requireMask);
        parser.append(input);
        const auto event = parser.next();
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(int(event.closeCode), code);
        QVERIFY(!event.reason.isEmpty());
        QVERIFY(parser.hasFailed());
        parser.append(text("ignored"));
        QCOMPARE(parser.next().kind, Kind::NeedMore);
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void manyFramesInOneChunk()
    {
        QByteArray stream;
        for (int i = 0; i < 5000; ++i)
            stream += text(QByteArray::number(i));
        WebSocketFrameParser parser(1024);
        // Arbitrary chunk boundaries, as TLS records would cut them.
        int expected = 0;
        for (qsizetype offset = 0; offset < stream.size(); offset += 997) {
            parser.append(QByteArrayView(stream).sliced(offset, qMin<qsizetype>(997, stream.size() - offset)));
            for (auto event = parser.next(); event.kind != Kind::NeedMore; event = parser.next()) {
                QCOMPARE(event.kind, Kind::Text);
                QCOMPARE(event.payload, QByteArray::number(expected));
                ++expected;
            }
        }
        QCOMPARE(expected, 5000);
        QVERIFY(parser.bufferedBytes() < 1024);
    }

    void closePayloadTruncatesAtCharacterBoundary()
    {
        const QString longReason = QString(70, QChar(0x00e9)); // 140 bytes of UTF-8
        const QByteArray payload = WebSocketFrameWriter::closePayload(1000, longReason);
        QVERIFY(payload.size() <= 125);
        QVERIFY(payload.sliced(2).isValidUtf8());
        QCOMPARE(payload.size(), 2 + 122);
        QCOMPARE(WebSocketFrameWriter::closeFrame(1000, longReason).size(), 2 + payload.size());
    }

    void acceptKeyMatchesRfcExample()
    {
        QCOMPARE(WebSocketHandshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void handshakeValidation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("connection");
        QTest::addColumn<int>("status"); // 0 = valid
        QTest::newRow("valid") << QByteArray("GET") << QByteArray("13") << QByteArray("dGhlIHNhbXBsZSBub25jZQ==")
                               << QByteArray("keep-alive, Upgrade") << 0;
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("13") << QByteArray("dGhlIHNhbXBsZSBub25jZQ==")
                              << QByteArray("Upgrade") << 405;
        QTest::newRow("version 8") << QByteArray("GET") << QByteArray("8") << QByteArray("dGhlIHNhbXBsZSBub25jZQ==")
                                   << QByteArray("Upgrade") << 426;
        QTest::newRow("short key") << QByteArray("GET") << QByteArray("13") << QByteArray("c2hvcnQ=")
                                   << QByteArray("Upgrade") << 400;
        QTest::newRow("not base64") << QByteArray("GET") << QByteArray("13") << QByteArray("!!!!!!!!!!!!!!!!!!!!!!==")
                                    << QByteArray("Upgrade") << 400;
        QTest::newRow("no Connection upgrade")
            << QByteArray("GET") << QByteArray("13") << QByteArray("dGhlIHNhbXBsZSBub25jZQ==")
            << QByteArray("keep-alive") << 400;
    }

    void handshakeValidation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, connection);
        QFETCH(int, status);
        HttpRequest request;
        request.method = method;
        request.headers = {{"host", "a"},
                           {"upgrade", "websocket"},
                           {"connection", connection},
                           {"sec-websocket-version", version},
                           {"sec-websocket-key", key},
                           {"sec-websocket-protocol", "warden.v1, other"}};
        QVERIFY(WebSocketHandshake::isUpgradeRequest(request));
        const auto rejection = WebSocketHandshake::validate(request);
        QCOMPARE(rejection ? rejection->status : 0, status);
        if (status == 0) {
            const QByteArray response = WebSocketHandshake::switchingProtocolsResponse(request, "warden.v1");
            QVERIFY(response.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
            QVERIFY(response.contains("\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
            QVERIFY(response.contains("\r\nSec-WebSocket-Protocol: warden.v1\r\n"));
            QVERIFY(!WebSocketHandshake::switchingProtocolsResponse(request, "unoffered").contains("unoffered"));
        }
    }
};

QTEST_GUILESS_MAIN(WebSocketFrameParserTest)
#include "tst_websocketframeparser.moc"
