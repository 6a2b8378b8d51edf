#include "CampaignWizard.h"

#include "FirmwareCatalogModel.h"
#include "UpdatesActions.h"
#include "inventory/DeviceTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace warden {

namespace {
constexpr int MaxWaves = 10;

QString listHtml(const QStringList &items, int total)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    if (total > items.size())
        html += QStringLiteral("<li>") + CampaignWizard::tr("… and %n more", nullptr, total - int(items.size()))
                + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}
} // namespace

QList<CampaignWave> CampaignWizard::defaultWaves()
{
    return {CampaignWave{1, 10}, CampaignWave{10, 10}, CampaignWave{50, 5}, CampaignWave{100, 5}};
}

CampaignWizard::CampaignWizard(const DeviceTable *devices, const QString &backend,
                               const FirmwareCatalogModel *catalogue, UpdatesActions *actions, QWidget *parent)
    : QDialog(parent),
      m_devices(devices),
      m_backend(backend),
      m_catalogue(catalogue),
      m_actions(actions),
      m_name(new QLineEdit(this)),
      m_class(new QComboBox(this)),
      m_firmware(new QComboBox(this)),
      m_firmwareNote(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_selection(new QLabel(this)),
      m_useFilter(new QPushButton(tr("Use a filter instead"), this)),
      m_count(new QLabel(this)),
      m_waves(new QTableWidget(0, 2, this)),
      m_wait(new QSpinBox(this)),
      m_windowEnabled(new QCheckBox(tr("Only inside a maintenance window"), this)),
      m_windowStart(new QTimeEdit(QTime(1, 0), this)),
      m_windowEnd(new QTimeEdit(QTime(5, 0), this)),
      m_siteWindows(new QTableWidget(0, 4, this)),
      m_preview(new QTextBrowser(this)),
      m_outcome(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_launch(new QPushButton(tr("Launch campaign"), this)),
      m_impactTimer(new QTimer(this))
{
    setWindowTitle(tr("New firmware campaign on %1").arg(m_backend));
    setObjectName(QStringLiteral("campaignWizard"));
    resize(980, 640);

    m_name->setPlaceholderText(tr("e.g. Camera CVE fix, north sites"));
    m_name->setAccessibleName(tr("Campaign name"));
    m_class->setAccessibleName(tr("Device class"));
    m_class->addItems(m_catalogue->deviceClasses());
    m_firmware->setAccessibleName(tr("Firmware image"));
    m_firmwareNote->setWordWrap(true);
    m_firmwareNote->setStyleSheet(QStringLiteral("color: #616161;"));
    m_filter->setPlaceholderText(tr("Register filter within the class, e.g. site:site-north fw:<6 (empty = all)"));
    m_filter->setAccessibleName(tr("Target filter"));
    m_filter->setClearButtonEnabled(true);
    m_count->setAccessibleName(tr("Matching devices"));

    m_waves->setHorizontalHeaderLabels({tr("Reach (% of targets, cumulative)"), tr("Halt above (% failed)")});
    m_waves->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_waves->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_waves->setAccessibleName(tr("Waves"));
    m_waves->setMinimumHeight(6 * (fontMetrics().height() + 12));
    auto *addWave = new QToolButton(this);
    addWave->setText(tr("Add wave"));
    auto *removeWave = new QToolButton(this);
    removeWave->setText(tr("Remove wave"));
    connect(addWave, &QToolButton::clicked, this, [this] {
        if (m_waves->rowCount() < MaxWaves)
            addWaveRow(CampaignWave{100, 10});
        updateImpact();
    });
    connect(removeWave, &QToolButton::clicked, this, [this] {
        if (m_waves->rowCount() > 1)
            m_waves->removeRow(m_waves->currentRow() >= 0 ? m_waves->currentRow() : m_waves->rowCount() - 1);
        updateImpact();
    });
    auto *waveButtons = new QHBoxLayout;
    waveButtons->addWidget(addWave);
    waveButtons->addWidget(removeWave);
    waveButtons->addStretch();

    m_wait->setRange(0, 7 * 24 * 60);
    m_wait->setValue(30);
    m_wait->setSuffix(tr(" min"));
    m_wait->setAccessibleName(tr("Wait between waves"));
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowStart->setAccessibleName(tr("Maintenance window start"));
    m_windowEnd->setAccessibleName(tr("Maintenance window end"));
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowEnabled);
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(QStringLiteral("–"), this));
    window->addWidget(m_windowEnd);
    window->addWidget(new QLabel(tr("site time zone"), this));
    window->addStretch();
    auto setWindowEditable = [this](bool on) {
        m_windowStart->setEnabled(on);
        m_windowEnd->setEnabled(on);
    };
    connect(m_windowEnabled, &QCheckBox::toggled, this, setWindowEditable);
    setWindowEditable(false);

    m_siteWindows->setHorizontalHeaderLabels(
        {tr("Site"), tr("Time zone"), tr("Wait for a window"), tr("Window (site's local time)")});
    m_siteWindows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_siteWindows->horizontalHeader()->setStretchLastSection(true);
    m_siteWindows->verticalHeader()->setVisible(false);
    m_siteWindows->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_siteWindows->setAlternatingRowColors(true);
    m_siteWindows->setSelectionMode(QAbstractItemView::NoSelection);
    m_siteWindows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_siteWindows->setAccessibleName(tr("Maintenance windows per site"));
    m_siteWindows->setToolTip(tr("A site may have a window of its own, in its own time zone; the other sites use the "
                                 "window above."));
    m_siteWindows->setMinimumHeight(5 * (fontMetrics().height() + 14));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Backends are separate fleets with their own catalogues and approvals: a campaign runs on exactly one.
    auto *backendNote = new QLabel(tr("<b>%1</b> — a campaign never spans backends: only %1's devices and firmware "
                                      "are used.")
                                       .arg(m_backend.toHtmlEscaped()),
                                   this);
    backendNote->setToolTip(tr("To patch another backend's devices, choose it in the Updates page's Backend box and "
                               "plan a campaign there."));
    backendNote->setAccessibleName(tr("Backend of the campaign"));
    form->addRow(tr("Backend"), backendNote);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Device class"), m_class);
    form->addRow(tr("Firmware"), m_firmware);
    form->addRow(QString(), m_firmwareNote);
    m_selection->setAccessibleName(tr("Selected devices"));
    m_selection->hide();
    m_useFilter->setToolTip(tr("Target the devices of a register filter instead of the devices picked one by one."));
    m_useFilter->hide();
    connect(m_useFilter, &QPushButton::clicked, this, [this] { setTargetFilter(QString()); });
    auto *targets = new QHBoxLayout;
    targets->setContentsMargins(0, 0, 0, 0);
    targets->addWidget(m_filter, 1);
    targets->addWidget(m_selection, 1);
    targets->addWidget(m_useFilter);
    form->addRow(tr("Targets"), targets);
    form->addRow(QString(), m_count);
    form->addRow(tr("Waves"), m_waves);
    form->addRow(QString(), waveButtons);
    form->addRow(tr("Wait between waves"), m_wait);
    form->addRow(tr("Window"), window);
    form->addRow(tr("Per site"), m_siteWindows);
    auto *formWidget = new QWidget(this);
    formWidget->setLayout(form);

    m_preview->setAccessibleName(tr("Impact preview"));
    m_preview->setOpenLinks(false);
    auto *previewTitle = new QLabel(tr("Impact preview"), this);
    previewTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(formWidget);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_outcome->setWordWrap(true);
    m_outcome->setAccessibleName(tr("Launch outcome"));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    m_launch->setDefault(true);
    m_launch->setObjectName(QStringLiteral("launchCampaign"));
    m_buttons->addButton(m_launch, QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_launch, &QPushButton::clicked, this, [this] {
        m_impactTimer->stop(); // the count the operator saw must be the one launched against
        m_impact = assessTargets();
        Result<CampaignRequest> built = request();
        if (!built.ok()) {
            showOutcome(built.errorMessage(), true);
            return;
        }
        submit(built.value());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);

    m_impactTimer->setSingleShot(true);
    m_impactTimer->setInterval(150);
    connect(m_impactTimer, &QTimer::timeout, this, [this] {
        m_impact = assessTargets();
        showImpact();
    });
    connect(m_class, &QComboBox::currentTextChanged, this, [this] {
        fillFirmware();
        updateImpact();
    });
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &CampaignWizard::updateImpact);
    connect(m_filter, &QLineEdit::textChanged, this, &CampaignWizard::updateImpact);
    connect(m_windowEnabled, &QCheckBox::toggled, this, &CampaignWizard::updateImpact);
    connect(m_windowStart, &QTimeEdit::timeChanged, this, &CampaignWizard::updateImpact);
    connect(m_windowEnd, &QTimeEdit::timeChanged, this, &CampaignWizard::updateImpact);
    connect(m_waves, &QTableWidget::cellChanged, this, &CampaignWizard::updateImpact);

    setWaves(defaultWaves());
    fillFirmware();
    m_impact = assessTargets();
    showImpact();
}

