#include "DomainCompare.h"
#include "sim/Scenario.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace warden;
using namespace Qt::StringLiterals;

class TestScenario : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void namesAreListed();
    void unknownNameIsAnErrorListingTheValidOnes();
    void playsDeterministically_data();
    void playsDeterministically();
    void stepsFollowLinksInsideOneSite_data();
    void stepsFollowLinksInsideOneSite();
    void describeTellsTheStory_data();
    void describeTellsTheStory();
    void cameraBotnetCompromisesCampusCamerasAndSpreads();
    void hospitalRansomwareReachesClinicalDevices();
    void isolatingPatientZeroStopsTheBotnet();
    void isolatingATargetPumpSparesIt();
    void startOffsetAndSkippedTime();
    void backgroundNoiseIsMergedInOrder();
    void fleetWithoutTheCastIsAnError();

private:
    QList<ThreatEvent> playAll(ScenarioPlayer &player, qint64 stepMs = 10000) const
    {
        QList<ThreatEvent> events;
        const qint64 end = player.startMs() + player.durationMs() + 10000;
        for (qint64 t = player.startMs(); t < end; t += stepMs)
            events += player.advance(t, t + stepMs, m_epoch);
        return events;
    }
    ScenarioPlayer make(const QString &name, quint64 seed = 3, ScenarioOptions options = {}) const
    {
        Result<ScenarioPlayer> player = ScenarioPlayer::create(name, m_fleet, seed, options);
        if (!player.ok())
            qFatal("%s", qPrintable(player.errorMessage()));
        return std::move(player).value();
    }
    qint64 offsetOf(const ThreatEvent &event) const
    {
        return event.time.toMSecsSinceEpoch() - m_epoch.toMSecsSinceEpoch();
    }

    GeneratedFleet m_fleet;
    QDateTime m_epoch = QDateTime(QDate(2026, 7, 1), QTime(14, 0), Qt::UTC);
    QHash<QString, QString> m_siteOfNode;
    QHash<QString, const Device *> m_devices;
    QHash<QString, const Gateway *> m_gateways;
    QHash<QString, SiteKind> m_siteKinds;
    QSet<QPair<QString, QString>> m_links;
};

void TestScenario::initTestCase()
{
    m_fleet = generateFleet(FleetSpec{3000, 42, m_epoch});
    for (const Site &site : m_fleet.sites)
        m_siteKinds.insert(site.id, site.kind);
    for (const Gateway &gateway : m_fleet.gateways) {
        m_siteOfNode.insert(gateway.id, gateway.siteId);
        m_gateways.insert(gateway.id, &gateway);
    }
    for (const Device &device : m_fleet.devices) {
        m_siteOfNode.insert(device.id, device.siteId);
        m_devices.insert(device.id, &device);
    }
    for (const Link &link : m_fleet.links) {
        m_links.insert(qMakePair(link.fromId, link.toId));
        m_links.insert(qMakePair(link.toId, link.fromId));
    }
}

void TestScenario::namesAreListed()
{
    QCOMPARE(ScenarioPlayer::names(), (QStringList{u"camera-botnet"_s, u"hospital-ransomware"_s}));
}

void TestScenario::unknownNameIsAnErrorListingTheValidOnes()
{
    const Result<ScenarioPlayer> player = ScenarioPlayer::create(u"toaster-uprising"_s, m_fleet, 1);
    QVERIFY(!player.ok());
    QVERIFY(player.errorMessage().contains(u"toaster-uprising"_s));
    QVERIFY(player.errorMessage().contains(u"camera-botnet"_s));
    QVERIFY(player.errorMessage().contains(u"hospital-ransomware"_s));
    QVERIFY(!ScenarioPlayer::create(QString(), m_fleet, 1).ok());
}

void TestScenario::playsDeterministically_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ScenarioPlayer::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestScenario::playsDeterministically()
{
    QFETCH(QString, name);
    ScenarioPlayer a = make(name, 5);
    ScenarioPlayer b = make(name, 5);
    ScenarioPlayer c = make(name, 6);
    const QList<ThreatEvent> first = playAll(a);
    QVERIFY(first.size() > 20);
    QVERIFY(first == playAll(b, 7000)); // different call pattern, same events
    QVERIFY(!(first == playAll(c)));
    QCOMPARE(a.durationMs(), 300000);
    qint64 previous = 0;
    for (const ThreatEvent &event : first) {
        QVERIFY(offsetOf(event) >= previous);
        previous = offsetOf(event);
        QCOMPARE(event.seq, 0);
    }
    QVERIFY(previous < 301000);
}

void TestScenario::stepsFollowLinksInsideOneSite_data()
{
    playsDeterministically_data();
}

