#include "CampaignDevicesView.h"

#include "DeviceRegisterModel.h"
#include "UpdatesActions.h"
#include "inventory/DeviceTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warden {

using namespace Qt::Literals::StringLiterals;

namespace {

// Columns of the waves table after Wave, Share, Threshold and Devices: one per update state, in this order.
const DeviceUpdateState WaveStateColumns[] = {
    DeviceUpdateState::Succeeded,        DeviceUpdateState::Failed,  DeviceUpdateState::Downloading,
    DeviceUpdateState::Installing,       DeviceUpdateState::WaitingForWindow,
    DeviceUpdateState::NeedsPhysicalService, DeviceUpdateState::Queued,
};
constexpr int FixedWaveColumns = 4;

void setUpTable(QAbstractItemView *view, QHeaderView *vertical, QHeaderView *horizontal, int rowHeight)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    vertical->hide();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(rowHeight);
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(true);
}

} // namespace

CampaignDevicesView::CampaignDevicesView(UpdatesActions *actions, DeviceRegisterModel *devices, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_devices(devices),
      m_title(new QLabel(tr("Waves"), this)),
      m_waves(new QTableWidget(this)),
      m_stateFilter(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_more(new QPushButton(tr("Load more"), this)),
      m_showDevice(new QPushButton(tr("Show in register"), this)),
      m_status(new QLabel(this))
{
    const int rowHeight = fontMetrics().height() + 8;
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_waves->setAccessibleName(tr("Waves of the campaign"));
    m_waves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpTable(m_waves, m_waves->verticalHeader(), m_waves->horizontalHeader(), rowHeight);
    // Short headers so every state fits beside the wave; the full state name is in the header's tooltip.
    QStringList headers{tr("Wave"), tr("Share"), tr("Halts above"), tr("Devices")};
    for (DeviceUpdateState state : WaveStateColumns) {
        switch (state) {
        case DeviceUpdateState::Downloading: headers.append(tr("Download")); break;
        case DeviceUpdateState::Installing: headers.append(tr("Install")); break;
        case DeviceUpdateState::WaitingForWindow: headers.append(tr("Window")); break;
        case DeviceUpdateState::NeedsPhysicalService: headers.append(tr("Technician")); break;
        default: headers.append(CampaignTargetModel::stateText(state)); break;
        }
    }
    m_waves->setColumnCount(int(headers.size()));
    m_waves->setHorizontalHeaderLabels(headers);
    for (int column = FixedWaveColumns; column < m_waves->columnCount(); ++column)
        m_waves->horizontalHeaderItem(column)->setToolTip(
            CampaignTargetModel::stateText(WaveStateColumns[column - FixedWaveColumns]));
    m_waves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waves->setMaximumHeight(rowHeight * 5 + m_waves->horizontalHeader()->sizeHint().height() + 4);
    connect(m_waves, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        const int wave = m_waves->item(row, 0) ? m_waves->item(row, 0)->data(Qt::UserRole).toInt() : 0;
        if (wave != m_wave)
            selectWave(wave);
    });

    m_stateFilter->setAccessibleName(tr("Show devices in this update state"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (int s = 0; s <= int(DeviceUpdateState::NeedsPhysicalService); ++s)
        m_stateFilter->addItem(CampaignTargetModel::stateText(DeviceUpdateState(s)), s);
    connect(m_stateFilter, &QComboBox::activated, this, [this](int index) {
        const int value = m_stateFilter->itemData(index).toInt();
        setStateFilter(value < 0 ? std::nullopt : std::optional<DeviceUpdateState>(DeviceUpdateState(value)));
    });

    m_view->setAccessibleName(tr("Devices of the campaign"));
    m_view->setModel(&m_targets);
    setUpTable(m_view, m_view->verticalHeader(), m_view->horizontalHeader(), rowHeight);
    m_view->setWordWrap(false);
    const int unit = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(CampaignTargetModel::DeviceColumn, fontMetrics().horizontalAdvance(u"dev-000000"_s) + 16);
    m_view->setColumnWidth(CampaignTargetModel::NameColumn, unit * 18);
    m_view->setColumnWidth(CampaignTargetModel::SiteColumn, unit * 16);
    m_view->setColumnWidth(CampaignTargetModel::WaveColumn, unit * 7);
    m_view->setColumnWidth(CampaignTargetModel::StateColumn, unit * 20);
    m_view->setColumnWidth(CampaignTargetModel::UpdatedColumn, unit * 18);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit showDeviceRequested(m_backend, index.data(CampaignTargetModel::DeviceIdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_showDevice->setEnabled(current.isValid()); });

    m_more->setAccessibleName(tr("Load more devices of the campaign"));
    m_more->setEnabled(false);
    connect(m_more, &QPushButton::clicked, this, &CampaignDevicesView::loadMore);
    m_showDevice->setToolTip(tr("Opens the register on this device (its details, history and campaigns)."));
    m_showDevice->setEnabled(false);
    connect(m_showDevice, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit showDeviceRequested(m_backend, current.data(CampaignTargetModel::DeviceIdRole).toString());
    });
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Campaign devices status"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Devices in"), this));
    filterRow->addWidget(m_stateFilter);
    filterRow->addStretch();
    filterRow->addWidget(m_showDevice);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_status, 1);
    bottomRow->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_waves);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottomRow);
    clear();
}