void CampaignWizard::addWaveRow(const CampaignWave &wave)
{
    const int row = m_waves->rowCount();
    m_waves->insertRow(row);
    auto *percent = new QDoubleSpinBox(m_waves);
    percent->setRange(0.1, 100);
    percent->setDecimals(1);
    percent->setSuffix(QStringLiteral(" %"));
    percent->setValue(wave.percent);
    percent->setAccessibleName(tr("Wave %1 reach").arg(row + 1));
    auto *threshold = new QDoubleSpinBox(m_waves);
    threshold->setRange(0, 100);
    threshold->setDecimals(1);
    threshold->setSuffix(QStringLiteral(" %"));
    threshold->setValue(wave.failureThresholdPercent);
    threshold->setAccessibleName(tr("Wave %1 failure threshold").arg(row + 1));
    connect(percent, &QDoubleSpinBox::valueChanged, this, &CampaignWizard::updateImpact);
    connect(threshold, &QDoubleSpinBox::valueChanged, this, &CampaignWizard::updateImpact);
    m_waves->setCellWidget(row, 0, percent);
    m_waves->setCellWidget(row, 1, threshold);
}

void CampaignWizard::fillFirmware()
{
    const QString previous = selectedFirmwareId();
    auto *items = new QStandardItemModel(m_firmware);
    int firstVerified = -1;
    const QList<Firmware> images = m_catalogue->firmwareOfClass(m_class->currentText());
    for (const Firmware &image : images) {
        auto *item = new QStandardItem;
        item->setData(image.id, Qt::UserRole);
        if (image.signatureVerified) {
            const QString fixes = image.fixes.isEmpty()
                                      ? QString()
                                      : tr(" · fixes %1").arg(image.fixes.join(QStringLiteral(", ")));
            item->setText(tr("%1 (%2)%3").arg(image.version, image.id, fixes));
            if (firstVerified < 0)
                firstVerified = items->rowCount();
        } else {
            // Listed so the operator sees it exists, but never selectable: the backend refuses unsigned images.
            item->setText(tr("%1 (%2) · signature not verified, cannot be pushed").arg(image.version, image.id));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("The image's signature does not verify; rolling it out could install tampered code."));
        }
        items->appendRow(item);
    }
    m_firmware->setModel(items);
    int index = firstVerified;
    for (int row = 0; row < items->rowCount(); ++row) {
        if (items->item(row)->data(Qt::UserRole).toString() == previous && items->item(row)->isEnabled())
            index = row;
    }
    m_firmware->setCurrentIndex(index);
    if (images.isEmpty())
        m_firmwareNote->setText(tr("The catalogue has no image for this class."));
    else if (firstVerified < 0)
        m_firmwareNote->setText(tr("No image of this class has a verified signature, so none can be rolled out."));
    else
        m_firmwareNote->setText(tr("Only images with a verified signature can be selected; the newest is first."));
}

