#include "DomainCompare.h"
#include "FleetdFixture.h"

#include "security/Ed25519Key.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;
using Kind = FleetError::Kind;

namespace {

template <typename T> QList<T> everything(FleetApiClient &api)
{
    QList<T> all;
    const auto summary = waitFor<FetchSummary>([&](QObject *c, auto done) {
        api.fetchAll<T>(
            -1, c,
            [&](Page<T> &page) {
                all += page.items;
                return true;
            },
            done);
    });
    return summary && summary->ok() ? all : QList<T>();
}

#define EXPECT_OK(result)                                                                                              \
    do {                                                                                                               \
        QVERIFY((result).has_value());                                                                                 \
        QVERIFY2((result)->ok(), qPrintable((result)->error().message()));                                             \
    } while (false)

} // namespace

// Every typed call of FleetApiClient against a real fleetd: request bodies the backend accepts, answers the client
// reads, and the documented refusals (self approval, illegal transitions, unverified firmware, roles).
class TestFleetActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void deviceEditsAndQuarantine();
    void safetyCriticalQuarantineNeedsASecondOperator();
    void eventsFromASeq();
    void incidentWorkflow();
    void licenceDecisions();
    void campaignLifecycle();
    void workOrders();
    void rulesForAdminsOnly();
    void auditChainAndSignedHead();

private:
    std::unique_ptr<FleetApiClient> loggedIn(const QString &user);

    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;
    std::unique_ptr<FleetApiClient> m_alice;
    std::unique_ptr<FleetApiClient> m_bob;
    QList<Device> m_devices;
};

void TestFleetActions::initTestCase()
{
    if (!fleetdAvailable())
        QSKIP("the fleetd binary has not been built (target fleetd); these tests need a real fleetd");
    QVERIFY(m_dir.isValid());
    m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"fleetd"_s));
    FleetdProcess::Options options;
    options.devices = 400;
    options.eventRate = 60;
    QString error;
    QVERIFY2(m_fleetd->start(options, &error), qPrintable(error));
    m_alice = loggedIn(u"alice"_s);
    m_bob = loggedIn(u"bob"_s);
    QVERIFY(m_alice && m_bob);
    m_devices = everything<Device>(*m_alice);
    QCOMPARE(m_devices.size(), 400);
}

void TestFleetActions::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    m_fleetd.reset();
}

std::unique_ptr<FleetApiClient> TestFleetActions::loggedIn(const QString &user)
{
    const ConnectionProfile profile = m_fleetd->profile();
    auto api = std::make_unique<FleetApiClient>(profile, TlsSetup::build(profile).value());
    const auto login = loginAs(*api, *m_fleetd, user);
    if (!login || !login->ok())
        return nullptr;
    return api;
}

void TestFleetActions::deviceEditsAndQuarantine()
{
    const auto target = std::find_if(m_devices.begin(), m_devices.end(), [](const Device &d) {
        return !d.capabilities.safetyCritical && d.status != DeviceStatus::Disabled &&
               d.quarantine == QuarantineLevel::None;
    });
    QVERIFY(target != m_devices.end());
    const QString id = target->id;

    const auto read = waitFor<Device>([&](QObject *c, auto done) { m_alice->device(id, c, done); });
    EXPECT_OK(read);
    QCOMPARE(read->value().id, id);

    DevicePatch patch;
    patch.name = u"Renamed by test"_s;
    patch.notes = u"Checked on site"_s;
    const auto patched = waitFor<Device>([&](QObject *c, auto done) { m_alice->patchDevice(id, patch, c, done); });
    EXPECT_OK(patched);
    QCOMPARE(patched->value().name, u"Renamed by test"_s);
    QCOMPARE(patched->value().notes, u"Checked on site"_s);
    QVERIFY(patched->value().revision > read->value().revision);

    const auto disabled =
        waitFor<Device>([&](QObject *c, auto done) { m_alice->disableDevice(id, u"maintenance"_s, c, done); });
    EXPECT_OK(disabled);
    QCOMPARE(disabled->value().status, DeviceStatus::Disabled);
    const auto enabled = waitFor<Device>([&](QObject *c, auto done) { m_alice->enableDevice(id, u"back"_s, c, done); });
    EXPECT_OK(enabled);
    QVERIFY(enabled->value().status != DeviceStatus::Disabled);

    const auto quarantined = waitFor<QuarantineOutcome>([&](QObject *c, auto done) {
        m_alice->quarantineDevice(id, QuarantineLevel::Isolate, u"beaconing"_s, {}, c, done);
    });
    EXPECT_OK(quarantined);
    QVERIFY(!quarantined->value().needsApproval());
    QCOMPARE(quarantined->value().device->quarantine, QuarantineLevel::Isolate);
    const auto released =
        waitFor<Device>([&](QObject *c, auto done) { m_alice->releaseDevice(id, u"cleaned"_s, c, done); });
    EXPECT_OK(released);
    QCOMPARE(released->value().quarantine, QuarantineLevel::None);

    const auto missing = waitFor<Device>([&](QObject *c, auto done) { m_alice->device(u"no/such device"_s, c, done); });
    QVERIFY(!missing->ok());
    QCOMPARE(missing->error().kind(), Kind::NotFound);

    auto carol = loggedIn(u"carol"_s);
    QVERIFY(carol);
    const auto refused =
        waitFor<Device>([&](QObject *c, auto done) { carol->disableDevice(id, u"viewer tries"_s, c, done); });
    QCOMPARE(refused->error().kind(), Kind::Forbidden);
}

