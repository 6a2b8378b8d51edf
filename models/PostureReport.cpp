#include "PostureReport.h"

#include "IncidentReport.h"
#include "ReportDocument.h"
#include "SeverityPalette.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

const QString ChartUrl = u"warden://open-incidents-chart"_s;

QString esc(const QString &text)
{
    return ReportDocument::escape(text);
}

QString number(qint64 value)
{
    return esc(QLocale().toString(value));
}

// "12 (3.4 %)" of a total.
QString share(qint64 value, qint64 total)
{
    if (total <= 0)
        return number(value);
    return esc(QLocale().toString(value) + u" ("_s + QLocale().toString(100.0 * double(value) / double(total), 'f', 1)
               + u" %)"_s);
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + esc(text) + u"</p>"_s;
}

// "N further … are not listed." under a list cut at limit.
QString cutNote(qsizetype total, int limit, const QString &text)
{
    return total > limit ? paragraph(text.arg(QLocale().toString(total - limit))) : QString();
}

QString coloured(const QColor &colour, const QString &html)
{
    return u"<span style=\"color: %1;\"><b>%2</b></span>"_s.arg(colour.name(), html);
}

} // namespace

PostureReport::PostureReport(PostureReportData data) : m_data(std::move(data)), m_document(new ReportDocument)
{
    if (!m_data.generated.isValid())
        m_data.generated = QDateTime::currentDateTimeUtc();
    build();
}

PostureReport::~PostureReport() = default;

QImage PostureReport::severityChart() const
{
    QList<ReportDocument::Bar> bars;
    for (Severity severity : {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning,
                              Severity::Indeterminate})
        bars.append({IncidentReport::severityName(severity),
                     m_data.posture.openIncidentsBySeverity[std::size_t(severity)], Palette::severity(severity)});
    return ReportDocument::barChart(bars);
}

