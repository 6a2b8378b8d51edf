#pragma once

#include "CredentialModel.h"
#include "IdentityActions.h"
#include "JoinRequestModel.h"
#include "OperatorAdminActions.h"
#include "cache/CacheBatch.h"
#include "domain/ThreatEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace warden {

class BackendSession;
class IdentityPage;
class MainWindow;

// Feeds the Identity page from every connected backend's cache (join requests and credentials, reloaded on the
// cache writer's thread after a commit that touched them) and carries its actions to the backend that owns the
// object; while that backend is unreachable they are kept in its offline journal (PendingActionGate) to be confirmed
// later. Also serves the Operators tab (operator list and 2FA reset, admins only). Every action is audited by the API
// client's action recorder. Owns the models; owns no widgets.
class IdentityController final : public QObject, public IdentityActions, public OperatorAdminActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityController)
public:
    // Both interfaces name the same reply type.
    template <typename T>
    using Reply = IdentityActions::Reply<T>;

    explicit IdentityController(QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // Puts the Identity page, fed by this controller, into the window.
    void installPages(MainWindow *window);

    IdentityPage *page() const;
    // The Threats feed's link for a "new unknown device" event: opens the Identity page on the join request the event
    // names (same backend) and returns an empty text, or returns a plain sentence saying why there is nothing to
    // review (the event names no request, the request was decided already, or it no longer exists).
    QString reviewAdmission(const QString &backend, const ThreatEvent &event);
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

    QStringList operatorBackends() const override { return backends(); }
    QString operatorAdminRefusal(const QString &backend) const override;
    void listOperators(const QString &backend, QObject *context, Reply<QList<OperatorAccount>> done) override;
    // Never journalled: the new secret exists only in the backend's answer, so a reset kept for later could not show
    // it to anyone. While the backend is unreachable the reset is refused, saying so.
    void resetOperatorTotp(const QString &backend, const QString &user, const QString &reason, QObject *context,
                           Reply<TotpReset> done) override;

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
    // Fails (later, like a network answer) without a session; keeps the action as pending (journal kind, payload)
    // while the backend is unreachable; otherwise sends it through call().
    template <typename T>
    void dispatch(const QString &backend, const QString &kind, const QJsonObject &payload, QObject *context,
                  Reply<T> done, const std::function<void(BackendSession *, Reply<T>)> &call);

    QPointer<IdentityPage> m_page;
    QPointer<MainWindow> m_window;
    QHash<QString, Backend> m_backends;
    QStringList m_order; // backends in the order they were attached
    JoinRequestModel m_requests;
    CredentialModel m_credentials;
};

} // namespace warden