void TestScenario::stepsFollowLinksInsideOneSite()
{
    QFETCH(QString, name);
    ScenarioPlayer player = make(name);
    int internalHops = 0;
    for (const ThreatEvent &event : playAll(player)) {
        QVERIFY2(m_siteOfNode.contains(event.deviceId), qPrintable(event.deviceId));
        QCOMPARE(m_siteOfNode.value(event.deviceId), player.siteId());
        if (m_siteOfNode.contains(event.source) && m_siteOfNode.contains(event.destination)) {
            ++internalHops;
            QVERIFY2(m_links.contains(qMakePair(event.source, event.destination)),
                     qPrintable(event.source + u" -> "_s + event.destination));
            QCOMPARE(m_siteOfNode.value(event.source), player.siteId());
        }
    }
    QVERIFY(internalHops >= 5);
}

void TestScenario::describeTellsTheStory_data()
{
    playsDeterministically_data();
}

void TestScenario::describeTellsTheStory()
{
    QFETCH(QString, name);
    const ScenarioPlayer player = make(name);
    const QString text = player.describe();
    QVERIFY(text.startsWith(name));
    QVERIFY(text.contains(player.siteId()));
    QVERIFY(text.contains(u"00:00"_s));
    QVERIFY(text.contains(u"CRITICAL"_s));
    QVERIFY(!player.title().isEmpty());
    QVERIFY(text.count(u'\n') > 8);
}

void TestScenario::cameraBotnetCompromisesCampusCamerasAndSpreads()
{
    ScenarioPlayer player = make(u"camera-botnet"_s);
    QCOMPARE(m_siteKinds.value(player.siteId()), SiteKind::Campus);
    QString patientZero;
    int takeovers = 0;
    int exfiltrations = 0;
    QSet<QString> beaconing;
    for (const ThreatEvent &event : playAll(player)) {
        const Device *device = m_devices.value(event.deviceId);
        QVERIFY2(device, qPrintable(event.deviceId));
        if (event.type == ThreatType::DefaultCredentials && !m_devices.contains(event.source)) {
            QVERIFY(patientZero.isEmpty());
            patientZero = event.deviceId;
            QCOMPARE(device->deviceClass, u"ip_camera"_s);
        }
        if (event.details.value(u"lateral"_s).toBool()) {
            ++takeovers;
            QVERIFY(beaconing.contains(event.source) || event.source == patientZero);
            QVERIFY(m_links.contains(qMakePair(event.source, event.destination)));
        }
        if (event.type == ThreatType::MalwareBeacon)
            beaconing.insert(event.deviceId);
        if (event.type == ThreatType::Exfiltration) {
            ++exfiltrations;
            QVERIFY(event.details.value(u"bytes_out"_s).toInteger() > (100LL << 20));
        }
    }
    QVERIFY(!patientZero.isEmpty());
    QVERIFY(player.isCompromised(patientZero));
    QVERIFY2(takeovers >= 2, qPrintable(QString::number(takeovers)));
    QCOMPARE(beaconing.size(), takeovers + 1);
    QCOMPARE(exfiltrations, takeovers + 1);
}

void TestScenario::hospitalRansomwareReachesClinicalDevices()
{
    ScenarioPlayer player = make(u"hospital-ransomware"_s);
    QCOMPARE(m_siteKinds.value(player.siteId()), SiteKind::Hospital);
    QSet<QString> clinicalTargets;
    bool phishing = false;
    bool tamperedPump = false;
    bool exfiltrated = false;
    for (const ThreatEvent &event : playAll(player)) {
        if (event.details.value(u"vector"_s).toString() == u"phishing_attachment"_s) {
            phishing = true;
            const Gateway *foothold = m_gateways.value(event.deviceId);
            QVERIFY(foothold);
            QVERIFY(foothold->segment.startsWith(u"admin-"_s));
        }
        const Device *device = m_devices.value(event.deviceId);
        if (device && device->capabilities.safetyCritical && event.type == ThreatType::DefaultCredentials) {
            clinicalTargets.insert(device->deviceClass);
            QVERIFY(device->segment.startsWith(u"clinical-"_s));
        }
        if (event.type == ThreatType::FirmwareTamper) {
            QVERIFY(device);
            QCOMPARE(device->deviceClass, u"infusion_pump"_s);
            tamperedPump = true;
        }
        exfiltrated = exfiltrated || event.type == ThreatType::Exfiltration;
    }
    QVERIFY(phishing);
    QVERIFY(clinicalTargets.contains(u"infusion_pump"_s));
    QVERIFY(clinicalTargets.contains(u"cardiac_monitor"_s));
    QVERIFY(tamperedPump);
    QVERIFY(exfiltrated);
}

