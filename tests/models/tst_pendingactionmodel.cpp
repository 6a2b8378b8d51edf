#include "PendingActionModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The offline journals of several backends as one list: newest first, each backend's rows replaced on its own,
// actions described in words, and only actions that need the operator counted as waiting (notes send themselves).
class TestPendingActionModel : public QObject {
    Q_OBJECT
private:
    static PendingAction action(qint64 id, const QString &kind, QJsonObject payload, int minute,
                                PendingActionState state = PendingActionState::PendingConfirmation)
    {
        PendingAction a;
        a.id = id;
        a.kind = kind;
        a.payload = std::move(payload);
        a.created = QDateTime(QDate(2026, 11, 25), QTime(14, minute), QTimeZone::utc());
        a.state = state;
        return a;
    }

private slots:
    void describesEachKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quarantine") << u"device.quarantine"_s
                                    << QJsonObject{{u"device_id"_s, u"cam-7"_s}, {u"level"_s, u"isolate"_s},
                                                   {u"reason"_s, u"C2 beacon"_s}}
                                    << u"Quarantine cam-7 (isolate): C2 beacon"_s;
        QTest::newRow("release") << u"device.release"_s
                                 << QJsonObject{{u"device_id"_s, u"cam-7"_s}, {u"reason"_s, u"cleaned"_s}}
                                 << u"Release cam-7 from quarantine: cleaned"_s;
        QTest::newRow("licence approve with scopes")
            << u"licence.approve"_s
            << QJsonObject{{u"licence_id"_s, u"lic-3"_s}, {u"scopes"_s, QJsonArray{u"mqtt"_s, u"ntp"_s}}}
            << u"Approve licence lic-3 (mqtt, ntp)"_s;
        QTest::newRow("licence approve without scopes") << u"licence.approve"_s
                                                        << QJsonObject{{u"licence_id"_s, u"lic-3"_s}}
                                                        << u"Approve licence lic-3"_s;
        QTest::newRow("campaign") << u"campaign.pause"_s << QJsonObject{{u"campaign_id"_s, u"cmp-2"_s}}
                                  << u"Campaign cmp-2: pause"_s;
        QTest::newRow("note") << u"incident.note"_s
                              << QJsonObject{{u"incident_id"_s, u"inc-9"_s}, {u"text"_s, u"on site"_s}}
                              << u"Note on incident inc-9: on site"_s;
        QTest::newRow("work order") << u"work_order.complete"_s
                                    << QJsonObject{{u"device_id"_s, u"plc-1"_s}, {u"firmware_version"_s, u"2.4.1"_s}}
                                    << u"Work order done: plc-1 on firmware 2.4.1"_s;
    }
    void describesEachKind()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, expected);
        QCOMPARE(PendingActionModel::describe(action(1, kind, payload, 0)), expected);
    }

    void mergesBackendsNewestFirstAndReplacesPerBackend()
    {
        PendingActionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy waiting(&model, &PendingActionModel::waitingCountChanged);
        const QJsonObject device{{u"device_id"_s, u"d-1"_s}, {u"level"_s, u"isolate"_s}, {u"reason"_s, u"r"_s}};
        model.setEntries(u"west"_s, {action(1, u"device.quarantine"_s, device, 5),
                                     action(2, u"incident.note"_s, {{u"incident_id"_s, u"i"_s}}, 9)});
        model.setEntries(u"east"_s, {action(1, u"device.quarantine"_s, device, 7)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.backendAt(0), u"west"_s); // 14:09, the note
        QCOMPARE(model.backendAt(1), u"east"_s); // 14:07
        QCOMPARE(model.backendAt(2), u"west"_s); // 14:05
        // The note is sent by itself on reconnect; only the two quarantines wait for the operator.
        QCOMPARE(model.waitingCount(), 2);
        QVERIFY(!model.needsConfirmation(0));
        QVERIFY(model.needsConfirmation(1));
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(waiting.last().first().toInt(), 2);

        // West's quarantine was sent: its rows are replaced, east's stay.
        model.setEntries(u"west"_s, {action(1, u"device.quarantine"_s, device, 5, PendingActionState::Sent)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.waitingCount(), 1);
        QCOMPARE(waiting.last().first().toInt(), 1);
        QCOMPARE(model.index(1, PendingActionModel::StateColumn).data().toString(), u"Sent"_s);
        QCOMPARE(model.index(0, PendingActionModel::StateColumn).data().toString(),
                 u"Waiting for your confirmation"_s);
        QCOMPARE(model.index(0, 0).data(PendingActionModel::BackendRole).toString(), u"east"_s);
        QCOMPARE(model.index(0, 0).data(PendingActionModel::ActionIdRole).toLongLong(), 1);

        // A failed send keeps the backend's answer visible.
        PendingAction failed = action(1, u"device.quarantine"_s, device, 7, PendingActionState::Failed);
        failed.message = u"device is safety-critical"_s;
        model.setEntries(u"east"_s, {failed});
        QCOMPARE(model.waitingCount(), 0);
        QCOMPARE(model.index(0, PendingActionModel::OutcomeColumn).data().toString(), u"device is safety-critical"_s);
        model.setEntries(u"east"_s, {});
        model.setEntries(u"west"_s, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPendingActionModel)
#include "tst_pendingactionmodel.moc"
