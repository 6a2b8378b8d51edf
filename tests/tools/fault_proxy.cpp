// A hostile network between the console and a real fleetd, for the hostile-backend tests: a TLS man-in-the-middle
// on 127.0.0.1 that terminates the console's TLS with its own certificate (issued by a CA the test trusts), opens
// its own TLS connection to fleetd (trusting fleetd's CA) and forwards the bytes in between. What fleetd sends is
// cut into HTTP responses and, after a 101, WebSocket frames, so faults can be applied to whole units without the
// proxy having to understand the Fleet API: corrupt them, rewrite bytes in them, cut them in half, withhold them,
// replace them by a body or frame that never ends, or drop the connection. The console's requests pass unchanged.
//
//   fault_proxy --upstream 127.0.0.1:PORT --upstream-ca CA.pem --cert CERT.pem --key KEY.pem [--listen ADDR:PORT]
//   stdout: "listening on 127.0.0.1:PORT", then "ok <command>" once each command is in force.
//   stdin, one command per line, in force until the next:
//     pass                 forward everything unchanged (the start state)
//     stall                withhold everything fleetd sends; connections stay open
//     truncate             send the first half of the next response or frame, then close both sides
//     corrupt              flip the lowest bit of every body / payload byte (JSON becomes garbage, lengths stay)
//     replace FROM TO      replace every FROM by TO in bodies and payloads (lengths rewritten): wrong types
//     huge                 answer with a response / frame announcing 1 TiB, then send filler until the peer gives up
//     endless              answer with a chunked response / a fragmented message that never ends
//     drop                 close every open connection now and new ones right after they are accepted
//     no-handshake         close every open connection; accept new ones but never answer their TLS handshake
//   Counters on request: "stats" prints "stats connections=N closed_by_proxy=M flooded_bytes=B".

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <unistd.h>

namespace {

enum class Fault { Pass, Stall, Truncate, Corrupt, Replace, Huge, Endless, Drop, NoHandshake };

struct FaultState {
    Fault fault = Fault::Pass;
    QByteArray from;
    QByteArray to;
    qint64 connections = 0;
    qint64 closedByProxy = 0;
    qint64 floodedBytes = 0;
};

constexpr qint64 FloodChunkBytes = 64 * 1024;
constexpr qint64 FloodHighWaterBytes = 1024 * 1024; // filler is only written while the kernel drains it
constexpr qint64 HugeLength = qint64(1) << 40;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray webSocketHeader(quint8 firstByte, qint64 length)
{
    QByteArray header;
    header.append(char(firstByte));
    if (length < 126) {
        header.append(char(length));
    } else if (length < 65536) {
        header.append(char(126));
        header.append(char((length >> 8) & 0xff));
        header.append(char(length & 0xff));
    } else {
        header.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            header.append(char((length >> shift) & 0xff));
    }
    return header;
}

// One console connection and its fleetd connection.
class Tunnel final : public QObject {
public:
    Tunnel(qintptr descriptor, const QSslConfiguration &serverTls, const QSslConfiguration &upstreamTls,
           const QString &upstreamHost, quint16 upstreamPort, FaultState *state, QObject *parent)
        : QObject(parent), m_state(state)
    {
        m_client = new QSslSocket(this);
        m_client->setSslConfiguration(serverTls);
        if (!m_client->setSocketDescriptor(descriptor)) {
            deleteLater();
            return;
        }
        connect(m_client, &QSslSocket::disconnected, this, &Tunnel::close);
        connect(m_client, &QSslSocket::errorOccurred, this, &Tunnel::close);
        if (m_state->fault == Fault::Drop) {
            close();
            return;
        }
        if (m_state->fault == Fault::NoHandshake) {
            // The TCP connection is accepted; the ClientHello is read and never answered.
            connect(m_client, &QSslSocket::readyRead, this, [this] { m_client->readAll(); });
            return;
        }
        connect(m_client, &QSslSocket::readyRead, this, &Tunnel::fromClient);
        // Filler is topped up as the console drains it. QSslSocket emits bytesWritten only when it encrypts what was
        // written; once the filler waits encrypted in the TCP socket's buffer, draining that buffer emits only
        // encryptedBytesWritten — listening to bytesWritten alone stalled the flood after the first megabyte.
        connect(m_client, &QSslSocket::bytesWritten, this, &Tunnel::flood);
        connect(m_client, &QSslSocket::encryptedBytesWritten, this, &Tunnel::flood);
        m_client->startServerEncryption();

        m_upstream = new QSslSocket(this);
        m_upstream->setSslConfiguration(upstreamTls);
        connect(m_upstream, &QSslSocket::encrypted, this, &Tunnel::fromClient);
        connect(m_upstream, &QSslSocket::readyRead, this, &Tunnel::fromUpstream);
        // While flooding, fleetd's side is no longer needed: it may close (idle keep-alive, its own timeouts) and
        // the body or message that "never ends" keeps going, as the fault promises.
        connect(m_upstream, &QSslSocket::disconnected, this, &Tunnel::upstreamGone);
        connect(m_upstream, &QSslSocket::errorOccurred, this, &Tunnel::upstreamGone);
        m_upstream->connectToHostEncrypted(upstreamHost, upstreamPort);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        for (QSslSocket *socket : {m_client, m_upstream}) {
            if (!socket)
                continue;
            socket->disconnect(this);
            socket->abort();
        }
        deleteLater();
    }

