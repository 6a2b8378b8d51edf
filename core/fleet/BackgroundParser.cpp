#include "fleet/BackgroundParser.h"

namespace warden {

BackgroundParser::BackgroundParser(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundParser::~BackgroundParser()
{
    m_thread.quit();
    m_thread.wait();
    // m_worker (no longer running anywhere) is destroyed with its pending events; continuations already posted to
    // this object are discarded by ~QObject.
}

void BackgroundParser::post(Job job)
{
    // A QPointer checked on the worker would race with destruction; instead the destructor joins the thread, so
    // while a job runs this object is alive, and an event posted to it afterwards is removed when it dies.
    QObject *front = this;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [front, job = std::move(job)]() mutable {
            Continuation continuation = job();
            if (continuation)
                QMetaObject::invokeMethod(front, std::move(continuation), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace warden
