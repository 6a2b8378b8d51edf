#include "cache/CacheStore.h"
#include "cache/CacheWriter.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StreamClient.h"
#include "security/CertificateAuthority.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace warden;
using namespace Qt::StringLiterals;
using Phase = ConnectionState::Phase;

namespace {

const QByteArray Token = "c2NyaXB0ZWQtdG9rZW4tZm9yLXRlc3Rz";

QJsonObject eventJson(qint64 seq)
{
    return QJsonObject{{u"seq"_s, seq},
                       {u"time"_s, u"2026-11-25T10:00:00.000Z"_s},
                       {u"device_id"_s, u"dev-000001"_s},
                       {u"type"_s, u"port_scan"_s},
                       {u"severity"_s, u"MINOR"_s}};
}

QString eventsFrame(qint64 first, qint64 last)
{
    QJsonArray events;
    for (qint64 seq = first; seq <= last; ++seq)
        events.append(eventJson(seq));
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"type"_s, u"events"_s}, {u"events"_s, events}}).toJson(QJsonDocument::Compact));
}

QString helloFrame(qint64 fromSeq, qint64 lastSeq)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s},
                                                       {u"from_seq"_s, fromSeq},
                                                       {u"last_seq"_s, lastSeq},
                                                       {u"revision"_s, 1}})
                                 .toJson(QJsonDocument::Compact));
}

// A scripted fleet backend on 127.0.0.1 over real TLS: answers POST /session with a canned token and hands
// WebSocket upgrades to a QWebSocketServer; each stream is given to the test, which sends whatever frames it likes.
class ScriptedBackend : public QObject {
public:
    explicit ScriptedBackend(const QSslConfiguration &tls)
        : m_ws(u"scripted"_s, QWebSocketServer::NonSecureMode)
    {
        m_tls.setSslConfiguration(tls);
        QObject::connect(&m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_tls.nextPendingConnection())
                watch(static_cast<QSslSocket *>(socket));
        });
        QObject::connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_ws.nextPendingConnection()) {
                const QUrlQuery query(socket->requestUrl());
                fromSeqs.append(query.queryItemValue(u"from_seq"_s).toLongLong());
                authorizations.append(socket->request().rawHeader("Authorization"));
                streams.append(socket);
            }
        });
    }
    bool listen() { return m_tls.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_tls.serverPort(); }
    QWebSocket *latest() const { return streams.isEmpty() ? nullptr : streams.last(); }

    QList<QWebSocket *> streams;
    QList<qint64> fromSeqs;
    QList<QByteArray> authorizations;
    int logins = 0;

private:
    void watch(QSslSocket *socket)
    {
        QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket] { route(socket); });
    }

    // Peeks at the request head: an upgrade goes to the WebSocket server untouched, a login is answered here.
    void route(QSslSocket *socket)
    {
        const QByteArray head = socket->peek(16384);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (head.toLower().contains("upgrade: websocket")) {
            QObject::disconnect(socket, &QSslSocket::readyRead, this, nullptr);
            m_ws.handleConnection(socket);
            return;
        }
        const qsizetype lengthAt = head.toLower().indexOf("content-length:");
        const qsizetype length =
            lengthAt < 0
                ? 0
                : head.mid(lengthAt + 15, head.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (socket->bytesAvailable() < end + 4 + length)
            return;
        socket->readAll();
        ++logins;
        const QByteArray body = QJsonDocument(QJsonObject{{u"token"_s, QString::fromLatin1(Token)},
                                                          {u"expires_at"_s, u"2099-01-01T00:00:00.000Z"_s},
                                                          {u"user"_s, u"alice"_s},
                                                          {u"roles"_s, QJsonArray{u"operator"_s}}})
                                    .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QSslServer m_tls;
    QWebSocketServer m_ws;
};

} // namespace

// StreamClient against a scripted backend and a manual clock: continuity, reconnects, watchdog, backoff, errors.
class TestStreamClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eventsAreCommittedWithTheirPosition();
    void gapReconnectsFromLastCommitted();
    void duplicateReconnectsFromLastCommitted();
    void malformedFrameReconnects();
    void eventsBeforeHelloAreRefused();
    void heartbeatWatchdog();
    void backoffGrowsWithJitterAndResets();
    void tokenExpiredFrameStops();
    void seqTooOldAsksForResync();
    void changesAreHeldWhileSyncing();
    void liveRateAndStateText();

private:
    void connectAndGreet(qint64 fromSeq, qint64 lastSeq);

    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
    ConnectionProfile m_profile;
    TlsSettings m_clientTls;
    std::unique_ptr<ScriptedBackend> m_backend;
    std::unique_ptr<FleetApiClient> m_api;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<ManualFleetClock> m_clock;
    std::unique_ptr<QRandomGenerator> m_random;
    std::unique_ptr<StreamClient> m_stream;
    int m_case = 0;
};

void TestStreamClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<CertificateAuthority> ca = CertificateAuthority::create(u"Scripted CA"_s, 2);
    QVERIFY(ca.ok());
    CertificateRequest request;
    request.commonName = u"127.0.0.1"_s;
    request.ipAddresses = {u"127.0.0.1"_s};
    const Result<IssuedCertificate> server = ca->issue(request);
    QVERIFY(server.ok());
    m_serverTls = QSslConfiguration::defaultConfiguration();
    m_serverTls.setLocalCertificate(QSslCertificate(server->certificatePem, QSsl::Pem));
    m_serverTls.setPrivateKey(QSslKey(server->privateKeyPem, QSsl::Ec));
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QString caFile = m_dir.filePath(u"ca.pem"_s);
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ca->certificatePem());
    file.close();
    m_profile.name = u"scripted"_s;
    m_profile.caBundlePath = caFile;
}

void TestStreamClient::init()
{
    m_backend = std::make_unique<ScriptedBackend>(m_serverTls);
    QVERIFY(m_backend->listen());
    m_profile.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_backend->port()));
    m_api = std::make_unique<FleetApiClient>(m_profile, TlsSetup::build(m_profile).value());
    bool loggedIn = false;
    QString password = u"secret"_s;
    m_api->login(u"alice"_s, SecretBytes::fromString(password), u"123456"_s, this,
                 [&](FleetResult<LoginSession> result) { loggedIn = result.ok(); });
    QTRY_VERIFY(loggedIn);
    m_writer = std::make_unique<CacheWriter>(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_case)));
    m_clock = std::make_unique<ManualFleetClock>();
    m_random = std::make_unique<QRandomGenerator>(42);
    m_stream = std::make_unique<StreamClient>(m_api.get(), m_writer.get(), m_clock.get(), m_random.get());
}

void TestStreamClient::cleanup()
{
    m_stream.reset();
    m_writer.reset();
    m_api.reset();
    m_backend.reset();
}

void TestStreamClient::connectAndGreet(qint64 fromSeq, qint64 lastSeq)
{
    const qsizetype before = m_backend->streams.size();
    QTRY_COMPARE(m_backend->streams.size(), before + 1);
    QCOMPARE(m_backend->fromSeqs.last(), fromSeq);
    QCOMPARE(m_backend->authorizations.last(), QByteArray("Bearer " + Token));
    QSignalSpy connected(m_stream.get(), &StreamClient::connected);
    m_backend->latest()->sendTextMessage(helloFrame(fromSeq, lastSeq));
    QVERIFY(connected.wait(5000));
    QCOMPARE(m_stream->state().phase, Phase::Live);
}

void TestStreamClient::eventsAreCommittedWithTheirPosition()
{
    m_stream->start(0);
    QCOMPARE(m_stream->state().phase, Phase::Connecting);
    connectAndGreet(1, 0);
    m_backend->latest()->sendTextMessage(eventsFrame(1, 3));
    m_backend->latest()->sendTextMessage(eventsFrame(4, 5));
    QTRY_COMPARE(m_stream->lastCommittedSeq(), 5);
    QCOMPARE(m_stream->nextExpectedSeq(), 6);
    QVERIFY(m_writer->waitForIdle(5000));
    CacheStoreOptions options;
    options.readOnly = true;
    auto store = CacheStore::open(m_writer->path(), options);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->eventCount().value(), 5);
    QCOMPARE(store.value()->lastStreamSeq().value(), 5);
}

void TestStreamClient::gapReconnectsFromLastCommitted()
{
    QSignalSpy failed(m_stream.get(), &StreamClient::connectionFailed);
    m_stream->start(0);
    connectAndGreet(1, 0);
    m_backend->latest()->sendTextMessage(eventsFrame(1, 3));
    QTRY_COMPARE(m_stream->lastCommittedSeq(), 3);
    m_backend->latest()->sendTextMessage(eventsFrame(5, 6)); // 4 is missing
    QVERIFY(failed.wait(5000));
    const FleetError error = failed.first().first().value<FleetError>();
    QCOMPARE(error.kind(), FleetError::Kind::ProtocolError);
    QVERIFY(error.message().contains(u"missing"_s));
    QCOMPARE(m_stream->state().phase, Phase::Reconnecting);
    QVERIFY(m_stream->isActive());
    m_clock->advance(m_clock->nextDueInMs());
    connectAndGreet(4, 6); // resumes after the last COMMITTED event
    m_backend->latest()->sendTextMessage(eventsFrame(4, 6));
    QTRY_COMPARE(m_stream->lastCommittedSeq(), 6);
}

