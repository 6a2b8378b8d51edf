#include "UpdatesController.h"

#include "DeviceCampaignsView.h"
#include "DeviceDetailPanel.h"
#include "MainWindow.h"
#include "PendingActionGate.h"
#include "RegisterPage.h"
#include "UpdatesPage.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QLoggingCategory>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

using namespace Qt::Literals::StringLiterals;

namespace {
// Campaign progress commits arrive every few seconds while waves run; work orders follow at this pace at most.
constexpr int WorkOrderRefreshMs = 3000;

struct Catalogue {
    QList<Firmware> firmware;
    QList<Campaign> campaigns;
    QHash<QString, QString> siteZones; // site id -> time zone, for per-site maintenance windows
    QString error;
};
} // namespace

UpdatesController::UpdatesController(DeviceRegisterModel *devices, MainWindow *window, QObject *parent)
    : QObject(parent),
      m_devices(devices),
      m_window(window),
      m_page(new UpdatesPage(devices, this)),
      m_workOrderTimer(new QTimer(this))
{
    m_window->replacePage(QStringLiteral("updates"), m_page);
    m_workOrderTimer->setSingleShot(true);
    m_workOrderTimer->setInterval(WorkOrderRefreshMs);
    connect(m_workOrderTimer, &QTimer::timeout, m_page, &UpdatesPage::refreshWorkOrders);
    connect(m_page, &UpdatesPage::showDevicesRequested, this, &UpdatesController::showDevices);
    connect(m_page, &UpdatesPage::showDeviceRequested, this, &UpdatesController::showDevice);
    addDeviceTab();
}

void UpdatesController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    m_follow.insert(backend, Follow{session, false, false});
    m_page->addBackend(backend);
    connect(session, &BackendSession::committed, this, &UpdatesController::onCommitted);
    reload(backend);
}

void UpdatesController::onCommitted(const QString &backend, const CacheChange &change)
{
    const bool firmware = change.firmware > 0 || change.replaced.contains(CacheEntity::Firmware);
    const bool campaigns = change.campaigns > 0 || change.replaced.contains(CacheEntity::Campaigns);
    if (firmware || campaigns)
        reload(backend);
    if (campaigns && backend == m_page->backend() && !m_workOrderTimer->isActive())
        m_workOrderTimer->start();
}

void UpdatesController::reload(const QString &backend)
{
    auto follow = m_follow.find(backend);
    if (follow == m_follow.end() || !follow->session)
        return;
    // One read at a time per backend; commits arriving meanwhile cause exactly one more.
    if (follow->loading) {
        follow->dirty = true;
        return;
    }
    follow->loading = true;
    follow->dirty = false;
    queryStore<Catalogue>(
        follow->session->writer(), this,
        [](CacheStore *store) {
            Catalogue catalogue;
            auto firmware = store->loadFirmware();
            auto campaigns = store->loadCampaigns();
            if (!firmware.ok() || !campaigns.ok()) {
                catalogue.error = !firmware.ok() ? firmware.errorMessage() : campaigns.errorMessage();
                return catalogue;
            }
            catalogue.firmware = std::move(firmware).value();
            catalogue.campaigns = std::move(campaigns).value();
            if (auto sites = store->loadSites(); sites.ok()) {
                for (const Site &site : std::as_const(sites.value()))
                    catalogue.siteZones.insert(site.id, site.timeZone);
            }
            return catalogue;
        },
        [this, backend](Catalogue catalogue) {
            auto entry = m_follow.find(backend);
            if (entry == m_follow.end())
                return;
            entry->loading = false;
            if (!catalogue.error.isEmpty()) {
                qCWarning(lcConsole) << "could not read firmware and campaigns of" << backend << ":" << catalogue.error;
            } else if (m_page) {
                m_page->setFirmware(backend, catalogue.firmware);
                m_page->setCampaigns(backend, catalogue.campaigns);
                m_page->setSiteTimeZones(backend, catalogue.siteZones);
            }
            if (entry->dirty)
                reload(backend);
        });
}

void UpdatesController::showDevices(const QString &filter)
{
    auto *registerPage = qobject_cast<RegisterPage *>(m_window->page(QStringLiteral("register")));
    if (!registerPage)
        return;
    m_window->showPage(QStringLiteral("register"));
    if (!registerPage->applyFilter(filter))
        qCWarning(lcConsole) << "the register refused the filter" << filter << ":" << registerPage->filterError();
}

void UpdatesController::showDevice(const QString &backend, const QString &deviceId)
{
    // The register lists every backend and the same id may exist in several: name the backend too.
    const auto quoted = [](const QString &text) {
        QString value = text;
        value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        value.prepend(u'"').append(u'"');
        return value;
    };
    showDevices(u"backend:%1 id:%2"_s.arg(quoted(backend), quoted(deviceId)));
}

