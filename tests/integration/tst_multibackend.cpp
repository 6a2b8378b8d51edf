#include "ActionResultLabel.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DomainCompare.h"
#include "FleetdFixture.h"
#include "GovernanceController.h"
#include "ImpactAssessor.h"
#include "MainWindow.h"
#include "PendingActionModel.h"
#include "PendingActionsController.h"
#include "PendingActionsDialog.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "audit/ActionAudit.h"
#include "fleet/BackendSession.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StreamClient.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;
using Phase = ConnectionState::Phase;

// The console connected to two real fleetd backends at once over TLS: the register shows their union keyed by
// (backend, device id), and an action tried while one backend is down is kept, listed, and sent to that backend
// only after the operator confirms it again once it is back.
class TestMultiBackend : public QObject {
    Q_OBJECT

    static constexpr int DevicesPerBackend = 150;

    struct Backend {
        QString name;
        std::unique_ptr<FleetdProcess> fleetd;
        std::unique_ptr<BackendSession> session;
    };

    bool login(Backend &backend)
    {
        const auto result = waitFor<LoginSession>([&](QObject *c, auto done) {
            QString password = backend.fleetd->account(u"alice"_s).password;
            backend.session->login(u"alice"_s, SecretBytes::fromString(password),
                                   backend.fleetd->nextTotp(u"alice"_s), c, done);
        });
        return result && result->ok();
    }

    QTemporaryDir m_dir;
    Backend m_west;
    Backend m_east;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;

private slots:
    void initTestCase()
    {
        if (!fleetdAvailable())
            QSKIP("the fleetd binary has not been built (target fleetd); these tests need a real fleetd");
        QVERIFY(m_dir.isValid());
        m_models = std::make_unique<ConsoleModels>();
        m_window = std::make_unique<MainWindow>(m_models.get());
        m_window->resize(1440, 900);
        m_controller = std::make_unique<ConsoleController>(m_models.get(), m_window.get());
        quint64 seed = 11;
        for (Backend *backend : {&m_west, &m_east}) {
            backend->name = backend == &m_west ? u"EU West"_s : u"US East"_s;
            backend->fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(backend->name));
            FleetdProcess::Options options;
            options.devices = DevicesPerBackend;
            options.seed = seed++;
            options.eventRate = 10;
            QString error;
            QVERIFY2(backend->fleetd->start(options, &error), qPrintable(error));
            const ConnectionProfile profile = backend->fleetd->profile(backend->name);
            BackendSession::Options sessionOptions;
            sessionOptions.stream.backoffMinimumMs = 200;
            sessionOptions.stream.backoffMaximumMs = 1000;
            backend->session = std::make_unique<BackendSession>(
                profile, TlsSetup::build(profile).value(), m_dir.filePath(backend->name + u".sqlite"_s),
                sessionOptions);
            m_controller->attachSession(backend->session.get());
            QVERIFY(login(*backend));
        }
        for (Backend *backend : {&m_west, &m_east})
            QTRY_VERIFY_WITH_TIMEOUT(backend->session->state().phase == Phase::Live, 60'000);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
        m_models.reset();
        for (Backend *backend : {&m_west, &m_east}) {
            backend->session.reset();
            backend->fleetd.reset();
        }
    }

