#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace warden {

// Delay schedule for reconnecting to a fleet backend: exponential growth with "full jitter" (AWS architecture
// blog), so that many consoles cut off at the same moment do not come back in lockstep.
//
// Attempt n (0-based) waits a uniformly random time in [minimum, ceiling(n)], ceiling(n) = min(maximum,
// minimum * 2^(n+1)). Responsible only for the numbers; StreamClient owns the timer.
class ReconnectBackoff {
public:
    static constexpr qint64 DefaultMinimumMs = 500;
    static constexpr qint64 DefaultMaximumMs = 30000;

    // random: the source of jitter (QRandomGenerator::global() when null); tests pass a seeded generator.
    explicit ReconnectBackoff(qint64 minimumMs = DefaultMinimumMs, qint64 maximumMs = DefaultMaximumMs,
                              QRandomGenerator *random = nullptr);

    // The delay before the next attempt; counts the attempt.
    qint64 nextDelayMs();
    // After a connection that worked: the next failure starts from the shortest delay again.
    void reset() { m_attempt = 0; }

    int attempt() const { return m_attempt; }
    qint64 minimumMs() const { return m_minimumMs; }
    qint64 maximumMs() const { return m_maximumMs; }
    // Upper bound of the delay of attempt n.
    qint64 ceilingMs(int attempt) const;

private:
    qint64 m_minimumMs;
    qint64 m_maximumMs;
    QRandomGenerator *m_random;
    int m_attempt = 0;
};

} // namespace warden
