#include "IdentityController.h"

#include "IdentityPage.h"
#include "MainWindow.h"
#include "audit/ActionAudit.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

using namespace Qt::Literals::StringLiterals;

namespace warden {

IdentityController::IdentityController(AuditLookup audit, QObject *parent)
    : QObject(parent), m_audit(std::move(audit))
{
}

void IdentityController::installPages(MainWindow *window)
{
    window->replacePage(u"identity"_s, new IdentityPage(&m_requests, &m_credentials, this));
}

void IdentityController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    m_backends[backend].session = session;
    if (!m_order.contains(backend))
        m_order.append(backend);
    connect(session, &BackendSession::committed, this, &IdentityController::onCommitted);
    reload(backend, Both);
}

QStringList IdentityController::backends() const
{
    QStringList connected;
    for (const QString &name : m_order) {
        if (m_backends.value(name).session)
            connected.append(name);
    }
    return connected;
}

void IdentityController::onCommitted(const QString &backend, const CacheChange &change)
{
    int kinds = 0;
    if (change.joinRequests > 0 || change.replaced.contains(CacheEntity::JoinRequests))
        kinds |= Requests;
    if (change.credentials > 0 || change.replaced.contains(CacheEntity::Credentials))
        kinds |= Credentials;
    // Deletions are not told per kind; they are rare (rules, tombstones of a delta sync).
    if (change.deleted > 0)
        kinds = Both;
    if (kinds != 0)
        reload(backend, kinds);
}

void IdentityController::reload(const QString &backend, int kinds)
{
    Backend &entry = m_backends[backend];
    if (!entry.session)
        return;
    // One reload at a time per backend; changes arriving meanwhile cause exactly one more.
    if (entry.loading) {
        entry.pending |= kinds;
        return;
    }
    entry.loading = true;
    entry.pending = 0;
    queryStore<Snapshot>(
        entry.session->writer(), this,
        [kinds](CacheStore *store) {
            Snapshot snapshot;
            snapshot.kinds = kinds;
            if (kinds & Requests) {
                auto requests = store->loadJoinRequests();
                if (!requests.ok()) {
                    snapshot.error = requests.errorMessage();
                    return snapshot;
                }
                snapshot.requests = std::move(requests).value();
            }
            if (kinds & Credentials) {
                auto credentials = store->loadCredentials();
                if (!credentials.ok()) {
                    snapshot.error = credentials.errorMessage();
                    return snapshot;
                }
                snapshot.credentials = std::move(credentials).value();
            }
            return snapshot;
        },
        [this, backend](Snapshot snapshot) {
            Backend &current = m_backends[backend];
            current.loading = false;
            if (!snapshot.error.isEmpty()) {
                qCWarning(lcConsole) << "could not read join requests and credentials of" << backend << ":"
                                     << snapshot.error;
            } else {
                if (snapshot.kinds & Requests)
                    m_requests.setRequests(backend, snapshot.requests);
                if (snapshot.kinds & Credentials)
                    m_credentials.setCredentials(backend, snapshot.credentials);
                emit reloaded(backend);
            }
            if (current.pending != 0)
                reload(backend, current.pending);
        });
}

BackendSession *IdentityController::sessionFor(const QString &backend) const
{
    const auto it = m_backends.constFind(backend);
    return it == m_backends.cend() ? nullptr : it->session.data();
}

