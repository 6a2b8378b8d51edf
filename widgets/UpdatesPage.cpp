#include "UpdatesPage.h"

#include "CampaignChartAxis.h"
#include "CampaignDevicesView.h"
#include "CampaignWindowsPanel.h"
#include "CampaignWizard.h"
#include "DeviceRegisterModel.h"
#include "PageHeader.h"
#include "RecordTable.h"
#include "SeverityPalette.h"
#include "UpdatesActions.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace warden {

namespace {
constexpr int CountDelayMs = 400;

QChartView *makeChartView(QChart *chart, QWidget *parent, int minimumHeight)
{
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

QColor waitingColour() { return Palette::severity(Severity::Minor); }
QColor progressColour() { return Palette::severity(Severity::Warning); }
} // namespace

UpdatesPage::UpdatesPage(DeviceRegisterModel *devices, UpdatesActions *actions, QWidget *parent)
    : QWidget(parent),
      m_devices(devices),
      m_actions(actions),
      m_firmwareProxy(new QSortFilterProxyModel(this)),
      m_header(new PageHeader(tr("Updates"), this)),
      m_tabs(new QTabWidget(this)),
      m_newCampaign(new QPushButton(tr("New campaign…"), this)),
      m_drillRefresh(new QTimer(this)),
      m_countTimer(new QTimer(this))
{
    m_backendBox = new QComboBox(this);
    m_backendBox->setAccessibleName(tr("Backend whose updates are shown"));
    m_backendBox->setToolTip(tr("Firmware, campaigns and work orders belong to one backend each; a campaign never "
                                "spans backends."));
    m_backendBox->setMinimumWidth(140);
    connect(m_backendBox, &QComboBox::activated, this,
            [this](int index) { showBackend(m_backendBox->itemText(index)); });
    m_header->setSubtitle(tr("Firmware catalogue, staged rollouts and on-site work orders"));
    m_newCampaign->setAccessibleName(tr("Plan a new firmware campaign"));
    m_newCampaign->setEnabled(false);
    connect(m_newCampaign, &QPushButton::clicked, this, [this] { openCampaignWizard(); });
    m_header->addStretch();
    m_header->addControl(new QLabel(tr("Backend"), this));
    m_header->addControl(m_backendBox);
    m_header->addControl(m_newCampaign);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildFirmwareTab(), tr("Firmware"));
    m_tabs->addTab(buildCampaignsTab(), tr("Campaigns"));
    m_tabs->addTab(buildWorkOrdersTab(), tr("Work orders"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &UpdatesPage::startCount);
    connect(&m_countWatcher, &QFutureWatcher<QHash<QString, int>>::finished, this, [this] {
        m_catalogue.setDeviceCounts(m_countWatcher.result());
        m_counting = false;
        if (m_countPending)
            startCount();
    });
    // Counts cover the whole register, not the register page's sorted or filtered view of it.
    connect(m_devices, &DeviceRegisterModel::tableChanged, this, &UpdatesPage::scheduleCount);
    connect(&m_catalogue, &FirmwareCatalogModel::countsChanged, this, [this] {
        updateSpreadChart();
        showFirmwareDetails();
    });
}

UpdatesPage::~UpdatesPage()
{
    m_countWatcher.waitForFinished();
}

QWidget *UpdatesPage::buildFirmwareTab()
{
    auto *tab = new QWidget(this);
    m_class = new QComboBox(tab);
    m_class->setAccessibleName(tr("Device class"));
    m_class->setMinimumWidth(200);
    m_firmwareProxy->setSourceModel(&m_catalogue);
    m_firmwareProxy->setFilterKeyColumn(FirmwareCatalogModel::ClassColumn);
    m_firmwareProxy->setFilterRole(FirmwareCatalogModel::RawValueRole);
    connect(m_class, &QComboBox::currentTextChanged, this, [this](const QString &cls) {
        m_firmwareProxy->setFilterRegularExpression(
            QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(cls) + QLatin1Char('$')));
        if (m_firmwareProxy->rowCount() > 0)
            m_firmwareView->selectRow(0);
        updateSpreadChart();
        showFirmwareDetails();
    });