void CampaignWizard::setCampaignName(const QString &name) { m_name->setText(name); }

bool CampaignWizard::selectFirmware(const QString &firmwareId)
{
    const std::optional<Firmware> image = m_catalogue->firmware(firmwareId);
    if (!image || !image->signatureVerified)
        return false;
    m_class->setCurrentText(image->deviceClass);
    const int index = m_firmware->findData(firmwareId, Qt::UserRole);
    if (index < 0)
        return false;
    m_firmware->setCurrentIndex(index);
    return true;
}

void CampaignWizard::setTargetFilter(const QString &filter)
{
    m_byDevices = false;
    m_deviceIds.clear();
    m_selection->hide();
    m_useFilter->hide();
    m_filter->show();
    m_filter->setText(filter);
    m_impactTimer->stop();
    m_impact = assessTargets();
    showImpact();
}

void CampaignWizard::setTargetDevices(const QStringList &deviceIds)
{
    m_byDevices = true;
    m_deviceIds = deviceIds;
    m_deviceIds.removeDuplicates();
    m_filter->hide();
    m_selection->setText(tr("%Ln selected device(s)", nullptr, int(m_deviceIds.size())));
    m_selection->show();
    m_useFilter->show();
    m_impactTimer->stop();
    m_impact = assessTargets();
    showImpact();
}

