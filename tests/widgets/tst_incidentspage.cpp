#include "ActionResultLabel.h"
#include "ImpactPanel.h"
#include "IncidentActions.h"
#include "IncidentFilterModel.h"
#include "IncidentListModel.h"
#include "IncidentTimelineModel.h"
#include "IncidentsPage.h"
#include "analysis/IncidentStateMachine.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

// A backend in a box: applies actions with the real state machine, answers later, can refuse or be offline.
class ScriptedIncidentActions final : public IncidentActions {
public:
    QHash<QString, Incident> incidents;
    bool online = true;
    QString refuseWith; // non-empty: the next action fails with this message
    QStringList calls;
    qint64 nextAudit = 41;
    QStringList queuedNotes;

    QString operatorName(const QString &) const override { return u"alice"_s; }
    bool isOnline(const QString &) const override { return online; }

    void acknowledge(const QString &, const QString &id, QObject *context, Reply done) override
    {
        calls.append(u"ack "_s + id);
        answer(id, context, std::move(done), [](Incident &incident) {
            return IncidentStateMachine::apply(incident, IncidentState::Acknowledged, {}, u"alice"_s,
                                               QDateTime::currentDateTimeUtc());
        });
    }
    void assign(const QString &, const QString &id, const QString &assignee, QObject *context, Reply done) override
    {
        calls.append(u"assign "_s + id + u' ' + assignee);
        answer(id, context, std::move(done), [assignee](Incident &incident) {
            incident.assignee = assignee;
            return Status::success();
        });
    }
    void addNote(const QString &, const QString &id, const QString &text, QObject *context, Reply done) override
    {
        calls.append(u"note "_s + id);
        if (!online) {
            queuedNotes.append(text);
            IncidentActionOutcome outcome;
            outcome.kind = IncidentActionOutcome::Kind::Queued;
            outcome.message = u"kept locally"_s;
            outcome.auditIndex = nextAudit++;
            QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
            return;
        }
        answer(id, context, std::move(done), [text](Incident &incident) {
            incident.notes.append(IncidentNote{QDateTime::currentDateTimeUtc(), u"alice"_s, text});
            return Status::success();
        });
    }
    void setState(const QString &, const QString &id, IncidentState state, const QString &note, QObject *context,
                  Reply done) override
    {
        calls.append(u"state "_s + id + u' ' + toString(state));
        answer(id, context, std::move(done), [state, note](Incident &incident) {
            return IncidentStateMachine::apply(incident, state, note, u"alice"_s, QDateTime::currentDateTimeUtc());
        });
    }
    void loadDetail(const QString &, const Incident &incident, QObject *context,
                    std::function<void(IncidentDetail)> done) override
    {
        IncidentDetail detail;
        detail.timeline = IncidentTimelineModel::build(incident, {}, {}, {});
        ImpactReport report;
        report.incidentId = incident.id;
        report.maxHops = 2;
        report.devices.append(ImpactReport::DeviceLine{u"pump"_s, u"Infusion pump 4"_s, u"Ward A"_s, 2,
                                                       u"Gateway A"_s, true, false});
        report.devices.append(ImpactReport::DeviceLine{incident.deviceIds.value(0), u"Camera"_s, u"Ward A"_s, 0, {},
                                                       false, false});
        detail.impact = report;
        QTimer::singleShot(0, context, [done, detail] { done(detail); });
    }

private:
    void answer(const QString &id, QObject *context, Reply done, const std::function<Status(Incident &)> &edit)
    {
        IncidentActionOutcome outcome;
        outcome.auditIndex = nextAudit++;
        Incident incident = incidents.value(id);
        const Status status = refuseWith.isEmpty() ? edit(incident) : Status::failure(refuseWith);
        refuseWith.clear();
        if (status) {
            incidents.insert(id, incident);
            outcome.kind = IncidentActionOutcome::Kind::Succeeded;
            outcome.incident = incident;
        } else {
            outcome.kind = IncidentActionOutcome::Kind::Failed;
            outcome.message = status.errorMessage();
        }
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    }
};

QList<int> codes(const QList<IncidentState> &states)
{
    QList<int> result;
    for (const IncidentState state : states)
        result.append(int(state));
    return result;
}

Incident incident(const QString &id, Severity severity, IncidentState state)
{
    Incident result;
    result.id = id;
    result.title = u"Port scan from "_s + id;
    result.severity = severity;
    result.state = state;
    result.siteId = u"ward-a"_s;
    result.deviceIds = {u"cam-"_s + id};
    result.opened = QDateTime::currentDateTimeUtc().addSecs(-900);
    return result;
}

} // namespace

