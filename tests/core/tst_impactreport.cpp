#include "analysis/ImpactAnalysis.h"
#include "analysis/ImpactReport.h"
#include "analysis/TopologyGraph.h"

#include <QJsonArray>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

Device device(const QString &id, const QString &name, const QString &site, const QString &gateway,
              bool safety = false, QuarantineLevel quarantine = QuarantineLevel::None, const QString &owner = {})
{
    Device result;
    result.id = id;
    result.name = name;
    result.siteId = site;
    result.gatewayId = gateway;
    result.capabilities.safetyCritical = safety;
    result.quarantine = quarantine;
    result.ownerRef = owner;
    return result;
}

Licence licence(const QString &device, LicenceState state, QStringList granted)
{
    Licence l;
    l.id = u"lic-"_s + device;
    l.deviceId = device;
    l.state = state;
    l.grantedScopes = std::move(granted);
    return l;
}

// Ward A: gw-a with cam (the incident's device), pump (safety-critical), tv; Ward B: gw-b with monitor
// (safety-critical, 2 hops from cam over the gateway backbone is 3 — out of reach), and lock reached by a peer link.
TopologyGraph hospital()
{
    const QList<Site> sites{Site{u"ward-a"_s, u"Ward A"_s, SiteKind::Hospital, u"Europe/Berlin"_s, {}},
                            Site{u"ward-b"_s, u"Ward B"_s, SiteKind::Hospital, u"Europe/Berlin"_s, {}}};
    const QList<Gateway> gateways{Gateway{u"gw-a"_s, u"ward-a"_s, u"Gateway A"_s, {}},
                                  Gateway{u"gw-b"_s, u"ward-b"_s, u"Gateway B"_s, {}}};
    const QList<Device> devices{
        device(u"cam"_s, u"Camera 1"_s, u"ward-a"_s, u"gw-a"_s, false, QuarantineLevel::None, u"o-1"_s),
        device(u"pump"_s, u"Infusion pump 4"_s, u"ward-a"_s, u"gw-a"_s, true, QuarantineLevel::None, u"o-2"_s),
        device(u"tv"_s, u"Lobby TV"_s, u"ward-a"_s, u"gw-a"_s, false, QuarantineLevel::Isolate),
        device(u"monitor"_s, u"Cardiac monitor"_s, u"ward-b"_s, u"gw-b"_s, true),
        device(u"lock"_s, u"Door lock"_s, u"ward-b"_s, QString(), false, QuarantineLevel::None, u"o-2"_s),
    };
    const QList<Link> links{Link{u"cam"_s, u"lock"_s, LinkKind::Peer}, Link{u"gw-a"_s, u"gw-b"_s, LinkKind::Uplink}};
    return TopologyGraph::build(sites, gateways, devices, links);
}

} // namespace

// The impact report a responder reads: devices with sites and paths, safety-critical first, services from active
// licences, people masked unless allowed, and its text and JSON exports.
class TestImpactReport final : public QObject {
    Q_OBJECT

private slots:
    void reportsWhatAnIncidentAffects()
    {
        const auto graph = std::make_shared<const TopologyGraph>(hospital());
        const ImpactResult result = ImpactAnalysis(graph).analyse({u"cam"_s, u"ghost"_s}, ImpactOptions{2, false});
        const QList<Licence> licences{licence(u"cam"_s, LicenceState::Active, {u"video-upload"_s, u"ntp"_s}),
                                      licence(u"pump"_s, LicenceState::Active, {u"drug-library"_s, u"ntp"_s}),
                                      licence(u"lock"_s, LicenceState::Revoked, {u"door-control"_s}),
                                      licence(u"monitor"_s, LicenceState::Active, {u"telemetry"_s})};
        const ImpactReport report = ImpactReport::build(u"inc-7"_s, *graph, result, licences,
                                                        {{u"o-1"_s, u"Dana"_s}, {u"o-2"_s, u"Eli"_s}}, false, 2);

        QStringList names;
        for (const ImpactReport::DeviceLine &line : report.devices)
            names.append(line.name);
        // The pump comes first (safety-critical); then by hops. The isolated TV is not crossed; the monitor sits
        // three hops away (cam - gw-a - gw-b - monitor) and is out of reach.
        QCOMPARE(names, (QStringList{u"Infusion pump 4"_s, u"Camera 1"_s, u"Door lock"_s}));
        QCOMPARE(report.devices.first().hops, 2);
        QCOMPARE(report.devices.first().via, u"Gateway A"_s);
        QCOMPARE(report.devices.first().siteName, u"Ward A"_s);
        QVERIFY(report.devices.first().safetyCritical);
        QCOMPARE(report.affectedCount(), 1);
        QCOMPARE(report.reachableCount(), 2);
        QCOMPARE(report.safetyCriticalCount(), 1);
        QCOMPARE(report.unknownDevices, QStringList{u"ghost"_s});
        QCOMPARE(report.siteNames, (QStringList{u"Ward A"_s, u"Ward B"_s}));
        QCOMPARE(report.gatewayNames, (QStringList{u"Gateway A"_s, u"Gateway B"_s}));
        QCOMPARE(report.services, (QStringList{u"drug-library"_s, u"ntp"_s, u"video-upload"_s}));
        QCOMPARE(report.peopleCount, 2);
        QVERIFY(report.peopleMasked);
        QVERIFY(report.peopleNames.isEmpty());

        const QString text = report.toText();
        QVERIFY(text.contains(u"SAFETY-CRITICAL: Infusion pump 4"_s));
        QVERIFY(text.contains(u"names hidden"_s));
        QVERIFY(!text.contains(u"Dana"_s));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"devices"_s).toArray().size(), 3);
        QVERIFY(!json.contains(u"people"_s));
        QCOMPARE(json.value(u"people_count"_s).toInt(), 2);
    }

    void namesPeopleWhenAllowed()
    {
        const auto graph = std::make_shared<const TopologyGraph>(hospital());
        const ImpactResult result = ImpactAnalysis(graph).analyse({u"cam"_s}, ImpactOptions{1, false});
        const ImpactReport report =
            ImpactReport::build(u"inc-7"_s, *graph, result, {}, {{u"o-1"_s, u"Dana"_s}, {u"o-2"_s, u"Eli"_s}}, true, 1);
        // One hop: only the lock (peer link); the pump is two hops away through the gateway.
        QCOMPARE(report.devices.size(), 2);
        QCOMPARE(report.peopleNames, (QStringList{u"Dana"_s, u"Eli"_s}));
        QVERIFY(!report.peopleMasked);
        QVERIFY(report.toText().contains(u"People affected: Dana, Eli"_s));
        QCOMPARE(report.toJson().value(u"people"_s).toArray().size(), 2);
        QCOMPARE(report.safetyCriticalCount(), 0);
        QVERIFY(!report.toText().contains(u"SAFETY-CRITICAL"_s));
    }
};

QTEST_GUILESS_MAIN(TestImpactReport)
#include "tst_impactreport.moc"
