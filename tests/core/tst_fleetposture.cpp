// FleetPosture: fleet size by class, site and status; firmware currency against the newest catalogue image of each
// class; known vulnerabilities with the devices exposed; open incidents by severity; quarantines; active licences
// expiring within the window, soonest first.
#include "analysis/FleetPosture.h"

#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Device device(const QString &id, const QString &cls, const QString &version, const QString &site = u"s1"_s)
{
    Device d;
    d.id = id;
    d.name = id.toUpper();
    d.deviceClass = cls;
    d.firmwareVersion = version;
    d.siteId = site;
    return d;
}

Firmware image(const QString &cls, const QString &version, const QStringList &cves = {})
{
    Firmware f;
    f.id = cls + u'-' + version;
    f.deviceClass = cls;
    f.version = version;
    f.vulnerabilities = cves;
    return f;
}

Licence licence(const QString &id, const QString &deviceId, LicenceState state, const QDateTime &expires)
{
    Licence l;
    l.id = id;
    l.deviceId = deviceId;
    l.state = state;
    l.expires = expires;
    return l;
}

FleetPostureInput sample()
{
    FleetPostureInput input;
    input.siteNames = {{u"s1"_s, u"General Hospital"_s}, {u"s2"_s, u"Clinic North"_s}};
    input.firmware = {image(u"camera"_s, u"1.2.0"_s, {u"CVE-2024-0001"_s, u"CVE-2024-0002"_s}),
                      image(u"camera"_s, u"1.10.0"_s), // newer than 1.2.0 by version number, not by text
                      image(u"pump"_s, u"3.0"_s, {u"CVE-2024-0002"_s})};
    Device c1 = device(u"c1"_s, u"camera"_s, u"1.2.0"_s);
    Device c2 = device(u"c2"_s, u"camera"_s, u"1.10.0"_s, u"s2"_s);
    Device c3 = device(u"c3"_s, u"camera"_s, u"0.9"_s, u"s2"_s); // a version the catalogue does not know
    c3.status = DeviceStatus::Offline;
    c3.quarantine = QuarantineLevel::Isolate;
    Device p1 = device(u"p1"_s, u"pump"_s, u"3.0"_s);
    p1.capabilities.safetyCritical = true;
    p1.quarantine = QuarantineLevel::RevokeCredentials;
    Device t1 = device(u"t1"_s, u"thermostat"_s, u"5"_s, u"s9"_s); // no image for the class, unknown site
    t1.status = DeviceStatus::Disabled;
    input.devices = {c1, c2, c3, p1, t1};
    Incident open;
    open.id = u"i1"_s;
    open.severity = Severity::Critical;
    open.state = IncidentState::Investigating;
    Incident resolved = open;
    resolved.id = u"i2"_s;
    resolved.state = IncidentState::Resolved;
    Incident minor = open;
    minor.id = u"i3"_s;
    minor.severity = Severity::Minor;
    minor.state = IncidentState::New;
    input.incidents = {open, resolved, minor};
    input.licences = {licence(u"l1"_s, u"c1"_s, LicenceState::Active, Now.addDays(40)),
                      licence(u"l2"_s, u"p1"_s, LicenceState::Active, Now.addDays(3)),
                      licence(u"l3"_s, u"c2"_s, LicenceState::Active, Now.addDays(-1)), // overdue, still active
                      licence(u"l4"_s, u"c3"_s, LicenceState::Active, QDateTime()),
                      licence(u"l5"_s, u"t1"_s, LicenceState::Revoked, Now.addDays(1))};
    return input;
}

} // namespace

class TestFleetPosture : public QObject {
    Q_OBJECT
private slots:
    void fleetSize()
    {
        const FleetPosture p = FleetPosture::compute(sample(), Now);
        QCOMPARE(p.devices, 5);
        QCOMPARE(p.safetyCritical, 1);
        QCOMPARE(p.byClass, (QList<FleetPosture::Count>{{u"camera"_s, 3}, {u"pump"_s, 1}, {u"thermostat"_s, 1}}));
        // Site names where known, the id where not.
        QCOMPARE(p.bySite,
                 (QList<FleetPosture::Count>{{u"Clinic North"_s, 2}, {u"General Hospital"_s, 2}, {u"s9"_s, 1}}));
        QCOMPARE(p.byStatus, (QList<FleetPosture::Count>{{u"online"_s, 3}, {u"offline"_s, 1}, {u"degraded"_s, 0},
                                                          {u"disabled"_s, 1}}));
    }

