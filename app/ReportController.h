#pragma once

#include "IncidentReport.h"
#include "PostureReport.h"
#include "ReportActions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace warden {

class AuditController;
class BackendSession;
class IncidentsPage;
class MainWindow;

// Writes the console's reports from the backends' caches: the incident report (IncidentReport: the incident, its
// events and devices from the cache, the actions from the backend's verified audit chain, owners as pseudonyms
// unless personal data is asked for) and the fleet posture report (PostureReport: FleetPosture over every
// connected backend, and each backend's audit verification). Reads run on each cache writer's thread; the
// document is laid out and written on the UI thread. An incident report export is recorded in the backend's console
// audit chain ("report.export", with whether it carried personal data, and its result); personal data needs a role
// that may read owners and the unlocked personal-data key. Owns no widgets; gives pages ReportActions.
class ReportController final : public QObject, public ReportActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportController)
public:
    using FileChooser = std::function<QString(const QString &suggestedName)>;

    explicit ReportController(AuditController *audit, QObject *parent = nullptr);

    void attachSession(BackendSession *session);
    // Gives the incident page its export action and connects the window's "Export posture report…" action.
    void install(MainWindow *window, IncidentsPage *incidents);
    // Tests answer the posture report's file dialog through this.
    void setPostureFileChooser(FileChooser choose) { m_choosePostureFile = std::move(choose); }

    bool mayExportPersonalData(const QString &backend) const override;
    void exportIncidentReport(const QString &backend, const QString &incidentId, const QString &path,
                              bool personalData, QObject *context, Reply done) override;
    void exportPostureReport(const QString &path, QObject *context, Reply done) override;
    // The incident report's content for one incident, read from its backend's cache (actions from the backend's
    // verified audit chain; owners as names with personal data, else as per-call pseudonyms); nullopt and why when
    // it cannot be read. Records nothing in the audit (exportIncidentReport does). Dropped when context is gone.
    void collectIncident(const QString &backend, const QString &incidentId, bool personalData, QObject *context,
                         std::function<void(std::optional<IncidentReportData> data, QString error)> done);
    // The posture report's content over every connected backend (read from their caches), without writing it;
    // error names the caches that could not be read (empty when all could). Dropped when context is gone.
    void collectPosture(QObject *context, std::function<void(PostureReportData data, QString error)> done);

signals:
    // A posture report asked for from the window's menu was written (or not); the window shows it too.
    void postureReportFinished(const warden::ReportOutcome &outcome);

private:
    BackendSession *sessionFor(const QString &backend) const;
    void exportPostureInteractively();

    AuditController *m_audit;
    QList<QPointer<BackendSession>> m_sessions; // in attach order
    QPointer<MainWindow> m_window;
    FileChooser m_choosePostureFile;
};

} // namespace warden