void CampaignDevicesView::clear()
{
    ++m_generation;
    m_pendingReplies = 0;
    m_backend.clear();
    m_campaignId.clear();
    m_wave = 0;
    m_nextCursor.clear();
    m_waveStatus.clear();
    m_waves->setRowCount(0);
    m_targets.reset();
    m_more->setEnabled(false);
    m_status->setText(tr("Select a campaign to see its waves and devices."));
}

void CampaignDevicesView::showCampaign(const QString &backend, const QString &campaignId)
{
    if (backend == m_backend && campaignId == m_campaignId) {
        refresh();
        return;
    }
    clear();
    m_backend = backend;
    m_campaignId = campaignId;
    m_state.reset();
    m_stateFilter->setCurrentIndex(0);
    startOver();
}

void CampaignDevicesView::selectWave(int wave)
{
    m_wave = wave;
    startOver();
}

void CampaignDevicesView::setStateFilter(std::optional<DeviceUpdateState> state)
{
    m_state = state;
    const int index = m_stateFilter->findData(state ? int(*state) : -1);
    if (index >= 0 && index != m_stateFilter->currentIndex())
        m_stateFilter->setCurrentIndex(index);
    startOver();
}

void CampaignDevicesView::startOver()
{
    if (m_campaignId.isEmpty() || !m_actions)
        return;
    ++m_generation;
    m_pendingReplies = 0;
    m_targets.reset();
    m_nextCursor.clear();
    m_status->setText(tr("Loading…"));
    requestWaves();
    requestPage(QString(), PageSize);
}

void CampaignDevicesView::refresh()
{
    if (m_campaignId.isEmpty() || !m_actions || isLoading())
        return;
    // The rows shown so far are re-read in place; the cursor after them stays as it was.
    requestWaves();
    requestPage(QString(), std::max(PageSize, int(m_targets.rowCount())));
}

void CampaignDevicesView::loadMore()
{
    if (!m_nextCursor.isEmpty() && !isLoading())
        requestPage(m_nextCursor, PageSize);
}

void CampaignDevicesView::requestWaves()
{
    ++m_pendingReplies;
    const quint64 generation = m_generation;
    m_actions->campaignWaves(m_backend, m_campaignId, this,
                             [this, generation](FleetResult<QList<CampaignWaveStatus>> result) {
                                 if (generation != m_generation)
                                     return;
                                 if (!result.ok()) {
                                     showError(result.error().message());
                                 } else {
                                     m_waveStatus = result.value();
                                     showWaves();
                                 }
                                 replyArrived();
                             });
}

