#pragma once

// Checks on a console cache file shared by the stream tests: what events it holds, and that they are exactly a
// contiguous run of the backend's sequence numbers, each once, with the stream position at the last.

#include "cache/CacheStore.h"

#include <QList>
#include <QTest>

#include <memory>

namespace warden::test {

inline std::unique_ptr<CacheStore> reader(const QString &path, const QString &backend = QStringLiteral("default"))
{
    CacheStoreOptions options;
    options.readOnly = true;
    options.backend = backend;
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path, options);
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    return std::move(store).value();
}

// Every stored event seq, ascending.
inline QList<qint64> storedSeqs(CacheStore &store)
{
    QList<qint64> seqs;
    qint64 before = CacheStore::Newest;
    for (;;) {
        const Result<QList<ThreatEvent>> page = store.loadEvents(before, 5000);
        if (!page || page.value().isEmpty())
            break;
        for (const ThreatEvent &event : page.value())
            seqs.prepend(event.seq);
        before = page.value().constLast().seq;
    }
    return seqs;
}

// The cache holds exactly first..last, each once, and its stream position is last (first < 0: any first).
inline void verifyContiguous(const QString &cacheFile, qint64 first, const QString &backend = QStringLiteral("default"))
{
    auto store = reader(cacheFile, backend);
    const QList<qint64> seqs = storedSeqs(*store);
    QVERIFY(!seqs.isEmpty());
    if (first >= 0)
        QCOMPARE(seqs.first(), first);
    for (qsizetype i = 1; i < seqs.size(); ++i) {
        if (seqs.at(i) != seqs.at(i - 1) + 1)
            QFAIL(qPrintable(QStringLiteral("seq %1 follows %2").arg(seqs.at(i)).arg(seqs.at(i - 1))));
    }
    QCOMPARE(store->lastStreamSeq().value(), seqs.last());
    QCOMPARE(store->eventCount().value(), qint64(seqs.size()));
}

} // namespace warden::test