CampaignImpact CampaignWizard::assessTargets() const
{
    if (!m_byDevices)
        return CampaignImpact::assess(*m_devices, m_backend, m_class->currentText(), m_filter->text());
    return CampaignImpact::assessDevices(*m_devices, m_backend, m_class->currentText(),
                                         QSet<QString>(m_deviceIds.cbegin(), m_deviceIds.cend()));
}

void CampaignWizard::setWaves(const QList<CampaignWave> &waves)
{
    m_waves->setRowCount(0);
    for (const CampaignWave &wave : waves)
        addWaveRow(wave);
    updateImpact();
}

void CampaignWizard::setWaitMinutes(int minutes) { m_wait->setValue(minutes); }

void CampaignWizard::setMaintenanceWindow(const QTime &start, const QTime &end)
{
    m_windowStart->setTime(start);
    m_windowEnd->setTime(end);
    m_windowEnabled->setChecked(true);
}

void CampaignWizard::clearMaintenanceWindow() { m_windowEnabled->setChecked(false); }

void CampaignWizard::setSiteTimeZones(const QHash<QString, QString> &zones)
{
    if (zones == m_siteZones)
        return; // a reload of the same sites must not reset what the operator is editing
    m_siteZones = zones;
    m_siteWindows->setRowCount(0); // zones shown change: rebuild
    showImpact();
}

void CampaignWizard::setSiteWindow(const QString &siteId, const QTime &start, const QTime &end)
{
    m_ownWindows.insert(siteId, {start, end});
    m_siteWindows->setRowCount(0);
    showImpact();
}

void CampaignWizard::clearSiteWindow(const QString &siteId)
{
    m_ownWindows.remove(siteId);
    m_siteWindows->setRowCount(0);
    showImpact();
}

QStringList CampaignWizard::targetSites() const { return m_impact.sites.keys(); }

QString CampaignWizard::defaultWindowText() const
{
    // Without a window of the campaign's own, fleetd keeps window-bound devices to 01:00-05:00 local time.
    const QTime start = m_windowEnabled->isChecked() ? m_windowStart->time() : QTime(1, 0);
    const QTime end = m_windowEnabled->isChecked() ? m_windowEnd->time() : QTime(5, 0);
    if (start == end)
        return tr("all day");
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
}

