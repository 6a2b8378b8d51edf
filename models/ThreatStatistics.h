#pragma once

#include "domain/ThreatEvent.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <array>

namespace warden {

// Rolling counts for the dashboard: events per minute by severity over the last hour and threat types over
// the same window. Fixed-size buckets, so memory does not grow with the event rate or the uptime.
class ThreatStatistics {
public:
    static constexpr int Minutes = 60;
    static constexpr int SeverityCount = int(Severity::Indeterminate) + 1;
    using SeverityCounts = std::array<qint64, SeverityCount>;

    void add(const QList<ThreatEvent> &events);
    // Moves the window so it ends at `now` (events older than an hour fall out).
    void advanceTo(const QDateTime &now);

    // Per minute, oldest first; the last entry is the current minute.
    QList<SeverityCounts> perMinute() const;
    qint64 minuteStartMs(int index) const; // start of the bucket perMinute()[index]
    // Threat types by count over the window, most frequent first.
    QList<std::pair<ThreatType, qint64>> topTypes(int limit) const;
    qint64 totalInWindow() const;

private:
    struct Bucket {
        qint64 minute = -1; // minutes since epoch
        SeverityCounts severities{};
        std::array<qint64, int(ThreatType::Anomaly) + 1> types{};
    };
    Bucket &bucketFor(qint64 minute);

    std::array<Bucket, Minutes> m_buckets{};
    qint64 m_currentMinute = 0;
};

} // namespace warden