void TestStreamClient::duplicateReconnectsFromLastCommitted()
{
    QSignalSpy failed(m_stream.get(), &StreamClient::connectionFailed);
    m_stream->start(0);
    connectAndGreet(1, 0);
    m_backend->latest()->sendTextMessage(eventsFrame(1, 3));
    m_backend->latest()->sendTextMessage(eventsFrame(3, 4)); // 3 again
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().value<FleetError>().message().contains(u"twice"_s));
    QTRY_COMPARE(m_stream->lastCommittedSeq(), 3);
    m_clock->advance(m_clock->nextDueInMs());
    connectAndGreet(4, 4);
}

void TestStreamClient::malformedFrameReconnects()
{
    QSignalSpy failed(m_stream.get(), &StreamClient::connectionFailed);
    m_stream->start(0);
    connectAndGreet(1, 0);
    m_backend->latest()->sendTextMessage(u"{\"type\":\"events\",\"events\":[{\"seq\":1}]}"_s);
    QVERIFY(failed.wait(5000));
    const FleetError error = failed.first().first().value<FleetError>();
    QCOMPARE(error.kind(), FleetError::Kind::ProtocolError);
    QCOMPARE(error.field(), u"events[0].time"_s);
    QCOMPARE(m_stream->state().phase, Phase::Reconnecting);
}

void TestStreamClient::eventsBeforeHelloAreRefused()
{
    QSignalSpy failed(m_stream.get(), &StreamClient::connectionFailed);
    m_stream->start(0);
    QTRY_COMPARE(m_backend->streams.size(), 1);
    m_backend->latest()->sendTextMessage(eventsFrame(1, 2));
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().value<FleetError>().message().contains(u"hello"_s));
    QCOMPARE(m_stream->lastCommittedSeq(), 0);
}

void TestStreamClient::heartbeatWatchdog()
{
    QSignalSpy failed(m_stream.get(), &StreamClient::connectionFailed);
    m_stream->start(0);
    connectAndGreet(1, 0);
    m_clock->advance(10000);
    m_backend->latest()->sendTextMessage(
        u"{\"type\":\"heartbeat\",\"last_seq\":0,\"time\":\"2026-11-25T10:00:10.000Z\"}"_s);
    QTRY_COMPARE(m_stream->eventsReceived(), 0); // let the frame arrive
    QTest::qWait(100);
    m_clock->advance(10000); // 10 s after the heartbeat: still fine
    QCOMPARE(failed.count(), 0);
    m_clock->advance(5001);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<FleetError>().code(), u"heartbeat_timeout"_s);
    QCOMPARE(m_stream->state().phase, Phase::Reconnecting);
    const qint64 retry = m_stream->state().retryInMs;
    QVERIFY2(retry >= 500 && retry <= 1000, qPrintable(QString::number(retry)));
}

void TestStreamClient::backoffGrowsWithJitterAndResets()
{
    QSignalSpy failed(m_stream.get(), &StreamClient::connectionFailed);
    m_stream->start(0);
    const ReconnectBackoff reference;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QTRY_COMPARE(m_backend->streams.size(), attempt + 1);
        m_backend->latest()->close(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
        QTRY_COMPARE(failed.count(), attempt + 1);
        QCOMPARE(m_stream->state().phase, Phase::Reconnecting);
        const qint64 retry = m_stream->state().retryInMs;
        QVERIFY2(retry >= 500 && retry <= reference.ceilingMs(attempt),
                 qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(retry)));
        QVERIFY(m_stream->state().offlineSince.isValid());
        m_clock->advance(retry);
    }
    QCOMPARE(m_stream->reconnectCount(), 6);
    // Live for longer than stableAfterMs: the next failure starts from the bottom again.
    connectAndGreet(1, 0);
    QVERIFY(!m_stream->state().offlineSince.isValid());
    m_clock->advance(29000);
    m_backend->latest()->sendTextMessage(
        u"{\"type\":\"heartbeat\",\"last_seq\":0,\"time\":\"2026-11-25T10:00:10.000Z\"}"_s);
    QTest::qWait(100);
    m_clock->advance(2000);
    m_backend->latest()->close(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
    QTRY_COMPARE(failed.count(), 7);
    QVERIFY(m_stream->state().retryInMs <= 1000);
}

