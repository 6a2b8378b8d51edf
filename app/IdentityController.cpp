#include "IdentityController.h"

#include "IdentityPage.h"
#include "LaterReply.h"
#include "MainWindow.h"
#include "OperatorsPanel.h"
#include "PendingActionGate.h"
#include "ThreatsPage.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

using namespace Qt::Literals::StringLiterals;

namespace warden {

IdentityController::IdentityController(QObject *parent) : QObject(parent) {}

IdentityPage *IdentityController::page() const
{
    return m_page.data();
}

void IdentityController::installPages(MainWindow *window)
{
    m_page = new IdentityPage(&m_requests, &m_credentials, this);
    m_page->setOperatorAdmin(this);
    window->replacePage(u"identity"_s, m_page);
    m_window = window;
    if (auto *threats = qobject_cast<ThreatsPage *>(window->page(u"threats"_s)))
        threats->setAdmissionReview(
            [this](const QString &backend, const ThreatEvent &event) { return reviewAdmission(backend, event); });
}

QString IdentityController::reviewAdmission(const QString &backend, const ThreatEvent &event)
{
    const QString id = event.details.value(u"join_request"_s).toString();
    if (id.isEmpty())
        return tr("No join request exists for this event: %1 was seen by %2 but has not asked to join, so there is "
                  "nothing to admit. Quarantine or investigate it from the register if it should not be there.")
            .arg(event.source, event.deviceId);
    const std::optional<JoinRequest> request = m_requests.find(backend, id);
    if (!request)
        return tr("No join request %1 exists on %2 any more: it expired or was removed, so there is nothing to "
                  "review.")
            .arg(id, backend);
    if (request->state == AdmissionState::Accepted || request->state == AdmissionState::Rejected) {
        const QString decided = request->decided.isValid()
            ? QLocale().toString(request->decided.toLocalTime(), QLocale::ShortFormat)
            : QString();
        const QString by = request->decidedBy.isEmpty() ? tr("someone") : request->decidedBy;
        const QString who = decided.isEmpty() ? by : tr("%1 on %2").arg(by, decided);
        return request->state == AdmissionState::Accepted
            ? tr("Nothing to review: the join request %1 (%2) was already accepted by %3.").arg(id, request->serial, who)
            : tr("Nothing to review: the join request %1 (%2) was already rejected by %3.").arg(id, request->serial, who);
    }
    if (!m_page || !m_window)
        return tr("The Identity page is not available.");
    m_window->showPage(u"identity"_s);
    if (!m_page->showJoinRequest(backend, id))
        return tr("No join request %1 exists on %2 any more: it expired or was removed, so there is nothing to "
                  "review.")
            .arg(id, backend);
    return {};
}

void IdentityController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    m_backends[backend].session = session;
    if (!m_order.contains(backend))
        m_order.append(backend);
    connect(session, &BackendSession::committed, this, &IdentityController::onCommitted);
    // A login (or a lost session) changes whether the Operators tab is open to this operator.
    connect(session, &BackendSession::stateChanged, this, [this] {
        if (m_page && m_page->operatorsPanel() && m_page->operatorsPanel()->isVisible())
            m_page->operatorsPanel()->refresh();
    });
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
void IdentityController::dispatch(const QString &backend, const QString &kind, const QJsonObject &payload,
                                  QObject *context, Reply<T> done,
                                  const std::function<void(BackendSession *, Reply<T>)> &call)
{
    BackendSession *session = sessionFor(backend);
    if (!session) {
        replyLater<T>(context, std::move(done), notConnectedError(backend));
        return;
    }
    if (!kind.isEmpty() && keepPendingWhileOffline(session, kind, payload, context, done))
        return;
    call(session, std::move(done));
}

void IdentityController::acceptJoinRequest(const QString &backend, const QString &id, const QStringList &licenceScopes,
                                           QObject *context, Reply<JoinRequest> done)
{
    dispatch<JoinRequest>(backend, u"admission.accept"_s,
                          {{u"join_request_id"_s, id}, {u"licence_scopes"_s, QJsonArray::fromStringList(licenceScopes)}},
                          context, std::move(done),
                          [id, licenceScopes, context](BackendSession *session, Reply<JoinRequest> reply) {
                              session->api()->acceptJoinRequest(id, licenceScopes, context, std::move(reply));
                          });
}

void IdentityController::rejectJoinRequest(const QString &backend, const QString &id, const QString &reason,
                                           QObject *context, Reply<JoinRequest> done)
{
    dispatch<JoinRequest>(backend, u"admission.reject"_s, {{u"join_request_id"_s, id}, {u"reason"_s, reason}},
                          context, std::move(done),
                          [id, reason, context](BackendSession *session, Reply<JoinRequest> reply) {
                              session->api()->rejectJoinRequest(id, reason, context, std::move(reply));
                          });
}

void IdentityController::preauthorize(const QString &backend, const QList<PreauthorizeEntry> &entries,
                                      QObject *context, Reply<PreauthorizeResult> done)
{
    // Not journalled: a bulk import is simply tried again from its file once the backend is back.
    dispatch<PreauthorizeResult>(backend, QString(), {}, context, std::move(done),
                                 [entries, context](BackendSession *session, Reply<PreauthorizeResult> reply) {
                                     session->api()->preauthorize(entries, context, std::move(reply));
                                 });
}

void IdentityController::rotateCredentials(const QString &backend, const QStringList &deviceIds,
                                           const QString &reason, QObject *context,
                                           Reply<QList<CredentialRotation>> done)
{
    const QJsonObject payload{{u"device_id"_s, deviceIds.value(0)},
                              {u"device_ids"_s, QJsonArray::fromStringList(deviceIds)},
                              {u"reason"_s, reason}};
    dispatch<QList<CredentialRotation>>(
        backend, u"credential.rotate"_s, payload, context, std::move(done),
        [deviceIds, reason, context](BackendSession *session, Reply<QList<CredentialRotation>> reply) {
            session->api()->rotateCredentials(deviceIds, reason, context, std::move(reply));
        });
}

void IdentityController::revokeCredential(const QString &backend, const QString &deviceId, const QString &reason,
                                          QObject *context, Reply<DeviceCredential> done)
{
    dispatch<DeviceCredential>(backend, u"credential.revoke"_s, {{u"device_id"_s, deviceId}, {u"reason"_s, reason}},
                               context, std::move(done),
                               [deviceId, reason, context](BackendSession *session, Reply<DeviceCredential> reply) {
                                   session->api()->revokeCredential(deviceId, reason, context, std::move(reply));
                               });
}

void IdentityController::credentialServiced(const QString &backend, const QString &deviceId, QObject *context,
                                            Reply<DeviceCredential> done)
{
    dispatch<DeviceCredential>(backend, u"credential.serviced"_s, {{u"device_id"_s, deviceId}}, context,
                               std::move(done),
                               [deviceId, context](BackendSession *session, Reply<DeviceCredential> reply) {
                                   session->api()->credentialServiced(deviceId, context, std::move(reply));
                               });
}

QString IdentityController::operatorAdminRefusal(const QString &backend) const
{
    BackendSession *session = sessionFor(backend);
    if (!session)
        return tr("The backend %1 is not connected.").arg(backend);
    const LoginSession login = session->api()->session();
    if (!session->api()->isLoggedIn() || !login.isValid())
        return tr("You are not logged in to %1. Operators are listed once you log in as an administrator.")
            .arg(backend);
    if (!login.hasRole(u"admin"_s))
        return tr("Only administrators can list operators and reset their 2FA. You are logged in to %1 as %2 "
                  "(%3); ask an administrator, or log in with an admin account.")
            .arg(backend, login.user, login.roles.join(u", "_s));
    return {};
}

void IdentityController::listOperators(const QString &backend, QObject *context, Reply<QList<OperatorAccount>> done)
{
    dispatch<QList<OperatorAccount>>(backend, QString(), {}, context, std::move(done),
                                     [context](BackendSession *session, Reply<QList<OperatorAccount>> reply) {
                                         session->api()->operators(context, std::move(reply));
                                     });
}

void IdentityController::resetOperatorTotp(const QString &backend, const QString &user, const QString &reason,
                                           QObject *context, Reply<TotpReset> done)
{
    BackendSession *session = sessionFor(backend);
    if (session && !session->journal()->isOnline()) {
        replyLater<TotpReset>(
            context, std::move(done),
            FleetError(FleetError::Kind::ServerUnreachable,
                       tr("%1 is unreachable, so nothing was sent. A 2FA reset is not kept as a pending action: the "
                          "new secret exists only in the backend's answer. Reset again once %1 is back.")
                           .arg(backend)));
        return;
    }
    dispatch<TotpReset>(backend, QString(), {}, context, std::move(done),
                        [user, reason, context](BackendSession *owner, Reply<TotpReset> reply) {
                            owner->api()->resetOperatorTotp(user, reason, context, std::move(reply));
                        });
}

} // namespace warden
