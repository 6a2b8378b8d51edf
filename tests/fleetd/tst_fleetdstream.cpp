// The live stream of fleetd (fleet-api.md §7) over real WSS: hello, replay, live events, change frames,
// heartbeats, backpressure of a client that stops reading, seq_too_old, token expiry, and resume across a
// kill -9 and restart of the fleetd process (no gap, no duplicate, checked event by event).

#include "FleetdTestClient.h"

#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

namespace {

// Checks that events carry seqs from `first` on, each exactly once, in order.
bool contiguous(const QList<QJsonObject> &events, qint64 first, QString *why)
{
    qint64 expected = first;
    for (const QJsonObject &event : events) {
        const qint64 seq = event.value(u"seq"_s).toInteger();
        if (seq != expected) {
            *why = u"expected seq %1, got %2"_s.arg(expected).arg(seq);
            return false;
        }
        ++expected;
    }
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A WebSocket client on a bare TLS socket, so the test decides when (and whether) to read.
class RawWebSocket {
public:
    bool open(const QUrl &base, const QByteArray &caPem, const QByteArray &token, qint64 fromSeq)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
        m_socket.setSslConfiguration(tls);
        m_socket.connectToHostEncrypted(base.host(), quint16(base.port()));
        if (!m_socket.waitForEncrypted(10000))
            return false;
        QByteArray key(16, Qt::Uninitialized);
        for (char &c : key)
            c = char(QRandomGenerator::global()->bounded(256));
        m_socket.write("GET /api/v1/stream?from_seq=" + QByteArray::number(fromSeq)
                       + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                       + key.toBase64() + "\r\nAuthorization: Bearer " + token + "\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(10000))
                return false;
            m_buffer += m_socket.readAll();
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n") + 4;
        const bool switched = m_buffer.startsWith("HTTP/1.1 101");
        m_buffer.remove(0, end);
        return switched;
    }

    // Reads what is available for up to ms and splits it into text messages.
    void read(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            // Decrypted data may already wait in the socket; waitForReadyRead() only reports new arrivals.
            if (m_socket.bytesAvailable() > 0 || m_socket.waitForReadyRead(50))
                m_buffer += m_socket.readAll();
            parse();
        }
    }

    QList<QByteArray> messages;
    QSslSocket &socket() { return m_socket; }

private:
    void parse()
    {
        while (m_buffer.size() >= 2) {
            const quint8 b1 = quint8(m_buffer.at(1));
            qint64 length = b1 & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_buffer.size() < 4)
                    return;
                length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
                header = 4;
            } else if (length == 127) {
                if (m_buffer.size() < 10)
                    return;
                length = qint64(qFromBigEndian<quint64>(m_buffer.constData() + 2));
                header = 10;
            }
            if (m_buffer.size() < header + length)
                return;
            const quint8 opcode = quint8(m_buffer.at(0)) & 0x0f;
            if (opcode == 1)
                messages.append(m_buffer.mid(header, length));
            m_buffer.remove(0, header + length);
        }
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class TestFleetdStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void helloThenLiveEvents();
    void replayFromTheFirstEvent();
    void changeFramesFollowOperatorActions();
    void heartbeats();
    void refusesUpgradeWithoutToken();
    void slowReaderGetsEverythingInOrder();
    void seqTooOldClosesWith4410();
    void expiredTokenClosesWith4401();
    void resumesAcrossKillAndRestart();

private:
    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
};

void TestFleetdStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FleetdConfig config = testConfig(m_dir.filePath(u"data"_s), 500);
    config.eventRate = 400;
    const Result<FleetdInstanceInfo> info = m_runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
}

void TestFleetdStream::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