    void upstreamGone()
    {
        if (!m_flooding)
            close();
    }

    void closeByProxy()
    {
        if (!m_closed)
            ++m_state->closedByProxy;
        close();
    }

private:
    // Sends the part, then closes the console's connection once it is written (abort() would discard it).
    void cutAfter(const QByteArray &part)
    {
        ++m_state->closedByProxy;
        m_closed = true;
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_client->disconnect(this);
        connect(m_client, &QSslSocket::disconnected, this, &QObject::deleteLater);
        m_client->write(part);
        m_client->disconnectFromHost();
    }

    void fromClient()
    {
        if (m_closed || !m_upstream || !m_upstream->isEncrypted())
            return; // read once fleetd's side is up (encrypted() calls again)
        m_upstream->write(m_client->readAll());
    }

    void fromUpstream()
    {
        if (m_closed)
            return;
        m_pending += m_upstream->readAll();
        if (m_flooding) {
            m_pending.clear();
            return;
        }
        while (!m_closed && !m_flooding) {
            const qsizetype used = m_webSocket ? nextFrame() : nextResponse();
            if (used == 0)
                break;
        }
    }

    // One whole HTTP response at the front of m_pending: handled and removed; returns the bytes used (0: incomplete).
    qsizetype nextResponse()
    {
        const qsizetype headerEnd = m_pending.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return 0;
        const QByteArray head = m_pending.left(headerEnd + 4);
        qint64 length = 0;
        bool chunked = false;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
                chunked = true;
        }
        if (chunked) {
            // fleetd never sends chunked bodies; if it ever does, forward untouched from here on.
            m_client->write(m_pending);
            const qsizetype used = m_pending.size();
            m_pending.clear();
            return used;
        }
        if (m_pending.size() < head.size() + length)
            return 0;
        const QByteArray body = m_pending.mid(head.size(), length);
        const qsizetype used = head.size() + length;
        m_pending.remove(0, used);
        if (head.startsWith("HTTP/1.1 101")) {
            m_webSocket = true;
            if (m_state->fault != Fault::Stall)
                m_client->write(head);
            return used;
        }
        switch (m_state->fault) {
        case Fault::Pass:
        case Fault::Drop:
        case Fault::NoHandshake:
            m_client->write(head + body);
            break;
        case Fault::Stall:
            break;
        case Fault::Truncate: {
            const QByteArray whole = head + body;
            cutAfter(whole.left(std::max<qsizetype>(1, whole.size() / 2)));
            break;
        }
        case Fault::Corrupt:
        case Fault::Replace: {
            const QByteArray changed = transform(body);
            m_client->write(withContentLength(head, changed.size()) + changed);
            break;
        }
        case Fault::Huge:
            startFlood(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ")
                           + QByteArray::number(HugeLength) + QByteArrayLiteral("\r\n\r\n[\""),
                       false);
            break;
        case Fault::Endless:
            startFlood(QByteArrayLiteral(
                           "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"),
                       true);
            break;
        }
        return used;
    }

