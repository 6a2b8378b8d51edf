#include "ThreatStatistics.h"

#include <algorithm>

namespace warden {

ThreatStatistics::Bucket &ThreatStatistics::bucketFor(qint64 minute)
{
    Bucket &bucket = m_buckets[size_t(minute % Minutes)];
    if (bucket.minute != minute)
        bucket = Bucket{minute, {}, {}};
    return bucket;
}

void ThreatStatistics::add(const QList<ThreatEvent> &events)
{
    for (const ThreatEvent &event : events) {
        const qint64 minute = event.time.toMSecsSinceEpoch() / 60'000;
        if (minute > m_currentMinute)
            m_currentMinute = minute;
        if (minute <= m_currentMinute - Minutes)
            continue; // older than the window
        Bucket &bucket = bucketFor(minute);
        ++bucket.severities[size_t(event.severity)];
        ++bucket.types[size_t(event.type)];
    }
}

void ThreatStatistics::advanceTo(const QDateTime &now)
{
    m_currentMinute = std::max(m_currentMinute, now.toMSecsSinceEpoch() / 60'000);
}

QList<ThreatStatistics::SeverityCounts> ThreatStatistics::perMinute() const
{
    QList<SeverityCounts> result;
    result.reserve(Minutes);
    for (qint64 minute = m_currentMinute - Minutes + 1; minute <= m_currentMinute; ++minute) {
        const Bucket &bucket = m_buckets[size_t(((minute % Minutes) + Minutes) % Minutes)];
        result.append(bucket.minute == minute ? bucket.severities : SeverityCounts{});
    }
    return result;
}

qint64 ThreatStatistics::minuteStartMs(int index) const
{
    return (m_currentMinute - Minutes + 1 + index) * 60'000;
}

QList<std::pair<ThreatType, qint64>> ThreatStatistics::topTypes(int limit) const
{
    std::array<qint64, int(ThreatType::Anomaly) + 1> totals{};
    for (const Bucket &bucket : m_buckets) {
        if (bucket.minute < 0 || bucket.minute <= m_currentMinute - Minutes)
            continue;
        for (size_t type = 0; type < totals.size(); ++type)
            totals[type] += bucket.types[type];
    }
    QList<std::pair<ThreatType, qint64>> result;
    for (size_t type = 0; type < totals.size(); ++type)
        if (totals[type] > 0)
            result.append({ThreatType(type), totals[type]});
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

qint64 ThreatStatistics::totalInWindow() const
{
    qint64 total = 0;
    for (const SeverityCounts &counts : perMinute())
        for (qint64 count : counts)
            total += count;
    return total;
}

} // namespace warden
