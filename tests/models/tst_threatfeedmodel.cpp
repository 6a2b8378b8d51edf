#include "ThreatFeedFilterModel.h"
#include "ThreatFeedModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warden;

// The live feed: newest first, bounded window, coalesced inserts, pause without loss of the count.
class TestThreatFeedModel : public QObject {
    Q_OBJECT
private:
    static QList<ThreatEvent> makeEvents(qint64 firstSeq, int count)
    {
        QList<ThreatEvent> events;
        for (int i = 0; i < count; ++i) {
            ThreatEvent event;
            event.seq = firstSeq + i;
            event.time = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000 + event.seq * 10, Qt::UTC);
            event.deviceId = QStringLiteral("dev-%1").arg(i % 7);
            event.type = i % 2 ? ThreatType::PortScan : ThreatType::BruteForce;
            event.severity = i % 5 == 0 ? Severity::Critical : Severity::Minor;
            events.append(event);
        }
        return events;
    }

private slots:
    void coalescesArrivalsIntoOneInsertPerFrame()
    {
        ThreatFeedModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int batch = 0; batch < 10; ++batch)
            model.appendEvents(QStringLiteral("eu"), makeEvents(1 + batch * 10, 10));
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, ThreatFeedModel::SeqColumn).data(ThreatFeedModel::SeqRole).toLongLong(), 100);
        QCOMPARE(model.index(99, ThreatFeedModel::SeqColumn).data(ThreatFeedModel::SeqRole).toLongLong(), 1);
    }

    void staysWithinCapacity()
    {
        ThreatFeedModel model(250);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int batch = 0; batch < 8; ++batch) {
            model.appendEvents(QStringLiteral("eu"), makeEvents(1 + batch * 100, 100));
            model.flush();
            QVERIFY(model.rowCount() <= 250);
        }
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.eventAt(0).seq, 800);
        QCOMPARE(model.eventAt(249).seq, 551);
    }

    void pauseCountsArrivalsAndResumeShowsThem()
    {
        ThreatFeedModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEvents(QStringLiteral("eu"), makeEvents(1, 10));
        model.flush();
        model.setFollowing(false);
        QSignalSpy pending(&model, &ThreatFeedModel::pendingCountChanged);
        model.appendEvents(QStringLiteral("eu"), makeEvents(11, 30));
        model.flush();
        QTest::qWait(120);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.eventAt(0).seq, 10); // the view did not move while paused
        QCOMPARE(model.pendingCount(), 30);
        QVERIFY(pending.count() >= 1);
        model.setFollowing(true);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.eventAt(0).seq, 40);
    }

    void pausedQueueIsBoundedButCountsEverything()
    {
        ThreatFeedModel model(50);
        model.setFollowing(false);
        model.appendEvents(QStringLiteral("eu"), makeEvents(1, 120));
        QCOMPARE(model.pendingCount(), 120);
        model.setFollowing(true);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.eventAt(0).seq, 120);
        QCOMPARE(model.eventAt(49).seq, 71);
    }

    void exposesRawValuesForSortingAndTheEventJson()
    {
        ThreatFeedModel model;
        model.appendEvents(QStringLiteral("us"), makeEvents(42, 1));
        model.flush();
        QCOMPARE(model.index(0, ThreatFeedModel::SeverityColumn).data(ThreatFeedModel::RawValueRole).toInt(), int(Severity::Critical));
        QCOMPARE(model.index(0, ThreatFeedModel::BackendColumn).data().toString(), QStringLiteral("us"));
        QVERIFY(model.index(0, 0).data(ThreatFeedModel::EventJsonRole).toString().contains(QStringLiteral("\"seq\": 42")));
    }

    void filterProxy_data()
    {
        QTest::addColumn<int>("minimumSeverity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("types"); // 0 = all, 1 = port scans only
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << int(Severity::Indeterminate) << QString() << 0 << 20;
        QTest::newRow("critical only") << int(Severity::Critical) << QString() << 0 << 4;
        QTest::newRow("at least minor") << int(Severity::Minor) << QString() << 0 << 20;
        QTest::newRow("device text") << int(Severity::Indeterminate) << QStringLiteral("DEV-3") << 0 << 3;
        QTest::newRow("port scans") << int(Severity::Indeterminate) << QString() << 1 << 10;
        QTest::newRow("critical port scans") << int(Severity::Critical) << QString() << 1 << 2;
    }

    void filterProxy()
    {
        QFETCH(int, minimumSeverity);
        QFETCH(QString, text);
        QFETCH(int, types);
        QFETCH(int, expected);
        ThreatFeedModel model;
        ThreatFeedFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setMinimumSeverity(Severity(minimumSeverity));
        filter.setText(text);
        if (types == 1)
            filter.setTypes({ThreatType::PortScan});
        model.appendEvents(QStringLiteral("eu"), makeEvents(1, 20));
        model.flush();
        QCOMPARE(filter.rowCount(), expected);
    }
};

QTEST_GUILESS_MAIN(TestThreatFeedModel)
#include "tst_threatfeedmodel.moc"
