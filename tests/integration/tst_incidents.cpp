#include "ActionResultLabel.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoOperatorLogin.h"
#include "DashboardPage.h"
#include "DemoSession.h"
#include "ImpactPanel.h"
#include "IncidentListModel.h"
#include "IncidentTimelineModel.h"
#include "IncidentsController.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StoreQuery.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;

// The incident page against the real embedded fleetd (warden --demo): an incident formed by the simulator is
// acknowledged, assigned to bob, annotated and resolved with a note through the page; each step is confirmed by the
// backend (read back by a second client) and shows in the console's list after the backend's change is synced; every
// request and result is in the console's audit chain; a note written while the backend is unreachable waits in the
// offline journal and reaches the backend, with its original time, once it is back; the impact panel is filled from
// the synced topology.
class TestIncidents : public QObject {
    Q_OBJECT
private:
    static void save(MainWindow &window, const QString &page, const QString &file)
    {
        window.showPage(page);
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + u"/"_s + file);
    }
    static std::optional<Incident> modelIncident(IncidentListModel *model, const QString &id)
    {
        const int row = model->rowOf(u"demo"_s, id);
        return row < 0 ? std::nullopt : std::optional<Incident>(model->rowAt(row).incident);
    }

private slots:
    void roundTripAgainstFleetd()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        ConsoleController controller(&models, &window);
        QSignalSpy failed(&controller, &ConsoleController::failed);
        QSignalSpy live(&controller, &ConsoleController::live);
        DemoOptions options;
        options.devices = 600;
        options.eventRate = 30;
        controller.startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        auto *incidents = controller.findChild<IncidentsController *>();
        QVERIFY(incidents);
        IncidentsPage *page = incidents->page();
        QVERIFY(page);
        QCOMPARE(window.page(u"incidents"_s), page);
        IncidentListModel *model = incidents->incidents();
        QTRY_COMPARE_WITH_TIMEOUT(models.devices.totalCount(), 600, 30'000);

        // Wait for a new incident with at least one device known to the topology.
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const IncidentListModel::Row &row : model->rows())
                    if (row.incident.state == IncidentState::New && !row.incident.deviceIds.isEmpty()
                        && !row.incident.eventSeqs.isEmpty()) {
                        id = row.incident.id;
                        return true;
                    }
                return false;
            }(),
            60'000);
        QVERIFY(page->selectIncident(u"demo"_s, id));
        QCOMPARE(page->selectedIncident()->id, id);

        // Timeline (its events come from the cache) and impact (the synced topology).
        QTRY_VERIFY_WITH_TIMEOUT(page->impactPanel()->report().has_value(), 20'000);
        // The incident names devices, or gateways that observed its events (then their devices are exposed).
        const ImpactReport &impact = *page->impactPanel()->report();
        QVERIFY2(impact.unknownDevices.isEmpty(),
                 qPrintable(u"not in the topology: "_s + impact.unknownDevices.join(u", "_s)));
        QVERIFY(impact.affectedCount() + impact.reachableCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(page->timeline()->entries().cbegin(), page->timeline()->entries().cend(),
                                             [](const IncidentTimelineModel::Entry &e) {
                                                 return e.kind == IncidentTimelineModel::Kind::Event;
                                             }),
                                 20'000);

        const auto act = [&](const char *what) {
            QTRY_VERIFY_WITH_TIMEOUT(page->result()->outcome() != ActionResultLabel::Outcome::Working, 20'000);
            QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                     qPrintable(QString::fromLatin1(what) + u": "_s + page->result()->text()));
            QVERIFY2(page->result()->text().contains(u"Audit entry #"_s), qPrintable(page->result()->text()));
        };

        page->acknowledgeSelected();
        act("acknowledge");
        page->setAssignee(u"bob"_s);
        page->assignSelected();
        act("assign");
        page->setNoteText(u"Scanner traced to a contractor laptop on the guest VLAN"_s);
        page->addNoteToSelected();
        act("note");
        page->setTargetState(IncidentState::Resolved);
        page->setStateNote(u"Laptop removed, VLAN ACL tightened"_s);
        page->changeStateOfSelected();
        act("resolve");

        // The console's list shows it as stored in the cache from the backend's change frames.
        QTRY_VERIFY_WITH_TIMEOUT(modelIncident(model, id) && modelIncident(model, id)->state == IncidentState::Resolved
                                     && modelIncident(model, id)->assignee == u"bob",
                                 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(model->rowOf(u"demo"_s, id)).acknowledged.isValid(), 20'000);

        // The backend has it: read back by bob's own client.
        auto *demo = controller.findChild<DemoSession *>();
        QVERIFY(demo && demo->session());
        BackendSession *session = demo->session();
        FleetApiClient *aliceApi = session->api();
        const DemoOperatorLogin bob = loginDemoOperator(*aliceApi, u"bob"_s);
        QVERIFY2(bob.client, qPrintable(bob.error));
        FleetApiClient &bobApi = *bob.client;
        const auto fetch = [&]() -> std::optional<Incident> {
            std::optional<Incident> found;
            std::optional<FleetResult<FetchSummary>> done;
            bobApi.fetchAll<Incident>(
                -1, this,
                [&found, &id](Page<Incident> &received) {
                    for (const Incident &incident : received.items)
                        if (incident.id == id)
                            found = incident;
                    return true;
                },
                [&done](FleetResult<FetchSummary> result) { done = std::move(result); });
            if (!QTest::qWaitFor([&done] { return done.has_value(); }, 20'000) || !done->ok())
                return std::nullopt;
            return found;
        };
        const std::optional<Incident> stored = fetch();
        QVERIFY(stored.has_value());
        QVERIFY(stored->state == IncidentState::Resolved);
        QCOMPARE(stored->assignee, u"bob"_s);
        QCOMPARE(stored->resolution, u"Laptop removed, VLAN ACL tightened"_s);
        QVERIFY(std::any_of(stored->notes.cbegin(), stored->notes.cend(), [](const IncidentNote &note) {
            return note.author == u"alice" && note.text.startsWith(u"Scanner traced"_s);
        }));

        // --- a note written while the backend is unreachable --------------------------------------------------
        QString second;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const IncidentListModel::Row &row : model->rows())
                    if (row.incident.state == IncidentState::New && row.incident.id != id) {
                        second = row.incident.id;
                        return true;
                    }
                return false;
            }(),
            60'000);
        QVERIFY(page->selectIncident(u"demo"_s, second));
        OfflineJournal *journal = session->journal();
        journal->setOnline(false);
        const QDateTime writtenAfter = QDateTime::currentDateTimeUtc().addSecs(-1);
        page->setNoteText(u"Ward reports the camera rebooting on its own"_s);
        page->addNoteToSelected();
        QTRY_VERIFY_WITH_TIMEOUT(page->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Pending, qPrintable(page->result()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(page->timeline()->entries().cbegin(), page->timeline()->entries().cend(),
                                             [](const IncidentTimelineModel::Entry &e) {
                                                 return e.kind == IncidentTimelineModel::Kind::PendingNote;
                                             }),
                                 10'000);
        // Other actions are not sent while offline either: they wait for the operator's confirmation.
        const qsizetype pendingBefore = journal->pendingConfirmation().size();
        page->acknowledgeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(page->result()->outcome() != ActionResultLabel::Outcome::Working, 10'000);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Pending, qPrintable(page->result()->text()));
        QVERIFY(page->result()->text().contains(u"Pending actions"_s));
        QTRY_COMPARE_WITH_TIMEOUT(journal->pendingConfirmation().size(), pendingBefore + 1, 10'000);
        QCOMPARE(journal->pendingConfirmation().constLast().kind, u"incident.acknowledge"_s);
        QTest::qWait(1500); // the note keeps the time it was written, not the time it is sent
        // Back online: what BackendSession does after a reconnect.
        journal->setOnline(true);
        journal->sendNotes();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const std::optional<Incident> incident = modelIncident(model, second);
                return incident
                       && std::any_of(incident->notes.cbegin(), incident->notes.cend(), [&](const IncidentNote &n) {
                              return n.text == u"Ward reports the camera rebooting on its own"
                                     && n.time >= writtenAfter && n.time <= writtenAfter.addSecs(2);
                          });
            }(),
            20'000);

        // --- every request and its result in the console's audit chain ----------------------------------------
        // The API client's hook records each request it sends and its result, and nothing else does: exactly one
        // entry per action. The offline note is recorded when the journal delivers it.
        QStringList seen;
        const auto chainHasEveryStep = [&] {
            std::optional<QList<AuditEntry>> entries;
            queryStore<QList<AuditEntry>>(
                session->writer(), this,
                [](CacheStore *store) {
                    auto loaded = store ? store->loadLocalAudit() : Result<QList<AuditEntry>>::failure(QString());
                    return loaded.ok() ? loaded.value() : QList<AuditEntry>();
                },
                [&entries](QList<AuditEntry> value) { entries = std::move(value); });
            if (!QTest::qWaitFor([&entries] { return entries.has_value(); }, 10'000))
                return false;
            seen.clear();
            for (const AuditEntry &entry : *entries) {
                if (entry.target != id && entry.target != second)
                    continue;
                const QString outcome = entry.details.value(u"outcome"_s).toString();
                seen.append((entry.target == id ? u"1:"_s : u"2:"_s) + entry.action
                            + (outcome.isEmpty() ? QString() : u':' + outcome));
            }
            const QStringList expected{u"1:incident.acknowledge"_s,
                                       u"1:incident.acknowledge.result:succeeded"_s,
                                       u"1:incident.assign"_s,
                                       u"1:incident.assign.result:succeeded"_s,
                                       u"1:incident.note"_s,
                                       u"1:incident.note.result:succeeded"_s,
                                       u"1:incident.state"_s,
                                       u"1:incident.state.result:succeeded"_s,
                                       u"2:incident.note"_s,
                                       u"2:incident.note.result:succeeded"_s};
            QStringList sorted = seen;
            sorted.sort();
            return sorted == expected;
        };
        QVERIFY2(QTest::qWaitFor(chainHasEveryStep, 20'000), qPrintable(seen.join(u", "_s)));

        // --- screenshots: an incident whose impact reaches a safety-critical device, and the dashboard ----------
        QString shown = id;
        QStringList candidates;
        for (const IncidentListModel::Row &row : model->rows())
            if (row.incident.state != IncidentState::Resolved && candidates.size() < 20)
                candidates.append(row.incident.id);
        for (const QString &candidate : std::as_const(candidates)) {
            QVERIFY(page->selectIncident(u"demo"_s, candidate));
            QTRY_VERIFY_WITH_TIMEOUT(page->impactPanel()->report().has_value()
                                         && page->impactPanel()->report()->incidentId == candidate,
                                     20'000);
            if (page->impactPanel()->report()->safetyCriticalCount() > 0) {
                shown = candidate;
                break;
            }
        }
        QVERIFY(page->selectIncident(u"demo"_s, shown));
        page->detailTabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page->impactPanel()->report().has_value()
                                     && page->impactPanel()->report()->incidentId == shown,
                                 20'000);
        save(window, u"incidents"_s, u"incidents.png"_s);
        page->detailTabs()->setCurrentIndex(0);
        save(window, u"incidents"_s, u"incidents-timeline.png"_s);
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(u"dashboard"_s));
        QVERIFY(dashboard);
        QVERIFY(dashboard->incidentSummary().open + dashboard->incidentSummary().resolved >= 1);
        QVERIFY(dashboard->incidentSummary().meanSecondsToResolve.has_value());
        dashboard->refresh();
        save(window, u"dashboard"_s, u"dashboard.png"_s);
    }
};

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
