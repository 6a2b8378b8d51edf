#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace warden {

// A dedicated worker thread for turning response bytes into domain values, so the UI thread never parses bulk JSON.
// Jobs run one after another on the worker; each returns a continuation that is then run on the thread this object
// lives in (queued), where the caller hands the parsed values on.
//
// Destroying the parser waits for the running job to finish and drops queued jobs and undelivered continuations;
// callers must not capture anything in a job that could die before the parser (capture by value).
class BackgroundParser final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundParser)

public:
    using Continuation = std::function<void()>;
    using Job = std::function<Continuation()>;

    explicit BackgroundParser(const QString &threadName = QStringLiteral("fleet-parser"), QObject *parent = nullptr);
    ~BackgroundParser() override;

    // Thread-safe. job runs on the worker thread; the continuation it returns (may be empty) on this object's thread.
    void post(Job job);

    // Convenience: parse on the worker, deliver the value to done on this object's thread.
    template <typename T> void run(std::function<T()> parse, std::function<void(T)> done)
    {
        post([parse = std::move(parse), done = std::move(done)]() mutable -> Continuation {
            auto value = std::make_shared<T>(parse());
            return [value, done = std::move(done)] { done(std::move(*value)); };
        });
    }

    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread; queued calls to it run there
};

} // namespace warden