void CampaignDevicesView::requestPage(const QString &cursor, int limit)
{
    ++m_pendingReplies;
    m_more->setEnabled(false);
    CampaignDeviceQuery query;
    query.wave = m_wave;
    query.state = m_state;
    query.cursor = cursor;
    query.limit = limit;
    const quint64 generation = m_generation;
    const bool firstPage = cursor.isEmpty();
    m_actions->campaignDevices(
        m_backend, m_campaignId, query, this,
        [this, generation, firstPage](FleetResult<Page<CampaignDeviceState>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                showError(result.error().message());
            } else {
                m_targets.appendPage(result->items, detailsOf(result->items));
                // A re-read of the first rows keeps the position of a list that was paged further already.
                if (!firstPage || m_nextCursor.isEmpty() || m_targets.rowCount() <= result->items.size())
                    m_nextCursor = result->nextCursor;
                const QLocale locale;
                m_status->setText(m_targets.rowCount() == 0
                                      ? tr("No device of this campaign matches.")
                                      : tr("%1 device(s) shown%2.")
                                            .arg(locale.toString(m_targets.rowCount()),
                                                 hasMore() ? tr("; more with “Load more”") : QString()));
                m_status->setStyleSheet(QString());
            }
            m_more->setEnabled(hasMore());
            replyArrived();
        });
}

void CampaignDevicesView::replyArrived()
{
    m_pendingReplies = std::max(0, m_pendingReplies - 1);
    emit loaded();
}

void CampaignDevicesView::showWaves()
{
    const QLocale locale;
    m_waves->blockSignals(true);
    m_waves->setRowCount(int(m_waveStatus.size()) + 1);
    int total = 0;
    QMap<DeviceUpdateState, int> sums;
    for (const CampaignWaveStatus &wave : std::as_const(m_waveStatus)) {
        total += wave.devices;
        for (auto it = wave.counts.cbegin(); it != wave.counts.cend(); ++it)
            sums[it.key()] += it.value();
    }
    const auto setRow = [&](int row, int wave, const QStringList &fixed, const QMap<DeviceUpdateState, int> &counts) {
        for (int column = 0; column < FixedWaveColumns; ++column) {
            auto *item = new QTableWidgetItem(fixed.value(column));
            item->setData(Qt::UserRole, wave);
            m_waves->setItem(row, column, item);
        }
        int column = FixedWaveColumns;
        for (DeviceUpdateState state : WaveStateColumns) {
            const int count = counts.value(state);
            auto *item = new QTableWidgetItem(locale.toString(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (count > 0)
                item->setForeground(CampaignTargetModel::stateColour(state));
            m_waves->setItem(row, column++, item);
        }
    };
    setRow(0, 0, {tr("All waves"), QString(), QString(), locale.toString(total)}, sums);
    int row = 1;
    for (const CampaignWaveStatus &wave : std::as_const(m_waveStatus)) {
        const QString name = wave.wave == 0 ? tr("Not drawn yet")
                                            : (wave.started ? tr("Wave %1").arg(wave.wave)
                                                            : tr("Wave %1 (not started)").arg(wave.wave));
        setRow(row++, wave.wave,
               {name, wave.wave > 0 ? tr("to %1 %").arg(wave.percent) : QString(),
                wave.wave > 0 ? tr("%1 % failed").arg(wave.failureThresholdPercent) : QString(),
                locale.toString(wave.devices)},
               wave.counts);
    }
    for (int r = 0; r < m_waves->rowCount(); ++r) {
        if (m_waves->item(r, 0)->data(Qt::UserRole).toInt() == m_wave) {
            m_waves->selectRow(r);
            break;
        }
    }
    m_waves->blockSignals(false);
}

void CampaignDevicesView::showError(const QString &text)
{
    m_status->setText(tr("Could not read the campaign's devices from %1: %2").arg(m_backend, text));
    m_status->setStyleSheet(QStringLiteral("color: #D32F2F;"));
}

QString CampaignDevicesView::errorText() const
{
    return m_status->styleSheet().isEmpty() ? QString() : m_status->text();
}

QHash<QString, CampaignTargetModel::DeviceDetails>
CampaignDevicesView::detailsOf(const QList<CampaignDeviceState> &items) const
{
    QHash<QString, CampaignTargetModel::DeviceDetails> details;
    if (!m_devices)
        return details;
    const DeviceTable &table = m_devices->table();
    for (const CampaignDeviceState &item : items) {
        if (const std::optional<qsizetype> row = table.rowOf(m_backend, item.deviceId)) {
            const QString site = table.text(*row, RegisterField::Site);
            details.insert(item.deviceId, {table.name(*row), m_devices->siteNames().value(site, site)});
        }
    }
    return details;
}

} // namespace warden
