#include "CacheTestData.h"
#include "cache/CacheStore.h"
#include "rules/DryRunRange.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;

// The dry-run range picker's core: a time window (preset, custom from–to, everything cached) resolved against a real
// cache file to the seq range the backend is asked to scan, cut to the newest N events, with the times and counts
// the summary states.
class TestDryRunRange : public QObject {
    Q_OBJECT

    static constexpr qint64 Events = 1000;
    static QDateTime timeOf(qint64 seq) { return utcMs(1767225600000 + seq * 60000); } // one event a minute

    QTemporaryDir m_dir;
    std::unique_ptr<CacheStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<CacheStore>> store = CacheStore::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store).value();
        CacheBatch batch;
        for (qint64 seq = 1; seq <= Events; ++seq) {
            ThreatEvent event = makeEvent(seq);
            event.time = timeOf(seq);
            batch.events.append(event);
        }
        const Result<CacheChange> applied = m_store->apply(batch);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        QCOMPARE(applied->events, int(Events));
    }

    void resolve_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<qint64>("fromSeq"); // 0: empty
        QTest::addColumn<qint64>("toSeq");
        QTest::addColumn<qint64>("inWindow");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<qint64>("windowFirstSeq");

        const qint64 max = DryRunRange::MaxEvents;
        QTest::newRow("everything cached") << QDateTime() << QDateTime() << max << 1LL << Events << Events << false
                                           << 1LL;
        QTest::newRow("window inside") << timeOf(100) << timeOf(199) << max << 100LL << 199LL << 100LL << false
                                       << 100LL;
        QTest::newRow("ends inclusive, one event") << timeOf(5) << timeOf(5) << max << 5LL << 5LL << 1LL << false
                                                   << 5LL;
        QTest::newRow("open end") << timeOf(901) << QDateTime() << max << 901LL << Events << 100LL << false << 901LL;
        QTest::newRow("open start") << QDateTime() << timeOf(10) << max << 1LL << 10LL << 10LL << false << 1LL;
        QTest::newRow("window wider than history")
            << timeOf(-500) << timeOf(5000) << max << 1LL << Events << Events << false << 1LL;
        QTest::newRow("between two events") << timeOf(100).addSecs(1) << timeOf(100).addSecs(59) << max << 0LL << 0LL
                                            << 0LL << false << 0LL;
        QTest::newRow("before the history") << timeOf(-100) << timeOf(0) << max << 0LL << 0LL << 0LL << false << 0LL;
        QTest::newRow("after the history") << timeOf(Events + 1) << QDateTime() << max << 0LL << 0LL << 0LL << false
                                           << 0LL;
        QTest::newRow("everything, capped to the newest") << QDateTime() << QDateTime() << 250LL << 751LL << Events
                                                          << Events << true << 1LL;
        QTest::newRow("window capped") << timeOf(100) << timeOf(599) << 100LL << 500LL << 599LL << 500LL << true
                                       << 100LL;
        QTest::newRow("exactly the cap") << timeOf(1) << timeOf(100) << 100LL << 1LL << 100LL << 100LL << false
                                         << 1LL;
        QTest::newRow("one over the cap") << timeOf(1) << timeOf(101) << 100LL << 2LL << 101LL << 101LL << true
                                          << 1LL;
        QTest::newRow("zone of the bound does not matter")
            << timeOf(100).toOffsetFromUtc(5 * 3600) << timeOf(109).toTimeZone(QTimeZone(u"America/New_York"_s.toUtf8()))
            << max << 100LL << 109LL << 10LL << false << 100LL;
    }

    void resolve()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, cap);
        QFETCH(qint64, fromSeq);
        QFETCH(qint64, toSeq);
        QFETCH(qint64, inWindow);
        QFETCH(bool, capped);
        QFETCH(qint64, windowFirstSeq);
        const Result<DryRunSpan> span = DryRunRange::resolve(*m_store, from, to, cap);
        QVERIFY2(span.ok(), qPrintable(span.errorMessage()));
        QCOMPARE(span->isEmpty(), fromSeq == 0);
        QCOMPARE(span->fromSeq, fromSeq);
        QCOMPARE(span->toSeq, toSeq);
        QCOMPARE(span->eventsInWindow, inWindow);
        QCOMPARE(span->capped, capped);
        if (fromSeq == 0)
            return;
        QCOMPARE(span->eventsInSpan, toSeq - fromSeq + 1);
        QVERIFY(span->eventsInSpan <= cap);
        QCOMPARE(span->firstTime, timeOf(fromSeq));
        QCOMPARE(span->lastTime, timeOf(toSeq));
        QCOMPARE(span->windowFirstTime, timeOf(windowFirstSeq));
    }

    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<qint64>("secondsBack"); // -1: open start
        QTest::addColumn<QString>("described");
        QTest::newRow("last hour") << int(DryRunRange::Preset::LastHour) << 3600LL << u"the last hour"_s;
        QTest::newRow("last 24 hours") << int(DryRunRange::Preset::LastDay) << 86400LL << u"the last 24 hours"_s;
        QTest::newRow("last 7 days") << int(DryRunRange::Preset::LastWeek) << 7 * 86400LL << u"the last 7 days"_s;
        QTest::newRow("everything cached") << int(DryRunRange::Preset::EverythingCached) << -1LL
                                           << u"everything cached"_s;
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(qint64, secondsBack);
        QFETCH(QString, described);
        const QDateTime now = timeOf(Events);
        const DryRunRange range{DryRunRange::Preset(preset)};
        QCOMPARE(range.from(now), secondsBack < 0 ? QDateTime() : now.addSecs(-secondsBack));
        QVERIFY(!range.to(now).isValid()); // up to the newest event
        QCOMPARE(range.describe(), described);
        QVERIFY(range.validate().ok());
        // Resolved at the newest event's time, each preset covers exactly the minutes it names.
        const Result<DryRunSpan> span = DryRunRange::resolve(*m_store, range.from(now), range.to(now));
        QVERIFY2(span.ok(), qPrintable(span.errorMessage()));
        QCOMPARE(span->toSeq, Events);
        QCOMPARE(span->eventsInWindow, secondsBack < 0 ? Events : std::min(Events, secondsBack / 60 + 1));
    }

    void custom()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDateTime from = QDateTime(QDate(2026, 11, 24), QTime(8, 0));
        const QDateTime to = QDateTime(QDate(2026, 11, 25), QTime(8, 30));
        const DryRunRange range = DryRunRange::custom(from, to);
        QCOMPARE(range.preset(), DryRunRange::Preset::Custom);
        QCOMPARE(range.from(QDateTime::currentDateTime()), from);
        QCOMPARE(range.to(QDateTime::currentDateTime()), to);
        QCOMPARE(range.describe(), u"2026-11-24 08:00 to 2026-11-25 08:30"_s);
        QVERIFY(range.validate().ok());
        QCOMPARE(DryRunRange::custom(from, QDateTime()).describe(), u"from 2026-11-24 08:00 on"_s);
        QCOMPARE(DryRunRange::custom(QDateTime(), to).describe(), u"up to 2026-11-25 08:30"_s);

        const Status reversed = DryRunRange::custom(to, from).validate();
        QVERIFY(!reversed.ok());
        QVERIFY2(reversed.errorMessage().contains(u"ends before it starts"_s), qPrintable(reversed.errorMessage()));
        QCOMPARE(reversed.error().field, u"to"_s);
        QVERIFY(DryRunRange::custom(from, from).validate().ok()); // one instant is a valid (if small) range
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestDryRunRange)
#include "tst_dryrunrange.moc"
