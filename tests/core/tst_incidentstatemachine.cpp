#include "analysis/IncidentStateMachine.h"
#include "DomainCompare.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(warden::IncidentState)

namespace {

const QDateTime When = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);

Incident incidentIn(IncidentState state)
{
    Incident incident;
    incident.id = u"inc-1"_s;
    incident.title = u"Port scans on cam-1"_s;
    incident.state = state;
    incident.opened = When.addSecs(-3600);
    if (state == IncidentState::Resolved)
        incident.resolution = u"False positive: scheduled scan"_s;
    return incident;
}

} // namespace

// Incident life cycle: the full from x to table, notes required for resolve / reopen, and what apply() changes.
class TestIncidentStateMachine final : public QObject {
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void nextStatesFollowTheTable();
    void resolveStoresResolutionAndNote();
    void reopenClearsResolutionKeepsHistory();
    void reopenOnlyFromResolved();
    void failedApplyChangesNothing();
};

void TestIncidentStateMachine::transitions_data()
{
    QTest::addColumn<IncidentState>("from");
    QTest::addColumn<IncidentState>("to");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("error"); // fragment of the message; empty = allowed

    using S = IncidentState;
    const QString noNote;
    const QString note = u"Done"_s;
    const QString backward = u"cannot go back"_s;
    // Forward, including skips.
    QTest::newRow("new->acknowledged") << S::New << S::Acknowledged << noNote << QString();
    QTest::newRow("new->investigating") << S::New << S::Investigating << noNote << QString();
    QTest::newRow("new->contained") << S::New << S::Contained << noNote << QString();
    QTest::newRow("new->resolved with note") << S::New << S::Resolved << note << QString();
    QTest::newRow("acknowledged->investigating") << S::Acknowledged << S::Investigating << noNote << QString();
    QTest::newRow("acknowledged->contained") << S::Acknowledged << S::Contained << noNote << QString();
    QTest::newRow("acknowledged->resolved") << S::Acknowledged << S::Resolved << note << QString();
    QTest::newRow("investigating->contained") << S::Investigating << S::Contained << noNote << QString();
    QTest::newRow("investigating->resolved") << S::Investigating << S::Resolved << note << QString();
    QTest::newRow("contained->resolved") << S::Contained << S::Resolved << note << QString();
    QTest::newRow("contained->investigating") << S::Contained << S::Investigating << noNote << QString();
    QTest::newRow("resolved->investigating (reopen)") << S::Resolved << S::Investigating << note << QString();
    // Notes.
    QTest::newRow("resolve without note") << S::Investigating << S::Resolved << noNote
                                          << u"Resolving an incident needs a resolution note"_s;
    QTest::newRow("resolve with blank note") << S::Contained << S::Resolved << u"   "_s
                                             << u"needs a resolution note"_s;
    QTest::newRow("reopen without reason") << S::Resolved << S::Investigating << noNote
                                           << u"Reopening a resolved incident needs a note"_s;
    // Same state.
    QTest::newRow("new->new") << S::New << S::New << noNote << u"The incident is already new."_s;
    QTest::newRow("contained->contained") << S::Contained << S::Contained << noNote
                                          << u"The incident is already contained."_s;
    QTest::newRow("resolved->resolved") << S::Resolved << S::Resolved << note
                                        << u"The incident is already resolved."_s;
    // Backward.
    QTest::newRow("acknowledged->new")
        << S::Acknowledged << S::New << noNote
        << u"An incident cannot go back from acknowledged to new; from acknowledged it can move to investigating, "
           u"contained, resolved."_s;
    QTest::newRow("investigating->acknowledged") << S::Investigating << S::Acknowledged << noNote << backward;
    QTest::newRow("investigating->new") << S::Investigating << S::New << noNote << backward;
    QTest::newRow("contained->acknowledged") << S::Contained << S::Acknowledged << noNote << backward;
    QTest::newRow("contained->new") << S::Contained << S::New << noNote << backward;
    // Out of resolved.
    QTest::newRow("resolved->new") << S::Resolved << S::New << note
                                   << u"A resolved incident cannot move to new; reopen it"_s;
    QTest::newRow("resolved->acknowledged") << S::Resolved << S::Acknowledged << note << u"reopen it"_s;
    QTest::newRow("resolved->contained") << S::Resolved << S::Contained << note << u"reopen it"_s;
}

