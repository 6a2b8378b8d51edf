#pragma once

#include "PendingActionHandler.h"
#include "PendingActionModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace warden {

class ActionAudit;
class BackendSession;
class MainWindow;
class PendingActionsDialog;

// Gathers every backend's offline journal into one PendingActionModel, shows the count in the window's status bar and
// opens the dialog where the operator confirms or discards each kept action. Keeping and discarding are written to
// the backend's audit chain here; a confirmed send is audited by the API client's recorder like every request.
// Owns the model; the dialog is a child of the window.
class PendingActionsController final : public QObject, public PendingActionHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingActionsController)
public:
    using AuditLookup = std::function<ActionAudit *(const QString &backend)>;

    PendingActionsController(MainWindow *window, AuditLookup audit, QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    PendingActionModel *model() { return &m_model; }
    PendingActionsDialog *showDialog();

    bool isOnline(const QString &backend) const override;
    void confirmAndSend(const QString &backend, qint64 id, QObject *context,
                        std::function<void(FleetStatus)> done) override;
    void discard(const QString &backend, qint64 id, QObject *context, std::function<void(Status)> done) override;

private:
    void onEntries(const QString &backend, const QList<PendingAction> &entries);
    std::optional<PendingAction> entry(const QString &backend, qint64 id) const;
    QString actor(const QString &backend) const;

    MainWindow *m_window;
    AuditLookup m_audit;
    PendingActionModel m_model;
    QHash<QString, QPointer<BackendSession>> m_sessions;
    QHash<QString, QSet<qint64>> m_seen; // journal ids already known per backend, to audit only new ones
    QPointer<PendingActionsDialog> m_dialog;
};

} // namespace warden