// The incident page against a scripted backend: list and filters, only legal next states offered, acknowledge,
// assign, annotate, resolve (note required), results inline with the audit entry, a refusal shown, offline notes
// kept, timeline and impact panel filled.
class TestIncidentsPage : public QObject {
    Q_OBJECT
private slots:
    void actsOnTheSelectedIncident()
    {
        ScriptedIncidentActions actions;
        IncidentListModel model;
        QList<IncidentListModel::Row> rows;
        for (const Incident &i : {incident(u"a"_s, Severity::Major, IncidentState::New),
                                  incident(u"b"_s, Severity::Critical, IncidentState::New),
                                  incident(u"c"_s, Severity::Minor, IncidentState::Resolved)}) {
            actions.incidents.insert(i.id, i);
            IncidentListModel::Row row;
            row.incident = i;
            rows.append(row);
        }
        model.setIncidents(u"demo"_s, rows);

        IncidentsPage page(&model, &actions);
        page.resize(1400, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Open ones only, the critical first.
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QCOMPARE(page.view()->model()->index(0, 0).data(IncidentListModel::IdRole).toString(), u"b"_s);

        QVERIFY(page.selectIncident(u"demo"_s, u"a"_s));
        QCOMPARE(page.selectedIncident()->id, u"a"_s);
        QCOMPARE(codes(page.offeredStates()), codes({IncidentState::Acknowledged, IncidentState::Investigating,
                                                     IncidentState::Contained, IncidentState::Resolved}));
        QTRY_COMPARE(page.impactPanel()->deviceList()->topLevelItemCount(), 2);
        QVERIFY(page.impactPanel()->report()->devices.first().safetyCritical);

        page.acknowledgeSelected();
        QCOMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Working);
        QTRY_COMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QVERIFY2(page.result()->text().contains(u"#41"_s), qPrintable(page.result()->text()));
        QCOMPARE(int(page.selectedIncident()->state), int(IncidentState::Acknowledged));
        QVERIFY(!page.offeredStates().contains(IncidentState::Acknowledged));

        page.setAssignee(u"bob"_s);
        page.assignSelected();
        QTRY_COMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QCOMPARE(page.selectedIncident()->assignee, u"bob"_s);

        page.setNoteText(u"Camera firmware is two years old"_s);
        page.addNoteToSelected();
        QTRY_COMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QTRY_VERIFY(std::any_of(page.timeline()->entries().cbegin(), page.timeline()->entries().cend(),
                                [](const IncidentTimelineModel::Entry &e) {
                                    return e.kind == IncidentTimelineModel::Kind::Note
                                           && e.what == u"Camera firmware is two years old";
                                }));

        // Resolving needs a note: without one nothing is sent.
        page.setTargetState(IncidentState::Resolved);
        page.changeStateOfSelected();
        QVERIFY(!actions.calls.contains(u"state a resolved"_s));
        QCOMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Succeeded); // the note's result still shows

        // A refusal by the backend is shown with its message.
        actions.refuseWith = u"The incident is already contained."_s;
        page.setTargetState(IncidentState::Contained);
        page.changeStateOfSelected();
        QTRY_COMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY(page.result()->text().contains(u"already contained"_s));

        page.setTargetState(IncidentState::Resolved);
        page.setStateNote(u"Camera reflashed, scanner blocked"_s);
        page.changeStateOfSelected();
        QTRY_COMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QCOMPARE(int(page.selectedIncident()->state), int(IncidentState::Resolved));
        QCOMPARE(page.selectedIncident()->resolution, u"Camera reflashed, scanner blocked"_s);
        // Resolved: only reopening is offered.
        QCOMPARE(codes(page.offeredStates()), codes({IncidentState::Investigating}));
        // The list shows open incidents: the resolved one left it, but stays selected through the model.
        QCOMPARE(page.view()->model()->rowCount(), 1);

        // Offline: the note is kept, and says so.
        QVERIFY(page.selectIncident(u"demo"_s, u"b"_s));
        actions.online = false;
        page.setNoteText(u"Seen from the ward, no network"_s);
        page.addNoteToSelected();
        QTRY_COMPARE(page.result()->outcome(), ActionResultLabel::Outcome::Pending);
        QCOMPARE(actions.queuedNotes, QStringList{u"Seen from the ward, no network"_s});

        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            page.grab().save(dir + u"/incidents-scripted.png"_s);
    }

    void dashboardLinkFilters()
    {
        ScriptedIncidentActions actions;
        IncidentListModel model;
        QList<IncidentListModel::Row> rows;
        for (const Incident &i : {incident(u"a"_s, Severity::Major, IncidentState::New),
                                  incident(u"b"_s, Severity::Critical, IncidentState::New),
                                  incident(u"c"_s, Severity::Critical, IncidentState::Resolved)}) {
            IncidentListModel::Row row;
            row.incident = i;
            rows.append(row);
        }
        model.setIncidents(u"demo"_s, rows);
        IncidentsPage page(&model, &actions);
        page.filter()->setAllStates();
        page.showOpenIncidents(Severity::Critical);
        QCOMPARE(page.view()->model()->rowCount(), 1);
        page.showOpenIncidents(std::nullopt);
        QCOMPARE(page.view()->model()->rowCount(), 2);
        // Selecting a hidden incident clears the filters that hide it.
        QVERIFY(page.selectIncident(u"demo"_s, u"c"_s));
        QCOMPARE(page.view()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestIncidentsPage)
#include "tst_incidentspage.moc"
