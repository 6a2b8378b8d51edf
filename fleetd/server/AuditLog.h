#pragma once

#include "FleetStore.h"
#include "domain/AuditEntry.h"
#include "security/Ed25519Key.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// fleetd's side of the audit trail: appends hash-chained entries (AuditChain) to the FleetStore inside the caller's
// write scope, so an action and its audit record commit together, and signs the chain head with the Ed25519 key
// (fleet-api.md §6 GET /audit/head). Not responsible for deciding what is audited.
class AuditLog {
public:
    AuditLog(FleetStore &store, Ed25519Key key);

    // Appends one entry; call inside a FleetStore write scope.
    Result<AuditEntry> append(const QString &actor, const QString &action, const QString &target,
                              const QJsonObject &details, const QDateTime &time);

    struct SignedHead {
        qint64 index = 0;
        QByteArray hash; // 32 bytes
        QString signedAt;
        QByteArray signature; // 64 bytes, over "index:hexhash:signedAt"
    };
    SignedHead signedHead(const QDateTime &now);
    // The message a head signature covers.
    static QByteArray headMessage(qint64 index, const QByteArray &hash, const QString &signedAt);

    QByteArray publicKey() const { return m_key.publicKeyRaw(); }

private:
    FleetStore &m_store;
    Ed25519Key m_key;
};

} // namespace warden
