#include "UpdatesController.h"

#include "MainWindow.h"
#include "PendingActionGate.h"
#include "RegisterPage.h"
#include "UpdatesPage.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QLoggingCategory>
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
    QString error;
};
} // namespace

UpdatesController::UpdatesController(BackendSession *session, DeviceRegisterModel *devices, MainWindow *window,
                                     QObject *parent)
    : QObject(parent),
      m_session(session),
      m_window(window),
      m_page(new UpdatesPage(devices, this)),
      m_workOrderTimer(new QTimer(this))
{
    m_page->setBackend(session->backendName());
    m_window->replacePage(QStringLiteral("updates"), m_page);
    m_workOrderTimer->setSingleShot(true);
    m_workOrderTimer->setInterval(WorkOrderRefreshMs);
    connect(m_workOrderTimer, &QTimer::timeout, m_page, &UpdatesPage::refreshWorkOrders);
    connect(session, &BackendSession::committed, this, &UpdatesController::onCommitted);
    connect(m_page, &UpdatesPage::showDevicesRequested, this, &UpdatesController::showDevices);
}

void UpdatesController::onCommitted(const QString &backend, const CacheChange &change)
{
    Q_UNUSED(backend);
    const bool firmware = change.firmware > 0 || change.replaced.contains(CacheEntity::Firmware);
    const bool campaigns = change.campaigns > 0 || change.replaced.contains(CacheEntity::Campaigns);
    if (firmware || campaigns)
        reload();
    if (campaigns && !m_workOrderTimer->isActive())
        m_workOrderTimer->start();
}

void UpdatesController::reload()
{
    // One read at a time; commits arriving meanwhile cause exactly one more.
    if (m_loading) {
        m_dirty = true;
        return;
    }
    m_loading = true;
    m_dirty = false;
    queryStore<Catalogue>(
        m_session->writer(), this,
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
            return catalogue;
        },
        [this](Catalogue catalogue) {
            m_loading = false;
            if (!catalogue.error.isEmpty()) {
                qCWarning(lcConsole) << "could not read firmware and campaigns of" << m_session->backendName() << ":"
                                     << catalogue.error;
            } else if (m_page) {
                m_page->setFirmware(catalogue.firmware);
                m_page->setCampaigns(catalogue.campaigns);
            }
            if (m_dirty)
                reload();
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

void UpdatesController::createCampaign(const CampaignRequest &request, QObject *context, Reply<Campaign> done)
{
    m_session->api()->createCampaign(request, context, std::move(done));
}

void UpdatesController::campaignAction(const QString &id, CampaignAction action, QObject *context,
                                       Reply<Campaign> done)
{
    if (!keepPendingWhileOffline(m_session, u"campaign."_s + toString(action), {{u"campaign_id"_s, id}}, context, done))
        m_session->api()->campaignAction(id, action, context, std::move(done));
}

void UpdatesController::workOrders(QObject *context, Reply<QList<WorkOrder>> done)
{
    m_session->api()->workOrders(context, std::move(done));
}

void UpdatesController::completeWorkOrder(const QString &deviceId, const QString &firmwareVersion, QObject *context,
                                          Reply<Device> done)
{
    const QJsonObject payload{{u"device_id"_s, deviceId}, {u"firmware_version"_s, firmwareVersion}};
    if (!keepPendingWhileOffline(m_session, u"work_order.complete"_s, payload, context, done))
        m_session->api()->completeWorkOrder(deviceId, firmwareVersion, context, std::move(done));
}

} // namespace warden
