#include "RegisterController.h"

#include "ActionResultLabel.h"
#include "ConsoleController.h"
#include "DeviceRegisterModel.h"
#include "GovernanceActions.h"
#include "ImpactAssessor.h"
#include "LaterReply.h"
#include "LicenceListModel.h"
#include "MainWindow.h"
#include "QuarantinePage.h"
#include "RegisterPage.h"
#include "TopologyPage.h"
#include "UpdatesPage.h"
#include "CampaignWizard.h"
#include "audit/ActionAudit.h"
#include "cache/CacheStore.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"
#include "rules/FilterExpression.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

namespace warden {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int HistoryEvents = 200;

} // namespace

RegisterController::RegisterController(ConsoleController *console, MainWindow *window, DeviceRegisterModel *devices,
                                       GovernanceActions *governance, LicenceListModel *activeLicences,
                                       QObject *parent)
    : QObject(parent),
      m_console(console),
      m_window(window),
      m_devices(devices),
      m_governance(governance),
      m_activeLicences(activeLicences)
{
    m_runRevokeDialog = [](RevokeLicencesDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    if (auto *page = qobject_cast<RegisterPage *>(m_window->page(u"register"_s)))
        page->setActions(this);
}

void RegisterController::attachSession(BackendSession *session)
{
    m_sessions.insert(session->backendName(), session);
}

BackendSession *RegisterController::sessionFor(const QString &backend) const
{
    return m_sessions.value(backend).data();
}

qint64 RegisterController::send(const QString &backend, const std::function<void()> &call)
{
    // The API client's hook records the request and its result; the page is told the entry it recorded.
    return ActionAudit::requestEntry(m_console->actionAudit(backend), call);
}

qint64 RegisterController::editDevice(const QString &backend, const QString &deviceId, const DevicePatch &patch,
                                      QObject *context, Reply<Device> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return -1;
    return send(backend, [&] { session->api()->patchDevice(deviceId, patch, context, std::move(done)); });
}

qint64 RegisterController::setDeviceDisabled(const QString &backend, const QString &deviceId, bool disabled,
                                             const QString &reason, QObject *context, Reply<Device> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return -1;
    return send(backend, [&] {
        if (disabled)
            session->api()->disableDevice(deviceId, reason, context, std::move(done));
        else
            session->api()->enableDevice(deviceId, reason, context, std::move(done));
    });
}

qint64 RegisterController::createDevice(const QString &backend, const Device &device, QObject *context,
                                        Reply<Device> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return -1;
    return send(backend, [&] { session->api()->createDevice(device, context, std::move(done)); });
}

void RegisterController::deviceHistory(const QString &backend, const QString &deviceId, QObject *context,
                                       Reply<DeviceHistory> done)
{
    BackendSession *session = sessionFor(backend);
    const std::optional<qsizetype> row = m_devices->table().rowOf(backend, deviceId);
    if (!session || !row) {
        const FleetError error(FleetError::Kind::ServerUnreachable,
                               tr("The history of %1 lives in the cache of %2, which is not open.").arg(deviceId, backend));
        replyLater<DeviceHistory>(context, std::move(done), error);
        return;
    }
    const Device device = m_devices->table().device(*row);
    const bool mayReadOwners = session->api()->session().mayReadOwners();
    queryStore<DeviceHistory>(
        session->writer(), context,
        [device, mayReadOwners](CacheStore *store) {
            DeviceHistory history;
            const auto fail = [&history](const QString &message) {
                history.error = message;
                return history;
            };
            auto events = store->loadDeviceEvents(device.id, CacheStore::Newest, HistoryEvents);
            if (!events.ok())
                return fail(events.errorMessage());
            history.events = std::move(events).value();
            auto incidents = store->loadIncidents();
            if (!incidents.ok())
                return fail(incidents.errorMessage());
            for (const Incident &incident : incidents.value())
                if (incident.deviceIds.contains(device.id))
                    history.incidents.append(incident);
            std::sort(history.incidents.begin(), history.incidents.end(),
                      [](const Incident &a, const Incident &b) { return a.opened > b.opened; });
            auto licences = store->loadLicences();
            if (!licences.ok())
                return fail(licences.errorMessage());
            for (const Licence &licence : licences.value())
                if (licence.deviceId == device.id)
                    history.licences.append(licence);
            // A campaign targets the devices of its image's class that match its filter.
            auto firmware = store->loadFirmware();
            auto campaigns = store->loadCampaigns();
            if (!firmware.ok() || !campaigns.ok())
                return fail(firmware.ok() ? campaigns.errorMessage() : firmware.errorMessage());
            QHash<QString, QString> classOfImage;
            for (const Firmware &image : firmware.value())
                classOfImage.insert(image.id, image.deviceClass);
            const DeviceSpanAccessor accessor(device);
            for (const Campaign &campaign : campaigns.value()) {
                if (classOfImage.value(campaign.firmwareId) != device.deviceClass)
                    continue;
                const auto filter = FilterExpression::parse(campaign.targetFilter);
                if (filter.ok() && filter->matches(accessor, 0))
                    history.campaigns.append(campaign);
            }
            // Backend and console audit entries that name the device or one of its licences.
            QSet<QString> targets{device.id};
            for (const Licence &licence : std::as_const(history.licences))
                targets.insert(licence.id);
            for (auto audit : {store->loadBackendAudit(), store->loadLocalAudit()}) {
                if (!audit.ok())
                    return fail(audit.errorMessage());
                for (const AuditEntry &entry : audit.value())
                    if (targets.contains(entry.target) || entry.details.value(u"device_id"_s).toString() == device.id)
                        history.audit.append(entry);
            }
            std::stable_sort(history.audit.begin(), history.audit.end(),
                             [](const AuditEntry &a, const AuditEntry &b) { return a.time > b.time; });
            // Owners are sealed in the cache; without the key they come back locked and are not handed out.
            if (mayReadOwners && !device.ownerRef.isEmpty()) {
                auto owners = store->loadOwners();
                if (!owners.ok())
                    return fail(owners.errorMessage());
                for (const Owner &owner : owners.value())
                    if (owner.ref == device.ownerRef && !owner.locked)
                        history.owner = owner;
            }
            return history;
        },
        [done](DeviceHistory history) { done(FleetResult<DeviceHistory>(std::move(history))); });
}

void RegisterController::quarantine(const QList<QuarantineTarget> &devices)
{
    auto *page = qobject_cast<QuarantinePage *>(m_window->page(u"quarantine"_s));
    if (!page)
        return;
    m_window->showPage(u"quarantine"_s);
    page->quarantine(devices);
}

void RegisterController::assessImpact(const QString &backend, const QStringList &deviceIds, QObject *context,
                                      std::function<void(ImpactAnswer)> done)
{
    m_console->findChild<ImpactAssessor *>()->assess(backend, QString(), deviceIds, context, std::move(done));
}

void RegisterController::showImpactOnTopology(const ImpactReport &report)
{
    auto *topology = qobject_cast<TopologyPage *>(m_window->page(u"topology"_s));
    if (!topology)
        return;
    topology->showImpactReport(report);
    m_window->showPage(u"topology"_s);
}

void RegisterController::pushUpdate(const QString &backend, const QString &targetFilter)
{
    if (CampaignWizard *wizard = openCampaignWizard(backend))
        wizard->setTargetFilter(targetFilter);
}

void RegisterController::pushUpdateToDevices(const QString &backend, const QStringList &deviceIds)
{
    if (CampaignWizard *wizard = openCampaignWizard(backend))
        wizard->setTargetDevices(deviceIds);
}

CampaignWizard *RegisterController::openCampaignWizard(const QString &backend)
{
    auto *page = qobject_cast<UpdatesPage *>(m_window->page(u"updates"_s));
    auto *registerPage = qobject_cast<RegisterPage *>(m_window->page(u"register"_s));
    // The wizard plans on the selection's own backend: a campaign never spans backends.
    CampaignWizard *wizard = page && page->backends().contains(backend) ? page->openCampaignWizard(backend) : nullptr;
    if (!wizard) {
        if (registerPage)
            registerPage->selectionResult()->showFailed(
                tr("%1 has no firmware catalogue in this console yet; try again once it has synced.").arg(backend));
        return nullptr;
    }
    m_window->showPage(u"updates"_s);
    return wizard;
}

void RegisterController::revokeLicences(const QList<QuarantineTarget> &devices, QObject *context,
                                        std::function<void(const SelectionOutcome &)> done)
{
    QHash<QString, const QuarantineTarget *> selected;
    for (const QuarantineTarget &device : devices)
        selected.insert(device.backend + u'\x1f' + device.deviceId, &device);
    QList<RevokeLicencesDialog::Item> items;
    QSet<QString> withLicence;
    for (int row = 0; row < m_activeLicences->rowCount(); ++row) {
        const LicenceListModel::Row &licence = m_activeLicences->rowAt(row);
        const QString key = licence.backend + u'\x1f' + licence.licence.deviceId;
        const QuarantineTarget *device = selected.value(key);
        if (!device)
            continue;
        withLicence.insert(key);
        items.append({licence.backend, licence.licence.id, device->deviceId, device->name,
                      licence.licence.grantedScopes, device->safetyCritical});
    }
    if (items.isEmpty()) {
        QPointer<QObject> receiver(context);
        QTimer::singleShot(0, this, [receiver, done, count = devices.size()] {
            if (receiver)
                done(SelectionOutcome{0, 0, tr("None of the %1 selected devices has an active licence; nothing was "
                                               "revoked.").arg(QLocale().toString(count))});
        });
        return;
    }
    RevokeLicencesDialog dialog(items, int(devices.size() - withLicence.size()), m_window);
    if (!m_runRevokeDialog(dialog))
        return;
    const QString reason = dialog.reason();

    struct Tally {
        int succeeded = 0;
        int failed = 0;
        int outstanding = 0;
        QString firstError;
        qint64 firstAudit = -1;
    };
    auto tally = std::make_shared<Tally>();
    tally->outstanding = int(items.size());
    QPointer<QObject> receiver(context);
    for (const RevokeLicencesDialog::Item &item : std::as_const(items)) {
        // GovernanceActions tells the console audit entry of each request it sent.
        const qint64 index = m_governance->revokeLicence(
            item.backend, item.licenceId, reason, this,
            [tally, receiver, done, licence = item.licenceId](FleetResult<Licence> result) {
                if (result.ok()) {
                    ++tally->succeeded;
                } else {
                    ++tally->failed;
                    if (tally->firstError.isEmpty())
                        tally->firstError = tr("%1: %2").arg(licence, result.error().message());
                }
                if (--tally->outstanding > 0 || !receiver)
                    return;
                const QLocale locale;
                QString message = tr("Revoked %1 licences.").arg(locale.toString(tally->succeeded));
                if (tally->failed > 0)
                    message += u' ' + tr("%1 were not revoked; the first: %2")
                                          .arg(locale.toString(tally->failed), tally->firstError);
                if (tally->firstAudit > 0)
                    message += u' ' + tr("Audit entries from #%1.").arg(locale.toString(tally->firstAudit));
                done(SelectionOutcome{tally->succeeded, tally->failed, message});
            });
        if (tally->firstAudit < 0)
            tally->firstAudit = index;
    }
}

} // namespace warden
