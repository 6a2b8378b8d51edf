#include "DryRunHitModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The dry-run table: one row per hit in the backend's order, device names where known, the safety-critical approval
// path visible, raw values for sorting, and a summary that states the scanned range and any truncation.
class TestDryRunHitModel : public QObject {
    Q_OBJECT
private:
    static RuleHit hit(qint64 seq, const QString &device, RuleActionKind action, bool needsApproval = false)
    {
        RuleHit h;
        h.ruleId = u"rule-0001"_s;
        h.seq = seq;
        h.deviceId = device;
        h.time = QDateTime(QDate(2026, 11, 25), QTime(14, 0, 0), Qt::UTC).addSecs(seq);
        h.action = action;
        h.level = action == RuleActionKind::Quarantine ? QuarantineLevel::Isolate : QuarantineLevel::None;
        h.needsApproval = needsApproval;
        return h;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rowsFollowTheResult()
    {
        DryRunHitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasResult());
        QCOMPARE(model.summary(), QString());

        RuleDryRun run;
        run.hits = {hit(5, u"dev-1"_s, RuleActionKind::Quarantine), hit(9, u"pump-2"_s, RuleActionKind::Quarantine, true),
                    hit(12, u"dev-1"_s, RuleActionKind::Notify)};
        run.fromSeq = 1;
        run.toSeq = 12000;
        run.eventsScanned = 12000;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResult(run, {{u"dev-1"_s, u"Lobby camera"_s}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DryRunHitModel::ColumnCount));
        QCOMPARE(model.deviceCount(), 2);
        QCOMPARE(model.index(0, DryRunHitModel::DeviceColumn).data().toString(), u"Lobby camera (dev-1)"_s);
        QCOMPARE(model.index(1, DryRunHitModel::DeviceColumn).data().toString(), u"pump-2"_s);
        QVERIFY(model.index(0, DryRunHitModel::ActionColumn).data().toString().startsWith(u"quarantine: "_s));
        QVERIFY(model.index(1, DryRunHitModel::ActionColumn).data().toString().contains(u"second operator"_s));
        QVERIFY(model.index(1, DryRunHitModel::ActionColumn).data(Qt::ToolTipRole).toString().contains(u"never"_s));
        QVERIFY(model.index(1, 0).data(DryRunHitModel::NeedsApprovalRole).toBool());
        QVERIFY(!model.index(0, 0).data(DryRunHitModel::NeedsApprovalRole).toBool());
        QCOMPARE(model.index(2, DryRunHitModel::ActionColumn).data().toString(), u"notify"_s);
        QCOMPARE(model.index(2, DryRunHitModel::EventColumn).data(DryRunHitModel::RawValueRole).toLongLong(), 12);
        QCOMPARE(model.index(1, DryRunHitModel::TimeColumn).data(DryRunHitModel::RawValueRole).toDateTime(),
                 run.hits.at(1).time);
        QCOMPARE(model.index(2, 0).data(DryRunHitModel::DeviceIdRole).toString(), u"dev-1"_s);
        QCOMPARE(model.index(0, DryRunHitModel::EventColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(model.index(0, DryRunHitModel::ActionColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.hitAt(1).deviceId, u"pump-2"_s);
        QCOMPARE(model.headerData(DryRunHitModel::DeviceColumn, Qt::Horizontal).toString(), u"Device"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasResult());
        QCOMPARE(model.deviceCount(), 0);
    }

    void summary_data()
    {
        QTest::addColumn<int>("hits");
        QTest::addColumn<qint64>("scanned");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing stored") << 0 << qint64(0) << false << QStringList{u"No stored events"_s};
        // Plural forms come from the English catalogue, not loaded here: only the numbers and words are checked.
        QTest::newRow("no hits") << 0 << qint64(10000) << false
                                 << QStringList{u"Scanned 10,000 event"_s, u"#1–#10,000"_s, u"would not have acted"_s};
        QTest::newRow("hits") << 3 << qint64(500) << false
                              << QStringList{u"Scanned 500 event"_s, u"3 action"_s, u"on 3 device"_s};
        QTest::newRow("one hit") << 1 << qint64(1) << false
                                 << QStringList{u"Scanned 1 event"_s, u"1 action"_s, u"on 1 device"_s};
        QTest::newRow("truncated") << 4 << qint64(200000) << true
                                   << QStringList{u"Scanned 200,000 event"_s, u"stopped listing at 4 hits"_s};
    }

    void summary()
    {
        QFETCH(int, hits);
        QFETCH(qint64, scanned);
        QFETCH(bool, truncated);
        QFETCH(QStringList, expected);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        RuleDryRun run;
        for (int i = 0; i < hits; ++i)
            run.hits.append(hit(i + 1, u"dev-"_s + QString::number(i), RuleActionKind::Notify));
        run.fromSeq = scanned > 0 ? 1 : 0;
        run.toSeq = scanned;
        run.eventsScanned = scanned;
        run.truncated = truncated;
        DryRunHitModel model;
        model.setResult(run, {});
        const QString text = model.summary();
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(text + u" lacks "_s + part));
        QCOMPARE(text.contains(u"stopped"_s), truncated);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestDryRunHitModel)
#include "tst_dryrunhitmodel.moc"
