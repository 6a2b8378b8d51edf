#pragma once

#include "ApprovalListModel.h"
#include "GovernanceActions.h"
#include "LicenceListModel.h"
#include "QuarantineDialog.h"
#include "QuarantineListModel.h"
#include "RuleListModel.h"
#include "cache/CacheBatch.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace warden {

class BackendSession;
class FleetApiClient;
class MainWindow;

// Feeds the Licences and Quarantine pages from every connected backend's cache (licences, approvals, rules,
// quarantined devices with who/why/since taken from the streamed audit trail and the four-eyes approvals) and
// carries their actions to the backend that owns the object. Reads only on the cache writer's thread after a
// commit, like BackendModelFeeder. Owns the models; owns no widgets.
class GovernanceController final : public QObject, public GovernanceActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GovernanceController)
public:
    explicit GovernanceController(QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // Puts the Licences and Quarantine pages, fed by this controller, into the window.
    void installPages(MainWindow *window);

    LicenceListModel *pendingLicences() { return &m_pending; }
    LicenceListModel *activeLicences() { return &m_active; }
    QuarantineListModel *quarantined() { return &m_quarantined; }
    ApprovalListModel *approvals() { return &m_approvals; }
    RuleListModel *rules() { return &m_rules; }

    // Devices of every backend matching an id or a name exactly (case-insensitive), for the quarantine dialog.
    QList<QuarantineTarget> findDevices(const QStringList &idsOrNames) const;

    QString operatorName(const QString &backend) const override;
    qint64 approveLicence(const QString &backend, const QString &id, const QStringList &scopes,
                          const QDateTime &expires, QObject *context, Reply<Licence> done) override;
    qint64 denyLicence(const QString &backend, const QString &id, const QString &reason, QObject *context,
                       Reply<Licence> done) override;
    qint64 revokeLicence(const QString &backend, const QString &id, const QString &reason, QObject *context,
                         Reply<Licence> done) override;
    qint64 quarantineDevice(const QString &backend, const QString &id, QuarantineLevel level, const QString &reason,
                            const QDateTime &expires, QObject *context, Reply<QuarantineOutcome> done) override;
    qint64 releaseDevice(const QString &backend, const QString &id, const QString &reason, QObject *context,
                         Reply<Device> done) override;
    qint64 approveApproval(const QString &backend, const QString &id, const QString &reason, QObject *context,
                           Reply<Approval> done) override;
    qint64 denyApproval(const QString &backend, const QString &id, const QString &reason, QObject *context,
                        Reply<Approval> done) override;

signals:
    // A reload of one backend's governance data reached the models.
    void reloaded(const QString &backend);

private:
    // Who quarantined a device, when and why, from the audit entry "device.quarantine".
    struct Provenance {
        QDateTime time;
        QString actor;
        QString reason;
        QDateTime expires;
    };
    struct Backend {
        QPointer<BackendSession> session;
        bool loading = false;
        bool dirty = false;
        qint64 nextAuditIndex = 0;
        QHash<QString, Provenance> provenance;
        QHash<QString, QuarantineTarget> devices;
    };
    struct Snapshot;

    void onCommitted(const QString &backend, const CacheChange &change);
    void reload(const QString &backend);
    void apply(const QString &backend, const Snapshot &snapshot);
    BackendSession *sessionFor(const QString &backend) const;
    // Sends an action to the backend that owns the object, or keeps it as a pending action while that backend is
    // unreachable (kind and payload as the offline journal records them), or fails when it is not connected.
    // Returns the console audit entry the API client recorded for the request, -1 when none was sent.
    template <typename T>
    qint64 dispatch(const QString &backend, const QString &kind, const QJsonObject &payload, QObject *context,
                    Reply<T> done, const std::function<void(FleetApiClient *, Reply<T>)> &send);

    QHash<QString, Backend> m_backends;
    LicenceListModel m_pending{LicenceListModel::Scope::Pending};
    LicenceListModel m_active{LicenceListModel::Scope::Active};
    QuarantineListModel m_quarantined;
    ApprovalListModel m_approvals;
    RuleListModel m_rules;
};

} // namespace warden
