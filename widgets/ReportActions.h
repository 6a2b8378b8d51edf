#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

namespace warden {

// How a report export ended, for the page's result line.
struct ReportOutcome {
    bool ok = false;
    QString path;            // the file written (ok only)
    int pages = 0;
    bool personalData = false;
    QString message;         // why it failed
    qint64 auditIndex = -1;  // the console audit entry of the export, -1 when none was recorded
};

// The reports the pages can export, implemented in app/ over the backends' caches and audit chains so a page never
// sees a session. Exports are anonymised unless personal data is asked for, which needs a role that may read owners
// and the personal-data key; an export with personal data is recorded in the backend's console audit chain.
// Replies run on the context's thread, later (never inside the call), and are dropped when the context is gone.
class ReportActions {
public:
    using Reply = std::function<void(ReportOutcome)>;

    virtual ~ReportActions() = default;
    // Whether the operator of backend may export its personal data now (role, and the key is unlocked).
    virtual bool mayExportPersonalData(const QString &backend) const = 0;
    // The incident report (IncidentReport) of one incident as PDF.
    virtual void exportIncidentReport(const QString &backend, const QString &incidentId, const QString &path,
                                      bool personalData, QObject *context, Reply done) = 0;
    // The fleet posture report (PostureReport) over every connected backend as PDF; it holds no personal data.
    virtual void exportPostureReport(const QString &path, QObject *context, Reply done) = 0;
};

} // namespace warden

Q_DECLARE_METATYPE(warden::ReportOutcome)