void PostureReport::build()
{
    const FleetPosture &p = m_data.posture;
    const QLocale locale;
    QStringList backends;
    for (const PostureAuditState &state : m_data.audit)
        backends.append(state.backend);

    QString h = u"<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"_s;
    h += u"<h1 style=\"font-size: 16pt;\">"_s + esc(tr("Fleet posture report")) + u"</h1>"_s;
    h += u"<p style=\"color: #555555;\">"_s
         + esc(tr("Generated %1 by %2 · backends: %3")
                   .arg(ReportDocument::time(m_data.generated),
                        m_data.generatedBy.isEmpty() ? tr("an unknown operator") : m_data.generatedBy,
                        backends.isEmpty() ? tr("none") : backends.join(u", "_s)))
         + u"<br>"_s + esc(tr("Contains no personal data: device owners, incident notes and assignees are not part of "
                               "this report."))
         + u"</p>"_s;

    // At a glance.
    h += ReportDocument::heading(tr("At a glance"));
    h += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    const auto fact = [&h](const QString &label, const QString &value) {
        h += u"<tr>"_s + ReportDocument::cell(u"<b>"_s + esc(label) + u"</b>"_s) + ReportDocument::cell(value)
             + u"</tr>"_s;
    };
    fact(tr("Devices"), esc(tr("%1 (%2 safety-critical)").arg(locale.toString(p.devices),
                                                               locale.toString(p.safetyCritical))));
    fact(tr("On the latest firmware"), share(p.devicesCurrent, p.devices));
    fact(tr("On known vulnerable firmware"),
         coloured(p.devicesVulnerable > 0 ? Palette::severity(Severity::Critical) : QColor(0x38, 0x8E, 0x3C),
                  share(p.devicesVulnerable, p.devices))
             + esc(tr(", %1 of them safety-critical").arg(locale.toString(p.safetyCriticalVulnerable))));
    fact(tr("Open incidents"), number(p.openIncidents));
    fact(tr("Quarantined devices"), number(p.quarantined));
    fact(tr("Licences expiring within %n days", nullptr, p.expiryWindowDays), number(p.expiringLicences.size()));
    h += u"</table>"_s;

    // Fleet size.
    h += ReportDocument::heading(tr("Fleet by device class"));
    QList<QStringList> rows;
    for (const FleetPosture::Count &count : p.byClass)
        rows.append({esc(count.label), share(count.count, p.devices)});
    h += ReportDocument::table({tr("Class"), tr("Devices")}, rows);
    h += ReportDocument::heading(tr("Fleet by site"));
    rows.clear();
    for (const FleetPosture::Count &count : p.bySite)
        rows.append({esc(count.label), share(count.count, p.devices)});
    h += ReportDocument::table({tr("Site"), tr("Devices")}, rows);
    h += ReportDocument::heading(tr("Fleet by status"));
    rows.clear();
    for (const FleetPosture::Count &count : p.byStatus)
        rows.append({esc(count.label), share(count.count, p.devices)});
    h += ReportDocument::table({tr("Status"), tr("Devices")}, rows);

    // Firmware currency and vulnerabilities.
    h += ReportDocument::heading(tr("Firmware currency"));
    rows.clear();
    for (const FleetPosture::ClassFirmware &cls : p.firmware)
        rows.append({esc(cls.deviceClass), esc(cls.latestVersion.isEmpty() ? tr("no image") : cls.latestVersion),
                     number(cls.devices), share(cls.current, cls.devices), number(cls.behind), number(cls.unknown),
                     cls.vulnerable > 0 ? coloured(Palette::severity(Severity::Critical), number(cls.vulnerable))
                                        : number(0)});
    h += ReportDocument::table({tr("Class"), tr("Latest"), tr("Devices"), tr("Current"), tr("Behind"),
                                tr("Unknown version"), tr("Vulnerable")},
                               rows);
    h += ReportDocument::heading(tr("Known vulnerabilities in the fleet"));
    if (p.vulnerabilities.isEmpty()) {
        h += paragraph(tr("No device runs a firmware version with a known vulnerability."));
    } else {
        rows.clear();
        for (qsizetype i = 0; i < p.vulnerabilities.size() && i < VulnerabilityLimit; ++i) {
            const FleetPosture::Vulnerability &v = p.vulnerabilities.at(i);
            rows.append({esc(v.id), number(v.devices), number(v.safetyCritical)});
        }
        h += ReportDocument::table({tr("Vulnerability"), tr("Devices exposed"), tr("Safety-critical")}, rows);
        h += cutNote(p.vulnerabilities.size(), VulnerabilityLimit, tr("%1 further vulnerabilities are not listed."));
    }

    // Incidents and quarantines.
    h += ReportDocument::heading(tr("Open incidents by severity"));
    h += u"<img src=\"%1\" width=\"420\">"_s.arg(ChartUrl);
    h += ReportDocument::heading(tr("Quarantines"));
    rows.clear();
    for (QuarantineLevel level : {QuarantineLevel::Isolate, QuarantineLevel::Disable,
                                  QuarantineLevel::RevokeCredentials})
        rows.append({esc(toString(level)), number(p.quarantinedByLevel[std::size_t(level)])});
    h += ReportDocument::table({tr("Level"), tr("Devices")}, rows);

    // Licences.
    h += ReportDocument::heading(tr("Licences expiring within %n days", nullptr, p.expiryWindowDays));
    h += paragraph(tr("%1 active licences, %2 without an expiry date.")
                       .arg(locale.toString(p.activeLicences), locale.toString(p.licencesWithoutExpiry)));
    if (!p.expiringLicences.isEmpty()) {
        rows.clear();
        for (qsizetype i = 0; i < p.expiringLicences.size() && i < ExpiringLimit; ++i) {
            const FleetPosture::ExpiringLicence &licence = p.expiringLicences.at(i);
            const bool expired = licence.expires < m_data.generated;
            rows.append({esc(licence.licenceId), esc(licence.deviceName.isEmpty() ? licence.deviceId
                                                                                  : licence.deviceName),
                         expired ? coloured(Palette::severity(Severity::Critical),
                                            esc(tr("%1 (expired)").arg(ReportDocument::time(licence.expires))))
                                 : esc(ReportDocument::time(licence.expires))});
        }
        h += ReportDocument::table({tr("Licence"), tr("Device"), tr("Expires")}, rows);
        h += cutNote(p.expiringLicences.size(), ExpiringLimit, tr("%1 further licences are not listed."));
    }

    // Audit chains.
    h += ReportDocument::heading(tr("Audit chains"));
    if (m_data.audit.isEmpty())
        h += paragraph(tr("No backend was connected: no audit chain was checked."));
    const QColor good(0x38, 0x8E, 0x3C);
    const QColor bad = Palette::severity(Severity::Critical);
    for (const PostureAuditState &state : m_data.audit) {
        h += u"<p><b>"_s + esc(state.backend) + u"</b><br>"_s;
        h += state.consoleIntact
                 ? coloured(good, u"✓ "_s + esc(tr("The console's chain of operator actions verified (%1 entries).")
                                                     .arg(locale.toString(state.consoleEntries))))
                 : coloured(bad, u"✗ "_s + esc(tr("The console's chain of operator actions did not verify: %1")
                                                    .arg(state.consoleProblem)));
        h += u"<br>"_s;
        const bool backendGood = state.backendIntact && state.headVerified;
        h += backendGood
                 ? coloured(good, u"✓ "_s + esc(tr("The backend's chain verified against its signed head (%1 "
                                                    "entries).")
                                                     .arg(locale.toString(state.backendEntries))))
                 : coloured(bad, u"✗ "_s + esc(tr("The backend's chain is not verified: %1")
                                                    .arg(state.backendProblem.isEmpty() ? tr("no signed head yet")
                                                                                        : state.backendProblem)));
        h += u"</p>"_s;
    }
    h += paragraph(tr("Export an audit range from the Audit page and check it with: warden --verify-audit FILE"));
    h += u"</body></html>"_s;
    m_html = h;
    m_document->addImage(ChartUrl, severityChart());
    m_document->setHtml(m_html);
}

QString PostureReport::plainText() const
{
    return m_document->plainText();
}

int PostureReport::pageCount() const
{
    return m_document->pageCount();
}

QImage PostureReport::renderPage(int page, int dpi) const
{
    return m_document->renderPage(page, dpi);
}

Status PostureReport::writePdf(const QString &path) const
{
    return m_document->writePdf(path, tr("Fleet posture report"));
}

} // namespace warden
