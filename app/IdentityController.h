#pragma once

#include "CredentialModel.h"
#include "IdentityActions.h"
#include "JoinRequestModel.h"
#include "cache/CacheBatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace warden {

class ActionAudit;
class BackendSession;
class MainWindow;

// Feeds the Identity page from every connected backend's cache (join requests and credentials, reloaded on the
// cache writer's thread after a commit that touched them) and carries its actions to the backend that owns the
// object. Actions are audited by the API client's action recorder; when a client has none, this controller records
// them in the backend's ActionAudit itself, so nothing is ever sent unrecorded. Owns the models; owns no widgets.
class IdentityController final : public QObject, public IdentityActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityController)
public:
    using AuditLookup = std::function<ActionAudit *(const QString &backend)>;

    explicit IdentityController(AuditLookup audit, QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // Puts the Identity page, fed by this controller, into the window.
    void installPages(MainWindow *window);

    JoinRequestModel *requests() { return &m_requests; }
    CredentialModel *credentials() { return &m_credentials; }

    QStringList backends() const override;
    void acceptJoinRequest(const QString &backend, const QString &id, const QStringList &licenceScopes,
                           QObject *context, Reply<JoinRequest> done) override;
    void rejectJoinRequest(const QString &backend, const QString &id, const QString &reason, QObject *context,
                           Reply<JoinRequest> done) override;
    void preauthorize(const QString &backend, const QList<PreauthorizeEntry> &entries, QObject *context,
                      Reply<PreauthorizeResult> done) override;
    void rotateCredentials(const QString &backend, const QStringList &deviceIds, const QString &reason,
                           QObject *context, Reply<QList<CredentialRotation>> done) override;
    void revokeCredential(const QString &backend, const QString &deviceId, const QString &reason, QObject *context,
                          Reply<DeviceCredential> done) override;
    void credentialServiced(const QString &backend, const QString &deviceId, QObject *context,
                            Reply<DeviceCredential> done) override;

signals:
    // A reload of one backend's identity data reached the models.
    void reloaded(const QString &backend);

private:
    // Which tables a reload reads: a fleet has 100 000 credentials and a join request arrives every minute, so
    // each kind is read only when it changed.
    enum Kind { Requests = 1, Credentials = 2, Both = Requests | Credentials };
    struct Backend {
        QPointer<BackendSession> session;
        bool loading = false;
        int pending = 0; // kinds changed while a reload ran
    };
    struct Snapshot {
        int kinds = 0;
        QList<JoinRequest> requests;
        QList<DeviceCredential> credentials;
        QString error;
    };

    void onCommitted(const QString &backend, const CacheChange &change);
    void reload(const QString &backend, int kinds);
    BackendSession *sessionFor(const QString &backend) const;
    // Sends the action through call(), recording it (and its outcome) in the backend's ActionAudit when the API
    // client does not record actions itself. Fails at once, later, without a session.
    template <typename T>
    void send(const QString &backend, const QString &action, const QString &target, const QJsonObject &details,
              QObject *context, Reply<T> done, const std::function<void(BackendSession *, Reply<T>)> &call);

    AuditLookup m_audit;
    QHash<QString, Backend> m_backends;
    QStringList m_order; // backends in the order they were attached
    JoinRequestModel m_requests;
    CredentialModel m_credentials;
};

} // namespace warden
