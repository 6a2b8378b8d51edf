#pragma once

#include "UpdatesActions.h"
#include "UpdatesPage.h"
#include "cache/CacheBatch.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace warden {

class BackendSession;
class DeviceRegisterModel;
class MainWindow;

// Connects the Updates page to one backend: reads firmware and campaigns from the backend's cache after every
// commit that touched them (on the cache writer's thread), refreshes work orders while campaigns move, sends the
// page's actions through the session's API client, and routes "show these devices" to the register page.
class UpdatesController final : public QObject, public UpdatesActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesController)
public:
    UpdatesController(BackendSession *session, DeviceRegisterModel *devices, MainWindow *window,
                      QObject *parent = nullptr);

    UpdatesPage *page() const { return m_page; }

    void createCampaign(const CampaignRequest &request, QObject *context, Reply<Campaign> done) override;
    void campaignAction(const QString &id, CampaignAction action, QObject *context, Reply<Campaign> done) override;
    void workOrders(QObject *context, Reply<QList<WorkOrder>> done) override;
    void completeWorkOrder(const QString &deviceId, const QString &firmwareVersion, QObject *context,
                           Reply<Device> done) override;

private:
    void onCommitted(const QString &backend, const CacheChange &change);
    void reload();
    void showDevices(const QString &filter);

    BackendSession *m_session;
    MainWindow *m_window;
    QPointer<UpdatesPage> m_page;
    QTimer *m_workOrderTimer;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace warden
