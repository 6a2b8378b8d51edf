#include "TlsTestSupport.h"

#include "http/HttpServer.h"
#include "http/WebSocketConnection.h"
#include "http/WebSocketFrameWriter.h"
#include "http/WebSocketHandshake.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace warden;
using namespace warden::test;

class WebSocketServerTest : public QObject {
    Q_OBJECT

private:
    TlsTestEnvironment m_env;
    QList<QPointer<WebSocketConnection>> m_opened;
    QList<HttpRequest> m_upgrades;
    QList<QByteArray> m_received;
    bool m_echo = false;

    // /stream is accepted, /denied refused with 401, everything else 404.
    std::unique_ptr<HttpServer> startServer(const HttpLimits &limits = {})
    {
        auto server = std::make_unique<HttpServer>(m_env.serverConfiguration(), limits);
        server->setWebSocketHandler([this](const HttpRequest &request) {
            m_upgrades.append(request);
            if (request.path == QStringLiteral("/denied")) {
                return WebSocketDecision::reject(
                    HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Sign in first.")));
            }
            if (request.path != QStringLiteral("/stream")) {
                return WebSocketDecision::reject(
                    HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such stream.")));
            }
            return WebSocketDecision::accept([this](WebSocketConnection *connection, const HttpRequest &) {
                m_opened.append(connection);
                connect(connection, &WebSocketConnection::textReceived, this,
                        [this, connection](const QByteArray &text) {
                            m_received.append(text);
                            if (m_echo)
                                connection->sendText(text);
                        });
            });
        });
        if (!server->listen(QHostAddress::LocalHost, 0).ok())
            return nullptr;
        return server;
    }

    QUrl url(const HttpServer &server, const QString &path) const
    {
        return QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(server.serverPort()).arg(path));
    }

    std::unique_ptr<QWebSocket> openClient(const HttpServer &server, const QString &path)
    {
        auto client = std::make_unique<QWebSocket>();
        client->setSslConfiguration(m_env.clientConfiguration());
        client->open(url(server, path));
        (void)QTest::qWaitFor(
            [&] {
                return client->state() == QAbstractSocket::ConnectedState ||
                       client->state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return client;
    }

    static QByteArray upgradeRequest(const QByteArray &path)
    {
        return "GET " + path +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    }

    // A raw TLS client that completed the upgrade by hand; `buffer` holds bytes received after the 101.
    std::unique_ptr<QSslSocket> openRaw(const HttpServer &server, QByteArray &buffer)
    {
        auto socket = connectTls(server.serverPort(), m_env.clientConfiguration());
        if (!socket->isEncrypted())
            return nullptr;
        socket->write(upgradeRequest("/stream"));
        const auto response = readResponse(*socket, buffer);
        if (!response || response->status != 101 ||
            response->header("sec-websocket-accept") != "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
            return nullptr;
        return socket;
    }

    struct Frame {
        quint8 opcode = 0;
        QByteArray payload;
    };

    // Reads one unmasked server frame (payload < 64 KiB) from the raw socket.
    static std::optional<Frame> readFrame(QSslSocket &socket, QByteArray &buffer, int timeoutMs = 5000)
    {
        std::optional<Frame> frame;
        (void)QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                if (buffer.size() < 2)
                    return socket.state() == QAbstractSocket::UnconnectedState;
                const int length7 = quint8(buffer[1]) & 0x7f;
                const int headerBytes = length7 == 126 ? 4 : 2;
                if (buffer.size() < headerBytes)
                    return false;
                const int length = length7 == 126 ? (quint8(buffer[2]) << 8 | quint8(buffer[3])) : length7;
                if (buffer.size() < headerBytes + length)
                    return socket.state() == QAbstractSocket::UnconnectedState;
                frame = Frame{quint8(quint8(buffer[0]) & 0x0f), buffer.mid(headerBytes, length)};
                buffer.remove(0, headerBytes + length);
                return true;
            },
            timeoutMs);
        return frame;
    }

    static quint16 closeCodeOf(const Frame &frame)
    {
        return frame.payload.size() >= 2 ? quint16(quint8(frame.payload[0]) << 8 | quint8(frame.payload[1])) : 0;
    }

    static QByteArray masked(quint8 opcode, const QByteArray &payload, bool fin = true)
    {
        return WebSocketFrameWriter::clientFrame(opcode, payload, 0x11223344, fin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = TlsTestEnvironment::create();
        QVERIFY2(m_env.error.isEmpty(), qPrintable(m_env.error));
    }

    void init()
    {
        m_opened.clear();
        m_upgrades.clear();
        m_received.clear();
        m_echo = false;
    }

    void upgradeAcceptedByHandler()
    {
        auto server = startServer();
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/stream?from_seq=42"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_upgrades.size(), 1);
        QCOMPARE(m_upgrades.first().path, QStringLiteral("/stream"));
        QCOMPARE(m_upgrades.first().query.queryItemValue(QStringLiteral("from_seq")), QStringLiteral("42"));
        QVERIFY(QTest::qWaitFor([&] { return m_opened.size() == 1 && m_opened.first(); }, 3000));
        QVERIFY(m_opened.first()->isOpen());
        QCOMPARE(server->webSocketCount(), 1);
        QCOMPARE(server->connectionCount(), 1);
    }

    void upgradeRejectedByHandler()
    {
        auto server = startServer();
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/denied"));
        QCOMPARE(client->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(m_opened.isEmpty());

        // The refusal is a proper HTTP answer with the handler's status and JSON body.
        auto raw = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(raw->isEncrypted());
        raw->write(upgradeRequest("/denied"));
        QByteArray buffer;
        const auto response = readResponse(*raw, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        QCOMPARE(QJsonDocument::fromJson(response->body).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
        QVERIFY(waitForDisconnect(*raw));
        QCOMPARE(server->webSocketCount(), 0);
    }

    void malformedUpgradeIsRefused()
    {
        auto server = startServer();
        QVERIFY(server);
        auto raw = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(raw->isEncrypted());
        raw->write("GET /stream HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QByteArray buffer;
        const auto response = readResponse(*raw, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 426);
        QCOMPARE(response->header("sec-websocket-version"), QByteArray("13"));
        QVERIFY(m_upgrades.isEmpty()); // the handler never sees malformed upgrades
    }

    void framesArriveInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("10k") << 10000;
        QTest::newRow("50k") << 50000;
    }

    void framesArriveInOrder()
    {
        QFETCH(int, count);
        auto server = startServer();
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 3000));

        int received = 0;
        bool inOrder = true;
        connect(client.get(), &QWebSocket::textMessageReceived, this, [&](const QString &message) {
            inOrder = inOrder && message == QStringLiteral("{\"seq\":%1,\"kind\":\"threat\"}").arg(received);
            ++received;
        });
        QElapsedTimer clock;
        clock.start();
        WebSocketConnection *connection = m_opened.first();
        for (int i = 0; i < count; ++i)
            connection->sendText("{\"seq\":" + QByteArray::number(i) + ",\"kind\":\"threat\"}");
        // Driven by the event loop (not qWaitFor, which sleeps between polls) so the figure reflects the transport.
        QEventLoop loop;
        connect(client.get(), &QWebSocket::textMessageReceived, &loop, [&] {
            if (received == count)
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (received < count)
            loop.exec();
        const qint64 ms = qMax<qint64>(1, clock.elapsed());
        QVERIFY(inOrder);
        QCOMPARE(received, count);
        qInfo("%d frames server -> QWebSocket: %lld ms, %lld frames/s", count, ms, count * 1000LL / ms);
        // The console's live feed needs bursts of tens of thousands of small frames per second to get through.
        if (count >= 50000)
            QVERIFY2(count * 1000LL / ms >= 50000, "fewer than 50,000 frames/s");
    }

    void clientTextReachesServer()
    {
        auto server = startServer();
        QVERIFY(server);
        m_echo = true;
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QStringList echoed;
        connect(client.get(), &QWebSocket::textMessageReceived, this,
                [&](const QString &message) { echoed.append(message); });
        const QStringList sent = {QStringLiteral("hello"), QStringLiteral(u"grüße ✓"), QString(10000, u'x')};
        for (const QString &message : sent)
            client->sendTextMessage(message);
        QVERIFY(QTest::qWaitFor([&] { return echoed.size() == sent.size(); }, 5000));
        QCOMPARE(echoed, sent);
        QCOMPARE(m_received.size(), sent.size());
        QCOMPARE(m_received[1], sent[1].toUtf8());
    }

    void fragmentedMessageWithPingIsReassembled()
    {
        auto server = startServer();
        QVERIFY(server);
        QByteArray buffer;
        auto raw = openRaw(*server, buffer);
        QVERIFY(raw);
        raw->write(masked(WebSocketOpcode::Text, "ab", false) + masked(WebSocketOpcode::Ping, "are you there") +
                   masked(WebSocketOpcode::Continuation, "cd", true));
        const auto pong = readFrame(*raw, buffer);
        QVERIFY(pong);
        QCOMPARE(pong->opcode, WebSocketOpcode::Pong);
        QCOMPARE(pong->payload, QByteArray("are you there"));
        QVERIFY(QTest::qWaitFor([&] { return !m_received.isEmpty(); }, 3000));
        QCOMPARE(m_received, QList<QByteArray>{"abcd"});
    }

    void oversizedClientMessageCloses1009()
    {
        HttpLimits limits;
        limits.maxWebSocketMessageBytes = 1024;
        auto server = startServer(limits);
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        client->sendTextMessage(QString(1024, u'a')); // exactly the limit: fine
        client->sendTextMessage(QString(2000, u'a'));
        QVERIFY(QTest::qWaitFor([&] { return client->state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QCOMPARE(m_received.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 0; }, 3000));
    }

    void binaryMessageCloses1003()
    {
        auto server = startServer();
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        client->sendBinaryMessage(QByteArray("\x00\x01", 2));
        QVERIFY(QTest::qWaitFor([&] { return client->state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    }

    void unmaskedClientFrameCloses1002()
    {
        auto server = startServer();
        QVERIFY(server);
        QByteArray buffer;
        auto raw = openRaw(*server, buffer);
        QVERIFY(raw);
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 3000));
        QSignalSpy closed(m_opened.first().data(), &WebSocketConnection::closed);
        raw->write(WebSocketFrameWriter::serverFrame(WebSocketOpcode::Text, "not masked"));
        const auto close = readFrame(*raw, buffer);
        QVERIFY(close);
        QCOMPARE(close->opcode, WebSocketOpcode::Close);
        QCOMPARE(closeCodeOf(*close), WebSocketCloseCode::ProtocolError);
        QVERIFY(waitForDisconnect(*raw));
        QVERIFY(closed.count() == 1 || closed.wait(3000));
        QVERIFY(m_received.isEmpty());
    }

    void idleClientIsPingedThenDropped()
    {
        HttpLimits limits;
        limits.idleTimeoutMs = 400;
        auto server = startServer(limits);
        QVERIFY(server);

        // A client that never answers pings is pinged, then closed with 1001.
        QByteArray buffer;
        auto raw = openRaw(*server, buffer);
        QVERIFY(raw);
        QElapsedTimer clock;
        clock.start();
        const auto ping = readFrame(*raw, buffer);
        QVERIFY(ping);
        QCOMPARE(ping->opcode, WebSocketOpcode::Ping);
        const auto close = readFrame(*raw, buffer);
        QVERIFY(close);
        QCOMPARE(close->opcode, WebSocketOpcode::Close);
        QCOMPARE(closeCodeOf(*close), WebSocketCloseCode::GoingAway);
        QVERIFY(clock.elapsed() >= 350);
        QVERIFY(waitForDisconnect(*raw));

        // QWebSocket answers pings, so it stays connected well past the idle timeout.
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QTest::qWait(1200);
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    }

    void sendBufferLimitClosesNonReader()
    {
        HttpLimits limits;
        limits.maxWebSocketSendBufferBytes = 256 * 1024;
        limits.closeTimeoutMs = 300;
        auto server = startServer(limits);
        QVERIFY(server);
        QByteArray buffer;
        auto raw = openRaw(*server, buffer);
        QVERIFY(raw);
        raw->setReadBufferSize(1024); // the client stops reading: kernel buffers fill, then the server's
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 3000));
        QPointer<WebSocketConnection> connection = m_opened.first();
        quint16 closeCode = 0;
        connect(connection.data(), &WebSocketConnection::closed, this, [&] { closeCode = connection->closeCode(); });
        const QByteArray chunk(16 * 1024, 'x');
        qint64 sent = 0;
        // A well-behaved sender would watch bufferedBytes(); this one keeps pushing until the server gives up.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int i = 0; i < 4 && connection && connection->isOpen(); ++i) {
                    connection->sendText(chunk);
                    sent += chunk.size();
                }
                return closeCode != 0;
            },
            20000));
        QCOMPARE(closeCode, WebSocketCloseCode::PolicyViolation);
        // Each poll adds 64 KiB, a quarter of the limit: the limit was only hit because the data stopped flowing.
        QVERIFY(sent > 2 * limits.maxWebSocketSendBufferBytes);
        qInfo("closed after %lld KiB were sent to a client that stopped reading", sent / 1024);
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 0; }, 3000));
    }

    void serverCloseHandshake()
    {
        auto server = startServer();
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 3000));
        QSignalSpy closed(m_opened.first().data(), &WebSocketConnection::closed);
        m_opened.first()->close(WebSocketCloseCode::Normal, QStringLiteral("bye"));
        QVERIFY(QTest::qWaitFor([&] { return client->state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QCOMPARE(client->closeReason(), QStringLiteral("bye"));
        QVERIFY(closed.count() == 1 || closed.wait(3000));
        QVERIFY(QTest::qWaitFor([&] { return m_opened.first().isNull(); }, 3000)); // deleted by the server
        QCOMPARE(server->connectionCount(), 0);
    }

    void clientCloseIsReported()
    {
        auto server = startServer();
        QVERIFY(server);
        auto client = openClient(*server, QStringLiteral("/stream"));
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 3000));
        QPointer<WebSocketConnection> connection = m_opened.first();
        quint16 code = 0;
        QString reason;
        connect(connection.data(), &WebSocketConnection::closed, this, [&] {
            code = connection->closeCode();
            reason = connection->closeReason();
        });
        client->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("leaving"));
        QVERIFY(QTest::qWaitFor([&] { return code != 0; }, 5000));
        QCOMPARE(code, WebSocketCloseCode::GoingAway);
        QCOMPARE(reason, QStringLiteral("leaving"));
        QVERIFY(QTest::qWaitFor([&] { return client->state() == QAbstractSocket::UnconnectedState; }, 5000));
    }
};

QTEST_GUILESS_MAIN(WebSocketServerTest)
#include "tst_websocketserver.moc"