bool UpdatesController::openCampaign(const QString &backend, const QString &campaignId)
{
    if (!m_page || !m_page->showBackend(backend))
        return false;
    m_window->showPage(QStringLiteral("updates"));
    m_page->tabs()->setCurrentIndex(UpdatesPage::CampaignsTab);
    return m_page->selectCampaign(campaignId);
}

void UpdatesController::addDeviceTab()
{
    auto *registerPage = qobject_cast<RegisterPage *>(m_window->page(QStringLiteral("register")));
    if (!registerPage || !registerPage->detailPanel())
        return;
    DeviceDetailPanel *panel = registerPage->detailPanel();
    m_deviceView = new DeviceCampaignsView(this, panel->tabs());
    panel->tabs()->addTab(m_deviceView, tr("Updates"));
    connect(m_deviceView, &DeviceCampaignsView::openCampaignRequested, this, &UpdatesController::openCampaign);
    // Loaded when the tab is shown, and again when another device is shown while it is (the panel rewrites its
    // details for every device it shows).
    connect(panel->tabs(), &QTabWidget::currentChanged, this, &UpdatesController::followDevicePanel);
    connect(panel->details(), &QTextBrowser::textChanged, this, &UpdatesController::followDevicePanel);
}

void UpdatesController::followDevicePanel()
{
    auto *registerPage = qobject_cast<RegisterPage *>(m_window->page(QStringLiteral("register")));
    if (!m_deviceView || !registerPage || !registerPage->detailPanel())
        return;
    DeviceDetailPanel *panel = registerPage->detailPanel();
    if (panel->tabs()->currentWidget() != m_deviceView)
        return;
    if (panel->deviceId().isEmpty())
        m_deviceView->clear();
    else if (panel->backend() != m_deviceView->backend() || panel->deviceId() != m_deviceView->deviceId())
        m_deviceView->showDevice(panel->backend(), panel->deviceId());
}

template <typename T>
BackendSession *UpdatesController::sessionOr(const QString &backend, QObject *context, Reply<T> &done)
{
    BackendSession *session = m_follow.value(backend).session.data();
    if (session)
        return session;
    QPointer<QObject> receiver(context);
    QTimer::singleShot(0, this, [receiver, done, backend] {
        if (receiver)
            done(FleetError(FleetError::Kind::ServerUnreachable, tr("%1 is not connected to this console.").arg(backend)));
    });
    return nullptr;
}

void UpdatesController::createCampaign(const QString &backend, const CampaignRequest &request, QObject *context,
                                       Reply<Campaign> done)
{
    if (BackendSession *session = sessionOr(backend, context, done))
        session->api()->createCampaign(request, context, std::move(done));
}

void UpdatesController::campaignAction(const QString &backend, const QString &id, CampaignAction action,
                                       QObject *context, Reply<Campaign> done)
{
    BackendSession *session = sessionOr(backend, context, done);
    if (!session)
        return;
    if (!keepPendingWhileOffline(session, u"campaign."_s + toString(action), {{u"campaign_id"_s, id}}, context, done))
        session->api()->campaignAction(id, action, context, std::move(done));
}

void UpdatesController::workOrders(const QString &backend, QObject *context, Reply<QList<WorkOrder>> done)
{
    if (BackendSession *session = sessionOr(backend, context, done))
        session->api()->workOrders(context, std::move(done));
}

void UpdatesController::completeWorkOrder(const QString &backend, const QString &deviceId,
                                          const QString &firmwareVersion, QObject *context, Reply<Device> done)
{
    BackendSession *session = sessionOr(backend, context, done);
    if (!session)
        return;
    const QJsonObject payload{{u"device_id"_s, deviceId}, {u"firmware_version"_s, firmwareVersion}};
    if (!keepPendingWhileOffline(session, u"work_order.complete"_s, payload, context, done))
        session->api()->completeWorkOrder(deviceId, firmwareVersion, context, std::move(done));
}

void UpdatesController::campaignWaves(const QString &backend, const QString &id, QObject *context,
                                      Reply<QList<CampaignWaveStatus>> done)
{
    if (BackendSession *session = sessionOr(backend, context, done))
        session->api()->campaignWaves(id, context, std::move(done));
}

void UpdatesController::campaignDevices(const QString &backend, const QString &id, const CampaignDeviceQuery &query,
                                        QObject *context, Reply<Page<CampaignDeviceState>> done)
{
    if (BackendSession *session = sessionOr(backend, context, done))
        session->api()->campaignDevicesPage(id, query, context, std::move(done));
}

void UpdatesController::deviceCampaigns(const QString &backend, const QString &deviceId, const QString &cursor,
                                        QObject *context, Reply<Page<DeviceCampaignState>> done)
{
    if (BackendSession *session = sessionOr(backend, context, done))
        session->api()->deviceCampaigns(deviceId, cursor, DeviceCampaignsView::PageSize, context, std::move(done));
}

} // namespace warden