void TestScenario::isolatingPatientZeroStopsTheBotnet()
{
    ScenarioPlayer player = make(u"camera-botnet"_s);
    QList<ThreatEvent> before = player.advance(0, 35000, m_epoch);
    QString patientZero;
    for (const ThreatEvent &event : before) {
        if (event.type == ThreatType::DefaultCredentials)
            patientZero = event.deviceId;
    }
    QVERIFY(!patientZero.isEmpty());
    player.setQuarantine(patientZero, QuarantineLevel::Isolate);
    QList<ThreatEvent> after;
    for (qint64 t = 35000; t < 320000; t += 5000)
        after += player.advance(t, t + 5000, m_epoch);
    // Everything after the foothold is driven from patient zero: isolated in time, nothing follows.
    QVERIFY2(after.isEmpty(), qPrintable(QString::number(after.size())));

    // Without the quarantine the same script goes on for minutes.
    ScenarioPlayer free = make(u"camera-botnet"_s);
    free.advance(0, 35000, m_epoch);
    QVERIFY(free.advance(35000, 320000, m_epoch).size() > 10);
}

void TestScenario::isolatingATargetPumpSparesIt()
{
    ScenarioPlayer probe = make(u"hospital-ransomware"_s);
    QString pump;
    for (const ThreatEvent &event : playAll(probe)) {
        if (event.type == ThreatType::FirmwareTamper) {
            pump = event.deviceId;
            break;
        }
    }
    QVERIFY(!pump.isEmpty());

    ScenarioPlayer player = make(u"hospital-ransomware"_s);
    player.setQuarantine(pump, QuarantineLevel::Isolate);
    int otherTakeovers = 0;
    for (const ThreatEvent &event : playAll(player)) {
        QVERIFY2(event.deviceId != pump && event.source != pump && event.destination != pump,
                 qPrintable(event.deviceId));
        const Device *device = m_devices.value(event.deviceId);
        if (device && device->capabilities.safetyCritical && event.type == ThreatType::DefaultCredentials)
            ++otherTakeovers;
    }
    QVERIFY(!player.isCompromised(pump));
    QVERIFY(otherTakeovers > 0); // the rest of the story still happens

    // Releasing it later exposes it again.
    ScenarioPlayer released = make(u"hospital-ransomware"_s);
    released.setQuarantine(pump, QuarantineLevel::Isolate);
    released.setQuarantine(pump, QuarantineLevel::None);
    bool hit = false;
    for (const ThreatEvent &event : playAll(released))
        hit = hit || event.deviceId == pump;
    QVERIFY(hit);
}

void TestScenario::startOffsetAndSkippedTime()
{
    ScenarioPlayer shifted = make(u"camera-botnet"_s, 3, ScenarioOptions{600000, 0});
    ScenarioPlayer plain = make(u"camera-botnet"_s, 3);
    const QList<ThreatEvent> a = playAll(shifted);
    const QList<ThreatEvent> b = playAll(plain);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(offsetOf(a[i]), offsetOf(b[i]) + 600000);

    // Joining late: the first 100 s are not shown but their effects hold, so later beats still appear.
    ScenarioPlayer late = make(u"camera-botnet"_s, 3);
    const QList<ThreatEvent> tail = late.advance(100000, 400000, m_epoch);
    QVERIFY(!tail.isEmpty());
    int expected = 0;
    for (const ThreatEvent &event : b)
        expected += offsetOf(event) >= 100000 ? 1 : 0;
    QCOMPARE(tail.size(), expected);
    for (const ThreatEvent &event : tail)
        QVERIFY(offsetOf(event) >= 100000);
    // Nothing is repeated when asked again.
    QVERIFY(late.advance(0, 400000, m_epoch).isEmpty());
}

void TestScenario::backgroundNoiseIsMergedInOrder()
{
    ScenarioPlayer quiet = make(u"hospital-ransomware"_s, 9);
    ScenarioPlayer noisy = make(u"hospital-ransomware"_s, 9, ScenarioOptions{0, 50});
    const QList<ThreatEvent> scripted = playAll(quiet);
    const QList<ThreatEvent> merged = playAll(noisy);
    QVERIFY(merged.size() > scripted.size() + 10000);
    for (int i = 1; i < merged.size(); ++i)
        QVERIFY(merged[i - 1].time <= merged[i].time);
    for (const ThreatEvent &event : scripted)
        QVERIFY(merged.contains(event));
}

void TestScenario::fleetWithoutTheCastIsAnError()
{
    GeneratedFleet noClinic = m_fleet;
    noClinic.devices.removeIf([](const Device &device) { return device.capabilities.safetyCritical; });
    const Result<ScenarioPlayer> ransomware = ScenarioPlayer::create(u"hospital-ransomware"_s, noClinic, 1);
    QVERIFY(!ransomware.ok());
    QVERIFY(ransomware.errorMessage().contains(u"infusion pumps"_s));

    GeneratedFleet noCameras = m_fleet;
    noCameras.devices.removeIf([](const Device &device) { return device.deviceClass == u"ip_camera"_s; });
    const Result<ScenarioPlayer> botnet = ScenarioPlayer::create(u"camera-botnet"_s, noCameras, 1);
    QVERIFY(!botnet.ok());
    QVERIFY(botnet.errorMessage().contains(u"camera"_s));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