    // One whole WebSocket frame from fleetd at the front of m_pending (server frames are not masked).
    qsizetype nextFrame()
    {
        if (m_pending.size() < 2)
            return 0;
        const auto first = quint8(m_pending.at(0));
        const auto second = quint8(m_pending.at(1));
        qint64 length = second & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_pending.size() < 4)
                return 0;
            length = (qint64(quint8(m_pending.at(2))) << 8) | quint8(m_pending.at(3));
            offset = 4;
        } else if (length == 127) {
            if (m_pending.size() < 10)
                return 0;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(m_pending.at(2 + i));
            offset = 10;
        }
        if (second & 0x80)
            offset += 4;
        if (m_pending.size() < offset + length)
            return 0;
        const QByteArray frame = m_pending.left(offset + length);
        const QByteArray payload = frame.mid(offset);
        m_pending.remove(0, frame.size());
        const quint8 opcode = first & 0x0f;
        const bool control = opcode >= 0x8;
        switch (m_state->fault) {
        case Fault::Pass:
        case Fault::Drop:
        case Fault::NoHandshake:
            m_client->write(frame);
            break;
        case Fault::Stall:
            break;
        case Fault::Truncate:
            cutAfter(frame.left(std::max<qsizetype>(1, frame.size() / 2)));
            break;
        case Fault::Corrupt:
        case Fault::Replace:
            if (control || second & 0x80) {
                m_client->write(frame);
            } else {
                const QByteArray changed = transform(payload);
                m_client->write(webSocketHeader(first, changed.size()) + changed);
            }
            break;
        case Fault::Huge:
            startFlood(webSocketHeader(0x81, HugeLength) + QByteArrayLiteral("[\""), false);
            break;
        case Fault::Endless:
            startFlood(webSocketHeader(0x01, 1) + QByteArrayLiteral("["), true); // text, FIN clear: more follows
            break;
        }
        return frame.size();
    }

    QByteArray transform(QByteArray data) const
    {
        if (m_state->fault == Fault::Replace)
            return data.replace(m_state->from, m_state->to);
        for (char &byte : data)
            byte = char(byte ^ 0x01);
        return data;
    }

    static QByteArray withContentLength(const QByteArray &head, qsizetype length)
    {
        QList<QByteArray> lines = head.left(head.size() - 4).split('\n');
        for (QByteArray &line : lines) {
            if (line.trimmed().toLower().startsWith("content-length:"))
                line = QByteArrayLiteral("Content-Length: ") + QByteArray::number(length) + '\r';
        }
        return lines.join('\n') + QByteArrayLiteral("\r\n\r\n");
    }

    void startFlood(const QByteArray &start, bool chunked)
    {
        m_flooding = true;
        m_floodChunked = chunked;
        m_floodWebSocket = m_webSocket;
        m_pending.clear();
        m_client->write(start);
        flood();
    }

    // Filler while the console still reads it, never more than FloodHighWaterBytes queued here.
    void flood()
    {
        if (!m_flooding || m_closed)
            return;
        const QByteArray filler(FloodChunkBytes, 'a');
        // Both buffers count: QSslSocket moves what it has encrypted out of bytesToWrite() at once.
        for (int chunk = 0;
             chunk < 16 && m_client->bytesToWrite() + m_client->encryptedBytesToWrite() < FloodHighWaterBytes;
             ++chunk) {
            if (!m_floodChunked)
                m_client->write(filler);
            else if (m_floodWebSocket)
                m_client->write(webSocketHeader(0x00, filler.size()) + filler); // continuation, FIN clear
            else
                m_client->write(QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n");
            m_state->floodedBytes += filler.size();
        }
    }

    FaultState *m_state;
    QPointer<QSslSocket> m_client;
    QPointer<QSslSocket> m_upstream;
    QByteArray m_pending;
    bool m_webSocket = false;
    bool m_flooding = false;
    bool m_floodChunked = false;
    bool m_floodWebSocket = false;
    bool m_closed = false;
};

class FaultProxy final : public QTcpServer {
public:
    FaultProxy(QSslConfiguration serverTls, QSslConfiguration upstreamTls, QString upstreamHost, quint16 upstreamPort)
        : m_serverTls(std::move(serverTls)), m_upstreamTls(std::move(upstreamTls)),
          m_upstreamHost(std::move(upstreamHost)), m_upstreamPort(upstreamPort)
    {
    }

