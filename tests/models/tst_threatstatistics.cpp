#include "ThreatStatistics.h"

#include <QTest>

using namespace warden;

// Rolling dashboard counts: per-minute buckets by severity, window expiry, top types.
class TestThreatStatistics : public QObject {
    Q_OBJECT
private:
    static ThreatEvent event(qint64 minute, int second, Severity severity, ThreatType type)
    {
        ThreatEvent e;
        e.seq = 1;
        e.time = QDateTime::fromMSecsSinceEpoch(minute * 60'000 + second * 1000, Qt::UTC);
        e.severity = severity;
        e.type = type;
        return e;
    }

private slots:
    void bucketsBySeverityPerMinute()
    {
        ThreatStatistics stats;
        const qint64 base = 29'400'000;
        stats.add({event(base, 1, Severity::Critical, ThreatType::PortScan), event(base, 59, Severity::Critical, ThreatType::PortScan),
                   event(base + 1, 0, Severity::Minor, ThreatType::BruteForce)});
        const auto minutes = stats.perMinute();
        QCOMPARE(minutes.size(), ThreatStatistics::Minutes);
        QCOMPARE(minutes.last()[size_t(Severity::Minor)], 1);
        QCOMPARE(minutes.at(minutes.size() - 2)[size_t(Severity::Critical)], 2);
        QCOMPARE(stats.minuteStartMs(ThreatStatistics::Minutes - 1), (base + 1) * 60'000);
        QCOMPARE(stats.totalInWindow(), 3);
    }

    void oldMinutesFallOutOfTheWindow()
    {
        ThreatStatistics stats;
        const qint64 base = 29'400'000;
        stats.add({event(base, 0, Severity::Major, ThreatType::Exfiltration)});
        stats.advanceTo(QDateTime::fromMSecsSinceEpoch((base + 59) * 60'000, Qt::UTC));
        QCOMPARE(stats.totalInWindow(), 1);
        stats.advanceTo(QDateTime::fromMSecsSinceEpoch((base + 60) * 60'000, Qt::UTC));
        QCOMPARE(stats.totalInWindow(), 0);
        QVERIFY(stats.topTypes(5).isEmpty());
        stats.add({event(base + 70, 0, Severity::Major, ThreatType::Exfiltration)});
        stats.add({event(base, 0, Severity::Major, ThreatType::Exfiltration)}); // far too old: ignored
        QCOMPARE(stats.totalInWindow(), 1);
    }

    void ranksTopTypes()
    {
        ThreatStatistics stats;
        const qint64 base = 29'400'000;
        QList<ThreatEvent> events;
        for (int i = 0; i < 5; ++i)
            events.append(event(base, i, Severity::Minor, ThreatType::BruteForce));
        for (int i = 0; i < 3; ++i)
            events.append(event(base, i, Severity::Minor, ThreatType::MalwareBeacon));
        events.append(event(base, 9, Severity::Minor, ThreatType::PortScan));
        stats.add(events);
        const auto top = stats.topTypes(2);
        QCOMPARE(top.size(), 2);
        QVERIFY(top.at(0).first == ThreatType::BruteForce);
        QCOMPARE(top.at(0).second, 5);
        QVERIFY(top.at(1).first == ThreatType::MalwareBeacon);
    }
};

QTEST_GUILESS_MAIN(TestThreatStatistics)
#include "tst_threatstatistics.moc"
