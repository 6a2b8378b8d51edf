#include "TlsTestSupport.h"

#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace warden;
using namespace warden::test;

class HttpServerTest : public QObject {
    Q_OBJECT

private:
    TlsTestEnvironment m_env;
    QList<HttpRequest> m_seen;

    // A server on 127.0.0.1 with a random port whose handler echoes what it saw as JSON.
    std::unique_ptr<HttpServer> startServer(const HttpLimits &limits = {},
                                            QSslSocket::PeerVerifyMode mode = QSslSocket::VerifyNone)
    {
        auto server = std::make_unique<HttpServer>(m_env.serverConfiguration(mode), limits);
        server->setRequestHandler([this](const HttpRequest &request) {
            m_seen.append(request);
            const QString peer = request.peerCertificate.isNull()
                                     ? QString()
                                     : request.peerCertificate.subjectInfo(QSslCertificate::CommonName).value(0);
            return HttpResponse::json(
                200, QJsonObject{
                         {QStringLiteral("method"), QString::fromLatin1(request.method)},
                         {QStringLiteral("path"), request.path},
                         {QStringLiteral("q"), request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)},
                         {QStringLiteral("bodySize"), request.body.size()},
                         {QStringLiteral("body"), QString::fromUtf8(request.body.left(100))},
                         {QStringLiteral("peer"), peer}});
        });
        const Status status = server->listen(QHostAddress::LocalHost, 0);
        if (!status.ok()) {
            qWarning() << "listen failed:" << status.errorMessage();
            return nullptr;
        }
        return server;
    }

    static QUrl url(const HttpServer &server, const QString &pathAndQuery)
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(server.serverPort()).arg(pathAndQuery));
    }

    static QNetworkRequest request(const QUrl &url, const QSslConfiguration &tls)
    {
        QNetworkRequest req(url);
        req.setSslConfiguration(tls);
        return req;
    }

    static bool waitFinished(QNetworkReply *reply, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    }

    static QJsonObject jsonOf(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }

    static QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
    }

    // A TLS 1.x ClientHello built by hand, so the protocol check does not depend on what the local client library
    // is willing to send. Offers ECDHE-ECDSA with P-256 and SHA-256 signatures, which the test certificate needs.
    static QByteArray clientHello(quint8 minorVersion)
    {
        QByteArray extensions;
        extensions += QByteArray::fromHex("000a00040002"
                                          "0017"); // supported_groups: secp256r1
        extensions += QByteArray::fromHex("000b0002"
                                          "0100"); // ec_point_formats: uncompressed
        extensions += QByteArray::fromHex("000d00040002"
                                          "0403"); // signature_algorithms: ecdsa_p256_sha256
        QByteArray body;
        body += char(3);
        body += char(minorVersion);
        body += QByteArray(32, '\x42'); // random
        body += char(0);                // session id
        body += QByteArray::fromHex("0006"
                                    "c009"
                                    "c02b"
                                    "00ff"); // cipher suites
        body += QByteArray::fromHex("0100"); // compression: null
        body += char(extensions.size() >> 8);
        body += char(extensions.size() & 0xff);
        body += extensions;
        QByteArray handshake;
        handshake += char(1); // ClientHello
        handshake += char(0);
        handshake += char(body.size() >> 8);
        handshake += char(body.size() & 0xff);
        handshake += body;
        QByteArray record = QByteArray::fromHex("160301");
        record += char(handshake.size() >> 8);
        record += char(handshake.size() & 0xff);
        record += handshake;
        return record;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = TlsTestEnvironment::create();
        QVERIFY2(m_env.error.isEmpty(), qPrintable(m_env.error));
    }

    void init() { m_seen.clear(); }

    void listenRefusesConfigurationWithoutKey()
    {
        HttpServer server(QSslConfiguration::defaultConfiguration());
        const Status status = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(!status.ok());
        QVERIFY(status.errorMessage().contains(QStringLiteral("certificate")));
        QVERIFY(!server.isListening());
    }

    void getAndPostRoundTrip()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 256 * 1024;
        auto server = startServer(limits);
        QVERIFY(server);
        QNetworkAccessManager nam;

        std::unique_ptr<QNetworkReply> getReply(nam.get(
            request(url(*server, QStringLiteral("/api/v1/devices?q=a%20b&limit=5")), m_env.clientConfiguration())));
        QVERIFY(waitFinished(getReply.get()));
        QCOMPARE(getReply->error(), QNetworkReply::NoError);
        QCOMPARE(getReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(getReply->rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(getReply->rawHeader("Cache-Control"), QByteArray("no-store"));
        QVERIFY(!getReply->rawHeader("X-Request-Id").isEmpty());
        const QJsonObject got = jsonOf(getReply->readAll());
        QCOMPARE(got.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(got.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/devices"));
        QCOMPARE(got.value(QStringLiteral("q")).toString(), QStringLiteral("a b"));
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().peerAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(m_seen.first().requestId.toLatin1(), getReply->rawHeader("X-Request-Id"));

        QNetworkRequest post = request(url(*server, QStringLiteral("/echo")), m_env.clientConfiguration());
        post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> postReply(nam.post(post, QByteArray("{\"x\":1}")));
        QVERIFY(waitFinished(postReply.get()));
        QCOMPARE(postReply->error(), QNetworkReply::NoError);
        const QJsonObject posted = jsonOf(postReply->readAll());
        QCOMPARE(posted.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(posted.value(QStringLiteral("body")).toString(), QStringLiteral("{\"x\":1}"));

        // A body of exactly the limit spans many TLS records and is still accepted.
        QByteArray big(limits.maxBodyBytes, 'z');
        std::unique_ptr<QNetworkReply> bigReply(nam.post(post, big));
        QVERIFY(waitFinished(bigReply.get()));
        QCOMPARE(bigReply->error(), QNetworkReply::NoError);
        QCOMPARE(jsonOf(bigReply->readAll()).value(QStringLiteral("bodySize")).toInt(), limits.maxBodyBytes);
    }

    void keepAliveReusesConnection()
    {
        auto server = startServer();
        QVERIFY(server);
        QNetworkAccessManager nam;
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<QNetworkReply> reply(
                nam.get(request(url(*server, QStringLiteral("/n/%1").arg(i)), m_env.clientConfiguration())));
            QVERIFY(waitFinished(reply.get()));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
        }
        QCOMPARE(m_seen.size(), 3);
        QCOMPARE(m_seen[1].connectionId, m_seen[0].connectionId);
        QCOMPARE(m_seen[2].connectionId, m_seen[0].connectionId);
        QCOMPARE(server->acceptedConnectionCount(), quint64(1));
        QVERIFY(m_seen[0].requestId != m_seen[1].requestId);
    }

    void pipelinedRequestsAnsweredInOrderAndCloseHonoured()
    {
        auto server = startServer();
        QVERIFY(server);
        auto socket = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(socket->isEncrypted());
        socket->write(get("/one") + get("/two") + get("/three", "Connection: close\r\n"));
        QByteArray buffer;
        for (const char *path : {"/one", "/two", "/three"}) {
            const auto response = readResponse(*socket, buffer);
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(jsonOf(response->body).value(QStringLiteral("path")).toString(), QString::fromLatin1(path));
            QCOMPARE(response->header("connection").isEmpty(), qstrcmp(path, "/three") != 0);
        }
        QVERIFY(waitForDisconnect(*socket));
    }

    void expectContinueIsAnswered()
    {
        auto server = startServer();
        QVERIFY(server);
        auto socket = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(socket->isEncrypted());
        socket->write("PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QByteArray buffer;
        const auto interim = readResponse(*socket, buffer);
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        socket->write("hello");
        const auto final = readResponse(*socket, buffer);
        QVERIFY(final);
        QCOMPARE(final->status, 200);
        QCOMPARE(jsonOf(final->body).value(QStringLiteral("body")).toString(), QStringLiteral("hello"));
    }

    void malformedInputIsAnsweredAndClosed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("garbage after TLS")
            << QByteArray("\x01\x02garbage\xff\r\n\r\n", 14) << 400 << QStringLiteral("bad_request");
        QTest::newRow("headers too large")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Pad: " + QByteArray(20000, 'p') + "\r\n\r\n") << 431
            << QStringLiteral("headers_too_large");
        // The declared body is refused from the head alone; the rest is never read.
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n" +
                                                      QByteArray(100000, 'b'))
                                        << 413 << QStringLiteral("payload_too_large");
        QTest::newRow("chunked body") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                                      << 411 << QStringLiteral("length_required");
        QTest::newRow("duplicate Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx") << 400
            << QStringLiteral("bad_request");
    }

    void malformedInputIsAnsweredAndClosed()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto server = startServer();
        QVERIFY(server);
        auto socket = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(socket->isEncrypted());
        socket->write(input);
        QByteArray buffer;
        const auto response = readResponse(*socket, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(response->header("content-type"), QByteArray("application/json"));
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QCOMPARE(jsonOf(response->body).value(QStringLiteral("code")).toString(), code);
        QVERIFY(!jsonOf(response->body).value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(waitForDisconnect(*socket));
        QVERIFY(m_seen.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 0; }, 5000));
    }

    void slowlorisGetsRequestTimeout()
    {
        HttpLimits limits;
        limits.requestTimeoutMs = 400;
        auto server = startServer(limits);
        QVERIFY(server);
        auto socket = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(socket->isEncrypted());
        QElapsedTimer clock;
        clock.start();
        socket->write("GET / HTTP/1.1\r\nHost: a\r\n");
        QByteArray buffer;
        // Dripping more header bytes must not extend the deadline. The drip stops before the deadline so the client
        // is not writing into a connection the server has just closed (Qt would abort and drop the unread 408).
        qint64 lastDripAt = 0;
        qint64 answeredAt = -1;
        (void)QTest::qWaitFor(
            [&] {
                buffer += socket->readAll();
                if (!buffer.isEmpty() || socket->state() == QAbstractSocket::UnconnectedState) {
                    answeredAt = clock.elapsed();
                    return true;
                }
                if (clock.elapsed() - lastDripAt >= 100 && clock.elapsed() < 300) {
                    socket->write("X-Slow: 1\r\n");
                    lastDripAt = clock.elapsed();
                }
                return false;
            },
            3000);
        const auto response = readResponse(*socket, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QCOMPARE(QJsonDocument::fromJson(response->body).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("request_timeout"));
        QVERIFY(waitForDisconnect(*socket));
        // The deadline runs from the first byte, not from the last drip.
        QVERIFY(lastDripAt >= 200);
        QVERIFY2(
            answeredAt >= 350 && answeredAt < lastDripAt + 350,
            qPrintable(QStringLiteral("answered after %1 ms, last drip at %2 ms").arg(answeredAt).arg(lastDripAt)));
        QVERIFY(m_seen.isEmpty());
    }

    void silentConnectionsAreClosed()
    {
        HttpLimits limits;
        limits.requestTimeoutMs = 300;
        limits.idleTimeoutMs = 300;
        auto server = startServer(limits);
        QVERIFY(server);

        // Never sends a request: closed after requestTimeoutMs, without a response.
        auto silent = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(silent->isEncrypted());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(waitForDisconnect(*silent, 3000));
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(silent->readAll().isEmpty());

        // Idle after one request: closed after idleTimeoutMs.
        auto idle = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(idle->isEncrypted());
        idle->write(get("/once"));
        QByteArray buffer;
        QVERIFY(readResponse(*idle, buffer));
        clock.restart();
        QVERIFY(waitForDisconnect(*idle, 3000));
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 0; }, 3000));
    }

    void connectionLimitAnswers503WhileOthersAreServed()
    {
        HttpLimits limits;
        limits.maxConnections = 3;
        limits.maxOverloadResponses = 1;
        auto server = startServer(limits);
        QVERIFY(server);

        std::vector<std::unique_ptr<QSslSocket>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(connectTls(server->serverPort(), m_env.clientConfiguration()));
            QVERIFY(idle.back()->isEncrypted());
        }
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 3; }, 3000));

        // One over the limit: a polite 503 after TLS.
        auto refused = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(refused->isEncrypted());
        refused->write(get("/refused"));
        QByteArray buffer;
        const auto busy = readResponse(*refused, buffer);
        QVERIFY(busy);
        QCOMPARE(busy->status, 503);
        QCOMPARE(busy->header("retry-after"), QByteArray("1"));
        QCOMPARE(jsonOf(busy->body).value(QStringLiteral("code")).toString(), QStringLiteral("server_busy"));
        QVERIFY(waitForDisconnect(*refused));

        // The connections holding slots are still served.
        idle[0]->write(get("/still-served"));
        QByteArray idleBuffer;
        const auto served = readResponse(*idle[0], idleBuffer);
        QVERIFY(served);
        QCOMPARE(served->status, 200);

        // With the single overload slot taken, a further connection is closed without TLS.
        auto overloadHolder = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(overloadHolder->isEncrypted());
        auto dropped = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(!dropped->isEncrypted());
        QCOMPARE(dropped->state(), QAbstractSocket::UnconnectedState);

        // Freeing a slot lets a new client in.
        idle[1]->disconnectFromHost();
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 3; }, 3000));
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(request(url(*server, QStringLiteral("/after")), m_env.clientConfiguration())));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }

    void perPeerLimitAnswers503()
    {
        HttpLimits limits;
        limits.maxConnectionsPerPeer = 2;
        auto server = startServer(limits);
        QVERIFY(server);
        auto a = connectTls(server->serverPort(), m_env.clientConfiguration());
        auto b = connectTls(server->serverPort(), m_env.clientConfiguration());
        auto c = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(a->isEncrypted() && b->isEncrypted() && c->isEncrypted());
        c->write(get("/third"));
        QByteArray buffer;
        const auto response = readResponse(*c, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 503);
    }

    void nonTlsInputDoesNotCrash_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("plain HTTP") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        QTest::newRow("truncated ClientHello") << clientHello(3).left(20);
        QTest::newRow("record header with absurd length") << QByteArray::fromHex("160301ffff0100fffb0303");
        QTest::newRow("binary noise") << QByteArray(4096, '\xa5');
    }

    void nonTlsInputDoesNotCrash()
    {
        QFETCH(QByteArray, input);
        HttpLimits limits;
        limits.handshakeTimeoutMs = 1000;
        auto server = startServer(limits);
        QVERIFY(server);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server->serverPort());
        QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 3000));
        raw.write(input);
        // Either the server drops us, or (truncated input) we give up and reset the connection ourselves.
        if (!waitForDisconnect(raw, 1500))
            raw.abort();
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 0; }, 3000));

        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(request(url(*server, QStringLiteral("/fine")), m_env.clientConfiguration())));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }

    void stalledHandshakeIsDropped()
    {
        HttpLimits limits;
        limits.handshakeTimeoutMs = 300;
        auto server = startServer(limits);
        QVERIFY(server);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server->serverPort());
        QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 3000));
        QElapsedTimer clock;
        clock.start();
        raw.write(clientHello(3).left(30)); // a ClientHello that never finishes
        QVERIFY(waitForDisconnect(raw, 3000));
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QTest::qWaitFor([&] { return server->connectionCount() == 0; }, 3000));
    }

    void tls11ClientHelloIsRefused()
    {
        auto server = startServer();
        QVERIFY(server);
        const auto firstRecordType = [&](quint8 minorVersion) {
            QTcpSocket raw;
            raw.connectToHost(QHostAddress::LocalHost, server->serverPort());
            if (!QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 3000))
                return -1;
            raw.write(clientHello(minorVersion));
            QByteArray reply;
            (void)QTest::qWaitFor(
                [&] {
                    reply += raw.readAll();
                    return reply.size() >= 7 || raw.state() == QAbstractSocket::UnconnectedState;
                },
                3000);
            raw.abort();
            return reply.isEmpty() ? 0 : int(quint8(reply[0]));
        };
        // Control: the same hand-made hello offering TLS 1.2 gets a ServerHello (handshake record, 0x16)...
        QCOMPARE(firstRecordType(3), 0x16);
        // ...offering at most TLS 1.1 it gets an alert (0x15) or a closed connection, never a handshake.
        const int refused = firstRecordType(2);
        QVERIFY2(refused == 0x15 || refused == 0, qPrintable(QString::number(refused)));
    }

    void tls11QtClientIsRefused()
    {
        auto server = startServer();
        QVERIFY(server);
        QSslConfiguration old = m_env.clientConfiguration();
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        old.setProtocol(QSsl::TlsV1_1);
        QT_WARNING_POP
        auto socket = connectTls(server->serverPort(), old);
        QVERIFY(!socket->isEncrypted());
        if (server->acceptedConnectionCount() == 0 || socket->errorString().contains(QStringLiteral("no protocols")))
            QSKIP("The local OpenSSL refuses to offer TLS 1.1 at all; tls11ClientHelloIsRefused covers the server.");
    }

    void clientCertificateRequired_data()
    {
        QTest::addColumn<int>("which"); // 0 none, 1 issued by the CA, 2 foreign CA
        QTest::addColumn<bool>("accepted");
        QTest::newRow("no certificate") << 0 << false;
        QTest::newRow("certificate from the CA") << 1 << true;
        QTest::newRow("certificate from another CA") << 2 << false;
    }

    void clientCertificateRequired()
    {
        QFETCH(int, which);
        QFETCH(bool, accepted);
        auto server = startServer({}, QSslSocket::VerifyPeer);
        QVERIFY(server);
        const QSslConfiguration tls = which == 0   ? m_env.clientConfiguration()
                                      : which == 1 ? m_env.clientConfigurationWithCertificate()
                                                   : m_env.clientConfigurationWithForeignCertificate();
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.get(request(url(*server, QStringLiteral("/whoami")), tls)));
        QVERIFY(waitFinished(reply.get()));
        if (!accepted) {
            QVERIFY(reply->error() != QNetworkReply::NoError);
            QVERIFY(m_seen.isEmpty());
            return;
        }
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(jsonOf(reply->readAll()).value(QStringLiteral("peer")).toString(), QStringLiteral("operator-1"));
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().peerCertificate, m_env.clientCertificate);
    }

    void queryPeerExposesOnlyVerifiedCertificates_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("peer");
        QTest::newRow("no certificate") << 0 << QString();
        QTest::newRow("certificate from the CA") << 1 << QStringLiteral("operator-1");
        QTest::newRow("certificate from another CA") << 2 << QString();
    }

    void queryPeerExposesOnlyVerifiedCertificates()
    {
        QFETCH(int, which);
        QFETCH(QString, peer);
        auto server = startServer({}, QSslSocket::QueryPeer);
        QVERIFY(server);
        const QSslConfiguration tls = which == 0   ? m_env.clientConfiguration()
                                      : which == 1 ? m_env.clientConfigurationWithCertificate()
                                                   : m_env.clientConfigurationWithForeignCertificate();
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.get(request(url(*server, QStringLiteral("/whoami")), tls)));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(jsonOf(reply->readAll()).value(QStringLiteral("peer")).toString(), peer);
    }

    void sequentialRequestsOnOneConnection()
    {
        auto server = startServer();
        QVERIFY(server);
        auto socket = connectTls(server->serverPort(), m_env.clientConfiguration());
        QVERIFY(socket->isEncrypted());
        constexpr int Count = 3000;
        int answered = 0;
        int failures = 0;
        QByteArray buffer;
        // Driven by readyRead (not qWaitFor, which sleeps between polls) so the figure reflects the server.
        QEventLoop loop;
        connect(socket.get(), &QSslSocket::readyRead, &loop, [&] {
            buffer += socket->readAll();
            while (const auto response = takeResponse(buffer)) {
                failures += response->status == 200 ? 0 : 1;
                if (++answered == Count) {
                    loop.quit();
                    return;
                }
                socket->write(get("/r/" + QByteArray::number(answered)));
            }
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        socket->write(get("/r/0"));
        loop.exec();
        const qint64 ms = qMax<qint64>(1, clock.elapsed());
        QCOMPARE(answered, Count);
        QCOMPARE(failures, 0);
        qInfo("%d sequential requests on one keep-alive connection: %lld ms, %lld requests/s", Count, ms,
              Count * 1000LL / ms);
        QCOMPARE(m_seen.size(), Count);
        QCOMPARE(m_seen.last().path, QStringLiteral("/r/%1").arg(Count - 1));
        QCOMPARE(server->acceptedConnectionCount(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(HttpServerTest)
#include "tst_httpserver.moc"
