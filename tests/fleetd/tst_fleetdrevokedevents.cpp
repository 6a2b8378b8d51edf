// A device whose credential was revoked can no longer deliver events ([F12] "revoke cuts the device's access"):
// over real TLS, a small busy fleet streams events; once the credential of a device that was sending is revoked,
// the stream carries nothing new from it while the rest of the fleet goes on — also after a restart of fleetd,
// which re-reads the revoked credentials.

#include "FleetdTestClient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

class TestFleetdRevokedEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void revokedDeviceDeliversNothing();
    void revocationHoldsAfterRestart();

private:
    // Ids of the devices with an event in the stream after seq `after`.
    static QSet<QString> sendersAfter(const StreamReader &stream, qint64 after);
    qint64 lastSeq();

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    FleetdConfig m_config;
    std::unique_ptr<FleetdTestClient> m_client;
    QString m_revoked;
};

void TestFleetdRevokedEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 12 devices at 120 events/s: every device sends several events a second.
    m_config = testConfig(m_dir.filePath(u"data"_s), 12, 11);
    m_config.eventRate = 120;
    const Result<FleetdInstanceInfo> info = m_runner.start(m_config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
}

void TestFleetdRevokedEvents::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

QSet<QString> TestFleetdRevokedEvents::sendersAfter(const StreamReader &stream, qint64 after)
{
    QSet<QString> senders;
    for (const QJsonObject &event : stream.events()) {
        if (event.value(u"seq"_s).toInteger() > after)
            senders.insert(event.value(u"device_id"_s).toString());
    }
    return senders;
}

qint64 TestFleetdRevokedEvents::lastSeq()
{
    return m_client->get(u"/info"_s, {}).json.value(u"last_seq"_s).toInteger();
}

void TestFleetdRevokedEvents::revokedDeviceDeliversNothing()
{
    const QByteArray token = m_client->token(u"alice"_s);
    QVERIFY(!token.isEmpty());
    StreamReader stream(*m_client, token, 0);
    // A device that is sending: the most frequent sender of the first few hundred events.
    QVERIFY(stream.waitFor([&] { return stream.events().size() >= 300; }, 30000));
    QHash<QString, int> counts;
    for (const QJsonObject &event : stream.events())
        ++counts[event.value(u"device_id"_s).toString()];
    counts.remove(QString());
    QVERIFY(!counts.isEmpty());
    m_revoked = std::max_element(counts.cbegin(), counts.cend()).key();
    QVERIFY2(counts.value(m_revoked) >= 5, qPrintable(m_revoked));

    const Reply revoked = m_client->post(u"/credentials/"_s + m_revoked + u"/revoke"_s,
                                         {{u"reason"_s, u"key extracted from the device"_s}}, token);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json.value(u"state"_s).toString(), u"revoked"_s);
    // Everything committed after the revocation was answered must come without it.
    const qint64 cut = lastSeq();
    QVERIFY(cut > 0);

    // The rest of the fleet goes on: at least 1,000 further events (about 8 s), from several devices.
    QVERIFY(stream.waitFor([&] { return stream.lastSeq() >= cut + 1000; }, 60000));
    QVERIFY(!stream.closed());
    const QSet<QString> after = sendersAfter(stream, cut);
    QVERIFY2(!after.contains(m_revoked), qPrintable(m_revoked + u" still delivers events"_s));
    QVERIFY2(after.size() >= 5, qPrintable(QStringList(after.cbegin(), after.cend()).join(u',')));
    // The stream still has the device's earlier events: history is not rewritten.
    QVERIFY(!sendersAfter(stream, 0).isEmpty() && counts.value(m_revoked) > 0);
}

void TestFleetdRevokedEvents::revocationHoldsAfterRestart()
{
    QVERIFY(!m_revoked.isEmpty());
    m_client.reset();
    m_runner.stop();
    const Result<FleetdInstanceInfo> info = m_runner.start(m_config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    // alice's TOTP steps of the first run are spent; bob logs in.
    const QByteArray token = m_client->token(u"bob"_s);
    QVERIFY(!token.isEmpty());
    const qint64 cut = lastSeq();
    StreamReader stream(*m_client, token, cut + 1);
    QVERIFY(stream.waitFor([&] { return stream.lastSeq() >= cut + 1000; }, 60000));
    const QSet<QString> after = sendersAfter(stream, cut);
    QVERIFY2(!after.contains(m_revoked), qPrintable(m_revoked + u" delivers events again after a restart"_s));
    QVERIFY(after.size() >= 5);
}

QTEST_GUILESS_MAIN(TestFleetdRevokedEvents)
#include "tst_fleetdrevokedevents.moc"
