// Links that arrive before their nodes (a fleet read mid-sync holds links whose devices are not in the cache yet):
// they wait, each once, and join the graph when both ends are present, whatever the order; clearing a backend drops
// only its waiting links. The large row keeps the number of waiting links at 60,000 — with list scans that was
// quadratic (minutes at 100k devices, the topology stayed "laying out").
#include "topology/FleetTopology.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

Site site(const QString &id)
{
    Site s;
    s.id = id;
    s.name = id;
    s.timeZone = u"UTC"_s;
    return s;
}

Gateway gateway(const QString &id, const QString &siteId)
{
    return Gateway{id, siteId, id, QString()};
}

Device device(const QString &id, const QString &siteId, const QString &gatewayId)
{
    Device d;
    d.id = id;
    d.name = id;
    d.deviceClass = u"ip_camera"_s;
    d.siteId = siteId;
    d.gatewayId = gatewayId;
    return d;
}

QString deviceId(int i)
{
    return u"dev-"_s + QString::number(i);
}

} // namespace

class TestFleetTopologyLinks : public QObject {
    Q_OBJECT
private slots:
    void linksWaitForBothEnds_data()
    {
        QTest::addColumn<int>("devices");
        QTest::addColumn<bool>("gatewayFirst"); // the gateway end present before the links come
        QTest::addColumn<bool>("reversed");     // devices arrive last-first
        QTest::newRow("both ends missing") << 50 << false << false;
        QTest::newRow("gateway present") << 50 << true << false;
        QTest::newRow("devices arrive in reverse") << 50 << false << true;
        QTest::newRow("60,000 waiting links") << 60'000 << true << false;
    }

    void linksWaitForBothEnds()
    {
        QFETCH(int, devices);
        QFETCH(bool, gatewayFirst);
        QFETCH(bool, reversed);
        FleetTopology topology;
        const QString backend = u"eu"_s;
        topology.upsertSite(site(u"site-1"_s), backend);
        if (gatewayFirst)
            topology.upsertGateway(gateway(u"gw-1"_s, u"site-1"_s), backend);
        // Peer links between consecutive devices, each sent twice (a page read again): each waits once.
        for (int round = 0; round < 2; ++round)
            for (int i = 1; i < devices; ++i)
                QCOMPARE(topology.addLink(Link{deviceId(i - 1), deviceId(i), LinkKind::Peer}, backend),
                         TopologyChange::None);
        QCOMPARE(topology.pendingLinkCount(), qsizetype(devices - 1));
        QCOMPARE(topology.linkCount(), qsizetype(0));

        for (int n = 0; n < devices; ++n) {
            const int i = reversed ? devices - 1 - n : n;
            topology.upsertDevice(device(deviceId(i), u"site-1"_s, u"gw-1"_s), backend);
        }
        if (!gatewayFirst)
            topology.upsertGateway(gateway(u"gw-1"_s, u"site-1"_s), backend);
        QCOMPARE(topology.pendingLinkCount(), qsizetype(0));
        // Every peer link joined once, beside each device's uplink to its gateway.
        qsizetype peers = 0;
        for (qsizetype link = 0; link < topology.linkCount(); ++link)
            peers += topology.linkKind(link) == LinkKind::Peer ? 1 : 0;
        QCOMPARE(peers, qsizetype(devices - 1));
        const auto first = topology.nodeOf(backend, deviceId(0));
        const auto last = topology.nodeOf(backend, deviceId(devices - 1));
        QVERIFY(first && last && topology.isPresent(*first) && topology.isPresent(*last));
    }

    void clearingABackendDropsOnlyItsWaitingLinks()
    {
        FleetTopology topology;
        for (const QString &backend : {u"eu"_s, u"us"_s})
            for (int i = 1; i < 10; ++i)
                topology.addLink(Link{deviceId(i - 1), deviceId(i), LinkKind::Peer}, backend);
        QCOMPARE(topology.pendingLinkCount(), qsizetype(18));
        topology.upsertSite(site(u"site-1"_s), u"eu"_s);
        topology.clearBackend(u"eu"_s);
        QCOMPARE(topology.pendingLinkCount(), qsizetype(9));
        // The other backend's links still join when its devices come; the cleared one's never do.
        for (const QString &backend : {u"eu"_s, u"us"_s}) {
            topology.upsertSite(site(u"site-1"_s), backend);
            topology.upsertGateway(gateway(u"gw-1"_s, u"site-1"_s), backend);
            for (int i = 0; i < 10; ++i)
                topology.upsertDevice(device(deviceId(i), u"site-1"_s, u"gw-1"_s), backend);
        }
        QCOMPARE(topology.pendingLinkCount(), qsizetype(0));
        qsizetype peers = 0;
        for (qsizetype link = 0; link < topology.linkCount(); ++link)
            peers += topology.linkKind(link) == LinkKind::Peer ? 1 : 0;
        QCOMPARE(peers, qsizetype(9));
    }
};

QTEST_GUILESS_MAIN(TestFleetTopologyLinks)
#include "tst_fleettopologylinks.moc"
