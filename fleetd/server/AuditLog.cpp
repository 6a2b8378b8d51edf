#include "AuditLog.h"

#include "domain/JsonReader.h"
#include "security/AuditChain.h"

namespace warden {

AuditLog::AuditLog(FleetStore &store, Ed25519Key key) : m_store(store), m_key(std::move(key)) {}

Result<AuditEntry> AuditLog::append(const QString &actor, const QString &action, const QString &target,
                                    const QJsonObject &details, const QDateTime &time)
{
    // Read back from the store rather than cached: a rolled-back scope must not leave a phantom head behind.
    const std::optional<AuditEntry> previous = m_store.lastAudit();
    AuditEntry next;
    next.time = time.toUTC();
    next.actor = actor;
    next.action = action;
    next.target = target;
    next.details = details;
    const AuditEntry linked = AuditChain::append(previous ? &*previous : nullptr, std::move(next));
    if (const Status status = m_store.appendAudit(linked); !status)
        return status.error();
    return linked;
}

QByteArray AuditLog::headMessage(qint64 index, const QByteArray &hash, const QString &signedAt)
{
    return QByteArray::number(index) + ':' + hash.toHex() + ':' + signedAt.toUtf8();
}

AuditLog::SignedHead AuditLog::signedHead(const QDateTime &now)
{
    SignedHead head;
    const std::optional<AuditEntry> last = m_store.lastAudit();
    head.index = last ? last->index : 0;
    head.hash = last ? last->hash : AuditChain::genesisHash();
    head.signedAt = toJsonTimestamp(now).toString();
    head.signature = m_key.sign(headMessage(head.index, head.hash, head.signedAt));
    return head;
}

} // namespace warden