void TestFleetActions::safetyCriticalQuarantineNeedsASecondOperator()
{
    QList<QString> critical;
    for (const Device &device : std::as_const(m_devices)) {
        if (device.capabilities.safetyCritical && device.quarantine == QuarantineLevel::None)
            critical.append(device.id);
    }
    QVERIFY(critical.size() >= 2);

    const auto held = waitFor<QuarantineOutcome>([&](QObject *c, auto done) {
        m_alice->quarantineDevice(critical.at(0), QuarantineLevel::Isolate, u"suspicious traffic"_s,
                                  QDateTime::currentDateTimeUtc().addSecs(3600), c, done);
    });
    EXPECT_OK(held);
    QVERIFY(held->value().needsApproval());
    const Approval approval = *held->value().approval;
    QCOMPARE(approval.state, ApprovalState::Pending);
    QCOMPARE(approval.requestedBy, u"alice"_s);

    const auto self =
        waitFor<Approval>([&](QObject *c, auto done) { m_alice->approveApproval(approval.id, u"me"_s, c, done); });
    QVERIFY(!self->ok());
    QCOMPARE(self->error().kind(), Kind::Forbidden);
    QCOMPARE(self->error().code(), u"self_approval"_s);

    const auto approved =
        waitFor<Approval>([&](QObject *c, auto done) { m_bob->approveApproval(approval.id, QString(), c, done); });
    EXPECT_OK(approved);
    QCOMPARE(approved->value().state, ApprovalState::Approved);
    QCOMPARE(approved->value().decidedBy, u"bob"_s);
    const auto device = waitFor<Device>([&](QObject *c, auto done) { m_bob->device(critical.at(0), c, done); });
    QCOMPARE(device->value().quarantine, QuarantineLevel::Isolate);

    const auto second = waitFor<QuarantineOutcome>([&](QObject *c, auto done) {
        m_alice->quarantineDevice(critical.at(1), QuarantineLevel::Disable, u"test"_s, {}, c, done);
    });
    EXPECT_OK(second);
    const auto denied = waitFor<Approval>(
        [&](QObject *c, auto done) { m_bob->denyApproval(second->value().approval->id, u"false alarm"_s, c, done); });
    EXPECT_OK(denied);
    QCOMPARE(denied->value().state, ApprovalState::Denied);
    QCOMPARE(denied->value().reason, u"false alarm"_s);

    const QList<Approval> approvals = everything<Approval>(*m_alice);
    QVERIFY(approvals.size() >= 2);
}

