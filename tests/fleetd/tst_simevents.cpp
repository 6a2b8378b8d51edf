#include "DomainCompare.h"
#include "sim/DeviceCatalog.h"
#include "sim/EventGenerator.h"
#include "sim/FleetGenerator.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace warden;
using namespace Qt::StringLiterals;

class TestSimEvents : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedAndCallsGiveIdenticalEvents();
    void differentSeedGivesDifferentEvents();
    void splittingTheIntervalChangesNothing();
    void eventsLieInTheRequestedIntervalInOrder();
    void rateMatchesOverAMinute_data();
    void rateMatchesOverAMinute();
    void zeroRateProducesNothing();
    void rateCanChangeWhileRunning();
    void quarantineSuppressesTrafficEvents_data();
    void quarantineSuppressesTrafficEvents();
    void releaseRestoresTraffic();
    void lateralMovementFollowsPeerLinksInsideASite();
    void severitiesAndDetailsAreRealistic();
    void unknownDevicesAreReportedByTheirGateway();
    void licensedScopesAreNotViolations();
    void gapIsFrozenTimeAndOverlapDoesNotRepeat();

private:
    QList<ThreatEvent> minute(EventGenerator &generator, qint64 startMs = 0) const
    {
        QList<ThreatEvent> events;
        for (int s = 0; s < 60; ++s)
            events += generator.advance(startMs + s * 1000, startMs + (s + 1) * 1000, m_epoch);
        return events;
    }

    GeneratedFleet m_fleet;
    QDateTime m_epoch = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    QHash<QString, const Device *> m_devices;
    QSet<QString> m_gatewayIds;
};

void TestSimEvents::initTestCase()
{
    m_fleet = generateFleet(FleetSpec{1500, 11, m_epoch});
    for (const Device &device : m_fleet.devices)
        m_devices.insert(device.id, &device);
    for (const Gateway &gateway : m_fleet.gateways)
        m_gatewayIds.insert(gateway.id);
}

void TestSimEvents::sameSeedAndCallsGiveIdenticalEvents()
{
    EventGenerator a(m_fleet, 5, 300);
    EventGenerator b(m_fleet, 5, 300);
    const QList<ThreatEvent> first = minute(a);
    const QList<ThreatEvent> second = minute(b);
    QVERIFY(first.size() > 1000);
    QVERIFY(first == second);

    // The same quarantine call at the same point keeps them identical.
    a.setQuarantine(m_fleet.devices[3].id, QuarantineLevel::Isolate);
    b.setQuarantine(m_fleet.devices[3].id, QuarantineLevel::Isolate);
    QVERIFY(minute(a, 60000) == minute(b, 60000));
}

void TestSimEvents::differentSeedGivesDifferentEvents()
{
    EventGenerator a(m_fleet, 5, 300);
    EventGenerator b(m_fleet, 6, 300);
    QVERIFY(!(minute(a) == minute(b)));
}

void TestSimEvents::splittingTheIntervalChangesNothing()
{
    EventGenerator whole(m_fleet, 8, 500);
    EventGenerator pieces(m_fleet, 8, 500);
    const QList<ThreatEvent> once = whole.advance(0, 30000, m_epoch);
    QList<ThreatEvent> split;
    for (qint64 t = 0; t < 30000; t += 137)
        split += pieces.advance(t, std::min<qint64>(t + 137, 30000), m_epoch);
    QVERIFY(once.size() > 1000);
    QVERIFY(once == split);
}

