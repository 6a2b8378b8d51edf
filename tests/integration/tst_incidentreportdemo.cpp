// An incident report from a real demo scenario: the camera botnet plays on the embedded fleetd, an incident is
// correlated, and its report is built from the console's cache (incident, events, devices, the backend's verified
// audit chain), paginated and written as PDF. WARDEN_SCREENSHOT_DIR=dir saves the pages as PNG.
#include "AuditController.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "IncidentReport.h"
#include "MainWindow.h"
#include "audit/BackendAuditSync.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int WaitMs = 30'000;
}

class TestIncidentReportDemo : public QObject {
    Q_OBJECT
private slots:
    void reportOfADemoIncident()
    {
        QTemporaryDir cacheDir;
        QVERIFY(cacheDir.isValid());
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        QSignalSpy live(&controller, &ConsoleController::live);
        DemoOptions options;
        options.devices = 400;
        options.eventRate = 20;
        options.scenario = u"camera-botnet"_s;
        options.cacheDir = cacheDir.path();
        controller.startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        auto *audit = controller.findChild<AuditController *>();
        BackendSession *session = audit->session(u"demo"_s);
        QVERIFY(session);

        // The scenario's incident, with its events in the cache.
        std::optional<IncidentReportData> gathered;
        // The botnet's severe incident takes a while to correlate; settle for any incident only after that.
        QElapsedTimer waited;
        waited.start();
        const auto gather = [&] {
            std::optional<IncidentReportData> result;
            queryStore<std::optional<IncidentReportData>>(
                session->writer(), this,
                [](CacheStore *store) -> std::optional<IncidentReportData> {
                    auto incidents = store->loadIncidents();
                    if (!incidents.ok() || incidents->isEmpty())
                        return std::nullopt;
                    // The incident with the most events, severest first.
                    const Incident *best = nullptr;
                    for (const Incident &incident : incidents.value()) {
                        // Severity::Critical is the smallest value.
                        if (!best || incident.severity < best->severity
                            || (incident.severity == best->severity
                                && incident.eventSeqs.size() > best->eventSeqs.size()))
                            best = &incident;
                    }
                    IncidentReportData data;
                    data.backend = u"demo"_s;
                    data.incident = *best;
                    const QSet<qint64> seqs(best->eventSeqs.cbegin(), best->eventSeqs.cend());
                    auto events = store->loadEvents(CacheStore::Newest, 100'000);
                    if (events.ok()) {
                        for (const ThreatEvent &event : events.value())
                            if (seqs.contains(event.seq))
                                data.events.append(event);
                    }
                    const QSet<QString> ids(best->deviceIds.cbegin(), best->deviceIds.cend());
                    const auto devices = store->loadDevices();
                    const auto sites = store->loadSites();
                    const auto rules = store->loadRules();
                    if (!devices.ok() || !sites.ok() || !rules.ok())
                        return std::nullopt;
                    for (const Device &device : devices.value())
                        if (ids.contains(device.id))
                            data.devices.append(device);
                    for (const Site &site : sites.value())
                        data.siteNames.insert(site.id, site.name);
                    for (const Rule &rule : rules.value())
                        data.ruleNames.insert(rule.id, rule.name);
                    if (data.events.isEmpty())
                        return std::nullopt;
                    return data;
                },
                [&result](std::optional<IncidentReportData> data) { result = data ? std::move(data) : IncidentReportData{}; });
            if (!QTest::qWaitFor([&result] { return result.has_value(); }, WaitMs))
                return std::optional<IncidentReportData>();
            if (!result || result->incident.id.isEmpty())
                return std::optional<IncidentReportData>();
            if (result->incident.severity > Severity::Major && waited.elapsed() < 90'000)
                return std::optional<IncidentReportData>();
            return result;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                gathered = gather();
                return gathered.has_value();
            },
            120'000));

        // Actions from the backend's verified chain about the incident or its devices.
        BackendAuditSync *sync = audit->backendAudit(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isBusy(), WaitMs);
        sync->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isBusy() && sync->state().headVerified, WaitMs);
        IncidentReportData data = *gathered;
        const QSet<QString> targets = [&] {
            QSet<QString> set(data.incident.deviceIds.cbegin(), data.incident.deviceIds.cend());
            set.insert(data.incident.id);
            return set;
        }();
        for (const AuditEntry &entry : sync->state().chain.entries)
            if (targets.contains(entry.target))
                data.actions.append(entry);
        data.chainVerified = sync->state().chain.verification.intact && sync->state().headVerified;
        if (!sync->state().chain.entries.isEmpty())
            data.chainHead = QString::fromLatin1(sync->state().chain.entries.constLast().hash.toHex());

        const IncidentReport report(data);
        QVERIFY(report.html().contains(data.incident.id));
        QVERIFY(report.html().contains(data.incident.title.toHtmlEscaped()));
        QVERIFY(report.pageCount() >= 1);
        if (data.chainVerified)
            QVERIFY(!report.html().contains(u"did not verify"_s));
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (int page = 0; page < std::min(report.pageCount(), 3); ++page)
                QVERIFY(report.renderPage(page, 110).save(dir + u"/incident-report-demo-%1.png"_s.arg(page + 1)));
        }
        const QString pdf = cacheDir.filePath(u"incident.pdf"_s);
        QVERIFY(report.writePdf(pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestIncidentReportDemo)
#include "tst_incidentreportdemo.moc"
