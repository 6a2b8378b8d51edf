#pragma once

#include "cache/CacheWriter.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace warden {

// Runs query on the CacheWriter's thread (after every batch submitted before it) and hands its value to done on the
// receiver's thread, if the receiver still lives. The answer is posted through the writer object, which cannot die
// while one of its jobs runs (its destructor joins the thread), so no pointer is ever used after free.
template <typename T>
void queryStore(CacheWriter *writer, QObject *receiver, std::function<T(CacheStore *store)> query,
                std::function<void(T)> done)
{
    QPointer<QObject> guard(receiver);
    writer->post([writer, guard, query = std::move(query), done = std::move(done)](CacheStore *store) {
        auto value = std::make_shared<T>(query(store));
        QMetaObject::invokeMethod(
            writer,
            [guard, value, done] {
                if (guard)
                    done(std::move(*value));
            },
            Qt::QueuedConnection);
    });
}

} // namespace warden
