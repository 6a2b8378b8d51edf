#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace warden {

// Simulated time of the fleet: runs timeScale times as fast as the wall clock from an anchor, and never behind the
// wall clock at start-up so that with scale 1 it simply is the wall clock. Expiries (quarantines, licences) and
// campaign waits use it; logins and tokens use real time.
class SimClock {
public:
    // persistedMs: the simulated time a previous run reached (0 if none).
    SimClock(double timeScale, qint64 persistedMs)
        : m_scale(timeScale), m_anchorMs(std::max(persistedMs, QDateTime::currentMSecsSinceEpoch()))
    {
        m_elapsed.start();
    }

    qint64 nowMs() const { return m_anchorMs + static_cast<qint64>(double(m_elapsed.elapsed()) * m_scale); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    double scale() const { return m_scale; }

private:
    double m_scale;
    qint64 m_anchorMs;
    QElapsedTimer m_elapsed;
};

} // namespace warden
