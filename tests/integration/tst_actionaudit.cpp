// Every operator action the console sends reaches its own audit chain exactly once, with its outcome, whichever
// controller sends it: against the real embedded fleetd (warden --demo), through the Licences/Quarantine and
// Updates controllers and through the API client directly (as register, incident and identity actions do).
#include "AuditController.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "GovernanceController.h"
#include "MainWindow.h"
#include "UpdatesController.h"
#include "audit/ActionAudit.h"
#include "audit/AuditChainLoader.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Devices = 300;
constexpr int WaitMs = 30'000;

struct Fleet {
    QList<Device> devices;
    QList<Licence> licences;
    QList<Firmware> firmware;
};
} // namespace

class TestActionAudit : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_cacheDir;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
    BackendSession *m_session = nullptr;
    Fleet m_fleet;

    template <typename T> std::optional<T> read(std::function<T(CacheStore *)> query)
    {
        std::optional<T> value;
        queryStore<T>(m_session->writer(), this, std::move(query), [&value](T result) { value = std::move(result); });
        if (!QTest::qWaitFor([&value] { return value.has_value(); }, WaitMs))
            return std::nullopt;
        return value;
    }

    // Runs an action and waits for its answer.
    template <typename T> std::optional<FleetResult<T>> answer(std::function<void(QObject *, GovernanceActions::Reply<T>)> act)
    {
        std::optional<FleetResult<T>> result;
        act(this, [&result](FleetResult<T> reply) { result = std::move(reply); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, WaitMs))
            return std::nullopt;
        return result;
    }

    QList<AuditEntry> consoleChain()
    {
        const auto chain = read<Result<LoadedAuditChain>>([](CacheStore *store) {
            return store ? AuditChainLoader::load(*store, AuditChainKind::Console)
                         : Result<LoadedAuditChain>::failure(u"no cache"_s);
        });
        if (!chain || !chain->ok())
            return {};
        if (!chain->value().verification.intact)
            qWarning("console chain broken: %s", qPrintable(chain->value().verification.reason));
        return chain->value().entries;
    }

    // The action is in the chain exactly once, by alice, on target, followed (not necessarily next) by exactly one
    // result entry naming it, with that outcome. Waits for both to be written.
    void expectAudited(const QString &action, const QString &target, const QString &outcome)
    {
        QList<AuditEntry> requests;
        QList<AuditEntry> results;
        const bool found = QTest::qWaitFor(
            [&] {
                const QList<AuditEntry> chain = consoleChain();
                requests.clear();
                results.clear();
                for (const AuditEntry &entry : chain) {
                    if (entry.action == action && entry.target == target)
                        requests.append(entry);
                }
                for (const AuditEntry &entry : chain) {
                    if (requests.size() == 1 && entry.action == action + u".result"_s
                        && entry.details.value(u"request"_s).toInteger() == requests.constFirst().index)
                        results.append(entry);
                }
                return requests.size() == 1 && results.size() == 1;
            },
            WaitMs);
        QVERIFY2(found, qPrintable(u"%1 on %2: %3 request(s), %4 result(s) in the console chain"_s.arg(action, target)
                                       .arg(requests.size())
                                       .arg(results.size())));
        QCOMPARE(requests.constFirst().actor, u"alice"_s);
        QCOMPARE(results.constFirst().actor, u"alice"_s);
        QCOMPARE(results.constFirst().target, target);
        QCOMPARE(results.constFirst().details.value(u"outcome"_s).toString(), outcome);
        QVERIFY(results.constFirst().index > requests.constFirst().index);
        if (outcome == u"failed"_s)
            QVERIFY(!results.constFirst().details.value(u"message"_s).toString().isEmpty());
    }

    GovernanceController *governance() const { return m_controller->findChild<GovernanceController *>(); }
    UpdatesController *updates() const { return m_controller->findChild<UpdatesController *>(); }

    const Device *device(const std::function<bool(const Device &)> &wanted) const
    {
        const auto it = std::find_if(m_fleet.devices.cbegin(), m_fleet.devices.cend(), wanted);
        return it == m_fleet.devices.cend() ? nullptr : &*it;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cacheDir.isValid());
        m_models = std::make_unique<ConsoleModels>();
        m_window = std::make_unique<MainWindow>(m_models.get());
        m_controller = std::make_unique<ConsoleController>(m_models.get(), m_window.get());
        QSignalSpy failed(m_controller.get(), &ConsoleController::failed);
        QSignalSpy live(m_controller.get(), &ConsoleController::live);
        DemoOptions options;
        options.devices = Devices;
        options.eventRate = 10;
        options.cacheDir = m_cacheDir.path();
        m_controller->startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        m_session = m_controller->findChild<AuditController *>()->session(u"demo"_s);
        QVERIFY(m_session);
        QCOMPARE(m_session->api()->actionRecorder(), m_controller->actionAudit(u"demo"_s));

        QTRY_COMPARE_WITH_TIMEOUT(m_models->devices.totalCount(), Devices, WaitMs);
        // Devices, licences and firmware arrive in different sync stages: wait for all of them.
        const bool synced = QTest::qWaitFor(
            [this] {
                const auto fleet = read<Fleet>([](CacheStore *store) {
                    Fleet f;
                    if (!store)
                        return f;
                    auto devices = store->loadDevices();
                    auto licences = store->loadLicences();
                    auto firmware = store->loadFirmware();
                    if (devices.ok() && licences.ok() && firmware.ok()) {
                        f.devices = std::move(devices).value();
                        f.licences = std::move(licences).value();
                        f.firmware = std::move(firmware).value();
                    }
                    return f;
                });
                if (!fleet || fleet->devices.isEmpty() || fleet->licences.isEmpty() || fleet->firmware.isEmpty())
                    return false;
                m_fleet = *fleet;
                return true;
            },
            WaitMs);
        QVERIFY(synced);
        QVERIFY(governance() && updates());
    }

    void quarantineAndReleaseAreAudited()
    {
        const Device *plain = device([](const Device &d) {
            return !d.capabilities.safetyCritical && d.quarantine == QuarantineLevel::None;
        });
        QVERIFY(plain);
        const auto quarantined = answer<QuarantineOutcome>([&](QObject *c, auto done) {
            governance()->quarantineDevice(u"demo"_s, plain->id, QuarantineLevel::Isolate, u"audit coverage"_s, {}, c,
                                           done);
        });
        QVERIFY(quarantined && quarantined->ok());
        expectAudited(u"device.quarantine"_s, plain->id, u"succeeded"_s);
        // The request's fields are in the entry.
        const QList<AuditEntry> chain = consoleChain();
        const auto request = std::find_if(chain.cbegin(), chain.cend(), [&](const AuditEntry &e) {
            return e.action == u"device.quarantine"_s && e.target == plain->id;
        });
        QCOMPARE(request->details.value(u"reason"_s).toString(), u"audit coverage"_s);
        QCOMPARE(request->details.value(u"level"_s).toString(), u"isolate"_s);

        const auto released = answer<Device>([&](QObject *c, auto done) {
            governance()->releaseDevice(u"demo"_s, plain->id, u"audit coverage done"_s, c, done);
        });
        QVERIFY(released && released->ok());
        expectAudited(u"device.release"_s, plain->id, u"succeeded"_s);
    }

    void fourEyesQuarantineIsAuditedAsPending()
    {
        const Device *critical = device([](const Device &d) {
            return d.capabilities.safetyCritical && d.quarantine == QuarantineLevel::None;
        });
        QVERIFY(critical);
        const auto held = answer<QuarantineOutcome>([&](QObject *c, auto done) {
            governance()->quarantineDevice(u"demo"_s, critical->id, QuarantineLevel::Isolate, u"four eyes"_s, {}, c,
                                           done);
        });
        QVERIFY(held && held->ok() && held->value().needsApproval());
        expectAudited(u"device.quarantine"_s, critical->id, u"pending_approval"_s);

        // alice may not approve her own request: the refusal is audited with the backend's message.
        const QString approvalId = held->value().approval->id;
        const auto refused = answer<Approval>([&](QObject *c, auto done) {
            governance()->approveApproval(u"demo"_s, approvalId, u"self approval"_s, c, done);
        });
        QVERIFY(refused && !refused->ok());
        expectAudited(u"approval.approve"_s, approvalId, u"failed"_s);
        const auto denied = answer<Approval>([&](QObject *c, auto done) {
            governance()->denyApproval(u"demo"_s, approvalId, u"withdrawn"_s, c, done);
        });
        QVERIFY(denied);
        expectAudited(u"approval.deny"_s, approvalId, denied->ok() ? u"succeeded"_s : u"failed"_s);
    }

    void licenceDecisionsAreAudited()
    {
        QStringList requested;
        for (const Licence &licence : std::as_const(m_fleet.licences)) {
            if (licence.state == LicenceState::Requested)
                requested.append(licence.id);
        }
        QVERIFY(requested.size() >= 2);
        const Licence &first = *std::find_if(m_fleet.licences.cbegin(), m_fleet.licences.cend(),
                                             [&](const Licence &l) { return l.id == requested.at(0); });
        const auto approved = answer<Licence>([&](QObject *c, auto done) {
            governance()->approveLicence(u"demo"_s, first.id, first.requestedScopes, {}, c, done);
        });
        QVERIFY(approved);
        expectAudited(u"licence.approve"_s, first.id, approved->ok() ? u"succeeded"_s : u"failed"_s);
        const auto denied = answer<Licence>([&](QObject *c, auto done) {
            governance()->denyLicence(u"demo"_s, requested.at(1), u"not needed"_s, c, done);
        });
        QVERIFY(denied && denied->ok());
        expectAudited(u"licence.deny"_s, requested.at(1), u"succeeded"_s);
        const auto revoked = answer<Licence>([&](QObject *c, auto done) {
            governance()->revokeLicence(u"demo"_s, first.id, u"audit test"_s, c, done);
        });
        QVERIFY(revoked);
        expectAudited(u"licence.revoke"_s, first.id, revoked->ok() ? u"succeeded"_s : u"failed"_s);
    }

    void campaignActionsAreAudited()
    {
        const Firmware *image = nullptr;
        QStringList targets;
        for (const Firmware &candidate : std::as_const(m_fleet.firmware)) {
            if (!candidate.signatureVerified)
                continue;
            QStringList ids;
            for (const Device &d : std::as_const(m_fleet.devices)) {
                if (d.deviceClass == candidate.deviceClass && !d.capabilities.safetyCritical
                    && d.capabilities.onlineUpdate && ids.size() < 2)
                    ids.append(d.id);
            }
            if (ids.size() == 2) {
                image = &candidate;
                targets = ids;
                break;
            }
        }
        QVERIFY(image);
        CampaignRequest request;
        request.name = u"Audited rollout"_s;
        request.firmwareId = image->id;
        request.deviceIds = targets;
        request.waves = {CampaignWave{100, 20}};
        request.waitMinutesBetweenWaves = 60;
        const auto created = answer<Campaign>(
            [&](QObject *c, auto done) { updates()->createCampaign(m_session->backendName(), request, c, done); });
        QVERIFY(created && created->ok());
        expectAudited(u"campaign.create"_s, request.name, u"succeeded"_s);

        const QString id = created->value().id;
        for (const CampaignAction action : {CampaignAction::Pause, CampaignAction::Resume, CampaignAction::Abort}) {
            const auto acted = answer<Campaign>(
                [&](QObject *c, auto done) { updates()->campaignAction(m_session->backendName(), id, action, c, done); });
            QVERIFY(acted && acted->ok());
            expectAudited(u"campaign."_s + toString(action), id, u"succeeded"_s);
        }
        // A work order that does not exist: refused, and the attempt is audited.
        const auto completed = answer<Device>([&](QObject *c, auto done) {
            updates()->completeWorkOrder(m_session->backendName(), targets.constFirst(), u"9.9.9"_s, c, done);
        });
        QVERIFY(completed && !completed->ok());
        expectAudited(u"workorder.complete"_s, targets.constFirst(), u"failed"_s);
    }

    // Register edits, incident and identity actions call the session's API client directly: recorded all the same.
    void directClientActionsAreAudited()
    {
        FleetApiClient *api = m_session->api();
        const Device *plain = device([](const Device &d) {
            return !d.capabilities.safetyCritical && d.quarantine == QuarantineLevel::None;
        });
        QVERIFY(plain);
        DevicePatch patch;
        patch.location = u"Audited wing"_s;
        const auto patched = answer<Device>([&](QObject *c, auto done) { api->patchDevice(plain->id, patch, c, done); });
        QVERIFY(patched && patched->ok());
        expectAudited(u"device.update"_s, plain->id, u"succeeded"_s);
        const auto disabled =
            answer<Device>([&](QObject *c, auto done) { api->disableDevice(plain->id, u"audit"_s, c, done); });
        QVERIFY(disabled && disabled->ok());
        expectAudited(u"device.disable"_s, plain->id, u"succeeded"_s);
        const auto enabled =
            answer<Device>([&](QObject *c, auto done) { api->enableDevice(plain->id, u"audit"_s, c, done); });
        QVERIFY(enabled && enabled->ok());
        expectAudited(u"device.enable"_s, plain->id, u"succeeded"_s);

        // Incident actions on an incident the backend does not know: refused, audited as failed.
        const QString incident = u"inc-not-there"_s;
        const auto acknowledged =
            answer<Incident>([&](QObject *c, auto done) { api->acknowledgeIncident(incident, c, done); });
        QVERIFY(acknowledged && !acknowledged->ok());
        expectAudited(u"incident.acknowledge"_s, incident, u"failed"_s);
        const auto noted = answer<Incident>(
            [&](QObject *c, auto done) { api->addIncidentNote(incident, u"note"_s, {}, c, done); });
        QVERIFY(noted && !noted->ok());
        expectAudited(u"incident.note"_s, incident, u"failed"_s);

        // Reads are not actions: nothing new in the chain.
        const qsizetype before = consoleChain().size();
        const auto read = answer<Device>([&](QObject *c, auto done) { api->device(plain->id, c, done); });
        QVERIFY(read && read->ok());
        QTest::qWait(200);
        QCOMPARE(consoleChain().size(), before);
    }

    // A controller that still records its API action by hand gets one entry, not two, and one result.
    void handRecordedActionIsRecordedOnce()
    {
        ActionAudit *audit = m_controller->actionAudit(u"demo"_s);
        const Device *plain = device([](const Device &d) {
            return !d.capabilities.safetyCritical && d.quarantine == QuarantineLevel::None;
        });
        QVERIFY(audit && plain);
        DevicePatch patch;
        patch.notes = u"recorded by hand"_s;
        const qint64 index = audit->record(u"alice"_s, u"device.update"_s, plain->id, {{u"notes"_s, *patch.notes}});
        QVERIFY(index > 0);
        std::optional<FleetResult<Device>> result;
        m_session->api()->patchDevice(plain->id, patch, this, [&](FleetResult<Device> reply) {
            // ...and its result by hand too, after the hook has recorded it: ignored.
            QCOMPARE(audit->recordResult(index, reply.ok() ? u"succeeded"_s : u"failed"_s), -1);
            result = std::move(reply);
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitMs);
        QVERIFY(result->ok());
        QList<AuditEntry> updates;
        const bool settled = QTest::qWaitFor(
            [&] {
                updates.clear();
                for (const AuditEntry &entry : consoleChain()) {
                    if (entry.target == plain->id && entry.action.startsWith(u"device.update"_s)
                        && entry.index >= index)
                        updates.append(entry);
                }
                return updates.size() >= 2;
            },
            WaitMs);
        QVERIFY(settled);
        QTest::qWait(300);
        updates.clear();
        for (const AuditEntry &entry : consoleChain()) {
            if (entry.target == plain->id && entry.action.startsWith(u"device.update"_s) && entry.index >= index)
                updates.append(entry);
        }
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.at(0).index, index);
        QCOMPARE(updates.at(1).action, u"device.update.result"_s);
        QCOMPARE(updates.at(1).details.value(u"request"_s).toInteger(), index);
    }

    void chainStaysIntact()
    {
        ActionAudit *audit = m_controller->actionAudit(u"demo"_s);
        QVERIFY(audit);
        QVERIFY2(audit->verification().intact, qPrintable(audit->verification().reason));
        const auto chain = read<Result<LoadedAuditChain>>([](CacheStore *store) {
            return AuditChainLoader::load(*store, AuditChainKind::Console);
        });
        QVERIFY(chain && chain->ok());
        QVERIFY2(chain->value().verification.intact, qPrintable(chain->value().verification.reason));
        // Every request has exactly one result: nothing was recorded twice or left dangling.
        int requests = 0;
        int results = 0;
        for (const AuditEntry &entry : chain->value().entries)
            (entry.action.endsWith(u".result"_s) ? results : requests) += 1;
        QCOMPARE(results, requests);
        QVERIFY(requests >= 17);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
        m_models.reset();
    }
};

QTEST_MAIN(TestActionAudit)
#include "tst_actionaudit.moc"
