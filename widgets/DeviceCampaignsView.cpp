#include "DeviceCampaignsView.h"

#include "UpdatesActions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace warden {

DeviceCampaignsView::DeviceCampaignsView(UpdatesActions *actions, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_status(new QLabel(this)),
      m_view(new QTableView(this)),
      m_more(new QPushButton(tr("Load more"), this)),
      m_open(new QPushButton(tr("Open campaign"), this))
{
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Update campaigns of the device, status"));
    m_view->setAccessibleName(tr("Update campaigns of the device"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(DeviceCampaignModel::CampaignColumn, unit * 18);
    m_view->setColumnWidth(DeviceCampaignModel::VersionColumn, unit * 10);
    m_view->setColumnWidth(DeviceCampaignModel::CampaignStateColumn, unit * 17);
    m_view->setColumnWidth(DeviceCampaignModel::WaveColumn, unit * 6);
    m_view->setColumnWidth(DeviceCampaignModel::StateColumn, unit * 20);
    m_view->setColumnWidth(DeviceCampaignModel::UpdatedColumn, unit * 12);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeviceCampaignsView::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCampaignRequested(m_backend, index.data(DeviceCampaignModel::CampaignIdRole).toString());
    });
    connect(m_more, &QPushButton::clicked, this, &DeviceCampaignsView::loadMore);
    m_open->setToolTip(tr("Shows the campaign on the Updates page: its waves, devices and controls."));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit openCampaignRequested(m_backend, current.data(DeviceCampaignModel::CampaignIdRole).toString());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    clear();
}

void DeviceCampaignsView::clear()
{
    ++m_generation;
    m_loading = false;
    m_backend.clear();
    m_deviceId.clear();
    m_nextCursor.clear();
    m_model.reset();
    m_status->setText(tr("Select a device to see the update campaigns that targeted it."));
    m_status->setStyleSheet(QString());
    updateButtons();
}

void DeviceCampaignsView::showDevice(const QString &backend, const QString &deviceId)
{
    if (backend == m_backend && deviceId == m_deviceId) {
        reload();
        return;
    }
    clear();
    m_backend = backend;
    m_deviceId = deviceId;
    reload();
}

void DeviceCampaignsView::reload()
{
    if (m_deviceId.isEmpty() || !m_actions)
        return;
    ++m_generation;
    m_nextCursor.clear();
    m_model.reset();
    m_status->setText(tr("Loading the campaigns of %1 from %2…").arg(m_deviceId, m_backend));
    request(QString());
}

void DeviceCampaignsView::loadMore()
{
    if (!m_nextCursor.isEmpty() && !m_loading)
        request(m_nextCursor);
}

void DeviceCampaignsView::request(const QString &cursor)
{
    m_loading = true;
    updateButtons();
    const quint64 generation = m_generation;
    m_actions->deviceCampaigns(
        m_backend, m_deviceId, cursor, this, [this, generation](FleetResult<Page<DeviceCampaignState>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                m_status->setText(tr("Could not read the campaigns of %1 from %2: %3")
                                      .arg(m_deviceId, m_backend, result.error().message()));
                m_status->setStyleSheet(QStringLiteral("color: #D32F2F;"));
            } else {
                m_model.appendPage(result->items);
                m_nextCursor = result->nextCursor;
                m_status->setStyleSheet(QString());
                m_status->setText(m_model.rowCount() == 0
                                      ? tr("No update campaign has targeted %1 on %2.").arg(m_deviceId, m_backend)
                                      : tr("%n campaign(s) targeted %1 on %2; newest first.", nullptr,
                                           m_model.rowCount())
                                            .arg(m_deviceId, m_backend));
                if (m_model.rowCount() > 0 && !m_view->currentIndex().isValid())
                    m_view->selectRow(0);
            }
            updateButtons();
            emit loaded();
        });
}

void DeviceCampaignsView::updateButtons()
{
    m_more->setEnabled(!m_loading && hasMore());
    m_more->setVisible(hasMore());
    m_open->setEnabled(m_view->currentIndex().isValid());
}

QString DeviceCampaignsView::statusText() const
{
    return m_status->text();
}

} // namespace warden
