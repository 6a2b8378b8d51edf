#include "analysis/AnomalyDetector.h"

#include <QTest>

#include <cmath>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

const qint64 T0 = 1'800'000'000'000; // a whole minute

QDateTime bucketTime(qint64 bucket, qint64 offsetMs = 0)
{
    return QDateTime::fromMSecsSinceEpoch(T0 + bucket * 60'000 + offsetMs, Qt::UTC);
}

// Adds `count` events of one device in one minute bucket; returns findings of buckets this closed.
QList<AnomalyFinding> feed(AnomalyDetector &detector, const QString &device, const QString &site, qint64 bucket,
                           int count)
{
    QList<AnomalyFinding> findings;
    for (int i = 0; i < count; ++i)
        findings += detector.addEvent(device, site, bucketTime(bucket, i * 50));
    return findings;
}

// Deterministic noise in [-spread, spread].
class Noise {
public:
    int next(int spread)
    {
        m_state = m_state * 1103515245u + 12345u;
        return int((m_state >> 16) % quint32(2 * spread + 1)) - spread;
    }

private:
    quint32 m_state = 42;
};

QString amount(double value)
{
    return std::abs(value) >= 10 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

} // namespace

// EWMA + z-score anomaly detection on synthetic series with known spikes.
class TestAnomalyDetector final : public QObject {
    Q_OBJECT

private slots:
    void flatNoiseRaisesNothing();
    void spikeIsDetectedAndExplained();
    void warmUpSuppressesEarlySpikes();
    void siteSpikeFromManyQuietDevices();
    void advanceToClosesAQuietBucket();
    void smallCountsNeverAlert();
    void idleSubjectsAreForgottenAndLongGapsAreCheap();
    void subjectCountIsBounded();
    void unitsFollowTheBucket();
};

void TestAnomalyDetector::flatNoiseRaisesNothing()
{
    AnomalyDetector detector;
    Noise noise;
    QList<AnomalyFinding> findings;
    for (qint64 bucket = 0; bucket < 300; ++bucket) {
        findings += feed(detector, u"dev-1"_s, u"north"_s, bucket, 10 + noise.next(4));
        findings += feed(detector, u"dev-2"_s, u"north"_s, bucket, 30 + noise.next(10));
    }
    findings += detector.advanceTo(bucketTime(301));
    QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.constFirst().explanation));
    QCOMPARE(detector.subjectCount(), 3); // two devices, one site
}

void TestAnomalyDetector::spikeIsDetectedAndExplained()
{
    AnomalyDetector detector;
    Noise noise;
    QList<AnomalyFinding> findings;
    for (qint64 bucket = 0; bucket < 60; ++bucket)
        findings += feed(detector, u"dev-1"_s, u"north"_s, bucket, 10 + noise.next(3));
    QVERIFY(findings.isEmpty());
    findings += feed(detector, u"dev-1"_s, u"north"_s, 60, 120);
    QVERIFY(findings.isEmpty()); // the spike's bucket is still open
    findings += feed(detector, u"dev-1"_s, u"north"_s, 61, 10);
    QCOMPARE(findings.size(), 2);

    const AnomalyFinding *deviceFinding = nullptr;
    const AnomalyFinding *siteFinding = nullptr;
    for (const AnomalyFinding &finding : std::as_const(findings))
        (finding.subjectKind == AnomalyFinding::SubjectKind::Device ? deviceFinding : siteFinding) = &finding;
    QVERIFY(deviceFinding && siteFinding);

    const AnomalyFinding &f = *deviceFinding;
    qInfo("%s", qPrintable(f.explanation));
    QCOMPARE(f.subject, u"dev-1"_s);
    QCOMPARE(f.metric, u"events_per_minute"_s);
    QCOMPARE(f.observed, 120.0);
    QCOMPARE(f.bucketStart, bucketTime(60));
    QVERIFY2(f.baselineMean > 8 && f.baselineMean < 12, qPrintable(QString::number(f.baselineMean)));
    QVERIFY2(f.baselineStdDev > 0.5 && f.baselineStdDev < 4, qPrintable(QString::number(f.baselineStdDev)));
    QVERIFY(f.zScore > 20);
    QVERIFY(std::abs(f.zScore - (f.observed - f.baselineMean) / std::max(f.baselineStdDev, 1.0)) < 1e-9);
    QCOMPARE(f.explanation, u"dev-1 sent 120 events/min, "_s + QString::number(f.zScore, 'f', 1)
                                + u"σ above its baseline of "_s + amount(f.baselineMean) + u" ± "_s
                                + amount(f.baselineStdDev));

    QCOMPARE(siteFinding->subject, u"north"_s);
    QVERIFY2(siteFinding->explanation.startsWith(u"Site north saw 120 events/min, "_s),
             qPrintable(siteFinding->explanation));

    // Back to normal: no further findings.
    QList<AnomalyFinding> after;
    for (qint64 bucket = 62; bucket < 70; ++bucket)
        after += feed(detector, u"dev-1"_s, u"north"_s, bucket, 10 + noise.next(3));
    QVERIFY(after.isEmpty());
}

