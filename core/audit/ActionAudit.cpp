#include "audit/ActionAudit.h"

#include "audit/AuditChainLoader.h"
#include "cache/CacheWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QPointer>
#include <QWaitCondition>

namespace warden {

namespace {
// How long record() waits for the stored chain to be read (it is queued behind earlier cache batches).
constexpr int LoadWaitMs = 30'000;
} // namespace

struct ActionAudit::Shared {
    QMutex mutex;
    QWaitCondition loadedCondition;
    bool loaded = false;
    bool usable = false;
    bool hasTail = false;
    AuditEntry tail;
    AuditChain::Verification verification;
};

ActionAudit::ActionAudit(CacheWriter *writer, QObject *parent, TimeSource now)
    : FleetActionRecorder(parent), m_writer(writer), m_now(std::move(now)), m_shared(std::make_shared<Shared>())
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QPointer<ActionAudit> guard(this);
    std::shared_ptr<Shared> shared = m_shared;
    m_writer->post([shared, writer, guard](CacheStore *store) {
        Result<LoadedAuditChain> chain = store ? AuditChainLoader::load(*store, AuditChainKind::Console)
                                               : Result<LoadedAuditChain>::failure(QString());
        AuditChain::Verification verification;
        qint64 count = 0;
        {
            QMutexLocker locker(&shared->mutex);
            shared->loaded = true;
            shared->usable = chain.ok();
            if (chain.ok()) {
                count = chain->entries.size();
                shared->hasTail = count > 0;
                if (shared->hasTail)
                    shared->tail = chain->entries.constLast();
                shared->verification = chain->verification;
            } else {
                shared->verification = AuditChain::Verification{
                    false, 0,
                    store ? chain.errorMessage()
                          : QCoreApplication::translate("ActionAudit", "The cache file could not be opened.")};
            }
            verification = shared->verification;
            shared->loadedCondition.wakeAll();
        }
        QMetaObject::invokeMethod(
            writer,
            [guard, verification, count] {
                if (!guard)
                    return;
                emit guard->loaded(verification, count);
                if (!verification.intact)
                    emit guard->chainBroken(verification);
            },
            Qt::QueuedConnection);
    });
}

ActionAudit::~ActionAudit() = default;

qint64 ActionAudit::actionSent(const FleetAction &action)
{
    // A caller that still records its API actions by hand has just done so: one entry per action, not two.
    const QDateTime now = m_now().toUTC();
    qint64 handMade = -1;
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        const Request &request = it.value();
        if (request.byHand && !request.claimed && request.actor == action.actor && request.action == action.action
            && request.target == action.target && request.time.msecsTo(now) <= ClaimWindowMs)
            handMade = std::max(handMade, it.key());
    }
    if (handMade > 0) {
        m_requests[handMade].claimed = true;
        m_lastSent = handMade;
        return handMade;
    }
    const qint64 index = record(action.actor, action.action, action.target, action.details);
    if (index > 0) {
        m_requests[index].byHand = false;
        m_lastSent = index;
    }
    return index;
}

qint64 ActionAudit::requestEntry(ActionAudit *audit, const std::function<void()> &send)
{
    const qint64 before = audit ? audit->m_lastSent : 0;
    send();
    return audit && audit->m_lastSent != before ? audit->m_lastSent : -1;
}

void ActionAudit::actionAnswered(qint64 handle, const QString &outcome, const QString &message)
{
    recordResult(handle, outcome, message);
}

bool ActionAudit::isLoaded() const
{
    QMutexLocker locker(&m_shared->mutex);
    return m_shared->loaded;
}

AuditChain::Verification ActionAudit::verification() const
{
    QMutexLocker locker(&m_shared->mutex);
    return m_shared->verification;
}

qint64 ActionAudit::record(const QString &actor, const QString &action, const QString &target,
                           const QJsonObject &details)
{
    AuditEntry entry;
    entry.time = m_now().toUTC();
    entry.actor = actor;
    entry.action = action;
    entry.target = target;
    entry.details = details;
    {
        QMutexLocker locker(&m_shared->mutex);
        const QDeadlineTimer deadline(LoadWaitMs);
        while (!m_shared->loaded) {
            if (!m_shared->loadedCondition.wait(&m_shared->mutex, deadline))
                return -1;
        }
        if (!m_shared->usable)
            return -1;
        entry = AuditChain::append(m_shared->hasTail ? &m_shared->tail : nullptr, std::move(entry));
        m_shared->tail = entry;
        m_shared->hasTail = true;
    }
    m_requests.insert(entry.index, Request{actor, action, target, entry.time});
    write(entry);
    return entry.index;
}

qint64 ActionAudit::recordResult(qint64 requestIndex, const QString &outcome, const QString &message)
{
    // Answered already (by the API client's hook or by hand): one result per request.
    if (!m_requests.contains(requestIndex))
        return -1;
    const Request request = m_requests.take(requestIndex);
    QJsonObject details{{QStringLiteral("request"), requestIndex}, {QStringLiteral("outcome"), outcome}};
    if (!message.isEmpty())
        details.insert(QStringLiteral("message"), message);
    const qint64 index = record(request.actor, request.action + QStringLiteral(".result"), request.target, details);
    m_requests.remove(index); // a result awaits no result of its own
    return index;
}

void ActionAudit::write(const AuditEntry &entry)
{
    std::shared_ptr<Shared> shared = m_shared;
    CacheWriter *writer = m_writer;
    QPointer<ActionAudit> guard(this);
    m_writer->post([shared, writer, guard, entry](CacheStore *store) {
        QString failure;
        AuditChain::Verification verification;
        if (!store) {
            failure = QCoreApplication::translate("ActionAudit", "The cache file is not open.");
        } else {
            // The stored entry this one links to must still be the one the chain was built on.
            QList<AuditEntry> slice;
            if (entry.index > 1) {
                Result<QList<AuditEntry>> previous = store->loadLocalAudit(entry.index - 1, 1);
                if (previous.ok() && previous->size() == 1 && previous->constFirst().index == entry.index - 1)
                    slice.append(previous->constFirst());
            }
            slice.append(entry);
            if (entry.index > 1 && slice.size() == 1) {
                verification = AuditChain::Verification{
                    false, entry.index - 2,
                    QCoreApplication::translate("ActionAudit",
                                                "Entry %1 is missing or unreadable in the cache, so entry %2 links to "
                                                "nothing stored.")
                        .arg(entry.index - 1)
                        .arg(entry.index)};
            } else {
                verification = AuditChain::verify(slice, slice.size() == 2 ? slice.constFirst().prevHash
                                                                             : AuditChain::genesisHash());
                // Positions in the whole chain: entry i sits at position i - 1.
                if (!verification.intact)
                    verification.firstBrokenIndex += entry.index - slice.size();
            }
            const Status stored = store->appendLocalAudit(entry);
            if (!stored.ok())
                failure = stored.errorMessage();
        }
        if (!verification.intact) {
            QMutexLocker locker(&shared->mutex);
            if (shared->verification.intact)
                shared->verification = verification;
        }
        QMetaObject::invokeMethod(
            writer,
            [guard, index = entry.index, failure, verification] {
                if (!guard)
                    return;
                if (!verification.intact)
                    emit guard->chainBroken(verification);
                if (failure.isEmpty())
                    emit guard->appended(index);
                else
                    emit guard->appendFailed(index, failure);
            },
            Qt::QueuedConnection);
    });
}

} // namespace warden
