#include "PendingActionsDialog.h"

#include "ActionResultLabel.h"
#include "PendingActionHandler.h"
#include "PendingActionModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace warden {

PendingActionsDialog::PendingActionsDialog(PendingActionModel *model, PendingActionHandler *handler, QWidget *parent)
    : QDialog(parent), m_model(model), m_handler(handler), m_view(new QTableView(this)), m_hint(new QLabel(this)),
      m_confirm(new QPushButton(tr("Confirm and &send"), this)), m_discard(new QPushButton(tr("&Discard"), this)),
      m_result(new ActionResultLabel(this))
{
    setWindowTitle(tr("Pending actions"));
    resize(900, 420);
    auto *intro = new QLabel(tr("Actions you tried while a backend was unreachable. None was sent: confirm each one "
                                "again once its backend is back, or discard it."),
                             this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Pending actions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PendingActionModel::ActionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PendingActionModel::OutcomeColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(PendingActionModel::CreatedColumn, 150);
    m_view->setColumnWidth(PendingActionModel::StateColumn, 190);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    m_hint->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmPendingAction"));
    m_discard->setObjectName(QStringLiteral("discardPendingAction"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &PendingActionsDialog::confirmSelected);
    connect(m_discard, &QPushButton::clicked, this, &PendingActionsDialog::discardSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingActionsDialog::refreshAvailability);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingActionsDialog::refreshAvailability);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    refreshAvailability();
}

int PendingActionsDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PendingActionsDialog::refreshAvailability()
{
    const int row = selectedRow();
    const bool waiting = row >= 0 && m_model->needsConfirmation(row);
    const bool online = waiting && m_handler->isOnline(m_model->backendAt(row));
    m_confirm->setEnabled(online);
    m_discard->setEnabled(waiting);
    if (m_model->rowCount() == 0)
        m_hint->setText(tr("Nothing is pending."));
    else if (row < 0)
        m_hint->setText(tr("Select an action to confirm or discard it."));
    else if (!waiting)
        m_hint->setText(tr("This action is settled; it stays listed so you can see the backend's answer."));
    else if (!online)
        m_hint->setText(tr("%1 is still unreachable: the action can be sent once it is back.")
                            .arg(m_model->backendAt(row)));
    else
        m_hint->setText(tr("%1 is back. Check that this action still makes sense before you send it.")
                            .arg(m_model->backendAt(row)));
}

void PendingActionsDialog::confirmSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString backend = m_model->backendAt(row);
    const qint64 id = m_model->actionAt(row).id;
    const QString what = PendingActionModel::describe(m_model->actionAt(row));
    m_confirm->setEnabled(false);
    m_result->showWorking(tr("Sending: %1").arg(what));
    m_handler->confirmAndSend(backend, id, this, [this, what](const FleetStatus &status) {
        if (status)
            m_result->showSucceeded(tr("Sent: %1").arg(what));
        else
            m_result->showFailed(tr("Not sent: %1 — %2").arg(what, status.error().message()));
        refreshAvailability();
    });
}

void PendingActionsDialog::discardSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString what = PendingActionModel::describe(m_model->actionAt(row));
    m_handler->discard(m_model->backendAt(row), m_model->actionAt(row).id, this, [this, what](const Status &status) {
        if (status)
            m_result->showSucceeded(tr("Discarded: %1").arg(what));
        else
            m_result->showFailed(tr("Could not discard %1: %2").arg(what, status.errorMessage()));
        refreshAvailability();
    });
}

} // namespace warden