void TestFleetdStream::helloThenLiveEvents()
{
    StreamReader stream(*m_client, m_client->token(u"carol"_s));
    QVERIFY(stream.waitFor([&] { return !stream.frames().isEmpty(); }));
    const QJsonObject hello = stream.frames().constFirst();
    QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
    const qint64 from = hello.value(u"from_seq"_s).toInteger();
    QCOMPARE(from, hello.value(u"last_seq"_s).toInteger() + 1);
    QVERIFY(hello.value(u"revision"_s).toInteger() >= 1);
    QVERIFY(stream.waitFor([&] { return stream.events().size() >= 200; }));
    QString why;
    QVERIFY2(contiguous(stream.events(), from, &why), qPrintable(why));
    for (const QJsonObject &frame : stream.frames()) {
        if (frame.value(u"type"_s) == u"events"_s)
            QVERIFY(frame.value(u"events"_s).toArray().size() <= 1000);
    }
}

void TestFleetdStream::replayFromTheFirstEvent()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_client->get(u"/info"_s, {}).json.value(u"last_seq"_s).toInteger() > 1500, 15000);
    StreamReader stream(*m_client, m_client->token(u"carol"_s), 1);
    QVERIFY(stream.waitFor([&] { return stream.lastSeq() >= 1500; }));
    QCOMPARE(stream.frames().constFirst().value(u"from_seq"_s).toInteger(), 1);
    QString why;
    QVERIFY2(contiguous(stream.events(), 1, &why), qPrintable(why));
    // The replayed events are the stored ones.
    const Reply stored = m_client->get(u"/events?from_seq=1&limit=1000"_s, m_client->token(u"carol"_s));
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(stream.events().at(i), stored.items().at(i).toObject());
}

void TestFleetdStream::changeFramesFollowOperatorActions()
{
    StreamReader stream(*m_client, m_client->token(u"carol"_s));
    QVERIFY(stream.waitFor([&] { return !stream.frames().isEmpty(); }));
    const QString id = m_client->all(u"/devices"_s, m_client->token(u"alice"_s), 5).at(2).toObject()
                           .value(u"id"_s).toString();
    const Reply patched = m_client->send("PATCH", u"/devices/"_s + id, QJsonObject{{u"notes"_s, u"streamed"_s}},
                                         m_client->token(u"alice"_s));
    QCOMPARE(patched.status, 200);
    const auto hasChange = [&](const QString &kind) {
        for (const QJsonObject &frame : stream.frames()) {
            if (frame.value(u"type"_s) == u"change"_s && frame.value(u"kind"_s) == kind)
                return true;
        }
        return false;
    };
    QVERIFY(stream.waitFor([&] { return hasChange(u"device"_s) && hasChange(u"audit"_s); }));
    for (const QJsonObject &frame : stream.frames()) {
        if (frame.value(u"type"_s) == u"change"_s && frame.value(u"kind"_s) == u"device"_s) {
            QCOMPARE(frame.value(u"item"_s).toObject().value(u"notes"_s).toString(), u"streamed"_s);
            QCOMPARE(frame.value(u"revision"_s), patched.json.value(u"revision"_s));
        }
    }
}

