#pragma once

#include "analysis/FleetPosture.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace warden {

class ReportDocument;

// How far one backend's audit chains can be trusted when the report is made.
struct PostureAuditState {
    QString backend;
    qint64 consoleEntries = 0;   // the console's own chain of operator actions
    bool consoleIntact = true;
    QString consoleProblem;      // why it did not verify (empty when it did)
    qint64 backendEntries = 0;   // the backend's chain as received
    bool backendIntact = true;
    bool headVerified = false;   // the backend's signed head checks out against the pinned key
    QString backendProblem;      // why the backend's chain or head did not verify
};

// What a fleet posture report is made of.
struct PostureReportData {
    FleetPosture posture;
    QList<PostureAuditState> audit; // one per backend, in the order the backends are named
    QString generatedBy;            // the operator who asked for it
    QDateTime generated;            // UTC
};

// A fleet posture report as a printable document (QTextDocument): fleet size by class, site and status, firmware
// currency and the known vulnerabilities it carries, open incidents by severity, quarantines, licences about to
// expire, the audit chains' verification state, and who generated it when. Contains no personal data: owners,
// notes and assignees are never part of FleetPosture. Renders to PDF (QPdfWriter) and to page images.
// Not responsible for gathering the figures (the caller reads the caches).
class PostureReport {
    Q_DECLARE_TR_FUNCTIONS(PostureReport)

public:
    explicit PostureReport(PostureReportData data);
    ~PostureReport();
    PostureReport(const PostureReport &) = delete;
    PostureReport &operator=(const PostureReport &) = delete;

    QString html() const { return m_html; }
    // The document's text without markup, as a reader of the PDF would extract it.
    QString plainText() const;
    int pageCount() const;
    // A4 pages at the given resolution, white background.
    QImage renderPage(int page, int dpi = 96) const;
    Status writePdf(const QString &path) const;

    // Lines of the known vulnerabilities listed before the rest are counted only.
    static constexpr int VulnerabilityLimit = 25;
    static constexpr int ExpiringLimit = 40;

private:
    QImage severityChart() const;
    void build();

    PostureReportData m_data;
    QString m_html;
    std::unique_ptr<ReportDocument> m_document;
};

} // namespace warden
