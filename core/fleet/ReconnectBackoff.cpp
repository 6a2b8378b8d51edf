#include "fleet/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace warden {

ReconnectBackoff::ReconnectBackoff(qint64 minimumMs, qint64 maximumMs, QRandomGenerator *random)
    : m_minimumMs(std::max<qint64>(1, minimumMs))
    , m_maximumMs(std::max(m_minimumMs, maximumMs))
    , m_random(random ? random : QRandomGenerator::global())
{
}

qint64 ReconnectBackoff::ceilingMs(int attempt) const
{
    // Doubling past 2^40 cannot matter for any sane maximum; the clamp also keeps the shift defined.
    const int exponent = std::clamp(attempt, 0, 39) + 1;
    const qint64 grown = m_minimumMs > (m_maximumMs >> exponent) ? m_maximumMs : (m_minimumMs << exponent);
    return std::min(m_maximumMs, grown);
}

qint64 ReconnectBackoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs(m_attempt);
    if (m_attempt < 1000)
        ++m_attempt;
    // bounded(lo, hi) is half-open; +1 makes the ceiling itself reachable.
    return m_random->bounded(m_minimumMs, ceiling + 1);
}

} // namespace warden