    m_firmwareView = new QTableView(tab);
    m_firmwareView->setModel(m_firmwareProxy);
    setUpRecordTable(m_firmwareView, tr("Firmware images"));
    m_firmwareView->hideColumn(FirmwareCatalogModel::ClassColumn);
    const int unit = fontMetrics().averageCharWidth();
    m_firmwareView->setColumnWidth(FirmwareCatalogModel::VersionColumn, unit * 12);
    m_firmwareView->setColumnWidth(FirmwareCatalogModel::SignatureColumn, unit * 12);
    m_firmwareView->setColumnWidth(FirmwareCatalogModel::DevicesColumn, unit * 10);
    m_firmwareView->setColumnWidth(FirmwareCatalogModel::VulnerabilitiesColumn, unit * 30);
    m_firmwareView->setColumnWidth(FirmwareCatalogModel::FixesColumn, unit * 24);
    connect(m_firmwareView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UpdatesPage::showFirmwareDetails);

    m_spreadChart = new QChart;
    m_spreadChart->setTitle(tr("Version spread"));
    auto *chartView = makeChartView(m_spreadChart, tab, 240);
    chartView->setAccessibleName(tr("Version spread of the selected class"));

    m_firmwareDetails = new QTextBrowser(tab);
    m_firmwareDetails->setAccessibleName(tr("Firmware details"));
    m_firmwareDetails->setOpenLinks(false);
    connect(m_firmwareDetails, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("cve"))
            showDevicesWithVulnerability(m_class->currentText(), url.path());
    });

    auto *classRow = new QHBoxLayout;
    classRow->addWidget(new QLabel(tr("Device class"), tab));
    classRow->addWidget(m_class);
    classRow->addStretch();
    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(classRow);
    leftLayout->addWidget(m_firmwareView, 1);
    leftLayout->addWidget(chartView, 1);

    auto *splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(m_firmwareDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->addWidget(splitter);
    return tab;
}

QWidget *UpdatesPage::buildCampaignsTab()
{
    auto *tab = new QWidget(this);
    m_campaignView = new QTableView(tab);
    m_campaignView->setModel(&m_campaigns);
    setUpRecordTable(m_campaignView, tr("Campaigns"));
    const int unit = fontMetrics().averageCharWidth();
    m_campaignView->setColumnWidth(CampaignListModel::NameColumn, unit * 26);
    m_campaignView->setColumnWidth(CampaignListModel::StateColumn, unit * 20);
    m_campaignView->setColumnWidth(CampaignListModel::FirmwareColumn, unit * 22);
    m_campaignView->setColumnWidth(CampaignListModel::ProgressColumn, unit * 18);
    connect(m_campaignView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                // An outcome belongs to the campaign it was about; do not leave it under another one.
                if (current.row() != previous.row())
                    m_campaignOutcome->hide();
                showCampaignDetails();
            });
    connect(&m_campaigns, &QAbstractItemModel::dataChanged, this, &UpdatesPage::showCampaignDetails);

    m_campaignTitle = new QLabel(tr("Select a campaign"), tab);
    m_campaignTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_campaignTitle->setWordWrap(true);
    m_haltReason = new QLabel(tab);
    m_haltReason->setWordWrap(true);
    m_haltReason->setAccessibleName(tr("Why the campaign stopped"));
    m_haltReason->setStyleSheet(QStringLiteral("color: #D32F2F;"));
    m_haltReason->hide();
    m_progressChart = new QChart;
    m_progressChart->setTitle(tr("Devices by update state"));
    auto *chartView = makeChartView(m_progressChart, tab, 260);
    m_progressChart->legend()->setAlignment(Qt::AlignRight); // six states: room for their full names
    chartView->setAccessibleName(tr("Campaign progress"));

    m_pause = new QPushButton(tr("Pause"), tab);
    m_resume = new QPushButton(tr("Resume"), tab);
    m_abort = new QPushButton(tr("Abort"), tab);
    m_retry = new QPushButton(tr("Retry failed"), tab);
    m_pause->setToolTip(tr("No new device starts; installs under way finish."));
    m_abort->setToolTip(tr("Stops the campaign for good; later waves never start."));
    m_retry->setToolTip(tr("Queues the failed devices for another attempt."));
    connect(m_pause, &QPushButton::clicked, this, [this] { runCampaignAction(CampaignAction::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { runCampaignAction(CampaignAction::Resume); });
    connect(m_abort, &QPushButton::clicked, this, [this] { runCampaignAction(CampaignAction::Abort); });
    connect(m_retry, &QPushButton::clicked, this, [this] { runCampaignAction(CampaignAction::Retry); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_pause, m_resume, m_abort, m_retry})
        buttons->addWidget(button);
    buttons->addStretch();
    m_campaignOutcome = new QLabel(tab);
    m_campaignOutcome->setWordWrap(true);
    m_campaignOutcome->setAccessibleName(tr("Campaign action outcome"));
    m_campaignOutcome->hide();

    auto *details = new QWidget(tab);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_campaignTitle);
    detailsLayout->addWidget(m_haltReason);
    detailsLayout->addWidget(chartView, 1);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_campaignOutcome);
    m_campaignWindows = new CampaignWindowsPanel(details);
    detailsLayout->addWidget(m_campaignWindows, 1);

    // Under the list: the selected campaign's waves and their devices.
    m_campaignDevices = new CampaignDevicesView(m_actions, m_devices, tab);
    connect(m_campaignDevices, &CampaignDevicesView::showDeviceRequested, this, &UpdatesPage::showDeviceRequested);
    // Progress commits arrive every few seconds while waves run; the drill-down follows at this pace at most.
    m_drillRefresh->setSingleShot(true);
    m_drillRefresh->setInterval(2000);
    connect(m_drillRefresh, &QTimer::timeout, m_campaignDevices, &CampaignDevicesView::refresh);
    auto *left = new QSplitter(Qt::Vertical, tab);
    left->addWidget(m_campaignView);
    left->addWidget(m_campaignDevices);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);

    auto *splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->addWidget(splitter);
    showCampaignDetails();
    return tab;
}

