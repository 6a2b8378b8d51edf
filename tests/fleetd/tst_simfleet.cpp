#include "DomainCompare.h"
#include "sim/DeviceCatalog.h"
#include "sim/FleetGenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::StringLiterals;

class TestSimFleet : public QObject {
    Q_OBJECT

private slots:
    void sameSeedGivesIdenticalFleet();
    void differentSeedGivesDifferentFleet();
    void shapeInvariants_data();
    void shapeInvariants();
    void sitesCoverEveryKindWithRealTimeZones();
    void safetyCriticalOnlyInHospitals();
    void capabilitiesFollowClassTable();
    void linksReferenceExistingNodesAndStayInSite();
    void firmwareCatalogue();
    void devicesMostlyOnVulnerableFirmware();
    void riskScoreFollowsVulnerabilities();
    void ownersAreSharedPeople();
    void licenceRequests();
    void negativeDeviceCountGivesEmptyFleet();

private:
    static const GeneratedFleet &fleet3000()
    {
        static const GeneratedFleet fleet = generateFleet(FleetSpec{3000, 42, {}});
        return fleet;
    }
};

void TestSimFleet::sameSeedGivesIdenticalFleet()
{
    const QDateTime epoch(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    const GeneratedFleet a = generateFleet(FleetSpec{800, 99, epoch});
    const GeneratedFleet b = generateFleet(FleetSpec{800, 99, epoch});
    QCOMPARE(a.devices.size(), 800);
    QVERIFY(a.sites == b.sites);
    QVERIFY(a.gateways == b.gateways);
    QVERIFY(a.devices == b.devices);
    QVERIFY(a.owners == b.owners);
    QVERIFY(a.links == b.links);
    QVERIFY(a.firmware == b.firmware);
    QVERIFY(a.licenceRequests == b.licenceRequests);
}

void TestSimFleet::differentSeedGivesDifferentFleet()
{
    const GeneratedFleet a = generateFleet(FleetSpec{800, 1, {}});
    const GeneratedFleet b = generateFleet(FleetSpec{800, 2, {}});
    QCOMPARE(a.devices.size(), b.devices.size());
    QVERIFY(!(a.devices == b.devices));
    QVERIFY(!(a.sites == b.sites));
    QVERIFY(!(a.links == b.links));
}

void TestSimFleet::shapeInvariants_data()
{
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("expectedSites");
    QTest::newRow("one device") << 1 << 4;
    QTest::newRow("120 devices") << 120 << 4;
    QTest::newRow("1000 devices") << 1000 << 4;
    QTest::newRow("2600 devices") << 2600 << 10;
    QTest::newRow("5000 devices") << 5000 << 20;
}

void TestSimFleet::shapeInvariants()
{
    QFETCH(int, devices);
    QFETCH(int, expectedSites);
    const GeneratedFleet fleet = generateFleet(FleetSpec{devices, 7, {}});
    QCOMPARE(fleet.devices.size(), devices);
    QCOMPARE(fleet.sites.size(), expectedSites);

    QHash<QString, const Site *> sites;
    for (const Site &site : fleet.sites) {
        QVERIFY2(!sites.contains(site.id), qPrintable(site.id));
        sites.insert(site.id, &site);
    }
    QHash<QString, const Gateway *> gateways;
    for (const Gateway &gateway : fleet.gateways) {
        QVERIFY2(!gateways.contains(gateway.id), qPrintable(gateway.id));
        QVERIFY2(sites.contains(gateway.siteId), qPrintable(gateway.id));
        QVERIFY(!gateway.segment.isEmpty());
        gateways.insert(gateway.id, &gateway);
    }
    QSet<QString> owners;
    for (const Owner &owner : fleet.owners)
        owners.insert(owner.ref);
    QCOMPARE(owners.size(), fleet.owners.size());

    const QRegularExpression devicePattern(u"^dev-\\d{6,}$"_s);
    const QRegularExpression gatewayPattern(u"^gw-\\d{4,}$"_s);
    QSet<QString> deviceIds;
    QHash<QString, int> perGateway;
    for (const Device &device : fleet.devices) {
        QVERIFY2(devicePattern.match(device.id).hasMatch(), qPrintable(device.id));
        QVERIFY2(!deviceIds.contains(device.id), qPrintable(device.id));
        deviceIds.insert(device.id);
        QVERIFY2(sites.contains(device.siteId), qPrintable(device.id));
        const Gateway *gateway = gateways.value(device.gatewayId);
        QVERIFY2(gateway, qPrintable(device.id));
        QVERIFY(gatewayPattern.match(gateway->id).hasMatch());
        QCOMPARE(gateway->siteId, device.siteId);
        QCOMPARE(device.segment, gateway->segment);
        QVERIFY2(owners.contains(device.ownerRef), qPrintable(device.id));
        QVERIFY2(deviceClassIndex(device.deviceClass) >= 0, qPrintable(device.deviceClass));
        QVERIFY(!device.name.isEmpty());
        QVERIFY(!device.vendor.isEmpty());
        QVERIFY(!device.model.isEmpty());
        QVERIFY(device.riskScore >= 0 && device.riskScore <= 100);
        QVERIFY(device.lastSeen.isValid());
        ++perGateway[device.gatewayId];
    }
    for (auto it = perGateway.cbegin(); it != perGateway.cend(); ++it)
        QVERIFY2(it.value() <= 40, qPrintable(it.key()));
}

void TestSimFleet::sitesCoverEveryKindWithRealTimeZones()
{
    const GeneratedFleet &fleet = fleet3000();
    QSet<int> kinds;
    QSet<QString> names;
    for (const Site &site : fleet.sites) {
        kinds.insert(static_cast<int>(site.kind));
        QVERIFY2(QTimeZone(site.timeZone.toUtf8()).isValid(), qPrintable(site.timeZone));
        QVERIFY(!site.city.isEmpty());
        QVERIFY2(!names.contains(site.name), qPrintable(site.name));
        names.insert(site.name);
    }
    QCOMPARE(kinds.size(), 4);
}

void TestSimFleet::safetyCriticalOnlyInHospitals()
{
    const GeneratedFleet &fleet = fleet3000();
    QHash<QString, SiteKind> kindOf;
    for (const Site &site : fleet.sites)
        kindOf.insert(site.id, site.kind);
    int clinical = 0;
    for (const Device &device : fleet.devices) {
        const bool clinicalClass =
            device.deviceClass == u"infusion_pump"_s || device.deviceClass == u"cardiac_monitor"_s;
        QCOMPARE(device.capabilities.safetyCritical, clinicalClass);
        if (clinicalClass) {
            ++clinical;
            QVERIFY2(kindOf.value(device.siteId) == SiteKind::Hospital, qPrintable(device.id));
            QVERIFY(device.segment.startsWith(u"clinical-vlan-"_s));
        }
    }
    QVERIFY(clinical > 0);
}

void TestSimFleet::capabilitiesFollowClassTable()
{
    const GeneratedFleet &fleet = fleet3000();
    QSet<QString> classes;
    for (const Device &device : fleet.devices) {
        classes.insert(device.deviceClass);
        const DeviceCapabilities &caps = device.capabilities;
        if (device.deviceClass == u"plc"_s) {
            QVERIFY(caps.needsMaintenanceWindow);
            QVERIFY(caps.onlineUpdate);
        } else if (device.deviceClass == u"infusion_pump"_s || device.deviceClass == u"cardiac_monitor"_s) {
            QVERIFY(!caps.onlineUpdate);
        } else {
            QVERIFY2(caps.onlineUpdate && !caps.needsMaintenanceWindow && !caps.safetyCritical,
                     qPrintable(device.deviceClass));
        }
    }
    // A 3000-device fleet has every class of the table.
    QCOMPARE(classes.size(), deviceClassProfiles().size());
}

void TestSimFleet::linksReferenceExistingNodesAndStayInSite()
{
    const GeneratedFleet &fleet = fleet3000();
    QHash<QString, QString> siteOfNode;
    QSet<QString> gatewayIds;
    for (const Gateway &gateway : fleet.gateways) {
        siteOfNode.insert(gateway.id, gateway.siteId);
        gatewayIds.insert(gateway.id);
    }
    QHash<QString, QString> gatewayOfDevice;
    for (const Device &device : fleet.devices) {
        siteOfNode.insert(device.id, device.siteId);
        gatewayOfDevice.insert(device.id, device.gatewayId);
    }
    QHash<QString, int> uplinks;
    QSet<QString> gatewaysWithUplink;
    QSet<QPair<QString, QString>> peerPairs;
    int peers = 0;
    for (const Link &link : fleet.links) {
        QVERIFY2(siteOfNode.contains(link.fromId), qPrintable(link.fromId));
        QVERIFY2(siteOfNode.contains(link.toId), qPrintable(link.toId));
        QVERIFY(link.fromId != link.toId);
        QCOMPARE(siteOfNode.value(link.fromId), siteOfNode.value(link.toId));
        if (link.kind == LinkKind::Uplink) {
            QVERIFY(gatewayIds.contains(link.toId));
            if (gatewayIds.contains(link.fromId)) {
                gatewaysWithUplink.insert(link.fromId);
            } else {
                QCOMPARE(link.toId, gatewayOfDevice.value(link.fromId));
                ++uplinks[link.fromId];
            }
        } else {
            QVERIFY(gatewayOfDevice.contains(link.fromId) && gatewayOfDevice.contains(link.toId));
            const QPair<QString, QString> pair =
                link.fromId < link.toId ? qMakePair(link.fromId, link.toId) : qMakePair(link.toId, link.fromId);
            QVERIFY2(!peerPairs.contains(pair), qPrintable(link.fromId + u' ' + link.toId));
            peerPairs.insert(pair);
            ++peers;
        }
    }
    // Exactly one uplink per device; every gateway but the site's core gateway uplinks to another gateway.
    QCOMPARE(uplinks.size(), fleet.devices.size());
    for (auto it = uplinks.cbegin(); it != uplinks.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(gatewaysWithUplink.size(), fleet.gateways.size() - fleet.sites.size());
    const double peersPerDevice = double(peers) / fleet.devices.size();
    QVERIFY2(peersPerDevice > 0.12 && peersPerDevice < 0.35, qPrintable(QString::number(peersPerDevice)));
}

void TestSimFleet::firmwareCatalogue()
{
    const GeneratedFleet &fleet = fleet3000();
    const QRegularExpression cvePattern(u"^CVE-2026-1\\d{4}$"_s);
    QHash<QString, QList<const Firmware *>> byClass;
    int unverified = 0;
    QSet<QString> ids;
    for (const Firmware &fw : fleet.firmware) {
        QVERIFY(!ids.contains(fw.id));
        ids.insert(fw.id);
        byClass[fw.deviceClass].append(&fw);
        if (!fw.signatureVerified)
            ++unverified;
        for (const QString &cve : fw.vulnerabilities + fw.fixes)
            QVERIFY2(cvePattern.match(cve).hasMatch(), qPrintable(cve));
        QVERIFY(fw.released.isValid());
    }
    QCOMPARE(unverified, 1);
    QCOMPARE(byClass.size(), deviceClassProfiles().size());
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        const QList<const Firmware *> &images = it.value();
        QVERIFY2(images.size() >= 3 && images.size() <= 5, qPrintable(it.key()));
        QVERIFY2(!images.first()->vulnerabilities.isEmpty(), qPrintable(it.key()));
        // Every CVE of an older image is fixed by a later one.
        for (int i = 0; i < images.size(); ++i) {
            for (const QString &cve : images[i]->vulnerabilities) {
                bool fixedLater = false;
                for (int j = i + 1; j < images.size(); ++j)
                    fixedLater = fixedLater || images[j]->fixes.contains(cve);
                QVERIFY2(fixedLater, qPrintable(images[i]->id + u' ' + cve));
            }
        }
    }
}

void TestSimFleet::devicesMostlyOnVulnerableFirmware()
{
    const GeneratedFleet &fleet = fleet3000();
    QHash<QPair<QString, QString>, const Firmware *> images;
    for (const Firmware &fw : fleet.firmware)
        images.insert(qMakePair(fw.deviceClass, fw.version), &fw);
    int vulnerable = 0;
    for (const Device &device : fleet.devices) {
        const Firmware *fw = images.value(qMakePair(device.deviceClass, device.firmwareVersion));
        QVERIFY2(fw, qPrintable(device.id + u' ' + device.firmwareVersion));
        QVERIFY2(fw->signatureVerified, qPrintable(device.id)); // nobody runs the unverified image
        if (!fw->vulnerabilities.isEmpty())
            ++vulnerable;
    }
    QVERIFY2(vulnerable > fleet.devices.size() * 6 / 10, qPrintable(QString::number(vulnerable)));
    QVERIFY(vulnerable < fleet.devices.size()); // some are patched
}

void TestSimFleet::riskScoreFollowsVulnerabilities()
{
    const GeneratedFleet &fleet = fleet3000();
    QHash<QPair<QString, QString>, int> openCves;
    for (const Firmware &fw : fleet.firmware)
        openCves.insert(qMakePair(fw.deviceClass, fw.version), static_cast<int>(fw.vulnerabilities.size()));
    // Among devices of one class with equal extras, more open CVEs never means less risk.
    const QList<Device> sample = fleet.devices.mid(0, 400);
    for (const Device &a : sample) {
        for (const Device &b : sample) {
            if (a.deviceClass != b.deviceClass || a.notes != b.notes || a.status != b.status)
                continue;
            if (openCves.value(qMakePair(a.deviceClass, a.firmwareVersion)) >
                openCves.value(qMakePair(b.deviceClass, b.firmwareVersion)))
                QVERIFY2(a.riskScore >= b.riskScore, qPrintable(a.id + u' ' + b.id));
        }
    }
}

void TestSimFleet::ownersAreSharedPeople()
{
    const GeneratedFleet &fleet = fleet3000();
    QVERIFY(fleet.owners.size() > 0);
    QVERIFY2(fleet.devices.size() / fleet.owners.size() >= 4, "several devices per owner");
    const QRegularExpression refPattern(u"^own-\\d{6,}$"_s);
    QSet<QString> emails;
    for (const Owner &owner : fleet.owners) {
        QVERIFY(refPattern.match(owner.ref).hasMatch());
        QVERIFY(owner.name.contains(u' '));
        QVERIFY2(owner.email.contains(u'@') && owner.email.endsWith(u".example"_s), qPrintable(owner.email));
        QVERIFY2(!emails.contains(owner.email), qPrintable(owner.email));
        emails.insert(owner.email);
        QVERIFY(owner.phone.startsWith(u'+'));
    }
}

void TestSimFleet::licenceRequests()
{
    const GeneratedFleet &fleet = fleet3000();
    QHash<QString, const Device *> devices;
    for (const Device &device : fleet.devices)
        devices.insert(device.id, &device);
    QVERIFY(fleet.licenceRequests.size() >= 4 && fleet.licenceRequests.size() <= 10);
    bool patientData = false;
    bool bucket = false;
    for (const Licence &licence : fleet.licenceRequests) {
        const Device *device = devices.value(licence.deviceId);
        QVERIFY2(device, qPrintable(licence.deviceId));
        QCOMPARE(licence.state, LicenceState::Requested);
        QVERIFY(!licence.requestedScopes.isEmpty());
        QVERIFY(licence.grantedScopes.isEmpty());
        for (const QString &scope : licence.requestedScopes) {
            if (scope == u"patient-data"_s) {
                QVERIFY(device->capabilities.safetyCritical);
                patientData = true;
            }
            if (scope.startsWith(u"cloud-storage:bucket-"_s)) {
                QCOMPARE(scope, u"cloud-storage:bucket-"_s + device->siteId);
                bucket = true;
            }
        }
    }
    QVERIFY(patientData);
    QVERIFY(bucket);
}

void TestSimFleet::negativeDeviceCountGivesEmptyFleet()
{
    const GeneratedFleet fleet = generateFleet(FleetSpec{-5, 1, {}});
    QVERIFY(fleet.devices.isEmpty());
    QCOMPARE(fleet.sites.size(), 4);
    QVERIFY(fleet.licenceRequests.isEmpty());
    QVERIFY(!fleet.firmware.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimFleet)
#include "tst_simfleet.moc"