    void registerShowsTheUnionKeyedByBackend()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_models->devices.totalCount(), 2 * DevicesPerBackend, 30'000);
        m_models->devices.waitForIdle();
        // Both simulated fleets name devices the same way: the same id in two backends is two devices.
        const DeviceTable &table = m_models->devices.table();
        QHash<QString, QSet<QString>> idsByBackend;
        for (qsizetype row = 0; row < table.rowCount(); ++row)
            idsByBackend[table.backend(row)].insert(table.text(row, RegisterField::Id));
        QCOMPARE(idsByBackend.keys().size(), 2);
        QCOMPARE(idsByBackend.value(m_west.name).size(), DevicesPerBackend);
        QCOMPARE(idsByBackend.value(m_east.name).size(), DevicesPerBackend);
        QVERIFY(idsByBackend.value(m_west.name).intersects(idsByBackend.value(m_east.name)));
        // Every row says which backend owns it.
        QSet<QString> shown;
        for (int row = 0; row < m_models->devices.rowCount(); ++row)
            shown.insert(m_models->devices.index(row, DeviceRegisterModel::BackendColumn).data().toString());
        QCOMPARE(shown, (QSet<QString>{m_west.name, m_east.name}));
        // The threat feed merges both streams.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSet<QString> backends;
                for (int row = 0; row < m_models->feed.rowCount(); ++row)
                    backends.insert(m_models->feed.index(row, 0).data(ThreatFeedModel::BackendRole).toString());
                return backends.size() == 2;
            }(),
            30'000);
    }

    void topologyHoldsBothBackendsAndOverlaysEither()
    {
        // Both fleets on one map, keyed by (backend, id): the simulated fleets use the same device ids.
        const TopologyScene &scene = m_models->topology;
        QTRY_VERIFY_WITH_TIMEOUT(scene.topology().presentBackendCount() == 2 && !scene.isLayoutPending(), 30'000);
        const FleetTopology &topology = scene.topology();
        QCOMPARE(topology.deviceCount(), 2 * DevicesPerBackend);
        QString shared;
        for (TopologyNode node = 0; node < TopologyNode(topology.nodeCount()) && shared.isEmpty(); ++node)
            if (topology.kind(node) == TopologyNodeKind::Device && topology.backendName(node) == m_east.name
                && topology.nodeOf(m_west.name, topology.id(node)))
                shared = topology.id(node);
        QVERIFY(!shared.isEmpty());
        const QRectF west = scene.layout().backendBounds(*topology.backendOf(m_west.name));
        const QRectF east = scene.layout().backendBounds(*topology.backendOf(m_east.name));
        QVERIFY(!west.isNull() && !east.isNull() && !west.intersects(east));

        // The impact of one backend's device, as the register asks for it, lights that backend's nodes only.
        auto *assessor = m_controller->findChild<ImpactAssessor *>();
        QVERIFY(assessor);
        auto *page = qobject_cast<TopologyPage *>(m_window->page(u"topology"_s));
        QVERIFY(page);
        for (const Backend *backend : {&m_east, &m_west}) {
            std::optional<ImpactAnswer> answer;
            assessor->assess(backend->name, QString(), {shared}, this, [&answer](ImpactAnswer a) { answer = a; });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20'000);
            QVERIFY2(answer->report.has_value(), qPrintable(answer->error));
            QCOMPARE(answer->report->backend, backend->name);
            page->showImpactReport(*answer->report);
            const TopologyHighlight &highlight = scene.highlight();
            QCOMPARE(highlight.affected, QSet<TopologyNode>{*topology.nodeOf(backend->name, shared)});
            QVERIFY(highlight.unknownIds.isEmpty());
            QVERIFY(!highlight.reachable.isEmpty()); // at least its gateway
            for (const TopologyNode node : highlight.reachable)
                QCOMPARE(topology.backendName(node), backend->name);
            QCOMPARE(highlight.reachable.size(),
                     qsizetype(answer->report->reachableCount() + answer->report->gatewayIds.size()));
        }
        page->clearBlastRadius();
    }

    void actionWhileOfflineIsKeptUntilConfirmed()
    {
        // A device of EU West that can be quarantined without a second approval.
        QString deviceId;
        const DeviceTable &table = m_models->devices.table();
        for (qsizetype row = 0; row < table.rowCount() && deviceId.isEmpty(); ++row) {
            if (table.backend(row) == m_west.name && !table.safetyCritical(row)
                && table.quarantine(row) == QuarantineLevel::None)
                deviceId = table.text(row, RegisterField::Id);
        }
        QVERIFY(!deviceId.isEmpty());

        m_west.fleetd->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_west.session->journal()->isOnline(), 20'000);
        QVERIFY(m_east.session->journal()->isOnline());

        auto *governance = m_controller->findChild<GovernanceController *>();
        auto *pending = m_controller->findChild<PendingActionsController *>();
        QVERIFY(governance && pending);
        std::optional<FleetResult<QuarantineOutcome>> answer;
        QObject context;
        governance->quarantineDevice(m_west.name, deviceId, QuarantineLevel::Isolate, u"beaconing to a C2 host"_s,
                                     {}, &context, [&](FleetResult<QuarantineOutcome> result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
        // Nothing was sent, and the operator is told so and where to confirm it.
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind(), FleetError::Kind::ServerUnreachable);
        QVERIFY2(answer->error().message().contains(u"Pending actions"_s), qPrintable(answer->error().message()));
        QTRY_COMPARE_WITH_TIMEOUT(pending->model()->waitingCount(), 1, 10'000);
        QCOMPARE(pending->model()->backendAt(0), m_west.name);
        QVERIFY(PendingActionModel::describe(pending->model()->actionAt(0)).contains(deviceId));
        auto *badge = m_window->findChild<QToolButton *>(u"pendingActions"_s);
        QVERIFY(badge && !badge->isHidden());

        // The dialog does not offer to send while the backend is down.
        PendingActionsDialog *dialog = pending->showDialog();
        dialog->view()->selectRow(0);
        auto *confirm = dialog->findChild<QPushButton *>(u"confirmPendingAction"_s);
        QVERIFY(confirm && !confirm->isEnabled());
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(dir + u"/pending-actions.png"_s);

        // EU West comes back; fleetd forgot its tokens, so the operator logs in again.
        QSignalSpy loginRequired(m_west.session.get(), &BackendSession::loginRequired);
        QString error;
        QVERIFY2(m_west.fleetd->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!loginRequired.isEmpty(), 30'000);
        QVERIFY(login(m_west));
        QTRY_VERIFY_WITH_TIMEOUT(m_west.session->journal()->isOnline(), 60'000);
        // Still not sent by itself.
        const auto before = waitFor<Device>(
            [&](QObject *c, auto done) { m_west.session->api()->device(deviceId, c, done); });
        QVERIFY(before && before->ok());
        QCOMPARE(before->value().quarantine, QuarantineLevel::None);
        QCOMPARE(pending->model()->waitingCount(), 1);

        dialog->view()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 10'000);
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(pending->model()->waitingCount(), 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->result()->outcome(), ActionResultLabel::Outcome::Succeeded, 20'000);
        QVERIFY(badge->isHidden());
        const auto after = waitFor<Device>(
            [&](QObject *c, auto done) { m_west.session->api()->device(deviceId, c, done); });
        QVERIFY(after && after->ok());
        QCOMPARE(after->value().quarantine, QuarantineLevel::Isolate);
        // Sent once: the entry is settled and cannot be confirmed again.
        dialog->view()->selectRow(0);
        QVERIFY(!confirm->isEnabled());
    }
};

QTEST_MAIN(TestMultiBackend)
#include "tst_multibackend.moc"
