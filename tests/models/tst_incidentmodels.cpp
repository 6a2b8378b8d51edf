#include "DashboardSummary.h"
#include "IncidentFilterModel.h"
#include "IncidentListModel.h"
#include "IncidentTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The incident list (precise diffs per backend under QAbstractItemModelTester, ages from an injected clock), its
// filter and sort, the timeline merged from events, audit actions, notes and offline notes, and the dashboard's
// incident and campaign figures.
class TestIncidentModels : public QObject {
    Q_OBJECT
private:
    static QDateTime at(int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 3, 10), QTime(hour, minute), QTimeZone::utc());
    }
    static IncidentListModel::Row row(const QString &id, Severity severity, IncidentState state,
                                      const QString &assignee = {}, QDateTime opened = at(10),
                                      QStringList devices = {u"dev-1"_s})
    {
        IncidentListModel::Row r;
        r.incident.id = id;
        r.incident.title = u"Port scan on "_s + id;
        r.incident.severity = severity;
        r.incident.state = state;
        r.incident.assignee = assignee;
        r.incident.siteId = u"site-north"_s;
        r.incident.deviceIds = std::move(devices);
        r.incident.opened = opened;
        r.incident.updated = opened.addSecs(60);
        return r;
    }
    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int r = 0; r < model.rowCount(); ++r)
            result.append(model.index(r, 0).data(IncidentListModel::IdRole).toString());
        return result;
    }