void TestStreamClient::tokenExpiredFrameStops()
{
    QSignalSpy expired(m_stream.get(), &StreamClient::tokenExpired);
    m_stream->start(0);
    connectAndGreet(1, 0);
    m_backend->latest()->sendTextMessage(u"{\"type\":\"error\",\"code\":\"token_expired\",\"message\":\"Log in.\"}"_s);
    QVERIFY(expired.wait(5000));
    QCOMPARE(m_stream->state().phase, Phase::Offline);
    QVERIFY(!m_stream->isActive());
    QCOMPARE(m_stream->state().lastError->kind(), FleetError::Kind::TokenExpired);
    m_clock->advance(120000);
    QTest::qWait(200);
    QCOMPARE(m_backend->streams.size(), 1); // no reconnect without a new login
}

void TestStreamClient::seqTooOldAsksForResync()
{
    QSignalSpy resync(m_stream.get(), &StreamClient::resyncRequired);
    m_stream->start(0);
    connectAndGreet(1, 900);
    m_backend->latest()->sendTextMessage(
        u"{\"type\":\"error\",\"code\":\"seq_too_old\",\"message\":\"Gone.\",\"oldest_seq\":400}"_s);
    // As fleetd does: the close follows the error frame at once; the frame's details must not be lost to it.
    m_backend->latest()->close(QWebSocketProtocol::CloseCode(4410), u"seq_too_old"_s);
    QVERIFY(resync.wait(5000));
    QCOMPARE(resync.first().first().toLongLong(), 400);
    QVERIFY(!m_stream->isActive());
    m_clock->advance(120000);
    QCOMPARE(m_backend->streams.size(), 1);
}

void TestStreamClient::changesAreHeldWhileSyncing()
{
    m_stream->setHoldChanges(true);
    m_stream->start(0);
    connectAndGreet(1, 0);
    const QJsonObject device{{u"id"_s, u"dev-9"_s},
                             {u"name"_s, u"Pump 9"_s},
                             {u"device_class"_s, u"infusion_pump"_s},
                             {u"site_id"_s, u"site-1"_s},
                             {u"status"_s, u"online"_s},
                             {u"risk_score"_s, 10},
                             {u"capabilities"_s, QJsonObject{{u"online_update"_s, true},
                                                             {u"needs_maintenance_window"_s, false},
                                                             {u"safety_critical"_s, false}}},
                             {u"quarantine"_s, u"none"_s}};
    m_backend->latest()->sendTextMessage(QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"type"_s, u"change"_s}, {u"kind"_s, u"device"_s}, {u"item"_s, device}, {u"revision"_s, 5}})
            .toJson(QJsonDocument::Compact)));
    m_backend->latest()->sendTextMessage(eventsFrame(1, 1));
    QTRY_COMPARE(m_stream->lastCommittedSeq(), 1); // events are not held
    QVERIFY(m_writer->waitForIdle(5000));
    CacheStoreOptions options;
    options.readOnly = true;
    {
        auto store = CacheStore::open(m_writer->path(), options);
        QCOMPARE(store.value()->loadDevices()->size(), 0);
    }
    m_stream->setHoldChanges(false);
    QVERIFY(m_writer->waitForIdle(5000));
    auto store = CacheStore::open(m_writer->path(), options);
    QCOMPARE(store.value()->loadDevices()->size(), 1);
    QCOMPARE(store.value()->loadDevices()->first().name, u"Pump 9"_s);
}

void TestStreamClient::liveRateAndStateText()
{
    QSignalSpy states(m_stream.get(), &StreamClient::stateChanged);
    m_stream->start(0);
    connectAndGreet(1, 0);
    m_clock->advance(1000);
    m_backend->latest()->sendTextMessage(eventsFrame(1, 200));
    QTRY_COMPARE(m_stream->eventsReceived(), 200);
    m_clock->advance(1000); // the 1 s tick publishes the rate
    const ConnectionState live = m_stream->state();
    QCOMPARE(live.phase, Phase::Live);
    QVERIFY2(live.eventsPerSecond >= 90 && live.eventsPerSecond <= 110,
             qPrintable(QString::number(live.eventsPerSecond)));
    QVERIFY(live.text().contains(u"events/s"_s));
    m_clock->advance(10000); // quiet for longer than the window
    QCOMPARE(m_stream->state().eventsPerSecond, 0.0);
    m_stream->stop();
    QCOMPARE(m_stream->state().phase, Phase::Offline);
    QVERIFY(m_stream->state().text().startsWith(u"Offline"_s));
    QVERIFY(states.count() >= 3);

    ConnectionState reconnecting;
    reconnecting.phase = Phase::Reconnecting;
    reconnecting.retryInMs = 4200;
    QCOMPARE(reconnecting.text(), u"Reconnecting in 5 s"_s);
    ConnectionState syncing;
    syncing.phase = Phase::Syncing;
    syncing.syncPercent = 42;
    QCOMPARE(syncing.text(), u"Syncing 42 %"_s);
}

QTEST_GUILESS_MAIN(TestStreamClient)
#include "tst_streamclient.moc"