void TestSimEvents::eventsLieInTheRequestedIntervalInOrder()
{
    EventGenerator generator(m_fleet, 9, 2000);
    const qint64 base = m_epoch.toMSecsSinceEpoch();
    for (qint64 from = 1000; from < 6000; from += 250) {
        const QList<ThreatEvent> events = generator.advance(from, from + 250, m_epoch);
        QVERIFY(!events.isEmpty());
        qint64 previous = from;
        for (const ThreatEvent &event : events) {
            const qint64 t = event.time.toMSecsSinceEpoch() - base;
            QVERIFY2(t >= from && t < from + 250, qPrintable(QString::number(t)));
            QVERIFY(t >= previous);
            previous = t;
            QCOMPARE(event.seq, 0);
            QCOMPARE(event.time.timeSpec(), Qt::UTC);
            QVERIFY2(m_devices.contains(event.deviceId) || m_gatewayIds.contains(event.deviceId),
                     qPrintable(event.deviceId));
        }
    }
}

void TestSimEvents::rateMatchesOverAMinute_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("20/s") << 20.0;
    QTest::newRow("200/s") << 200.0;
    QTest::newRow("1000/s") << 1000.0;
}

void TestSimEvents::rateMatchesOverAMinute()
{
    QFETCH(double, rate);
    EventGenerator generator(m_fleet, 21, rate);
    minute(generator); // warm up: bursts and attacks started in the first minute are in full swing
    const auto count = static_cast<double>(minute(generator, 60000).size());
    const double expected = rate * 60;
    QVERIFY2(count > expected * 0.8 && count < expected * 1.2,
             qPrintable(u"%1 events, expected about %2"_s.arg(count).arg(expected)));
}

void TestSimEvents::zeroRateProducesNothing()
{
    EventGenerator generator(m_fleet, 1, 0);
    QVERIFY(minute(generator).isEmpty());
    const GeneratedFleet empty = generateFleet(FleetSpec{0, 1, {}});
    EventGenerator none(empty, 1, 500);
    QVERIFY(none.advance(0, 10000, m_epoch).isEmpty());
}

void TestSimEvents::rateCanChangeWhileRunning()
{
    EventGenerator generator(m_fleet, 2, 0);
    QVERIFY(generator.advance(0, 10000, m_epoch).isEmpty());
    generator.setEventsPerSecond(500);
    QCOMPARE(generator.eventsPerSecond(), 500.0);
    const auto busy = generator.advance(10000, 20000, m_epoch).size();
    QVERIFY2(busy > 4000 && busy < 6000, qPrintable(QString::number(busy)));
    generator.setEventsPerSecond(0);
    // Bursts (<= 15 s) and attacks (<= 40 steps of <= 4 s) already under way finish; nothing new starts.
    generator.advance(20000, 200000, m_epoch);
    QVERIFY(generator.advance(200000, 900000, m_epoch).isEmpty());
    QCOMPARE(generator.activeAttackCount(), 0);
}

void TestSimEvents::quarantineSuppressesTrafficEvents_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("suppresses");
    QTest::addColumn<bool>("silences"); // nothing at all from the device (it cannot authenticate)
    QTest::newRow("isolate") << static_cast<int>(QuarantineLevel::Isolate) << true << false;
    QTest::newRow("disable") << static_cast<int>(QuarantineLevel::Disable) << true << false;
    QTest::newRow("revoke credentials") << static_cast<int>(QuarantineLevel::RevokeCredentials) << true << true;
}

void TestSimEvents::quarantineSuppressesTrafficEvents()
{
    QFETCH(int, level);
    QFETCH(bool, suppresses);
    QFETCH(bool, silences);
    EventGenerator generator(m_fleet, 33, 600);
    // Quarantine every second device, so the attack campaigns and bursts meet both kinds.
    QSet<QString> quarantined;
    for (int i = 0; i < m_fleet.devices.size(); i += 2) {
        generator.setQuarantine(m_fleet.devices[i].id, static_cast<QuarantineLevel>(level));
        quarantined.insert(m_fleet.devices[i].id);
    }
    int trafficFromQuarantined = 0;
    int otherFromQuarantined = 0;
    int trafficFromFree = 0;
    for (const ThreatEvent &event : minute(generator)) {
        const bool touchesQuarantined = quarantined.contains(event.deviceId) || quarantined.contains(event.source) ||
                                        quarantined.contains(event.destination);
        if (isTrafficEvent(event.type)) {
            if (touchesQuarantined)
                ++trafficFromQuarantined;
            else
                ++trafficFromFree;
        } else if (quarantined.contains(event.deviceId)) {
            ++otherFromQuarantined;
        }
    }
    QVERIFY(trafficFromFree > 1000);
    if (silences)
        QCOMPARE(otherFromQuarantined, 0);
    else
        QVERIFY2(otherFromQuarantined > 100, "non-traffic findings still arrive for quarantined devices");
    if (suppresses)
        QCOMPARE(trafficFromQuarantined, 0);
    else
        QVERIFY(trafficFromQuarantined > 1000);
}

