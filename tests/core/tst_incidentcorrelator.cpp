#include "analysis/IncidentCorrelator.h"
#include "DomainCompare.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

const qint64 T0 = 1'800'000'000'000;

Device device(const QString &id, const QString &name, const QString &site, const QString &gateway)
{
    Device result;
    result.id = id;
    result.name = name;
    result.siteId = site;
    result.gatewayId = gateway;
    return result;
}

// North Campus: a1, a2, a3 behind gw-n. South Yard: b1, b2 behind gw-s. Peer a1 - b1 crosses the sites;
// c1 has no site and hangs off a3. u1 is not in the topology at all.
std::shared_ptr<const TopologyGraph> topology()
{
    const QList<Site> sites{Site{u"north"_s, u"North Campus"_s, SiteKind::Campus, u"UTC"_s, {}},
                            Site{u"south"_s, u"South Yard"_s, SiteKind::Factory, u"UTC"_s, {}}};
    const QList<Gateway> gateways{Gateway{u"gw-n"_s, u"north"_s, u"GW N"_s, {}},
                                  Gateway{u"gw-s"_s, u"south"_s, u"GW S"_s, {}}};
    const QList<Device> devices{device(u"a1"_s, u"Lobby camera"_s, u"north"_s, u"gw-n"_s),
                                device(u"a2"_s, u"Door lock"_s, u"north"_s, u"gw-n"_s),
                                device(u"a3"_s, QString(), u"north"_s, u"gw-n"_s),
                                device(u"b1"_s, u"Press 1"_s, u"south"_s, u"gw-s"_s),
                                device(u"b2"_s, u"Press 2"_s, u"south"_s, u"gw-s"_s),
                                device(u"c1"_s, u"Orphan sensor"_s, QString(), QString())};
    const QList<Link> links{Link{u"a1"_s, u"b1"_s, LinkKind::Peer}, Link{u"c1"_s, u"a3"_s, LinkKind::Peer}};
    return std::make_shared<const TopologyGraph>(TopologyGraph::build(sites, gateways, devices, links));
}

// "device type SEVERITY minute [src=id] [dst=id]"; seqs are assigned 1, 2, 3 … in order.
QList<ThreatEvent> parseEvents(const QStringList &specs)
{
    QList<ThreatEvent> events;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u' ');
        ThreatEvent event;
        event.seq = events.size() + 1;
        event.deviceId = parts.at(0);
        event.type = *enumFromString<ThreatType>(parts.at(1));
        event.severity = *enumFromString<Severity>(parts.at(2));
        event.time = QDateTime::fromMSecsSinceEpoch(T0 + qint64(parts.at(3).toDouble() * 60'000), Qt::UTC);
        for (const QString &part : parts.mid(4)) {
            if (part.startsWith(u"src="_s))
                event.source = part.mid(4);
            else if (part.startsWith(u"dst="_s))
                event.destination = part.mid(4);
        }
        events.append(event);
    }
    return events;
}

} // namespace

// Which events join which incident, lateral movement, titles, severities, bounded memory.
class TestIncidentCorrelator final : public QObject {
    Q_OBJECT

private slots:
    void correlation_data();
    void correlation();
    void incidentFields();
    void lateralMovementTitleAndDevices();
    void linkedEndpointsJoinANewIncident();
    void replaysAreIgnored();
    void addAllReportsEachIncidentOnce();
    void closedIncidentsAreNotJoined();
    void inactiveIncidentsAreClosed();
    void openIncidentsAreBounded();
    void eventSeqsAreBounded();
    void mergeKeepsOperatorWork();
};

