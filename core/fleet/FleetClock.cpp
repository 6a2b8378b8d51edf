#include "fleet/FleetClock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <limits>

namespace warden {

namespace {

// The production clock: QElapsedTimer for time, single-shot QTimers (parented to the context, so they die with it)
// for callbacks.
class SystemFleetClock final : public FleetClock {
public:
    SystemFleetClock() { m_elapsed.start(); }

    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }
    QDateTime currentUtc() const override { return QDateTime::currentDateTimeUtc(); }

    int schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override
    {
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const int id = m_nextId++;
        if (m_nextId == std::numeric_limits<int>::max())
            m_nextId = 1;
        m_timers.insert(id, timer);
        QObject::connect(timer, &QTimer::timeout, context, [this, id, timer, callback = std::move(callback)] {
            m_timers.remove(id);
            timer->deleteLater();
            callback();
        });
        QObject::connect(timer, &QObject::destroyed, context, [this, id] { m_timers.remove(id); });
        timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
        return id;
    }

    void cancel(int id) override
    {
        if (QPointer<QTimer> timer = m_timers.take(id)) {
            timer->stop();
            timer->deleteLater();
        }
    }

private:
    QElapsedTimer m_elapsed;
    int m_nextId = 1;
    // Only touched from the thread that schedules (the session's thread); timers die with their context.
    QHash<int, QPointer<QTimer>> m_timers;
};

} // namespace

FleetClock *FleetClock::system()
{
    static SystemFleetClock clock;
    return &clock;
}

ManualFleetClock::ManualFleetClock(QDateTime startUtc)
    : m_startUtc(std::move(startUtc))
{
}

int ManualFleetClock::schedule(qint64 delayMs, QObject *context, std::function<void()> callback)
{
    const int id = m_nextId++;
    m_timers.emplace(id, Timer{m_nowMs + std::max<qint64>(0, delayMs), context, std::move(callback)});
    return id;
}

void ManualFleetClock::cancel(int id)
{
    m_timers.erase(id);
}

qint64 ManualFleetClock::nextDueInMs() const
{
    qint64 earliest = -1;
    for (const auto &[id, timer] : m_timers) {
        if (earliest < 0 || timer.dueMs < earliest)
            earliest = timer.dueMs;
    }
    return earliest < 0 ? -1 : earliest - m_nowMs;
}

void ManualFleetClock::advance(qint64 ms)
{
    const qint64 target = m_nowMs + std::max<qint64>(0, ms);
    for (;;) {
        // Earliest due timer (ties: the one scheduled first), re-searched each time because callbacks schedule.
        auto due = m_timers.end();
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
            if (it->second.dueMs <= target && (due == m_timers.end() || it->second.dueMs < due->second.dueMs))
                due = it;
        }
        if (due == m_timers.end())
            break;
        m_nowMs = std::max(m_nowMs, due->second.dueMs);
        Timer timer = std::move(due->second);
        m_timers.erase(due);
        if (timer.context)
            timer.callback();
    }
    m_nowMs = target;
}

} // namespace warden