void TestSimEvents::releaseRestoresTraffic()
{
    EventGenerator generator(m_fleet, 34, 400);
    for (const Device &device : m_fleet.devices)
        generator.setQuarantine(device.id, QuarantineLevel::Isolate);
    int traffic = 0;
    for (const ThreatEvent &event : minute(generator))
        traffic += isTrafficEvent(event.type) ? 1 : 0;
    QCOMPARE(traffic, 0);
    for (const Device &device : m_fleet.devices)
        generator.setQuarantine(device.id, QuarantineLevel::None);
    for (const ThreatEvent &event : minute(generator, 60000))
        traffic += isTrafficEvent(event.type) ? 1 : 0;
    QVERIFY(traffic > 5000);
}

void TestSimEvents::lateralMovementFollowsPeerLinksInsideASite()
{
    QSet<QPair<QString, QString>> peers;
    for (const Link &link : m_fleet.links) {
        if (link.kind == LinkKind::Peer) {
            peers.insert(qMakePair(link.fromId, link.toId));
            peers.insert(qMakePair(link.toId, link.fromId));
        }
    }
    // From 30 events/s on, attack campaigns start at their cap of one per 20 s: ten minutes give ~30 of them.
    EventGenerator generator(m_fleet, 77, 100);
    int deviceToDevice = 0;
    int takeovers = 0;
    for (int m = 0; m < 10; ++m) {
        for (const ThreatEvent &event : minute(generator, m * 60000)) {
            const Device *from = m_devices.value(event.source);
            const Device *to = m_devices.value(event.destination);
            if (!from || !to)
                continue;
            ++deviceToDevice;
            QVERIFY2(peers.contains(qMakePair(event.source, event.destination)),
                     qPrintable(event.source + u" -> "_s + event.destination));
            QCOMPARE(from->siteId, to->siteId);
            QCOMPARE(event.deviceId, event.destination);
            if (event.details.value(u"lateral"_s).toBool())
                ++takeovers;
        }
    }
    QVERIFY(deviceToDevice > 30);
    QVERIFY2(takeovers > 3, qPrintable(QString::number(takeovers)));
}

void TestSimEvents::severitiesAndDetailsAreRealistic()
{
    EventGenerator generator(m_fleet, 12, 800);
    QHash<int, int> perType;
    for (const ThreatEvent &event : minute(generator)) {
        ++perType[static_cast<int>(event.type)];
        const Device *device = m_devices.value(event.deviceId);
        switch (event.type) {
        case ThreatType::MalwareBeacon:
        case ThreatType::FirmwareTamper: QCOMPARE(event.severity, Severity::Critical); break;
        case ThreatType::Exfiltration:
            QVERIFY(event.details.value(u"bytes_out"_s).toInteger() >= (5LL << 20));
            QVERIFY(event.severity == Severity::Critical || event.severity == Severity::Major);
            break;
        case ThreatType::LicenceViolation: QVERIFY(!event.details.value(u"scope"_s).toString().isEmpty()); break;
        case ThreatType::CertificateExpiry:
            QVERIFY(event.severity != Severity::Critical);
            QVERIFY(event.details.contains(u"days_left"_s));
            break;
        case ThreatType::PortScan: QVERIFY(event.details.value(u"ports"_s).toInt() > 0); break;
        case ThreatType::ProtocolViolation: QVERIFY(!event.details.value(u"protocol"_s).toString().isEmpty()); break;
        default: break;
        }
        QVERIFY(event.severity != Severity::Indeterminate);
        // Safety-critical devices never get a mere warning.
        if (device && device->capabilities.safetyCritical)
            QVERIFY(event.severity != Severity::Warning);
    }
    // Every type of the spec shows up within a minute at this rate.
    for (int t = 0; t < ThreatTypeCount; ++t)
        QVERIFY2(perType.value(t) > 0, qPrintable(toString(static_cast<ThreatType>(t))));
    // Noise dominates: scans outnumber beacons.
    QVERIFY(perType.value(static_cast<int>(ThreatType::PortScan)) >
            3 * perType.value(static_cast<int>(ThreatType::MalwareBeacon)));
}

