#pragma once

#include "DeviceCampaignsView.h"
#include "UpdatesActions.h"
#include "UpdatesPage.h"
#include "cache/CacheBatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace warden {

class BackendSession;
class DeviceRegisterModel;
class MainWindow;

// Connects the Updates page to every attached backend: reads each backend's firmware and campaigns from its cache
// after every commit that touched them (on that cache writer's thread), refreshes work orders while campaigns move,
// sends the page's actions to the backend that owns the campaign or device, adds the "Updates" tab (the campaigns
// that targeted a device) to the register's device panel, and routes "show these devices" and "open this campaign"
// between the register and the Updates page.
class UpdatesController final : public QObject, public UpdatesActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesController)
public:
    UpdatesController(DeviceRegisterModel *devices, MainWindow *window, QObject *parent = nullptr);

    // Lists the backend on the Updates page and follows its cache.
    void attachSession(BackendSession *session);

    UpdatesPage *page() const { return m_page; }
    // The register panel's tab; null when the register page is not there.
    DeviceCampaignsView *deviceCampaignsView() const { return m_deviceView; }
    // Shows a campaign of a backend on the Updates page (from the register's device panel).
    bool openCampaign(const QString &backend, const QString &campaignId);

    void createCampaign(const QString &backend, const CampaignRequest &request, QObject *context,
                        Reply<Campaign> done) override;
    void campaignAction(const QString &backend, const QString &id, CampaignAction action, QObject *context,
                        Reply<Campaign> done) override;
    void workOrders(const QString &backend, QObject *context, Reply<QList<WorkOrder>> done) override;
    void completeWorkOrder(const QString &backend, const QString &deviceId, const QString &firmwareVersion,
                           QObject *context, Reply<Device> done) override;
    void campaignWaves(const QString &backend, const QString &id, QObject *context,
                       Reply<QList<CampaignWaveStatus>> done) override;
    void campaignDevices(const QString &backend, const QString &id, const CampaignDeviceQuery &query,
                         QObject *context, Reply<Page<CampaignDeviceState>> done) override;
    void deviceCampaigns(const QString &backend, const QString &deviceId, const QString &cursor, QObject *context,
                         Reply<Page<DeviceCampaignState>> done) override;

private:
    struct Follow {
        QPointer<BackendSession> session;
        bool loading = false;
        bool dirty = false;
    };

    void onCommitted(const QString &backend, const CacheChange &change);
    void reload(const QString &backend);
    void showDevices(const QString &filter);
    void showDevice(const QString &backend, const QString &deviceId);
    void addDeviceTab();
    void followDevicePanel();
    // The session of a backend, or a reply (later, on context) saying it is not connected.
    template <typename T> BackendSession *sessionOr(const QString &backend, QObject *context, Reply<T> &done);

    DeviceRegisterModel *m_devices;
    MainWindow *m_window;
    QPointer<UpdatesPage> m_page;
    QPointer<DeviceCampaignsView> m_deviceView;
    QTimer *m_workOrderTimer;
    QHash<QString, Follow> m_follow;
};

} // namespace warden
