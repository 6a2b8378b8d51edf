#pragma once

#include "domain/ThreatEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace warden {

struct AnomalyDetectorOptions {
    qint64 bucketMs = 60'000;          // rate per minute by default
    double alpha = 0.1;                // EWMA weight of the newest bucket (~10-bucket memory)
    int warmupBuckets = 30;            // buckets a subject must have been observed before it can raise findings
    double zThreshold = 4.0;           // standard deviations above the mean that count as anomalous
    double minStdDev = 1.0;            // floor, so a perfectly flat baseline does not make every blip infinite
    int minEvents = 10;                // a bucket with fewer events is never anomalous
    qsizetype maxSubjects = 200'000;   // devices + sites tracked at once
    int idleBucketsBeforeEviction = 1440; // subjects silent this long are forgotten (and warm up again)
};

// One explained deviation of a device's or site's event rate from its own baseline.
struct AnomalyFinding {
    enum class SubjectKind : quint8 { Device, Site };
    QString subject; // device or site id
    SubjectKind subjectKind = SubjectKind::Device;
    QString metric;  // e.g. "events_per_minute"
    double observed = 0;
    double baselineMean = 0;
    double baselineStdDev = 0;
    double zScore = 0;
    QDateTime bucketStart; // UTC
    QString explanation;   // "dev-000123 sent 240 events/min, 8.1σ above its baseline of 12 ± 28"
};

// Learns per-device and per-site event rates per time bucket as an exponentially weighted mean and variance, and
// reports a bucket whose count lies zThreshold standard deviations above the baseline. Each subject warms up for
// warmupBuckets observed buckets before it may alert (a subject starts being observed with its first event; after
// that, buckets without events count as 0). The baseline keeps learning from anomalous buckets too, so a sustained
// new level stops alerting after a while. Only increases are reported (a silent device is a connectivity matter).
// Buckets close when time moves past them: with the first event of a later bucket or with advanceTo(). Events older
// than the open bucket are counted into it. Memory is O(subjects), bounded by maxSubjects and idle eviction.
// Not thread-safe; time comes only from the events / advanceTo().
class AnomalyDetector {
public:
    explicit AnomalyDetector(AnomalyDetectorOptions options = {});

    // Counts one event for its device and (when non-empty) its site; returns findings of buckets it closed.
    QList<AnomalyFinding> addEvent(const QString &deviceId, const QString &siteId, const QDateTime &time);
    QList<AnomalyFinding> addEvent(const ThreatEvent &event, const QString &siteId)
    {
        return addEvent(event.deviceId, siteId, event.time);
    }
    // Closes every bucket that ends at or before `time` (call on a timer when the stream is quiet).
    QList<AnomalyFinding> advanceTo(const QDateTime &time);

    qsizetype subjectCount() const { return m_subjects.size(); }
    QString metricName() const;
    QString rateUnit() const; // "events/min"

private:
    struct Subject {
        double mean = 0;
        double variance = 0;
        int observedBuckets = 0;
        int idleBuckets = 0;
        int count = 0; // events in the open bucket
        AnomalyFinding::SubjectKind kind = AnomalyFinding::SubjectKind::Device;
        QString id;
    };

    void count(const QString &key, const QString &id, AnomalyFinding::SubjectKind kind);
    void closeBucketsBefore(qint64 bucket, QList<AnomalyFinding> &findings);
    void learn(Subject &subject, double observed) const;
    void shedIdleSubjects();
    QString explain(const Subject &subject, double observed, double mean, double stdDev, double z) const;

    AnomalyDetectorOptions m_options;
    QHash<QString, Subject> m_subjects; // key: 'd' or 's' + id, so a device and a site may share an id
    static constexpr qint64 NoBucket = std::numeric_limits<qint64>::min();
    qint64 m_openBucket = NoBucket;     // index = ms since epoch / bucketMs
};

} // namespace warden
