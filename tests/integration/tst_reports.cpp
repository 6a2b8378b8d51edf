// Reports against the real embedded fleetd (warden --demo): the selected incident's report is exported from the
// Incidents page (anonymised, then with personal data), each export is one "report.export" entry in the console's
// audit chain with its result, and the result line names the file and the entry; the fleet posture report is
// gathered from the cache (figures match the register), written from Fleet → Export posture report…, and its pages
// are rendered (WARDEN_SCREENSHOT_DIR=dir saves posture-report-demo-N.png). The register's detail panel copies a
// device owner's contact (personal data, unlocked for the demo operator) through SecretClipboard.
#include "ActionResultLabel.h"
#include "AuditController.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoConsole.h"
#include "IncidentListModel.h"
#include "IncidentsController.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "PostureReport.h"
#include "RegisterPage.h"
#include "ReportController.h"
#include "DeviceDetailPanel.h"
#include "SecretClipboard.h"
#include "cache/CacheStore.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int WaitMs = 30'000;
}

class TestReports : public QObject {
    Q_OBJECT
private:
    QList<AuditEntry> consoleAudit(BackendSession *session)
    {
        std::optional<QList<AuditEntry>> entries;
        queryStore<QList<AuditEntry>>(
            session->writer(), this,
            [](CacheStore *store) {
                auto loaded = store ? store->loadLocalAudit() : Result<QList<AuditEntry>>::failure(QString());
                return loaded.ok() ? loaded.value() : QList<AuditEntry>();
            },
            [&entries](QList<AuditEntry> value) { entries = std::move(value); });
        if (!QTest::qWaitFor([&entries] { return entries.has_value(); }, WaitMs))
            return {};
        return *entries;
    }
    static bool isPdf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-" && file.size() > 2000;
    }

