#include "GovernanceController.h"

#include "LaterReply.h"
#include "LicencesPage.h"
#include "MainWindow.h"
#include "PendingActionGate.h"
#include "QuarantinePage.h"
#include "audit/ActionAudit.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

using namespace Qt::Literals::StringLiterals;

struct GovernanceController::Snapshot {
    QList<Device> devices;
    QList<Licence> licences;
    QList<Approval> approvals;
    QList<Rule> rules;
    QList<AuditEntry> audit; // new entries since the last reload
    QString error;
};

GovernanceController::GovernanceController(QObject *parent) : QObject(parent) {}

void GovernanceController::installPages(MainWindow *window)
{
    window->replacePage(QStringLiteral("licences"), new LicencesPage(&m_pending, &m_active, this));
    window->replacePage(QStringLiteral("quarantine"),
                        new QuarantinePage(&m_quarantined, &m_approvals, &m_rules, this,
                                           [this](const QStringList &idsOrNames) { return findDevices(idsOrNames); }));
}

void GovernanceController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    Backend &entry = m_backends[backend];
    entry.session = session;
    connect(session, &BackendSession::committed, this, &GovernanceController::onCommitted);
    FleetApiClient *api = session->api();
    connect(api, &FleetApiClient::sessionChanged, this, [this, backend, api] {
        m_approvals.setOperator(backend, api->session().user);
    });
    m_approvals.setOperator(backend, api->session().user);
    reload(backend);
}

void GovernanceController::onCommitted(const QString &backend, const CacheChange &change)
{
    const QList<CacheEntity> kinds{CacheEntity::Devices, CacheEntity::Licences, CacheEntity::Approvals,
                                   CacheEntity::Rules};
    const bool replaced = std::any_of(kinds.cbegin(), kinds.cend(),
                                      [&change](CacheEntity kind) { return change.replaced.contains(kind); });
    if (replaced || change.devices > 0 || change.licences > 0 || change.approvals > 0 || change.rules > 0
        || change.backendAudit > 0 || change.deleted > 0 || !change.deletedDeviceIds.isEmpty())
        reload(backend);
}

void GovernanceController::reload(const QString &backend)
{
    Backend &entry = m_backends[backend];
    if (!entry.session)
        return;
    // One reload at a time per backend; changes arriving meanwhile cause exactly one more.
    if (entry.loading) {
        entry.dirty = true;
        return;
    }
    entry.loading = true;
    entry.dirty = false;
    const qint64 fromAudit = entry.nextAuditIndex;
    queryStore<Snapshot>(
        entry.session->writer(), this,
        [fromAudit](CacheStore *store) {
            Snapshot snapshot;
            auto devices = store->loadDevices();
            auto licences = store->loadLicences();
            auto approvals = store->loadApprovals();
            auto rules = store->loadRules();
            auto audit = store->loadBackendAudit(fromAudit);
            if (!devices.ok() || !licences.ok() || !approvals.ok() || !rules.ok() || !audit.ok()) {
                snapshot.error = !devices.ok()     ? devices.errorMessage()
                                 : !licences.ok()  ? licences.errorMessage()
                                 : !approvals.ok() ? approvals.errorMessage()
                                 : !rules.ok()     ? rules.errorMessage()
                                                   : audit.errorMessage();
                return snapshot;
            }
            snapshot.devices = std::move(devices).value();
            snapshot.licences = std::move(licences).value();
            snapshot.approvals = std::move(approvals).value();
            snapshot.rules = std::move(rules).value();
            snapshot.audit = std::move(audit).value();
            return snapshot;
        },
        [this, backend](Snapshot snapshot) {
            Backend &current = m_backends[backend];
            current.loading = false;
            if (!snapshot.error.isEmpty())
                qCWarning(lcConsole) << "could not read licences and approvals of" << backend << ":" << snapshot.error;
            else
                apply(backend, snapshot);
            if (current.dirty)
                reload(backend);
        });
}