void TestIncidentCorrelator::correlation_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("incidents"); // the incident each event lands in

    QTest::newRow("same device same type joins")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a1 brute_force MINOR 5"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("same device other type does not")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a1 port_scan MAJOR 1"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("same site same type joins")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a2 brute_force MAJOR 3"_s, u"a3 brute_force MAJOR 9"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("same site other type does not")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a2 malware_beacon MAJOR 1"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("window expires")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a1 brute_force MAJOR 10.5"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("window edge is inclusive")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a1 brute_force MAJOR 10"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("window counts from the last event")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a2 brute_force MAJOR 9"_s, u"a3 brute_force MAJOR 18"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("other site same type does not")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"b2 brute_force MAJOR 1"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("adjacent device across sites joins")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"b1 brute_force MAJOR 1"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("adjacent device other type does not")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"b1 port_scan MAJOR 1"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("lateral movement from source joins any type")
        << QStringList{u"a1 malware_beacon CRITICAL 0"_s, u"b1 port_scan MINOR 2 src=a1"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("lateral movement to destination joins")
        << QStringList{u"a1 malware_beacon CRITICAL 0"_s, u"b1 exfiltration MAJOR 2 dst=a1"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("source without a link does not join")
        << QStringList{u"a1 malware_beacon CRITICAL 0"_s, u"b2 port_scan MINOR 2 src=a1"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("address source does not join")
        << QStringList{u"a1 malware_beacon CRITICAL 0"_s, u"b1 port_scan MINOR 2 src=10.0.0.5"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("lateral movement after the window does not join")
        << QStringList{u"a1 malware_beacon CRITICAL 0"_s, u"b1 port_scan MINOR 11 src=a1"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s};
    QTest::newRow("device without site joins by adjacency")
        << QStringList{u"a3 brute_force MAJOR 0"_s, u"c1 brute_force MAJOR 1"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s};
    QTest::newRow("unknown device only joins itself")
        << QStringList{u"u1 brute_force MAJOR 0"_s, u"u1 brute_force MAJOR 1"_s, u"a1 brute_force MAJOR 2"_s}
        << QStringList{u"inc-1"_s, u"inc-1"_s, u"inc-3"_s};
    QTest::newRow("site incident is replaced after the window")
        << QStringList{u"a1 brute_force MAJOR 0"_s, u"a2 brute_force MAJOR 20"_s, u"a1 brute_force MAJOR 21"_s,
                       u"a2 brute_force MAJOR 22"_s}
        << QStringList{u"inc-1"_s, u"inc-2"_s, u"inc-2"_s, u"inc-2"_s};
}

void TestIncidentCorrelator::correlation()
{
    QFETCH(QStringList, events);
    QFETCH(QStringList, incidents);
    IncidentCorrelator correlator(topology());
    QStringList landed;
    for (const ThreatEvent &event : parseEvents(events)) {
        const std::optional<IncidentChange> change = correlator.add(event);
        QVERIFY(change.has_value());
        QCOMPARE(change->created, change->incident.id == u"inc-%1"_s.arg(event.seq));
        QVERIFY(change->incident.eventSeqs.contains(event.seq));
        QVERIFY(change->incident.deviceIds.contains(event.deviceId));
        landed.append(change->incident.id);
    }
    QCOMPARE(landed, incidents);
}

void TestIncidentCorrelator::incidentFields()
{
    IncidentCorrelator correlator(topology());
    const QList<ThreatEvent> events = parseEvents({u"a1 brute_force MINOR 0"_s, u"a2 brute_force CRITICAL 1"_s,
                                                   u"a1 brute_force WARNING 2"_s, u"a3 brute_force MAJOR 3"_s});
    std::optional<IncidentChange> change;
    change = correlator.add(events.at(0));
    QCOMPARE(change->incident.title, u"Brute-force logins on Lobby camera at North Campus"_s);
    QCOMPARE(change->incident.severity, Severity::Minor);
    for (qsizetype i = 1; i < events.size(); ++i)
        change = correlator.add(events.at(i));
    const Incident &incident = change->incident;
    QCOMPARE(incident.id, u"inc-1"_s);
    QCOMPARE(incident.title, u"Brute-force logins on 3 devices at North Campus"_s);
    QCOMPARE(incident.type, ThreatType::BruteForce);
    QCOMPARE(incident.severity, Severity::Critical); // the highest, even though later events were milder
    QCOMPARE(incident.state, IncidentState::New);
    QCOMPARE(incident.siteId, u"north"_s);
    QCOMPARE(incident.deviceIds, (QStringList{u"a1"_s, u"a2"_s, u"a3"_s}));
    QCOMPARE(incident.eventSeqs, (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(incident.opened, events.at(0).time);
    QCOMPARE(incident.updated, events.at(3).time);
    QVERIFY(!change->created);
    QCOMPARE(correlator.openIncident(u"inc-1"_s)->eventSeqs.size(), 4);
}

void TestIncidentCorrelator::lateralMovementTitleAndDevices()
{
    IncidentCorrelator correlator(topology());
    const QList<ThreatEvent> events =
        parseEvents({u"a1 malware_beacon MAJOR 0"_s, u"b1 port_scan CRITICAL 1 src=a1"_s});
    QVERIFY(correlator.add(events.at(0)).has_value());
    const std::optional<IncidentChange> change = correlator.add(events.at(1));
    QVERIFY(change.has_value());
    QCOMPARE(change->incident.id, u"inc-1"_s);
    QCOMPARE(change->incident.type, ThreatType::MalwareBeacon);
    QCOMPARE(change->incident.severity, Severity::Critical);
    QCOMPARE(change->incident.deviceIds, (QStringList{u"a1"_s, u"b1"_s}));
    QCOMPARE(change->incident.title, u"Malware beacons on 2 devices at 2 sites, spreading over network links"_s);
}

void TestIncidentCorrelator::linkedEndpointsJoinANewIncident()
{
    IncidentCorrelator correlator(topology());
    const std::optional<IncidentChange> change =
        correlator.add(parseEvents({u"b1 port_scan MAJOR 0 src=a1 dst=b2"_s}).constFirst());
    QVERIFY(change && change->created);
    // a1 is linked to b1 and so involved; b2 is not linked to b1 and stays out.
    QCOMPARE(change->incident.deviceIds, (QStringList{u"b1"_s, u"a1"_s}));
    QCOMPARE(change->incident.siteId, u"south"_s);
    QCOMPARE(change->incident.title, u"Port scans on 2 devices at 2 sites"_s);
}

void TestIncidentCorrelator::replaysAreIgnored()
{
    IncidentCorrelator correlator(topology());
    const QList<ThreatEvent> events = parseEvents({u"a1 brute_force MAJOR 0"_s, u"a1 brute_force MAJOR 1"_s});
    QVERIFY(correlator.add(events.at(0)).has_value());
    QVERIFY(correlator.add(events.at(1)).has_value());
    QVERIFY(!correlator.add(events.at(0)).has_value());
    QVERIFY(!correlator.add(events.at(1)).has_value());
    QCOMPARE(correlator.openIncident(u"inc-1"_s)->eventSeqs, (QList<qint64>{1, 2}));
}

void TestIncidentCorrelator::addAllReportsEachIncidentOnce()
{
    IncidentCorrelator correlator(topology());
    QVERIFY(correlator.add(parseEvents({u"b2 port_scan MAJOR 0"_s}).constFirst()).has_value());
    QList<ThreatEvent> batch = parseEvents({u"b2 port_scan MAJOR 0"_s, u"a1 brute_force MINOR 1"_s,
                                            u"b2 port_scan MAJOR 2"_s, u"a2 brute_force CRITICAL 3"_s});
    batch.removeFirst(); // seq 1 was already seen; the batch starts at seq 2
    const QList<IncidentChange> changes = correlator.addAll(batch);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).incident.id, u"inc-2"_s);
    QVERIFY(changes.at(0).created);
    QCOMPARE(changes.at(0).incident.severity, Severity::Critical);
    QCOMPARE(changes.at(0).incident.eventSeqs, (QList<qint64>{2, 4}));
    QCOMPARE(changes.at(1).incident.id, u"inc-1"_s);
    QVERIFY(!changes.at(1).created);
    QCOMPARE(changes.at(1).incident.eventSeqs, (QList<qint64>{1, 3}));
}

void TestIncidentCorrelator::closedIncidentsAreNotJoined()
{
    IncidentCorrelator correlator(topology());
    const QList<ThreatEvent> events = parseEvents({u"a1 brute_force MAJOR 0"_s, u"a1 brute_force MAJOR 1"_s});
    QVERIFY(correlator.add(events.at(0)).has_value());
    correlator.close(u"inc-1"_s); // operator resolved it
    QCOMPARE(correlator.openIncidentCount(), 0);
    QCOMPARE(correlator.add(events.at(1))->incident.id, u"inc-2"_s);
}

void TestIncidentCorrelator::inactiveIncidentsAreClosed()
{
    IncidentCorrelator correlator(topology());
    const QList<ThreatEvent> events =
        parseEvents({u"a1 brute_force MAJOR 0"_s, u"b1 port_scan MAJOR 5"_s, u"u1 anomaly MAJOR 30"_s});
    QVERIFY(correlator.add(events.at(0)).has_value());
    QVERIFY(correlator.add(events.at(1)).has_value());
    QCOMPARE(correlator.openIncidentCount(), 2);
    QCOMPARE(correlator.closeInactive(QDateTime::fromMSecsSinceEpoch(T0 + 12 * 60'000, Qt::UTC)),
             QStringList{u"inc-1"_s});
    QCOMPARE(correlator.openIncidentCount(), 1);
    // Time moving on with the stream closes the rest without being asked.
    QVERIFY(correlator.add(events.at(2)).has_value());
    QCOMPARE(correlator.openIncidentCount(), 1);
    QVERIFY(correlator.openIncident(u"inc-3"_s));
    QVERIFY(!correlator.openIncident(u"inc-2"_s));
}

void TestIncidentCorrelator::openIncidentsAreBounded()
{
    CorrelatorOptions options;
    options.maxOpenIncidents = 50;
    IncidentCorrelator correlator(topology(), options);
    for (int i = 0; i < 500; ++i) {
        ThreatEvent event;
        event.seq = i + 1;
        event.deviceId = u"unknown-%1"_s.arg(i);
        event.type = ThreatType::PortScan;
        event.time = QDateTime::fromMSecsSinceEpoch(T0 + i, Qt::UTC);
        QVERIFY(correlator.add(event)->created);
        QVERIFY(correlator.openIncidentCount() <= 50);
    }
    // The most recent ones survive.
    QVERIFY(correlator.openIncident(u"inc-500"_s));
    QVERIFY(!correlator.openIncident(u"inc-1"_s));
}

void TestIncidentCorrelator::eventSeqsAreBounded()
{
    CorrelatorOptions options;
    options.maxEventSeqsPerIncident = 100;
    IncidentCorrelator correlator(topology(), options);
    std::optional<IncidentChange> change;
    for (int i = 0; i < 1000; ++i) {
        ThreatEvent event;
        event.seq = i + 1;
        event.deviceId = u"a1"_s;
        event.type = ThreatType::BruteForce;
        event.severity = i == 999 ? Severity::Critical : Severity::Minor;
        event.time = QDateTime::fromMSecsSinceEpoch(T0 + i * 1000, Qt::UTC);
        change = correlator.add(event);
    }
    QCOMPARE(change->incident.id, u"inc-1"_s);
    QCOMPARE(change->incident.eventSeqs.size(), 100);
    QCOMPARE(change->incident.severity, Severity::Critical);
    QCOMPARE(change->incident.updated, QDateTime::fromMSecsSinceEpoch(T0 + 999'000, Qt::UTC));
}

void TestIncidentCorrelator::mergeKeepsOperatorWork()
{
    IncidentCorrelator correlator(topology());
    const QList<ThreatEvent> events = parseEvents({u"a1 brute_force MINOR 0"_s, u"a2 brute_force CRITICAL 4"_s});
    Incident stored = correlator.add(events.at(0))->incident;
    stored.state = IncidentState::Investigating;
    stored.assignee = u"alice"_s;
    stored.notes.append(IncidentNote{events.at(0).time.addSecs(60), u"alice"_s, u"Looking"_s});
    stored.updated = events.at(0).time.addSecs(60);

    const Incident correlated = correlator.add(events.at(1))->incident;
    QCOMPARE(correlated.state, IncidentState::New); // the correlator does not know about operator work
    IncidentCorrelator::mergeInto(stored, correlated);
    QCOMPARE(stored.state, IncidentState::Investigating);
    QCOMPARE(stored.assignee, u"alice"_s);
    QCOMPARE(stored.notes.size(), 1);
    QCOMPARE(stored.severity, Severity::Critical);
    QCOMPARE(stored.deviceIds, (QStringList{u"a1"_s, u"a2"_s}));
    QCOMPARE(stored.eventSeqs, (QList<qint64>{1, 2}));
    QCOMPARE(stored.title, u"Brute-force logins on 2 devices at North Campus"_s);
    QCOMPARE(stored.updated, events.at(1).time);

    // An operator action newer than the last event keeps its time.
    stored.updated = events.at(1).time.addSecs(30);
    IncidentCorrelator::mergeInto(stored, correlated);
    QCOMPARE(stored.updated, events.at(1).time.addSecs(30));
}

QTEST_GUILESS_MAIN(TestIncidentCorrelator)
#include "tst_incidentcorrelator.moc"