private slots:
    void replacesOneBackendPrecisely()
    {
        IncidentListModel model(nullptr, [] { return at(12); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncidents(u"eu"_s, {row(u"a"_s, Severity::Major, IncidentState::New),
                                     row(u"b"_s, Severity::Minor, IncidentState::New)});
        model.setIncidents(u"us"_s, {row(u"a"_s, Severity::Critical, IncidentState::New)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(u"us"_s, u"a"_s), 2);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // eu: "a" changes, "b" goes, "c" and "d" arrive; us untouched.
        model.setIncidents(u"eu"_s, {row(u"a"_s, Severity::Major, IncidentState::Acknowledged, u"alice"_s),
                                     row(u"c"_s, Severity::Warning, IncidentState::New),
                                     row(u"d"_s, Severity::Critical, IncidentState::New)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1); // one insert for the batch
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(u"eu"_s, u"b"_s), -1);
        QCOMPARE(model.rowOf(u"us"_s, u"a"_s), 1);
        const QModelIndex a = model.indexOf(u"eu"_s, u"a"_s, IncidentListModel::AssigneeColumn);
        QCOMPARE(a.data().toString(), u"alice"_s);
        QCOMPARE(a.siblingAtColumn(IncidentListModel::StateColumn).data().toString(), u"Acknowledged"_s);

        // The same rows again change nothing.
        changed.clear();
        model.setIncidents(u"eu"_s, {row(u"a"_s, Severity::Major, IncidentState::Acknowledged, u"alice"_s),
                                     row(u"c"_s, Severity::Warning, IncidentState::New),
                                     row(u"d"_s, Severity::Critical, IncidentState::New)});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 4);

        model.setIncidents(u"eu"_s, {});
        QCOMPARE(ids(model), QStringList{u"a"_s});
        QCOMPARE(model.rowAt(0).backend, u"us"_s);
    }

    void showsColumns()
    {
        IncidentListModel model(nullptr, [] { return at(12); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentListModel::Row r = row(u"x"_s, Severity::Critical, IncidentState::New, {}, at(11, 48),
                                       {u"dev-1"_s, u"dev-2"_s, u"dev-3"_s});
        r.deviceNames = {u"Pump 4"_s, QString(), QString()};
        r.siteName = u"North Campus"_s;
        model.setIncidents(u"eu"_s, {r});
        const auto text = [&model](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(IncidentListModel::SeverityColumn), u"Critical"_s);
        QCOMPARE(text(IncidentListModel::AssigneeColumn), u"Unassigned"_s);
        QCOMPARE(text(IncidentListModel::DevicesColumn), u"Pump 4 +2"_s);
        QCOMPARE(text(IncidentListModel::SiteColumn), u"North Campus"_s);
        QCOMPARE(text(IncidentListModel::AgeColumn), u"12 min ago"_s);
        QCOMPARE(text(IncidentListModel::BackendColumn), u"eu"_s);
        QVERIFY(model.index(0, 0).data(IncidentListModel::OpenRole).toBool());
        QCOMPARE(model.index(0, IncidentListModel::SeverityColumn).data(IncidentListModel::RawValueRole).toInt(),
                 int(Severity::Critical));
    }

    void ageText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(5) << u"just now"_s;
        QTest::newRow("minutes") << qint64(59 * 60 + 59) << u"59 min ago"_s;
        QTest::newRow("hours") << qint64(3 * 3600 + 10) << u"3 h ago"_s;
        QTest::newRow("days") << qint64(2 * 86400 + 7200) << u"2 d ago"_s;
    }

    void ageText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(IncidentListModel::ageText(seconds), text);
    }

    void updateIncidentRecordsAcknowledgeAndResolve()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncidents(u"eu"_s, {row(u"a"_s, Severity::Major, IncidentState::New)});
        QSignalSpy changed(&model, &IncidentListModel::incidentsChanged);
        Incident incident = model.rowAt(0).incident;
        incident.state = IncidentState::Acknowledged;
        incident.updated = at(10, 5);
        model.updateIncident(u"eu"_s, incident);
        QCOMPARE(model.rowAt(0).acknowledged, at(10, 5));
        incident.state = IncidentState::Resolved;
        incident.updated = at(11);
        model.updateIncident(u"eu"_s, incident);
        QCOMPARE(model.rowAt(0).resolved, at(11));
        QCOMPARE(model.rowAt(0).acknowledged, at(10, 5));
        QCOMPARE(changed.size(), 2);
        // An incident not yet listed is added.
        incident.id = u"new-one"_s;
        model.updateIncident(u"eu"_s, incident);
        QCOMPARE(model.rowCount(), 2);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("state");    // "open", "all" or a wire name
        QTest::addColumn<int>("severity");     // -1 = any
        QTest::addColumn<QString>("assignee"); // "*" = anyone
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // sorted by severity, then newest opened first

        QTest::newRow("open by default") << u"open"_s << -1 << u"*"_s << QString()
                                         << QStringList{u"crit"_s, u"major-new"_s, u"major-old"_s, u"minor"_s};
        QTest::newRow("all states") << u"all"_s << -1 << u"*"_s << QString()
                                    << QStringList{u"crit"_s, u"major-new"_s, u"major-old"_s, u"minor"_s, u"done"_s};
        QTest::newRow("only resolved") << u"resolved"_s << -1 << u"*"_s << QString() << QStringList{u"done"_s};
        QTest::newRow("major") << u"open"_s << int(Severity::Major) << u"*"_s << QString()
                               << QStringList{u"major-new"_s, u"major-old"_s};
        QTest::newRow("unassigned") << u"open"_s << -1 << QString() << QString()
                                    << QStringList{u"crit"_s, u"major-old"_s};
        QTest::newRow("bob's") << u"all"_s << -1 << u"bob"_s << QString() << QStringList{u"minor"_s, u"done"_s};
        QTest::newRow("text matches device name") << u"all"_s << -1 << u"*"_s << u"PUMP"_s
                                                  << QStringList{u"crit"_s};
        QTest::newRow("text matches id") << u"all"_s << -1 << u"*"_s << u"old"_s << QStringList{u"major-old"_s};
        QTest::newRow("nothing") << u"open"_s << int(Severity::Warning) << u"*"_s << QString() << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, state);
        QFETCH(int, severity);
        QFETCH(QString, assignee);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);

        IncidentListModel model;
        IncidentFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(IncidentListModel::SeverityColumn, Qt::AscendingOrder);
        IncidentListModel::Row crit = row(u"crit"_s, Severity::Critical, IncidentState::New, {}, at(9));
        crit.deviceNames = {u"Infusion pump 7"_s};
        model.setIncidents(u"eu"_s, {row(u"major-old"_s, Severity::Major, IncidentState::New, {}, at(8)),
                                     row(u"minor"_s, Severity::Minor, IncidentState::Investigating, u"bob"_s),
                                     row(u"done"_s, Severity::Warning, IncidentState::Resolved, u"bob"_s),
                                     crit,
                                     row(u"major-new"_s, Severity::Major, IncidentState::Acknowledged,
                                         u"alice"_s, at(9, 30))});
        if (state == u"all")
            filter.setAllStates();
        else if (state != u"open")
            filter.setState(*enumFromString<IncidentState>(state));
        filter.setSeverity(severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity)));
        filter.setAssignee(assignee == u"*" ? std::nullopt : std::optional<QString>(assignee));
        filter.setText(text);
        QCOMPARE(ids(filter), expected);
    }

    void sortsByAge()
    {
        IncidentListModel model;
        IncidentFilterModel filter;
        filter.setSourceModel(&model);
        model.setIncidents(u"eu"_s, {row(u"b"_s, Severity::Major, IncidentState::New, {}, at(9)),
                                     row(u"a"_s, Severity::Major, IncidentState::New, {}, at(8)),
                                     row(u"c"_s, Severity::Major, IncidentState::New, {}, at(10))});
        // Ascending age: the youngest first; descending: the oldest, the ones left waiting, first.
        filter.sort(IncidentListModel::AgeColumn, Qt::AscendingOrder);
        QCOMPARE(ids(filter), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        filter.sort(IncidentListModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(ids(filter), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void timelineMergesSources()
    {
        Incident incident = row(u"inc-1"_s, Severity::Major, IncidentState::Investigating).incident;
        incident.eventSeqs = {11, 12};
        incident.notes = {IncidentNote{at(10, 20), u"alice"_s, u"Isolated the camera"_s}};

        ThreatEvent first;
        first.seq = 11;
        first.time = at(10, 1);
        first.deviceId = u"dev-1"_s;
        first.type = ThreatType::PortScan;
        first.severity = Severity::Minor;
        first.source = u"10.0.0.9"_s;
        first.destination = u"10.0.0.1"_s;
        ThreatEvent second = first;
        second.seq = 12;
        second.time = at(10, 2);
        second.severity = Severity::Major;
        ThreatEvent unrelated = first;
        unrelated.seq = 99;

        const auto audit = [](qint64 index, QDateTime time, const QString &action, const QString &target,
                              QJsonObject details = {}) {
            AuditEntry entry;
            entry.index = index;
            entry.time = std::move(time);
            entry.actor = u"alice"_s;
            entry.action = action;
            entry.target = target;
            entry.details = std::move(details);
            return entry;
        };
        const QList<AuditEntry> actions{
            audit(1, at(10, 10), u"incident.acknowledge"_s, u"inc-1"_s),
            audit(2, at(10, 11), u"incident.assign"_s, u"inc-1"_s, {{u"assignee"_s, u"bob"_s}}),
            audit(3, at(10, 12), u"incident.state"_s, u"inc-1"_s, {{u"state"_s, u"investigating"_s}}),
            audit(4, at(10, 20), u"incident.note"_s, u"inc-1"_s, {{u"length"_s, 19}}), // shown as the note
            audit(5, at(10, 13), u"incident.acknowledge"_s, u"inc-2"_s),               // another incident
            audit(6, at(10, 14), u"device.quarantine"_s, u"inc-1"_s)};                 // not an incident action
        PendingAction offline;
        offline.id = 1;
        offline.kind = u"incident.note"_s;
        offline.created = at(10, 31);
        offline.payload = {{u"incident_id"_s, u"inc-1"_s}, {u"text"_s, u"Written on the train"_s},
                           {u"written_at"_s, at(10, 30).toString(Qt::ISODateWithMs)}};
        PendingAction sent = offline;
        sent.state = PendingActionState::Sent;
        PendingAction other = offline;
        other.payload.insert(u"incident_id"_s, u"inc-2"_s);

        const QList<IncidentTimelineModel::Entry> entries =
            IncidentTimelineModel::build(incident, {second, unrelated, first, second}, actions, {offline, sent, other});
        using Kind = IncidentTimelineModel::Kind;
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.at(0).kind, Kind::Event);
        QCOMPARE(int(entries.at(0).severity), int(Severity::Minor));
        QCOMPARE(int(entries.at(1).severity), int(Severity::Major));
        QCOMPARE(entries.at(2).what, u"Acknowledged"_s);
        QCOMPARE(entries.at(3).what, u"Assigned to bob"_s);
        QCOMPARE(entries.at(4).what, u"State changed to Investigating"_s);
        QCOMPARE(entries.at(5).kind, Kind::Note);
        QCOMPARE(entries.at(5).what, u"Isolated the camera"_s);
        QCOMPARE(entries.at(6).kind, Kind::PendingNote);
        QCOMPARE(entries.at(6).time, at(10, 30));

        IncidentTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(6, IncidentTimelineModel::KindColumn).data().toString(), u"Note (not sent yet)"_s);
        QCOMPARE(model.index(1, IncidentTimelineModel::KindColumn).data().toString(), u"Major event"_s);
        QCOMPARE(model.index(0, IncidentTimelineModel::TimeColumn).data(IncidentTimelineModel::RawValueRole),
                 QVariant(at(10, 1).toMSecsSinceEpoch()));
    }

    void incidentSummary()
    {
        const QDateTime now = at(12);
        QList<IncidentListModel::Row> rows;
        rows.append(row(u"1"_s, Severity::Critical, IncidentState::New, {}, now.addSecs(-600)));      // < 1 h
        rows.append(row(u"2"_s, Severity::Critical, IncidentState::Contained, u"a"_s,
                        now.addSecs(-5 * 3600)));                                                   // 4–24 h
        rows.append(row(u"3"_s, Severity::Minor, IncidentState::Investigating, {}, now.addSecs(-7200))); // 1–4 h
        rows.append(row(u"4"_s, Severity::Major, IncidentState::Resolved, u"a"_s, now.addSecs(-3 * 86400)));
        rows.append(row(u"5"_s, Severity::Warning, IncidentState::New, {}, now.addSecs(-2 * 86400)));   // ≥ 1 d
        rows[1].acknowledged = rows[1].incident.opened.addSecs(120);
        rows[2].acknowledged = rows[2].incident.opened.addSecs(240);
        rows[3].acknowledged = rows[3].incident.opened.addSecs(60);
        rows[3].resolved = rows[3].incident.opened.addSecs(7200);
        const IncidentSummary summary = IncidentSummary::compute(rows, now);
        QCOMPARE(summary.open, 4);
        QCOMPARE(summary.resolved, 1);
        QCOMPARE(summary.newOpen, 2);
        QCOMPARE(summary.unassignedOpen, 3);
        QCOMPARE(summary.openBySeverity[std::size_t(Severity::Critical)], 2);
        QCOMPARE(summary.openBySeverity[std::size_t(Severity::Major)], 0);
        QCOMPARE(summary.openByAge[0][std::size_t(Severity::Critical)], 1);
        QCOMPARE(summary.openByAge[1][std::size_t(Severity::Minor)], 1);
        QCOMPARE(summary.openByAge[2][std::size_t(Severity::Critical)], 1);
        QCOMPARE(summary.openByAge[3][std::size_t(Severity::Warning)], 1);
        QCOMPARE(summary.meanSecondsToAcknowledge, std::optional<qint64>(140));
        QCOMPARE(summary.meanSecondsToResolve, std::optional<qint64>(7200));
        QVERIFY(!IncidentSummary::compute({}, now).meanSecondsToAcknowledge);
    }

    void durationText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << qint64(-1) << u"—"_s;
        QTest::newRow("seconds") << qint64(45) << u"45 s"_s;
        QTest::newRow("minutes") << qint64(12 * 60 + 5) << u"12 min"_s;
        QTest::newRow("hours") << qint64(3 * 3600 + 1800) << u"3.5 h"_s;
        QTest::newRow("days") << qint64(2 * 86400 + 8640) << u"2.1 d"_s;
    }

    void durationText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(IncidentSummary::durationText(seconds < 0 ? std::nullopt : std::optional<qint64>(seconds)), text);
    }

    void campaignSummary()
    {
        Campaign running;
        running.state = CampaignState::Running;
        running.counts = {{DeviceUpdateState::Succeeded, 30}, {DeviceUpdateState::Queued, 60},
                          {DeviceUpdateState::Failed, 10}};
        Campaign halted;
        halted.state = CampaignState::Halted;
        halted.counts = {{DeviceUpdateState::Succeeded, 20}, {DeviceUpdateState::Failed, 80}};
        Campaign done;
        done.state = CampaignState::Completed;
        done.counts = {{DeviceUpdateState::Succeeded, 500}};
        const CampaignSummary summary = CampaignSummary::compute({running, halted, done});
        QCOMPARE(summary.active, 2);
        QCOMPARE(summary.running, 1);
        QCOMPARE(summary.halted, 1);
        QCOMPARE(summary.devicesTargeted, 200);
        QCOMPARE(summary.devicesSucceeded, 50);
        QCOMPARE(summary.devicesFailed, 90);
        QCOMPARE(summary.percentDone(), std::optional<double>(25.0));
        QVERIFY(!CampaignSummary::compute({done}).percentDone());
    }
};

QTEST_GUILESS_MAIN(TestIncidentModels)
#include "tst_incidentmodels.moc"