void GovernanceController::apply(const QString &backend, const Snapshot &snapshot)
{
    Backend &entry = m_backends[backend];
    for (const AuditEntry &audit : snapshot.audit) {
        entry.nextAuditIndex = std::max(entry.nextAuditIndex, audit.index + 1);
        if (audit.action == u"device.quarantine") {
            Provenance p;
            p.time = audit.time;
            p.actor = audit.actor;
            p.reason = audit.details.value(u"reason"_s).toString();
            const QString rule = audit.details.value(u"rule_id"_s).toString();
            if (!rule.isEmpty() && !p.actor.startsWith(u"rule:"))
                p.actor = u"rule:"_s + rule;
            p.expires = QDateTime::fromString(audit.details.value(u"expires"_s).toString(), Qt::ISODateWithMs);
            entry.provenance.insert(audit.target, p);
        } else if (audit.action == u"device.release") {
            entry.provenance.remove(audit.target);
        }
    }
    // Four-eyes quarantines: the approval names who asked; the audit entry names who approved (the actor).
    QHash<QString, const Approval *> approvedQuarantine;
    for (const Approval &approval : snapshot.approvals)
        if (approval.kind == ApprovalKind::Quarantine && approval.state == ApprovalState::Approved)
            approvedQuarantine.insert(approval.action.value(u"device_id"_s).toString(), &approval);

    QHash<QString, LicenceDevice> licenceDevices;
    QList<QuarantineListModel::Row> rows;
    entry.devices.clear();
    for (const Device &device : snapshot.devices) {
        entry.devices.insert(device.id, QuarantineTarget::fromDevice(backend, device));
        licenceDevices.insert(device.id, LicenceDevice{device.name, device.deviceClass, device.riskScore,
                                                       device.capabilities.safetyCritical});
        if (device.quarantine == QuarantineLevel::None)
            continue;
        QuarantineListModel::Row row;
        row.backend = backend;
        row.deviceId = device.id;
        row.deviceName = device.name;
        row.deviceClass = device.deviceClass;
        row.safetyCritical = device.capabilities.safetyCritical;
        row.level = device.quarantine;
        const auto known = entry.provenance.constFind(device.id);
        const Approval *approval = approvedQuarantine.value(device.id);
        if (known != entry.provenance.cend()) {
            row.since = known->time;
            row.actor = known->actor;
            row.reason = known->reason;
            row.expires = known->expires;
        }
        if (approval && (row.since.isNull() || approval->decided >= row.since.addSecs(-5))) {
            row.actor = approval->requestedBy;
            row.approvedBy = approval->decidedBy;
            if (row.reason.isEmpty())
                row.reason = approval->action.value(u"reason"_s).toString();
            if (row.since.isNull())
                row.since = approval->decided;
        }
        rows.append(row);
    }
    m_quarantined.setDevices(backend, rows);
    m_pending.setLicences(backend, snapshot.licences, licenceDevices);
    m_active.setLicences(backend, snapshot.licences, licenceDevices);
    m_approvals.setApprovals(backend, snapshot.approvals);
    m_rules.setRules(backend, snapshot.rules);
    emit reloaded(backend);
}

QList<QuarantineTarget> GovernanceController::findDevices(const QStringList &idsOrNames) const
{
    QList<QuarantineTarget> found;
    for (const QString &wanted : idsOrNames) {
        const QString key = wanted.trimmed();
        if (key.isEmpty())
            continue;
        for (const Backend &entry : m_backends) {
            if (const auto it = entry.devices.constFind(key); it != entry.devices.cend()) {
                found.append(*it);
                continue;
            }
            for (const QuarantineTarget &target : entry.devices)
                if (target.name.compare(key, Qt::CaseInsensitive) == 0)
                    found.append(target);
        }
    }
    return found;
}

BackendSession *GovernanceController::sessionFor(const QString &backend) const
{
    const auto it = m_backends.constFind(backend);
    return it == m_backends.cend() ? nullptr : it->session.data();
}

QString GovernanceController::operatorName(const QString &backend) const
{
    BackendSession *session = sessionFor(backend);
    return session ? session->api()->session().user : QString();
}

namespace {
// The wire form of an optional expiry in journal payloads (empty = none), as OfflineJournal reads it back.
QString expiryText(const QDateTime &expires)
{
    return expires.isValid() ? expires.toString(Qt::ISODateWithMs) : QString();
}
} // namespace

