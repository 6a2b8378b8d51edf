#include "audit/BackendAuditSync.h"

#include "audit/AuditProof.h"
#include "cache/CacheWriter.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace warden {

namespace {

QString fingerprint(const QByteArray &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

// Index of the first entry the cache does not hold, counting from entry 1.
qint64 firstMissingIndex(CacheStore *store)
{
    if (!store)
        return 1;
    Result<QList<AuditEntry>> entries = store->loadBackendAudit();
    if (!entries.ok())
        return 1;
    qint64 expected = 1;
    for (const AuditEntry &entry : std::as_const(entries.value())) {
        if (entry.index != expected)
            break;
        ++expected;
    }
    return expected;
}

} // namespace

BackendAuditSync::BackendAuditSync(FleetApiClient *api, CacheWriter *writer, const QString &backend, QObject *parent)
    : QObject(parent), m_api(api), m_writer(writer)
{
    m_state.backend = backend;
}

void BackendAuditSync::refresh()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    m_api->info(this, [this](FleetResult<BackendInfo> info) {
        if (!info.ok())
            return fail(info.error());
        fetchHead(info->auditPublicKey);
    });
}

void BackendAuditSync::reload()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    verify({}, std::nullopt, {});
}

void BackendAuditSync::fetchHead(const QByteArray &announcedKey)
{
    m_announcedKey = announcedKey;
    m_api->auditHead(this, [this](FleetResult<AuditHead> head) {
        if (!head.ok())
            return fail(head.error());
        m_freshHead = head.value();
        const qint64 headIndex = head->index;
        queryStore<qint64>(
            m_writer, this, [](CacheStore *store) { return firstMissingIndex(store); },
            [this, headIndex](qint64 from) { fetchFrom(from, headIndex); });
    });
}

void BackendAuditSync::fetchFrom(qint64 fromIndex, qint64 headIndex)
{
    if (fromIndex > headIndex)
        return verify(m_announcedKey, m_freshHead, {});
    m_api->audit(fromIndex, PageLimit, this, [this, headIndex](FleetResult<AuditRange> page) {
        if (!page.ok())
            return fail(page.error());
        if (page->items.isEmpty())
            return verify(m_announcedKey, m_freshHead, {});
        const qint64 next = page->items.constLast().index + 1;
        const QList<AuditEntry> items = page->items;
        queryStore<QString>(
            m_writer, this,
            [items](CacheStore *store) {
                if (!store)
                    return QCoreApplication::translate("BackendAuditSync", "The cache file is not open.");
                const Status stored = store->appendBackendAudit(items);
                return stored.ok() ? QString() : stored.errorMessage();
            },
            [this, next, headIndex](const QString &error) {
                // A refused page (the backend rewrote an entry we hold) is itself the finding: verify and show it.
                if (!error.isEmpty())
                    return verify(m_announcedKey, m_freshHead, error);
                fetchFrom(next, headIndex);
            });
    });
}

void BackendAuditSync::fail(const FleetError &error)
{
    verify({}, std::nullopt, error.message());
}

void BackendAuditSync::verify(const QByteArray &announcedKey, const std::optional<AuditHead> &freshHead,
                              const QString &fetchError)
{
    const QString backend = m_state.backend;
    queryStore<BackendAuditState>(
        m_writer, this,
        [backend, announcedKey, freshHead, fetchError](CacheStore *store) {
            BackendAuditState state;
            state.backend = backend;
            state.fetchError = fetchError;
            if (!store) {
                state.fetchError = tr("The cache file is not open.");
                return state;
            }
            Result<QString> pinned = store->meta(BackendAuditSync::pinnedKeyMetaKey());
            if (pinned.ok() && !pinned->isEmpty())
                state.pinnedKey = QByteArray::fromBase64(pinned->toLatin1());
            if (state.pinnedKey.isEmpty() && announcedKey.size() == 32) {
                // Trust on first use: later keys are compared with this one.
                if (store->setMeta(BackendAuditSync::pinnedKeyMetaKey(), QString::fromLatin1(announcedKey.toBase64()))
                        .ok())
                    state.pinnedKey = announcedKey;
            } else if (!announcedKey.isEmpty() && announcedKey != state.pinnedKey) {
                state.offeredKey = announcedKey;
            }
            if (freshHead) {
                state.head = freshHead;
                (void)store->setMeta(BackendAuditSync::headMetaKey(),
                                     QString::fromUtf8(QJsonDocument(auditHeadToJson(*freshHead)).toJson(
                                         QJsonDocument::Compact)));
            } else if (Result<QString> stored = store->meta(BackendAuditSync::headMetaKey());
                       stored.ok() && !stored->isEmpty()) {
                Result<AuditHead> head = AuditHead::fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
                if (head.ok())
                    state.head = std::move(head).value();
            }
            Result<LoadedAuditChain> chain = AuditChainLoader::load(*store, AuditChainKind::Backend);
            if (!chain.ok()) {
                state.fetchError = chain.errorMessage();
                return state;
            }
            state.chain = std::move(chain).value();

            if (!state.head) {
                state.headProblem = tr("No signed head has been fetched from the backend yet.");
            } else if (state.keyChanged()) {
                state.headProblem = tr("The backend now signs with key %1, but key %2 was pinned on first use: the "
                                       "backend was replaced or its key was changed. The head is not trusted.")
                                        .arg(fingerprint(state.offeredKey), fingerprint(state.pinnedKey));
            } else if (state.pinnedKey.isEmpty()) {
                state.headProblem = tr("The backend has not announced an audit signing key.");
            } else if (!auditHeadSignatureValid(*state.head, state.pinnedKey)) {
                state.headProblem = tr("The signature of head entry %1 does not match the pinned key %2.")
                                        .arg(state.head->index)
                                        .arg(fingerprint(state.pinnedKey));
            } else {
                const qint64 position = state.head->index - 1;
                const QList<AuditEntry> &entries = state.chain.entries;
                if (state.head->index == 0) {
                    state.headVerified = entries.isEmpty();
                } else if (position >= entries.size() || entries.at(position).index != state.head->index) {
                    state.headProblem =
                        tr("Entry %1, which the backend signed, is not in the cache yet.").arg(state.head->index);
                } else if (entries.at(position).hash != state.head->hash) {
                    state.headProblem = tr("Entry %1 in the cache does not have the hash the backend signed.")
                                            .arg(state.head->index);
                } else {
                    state.headVerified = true;
                }
            }
            return state;
        },
        [this](BackendAuditState state) {
            m_state = std::move(state);
            m_busy = false;
            emit updated(m_state);
            if (m_again)
                refresh();
        });
}

} // namespace warden
