#pragma once

#include "RegisterActions.h"
#include "RevokeLicencesDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace warden {

class BackendSession;
class CampaignWizard;
class ConsoleController;
class DeviceRegisterModel;
class GovernanceActions;
class LicenceListModel;
class MainWindow;

// Carries the register page's actions to the backend that owns each device and to the pages that own the other
// actions: edits, create and disable/enable through the session's API client (whose hook records each request and
// result in that backend's console audit chain; the page is told the entry); the detail panel's history from the backend's cache; a selection
// handed to the quarantine page's dialog, the campaign wizard, or revoked after RevokeLicencesDialog.
// Owns no widgets except the dialogs it opens.
class RegisterController final : public QObject, public RegisterActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterController)
public:
    using RevokeDialogRunner = std::function<bool(RevokeLicencesDialog &dialog)>;

    RegisterController(ConsoleController *console, MainWindow *window, DeviceRegisterModel *devices,
                       GovernanceActions *governance, LicenceListModel *activeLicences, QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // Tests answer the revoke dialog through this.
    void setRevokeDialogRunner(RevokeDialogRunner runner) { m_runRevokeDialog = std::move(runner); }

    qint64 editDevice(const QString &backend, const QString &deviceId, const DevicePatch &patch, QObject *context,
                      Reply<Device> done) override;
    qint64 setDeviceDisabled(const QString &backend, const QString &deviceId, bool disabled, const QString &reason,
                             QObject *context, Reply<Device> done) override;
    qint64 createDevice(const QString &backend, const Device &device, QObject *context, Reply<Device> done) override;
    void deviceHistory(const QString &backend, const QString &deviceId, QObject *context,
                       Reply<DeviceHistory> done) override;
    void quarantine(const QList<QuarantineTarget> &devices) override;
    void pushUpdate(const QString &backend, const QString &targetFilter) override;
    void pushUpdateToDevices(const QString &backend, const QStringList &deviceIds) override;
    void revokeLicences(const QList<QuarantineTarget> &devices, QObject *context,
                        std::function<void(const SelectionOutcome &)> done) override;
    void assessImpact(const QString &backend, const QStringList &deviceIds, QObject *context,
                      std::function<void(ImpactAnswer)> done) override;
    void showImpactOnTopology(const ImpactReport &report) override;

private:
    // Opens the campaign wizard on backend over the Updates page (null, and the register says why, when it cannot).
    CampaignWizard *openCampaignWizard(const QString &backend);
    BackendSession *sessionFor(const QString &backend) const;
    // Runs call (an API request, or a governance action that sends one) and returns the console audit entry the API
    // client's hook recorded for it, -1 when none was (nothing sent, or the audit cannot be written).
    qint64 send(const QString &backend, const std::function<void()> &call);

    ConsoleController *m_console;
    MainWindow *m_window;
    DeviceRegisterModel *m_devices;
    GovernanceActions *m_governance;
    LicenceListModel *m_activeLicences;
    QHash<QString, QPointer<BackendSession>> m_sessions;
    RevokeDialogRunner m_runRevokeDialog;
};

} // namespace warden