void CampaignWizard::fillSiteWindows()
{
    const QStringList sites = m_impact.sites.keys();
    QStringList shown;
    for (int row = 0; row < m_siteWindows->rowCount(); ++row)
        shown.append(m_siteWindows->item(row, 0)->text());
    if (shown == sites) {
        for (int row = 0; row < m_siteWindows->rowCount(); ++row) {
            auto *hint = m_siteWindows->cellWidget(row, 3)->findChild<QLabel *>(QStringLiteral("defaultHint"));
            hint->setText(tr("Default (%1)").arg(defaultWindowText()));
            if (!m_ownWindows.contains(sites.at(row)))
                m_siteWindows->item(row, 3)->setText(hint->text());
        }
        return;
    }
    m_siteWindows->setRowCount(0);
    for (const QString &site : sites) {
        const int row = m_siteWindows->rowCount();
        m_siteWindows->insertRow(row);
        m_siteWindows->setItem(row, 0, new QTableWidgetItem(site));
        const QString zone = m_siteZones.value(site);
        m_siteWindows->setItem(row, 1, new QTableWidgetItem(zone.isEmpty() ? tr("unknown (UTC)") : zone));
        auto *count = new QTableWidgetItem(QLocale().toString(m_impact.sites.value(site).needsWindow));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_siteWindows->setItem(row, 2, count);
        m_siteWindows->setItem(row, 3, new QTableWidgetItem());

        auto *cell = new QWidget(m_siteWindows);
        cell->setAutoFillBackground(true); // the item's text below is for screen readers, not to show through
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(4, 0, 4, 0);
        auto *own = new QCheckBox(tr("Own window"), cell);
        own->setAccessibleName(tr("Own window for %1").arg(site));
        auto *start = new QTimeEdit(cell);
        auto *end = new QTimeEdit(cell);
        for (QTimeEdit *edit : {start, end})
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
        start->setAccessibleName(tr("Window start at %1").arg(site));
        end->setAccessibleName(tr("Window end at %1").arg(site));
        const auto window = m_ownWindows.constFind(site);
        own->setChecked(window != m_ownWindows.cend());
        start->setTime(window != m_ownWindows.cend() ? window->first : QTime(1, 0));
        end->setTime(window != m_ownWindows.cend() ? window->second : QTime(5, 0));
        start->setEnabled(own->isChecked());
        end->setEnabled(own->isChecked());
        auto *hint = new QLabel(tr("Default (%1)").arg(defaultWindowText()), cell);
        hint->setObjectName(QStringLiteral("defaultHint"));
        hint->setVisible(!own->isChecked());
        cellLayout->addWidget(own);
        cellLayout->addWidget(start);
        cellLayout->addWidget(new QLabel(QStringLiteral("–"), cell));
        cellLayout->addWidget(end);
        cellLayout->addWidget(hint);
        cellLayout->addStretch();
        // The item under the cell says the same for screen readers and tests.
        m_siteWindows->item(row, 3)->setText(own->isChecked() ? tr("Own window") : hint->text());
        m_siteWindows->setCellWidget(row, 3, cell);
        const auto store = [this, site, own, start, end, hint, row] {
            if (own->isChecked())
                m_ownWindows.insert(site, {start->time(), end->time()});
            else
                m_ownWindows.remove(site);
            start->setEnabled(own->isChecked());
            end->setEnabled(own->isChecked());
            hint->setVisible(!own->isChecked());
            m_siteWindows->item(row, 3)->setText(own->isChecked() ? tr("Own window") : hint->text());
            updateImpact();
        };
        connect(own, &QCheckBox::toggled, this, store);
        connect(start, &QTimeEdit::timeChanged, this, store);
        connect(end, &QTimeEdit::timeChanged, this, store);
    }
}

QString CampaignWizard::selectedFirmwareId() const
{
    return m_firmware->currentIndex() < 0 ? QString() : m_firmware->currentData(Qt::UserRole).toString();
}