void TestFleetActions::eventsFromASeq()
{
    const auto page = waitFor<EventRange>([&](QObject *c, auto done) { m_alice->events(1, 50, c, done); });
    EXPECT_OK(page);
    QVERIFY(!page->value().items.isEmpty());
    QCOMPARE(page->value().items.first().seq, 1);
    QVERIFY(page->value().items.size() <= 50);
    QVERIFY(page->value().lastSeq >= page->value().items.last().seq);
    const auto later = waitFor<EventRange>(
        [&](QObject *c, auto done) { m_alice->events(page->value().items.last().seq + 1, 10, c, done); });
    EXPECT_OK(later);
    if (!later->value().items.isEmpty())
        QCOMPARE(later->value().items.first().seq, page->value().items.last().seq + 1);
}

void TestFleetActions::incidentWorkflow()
{
    QList<Incident> incidents;
    QTRY_VERIFY_WITH_TIMEOUT(!(incidents = everything<Incident>(*m_alice)).isEmpty(), 60000);
    const auto fresh = std::find_if(incidents.begin(), incidents.end(),
                                    [](const Incident &i) { return i.state == IncidentState::New; });
    QVERIFY(fresh != incidents.end());
    const QString id = fresh->id;

    const auto acknowledged =
        waitFor<Incident>([&](QObject *c, auto done) { m_alice->acknowledgeIncident(id, c, done); });
    EXPECT_OK(acknowledged);
    QCOMPARE(acknowledged->value().state, IncidentState::Acknowledged);
    const auto assigned =
        waitFor<Incident>([&](QObject *c, auto done) { m_alice->assignIncident(id, u"bob"_s, c, done); });
    EXPECT_OK(assigned);
    QCOMPARE(assigned->value().assignee, u"bob"_s);
    const QDateTime writtenAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    const auto noted = waitFor<Incident>(
        [&](QObject *c, auto done) { m_bob->addIncidentNote(id, u"Isolated the segment"_s, writtenAt, c, done); });
    EXPECT_OK(noted);
    QVERIFY(std::any_of(noted->value().notes.begin(), noted->value().notes.end(), [&](const IncidentNote &note) {
        return note.text == u"Isolated the segment"_s && note.author == u"bob"_s &&
               qAbs(note.time.msecsTo(writtenAt)) < 1000;
    }));
    const auto investigating = waitFor<Incident>([&](QObject *c, auto done) {
        m_bob->setIncidentState(id, IncidentState::Investigating, u"looking"_s, c, done);
    });
    EXPECT_OK(investigating);
    QCOMPARE(investigating->value().state, IncidentState::Investigating);
    const auto backwards = waitFor<Incident>(
        [&](QObject *c, auto done) { m_bob->setIncidentState(id, IncidentState::New, QString(), c, done); });
    QVERIFY(!backwards->ok());
    QCOMPARE(backwards->error().kind(), Kind::Conflict);
}

void TestFleetActions::licenceDecisions()
{
    QList<Licence> requested;
    for (const Licence &licence : everything<Licence>(*m_alice)) {
        if (licence.state == LicenceState::Requested && !licence.requestedScopes.isEmpty())
            requested.append(licence);
    }
    QVERIFY2(requested.size() >= 2, "fleetd seeds a handful of licence requests");

    const Licence first = requested.at(0);
    const auto notRequested = waitFor<Licence>(
        [&](QObject *c, auto done) { m_alice->approveLicence(first.id, {u"everything-please"_s}, {}, c, done); });
    QVERIFY(!notRequested->ok()); // scopes must be a subset of the request

    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
    const auto approved = waitFor<Licence>([&](QObject *c, auto done) {
        m_alice->approveLicence(first.id, {first.requestedScopes.first()}, expires, c, done);
    });
    EXPECT_OK(approved);
    QCOMPARE(approved->value().state, LicenceState::Active);
    QCOMPARE(approved->value().grantedScopes, QStringList{first.requestedScopes.first()});
    QVERIFY(qAbs(approved->value().expires.secsTo(expires)) <= 1);
    const auto revoked = waitFor<Licence>(
        [&](QObject *c, auto done) { m_alice->revokeLicence(first.id, u"device retired"_s, c, done); });
    EXPECT_OK(revoked);
    QCOMPARE(revoked->value().state, LicenceState::Revoked);
    const auto denied = waitFor<Licence>(
        [&](QObject *c, auto done) { m_alice->denyLicence(requested.at(1).id, u"not needed"_s, c, done); });
    EXPECT_OK(denied);
    QCOMPARE(denied->value().state, LicenceState::Denied);
    QCOMPARE(denied->value().decidedBy, u"alice"_s);
}

