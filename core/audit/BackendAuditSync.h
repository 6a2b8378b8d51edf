#pragma once

#include "audit/AuditChainLoader.h"
#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace warden {

class CacheWriter;
class FleetApiClient;

// What the console knows about one backend's audit chain: the cached chain and its verification, the last signed
// head and whether it checks out against the pinned key.
struct BackendAuditState {
    QString backend;
    LoadedAuditChain chain;
    std::optional<AuditHead> head;
    QByteArray pinnedKey;  // trusted on first use, kept in the cache meta "audit_public_key"
    QByteArray offeredKey; // the key the backend announces now, when it differs from the pinned one
    bool headVerified = false;
    QString headProblem; // why the head is not verified; empty when it is
    QString fetchError;  // the last fetch's failure, empty when it succeeded

    bool keyChanged() const { return !offeredKey.isEmpty(); }
};

// Brings a backend's audit chain into its cache and checks it: GET /info for the signing key (pinned on first use in
// the cache meta "audit_public_key"; a different key later is reported, never adopted), GET /audit/head for the
// signed head (kept in the cache meta "audit_head"), GET /audit paged from the first entry the cache lacks up to the
// head, CacheStore::appendBackendAudit, then AuditChainLoader + Ed25519 over the head on the writer's thread.
// Not responsible for the console's own chain (ActionAudit) or for showing anything.
class BackendAuditSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendAuditSync)

public:
    static constexpr int PageLimit = 1000;

    BackendAuditSync(FleetApiClient *api, CacheWriter *writer, const QString &backend, QObject *parent = nullptr);

    // Fetches what is missing, then verifies; updated() follows (with fetchError set when the network failed).
    void refresh();
    // Verifies what the cache holds, without the network.
    void reload();
    bool isBusy() const { return m_busy; }
    const BackendAuditState &state() const { return m_state; }

    static QString pinnedKeyMetaKey() { return QStringLiteral("audit_public_key"); }
    static QString headMetaKey() { return QStringLiteral("audit_head"); }

signals:
    void updated(const warden::BackendAuditState &state);

private:
    void fetchHead(const QByteArray &announcedKey);
    void fetchFrom(qint64 fromIndex, qint64 headIndex);
    void verify(const QByteArray &announcedKey, const std::optional<AuditHead> &freshHead, const QString &fetchError);
    void fail(const FleetError &error);

    FleetApiClient *m_api;
    CacheWriter *m_writer;
    BackendAuditState m_state;
    QByteArray m_announcedKey;
    std::optional<AuditHead> m_freshHead;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace warden

Q_DECLARE_METATYPE(warden::BackendAuditState)