private slots:
    void reportsOfTheDemoFleet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        ConsoleController controller(&models, &window);
        DemoOptions options;
        options.devices = 400;
        options.eventRate = 30;
        options.cacheDir = dir.path();
        const QString notLive = startDemoUntilLive(controller, options);
        QVERIFY2(notLive.isEmpty(), qPrintable(notLive));
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), 400, WaitMs);
        auto *reports = controller.findChild<ReportController *>();
        auto *audit = controller.findChild<AuditController *>();
        QVERIFY(reports && audit);
        BackendSession *session = audit->session(u"demo"_s);
        QVERIFY(session);

        // --- the incident report from the Incidents page -------------------------------------------------------
        auto *incidents = controller.findChild<IncidentsController *>();
        IncidentsPage *page = incidents->page();
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const IncidentListModel::Row &row : incidents->incidents()->rows())
                    if (!row.incident.eventSeqs.isEmpty() && !row.incident.deviceIds.isEmpty()) {
                        id = row.incident.id;
                        return true;
                    }
                return false;
            }(),
            90'000);
        QVERIFY(page->selectIncident(u"demo"_s, id));
        QVERIFY(!page->exportReportButton()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(page->exportReportButton()->isEnabled(), WaitMs);
        QString suggested;
        const QString anonymisedPath = dir.filePath(u"incident-anonymised.pdf"_s);
        page->setReportFileChooser([&](const QString &name) {
            suggested = name;
            return anonymisedPath;
        });
        page->exportReportOfSelected();
        QTRY_VERIFY_WITH_TIMEOUT(page->result()->outcome() != ActionResultLabel::Outcome::Working, WaitMs);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QCOMPARE(suggested, u"incident-%1.pdf"_s.arg(id));
        QVERIFY2(page->result()->text().contains(QDir::toNativeSeparators(anonymisedPath)),
                 qPrintable(page->result()->text()));
        QVERIFY(page->result()->text().contains(u"anonymised"_s));
        QVERIFY(page->result()->text().contains(u"Audit entry #"_s));
        QVERIFY(isPdf(anonymisedPath));

        // With personal data: allowed to the demo operator once the personal-data key is unlocked; audited as such.
        QTRY_VERIFY_WITH_TIMEOUT(reports->mayExportPersonalData(u"demo"_s), WaitMs);
        page->reloadDetail();
        page->setExportPersonalData(true);
        const QString personalPath = dir.filePath(u"incident-personal.pdf"_s);
        page->setReportFileChooser([&](const QString &) { return personalPath; });
        page->exportReportOfSelected();
        QTRY_VERIFY_WITH_TIMEOUT(page->result()->outcome() != ActionResultLabel::Outcome::Working, WaitMs);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QVERIFY(page->result()->text().contains(u"with personal data"_s));
        QVERIFY(isPdf(personalPath));
        // A cancelled file dialog does nothing.
        page->setReportFileChooser([](const QString &) { return QString(); });
        const QString before = page->result()->text();
        page->exportReportOfSelected();
        QCOMPARE(page->result()->text(), before);

        // Exactly one request entry and one result per export, in the console's chain.
        QList<QJsonObject> exports;
        QStringList results;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                exports.clear();
                results.clear();
                for (const AuditEntry &entry : consoleAudit(session)) {
                    if (entry.action == u"report.export" && entry.target == id)
                        exports.append(entry.details);
                    if (entry.action == u"report.export.result" && entry.target == id)
                        results.append(entry.details.value(u"outcome"_s).toString());
                }
                return results.size() == 2;
            }(),
            WaitMs);
        QCOMPARE(exports.size(), 2);
        QCOMPARE(exports.at(0).value(u"personal_data"_s).toBool(), false);
        QCOMPARE(exports.at(0).value(u"file"_s).toString(), u"incident-anonymised.pdf"_s);
        QCOMPARE(exports.at(1).value(u"personal_data"_s).toBool(), true);
        QCOMPARE(results, (QStringList{u"succeeded"_s, u"succeeded"_s}));

        // --- the fleet posture report -----------------------------------------------------------------------------
        std::optional<PostureReportData> posture;
        QString error;
        reports->collectPosture(this, [&](PostureReportData data, QString problem) {
            posture = std::move(data);
            error = problem;
        });
        QTRY_VERIFY_WITH_TIMEOUT(posture.has_value(), WaitMs);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(posture->posture.devices, qint64(400));
        QCOMPARE(posture->generatedBy, u"alice"_s);
        QCOMPARE(posture->audit.size(), 1);
        QCOMPARE(posture->audit.first().backend, u"demo"_s);
        QVERIFY(posture->audit.first().consoleIntact);
        QVERIFY(posture->audit.first().consoleEntries >= 4); // the two exports and their results at least
        qint64 byClass = 0;
        for (const FleetPosture::Count &count : posture->posture.byClass)
            byClass += count.count;
        QCOMPARE(byClass, qint64(400));
        QVERIFY(!posture->posture.firmware.isEmpty());
        const PostureReport report(*posture);
        const QString text = report.plainText();
        QVERIFY(text.contains(u"Fleet posture report"_s));
        QVERIFY(text.contains(u"demo"_s));
        const QString shots = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            for (int i = 0; i < std::min(report.pageCount(), 3); ++i)
                QVERIFY(report.renderPage(i, 110).save(shots + u"/posture-report-demo-%1.png"_s.arg(i + 1)));

        // Fleet → Export posture report…
        const QString posturePath = dir.filePath(u"posture.pdf"_s);
        reports->setPostureFileChooser([&](const QString &name) {
            suggested = name;
            return posturePath;
        });
        QSignalSpy finished(reports, &ReportController::postureReportFinished);
        auto *action = window.findChild<QAction *>(u"exportPostureReport"_s);
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), WaitMs);
        const auto outcome = finished.first().first().value<ReportOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.pages >= 1);
        QVERIFY(suggested.startsWith(u"fleet-posture-"_s));
        QVERIFY(isPdf(posturePath));
        QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(posturePath)));

        // --- the owner's contact from the register's detail panel, through SecretClipboard -------------------------
        auto *registerPage = qobject_cast<RegisterPage *>(window.page(u"register"_s));
        QVERIFY(registerPage);
        DeviceDetailPanel *panel = registerPage->detailPanel();
        const DeviceTable &table = models.devices.table();
        std::optional<Device> owned;
        for (qsizetype row = 0; row < table.rowCount() && !owned; ++row)
            if (!table.text(row, RegisterField::Owner).isEmpty())
                owned = table.device(row);
        QVERIFY(owned.has_value());
        panel->showDevice(u"demo"_s, *owned, QString());
        QVERIFY(!panel->copyOwnerButton()->isHidden());
        QVERIFY(panel->ownerContact().isEmpty()); // read only when asked for
        panel->copyOwnerContact();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result()->outcome() != ActionResultLabel::Outcome::Working, WaitMs);
        QVERIFY2(panel->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(panel->result()->text()));
        QVERIFY(!panel->ownerContact().isEmpty());
        QVERIFY(panel->ownerContact() != owned->ownerRef); // the contact, not the reference
        QClipboard *clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), panel->ownerContact());
        QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(panel->clipboard()->isPending()); // cleared after SecretClipboard::DefaultClearMs (30 s)
        QCOMPARE(SecretClipboard::DefaultClearMs, 30'000);
        panel->clipboard()->clearNow();
        QVERIFY(clipboard->text().isEmpty());
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