QWidget *UpdatesPage::buildWorkOrdersTab()
{
    auto *tab = new QWidget(this);
    m_refreshOrders = new QPushButton(tr("Refresh"), tab);
    m_exportCsv = new QPushButton(tr("Export CSV…"), tab);
    m_printPdf = new QPushButton(tr("Print to PDF…"), tab);
    m_markServiced = new QPushButton(tr("Mark serviced"), tab);
    m_markServiced->setToolTip(tr("A technician installed the required firmware on the selected device."));
    connect(m_refreshOrders, &QPushButton::clicked, this, &UpdatesPage::refreshWorkOrders);
    connect(m_exportCsv, &QPushButton::clicked, this, &UpdatesPage::exportCsvInteractive);
    connect(m_printPdf, &QPushButton::clicked, this, &UpdatesPage::printPdfInteractive);
    connect(m_markServiced, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_workOrderView->currentIndex();
        if (current.isValid())
            markServiced(current.data(WorkOrderModel::DeviceIdRole).toString());
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refreshOrders);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_printPdf);
    bar->addStretch();
    bar->addWidget(m_markServiced);

    auto *note = new QLabel(tr("Devices that cannot take an online update wait here for a technician. Owner names are "
                               "shown as the register shows them (masked unless your role allows personal data); "
                               "owner contact details are not part of the console's data and are not exported."),
                            tab);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #616161;"));

    m_workOrderView = new QTableView(tab);
    m_workOrderView->setModel(&m_workOrders);
    setUpRecordTable(m_workOrderView, tr("Work orders"));
    const int unit = fontMetrics().averageCharWidth();
    m_workOrderView->setColumnWidth(WorkOrderModel::DeviceColumn, unit * 16);
    m_workOrderView->setColumnWidth(WorkOrderModel::NameColumn, unit * 22);
    m_workOrderView->setColumnWidth(WorkOrderModel::SiteColumn, unit * 24);
    m_workOrderView->setColumnWidth(WorkOrderModel::LocationColumn, unit * 20);
    m_workOrderView->setColumnWidth(WorkOrderModel::OwnerColumn, unit * 22);
    m_workOrderView->setColumnWidth(WorkOrderModel::RequiredVersionColumn, unit * 18);
    m_workOrderView->setColumnWidth(WorkOrderModel::WindowColumn, unit * 22);
    connect(m_workOrderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UpdatesPage::updateWorkOrderDetails);
    connect(&m_workOrders, &QAbstractItemModel::modelReset, this, &UpdatesPage::updateWorkOrderDetails);

    m_workOrderOutcome = new QLabel(tab);
    m_workOrderOutcome->setWordWrap(true);
    m_workOrderOutcome->setAccessibleName(tr("Work order outcome"));
    m_workOrderOutcome->hide();

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(m_workOrderView, 1);
    layout->addWidget(m_workOrderOutcome);
    updateWorkOrderDetails();
    return tab;
}

void UpdatesPage::addBackend(const QString &backend)
{
    if (backend.isEmpty() || m_data.contains(backend))
        return;
    m_data.insert(backend, BackendData{});
    m_backendBox->addItem(backend);
    if (m_backend.isEmpty())
        showBackend(backend);
}

QStringList UpdatesPage::backends() const
{
    return m_data.keys();
}

