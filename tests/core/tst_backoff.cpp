#include "fleet/FleetClock.h"
#include "fleet/ReconnectBackoff.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace warden;

class TestBackoff : public QObject {
    Q_OBJECT

private slots:
    void ceilings_data();
    void ceilings();
    void delaysStayWithinBounds_data();
    void delaysStayWithinBounds();
    void jitterSpreadsOverTheWholeRange();
    void resetStartsOver();
    void sameSeedSameSchedule();
    void degenerateBounds();
    void manyAttemptsDoNotOverflow();
    void manualClockFiresInDueOrder();
    void manualClockCancelAndContextDeath();
    void manualClockCallbackMaySchedule();
    void systemClockFires();
    void systemClockCancel();
};

void TestBackoff::ceilings_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("0") << 0 << qint64(1000);
    QTest::newRow("1") << 1 << qint64(2000);
    QTest::newRow("2") << 2 << qint64(4000);
    QTest::newRow("3") << 3 << qint64(8000);
    QTest::newRow("4") << 4 << qint64(16000);
    QTest::newRow("5 capped") << 5 << qint64(30000);
    QTest::newRow("20 capped") << 20 << qint64(30000);
}

void TestBackoff::ceilings()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceiling);
    const ReconnectBackoff backoff;
    QCOMPARE(backoff.minimumMs(), 500);
    QCOMPARE(backoff.maximumMs(), 30000);
    QCOMPARE(backoff.ceilingMs(attempt), ceiling);
}

void TestBackoff::delaysStayWithinBounds_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 42") << quint32(42);
    QTest::newRow("seed 2026") << quint32(2026);
}

void TestBackoff::delaysStayWithinBounds()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    ReconnectBackoff backoff(500, 30000, &random);
    for (int round = 0; round < 200; ++round) {
        for (int attempt = 0; attempt < 12; ++attempt) {
            QCOMPARE(backoff.attempt(), attempt);
            const qint64 delay = backoff.nextDelayMs();
            QVERIFY2(delay >= 500, qPrintable(QString::number(delay)));
            QVERIFY2(delay <= backoff.ceilingMs(attempt), qPrintable(QString::number(delay)));
            QVERIFY(delay <= 30000);
        }
        backoff.reset();
    }
}

void TestBackoff::jitterSpreadsOverTheWholeRange()
{
    // Full jitter: at the cap, delays must cover [0.5 s, 30 s] rather than cluster at the ceiling.
    QRandomGenerator random(7);
    ReconnectBackoff backoff(500, 30000, &random);
    for (int i = 0; i < 6; ++i)
        (void)backoff.nextDelayMs();
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    QSet<qint64> distinct;
    int lowerHalf = 0;
    for (int i = 0; i < 4000; ++i) {
        const qint64 delay = backoff.nextDelayMs();
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
        distinct.insert(delay);
        if (delay < 15250)
            ++lowerHalf;
    }
    QVERIFY2(lowest < 1500, qPrintable(QString::number(lowest)));
    QVERIFY2(highest > 29000, qPrintable(QString::number(highest)));
    QVERIFY(distinct.size() > 2000);
    QVERIFY2(lowerHalf > 1700 && lowerHalf < 2300, qPrintable(QString::number(lowerHalf))); // roughly uniform
}

void TestBackoff::resetStartsOver()
{
    QRandomGenerator random(3);
    ReconnectBackoff backoff(500, 30000, &random);
    for (int i = 0; i < 8; ++i)
        (void)backoff.nextDelayMs();
    QCOMPARE(backoff.attempt(), 8);
    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    const qint64 delay = backoff.nextDelayMs();
    QVERIFY(delay >= 500 && delay <= 1000);
}

void TestBackoff::sameSeedSameSchedule()
{
    QRandomGenerator first(99);
    QRandomGenerator second(99);
    ReconnectBackoff a(500, 30000, &first);
    ReconnectBackoff b(500, 30000, &second);
    QList<qint64> scheduleA;
    QList<qint64> scheduleB;
    for (int i = 0; i < 10; ++i) {
        scheduleA.append(a.nextDelayMs());
        scheduleB.append(b.nextDelayMs());
    }
    QCOMPARE(scheduleA, scheduleB);
    QRandomGenerator third(100);
    ReconnectBackoff c(500, 30000, &third);
    QList<qint64> scheduleC;
    for (int i = 0; i < 10; ++i)
        scheduleC.append(c.nextDelayMs());
    QVERIFY(scheduleA != scheduleC);
}

