#include "analysis/AnomalyDetector.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// Beyond this many empty buckets in a row an EWMA has forgotten the past anyway ((1 - 0.1)^200 ~ 1e-9).
constexpr qint64 MaxEmptyBucketsReplayed = 200;

qint64 bucketOf(qint64 ms, qint64 bucketMs)
{
    // Floor division, correct for times before the epoch too.
    return ms >= 0 ? ms / bucketMs : -((-ms + bucketMs - 1) / bucketMs);
}

QString formatAmount(double value)
{
    return std::abs(value) >= 10 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

} // namespace

AnomalyDetector::AnomalyDetector(AnomalyDetectorOptions options) : m_options(options)
{
    m_options.bucketMs = std::max<qint64>(1, m_options.bucketMs);
    m_options.alpha = std::clamp(m_options.alpha, 0.001, 1.0);
}

QString AnomalyDetector::metricName() const
{
    switch (m_options.bucketMs) {
    case 1000:
        return u"events_per_second"_s;
    case 60'000:
        return u"events_per_minute"_s;
    case 3'600'000:
        return u"events_per_hour"_s;
    default:
        return u"events_per_%1ms"_s.arg(m_options.bucketMs);
    }
}

QString AnomalyDetector::rateUnit() const
{
    switch (m_options.bucketMs) {
    case 1000:
        return u"events/s"_s;
    case 60'000:
        return u"events/min"_s;
    case 3'600'000:
        return u"events/h"_s;
    default:
        return u"events per %1 s"_s.arg(QString::number(double(m_options.bucketMs) / 1000.0));
    }
}

QList<AnomalyFinding> AnomalyDetector::addEvent(const QString &deviceId, const QString &siteId,
                                                const QDateTime &time)
{
    QList<AnomalyFinding> findings;
    const qint64 bucket = bucketOf(time.toMSecsSinceEpoch(), m_options.bucketMs);
    if (m_openBucket == NoBucket || bucket > m_openBucket) {
        closeBucketsBefore(bucket, findings);
        m_openBucket = bucket;
    }
    if (!deviceId.isEmpty())
        count(u'd' + deviceId, deviceId, AnomalyFinding::SubjectKind::Device);
    if (!siteId.isEmpty())
        count(u's' + siteId, siteId, AnomalyFinding::SubjectKind::Site);
    return findings;
}

QList<AnomalyFinding> AnomalyDetector::advanceTo(const QDateTime &time)
{
    QList<AnomalyFinding> findings;
    const qint64 bucket = bucketOf(time.toMSecsSinceEpoch(), m_options.bucketMs);
    if (m_openBucket != NoBucket && bucket > m_openBucket) {
        closeBucketsBefore(bucket, findings);
        m_openBucket = bucket;
    }
    return findings;
}

void AnomalyDetector::count(const QString &key, const QString &id, AnomalyFinding::SubjectKind kind)
{
    auto it = m_subjects.find(key);
    if (it == m_subjects.end()) {
        if (m_subjects.size() >= m_options.maxSubjects)
            shedIdleSubjects();
        Subject subject;
        subject.kind = kind;
        subject.id = id;
        it = m_subjects.insert(key, subject);
    }
    ++it->count;
}

void AnomalyDetector::learn(Subject &subject, double observed) const
{
    if (subject.observedBuckets == 0) {
        subject.mean = observed;
        subject.variance = 0;
    } else {
        // Incremental EWMA mean and variance (West 1979 / Finch 2009).
        const double difference = observed - subject.mean;
        const double increment = m_options.alpha * difference;
        subject.mean += increment;
        subject.variance = (1.0 - m_options.alpha) * (subject.variance + difference * increment);
    }
    ++subject.observedBuckets;
}

void AnomalyDetector::closeBucketsBefore(qint64 bucket, QList<AnomalyFinding> &findings)
{
    if (m_openBucket == NoBucket)
        return;
    const qint64 emptyBuckets = std::min(bucket - m_openBucket - 1, MaxEmptyBucketsReplayed);
    const QDateTime bucketStart = QDateTime::fromMSecsSinceEpoch(m_openBucket * m_options.bucketMs, Qt::UTC);
    for (auto it = m_subjects.begin(); it != m_subjects.end();) {
        Subject &subject = *it;
        const double observed = subject.count;
        if (subject.observedBuckets >= m_options.warmupBuckets && subject.count >= m_options.minEvents) {
            const double stdDev = std::sqrt(std::max(0.0, subject.variance));
            const double z = (observed - subject.mean) / std::max(stdDev, m_options.minStdDev);
            if (z >= m_options.zThreshold) {
                AnomalyFinding finding;
                finding.subject = subject.id;
                finding.subjectKind = subject.kind;
                finding.metric = metricName();
                finding.observed = observed;
                finding.baselineMean = subject.mean;
                finding.baselineStdDev = stdDev;
                finding.zScore = z;
                finding.bucketStart = bucketStart;
                finding.explanation = explain(subject, observed, subject.mean, stdDev, z);
                findings.append(std::move(finding));
            }
        }
        learn(subject, observed);
        subject.idleBuckets = subject.count == 0 ? subject.idleBuckets + 1 : 0;
        subject.count = 0;
        for (qint64 i = 0; i < emptyBuckets; ++i)
            learn(subject, 0.0);
        subject.idleBuckets += int(std::min<qint64>(bucket - m_openBucket - 1, m_options.idleBucketsBeforeEviction));
        if (subject.idleBuckets >= m_options.idleBucketsBeforeEviction)
            it = m_subjects.erase(it);
        else
            ++it;
    }
    // Deterministic order for callers and tests: strongest first, then subject id.
    std::sort(findings.begin(), findings.end(), [](const AnomalyFinding &a, const AnomalyFinding &b) {
        if (a.bucketStart != b.bucketStart)
            return a.bucketStart < b.bucketStart;
        return a.zScore != b.zScore ? a.zScore > b.zScore : a.subject < b.subject;
    });
}

void AnomalyDetector::shedIdleSubjects()
{
    // Full: forget the most idle tenth (ties broken arbitrarily). They warm up again if they return.
    std::vector<int> idle;
    idle.reserve(std::size_t(m_subjects.size()));
    for (const Subject &subject : std::as_const(m_subjects))
        idle.push_back(subject.idleBuckets);
    if (idle.empty())
        return;
    const std::size_t drop = std::max<std::size_t>(1, idle.size() / 10);
    const auto cut = idle.end() - std::ptrdiff_t(drop);
    std::nth_element(idle.begin(), cut, idle.end());
    const int threshold = *cut;
    std::size_t dropped = 0;
    for (auto it = m_subjects.begin(); it != m_subjects.end() && dropped < drop;) {
        if (it->idleBuckets >= threshold && it->count == 0) {
            it = m_subjects.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    // Every subject is active in the open bucket: drop arbitrary ones rather than grow without bound.
    for (auto it = m_subjects.begin(); it != m_subjects.end() && dropped < drop; ++dropped)
        it = m_subjects.erase(it);
}

QString AnomalyDetector::explain(const Subject &subject, double observed, double mean, double stdDev, double z) const
{
    const QString rate = QString::number(qint64(std::llround(observed))) + u' ' + rateUnit();
    const QString deviation = QString::number(z, 'f', 1) + u"σ above its baseline of "_s + formatAmount(mean)
        + u" ± "_s + formatAmount(stdDev);
    if (subject.kind == AnomalyFinding::SubjectKind::Site)
        return u"Site "_s + subject.id + u" saw "_s + rate + u", "_s + deviation;
    return subject.id + u" sent "_s + rate + u", "_s + deviation;
}

} // namespace warden