void TestFleetdStream::heartbeats()
{
    StreamReader stream(*m_client, m_client->token(u"carol"_s));
    QVERIFY(stream.waitFor([&] { return !stream.frameOfType(u"heartbeat"_s).isEmpty(); }, 7000));
    const QJsonObject beat = stream.frameOfType(u"heartbeat"_s);
    QVERIFY(beat.value(u"last_seq"_s).toInteger() > 0);
    QVERIFY(QDateTime::fromString(beat.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
}

void TestFleetdStream::refusesUpgradeWithoutToken()
{
    StreamReader stream(*m_client, "not-a-token");
    QVERIFY(stream.waitFor([&] { return stream.closed(); }));
    QVERIFY(stream.frames().isEmpty());
}

void TestFleetdStream::slowReaderGetsEverythingInOrder()
{
    // A client that does not read for a while: the server must neither drop events nor buffer without bound.
    FleetdConfig config = testConfig(m_dir.filePath(u"slow"_s), 300);
    config.eventRate = 20000;
    FleetdRunner runner;
    const Result<FleetdInstanceInfo> info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    FleetdTestClient client(info->baseUrl, info->caPem, info->credentialsFile);
    const QByteArray token = client.token(u"carol"_s);

    RawWebSocket socket;
    QVERIFY(socket.open(info->baseUrl, info->caPem, token, 1));
    QTest::qWait(3000); // not reading: tens of MB of events are committed meanwhile
    const qint64 committed = client.get(u"/info"_s, {}).json.value(u"last_seq"_s).toInteger();
    QVERIFY2(committed > 30000, qPrintable(QString::number(committed)));
    // The server kept serving others while this client stalled.
    QCOMPARE(client.get(u"/sites"_s, token).status, 200);

    QList<QJsonObject> events;
    QElapsedTimer timer;
    timer.start();
    while ((events.isEmpty() || events.constLast().value(u"seq"_s).toInteger() < committed) && timer.elapsed() < 30000) {
        socket.read(200);
        for (const QByteArray &message : std::as_const(socket.messages)) {
            const QJsonObject frame = QJsonDocument::fromJson(message).object();
            if (frame.value(u"type"_s) == u"events"_s) {
                for (const QJsonValue &event : frame.value(u"events"_s).toArray())
                    events.append(event.toObject());
            } else {
                QVERIFY2(frame.value(u"type"_s) != u"error"_s, message.constData());
            }
        }
        socket.messages.clear();
        if (socket.socket().state() != QAbstractSocket::ConnectedState) {
            qWarning() << "socket state" << socket.socket().state() << socket.socket().errorString();
            break;
        }
    }
    QVERIFY2(!events.isEmpty() && events.constLast().value(u"seq"_s).toInteger() >= committed,
             qPrintable(u"received up to %1 of %2"_s.arg(events.isEmpty() ? 0 : events.constLast().value(u"seq"_s)
                                                                                     .toInteger())
                            .arg(committed)));
    QString why;
    QVERIFY2(contiguous(events, 1, &why), qPrintable(why));
}

void TestFleetdStream::seqTooOldClosesWith4410()
{
    FleetdConfig config = testConfig(m_dir.filePath(u"short-history"_s), 200);
    config.eventRate = 300;
    config.timeScale = 10; // 3000 events and one pruning pass per real second
    config.eventRetention = 500;
    FleetdRunner runner;
    const Result<FleetdInstanceInfo> info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    FleetdTestClient client(info->baseUrl, info->caPem, info->credentialsFile);
    const QByteArray token = client.token(u"carol"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.get(u"/info"_s, {}).json.value(u"oldest_seq"_s).toInteger() > 1, 15000);

    const Reply old = client.get(u"/events?from_seq=1"_s, token);
    QCOMPARE(old.status, 410);
    QCOMPARE(old.code(), u"seq_too_old"_s);
    const qint64 oldest = old.json.value(u"oldest_seq"_s).toInteger();
    QVERIFY(oldest > 1);
    QCOMPARE(client.get(u"/events?from_seq=%1&limit=10"_s.arg(oldest + 100), token).status, 200);

    StreamReader stream(client, token, 1);
    QVERIFY(stream.waitFor([&] { return stream.closed(); }));
    const QJsonObject error = stream.frameOfType(u"error"_s);
    QCOMPARE(error.value(u"code"_s).toString(), u"seq_too_old"_s);
    QVERIFY(error.value(u"oldest_seq"_s).toInteger() > 1);
    QCOMPARE(int(stream.socket().closeCode()), 4410);
}

void TestFleetdStream::expiredTokenClosesWith4401()
{
    FleetdConfig config = testConfig(m_dir.filePath(u"short-token"_s), 100);
    config.tokenTtlSeconds = 2;
    FleetdRunner runner;
    const Result<FleetdInstanceInfo> info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    FleetdTestClient client(info->baseUrl, info->caPem, info->credentialsFile);
    StreamReader stream(client, client.token(u"carol"_s));
    QVERIFY(stream.waitFor([&] { return stream.closed(); }, 6000));
    QCOMPARE(stream.frameOfType(u"error"_s).value(u"code"_s).toString(), u"token_expired"_s);
    QCOMPARE(int(stream.socket().closeCode()), 4401);
}

void TestFleetdStream::resumesAcrossKillAndRestart()
{
    const QString binary = builtExecutable(u"fleetd/fleetd"_s);
    QVERIFY2(QFile::exists(binary), "build the fleetd target first");
    const QString dataDir = m_dir.filePath(u"restart"_s);
    const quint16 port = freePort();
    const QStringList arguments{u"--data"_s,       dataDir, u"--listen"_s, u"127.0.0.1:"_s + QString::number(port),
                                u"--devices"_s,    u"300"_s, u"--event-rate"_s, u"500"_s,
                                u"--epoch"_s,      u"2026-03-02T08:00:00Z"_s};
    const auto startDaemon = [&](QProcess &process) {
        process.setProgram(binary);
        process.setArguments(arguments);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("listening on") && timer.elapsed() < 30000) {
            process.waitForReadyRead(200);
            output += process.readAll();
        }
        return output.contains("listening on");
    };

    QProcess first;
    QVERIFY(startDaemon(first));
    QFile caFile(QDir(dataDir).filePath(u"ca.pem"_s));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray ca = caFile.readAll();
    const QUrl base(u"https://127.0.0.1:%1/api/v1"_s.arg(port));
    FleetdTestClient client(base, ca, QDir(dataDir).filePath(u"credentials.json"_s));

    // Operator state must survive the kill as well.
    const QJsonArray devices = client.all(u"/devices"_s, client.token(u"alice"_s), 50);
    QString isolated;
    for (const QJsonValue &device : devices) {
        if (!device.toObject().value(u"capabilities"_s).toObject().value(u"safety_critical"_s).toBool()) {
            isolated = device.toObject().value(u"id"_s).toString();
            break;
        }
    }
    QCOMPARE(client.post(u"/devices/"_s + isolated + u"/quarantine"_s,
                         QJsonObject{{u"level"_s, u"isolate"_s}, {u"reason"_s, u"before the crash"_s}},
                         client.token(u"alice"_s))
                 .status,
             200);

    QList<QJsonObject> received;
    {
        StreamReader stream(client, client.token(u"carol"_s), 1);
        QVERIFY(stream.waitFor([&] { return stream.lastSeq() >= 300; }));
        received = stream.events();
        first.kill(); // SIGKILL: no chance to flush anything
        first.waitForFinished(10000);
        QVERIFY(stream.waitFor([&] { return stream.closed(); }));
        received = stream.events(); // whatever arrived before the connection broke
    }
    QString why;
    QVERIFY2(contiguous(received, 1, &why), qPrintable(why));
    const qint64 lastBefore = received.constLast().value(u"seq"_s).toInteger();

    QProcess second;
    QVERIFY(startDaemon(second));
    client.forgetTokens(); // tokens live in memory only; the restarted server knows none
    const QByteArray token = client.token(u"carol"_s);
    QVERIFY(!token.isEmpty());
    // Every streamed event survived the kill, unchanged.
    for (qint64 from = 1; from <= lastBefore; from += 1000) {
        const Reply stored = client.get(u"/events?from_seq=%1&limit=1000"_s.arg(from), token);
        QCOMPARE(stored.status, 200);
        for (const QJsonValue &event : stored.items()) {
            const qint64 seq = event.toObject().value(u"seq"_s).toInteger();
            if (seq <= lastBefore)
                QCOMPARE(event.toObject(), received.at(seq - 1));
        }
    }
    const Reply device = client.get(u"/devices/"_s + isolated, token);
    QCOMPARE(device.json.value(u"quarantine"_s).toString(), u"isolate"_s);
    client.forgetTokens();
    QCOMPARE(client.post(u"/devices/"_s + isolated + u"/release"_s, QJsonObject{{u"reason"_s, u"after"_s}},
                         client.token(u"alice"_s))
                 .status,
             200);

    // Resume exactly after the last event received: no gap, no duplicate.
    StreamReader resumed(client, token, lastBefore + 1);
    QVERIFY(resumed.waitFor([&] { return resumed.lastSeq() >= lastBefore + 300; }));
    QCOMPARE(resumed.frames().constFirst().value(u"from_seq"_s).toInteger(), lastBefore + 1);
    QVERIFY2(contiguous(resumed.events(), lastBefore + 1, &why), qPrintable(why));
    second.terminate(); // SIGTERM: a clean shutdown
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestFleetdStream)
#include "tst_fleetdstream.moc"