    void firmwareCurrency_data()
    {
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<QString>("latest");
        QTest::addColumn<qint64>("devices");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("behind");
        QTest::addColumn<qint64>("unknown");
        QTest::addColumn<qint64>("vulnerable");
        QTest::newRow("camera: one current, one behind and vulnerable, one unknown")
            << u"camera"_s << u"1.10.0"_s << qint64(3) << qint64(1) << qint64(1) << qint64(1) << qint64(1);
        QTest::newRow("pump: the only image is the latest and is vulnerable")
            << u"pump"_s << u"3.0"_s << qint64(1) << qint64(1) << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("thermostat: no image at all")
            << u"thermostat"_s << QString() << qint64(1) << qint64(0) << qint64(0) << qint64(1) << qint64(0);
    }

    void firmwareCurrency()
    {
        QFETCH(QString, deviceClass);
        const FleetPosture p = FleetPosture::compute(sample(), Now);
        const auto it = std::find_if(p.firmware.cbegin(), p.firmware.cend(),
                                     [&](const FleetPosture::ClassFirmware &c) { return c.deviceClass == deviceClass; });
        QVERIFY(it != p.firmware.cend());
        QTEST(it->latestVersion, "latest");
        QTEST(it->devices, "devices");
        QTEST(it->current, "current");
        QTEST(it->behind, "behind");
        QTEST(it->unknown, "unknown");
        QTEST(it->vulnerable, "vulnerable");
    }

    void vulnerabilitiesAndTotals()
    {
        const FleetPosture p = FleetPosture::compute(sample(), Now);
        QCOMPARE(p.devicesCurrent, 2);
        QCOMPARE(p.devicesBehind, 1);
        QCOMPARE(p.devicesUnknownFirmware, 2);
        QCOMPARE(p.devicesVulnerable, 2);
        QCOMPARE(p.safetyCriticalVulnerable, 1);
        // CVE-2024-0002 is in both the camera's 1.2.0 and the pump's 3.0: most exposed first.
        QCOMPARE(p.vulnerabilities.size(), 2);
        QCOMPARE(p.vulnerabilities.at(0).id, u"CVE-2024-0002"_s);
        QCOMPARE(p.vulnerabilities.at(0).devices, 2);
        QCOMPARE(p.vulnerabilities.at(0).safetyCritical, 1);
        QCOMPARE(p.vulnerabilities.at(1).id, u"CVE-2024-0001"_s);
        QCOMPARE(p.vulnerabilities.at(1).devices, 1);
    }

    void incidentsQuarantinesLicences()
    {
        const FleetPosture p = FleetPosture::compute(sample(), Now, 30);
        QCOMPARE(p.openIncidents, 2);
        QCOMPARE(p.openIncidentsBySeverity[std::size_t(Severity::Critical)], 1);
        QCOMPARE(p.openIncidentsBySeverity[std::size_t(Severity::Minor)], 1);
        QCOMPARE(p.openIncidentsBySeverity[std::size_t(Severity::Major)], 0);
        QCOMPARE(p.quarantined, 2);
        QCOMPARE(p.quarantinedByLevel[std::size_t(QuarantineLevel::Isolate)], 1);
        QCOMPARE(p.quarantinedByLevel[std::size_t(QuarantineLevel::RevokeCredentials)], 1);
        QCOMPARE(p.activeLicences, 4);
        QCOMPARE(p.licencesWithoutExpiry, 1);
        // Within 30 days, the overdue one first; the one 40 days out and the revoked one are not listed.
        QCOMPARE(p.expiringLicences.size(), 2);
        QCOMPARE(p.expiringLicences.at(0).licenceId, u"l3"_s);
        QCOMPARE(p.expiringLicences.at(0).deviceName, u"C2"_s);
        QCOMPARE(p.expiringLicences.at(1).licenceId, u"l2"_s);
        QCOMPARE(FleetPosture::compute(sample(), Now, 60).expiringLicences.size(), 3);
    }

    void backendsAreAdded()
    {
        FleetPostureInput both = sample();
        both.append(sample());
        const FleetPosture p = FleetPosture::compute(both, Now);
        QCOMPARE(p.devices, 10);
        QCOMPARE(p.openIncidents, 4);
        QCOMPARE(p.vulnerabilities.at(0).devices, 4);
        QCOMPARE(FleetPosture::compute(FleetPostureInput{}, Now).devices, 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetPosture)
#include "tst_fleetposture.moc"