void TestSimEvents::unknownDevicesAreReportedByTheirGateway()
{
    EventGenerator generator(m_fleet, 13, 300);
    int unknown = 0;
    for (const ThreatEvent &event : minute(generator)) {
        if (event.type != ThreatType::UnknownDevice)
            continue;
        ++unknown;
        QVERIFY2(m_gatewayIds.contains(event.deviceId), qPrintable(event.deviceId));
        QVERIFY(event.source.startsWith(u"02:"_s));
    }
    QVERIFY(unknown > 0);
}

void TestSimEvents::licensedScopesAreNotViolations()
{
    EventGenerator generator(m_fleet, 14, 600);
    // Cameras hold every scope they use; everyone else only telemetry-upload.
    for (const Device &device : m_fleet.devices) {
        if (device.deviceClass == u"ip_camera"_s) {
            generator.setLicensedScopes(device.id, {u"telemetry-upload"_s, u"remote-shell"_s, u"firmware-download"_s,
                                                    u"cloud-storage:bucket-"_s + device.siteId});
        } else {
            generator.setLicensedScopes(device.id, {u"telemetry-upload"_s});
        }
    }
    int violations = 0;
    for (const ThreatEvent &event : minute(generator)) {
        if (event.type != ThreatType::LicenceViolation)
            continue;
        ++violations;
        const Device *device = m_devices.value(event.deviceId);
        QVERIFY(device);
        QVERIFY2(device->deviceClass != u"ip_camera"_s, qPrintable(event.deviceId));
        QVERIFY(event.details.value(u"scope"_s).toString() != u"telemetry-upload"_s);
    }
    QVERIFY(violations > 50);
}

void TestSimEvents::gapIsFrozenTimeAndOverlapDoesNotRepeat()
{
    EventGenerator generator(m_fleet, 15, 500);
    const qint64 base = m_epoch.toMSecsSinceEpoch();
    const QList<ThreatEvent> first = generator.advance(0, 1000, m_epoch);
    QVERIFY(!first.isEmpty());
    // A gap of an hour: nothing is emitted for it and the next interval is filled normally.
    const QList<ThreatEvent> afterGap = generator.advance(3600000, 3601000, m_epoch);
    QVERIFY(afterGap.size() > 250 && afterGap.size() < 1000);
    for (const ThreatEvent &event : afterGap) {
        const qint64 t = event.time.toMSecsSinceEpoch() - base;
        QVERIFY(t >= 3600000 && t < 3601000);
    }
    // Overlap: [3600500, 3602000) only adds events after 3601000.
    for (const ThreatEvent &event : generator.advance(3600500, 3602000, m_epoch))
        QVERIFY(event.time.toMSecsSinceEpoch() - base >= 3601000);
    // An interval entirely in the past yields nothing.
    QVERIFY(generator.advance(0, 1000, m_epoch).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimEvents)
#include "tst_simevents.moc"
