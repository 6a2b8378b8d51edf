#pragma once

#include "domain/AuditEntry.h"
#include "domain/Device.h"
#include "domain/Gateway.h"
#include "domain/Incident.h"
#include "domain/ThreatEvent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace warden {

class ReportDocument;

// What an incident report is made of, gathered from one backend's cache.
struct IncidentReportData {
    QString backend;
    Incident incident;
    QList<ThreatEvent> events;          // the incident's events (any order)
    QList<Device> devices;              // the affected devices
    // Gateways among the incident's ids: an unknown-device incident is named by the gateway that saw the stranger,
    // since the stranger is in no register.
    QList<Gateway> gateways;
    QList<AuditEntry> actions;          // audit entries about the incident or its devices, from the backend's chain
    QHash<QString, QString> ruleNames;  // rule id -> name, for actions a rule took
    QHash<QString, QString> siteNames;  // site id -> name
    bool chainVerified = false;         // the backend's chain verified up to the entries cited
    QString chainHead;                  // hash of the newest verified entry (hex)
    QDateTime generated;                // UTC
    // Anonymised (the default): note texts, free text that may name people, are left out. With personal data the
    // notes are shown in full and the report says it carries personal data.
    bool personalData = false;
    // Device id -> its owner as the report may show it: the name with personal data, a pseudonym otherwise. Empty:
    // no owner column.
    QHash<QString, QString> owners;
};

// An incident report as a printable document (QTextDocument): summary, severity chart, timeline, impact (devices,
// safety-critical ones first), actions taken with operators and rule names, notes, and the audit proof (entry
// indexes and hashes, whether the chain verified). Renders to PDF with QPdfWriter and to page images for a
// preview (ReportDocument). Leaves note texts out unless data.personalData. Not responsible for collecting the data
// (the caller reads the cache) or for choosing owner pseudonyms.
class IncidentReport {
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    explicit IncidentReport(IncidentReportData data);
    ~IncidentReport();
    IncidentReport(const IncidentReport &) = delete;
    IncidentReport &operator=(const IncidentReport &) = delete;

    QString html() const { return m_html; }
    // The document's text without markup, as a reader of the PDF would extract it.
    QString plainText() const;
    int pageCount() const;
    // A4 pages at the given resolution, white background.
    QImage renderPage(int page, int dpi = 96) const;
    Status writePdf(const QString &path) const;

    // Text for the report, exposed for tests: "CRITICAL", "MAJOR" ...
    static QString severityName(Severity severity);

private:
    QImage severityChart() const;
    void build();

    IncidentReportData m_data;
    QString m_html;
    std::unique_ptr<ReportDocument> m_document;
};

} // namespace warden