Result<CampaignRequest> CampaignWizard::request() const
{
    CampaignRequest request;
    request.name = m_name->text().trimmed();
    if (request.name.isEmpty())
        return Result<CampaignRequest>::failure(tr("Give the campaign a name."), QStringLiteral("name"));
    request.firmwareId = selectedFirmwareId();
    if (request.firmwareId.isEmpty())
        return Result<CampaignRequest>::failure(tr("Choose a firmware image with a verified signature."),
                                                QStringLiteral("firmware_id"));
    if (m_byDevices) {
        if (m_deviceIds.size() > MaxDeviceIds)
            return Result<CampaignRequest>::failure(
                tr("%1 devices are selected; a campaign can name at most %2 devices one by one. Target them with a "
                   "filter instead (in the register: filter, then \"Select all matching\").")
                    .arg(QLocale().toString(m_deviceIds.size()), QLocale().toString(MaxDeviceIds)),
                QStringLiteral("device_ids"));
        if (m_impact.targets == 0)
            return Result<CampaignRequest>::failure(
                tr("None of the %Ln selected device(s) is a %1 device of this backend.", nullptr,
                   int(m_deviceIds.size()))
                    .arg(m_class->currentText()),
                QStringLiteral("device_ids"));
        request.deviceIds = m_impact.targetIds;
    }
    if (!m_impact.error.isEmpty())
        return Result<CampaignRequest>::failure(tr("The target filter does not parse: %1").arg(m_impact.error),
                                                QStringLiteral("target_filter"));
    if (m_impact.targets == 0)
        return Result<CampaignRequest>::failure(tr("No %1 device matches the target filter.")
                                                    .arg(m_class->currentText()),
                                                QStringLiteral("target_filter"));
    if (!m_byDevices)
        request.targetFilter = m_filter->text().trimmed();
    double previous = 0;
    for (int row = 0; row < m_waves->rowCount(); ++row) {
        const auto *percent = qobject_cast<QDoubleSpinBox *>(m_waves->cellWidget(row, 0));
        const auto *threshold = qobject_cast<QDoubleSpinBox *>(m_waves->cellWidget(row, 1));
        const CampaignWave wave{percent->value(), threshold->value()};
        if (wave.percent <= previous)
            return Result<CampaignRequest>::failure(
                tr("Wave %1 must reach more than wave %2 (%3 %).").arg(row + 1).arg(row).arg(previous),
                QStringLiteral("waves"));
        previous = wave.percent;
        request.waves.append(wave);
    }
    if (request.waves.isEmpty() || previous < 100)
        return Result<CampaignRequest>::failure(tr("The last wave must reach 100 % of the targets."),
                                                QStringLiteral("waves"));
    request.waitMinutesBetweenWaves = m_wait->value();
    if (m_windowEnabled->isChecked()) {
        request.maintenanceStart = m_windowStart->time().toString(QStringLiteral("HH:mm"));
        request.maintenanceEnd = m_windowEnd->time().toString(QStringLiteral("HH:mm"));
    }
    for (auto it = m_ownWindows.cbegin(); it != m_ownWindows.cend(); ++it) {
        if (!m_impact.sites.contains(it.key()))
            continue; // a site no longer among the targets
        request.siteWindows.insert(it.key(), CampaignRequest::SiteWindow{it->first.toString(QStringLiteral("HH:mm")),
                                                                         it->second.toString(QStringLiteral("HH:mm")),
                                                                         m_siteZones.value(it.key())});
    }
    return request;
}

void CampaignWizard::updateImpact()
{
    m_impactTimer->start();
}