void TestAnomalyDetector::warmUpSuppressesEarlySpikes()
{
    AnomalyDetectorOptions options;
    options.warmupBuckets = 30;
    AnomalyDetector detector(options);
    QList<AnomalyFinding> findings;
    for (qint64 bucket = 0; bucket < 10; ++bucket)
        findings += feed(detector, u"dev-1"_s, QString(), bucket, 10);
    findings += feed(detector, u"dev-1"_s, QString(), 10, 500);
    findings += detector.advanceTo(bucketTime(11));
    QVERIFY(findings.isEmpty());

    // The same spike after warm-up is reported.
    for (qint64 bucket = 11; bucket < 40; ++bucket)
        findings += feed(detector, u"dev-1"_s, QString(), bucket, 10);
    findings += feed(detector, u"dev-1"_s, QString(), 40, 500);
    findings += detector.advanceTo(bucketTime(41));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().bucketStart, bucketTime(40));
}

void TestAnomalyDetector::siteSpikeFromManyQuietDevices()
{
    AnomalyDetector detector;
    QList<AnomalyFinding> findings;
    for (qint64 bucket = 0; bucket < 61; ++bucket) {
        const int perDevice = bucket == 60 ? 3 : 1;
        for (int d = 0; d < 20; ++d)
            findings += feed(detector, u"dev-%1"_s.arg(d), u"south"_s, bucket, perDevice);
    }
    findings += detector.advanceTo(bucketTime(61));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().subject, u"south"_s);
    QCOMPARE(findings.constFirst().subjectKind, AnomalyFinding::SubjectKind::Site);
    QCOMPARE(findings.constFirst().observed, 60.0);
    QCOMPARE(findings.constFirst().baselineMean, 20.0);
    QCOMPARE(findings.constFirst().baselineStdDev, 0.0);
    QCOMPARE(findings.constFirst().zScore, 40.0); // the 1.0 floor, not a division by zero
    QCOMPARE(findings.constFirst().explanation,
             u"Site south saw 60 events/min, 40.0σ above its baseline of 20 ± 0.0"_s);
}

void TestAnomalyDetector::advanceToClosesAQuietBucket()
{
    AnomalyDetector detector;
    for (qint64 bucket = 0; bucket < 40; ++bucket)
        QVERIFY(feed(detector, u"dev-1"_s, QString(), bucket, 5).isEmpty());
    QVERIFY(feed(detector, u"dev-1"_s, QString(), 40, 200).isEmpty());
    QVERIFY(detector.advanceTo(bucketTime(40, 59'999)).isEmpty()); // still inside the bucket
    const QList<AnomalyFinding> findings = detector.advanceTo(bucketTime(41));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().observed, 200.0);
    QVERIFY(detector.advanceTo(bucketTime(42)).isEmpty());
}

void TestAnomalyDetector::smallCountsNeverAlert()
{
    AnomalyDetectorOptions options;
    options.warmupBuckets = 5;
    AnomalyDetector detector(options);
    QList<AnomalyFinding> findings;
    // A device that sent nothing for a long time then 9 events: far above its (zero) baseline, but below minEvents.
    findings += feed(detector, u"dev-1"_s, QString(), 0, 1);
    for (qint64 bucket = 1; bucket < 30; ++bucket)
        findings += detector.advanceTo(bucketTime(bucket));
    findings += feed(detector, u"dev-1"_s, QString(), 30, 9);
    findings += detector.advanceTo(bucketTime(31));
    QVERIFY(findings.isEmpty());
    // Once the 9-event burst has faded from the variance, 10 events in a minute are reported.
    for (qint64 bucket = 32; bucket < 61; ++bucket)
        findings += detector.advanceTo(bucketTime(bucket));
    QVERIFY(findings.isEmpty());
    findings += feed(detector, u"dev-1"_s, QString(), 61, 10);
    findings += detector.advanceTo(bucketTime(62));
    QCOMPARE(findings.size(), 1);
}

void TestAnomalyDetector::idleSubjectsAreForgottenAndLongGapsAreCheap()
{
    AnomalyDetectorOptions options;
    options.idleBucketsBeforeEviction = 60;
    AnomalyDetector detector(options);
    for (qint64 bucket = 0; bucket < 10; ++bucket)
        feed(detector, u"dev-%1"_s.arg(bucket), u"north"_s, bucket, 3);
    QCOMPARE(detector.subjectCount(), 11);
    detector.advanceTo(bucketTime(40));
    QCOMPARE(detector.subjectCount(), 11);
    // A jump of ten years: every subject is evicted, without replaying millions of buckets.
    detector.advanceTo(bucketTime(10LL * 365 * 24 * 60));
    QCOMPARE(detector.subjectCount(), 0);
}

void TestAnomalyDetector::subjectCountIsBounded()
{
    AnomalyDetectorOptions options;
    options.maxSubjects = 100;
    AnomalyDetector detector(options);
    for (int i = 0; i < 1000; ++i) {
        detector.addEvent(u"dev-%1"_s.arg(i), QString(), bucketTime(i / 50));
        QVERIFY(detector.subjectCount() <= 100);
    }
    // The newest subject is always kept.
    QVERIFY(detector.subjectCount() > 0);
}

void TestAnomalyDetector::unitsFollowTheBucket()
{
    AnomalyDetectorOptions options;
    options.bucketMs = 1000;
    QCOMPARE(AnomalyDetector(options).rateUnit(), u"events/s"_s);
    QCOMPARE(AnomalyDetector(options).metricName(), u"events_per_second"_s);
    options.bucketMs = 3'600'000;
    QCOMPARE(AnomalyDetector(options).rateUnit(), u"events/h"_s);
    options.bucketMs = 300'000;
    QCOMPARE(AnomalyDetector(options).rateUnit(), u"events per 300 s"_s);
    QCOMPARE(AnomalyDetector(options).metricName(), u"events_per_300000ms"_s);
}

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"
