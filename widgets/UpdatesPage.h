#pragma once

#include "CampaignListModel.h"
#include "FirmwareCatalogModel.h"
#include "WorkOrderModel.h"
#include "fleet/FleetTypes.h"

#include <QFutureWatcher>
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

class CampaignWizard;
class DeviceRegisterModel;
class PageHeader;
class UpdatesActions;

// The Updates page: the firmware catalogue per device class (signature state, CVEs, release notes, how many devices
// run each version, a version-spread chart, one click to the devices still running a vulnerable version), the
// campaigns with live per-state progress and pause/resume/abort/retry, and the work orders for devices that need a
// technician (CSV export, PDF, mark serviced). Shows one backend; data is handed in by the app's controller, actions
// go through UpdatesActions and their outcome is shown inline.
class UpdatesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesPage)
public:
    enum Tab { FirmwareTab, CampaignsTab, WorkOrdersTab };

    UpdatesPage(DeviceRegisterModel *devices, UpdatesActions *actions, QWidget *parent = nullptr);
    ~UpdatesPage() override;

    void setBackend(const QString &backend);
    void setFirmware(const QList<Firmware> &images);
    void setCampaigns(const QList<Campaign> &campaigns);
    void refreshWorkOrders();

    FirmwareCatalogModel *catalogue() { return &m_catalogue; }
    CampaignListModel *campaigns() { return &m_campaigns; }
    WorkOrderModel *workOrders() { return &m_workOrders; }
    QTabWidget *tabs() const { return m_tabs; }

    bool selectDeviceClass(const QString &deviceClass);
    bool selectFirmware(const QString &firmwareId);
    bool selectCampaign(const QString &id);
    QString selectedCampaignId() const;
    // Acts on the selected campaign; the outcome appears under the campaign's buttons.
    void runCampaignAction(CampaignAction action);
    QString campaignOutcome() const;
    // Opens the campaign wizard (non-modal) over the current register and catalogue.
    CampaignWizard *openCampaignWizard();
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
    void workOrdersLoaded(int count);

private:
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
