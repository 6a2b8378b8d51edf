#pragma once

#include "CampaignListModel.h"
#include "FirmwareCatalogModel.h"
#include "WorkOrderModel.h"
#include "fleet/FleetTypes.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace warden {

class CampaignDevicesView;
class CampaignWindowsPanel;
class CampaignWizard;
class DeviceRegisterModel;
class PageHeader;
class UpdatesActions;

// The Updates page: the firmware catalogue per device class (signature state, CVEs, release notes, how many devices
// run each version, a version-spread chart, one click to the devices still running a vulnerable version), the
// campaigns with live per-state progress and pause/resume/abort/retry, and the work orders for devices that need a
// technician (CSV export, PDF, mark serviced). Every connected backend is listed in the header's Backend box; the
// page shows the chosen backend's catalogue, campaigns (with a drill-down to each wave's devices) and work orders,
// and the wizard plans on that backend only (a campaign never spans backends). Data is handed in per backend by the
// app's controller, actions go through UpdatesActions to the backend shown and their outcome is shown inline.
class UpdatesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesPage)
public:
    enum Tab { FirmwareTab, CampaignsTab, WorkOrdersTab };

    UpdatesPage(DeviceRegisterModel *devices, UpdatesActions *actions, QWidget *parent = nullptr);
    ~UpdatesPage() override;

    // Lists a connected backend in the Backend box; the first one added is shown.
    void addBackend(const QString &backend);
    // Shows that backend's firmware, campaigns and work orders (false when it was never added).
    bool showBackend(const QString &backend);
    QString backend() const { return m_backend; }
    QStringList backends() const;
    void setFirmware(const QString &backend, const QList<Firmware> &images);
    void setCampaigns(const QString &backend, const QList<Campaign> &campaigns);
    // Site id -> IANA time zone of a backend's sites: the wizard plans each site's window in its zone.
    void setSiteTimeZones(const QString &backend, const QHash<QString, QString> &zones);
    void refreshWorkOrders();

    FirmwareCatalogModel *catalogue() { return &m_catalogue; }
    CampaignListModel *campaigns() { return &m_campaigns; }
    WorkOrderModel *workOrders() { return &m_workOrders; }
    QTabWidget *tabs() const { return m_tabs; }

    bool selectDeviceClass(const QString &deviceClass);
    bool selectFirmware(const QString &firmwareId);
    bool selectCampaign(const QString &id);
    QString selectedCampaignId() const;
    // The drill-down of the selected campaign: its waves and their devices.
    CampaignDevicesView *campaignDevices() const { return m_campaignDevices; }
    // The selected campaign's maintenance windows: default, per site, and which sites wait for which window.
    CampaignWindowsPanel *campaignWindows() const { return m_campaignWindows; }
    // Acts on the selected campaign; the outcome appears under the campaign's buttons.
    void runCampaignAction(CampaignAction action);
    QString campaignOutcome() const;
    // Opens the campaign wizard (non-modal) over the register and catalogue of the backend shown (or of the given
    // backend, which is then shown); the Backend box is locked while the wizard is open.
    CampaignWizard *openCampaignWizard(const QString &backend = {});
    // The register filter for the class's devices that still run a version with the CVE; emits it.
    void showDevicesWithVulnerability(const QString &deviceClass, const QString &cve);
    Status exportWorkOrdersCsv(const QString &path) const;
    Status printWorkOrdersPdf(const QString &path) const;
    void markServiced(const QString &deviceId);
    QString workOrderOutcome() const;
    // The version counts are recomputed off the UI thread; tests wait for this.
    // True from scheduling until the result is in the catalogue: the watcher stops "running" before its finished
    // signal is delivered, so it cannot say this on its own.
    bool isCounting() const { return m_counting || m_countPending; }

signals:
    // Show these devices in the register (filter in the register's grammar).
    void showDevicesRequested(const QString &filter);
    // Show one device of a backend in the register (from a campaign's device list).
    void showDeviceRequested(const QString &backend, const QString &deviceId);
    void workOrdersLoaded(int count);

private:
    void applyFirmware(const QList<Firmware> &images);
    void applyCampaigns(const QList<Campaign> &campaigns);
    QWidget *buildFirmwareTab();
    QWidget *buildCampaignsTab();
    QWidget *buildWorkOrdersTab();
    void scheduleCount();
    void startCount();
    void showFirmwareDetails();
    void updateSpreadChart();
    void showCampaignDetails();
    void updateWorkOrderDetails();
    void setOutcome(QLabel *label, const QString &text, bool error);
    void exportCsvInteractive();
    void printPdfInteractive();

    DeviceRegisterModel *m_devices;
    UpdatesActions *m_actions;
    QString m_backend;
    QHash<QString, QHash<QString, QString>> m_siteZones; // backend -> site id -> time zone
    // What each backend's cache last handed in; the models show m_backend's.
    struct BackendData {
        QList<Firmware> firmware;
        QList<Campaign> campaigns;
    };
    QMap<QString, BackendData> m_data;
    QComboBox *m_backendBox;
    FirmwareCatalogModel m_catalogue;
    CampaignListModel m_campaigns;
    WorkOrderModel m_workOrders;
    QSortFilterProxyModel *m_firmwareProxy;
    PageHeader *m_header;
    QTabWidget *m_tabs;
    QPushButton *m_newCampaign;
    // Firmware tab
    QComboBox *m_class;
    QTableView *m_firmwareView;
    QChart *m_spreadChart;
    QTextBrowser *m_firmwareDetails;
    // Campaigns tab
    QTableView *m_campaignView;
    QLabel *m_campaignTitle;
    QLabel *m_haltReason;
    QChart *m_progressChart;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_abort;
    QPushButton *m_retry;
    QLabel *m_campaignOutcome;
    CampaignDevicesView *m_campaignDevices;
    CampaignWindowsPanel *m_campaignWindows;
    QTimer *m_drillRefresh;
    // Work orders tab
    QTableView *m_workOrderView;
    QPushButton *m_refreshOrders;
    QPushButton *m_exportCsv;
    QPushButton *m_printPdf;
    QPushButton *m_markServiced;
    QLabel *m_workOrderOutcome;

    QTimer *m_countTimer;
    QFutureWatcher<QHash<QString, int>> m_countWatcher;
    bool m_countPending = false;
    bool m_counting = false;
    QPointer<CampaignWizard> m_wizard;
    QString m_selectWhenListed; // a campaign just launched, not yet back from the cache
};

} // namespace warden