void CampaignWizard::showImpact()
{
    const QLocale locale;
    if (!m_impact.error.isEmpty()) {
        m_count->setText(tr("The filter does not parse: %1").arg(m_impact.error));
        m_count->setStyleSheet(QStringLiteral("color: #D32F2F;"));
    } else if (m_byDevices) {
        QString text = tr("%Ln of them are %1 devices", nullptr, m_impact.targets).arg(m_class->currentText());
        if (m_impact.leftOut > 0)
            text += QStringLiteral("; ") + tr("%Ln left out (another class, or no longer in the register)", nullptr,
                                  m_impact.leftOut);
        if (m_deviceIds.size() > MaxDeviceIds)
            text = tr("More than %1 devices selected one by one: target them with a filter instead.")
                       .arg(QLocale().toString(MaxDeviceIds));
        m_count->setText(text);
        m_count->setStyleSheet(m_deviceIds.size() > MaxDeviceIds ? QStringLiteral("color: #D32F2F;") : QString());
    } else {
        m_count->setText(tr("%Ln %1 device(s) match", nullptr, m_impact.targets).arg(m_class->currentText()));
        m_count->setStyleSheet(QString());
    }
    QString html;
    const std::optional<Firmware> image = m_catalogue->firmware(selectedFirmwareId());
    if (image)
        html += tr("<p>Firmware <b>%1 %2</b> (%3).</p>")
                    .arg(image->deviceClass.toHtmlEscaped(), image->version.toHtmlEscaped(), image->id.toHtmlEscaped());
    else
        html += tr("<p>No verified firmware selected.</p>");
    html += tr("<p><b>%Ln</b> device(s) of %1 in this backend's fleet.</p>", nullptr, m_impact.targets)
                .arg(locale.toString(m_impact.fleetSize));
    Result<CampaignRequest> built = request();
    if (built.ok() && m_impact.targets > 0) {
        QStringList waves;
        int reached = 0;
        for (const CampaignWave &wave : built->waves) {
            const int cumulative = int(std::ceil(wave.percent / 100.0 * m_impact.targets));
            waves.append(tr("%Ln device(s), halt above %1 % failed", nullptr, std::max(0, cumulative - reached))
                             .arg(wave.failureThresholdPercent));
            reached = cumulative;
        }
        html += tr("<p>Waves:</p>") + listHtml(waves, int(waves.size()));
    }
    if (m_impact.safetyCritical > 0) {
        html += tr("<p style=\"color:#D32F2F\"><b>%n safety-critical device(s)</b>:</p>", nullptr,
                   m_impact.safetyCritical)
                + listHtml(m_impact.safetyCriticalDevices, m_impact.safetyCritical);
    }
    if (m_impact.physicalService > 0) {
        html += tr("<p><b>%n device(s) cannot take an online update</b>; each becomes a work order for a technician:"
                   "</p>",
                   nullptr, m_impact.physicalService)
                + listHtml(m_impact.physicalServiceDevices, m_impact.physicalService);
    }
    if (m_impact.needsWindow > 0) {
        // Only devices that need a window wait for one, each in its own site's time zone.
        QStringList waiting;
        for (auto it = m_impact.sites.cbegin(); it != m_impact.sites.cend(); ++it) {
            if (it->needsWindow == 0)
                continue;
            const auto own = m_ownWindows.constFind(it.key());
            const QString window = own != m_ownWindows.cend()
                ? tr("own window %1–%2").arg(own->first.toString(QStringLiteral("HH:mm")),
                                            own->second.toString(QStringLiteral("HH:mm")))
                : tr("default window %1").arg(defaultWindowText());
            const QString zone = m_siteZones.value(it.key(), tr("UTC"));
            waiting.append(tr("%1 (%2): %Ln device(s), %3", nullptr, it->needsWindow).arg(it.key(), zone, window));
        }
        html += tr("<p>%n device(s) update only inside a maintenance window; these sites wait for one:</p>", nullptr,
                   m_impact.needsWindow)
                + listHtml(waiting, int(waiting.size()));
    }
    if (m_impact.targets > 0 && m_impact.needsApproval()) {
        html += tr("<p style=\"color:#F57C00\"><b>Needs a second operator.</b> The campaign touches safety-critical "
                   "devices or more than %1 % of the fleet, so it waits for approval before it starts.</p>")
                    .arg(int(CampaignImpact::ApprovalFleetShare * 100));
    }
    m_preview->setHtml(html);
    fillSiteWindows();
    m_launch->setEnabled(!m_submitting && built.ok());
    m_launch->setToolTip(built.ok() ? QString() : built.errorMessage());
}

void CampaignWizard::showOutcome(const QString &text, bool error)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(error ? QStringLiteral("color: #D32F2F; font-weight: 600;")
                                   : QStringLiteral("color: #2E7D32; font-weight: 600;"));
    m_outcome->show();
}

QString CampaignWizard::outcomeText() const
{
    return !m_outcome->isHidden() ? m_outcome->text() : QString();
}

void CampaignWizard::submit(const CampaignRequest &request)
{
    m_submitting = true;
    m_launch->setEnabled(false);
    showOutcome(tr("Sending the campaign to %1…").arg(m_backend), false);
    m_actions->createCampaign(m_backend, request, this, [this](FleetResult<Campaign> result) {
        m_submitting = false;
        if (!result.ok()) {
            showOutcome(tr("The backend refused the campaign: %1").arg(result.error().message()), true);
            m_launch->setEnabled(true);
            return;
        }
        const Campaign &campaign = result.value();
        if (campaign.state == CampaignState::PendingApproval) {
            showOutcome(tr("Campaign %1 was created and waits for approval: a second operator must approve it on the "
                           "Approvals page before any device is updated.")
                            .arg(campaign.id),
                        false);
        } else {
            showOutcome(tr("Campaign %1 was created and is %2.").arg(campaign.id, toString(campaign.state)), false);
        }
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_launch->setEnabled(false);
        emit launched(campaign);
    });
}

} // namespace warden