void TestIncidentStateMachine::transitions()
{
    QFETCH(IncidentState, from);
    QFETCH(IncidentState, to);
    QFETCH(QString, note);
    QFETCH(QString, error);
    const Status status = IncidentStateMachine::check(from, to, note);
    QCOMPARE(status.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(status.errorMessage().contains(error), qPrintable(status.errorMessage()));

    // canTransition ignores notes; apply() agrees with check().
    const bool noteProblem = error.contains(u"note"_s);
    QCOMPARE(IncidentStateMachine::canTransition(from, to), error.isEmpty() || noteProblem);
    Incident incident = incidentIn(from);
    const Status applied = IncidentStateMachine::apply(incident, to, note, u"alice"_s, When);
    QCOMPARE(applied.ok(), status.ok());
    QCOMPARE(incident.state, applied.ok() ? to : from);
}

void TestIncidentStateMachine::nextStatesFollowTheTable()
{
    using S = IncidentState;
    const auto next = [](S from) {
        QStringList names;
        for (const S state : IncidentStateMachine::nextStates(from))
            names.append(toString(state));
        return names.join(u' ');
    };
    QCOMPARE(next(S::New), u"acknowledged investigating contained resolved"_s);
    QCOMPARE(next(S::Acknowledged), u"investigating contained resolved"_s);
    QCOMPARE(next(S::Investigating), u"contained resolved"_s);
    QCOMPARE(next(S::Contained), u"investigating resolved"_s);
    QCOMPARE(next(S::Resolved), u"investigating"_s);
    QVERIFY(IncidentStateMachine::requiresNote(S::New, S::Resolved));
    QVERIFY(IncidentStateMachine::requiresNote(S::Resolved, S::Investigating));
    QVERIFY(!IncidentStateMachine::requiresNote(S::Contained, S::Investigating));
}

void TestIncidentStateMachine::resolveStoresResolutionAndNote()
{
    Incident incident = incidentIn(IncidentState::Contained);
    QVERIFY(IncidentStateMachine::apply(incident, IncidentState::Resolved, u"  Re-imaged cam-1  "_s, u"alice"_s, When)
                .ok());
    QCOMPARE(incident.state, IncidentState::Resolved);
    QCOMPARE(incident.resolution, u"Re-imaged cam-1"_s);
    QCOMPARE(incident.updated, When);
    QCOMPARE(incident.notes.size(), 1);
    QCOMPARE(incident.notes.constFirst(), (IncidentNote{When, u"alice"_s, u"Re-imaged cam-1"_s}));

    Incident acknowledged = incidentIn(IncidentState::New);
    QVERIFY(IncidentStateMachine::apply(acknowledged, IncidentState::Acknowledged, QString(), u"bob"_s, When).ok());
    QVERIFY(acknowledged.notes.isEmpty());
    QVERIFY(acknowledged.resolution.isEmpty());
}

void TestIncidentStateMachine::reopenClearsResolutionKeepsHistory()
{
    Incident incident = incidentIn(IncidentState::Investigating);
    QVERIFY(IncidentStateMachine::apply(incident, IncidentState::Resolved, u"Patched"_s, u"alice"_s, When).ok());
    const QDateTime later = When.addSecs(600);
    QVERIFY(IncidentStateMachine::reopen(incident, u"Beacon seen again"_s, u"bob"_s, later).ok());
    QCOMPARE(incident.state, IncidentState::Investigating);
    QVERIFY(incident.resolution.isEmpty());
    QCOMPARE(incident.updated, later);
    QCOMPARE(incident.notes.size(), 2);
    QCOMPARE(incident.notes.at(0).text, u"Patched"_s);
    QCOMPARE(incident.notes.at(1), (IncidentNote{later, u"bob"_s, u"Beacon seen again"_s}));
}

void TestIncidentStateMachine::reopenOnlyFromResolved()
{
    Incident incident = incidentIn(IncidentState::Contained);
    const Status status = IncidentStateMachine::reopen(incident, u"why"_s, u"bob"_s, When);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage(), u"Only a resolved incident can be reopened; this one is contained."_s);
    QCOMPARE(status.error().field, u"state"_s);
    Incident resolved = incidentIn(IncidentState::Resolved);
    const Status noReason = IncidentStateMachine::reopen(resolved, QString(), u"bob"_s, When);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().field, u"note"_s);
}

void TestIncidentStateMachine::failedApplyChangesNothing()
{
    Incident incident = incidentIn(IncidentState::Resolved);
    const Incident before = incident;
    QVERIFY(!IncidentStateMachine::apply(incident, IncidentState::New, u"note"_s, u"alice"_s, When).ok());
    QCOMPARE(incident, before);
}

QTEST_GUILESS_MAIN(TestIncidentStateMachine)
#include "tst_incidentstatemachine.moc"
