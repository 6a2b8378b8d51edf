// The audit trail against the real demo backend: an operator action is recorded in the console's chain, the backend's
// chain is fetched, verified and tied to its signed head with the pinned key, the page shows both intact, and a range
// exported from the page verifies with the warden binary.
#include "AuditController.h"
#include "AuditTrailPage.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "audit/ActionAudit.h"
#include "audit/BackendAuditSync.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;

class TestAuditDemo : public QObject {
    Q_OBJECT
private slots:
    void actionIsInBothChainsAndTheBackendChainVerifies();
};

void TestAuditDemo::actionIsInBothChainsAndTheBackendChainVerifies()
{
    QTemporaryDir cacheDir;
    QVERIFY(cacheDir.isValid());
    ConsoleModels models;
    MainWindow window(&models);
    ConsoleController controller(&models, &window);
    QSignalSpy failed(&controller, &ConsoleController::failed);
    QSignalSpy live(&controller, &ConsoleController::live);
    DemoOptions options;
    options.devices = 300;
    options.eventRate = 20;
    options.cacheDir = cacheDir.path();
    controller.startDemo(options);
    QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    auto *audit = controller.findChild<AuditController *>();
    QVERIFY(audit);
    BackendSession *session = audit->session(QStringLiteral("demo"));
    ActionAudit *actions = controller.actionAudit(QStringLiteral("demo"));
    QVERIFY(session && actions);
    QCOMPARE(actions, audit->actionAudit(QStringLiteral("demo")));

    QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), 300, 30'000);
    // A device to act on, read from the cache like any page would.
    QString deviceId;
    queryStore<QString>(
        session->writer(), this,
        [](CacheStore *store) {
            auto devices = store ? store->loadDevices() : Result<QList<Device>>::failure(QString());
            return devices.ok() && !devices->isEmpty() ? devices->constFirst().id : QString();
        },
        [&deviceId](const QString &id) { deviceId = id; });
    QTRY_VERIFY_WITH_TIMEOUT(!deviceId.isEmpty(), 30'000);

    // The action, recorded by the API client's action recorder before it is sent and with its result after.
    QSignalSpy appended(actions, &ActionAudit::appended);
    bool answered = false;
    session->api()->disableDevice(deviceId, QStringLiteral("audit integration test"), this,
                                  [&](FleetResult<Device> result) {
                                      QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
                                      answered = true;
                                  });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 10'000);
    const qint64 request = appended.at(0).first().toLongLong();
    QVERIFY(request > 0);
    QCOMPARE(appended.at(1).first().toLongLong(), request + 1);
    QVERIFY(actions->verification().intact);

    // The backend's chain, fetched and verified against its signed head.
    BackendAuditSync *sync = audit->backendAudit(QStringLiteral("demo"));
    QVERIFY(sync);
    auto hasAction = [&] {
        for (const AuditEntry &entry : sync->state().chain.entries) {
            if (entry.action == QStringLiteral("device.disable") && entry.target == deviceId && entry.actor == QStringLiteral("alice"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!sync->isBusy(), 30'000);
    sync->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!sync->isBusy() && hasAction() && sync->state().headVerified, 30'000);
    const BackendAuditState &state = sync->state();
    QVERIFY2(state.chain.verification.intact, qPrintable(state.chain.verification.reason));
    QVERIFY2(state.fetchError.isEmpty(), qPrintable(state.fetchError));
    QCOMPARE(state.pinnedKey.size(), 32);
    QVERIFY(!state.keyChanged());
    QCOMPARE(state.chain.entries.constFirst().action, QStringLiteral("fleetd.initialise"));

    // The page shows both chains intact, each entry verified.
    auto *page = qobject_cast<AuditTrailPage *>(window.page(QStringLiteral("audit")));
    QVERIFY(page);
    page->showChain(QStringLiteral("console:demo"));
    QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), 2, 10'000);
    QVERIFY(page->bannerText().isEmpty());
    page->showChain(QStringLiteral("backend:demo"));
    QCOMPARE(page->currentChainKey(), QStringLiteral("backend:demo"));
    QVERIFY(page->bannerText().isEmpty());
    QVERIFY2(page->headText().startsWith(QStringLiteral("✓")), qPrintable(page->headText()));
    QVERIFY(page->view()->model()->rowCount() >= 3);
    for (int row = 0; row < page->view()->model()->rowCount(); ++row)
        QVERIFY(page->view()->model()->index(row, 0).data(AuditEntryModel::VerifiedRole).toBool());

    // Filter by device: only the action on that device remains.
    page->filter()->setTarget(deviceId);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    const auto [first, last] = page->exportableRange();
    QCOMPARE(first, last);

    // Export that entry with its proof and check it with the real binary.
    const QString exportPath = cacheDir.filePath(QStringLiteral("export.json"));
    const Status exported = page->exportRange(exportPath, first, last);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    QProcess verify;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    verify.setProcessEnvironment(environment);
    verify.start(QStringLiteral(WARDEN_BINARY_DIR "/app/warden"), {QStringLiteral("--verify-audit"), exportPath});
    QVERIFY(verify.waitForFinished(30'000));
    const QString output = QString::fromUtf8(verify.readAllStandardOutput());
    QVERIFY2(verify.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Head signature valid")), qPrintable(output));
}

QTEST_MAIN(TestAuditDemo)
#include "tst_auditdemo.moc"