bool UpdatesPage::showBackend(const QString &backend)
{
    if (!m_data.contains(backend))
        return false;
    if (backend == m_backend)
        return true;
    m_backend = backend;
    m_backendBox->setCurrentIndex(m_backendBox->findText(backend));
    m_newCampaign->setEnabled(m_actions != nullptr);
    m_campaignOutcome->hide();
    m_workOrderOutcome->hide();
    m_workOrders.setWorkOrders({});
    m_tabs->setTabText(WorkOrdersTab, tr("Work orders"));
    const BackendData data = m_data.value(backend);
    m_campaignView->clearSelection();
    m_campaignView->setCurrentIndex(QModelIndex());
    applyFirmware(data.firmware);
    applyCampaigns(data.campaigns);
    scheduleCount();
    refreshWorkOrders();
    return true;
}

void UpdatesPage::setFirmware(const QString &backend, const QList<Firmware> &images)
{
    addBackend(backend);
    m_data[backend].firmware = images;
    if (backend == m_backend)
        applyFirmware(images);
}

void UpdatesPage::setCampaigns(const QString &backend, const QList<Campaign> &campaigns)
{
    addBackend(backend);
    m_data[backend].campaigns = campaigns;
    if (backend == m_backend)
        applyCampaigns(campaigns);
}

void UpdatesPage::applyFirmware(const QList<Firmware> &images)
{
    const QString selected = m_firmwareView->currentIndex().data(FirmwareCatalogModel::FirmwareIdRole).toString();
    const QString cls = m_class->currentText();
    m_catalogue.setFirmware(images);
    QHash<QString, QString> labels;
    for (const Firmware &image : images)
        labels.insert(image.id, image.deviceClass + QLatin1Char(' ') + image.version);
    m_campaigns.setFirmwareLabels(labels);
    {
        const QSignalBlocker blocker(m_class);
        m_class->clear();
        m_class->addItems(m_catalogue.deviceClasses());
        int index = m_class->findText(cls);
        if (index < 0) {
            // First fill: start with the class that has the most images, where the catalogue has most to say.
            qsizetype most = -1;
            for (int i = 0; i < m_class->count(); ++i) {
                const qsizetype imageCount = m_catalogue.firmwareOfClass(m_class->itemText(i)).size();
                if (imageCount > most) {
                    most = imageCount;
                    index = i;
                }
            }
        }
        m_class->setCurrentIndex(std::max(0, index));
    }
    m_firmwareProxy->setFilterRegularExpression(QRegularExpression(
        QLatin1Char('^') + QRegularExpression::escape(m_class->currentText()) + QLatin1Char('$')));
    if (!selected.isEmpty() && selectFirmware(selected)) {
        // kept
    } else if (m_firmwareProxy->rowCount() > 0) {
        // Start on the newest image that has known CVEs: that is where the catalogue asks for action.
        int row = 0;
        for (int candidate = m_firmwareProxy->rowCount() - 1; candidate >= 0; --candidate) {
            if (m_firmwareProxy->index(candidate, FirmwareCatalogModel::VulnerabilitiesColumn)
                    .data(FirmwareCatalogModel::RawValueRole)
                    .toInt()
                > 0)
                row = candidate;
        }
        m_firmwareView->selectRow(row);
    }
    updateSpreadChart();
    showFirmwareDetails();
}

void UpdatesPage::applyCampaigns(const QList<Campaign> &campaigns)
{
    const QString selected = selectedCampaignId();
    m_campaigns.setCampaigns(campaigns);
    if (!m_selectWhenListed.isEmpty() && selectCampaign(m_selectWhenListed))
        m_selectWhenListed.clear();
    else if (!selected.isEmpty())
        selectCampaign(selected);
    else if (m_campaigns.rowCount() > 0 && !m_campaignView->currentIndex().isValid())
        m_campaignView->selectRow(0);
    showCampaignDetails();
}

void UpdatesPage::scheduleCount()
{
    if (m_backend.isEmpty())
        return;
    m_countPending = true;
    m_countTimer->start();
}

void UpdatesPage::startCount()
{
    if (m_counting) {
        m_countPending = true;
        return;
    }
    m_countPending = false;
    m_counting = true;
    // A cheap implicitly shared snapshot; counting a large register stays off the UI thread.
    const DeviceTable snapshot = m_devices->table();
    const QString backend = m_backend;
    m_countWatcher.setFuture(QtConcurrent::run(
        [snapshot, backend] { return FirmwareCatalogModel::countVersions(snapshot, backend); }));
}

bool UpdatesPage::selectDeviceClass(const QString &deviceClass)
{
    const int index = m_class->findText(deviceClass);
    if (index < 0)
        return false;
    m_class->setCurrentIndex(index);
    return true;
}

