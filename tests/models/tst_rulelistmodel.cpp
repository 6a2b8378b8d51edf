#include "RuleListModel.h"
#include "rules/RuleEngine.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

// "id:priority" or "id:priority:off" (disabled); every rule notifies on any event, so the engine runs them all.
Rule rule(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    Rule r;
    r.id = parts.at(0);
    r.name = u"Rule "_s + parts.at(0).toUpper();
    r.priority = parts.at(1).toInt();
    r.enabled = parts.size() < 3;
    r.condition = u"severity>=INDETERMINATE"_s;
    r.action = RuleActionKind::Notify;
    return r;
}

} // namespace

// The rules list in the order fleetd's engine evaluates rules (ascending priority number, ties by id), checked
// against RuleEngine itself; the Runs column numbering each backend's enabled rules; a proxy sorting by another
// column and back.
class TestRuleListModel : public QObject {
    Q_OBJECT

private slots:
    void evaluationOrder_data()
    {
        QTest::addColumn<QStringList>("rules");   // as given by the backend (any order)
        QTest::addColumn<QStringList>("listed");  // expected row order (ids)
        QTest::addColumn<QStringList>("runs");    // expected Runs column text, row by row
        QTest::newRow("ascending priority") << QStringList{u"a:500"_s, u"b:10"_s, u"c:100"_s}
                                            << QStringList{u"b"_s, u"c"_s, u"a"_s}
                                            << QStringList{u"1"_s, u"2"_s, u"3"_s};
        QTest::newRow("ties by id, not name or arrival") << QStringList{u"r9:50"_s, u"r10:50"_s, u"r1:50"_s}
                                                         << QStringList{u"r1"_s, u"r10"_s, u"r9"_s}
                                                         << QStringList{u"1"_s, u"2"_s, u"3"_s};
        QTest::newRow("disabled rules keep their place, not numbered")
            << QStringList{u"x:1:off"_s, u"y:2"_s, u"z:3:off"_s, u"w:4"_s}
            << QStringList{u"x"_s, u"y"_s, u"z"_s, u"w"_s} << QStringList{u"–"_s, u"1"_s, u"–"_s, u"2"_s};
        QTest::newRow("priority zero first, the maximum last")
            << QStringList{u"max:1000000"_s, u"zero:0"_s, u"mid:100"_s}
            << QStringList{u"zero"_s, u"mid"_s, u"max"_s} << QStringList{u"1"_s, u"2"_s, u"3"_s};
        QTest::newRow("one rule") << QStringList{u"only:7"_s} << QStringList{u"only"_s} << QStringList{u"1"_s};
        QTest::newRow("none") << QStringList{} << QStringList{} << QStringList{};
    }

    void evaluationOrder()
    {
        QFETCH(QStringList, rules);
        QFETCH(QStringList, listed);
        QFETCH(QStringList, runs);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        RuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Rule> given;
        for (const QString &spec : std::as_const(rules))
            given.append(rule(spec));
        model.setRules(u"b1"_s, given);
        QCOMPARE(model.rowCount(), listed.size());
        QStringList ids;
        QStringList numbers;
        QStringList enabledIds;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.append(model.index(row, 0).data(RuleListModel::RuleIdRole).toString());
            numbers.append(model.index(row, RuleListModel::OrderColumn).data().toString());
            QCOMPARE(model.index(row, RuleListModel::OrderColumn).data(RuleListModel::RawValueRole).toInt(), row);
            if (model.ruleAt(row).enabled)
                enabledIds.append(model.ruleAt(row).id);
        }
        QCOMPARE(ids, listed);
        QCOMPARE(numbers, runs);
        // The engine fleetd runs: the enabled rules in exactly the listed order.
        QCOMPARE(enabledIds, RuleEngine(given).activeRuleIds());
        QLocale::setDefault(QLocale::c());
    }

    void numberedPerBackend()
    {
        RuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(u"west"_s, {rule(u"a:10"_s), rule(u"b:30"_s)});
        model.setRules(u"east"_s, {rule(u"c:20"_s), rule(u"b:30"_s)});
        QStringList order;
        QStringList numbers;
        for (int row = 0; row < model.rowCount(); ++row) {
            order.append(model.index(row, 0).data(RuleListModel::BackendRole).toString() + u'/'
                         + model.ruleAt(row).id);
            numbers.append(model.index(row, RuleListModel::OrderColumn).data().toString());
        }
        // Each backend runs its own rules: the numbers count per backend; the same priority and id on two backends
        // go by backend name.
        QCOMPARE(order, (QStringList{u"west/a"_s, u"east/c"_s, u"east/b"_s, u"west/b"_s}));
        QCOMPARE(numbers, (QStringList{u"1"_s, u"1"_s, u"2"_s, u"2"_s}));
        // Replacing one backend's rules leaves the other's.
        model.setRules(u"west"_s, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RuleListModel::OrderColumn).data().toString(), u"1"_s);
    }

    void headerSaysTheOrder()
    {
        RuleListModel model;
        QCOMPARE(model.headerData(RuleListModel::OrderColumn, Qt::Horizontal).toString(), u"Runs"_s);
        for (int column : {int(RuleListModel::OrderColumn), int(RuleListModel::PriorityColumn)}) {
            const QString tip = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(u"ascending priority"_s) && tip.contains(u"rule id"_s), qPrintable(tip));
        }
        QVERIFY(model.headerData(RuleListModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole).isNull());
    }

    void sortsByOtherColumnsAndBack()
    {
        RuleListModel model;
        model.setRules(u"b1"_s, {rule(u"r1:300"_s), rule(u"r2:100"_s), rule(u"r3:200:off"_s)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RuleListModel::RawValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ids = [&proxy] {
            QStringList list;
            for (int row = 0; row < proxy.rowCount(); ++row)
                list.append(proxy.index(row, 0).data(RuleListModel::RuleIdRole).toString());
            return list;
        };
        proxy.sort(RuleListModel::OrderColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QStringList{u"r2"_s, u"r3"_s, u"r1"_s}));
        proxy.sort(RuleListModel::PriorityColumn, Qt::DescendingOrder);
        QCOMPARE(ids(), (QStringList{u"r1"_s, u"r3"_s, u"r2"_s}));
        proxy.sort(RuleListModel::EnabledColumn, Qt::AscendingOrder);
        QCOMPARE(ids().constFirst(), u"r3"_s); // disabled first
        proxy.sort(RuleListModel::OrderColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QStringList{u"r2"_s, u"r3"_s, u"r1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRuleListModel)
#include "tst_rulelistmodel.moc"