void TestBackoff::degenerateBounds()
{
    const ReconnectBackoff inverted(5000, 100);
    QCOMPARE(inverted.minimumMs(), 5000);
    QCOMPARE(inverted.maximumMs(), 5000);
    ReconnectBackoff fixed(2000, 2000);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fixed.nextDelayMs(), 2000);
    const ReconnectBackoff zero(0, 10);
    QCOMPARE(zero.minimumMs(), 1);
}

void TestBackoff::manyAttemptsDoNotOverflow()
{
    ReconnectBackoff backoff(500, 30000);
    for (int i = 0; i < 5000; ++i) {
        const qint64 delay = backoff.nextDelayMs();
        QVERIFY(delay >= 500 && delay <= 30000);
    }
    QCOMPARE(backoff.ceilingMs(std::numeric_limits<int>::max()), 30000);
    const ReconnectBackoff huge(1, std::numeric_limits<qint64>::max() / 2);
    QVERIFY(huge.ceilingMs(100) > 0);
}

void TestBackoff::manualClockFiresInDueOrder()
{
    ManualFleetClock clock;
    QObject context;
    QStringList fired;
    clock.schedule(300, &context, [&] { fired << QStringLiteral("c@") + QString::number(clock.monotonicMs()); });
    clock.schedule(100, &context, [&] { fired << QStringLiteral("a@") + QString::number(clock.monotonicMs()); });
    clock.schedule(200, &context, [&] { fired << QStringLiteral("b@") + QString::number(clock.monotonicMs()); });
    QCOMPARE(clock.pendingCount(), 3);
    QCOMPARE(clock.nextDueInMs(), 100);
    clock.advance(99);
    QVERIFY(fired.isEmpty());
    clock.advance(151);
    QCOMPARE(fired, (QStringList{QStringLiteral("a@100"), QStringLiteral("b@200")}));
    QCOMPARE(clock.monotonicMs(), 250);
    clock.advance(1000);
    QCOMPARE(fired.size(), 3);
    QCOMPARE(fired.last(), QStringLiteral("c@300"));
    QCOMPARE(clock.pendingCount(), 0);
    QCOMPARE(clock.nextDueInMs(), -1);
    QCOMPARE(clock.currentUtc(), QDateTime(QDate(2026, 11, 25), QTime(10, 0, 1, 250), Qt::UTC));
}

void TestBackoff::manualClockCancelAndContextDeath()
{
    ManualFleetClock clock;
    int calls = 0;
    QObject kept;
    const int id = clock.schedule(10, &kept, [&] { ++calls; });
    clock.cancel(id);
    {
        QObject gone;
        clock.schedule(10, &gone, [&] { ++calls; });
    }
    clock.advance(100);
    QCOMPARE(calls, 0);
}

void TestBackoff::manualClockCallbackMaySchedule()
{
    // A reconnect loop: each failure schedules the next attempt from inside the callback.
    ManualFleetClock clock;
    QObject context;
    QRandomGenerator random(5);
    ReconnectBackoff backoff(500, 30000, &random);
    QList<qint64> attempts;
    std::function<void()> attempt = [&] {
        attempts.append(clock.monotonicMs());
        if (attempts.size() < 10)
            clock.schedule(backoff.nextDelayMs(), &context, attempt);
    };
    clock.schedule(backoff.nextDelayMs(), &context, attempt);
    clock.advance(10 * 30000);
    QCOMPARE(attempts.size(), 10);
    for (qsizetype i = 1; i < attempts.size(); ++i) {
        const qint64 gap = attempts.at(i) - attempts.at(i - 1);
        QVERIFY(gap >= 500 && gap <= backoff.ceilingMs(int(i)));
    }
}

void TestBackoff::systemClockFires()
{
    FleetClock *clock = FleetClock::system();
    QObject context;
    bool fired = false;
    const qint64 start = clock->monotonicMs();
    clock->schedule(20, &context, [&] { fired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
    QVERIFY(clock->monotonicMs() - start >= 19);
    QVERIFY(qAbs(clock->currentUtc().secsTo(QDateTime::currentDateTimeUtc())) < 2);
}

void TestBackoff::systemClockCancel()
{
    FleetClock *clock = FleetClock::system();
    QObject context;
    bool fired = false;
    const int id = clock->schedule(10, &context, [&] { fired = true; });
    clock->cancel(id);
    clock->cancel(id); // twice is harmless
    QTest::qWait(50);
    QVERIFY(!fired);
    {
        QObject gone;
        clock->schedule(10, &gone, [&] { fired = true; });
    }
    QTest::qWait(50);
    QVERIFY(!fired);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