    void command(const QByteArray &line)
    {
        const QList<QByteArray> words = line.trimmed().split(' ');
        const QByteArray &name = words.first();
        if (name == "stats") {
            say("stats connections=" + QByteArray::number(m_state.connections) + " closed_by_proxy="
                + QByteArray::number(m_state.closedByProxy) + " flooded_bytes="
                + QByteArray::number(m_state.floodedBytes));
            return;
        }
        static const QList<std::pair<QByteArray, Fault>> names{
            {"pass", Fault::Pass},       {"stall", Fault::Stall},   {"truncate", Fault::Truncate},
            {"corrupt", Fault::Corrupt}, {"replace", Fault::Replace}, {"huge", Fault::Huge},
            {"endless", Fault::Endless}, {"drop", Fault::Drop},     {"no-handshake", Fault::NoHandshake}};
        for (const auto &[word, fault] : names) {
            if (word != name)
                continue;
            if (fault == Fault::Replace) {
                if (words.size() != 3) {
                    say("error replace needs FROM and TO");
                    return;
                }
                m_state.from = words.at(1);
                m_state.to = words.at(2);
            }
            m_state.fault = fault;
            if (fault == Fault::Drop || fault == Fault::NoHandshake) {
                for (const QPointer<Tunnel> &tunnel : std::as_const(m_tunnels)) {
                    if (tunnel)
                        tunnel->closeByProxy();
                }
                m_tunnels.clear();
            }
            say("ok " + line.trimmed());
            return;
        }
        say("error unknown command " + name);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++m_state.connections;
        m_tunnels.removeAll(nullptr);
        m_tunnels.append(
            new Tunnel(descriptor, m_serverTls, m_upstreamTls, m_upstreamHost, m_upstreamPort, &m_state, this));
    }

private:
    QSslConfiguration m_serverTls;
    QSslConfiguration m_upstreamTls;
    QString m_upstreamHost;
    quint16 m_upstreamPort;
    FaultState m_state;
    QList<QPointer<Tunnel>> m_tunnels; // Tunnel has no meta-object of its own, so findChildren cannot find them
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("fleetd address."),
                                      QStringLiteral("HOST:PORT"));
    const QCommandLineOption upstreamCa(QStringLiteral("upstream-ca"), QStringLiteral("CA of fleetd."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Certificate shown to the console."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Its private key."), QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Listen address."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    parser.addOptions({upstream, upstreamCa, cert, key, listen});
    parser.process(app);

    const QString upstreamAddress = parser.value(upstream);
    const QString listenAddress = parser.value(listen);
    const qsizetype upstreamColon = upstreamAddress.lastIndexOf(QLatin1Char(':'));
    const qsizetype listenColon = listenAddress.lastIndexOf(QLatin1Char(':'));
    const QList<QSslCertificate> upstreamCas = QSslCertificate::fromData(readFile(parser.value(upstreamCa)));
    const QSslCertificate certificate(readFile(parser.value(cert)));
    const QSslKey privateKey(readFile(parser.value(key)), QSsl::Ec);
    if (upstreamColon < 0 || listenColon < 0 || upstreamCas.isEmpty() || certificate.isNull()
        || privateKey.isNull()) {
        std::fprintf(stderr, "fault_proxy: need --upstream HOST:PORT, --upstream-ca, --cert and --key (EC)\n");
        return 2;
    }

    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(certificate);
    serverTls.setPrivateKey(privateKey);
    serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslConfiguration upstreamTls = QSslConfiguration::defaultConfiguration();
    upstreamTls.setCaCertificates(upstreamCas);
    upstreamTls.setPeerVerifyMode(QSslSocket::VerifyPeer);

    FaultProxy proxy(serverTls, upstreamTls, upstreamAddress.left(upstreamColon),
                     quint16(upstreamAddress.mid(upstreamColon + 1).toUInt()));
    if (!proxy.listen(QHostAddress(listenAddress.left(listenColon)),
                      quint16(listenAddress.mid(listenColon + 1).toUInt()))) {
        std::fprintf(stderr, "fault_proxy: cannot listen: %s\n", qPrintable(proxy.errorString()));
        return 2;
    }
    say("listening on " + listenAddress.left(listenColon).toUtf8() + ':'
        + QByteArray::number(proxy.serverPort()));

    // Commands arrive on stdin; end of input (the test went away) ends the proxy.
    QByteArray input;
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &proxy, [&input, &proxy] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            QCoreApplication::quit();
            return;
        }
        input.append(buffer, got);
        for (qsizetype end = input.indexOf('\n'); end >= 0; end = input.indexOf('\n')) {
            const QByteArray line = input.left(end);
            input.remove(0, end + 1);
            if (!line.trimmed().isEmpty())
                proxy.command(line);
        }
    });
    return QCoreApplication::exec();
}
