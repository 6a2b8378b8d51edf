#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace warden {

// Time and one-shot timers for the fleet client (heartbeat watchdog, reconnect backoff, rates), behind one seam so
// tests can drive hours of reconnect schedule in microseconds with ManualFleetClock.
class FleetClock {
public:
    virtual ~FleetClock() = default;

    // Monotonic milliseconds (only differences mean anything).
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime currentUtc() const = 0;
    // Calls callback once, after delayMs, on context's thread, unless cancelled or context is gone. Returns an id > 0.
    virtual int schedule(qint64 delayMs, QObject *context, std::function<void()> callback) = 0;
    virtual void cancel(int id) = 0;

    // The real clock (QElapsedTimer + QTimer); shared, never deleted.
    static FleetClock *system();
};

// A clock that only moves when told to: advance() fires every timer that falls due, in due order.
class ManualFleetClock final : public FleetClock {
public:
    explicit ManualFleetClock(QDateTime startUtc = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));

    qint64 monotonicMs() const override { return m_nowMs; }
    QDateTime currentUtc() const override { return m_startUtc.addMSecs(m_nowMs); }
    int schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override;
    void cancel(int id) override;

    void advance(qint64 ms);
    int pendingCount() const { return int(m_timers.size()); }
    // Delay until the earliest pending timer, or -1 when none is pending.
    qint64 nextDueInMs() const;

private:
    struct Timer {
        qint64 dueMs;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    QDateTime m_startUtc;
    qint64 m_nowMs = 0;
    int m_nextId = 1;
    std::map<int, Timer> m_timers;
};

} // namespace warden