bool UpdatesPage::selectFirmware(const QString &firmwareId)
{
    const std::optional<Firmware> image = m_catalogue.firmware(firmwareId);
    if (!image || !selectDeviceClass(image->deviceClass))
        return false;
    const QModelIndex index = m_firmwareProxy->mapFromSource(m_catalogue.index(m_catalogue.rowOfFirmware(firmwareId), 0));
    if (!index.isValid())
        return false;
    m_firmwareView->setCurrentIndex(index);
    m_firmwareView->selectRow(index.row());
    return true;
}

void UpdatesPage::updateSpreadChart()
{
    m_spreadChart->removeAllSeries();
    for (QAbstractAxis *axis : m_spreadChart->axes())
        m_spreadChart->removeAxis(axis);
    const QString cls = m_class->currentText();
    const QList<QPair<QString, int>> spread = m_catalogue.versionSpread(cls);
    m_spreadChart->setTitle(cls.isEmpty() ? tr("Version spread")
                                          : tr("Version spread: %1 (✗ = unverified image)").arg(cls));
    if (spread.isEmpty())
        return;
    QSet<QString> vulnerable;
    QSet<QString> unverified;
    for (const Firmware &image : m_catalogue.firmwareOfClass(cls)) {
        if (!image.vulnerabilities.isEmpty())
            vulnerable.insert(image.version);
        if (!image.signatureVerified)
            unverified.insert(image.version);
    }
    auto *series = new QStackedBarSeries;
    auto *clean = new QBarSet(tr("No known CVE"));
    auto *exposed = new QBarSet(tr("With known CVEs"));
    clean->setColor(Palette::healthy());
    exposed->setColor(Palette::severity(Severity::Critical));
    QStringList categories;
    int maximum = 0;
    for (const auto &[version, count] : spread) {
        categories.append(unverified.contains(version) ? tr("%1 ✗").arg(version) : version);
        const bool bad = vulnerable.contains(version);
        clean->append(bad ? 0 : count);
        exposed->append(bad ? count : 0);
        maximum = std::max(maximum, count);
    }
    series->append(clean);
    series->append(exposed);
    m_spreadChart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(m_spreadChart);
    axisX->append(categories);
    auto *axisY = new QValueAxis(m_spreadChart);
    setIntegerCountAxis(axisY, maximum);
    axisY->setTitleText(tr("devices"));
    m_spreadChart->addAxis(axisX, Qt::AlignBottom);
    m_spreadChart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

void UpdatesPage::setSiteTimeZones(const QString &backend, const QHash<QString, QString> &zones)
{
    m_siteZones.insert(backend, zones);
    if (m_wizard && backend == m_backend)
        m_wizard->setSiteTimeZones(zones);
}

void UpdatesPage::showFirmwareDetails()
{
    const QModelIndex current = m_firmwareView->currentIndex();
    const std::optional<Firmware> image =
        current.isValid() ? m_catalogue.firmware(current.data(FirmwareCatalogModel::FirmwareIdRole).toString())
                          : std::nullopt;
    if (!image) {
        m_firmwareDetails->setHtml(m_catalogue.rowCount() == 0
                                       ? tr("<p>No firmware catalogue yet. It appears when the backend has synced.</p>")
                                       : tr("<p>Select a firmware image.</p>"));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>") + image->deviceClass.toHtmlEscaped() + QLatin1Char(' ')
                   + image->version.toHtmlEscaped() + QStringLiteral("</h3>");
    html += tr("<p>Image %1").arg(image->id.toHtmlEscaped());
    if (image->released.isValid())
        html += tr(", released %1").arg(locale.toString(image->released.toLocalTime().date(), QLocale::LongFormat));
    html += QStringLiteral("</p>");
    if (image->signatureVerified) {
        html += tr("<p style=\"color:#2E7D32\"><b>Signature verified.</b> This image can be rolled out.</p>");
    } else {
        html += tr("<p style=\"color:#D32F2F\"><b>Signature not verified.</b> This image cannot be pushed: its origin "
                   "cannot be proven, so installing it could put tampered code on the devices. Campaigns offer only "
                   "verified images, and the backend refuses unverified ones.</p>");
    }
    html += tr("<p><b>%Ln</b> device(s) run this version.</p>", nullptr,
               m_catalogue.deviceCount(image->deviceClass, image->version));
    if (image->vulnerabilities.isEmpty()) {
        html += tr("<p>No known CVEs.</p>");
    } else {
        html += tr("<p><b>Known CVEs</b></p><ul>");
        for (const QString &cve : image->vulnerabilities) {
            const int affected = m_catalogue.devicesWith(image->deviceClass, cve);
            html += QStringLiteral("<li>") + cve.toHtmlEscaped() + QStringLiteral(" — <a href=\"cve:")
                    + cve.toHtmlEscaped() + QStringLiteral("\">")
                    + tr("Which devices still run a version with %1? (%2)").arg(cve.toHtmlEscaped(),
                                                                              locale.toString(affected))
                    + QStringLiteral("</a></li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (!image->fixes.isEmpty())
        html += tr("<p><b>Fixes</b> %1</p>").arg(image->fixes.join(QStringLiteral(", ")).toHtmlEscaped());
    html += tr("<p><b>Release notes</b></p>");
    html += image->releaseNotes.isEmpty() ? tr("<p>None published.</p>")
                                          : QStringLiteral("<p>") + image->releaseNotes.toHtmlEscaped().replace(
                                                                         QLatin1Char('\n'), QStringLiteral("<br>"))
                                                + QStringLiteral("</p>");
    m_firmwareDetails->setHtml(html);
}

void UpdatesPage::showDevicesWithVulnerability(const QString &deviceClass, const QString &cve)
{
    const QString filter = m_catalogue.filterForVulnerability(deviceClass, cve);
    if (!filter.isEmpty())
        emit showDevicesRequested(filter);
}

QString UpdatesPage::selectedCampaignId() const
{
    return m_campaignView->currentIndex().data(CampaignListModel::CampaignIdRole).toString();
}

bool UpdatesPage::selectCampaign(const QString &id)
{
    const int row = m_campaigns.rowOfCampaign(id);
    if (row < 0)
        return false;
    m_campaignView->setCurrentIndex(m_campaigns.index(row, 0));
    m_campaignView->selectRow(row);
    return true;
}

void UpdatesPage::showCampaignDetails()
{
    const int row = m_campaignView->currentIndex().isValid() ? m_campaignView->currentIndex().row() : -1;
    m_progressChart->removeAllSeries();
    for (QAbstractAxis *axis : m_progressChart->axes())
        m_progressChart->removeAxis(axis);
    if (row < 0 || row >= m_campaigns.rowCount()) {
        m_campaignDevices->clear();
        m_campaignWindows->clear();
        m_campaignTitle->setText(m_campaigns.rowCount() == 0
                                     ? tr("No campaigns yet. Plan one with “New campaign…”.")
                                     : tr("Select a campaign"));
        m_haltReason->hide();
        for (QPushButton *button : {m_pause, m_resume, m_abort, m_retry})
            button->setEnabled(false);
        return;
    }
    const Campaign &campaign = m_campaigns.campaignAt(row);
    const int total = CampaignListModel::targetCount(campaign);
    if (m_campaignDevices->campaignId() != campaign.id || m_campaignDevices->backend() != m_backend)
        m_campaignDevices->showCampaign(m_backend, campaign.id);
    else if (!m_drillRefresh->isActive())
        m_drillRefresh->start();
    m_campaignTitle->setText(tr("%1 · %2 · wave %3 of %4 · %Ln device(s)", nullptr, total)
                                 .arg(campaign.name, CampaignListModel::stateText(campaign.state))
                                 .arg(campaign.currentWave)
                                 .arg(campaign.waves.size()));
    const bool stopped = campaign.state == CampaignState::Halted || campaign.state == CampaignState::Aborted;
    m_haltReason->setVisible(!campaign.haltReason.isEmpty() || campaign.state == CampaignState::PendingApproval);
    if (campaign.state == CampaignState::PendingApproval)
        m_haltReason->setText(tr("Waiting for a second operator to approve it on the Approvals page."));
    else if (stopped || !campaign.haltReason.isEmpty())
        m_haltReason->setText(tr("Stopped: %1").arg(campaign.haltReason));
    m_haltReason->setStyleSheet(campaign.state == CampaignState::PendingApproval
                                    ? QStringLiteral("color: #F57C00;")
                                    : QStringLiteral("color: #D32F2F;"));

    m_campaignWindows->setCampaign(campaign, m_devices ? m_devices->siteNames() : QHash<QString, QString>());

    const auto count = [&campaign](DeviceUpdateState state) { return campaign.counts.value(state); };
    struct Slice {
        QString label;
        int value;
        QColor colour;
    };
    const QList<Slice> slices{
        {tr("Succeeded"), count(DeviceUpdateState::Succeeded), Palette::healthy()},
        {tr("Failed"), count(DeviceUpdateState::Failed), Palette::severity(Severity::Critical)},
        {tr("In progress"), count(DeviceUpdateState::Downloading) + count(DeviceUpdateState::Installing),
         progressColour()},
        {tr("Queued"), count(DeviceUpdateState::Queued), Palette::offline().lighter(150)},
        {tr("Waiting for window"), count(DeviceUpdateState::WaitingForWindow), waitingColour()},
        {tr("Needs physical service"), count(DeviceUpdateState::NeedsPhysicalService), Palette::quarantined()},
    };
    auto *series = new QHorizontalStackedBarSeries;
    for (const Slice &slice : slices) {
        auto *set = new QBarSet(tr("%1 (%2)").arg(slice.label).arg(slice.value));
        set->setColor(slice.colour);
        set->append(slice.value);
        series->append(set);
    }
    series->setBarWidth(0.4);
    m_progressChart->addSeries(series);
    auto *axisY = new QBarCategoryAxis(m_progressChart);
    axisY->append(tr("Devices"));
    axisY->setVisible(false);
    auto *axisX = new QValueAxis(m_progressChart);
    setIntegerCountAxis(axisX, total);
    m_progressChart->addAxis(axisY, Qt::AlignLeft);
    m_progressChart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);

    const CampaignState state = campaign.state;
    m_pause->setEnabled(state == CampaignState::Running || state == CampaignState::Scheduled);
    m_resume->setEnabled(state == CampaignState::Paused || state == CampaignState::Halted);
    m_abort->setEnabled(state != CampaignState::Completed && state != CampaignState::Aborted);
    m_retry->setEnabled(count(DeviceUpdateState::Failed) > 0 && state != CampaignState::Aborted);
}

void UpdatesPage::setOutcome(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #D32F2F; font-weight: 600;")
                               : QStringLiteral("color: #2E7D32; font-weight: 600;"));
    label->show();
}

void UpdatesPage::runCampaignAction(CampaignAction action)
{
    const QString id = selectedCampaignId();
    if (id.isEmpty() || !m_actions)
        return;
    setOutcome(m_campaignOutcome, tr("Sending %1 for %2…").arg(toString(action), id), false);
    const QString backend = m_backend;
    m_actions->campaignAction(backend, id, action, this, [this, backend, id, action](FleetResult<Campaign> result) {
        if (!result.ok()) {
            setOutcome(m_campaignOutcome, tr("%1 failed: %2").arg(toString(action), result.error().message()), true);
            return;
        }
        setOutcome(m_campaignOutcome,
                   tr("%1 succeeded: campaign %2 is now %3.")
                       .arg(toString(action), id, CampaignListModel::stateText(result->state).toLower()),
                   false);
        // Show the answer at once; the cache brings the same state with the next sync.
        QList<Campaign> campaigns = m_data.value(backend).campaigns;
        for (Campaign &campaign : campaigns) {
            if (campaign.id == id)
                campaign = result.value();
        }
        setCampaigns(backend, campaigns);
    });
}

QString UpdatesPage::campaignOutcome() const
{
    return !m_campaignOutcome->isHidden() ? m_campaignOutcome->text() : QString();
}

CampaignWizard *UpdatesPage::openCampaignWizard(const QString &backend)
{
    if (m_wizard && (backend.isEmpty() || backend == m_wizard->backend())) {
        m_wizard->raise();
        return m_wizard;
    }
    if (m_wizard) // planned for another backend: a campaign never spans backends, so start over on this one
        m_wizard->close();
    if (!backend.isEmpty() && !showBackend(backend))
        return nullptr;
    m_wizard = new CampaignWizard(&m_devices->table(), m_backend, &m_catalogue, m_actions, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setSiteTimeZones(m_siteZones.value(m_backend));
    // The wizard plans on the catalogue shown; switching backends under it would mix two fleets.
    m_backendBox->setEnabled(false);
    connect(m_wizard, &QObject::destroyed, this, [this] { m_backendBox->setEnabled(true); });
    const QModelIndex current = m_firmwareView->currentIndex();
    if (current.isValid())
        m_wizard->selectFirmware(current.data(FirmwareCatalogModel::FirmwareIdRole).toString());
    connect(m_wizard, &CampaignWizard::launched, this, [this](const Campaign &campaign) {
        // The list shows what the backend stored, via the cache; select the new campaign when it arrives.
        if (!selectCampaign(campaign.id))
            m_selectWhenListed = campaign.id;
        m_tabs->setCurrentIndex(CampaignsTab);
        refreshWorkOrders();
    });
    m_wizard->show();
    return m_wizard;
}

void UpdatesPage::refreshWorkOrders()
{
    if (!m_actions || m_backend.isEmpty())
        return;
    const QString backend = m_backend;
    m_actions->workOrders(backend, this, [this, backend](FleetResult<QList<WorkOrder>> result) {
        if (backend != m_backend)
            return; // the operator switched backends meanwhile
        if (!result.ok()) {
            setOutcome(m_workOrderOutcome, tr("Could not load work orders: %1").arg(result.error().message()), true);
            return;
        }
        const QString selected = m_workOrderView->currentIndex().data(WorkOrderModel::DeviceIdRole).toString();
        const DeviceTable &table = m_devices->table();
        QHash<QString, WorkOrderModel::DeviceDetails> details;
        for (const WorkOrder &order : result.value()) {
            WorkOrderModel::DeviceDetails entry;
            if (const std::optional<qsizetype> row = table.rowOf(m_backend, order.deviceId)) {
                entry.name = table.name(*row);
                entry.site = m_devices->siteNames().value(order.siteId, order.siteId);
                entry.location = table.text(*row, RegisterField::Location);
            }
            // As the register shows it: masked unless the role allows personal data; masked when not listed.
            const QModelIndex owner =
                m_devices->indexOfDevice(m_backend, order.deviceId, DeviceRegisterModel::OwnerColumn);
            entry.owner = owner.isValid() ? owner.data().toString() : tr("•••• (personal data)");
            details.insert(order.deviceId, entry);
        }
        m_workOrders.setWorkOrders(result.value());
        m_workOrders.setDeviceDetails(details);
        const int row = m_workOrders.rowOfDevice(selected);
        if (row >= 0)
            m_workOrderView->selectRow(row);
        m_tabs->setTabText(WorkOrdersTab, tr("Work orders (%1)").arg(m_workOrders.rowCount()));
        emit workOrdersLoaded(m_workOrders.rowCount());
    });
}

void UpdatesPage::updateWorkOrderDetails()
{
    const bool any = m_workOrders.rowCount() > 0;
    m_exportCsv->setEnabled(any);
    m_printPdf->setEnabled(any);
    m_markServiced->setEnabled(any && m_workOrderView->currentIndex().isValid());
}

Status UpdatesPage::exportWorkOrdersCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_workOrders.toCsv().toUtf8());
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status UpdatesPage::printWorkOrdersPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("Work orders"));
    writer.setCreator(QStringLiteral("Warden"));
    QTextDocument document;
    document.setHtml(m_workOrders.toHtml(tr("Work orders · %1").arg(m_backend)));
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Status::failure(tr("Cannot write %1.").arg(path));
    return Status::success();
}

void UpdatesPage::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export work orders"), QStringLiteral("work-orders.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = exportWorkOrdersCsv(path);
    setOutcome(m_workOrderOutcome, status.ok() ? tr("Exported %n work order(s) to %1.", nullptr, m_workOrders.rowCount()).arg(path)
                                               : status.errorMessage(),
               !status.ok());
}