void TestFleetActions::campaignLifecycle()
{
    const QList<Firmware> firmware = everything<Firmware>(*m_alice);
    QVERIFY(!firmware.isEmpty());
    // A verified image and three ordinary devices of its class that can update online.
    const Firmware *image = nullptr;
    QStringList targets;
    for (const Firmware &candidate : firmware) {
        if (!candidate.signatureVerified)
            continue;
        QStringList devices;
        for (const Device &device : std::as_const(m_devices)) {
            if (device.deviceClass == candidate.deviceClass && !device.capabilities.safetyCritical &&
                device.capabilities.onlineUpdate && devices.size() < 3)
                devices.append(device.id);
        }
        if (devices.size() == 3) {
            image = &candidate;
            targets = devices;
            break;
        }
    }
    QVERIFY(image);

    CampaignRequest request;
    request.name = u"Integration test rollout"_s;
    request.firmwareId = image->id;
    request.deviceIds = targets;
    request.waves = {CampaignWave{50, 20}, CampaignWave{100, 20}};
    request.waitMinutesBetweenWaves = 60;
    const auto created = waitFor<Campaign>([&](QObject *c, auto done) { m_alice->createCampaign(request, c, done); });
    EXPECT_OK(created);
    const Campaign campaign = created->value();
    QCOMPARE(campaign.name, request.name);
    QCOMPARE(campaign.createdBy, u"alice"_s);
    QCOMPARE(campaign.state, CampaignState::Running);

    const auto devices = waitFor<QList<CampaignDeviceState>>(
        [&](QObject *c, auto done) { m_alice->campaignDevices(campaign.id, c, done); });
    EXPECT_OK(devices);
    QCOMPARE(devices->value().size(), 3);
    for (const CampaignDeviceState &state : devices->value())
        QVERIFY(targets.contains(state.deviceId));

    const auto act = [&](CampaignAction action) {
        return waitFor<Campaign>([&](QObject *c, auto done) { m_alice->campaignAction(campaign.id, action, c, done); });
    };
    const auto paused = act(CampaignAction::Pause);
    EXPECT_OK(paused);
    QCOMPARE(paused->value().state, CampaignState::Paused);
    const auto resumed = act(CampaignAction::Resume);
    EXPECT_OK(resumed);
    QCOMPARE(resumed->value().state, CampaignState::Running);
    const auto aborted = act(CampaignAction::Abort);
    EXPECT_OK(aborted);
    QCOMPARE(aborted->value().state, CampaignState::Aborted);
    const auto again = act(CampaignAction::Resume);
    QVERIFY(!again->ok());
    QCOMPARE(again->error().kind(), Kind::Conflict);

    const auto unverified =
        std::find_if(firmware.begin(), firmware.end(), [](const Firmware &f) { return !f.signatureVerified; });
    QVERIFY(unverified != firmware.end());
    request.firmwareId = unverified->id;
    request.deviceIds.clear();
    for (const Device &device : std::as_const(m_devices)) {
        if (device.deviceClass == unverified->deviceClass && request.deviceIds.size() < 2)
            request.deviceIds.append(device.id);
    }
    const auto refused = waitFor<Campaign>([&](QObject *c, auto done) { m_alice->createCampaign(request, c, done); });
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().kind(), Kind::Conflict);
    QCOMPARE(refused->error().code(), u"firmware_unverified"_s);
}

void TestFleetActions::workOrders()
{
    const auto orders = waitFor<QList<WorkOrder>>([&](QObject *c, auto done) { m_alice->workOrders(c, done); });
    EXPECT_OK(orders);
    for (const WorkOrder &order : orders->value())
        QVERIFY(!order.deviceId.isEmpty() && !order.requiredVersion.isEmpty());
    // A device without a work order cannot complete one.
    const auto none = std::find_if(m_devices.begin(), m_devices.end(), [&](const Device &d) {
        return std::none_of(orders->value().begin(), orders->value().end(),
                            [&](const WorkOrder &o) { return o.deviceId == d.id; });
    });
    QVERIFY(none != m_devices.end());
    const auto refused =
        waitFor<Device>([&](QObject *c, auto done) { m_alice->completeWorkOrder(none->id, u"9.9.9"_s, c, done); });
    QVERIFY(!refused->ok());
    QVERIFY(refused->error().kind() == Kind::NotFound || refused->error().kind() == Kind::Conflict);
}

