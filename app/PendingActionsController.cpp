#include "PendingActionsController.h"

#include "MainWindow.h"
#include "PendingActionsDialog.h"
#include "audit/ActionAudit.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/OfflineJournal.h"

namespace warden {

using namespace Qt::Literals::StringLiterals;

PendingActionsController::PendingActionsController(MainWindow *window, AuditLookup audit, QObject *parent)
    : QObject(parent), m_window(window), m_audit(std::move(audit))
{
    connect(&m_model, &PendingActionModel::waitingCountChanged, window, &MainWindow::setPendingActionCount);
    connect(window, &MainWindow::pendingActionsRequested, this, &PendingActionsController::showDialog);
}

void PendingActionsController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    m_sessions.insert(backend, session);
    OfflineJournal *journal = session->journal();
    connect(journal, &OfflineJournal::entriesChanged, this,
            [this, backend](const QList<PendingAction> &entries) { onEntries(backend, entries); });
    connect(session, &BackendSession::stateChanged, this, [this] {
        if (m_dialog)
            m_dialog->refreshAvailability();
    });
    journal->refresh();
}

void PendingActionsController::onEntries(const QString &backend, const QList<PendingAction> &entries)
{
    // The first read of a journal only learns what was kept in earlier runs; later new entries were kept just now.
    const bool firstRead = !m_seen.contains(backend);
    QSet<qint64> &seen = m_seen[backend];
    ActionAudit *audit = m_audit ? m_audit(backend) : nullptr;
    for (const PendingAction &action : entries) {
        if (seen.contains(action.id))
            continue;
        seen.insert(action.id);
        if (!firstRead && audit)
            audit->record(actor(backend), u"pending.keep"_s, action.kind,
                          {{u"journal_id"_s, action.id}, {u"payload"_s, action.payload}});
    }
    m_model.setEntries(backend, entries);
}

std::optional<PendingAction> PendingActionsController::entry(const QString &backend, qint64 id) const
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.backendAt(row) == backend && m_model.actionAt(row).id == id)
            return m_model.actionAt(row);
    }
    return std::nullopt;
}

QString PendingActionsController::actor(const QString &backend) const
{
    BackendSession *session = m_sessions.value(backend);
    return session ? session->api()->session().user : QString();
}

PendingActionsDialog *PendingActionsController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new PendingActionsDialog(&m_model, this, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

bool PendingActionsController::isOnline(const QString &backend) const
{
    BackendSession *session = m_sessions.value(backend);
    return session && session->journal()->isOnline();
}

void PendingActionsController::confirmAndSend(const QString &backend, qint64 id, QObject *context,
                                              std::function<void(FleetStatus)> done)
{
    BackendSession *session = m_sessions.value(backend);
    const std::optional<PendingAction> action = entry(backend, id);
    if (!session || !action) {
        const FleetError error(FleetError::Kind::NotFound, tr("The pending action is no longer in the journal."));
        QMetaObject::invokeMethod(context, [done, error] { done(FleetStatus(error)); }, Qt::QueuedConnection);
        return;
    }
    // The send goes through the backend's API client, whose action recorder audits it like any other request.
    session->journal()->confirmAndSend(id, context, std::move(done));
}

void PendingActionsController::discard(const QString &backend, qint64 id, QObject *context,
                                       std::function<void(Status)> done)
{
    BackendSession *session = m_sessions.value(backend);
    if (!session) {
        const Status refused = Status::failure(tr("The backend %1 is not attached.").arg(backend));
        QMetaObject::invokeMethod(context, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    const std::optional<PendingAction> action = entry(backend, id);
    session->journal()->discard(id, context, [this, backend, id, action, done](const Status &status) {
        ActionAudit *audit = m_audit ? m_audit(backend) : nullptr;
        if (status && audit && action)
            audit->record(actor(backend), u"pending.discard"_s, action->kind,
                          {{u"journal_id"_s, id}, {u"payload"_s, action->payload}});
        done(status);
    });
}

} // namespace warden