template <typename T>
qint64 GovernanceController::dispatch(const QString &backend, const QString &kind, const QJsonObject &payload,
                                      QObject *context, Reply<T> done,
                                      const std::function<void(FleetApiClient *, Reply<T>)> &send)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done)
        || keepPendingWhileOffline(session, kind, payload, context, done))
        return -1;
    // The API client's hook (the backend's ActionAudit) records the request; the page is told the entry.
    return ActionAudit::requestEntry(qobject_cast<ActionAudit *>(session->api()->actionRecorder()),
                                     [&] { send(session->api(), std::move(done)); });
}

qint64 GovernanceController::approveLicence(const QString &backend, const QString &id, const QStringList &scopes,
                                            const QDateTime &expires, QObject *context, Reply<Licence> done)
{
    const QJsonObject payload{{u"licence_id"_s, id},
                              {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                              {u"expires"_s, expiryText(expires)}};
    return dispatch<Licence>(backend, u"licence.approve"_s, payload, context, std::move(done),
                             [&](FleetApiClient *api, Reply<Licence> reply) {
                                 api->approveLicence(id, scopes, expires, context, std::move(reply));
                             });
}

qint64 GovernanceController::denyLicence(const QString &backend, const QString &id, const QString &reason,
                                         QObject *context, Reply<Licence> done)
{
    return dispatch<Licence>(backend, u"licence.deny"_s, {{u"licence_id"_s, id}, {u"reason"_s, reason}}, context,
                             std::move(done), [&](FleetApiClient *api, Reply<Licence> reply) {
                                 api->denyLicence(id, reason, context, std::move(reply));
                             });
}

qint64 GovernanceController::revokeLicence(const QString &backend, const QString &id, const QString &reason,
                                           QObject *context, Reply<Licence> done)
{
    return dispatch<Licence>(backend, u"licence.revoke"_s, {{u"licence_id"_s, id}, {u"reason"_s, reason}}, context,
                             std::move(done), [&](FleetApiClient *api, Reply<Licence> reply) {
                                 api->revokeLicence(id, reason, context, std::move(reply));
                             });
}

qint64 GovernanceController::quarantineDevice(const QString &backend, const QString &id, QuarantineLevel level,
                                              const QString &reason, const QDateTime &expires, QObject *context,
                                              Reply<QuarantineOutcome> done)
{
    const QJsonObject payload{{u"device_id"_s, id},
                              {u"level"_s, toString(level)},
                              {u"reason"_s, reason},
                              {u"expires"_s, expiryText(expires)}};
    return dispatch<QuarantineOutcome>(backend, u"device.quarantine"_s, payload, context, std::move(done),
                                       [&](FleetApiClient *api, Reply<QuarantineOutcome> reply) {
                                           api->quarantineDevice(id, level, reason, expires, context, std::move(reply));
                                       });
}

qint64 GovernanceController::releaseDevice(const QString &backend, const QString &id, const QString &reason,
                                           QObject *context, Reply<Device> done)
{
    return dispatch<Device>(backend, u"device.release"_s, {{u"device_id"_s, id}, {u"reason"_s, reason}}, context,
                            std::move(done), [&](FleetApiClient *api, Reply<Device> reply) {
                                api->releaseDevice(id, reason, context, std::move(reply));
                            });
}

qint64 GovernanceController::approveApproval(const QString &backend, const QString &id, const QString &reason,
                                             QObject *context, Reply<Approval> done)
{
    return dispatch<Approval>(backend, u"approval.approve"_s, {{u"approval_id"_s, id}, {u"reason"_s, reason}}, context,
                              std::move(done), [&](FleetApiClient *api, Reply<Approval> reply) {
                                  api->approveApproval(id, reason, context, std::move(reply));
                              });
}

qint64 GovernanceController::denyApproval(const QString &backend, const QString &id, const QString &reason,
                                          QObject *context, Reply<Approval> done)
{
    return dispatch<Approval>(backend, u"approval.deny"_s, {{u"approval_id"_s, id}, {u"reason"_s, reason}}, context,
                              std::move(done), [&](FleetApiClient *api, Reply<Approval> reply) {
                                  api->denyApproval(id, reason, context, std::move(reply));
                              });
}

} // namespace warden