void TestFleetActions::rulesForAdminsOnly()
{
    auto admin = loggedIn(u"admin"_s);
    QVERIFY(admin);
    Rule rule;
    rule.name = u"Isolate beaconing cameras"_s;
    rule.enabled = true;
    rule.priority = 50;
    rule.condition = u"type:malware_beacon"_s;
    rule.action = RuleActionKind::Quarantine;
    rule.quarantineLevel = QuarantineLevel::Isolate;

    const auto operatorTry = waitFor<Rule>([&](QObject *c, auto done) { m_alice->createRule(rule, c, done); });
    QCOMPARE(operatorTry->error().kind(), Kind::Forbidden);

    const auto created = waitFor<Rule>([&](QObject *c, auto done) { admin->createRule(rule, c, done); });
    EXPECT_OK(created);
    QVERIFY(!created->value().id.isEmpty());
    QCOMPARE(created->value().createdBy, u"admin"_s);
    QCOMPARE(created->value().condition, rule.condition);

    Rule changed = created->value();
    changed.enabled = false;
    changed.priority = 10;
    const auto updated = waitFor<Rule>([&](QObject *c, auto done) { admin->updateRule(changed, c, done); });
    EXPECT_OK(updated);
    QVERIFY(!updated->value().enabled);
    QCOMPARE(updated->value().priority, 10);
    QCOMPARE(updated->value().id, created->value().id);

    Rule broken = rule;
    broken.condition = u"type:malware_beacon ((("_s;
    const auto invalid = waitFor<Rule>([&](QObject *c, auto done) { admin->createRule(broken, c, done); });
    QVERIFY(!invalid->ok());
    QCOMPARE(invalid->error().kind(), Kind::BadRequest);
    QVERIFY(!invalid->error().field().isEmpty());

    Rule any = rule;
    any.condition = u"severity>=MINOR"_s;
    any.action = RuleActionKind::Notify;
    any.quarantineLevel = QuarantineLevel::None;
    const auto hits = waitFor<QList<RuleHit>>([&](QObject *c, auto done) { m_alice->dryRunRule(any, 1, 0, c, done); });
    EXPECT_OK(hits);
    for (const RuleHit &hit : hits->value())
        QVERIFY(hit.seq >= 1 && !hit.deviceId.isEmpty());
}

void TestFleetActions::auditChainAndSignedHead()
{
    const auto page = waitFor<AuditRange>([&](QObject *c, auto done) { m_alice->audit(0, 1000, c, done); });
    EXPECT_OK(page);
    const QList<AuditEntry> &entries = page->value().items;
    QVERIFY(entries.size() >= 10); // every action of the tests above was audited
    for (qsizetype i = 1; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).index, entries.at(i - 1).index + 1);
        QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
    }
    QVERIFY(std::any_of(entries.begin(), entries.end(), [](const AuditEntry &e) { return e.actor == u"bob"_s; }));

    const auto info = waitFor<BackendInfo>([&](QObject *c, auto done) { m_alice->info(c, done); });
    const auto head = waitFor<AuditHead>([&](QObject *c, auto done) { m_alice->auditHead(c, done); });
    EXPECT_OK(head);
    QVERIFY(head->value().index >= entries.last().index);
    const QByteArray message = QByteArray::number(head->value().index) + ':' + head->value().hash.toHex() + ':' +
                               head->value().signedAt.toUtf8();
    QVERIFY(Ed25519Key::verify(info->value().auditPublicKey, message, head->value().signature));
    QByteArray forged = head->value().signature;
    forged[0] = char(forged.at(0) ^ 1);
    QVERIFY(!Ed25519Key::verify(info->value().auditPublicKey, message, forged));
}

QTEST_GUILESS_MAIN(TestFleetActions)
#include "tst_fleetactions.moc"