template <typename T>
void IdentityController::send(const QString &backend, const QString &action, const QString &target,
                              const QJsonObject &details, QObject *context, Reply<T> done,
                              const std::function<void(BackendSession *, Reply<T>)> &call)
{
    BackendSession *session = sessionFor(backend);
    if (!session) {
        const FleetError error(FleetError::Kind::BadRequest, tr("The backend %1 is not connected.").arg(backend));
        // Replies always arrive later, never inside the caller's stack, like network answers.
        QTimer::singleShot(0, context, [done = std::move(done), error] { done(FleetResult<T>(error)); });
        return;
    }
    ActionAudit *audit = session->api()->actionRecorder() ? nullptr : (m_audit ? m_audit(backend) : nullptr);
    if (!audit) {
        call(session, std::move(done));
        return;
    }
    const qint64 index = audit->record(session->api()->session().user, action, target, details);
    QPointer<ActionAudit> guard(audit);
    call(session, [done = std::move(done), guard, index](FleetResult<T> result) {
        if (guard && index > 0)
            guard->recordResult(index, result.ok() ? u"succeeded"_s : u"failed"_s,
                                result.ok() ? QString() : result.error().message());
        done(std::move(result));
    });
}

void IdentityController::acceptJoinRequest(const QString &backend, const QString &id, const QStringList &licenceScopes,
                                           QObject *context, Reply<JoinRequest> done)
{
    send<JoinRequest>(backend, u"admission.accept"_s, id,
                      {{u"licence_scopes"_s, QJsonArray::fromStringList(licenceScopes)}}, context, std::move(done),
                      [id, licenceScopes, context](BackendSession *session, Reply<JoinRequest> reply) {
                          session->api()->acceptJoinRequest(id, licenceScopes, context, std::move(reply));
                      });
}

void IdentityController::rejectJoinRequest(const QString &backend, const QString &id, const QString &reason,
                                           QObject *context, Reply<JoinRequest> done)
{
    send<JoinRequest>(backend, u"admission.reject"_s, id, {{u"reason"_s, reason}}, context, std::move(done),
                      [id, reason, context](BackendSession *session, Reply<JoinRequest> reply) {
                          session->api()->rejectJoinRequest(id, reason, context, std::move(reply));
                      });
}

void IdentityController::preauthorize(const QString &backend, const QList<PreauthorizeEntry> &entries,
                                      QObject *context, Reply<PreauthorizeResult> done)
{
    QJsonArray serials;
    for (const PreauthorizeEntry &entry : entries)
        serials.append(entry.serial);
    send<PreauthorizeResult>(backend, u"admission.preauthorize"_s, backend, {{u"serials"_s, serials}}, context,
                             std::move(done),
                             [entries, context](BackendSession *session, Reply<PreauthorizeResult> reply) {
                                 session->api()->preauthorize(entries, context, std::move(reply));
                             });
}

void IdentityController::rotateCredentials(const QString &backend, const QStringList &deviceIds,
                                           const QString &reason, QObject *context,
                                           Reply<QList<CredentialRotation>> done)
{
    send<QList<CredentialRotation>>(
        backend, u"credential.rotate"_s, deviceIds.size() == 1 ? deviceIds.constFirst() : backend,
        {{u"device_ids"_s, QJsonArray::fromStringList(deviceIds)}, {u"reason"_s, reason}}, context, std::move(done),
        [deviceIds, reason, context](BackendSession *session, Reply<QList<CredentialRotation>> reply) {
            session->api()->rotateCredentials(deviceIds, reason, context, std::move(reply));
        });
}

void IdentityController::revokeCredential(const QString &backend, const QString &deviceId, const QString &reason,
                                          QObject *context, Reply<DeviceCredential> done)
{
    send<DeviceCredential>(backend, u"credential.revoke"_s, deviceId, {{u"reason"_s, reason}}, context,
                           std::move(done),
                           [deviceId, reason, context](BackendSession *session, Reply<DeviceCredential> reply) {
                               session->api()->revokeCredential(deviceId, reason, context, std::move(reply));
                           });
}

void IdentityController::credentialServiced(const QString &backend, const QString &deviceId, QObject *context,
                                            Reply<DeviceCredential> done)
{
    send<DeviceCredential>(backend, u"credential.serviced"_s, deviceId, {}, context, std::move(done),
                           [deviceId, context](BackendSession *session, Reply<DeviceCredential> reply) {
                               session->api()->credentialServiced(deviceId, context, std::move(reply));
                           });
}

} // namespace warden
