#include "ApprovalListModel.h"
#include "QuarantineListModel.h"
#include "RuleListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The quarantine page's models: quarantined devices with provenance, pending approvals with one's own marked,
// read-only rules in evaluation order.
class TestGovernanceModels : public QObject {
    Q_OBJECT
private:
    static QDateTime at(int hour)
    {
        return QDateTime(QDate(2026, 3, 1), QTime(hour, 0), QTimeZone::utc());
    }
    static QuarantineListModel::Row quarantined(const QString &id, int hour, const QString &actor,
                                                 bool safetyCritical = false)
    {
        QuarantineListModel::Row row;
        row.deviceId = id;
        row.deviceName = u"Device "_s + id;
        row.deviceClass = u"ip_camera"_s;
        row.safetyCritical = safetyCritical;
        row.level = QuarantineLevel::Isolate;
        if (hour >= 0)
            row.since = at(hour);
        row.actor = actor;
        row.reason = u"beaconing"_s;
        return row;
    }
    static Approval approval(const QString &id, int hour, const QString &by, ApprovalState state)
    {
        Approval a;
        a.id = id;
        a.kind = ApprovalKind::Quarantine;
        a.state = state;
        a.summary = u"Quarantine "_s + id;
        a.requestedBy = by;
        a.created = at(hour);
        return a;
    }

private slots:
    void quarantinedDevicesNewestFirstWithProvenance()
    {
        QuarantineListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices(u"b1"_s, {quarantined(u"d1"_s, 8, u"alice"_s), quarantined(u"d2"_s, 10, u"rule:r-7"_s),
                                   quarantined(u"d3"_s, -1, QString(), true)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(QuarantineListModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(QuarantineListModel::DeviceIdRole).toString(), u"d2"_s);
        QCOMPARE(model.index(0, QuarantineListModel::ByColumn).data().toString(), u"rule r-7"_s);
        QCOMPARE(model.index(1, QuarantineListModel::ByColumn).data().toString(), u"alice"_s);
        // Unknown provenance goes last and says so.
        QCOMPARE(model.index(2, QuarantineListModel::SinceColumn).data().toString(), u"not recorded"_s);
        QCOMPARE(model.index(2, QuarantineListModel::DeviceColumn).data().toString(),
                 u"Device d3 (safety-critical)"_s);
        QVERIFY(model.index(2, 0).data(QuarantineListModel::SafetyCriticalRole).toBool());
        QCOMPARE(model.index(1, QuarantineListModel::LevelColumn).data().toString(), u"isolated"_s);
        QCOMPARE(model.index(1, QuarantineListModel::ExpiresColumn).data().toString(), u"until released"_s);

        QuarantineListModel::Row fourEyes = quarantined(u"d4"_s, 12, u"alice"_s);
        fourEyes.approvedBy = u"bob"_s;
        model.setDevices(u"b2"_s, {fourEyes});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOfDevice(u"b2"_s, u"d4"_s), 0);
        QCOMPARE(model.index(0, QuarantineListModel::ByColumn).data().toString(), u"alice, approved by bob"_s);
        model.setDevices(u"b1"_s, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfDevice(u"b1"_s, u"d1"_s), -1);
    }

    void levelTexts_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("isolate") << int(QuarantineLevel::Isolate) << u"isolated"_s;
        QTest::newRow("disable") << int(QuarantineLevel::Disable) << u"disabled"_s;
        QTest::newRow("revoke") << int(QuarantineLevel::RevokeCredentials) << u"credentials revoked"_s;
        QTest::newRow("none") << int(QuarantineLevel::None) << u"not quarantined"_s;
    }
    void levelTexts()
    {
        QFETCH(int, level);
        QFETCH(QString, text);
        QCOMPARE(QuarantineListModel::levelText(QuarantineLevel(level)), text);
    }

    void approvalsKeepPendingAndMarkOwnRequests()
    {
        ApprovalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApprovals(u"b1"_s, {approval(u"ap-2"_s, 9, u"alice"_s, ApprovalState::Pending),
                                     approval(u"ap-1"_s, 8, u"bob"_s, ApprovalState::Pending),
                                     approval(u"ap-0"_s, 7, u"bob"_s, ApprovalState::Approved)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.approvalAt(0).id, u"ap-1"_s);
        QVERIFY(!model.isOwnRequest(0));
        QVERIFY(!model.isOwnRequest(1)); // no operator known yet
        model.setOperator(u"b1"_s, u"alice"_s);
        QVERIFY(model.isOwnRequest(1));
        QVERIFY(model.index(1, 0).data(ApprovalListModel::OwnRequestRole).toBool());
        QVERIFY(model.index(1, ApprovalListModel::RequestedByColumn).data().toString().contains(u"you"_s));
        QCOMPARE(model.index(0, ApprovalListModel::KindColumn).data().toString(), u"Quarantine"_s);
        QCOMPARE(model.rowOfApproval(u"b1"_s, u"ap-2"_s), 1);
        // Another backend's operator is someone else: alice's request there is not "own" for b2's bob.
        model.setApprovals(u"b2"_s, {approval(u"ap-9"_s, 10, u"alice"_s, ApprovalState::Pending)});
        model.setOperator(u"b2"_s, u"bob"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.backendAt(2), u"b2"_s);
        QVERIFY(!model.isOwnRequest(2));
        model.setApprovals(u"b1"_s, {});
        QCOMPARE(model.rowCount(), 1);
    }

    void rulesInPriorityOrder()
    {
        RuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Rule low{u"r1"_s, u"Notify on scans"_s, true, 10, u"event.type == \"port_scan\""_s, RuleActionKind::Notify,
                 QuarantineLevel::None, u"admin"_s};
        Rule high{u"r2"_s, u"Isolate beacons"_s, false, 500, u"event.type == \"malware_beacon\""_s,
                  RuleActionKind::Quarantine, QuarantineLevel::Isolate, u"admin"_s};
        model.setRules(u"b1"_s, {high, low});
        QCOMPARE(model.rowCount(), 2);
        // The backend's evaluation order: ascending priority number (tst_rulelistmodel checks it against the engine).
        QCOMPARE(model.ruleAt(1).id, u"r2"_s);
        QCOMPARE(model.index(1, RuleListModel::ActionColumn).data().toString(), u"quarantine: isolated"_s);
        QCOMPARE(model.index(1, RuleListModel::EnabledColumn).data().toString(), u"disabled"_s);
        QVERIFY(model.index(1, RuleListModel::NameColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, RuleListModel::PriorityColumn).data(RuleListModel::RawValueRole).toInt(), 10);
        QCOMPARE(model.index(0, 0).data(RuleListModel::RuleIdRole).toString(), u"r1"_s);
    }
};

QTEST_GUILESS_MAIN(TestGovernanceModels)
#include "tst_governancemodels.moc"
