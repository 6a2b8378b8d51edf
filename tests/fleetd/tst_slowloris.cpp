#include "../integration/FleetdFixture.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;

// A slowloris attack on a real fleetd: many TLS connections that send a request's headers one byte at a time and
// never finish them, and many that open and send nothing. fleetd must keep serving a normal client the whole time
// and drop every slow connection once its request timeout (15 s from the first byte, docs/fleet-api.md) is up.
class TestSlowloris : public QObject {
    Q_OBJECT

    static constexpr int Dripping = 120;
    static constexpr int Silent = 40;
    static constexpr qint64 RequestTimeoutMs = 15'000; // fleetd's HttpLimits::requestTimeoutMs

    struct SlowClient {
        std::unique_ptr<QSslSocket> socket;
        QElapsedTimer sinceFirstByte;
        qint64 droppedAfterMs = -1;
        qsizetype sent = 0;
        QByteArray received;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;

    std::unique_ptr<QSslSocket> connectSlowly(const QSslConfiguration &tls)
    {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_fleetd->port());
        return socket;
    }

    std::optional<FleetResult<Page<Device>>> normalRequest(FleetApiClient &client)
    {
        return waitFor<Page<Device>>(
            [&](QObject *c, auto done) { client.page<Device>({{}, -1, 200}, c, done); }, 60'000);
    }

    // A one-time code is valid for a 30 s step (and one step of drift); on a loaded machine the step can turn
    // between taking the code and fleetd checking it, so a refused code is retried once with the next one.
    bool login(FleetApiClient &client, const QString &user)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto result = loginAs(client, *m_fleetd, user);
            if (result && result->ok())
                return true;
            qWarning("login as %s: %s", qPrintable(user),
                     result ? qPrintable(result->error().message()) : "timed out");
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        if (!fleetdAvailable())
            QSKIP("the fleetd binary has not been built (target fleetd); this test needs a real fleetd");
        QVERIFY(m_dir.isValid());
        m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"fleetd"_s));
        FleetdProcess::Options options;
        options.devices = 200;
        options.eventRate = 5;
        QString error;
        QVERIFY2(m_fleetd->start(options, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_fleetd.reset(); }

    void slowClientsAreDroppedWhileOthersAreServed()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_fleetd->file(u"ca.pem"_s)));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);

        // One header byte per dripping connection every 200 ms, never the blank line that would end the request.
        // Each starts the moment its handshake is done: fleetd's deadline for a first request runs from then.
        const QByteArray request = "GET /api/v1/devices HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                                   + QByteArray(4000, 'a');
        std::vector<SlowClient> dripping(Dripping);
        std::vector<SlowClient> silent(Silent);
        int encrypted = 0;
        for (std::vector<SlowClient> *group : {&dripping, &silent}) {
            for (SlowClient &client : *group) {
                client.socket = connectSlowly(tls);
                const bool drips = group == &dripping;
                connect(client.socket.get(), &QSslSocket::encrypted, this, [&client, &encrypted, &request, drips] {
                    ++encrypted;
                    client.sinceFirstByte.start();
                    if (drips) {
                        client.socket->write(request.left(1));
                        client.sent = 1;
                    }
                });
                connect(client.socket.get(), &QSslSocket::readyRead, this,
                        [&client] { client.received += client.socket->readAll(); });
                connect(client.socket.get(), &QSslSocket::disconnected, this, [&client] {
                    if (client.droppedAfterMs < 0 && client.sinceFirstByte.isValid())
                        client.droppedAfterMs = client.sinceFirstByte.elapsed();
                });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(encrypted, Dripping + Silent, 60'000);

        QTimer drip;
        drip.setInterval(200);
        connect(&drip, &QTimer::timeout, this, [&] {
            for (SlowClient &client : dripping) {
                if (client.droppedAfterMs >= 0 || client.socket->state() != QAbstractSocket::ConnectedState)
                    continue;
                client.socket->write(request.mid(client.sent % request.size(), 1));
                ++client.sent;
            }
        });
        drip.start();

        // Meanwhile a normal client logs in and reads the register, several times over.
        FleetApiClient api(m_fleetd->profile(), TlsSetup::build(m_fleetd->profile()).value());
        QVERIFY(login(api, u"alice"_s));
        int served = 0;
        const auto stillDripping = [&] {
            for (const SlowClient &client : dripping) {
                if (client.droppedAfterMs < 0)
                    return true;
            }
            return false;
        };
        while (served < 3 || (stillDripping() && served < 50)) {
            const auto page = normalRequest(api);
            QVERIFY2(page && page->ok(), page ? qPrintable(page->error().message()) : "request timed out");
            QCOMPARE(page->value().items.size(), 200);
            if (++served >= 3)
                QTest::qWait(500);
        }
        QVERIFY2(served >= 3, "the normal client was not served during the attack");

        // Every slow connection is dropped, none before its request timeout was up.
        const auto allDropped = [&] {
            for (const std::vector<SlowClient> *group : {&dripping, &silent}) {
                for (const SlowClient &client : *group) {
                    if (client.droppedAfterMs < 0)
                        return false;
                }
            }
            return true;
        };
        (void)QTest::qWaitFor(allDropped, 60'000);
        if (!allDropped()) {
            for (const std::vector<SlowClient> *group : {&dripping, &silent}) {
                for (const SlowClient &client : *group) {
                    if (client.droppedAfterMs < 0)
                        qWarning("still open (%s): sent %lld, received %lld, state %d, %lld ms",
                                 group == &dripping ? "dripping" : "silent", qint64(client.sent),
                                 qint64(client.received.size()), int(client.socket->state()),
                                 client.sinceFirstByte.elapsed());
                }
            }
        }
        QVERIFY(allDropped());
        drip.stop();
        int answered408 = 0;
        for (const std::vector<SlowClient> *group : {&dripping, &silent}) {
            for (const SlowClient &client : *group) {
                QVERIFY2(client.droppedAfterMs >= RequestTimeoutMs - 1000,
                         qPrintable(u"dropped after %1 ms"_s.arg(client.droppedAfterMs)));
                if (client.received.startsWith("HTTP/1.1 408"))
                    ++answered408;
            }
        }
        // The drip kept the connections busy until the end, so most were still sending when the 408 came.
        qInfo("%d of %d dripping connections read their 408 before the close; normal client served %d times",
              answered408, Dripping, served);
        QVERIFY(answered408 > 0); // the timeout answers in words (request_timeout), it does not only hang up
        QVERIFY(dripping.front().sent > 10);

        // fleetd is still well: a fresh client is served.
        FleetApiClient after(m_fleetd->profile(), TlsSetup::build(m_fleetd->profile()).value());
        QVERIFY(login(after, u"bob"_s));
        const auto page = normalRequest(after);
        QVERIFY(page && page->ok());
        QVERIFY(m_fleetd->isRunning());
    }
};

QTEST_MAIN(TestSlowloris)
#include "tst_slowloris.moc"