void UpdatesPage::printPdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print work orders"), QStringLiteral("work-orders.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status status = printWorkOrdersPdf(path);
    setOutcome(m_workOrderOutcome, status.ok() ? tr("Saved %1.").arg(path) : status.errorMessage(), !status.ok());
}

void UpdatesPage::markServiced(const QString &deviceId)
{
    const int row = m_workOrders.rowOfDevice(deviceId);
    if (row < 0 || !m_actions)
        return;
    const QString version = m_workOrders.workOrderAt(row).requiredVersion;
    setOutcome(m_workOrderOutcome, tr("Marking %1 as serviced…").arg(deviceId), false);
    m_actions->completeWorkOrder(m_backend, deviceId, version, this, [this, deviceId, version](FleetResult<Device> result) {
        if (!result.ok()) {
            setOutcome(m_workOrderOutcome, tr("Could not close the work order of %1: %2")
                                               .arg(deviceId, result.error().message()),
                       true);
            return;
        }
        setOutcome(m_workOrderOutcome,
                   tr("%1 is serviced and now runs %2.").arg(deviceId, result->firmwareVersion.isEmpty()
                                                                           ? version
                                                                           : result->firmwareVersion),
                   false);
        refreshWorkOrders();
    });
}

QString UpdatesPage::workOrderOutcome() const
{
    return !m_workOrderOutcome->isHidden() ? m_workOrderOutcome->text() : QString();
}

} // namespace warden
