#include "IncidentReport.h"

#include "ReportDocument.h"
#include "SeverityPalette.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int TimelineLimit = 200; // beyond this the timeline says how many were left out
const QString ChartUrl = u"warden://severity-chart"_s;

QString esc(const QString &text)
{
    return ReportDocument::escape(text);
}

QString when(const QDateTime &time)
{
    return ReportDocument::time(time);
}

QString cell(const QString &text, bool header = false)
{
    return ReportDocument::cell(text, header);
}

} // namespace

QString IncidentReport::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return tr("CRITICAL");
    case Severity::Major: return tr("MAJOR");
    case Severity::Minor: return tr("MINOR");
    case Severity::Warning: return tr("WARNING");
    case Severity::Indeterminate: return tr("INDETERMINATE");
    }
    return {};
}

IncidentReport::IncidentReport(IncidentReportData data) : m_data(std::move(data)), m_document(new ReportDocument)
{
    if (!m_data.generated.isValid())
        m_data.generated = QDateTime::currentDateTimeUtc();
    build();
}

IncidentReport::~IncidentReport() = default;

QImage IncidentReport::severityChart() const
{
    QHash<Severity, int> counts;
    for (const ThreatEvent &event : m_data.events)
        ++counts[event.severity];
    QList<ReportDocument::Bar> bars;
    for (Severity severity : {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning,
                              Severity::Indeterminate})
        bars.append({severityName(severity), counts.value(severity), Palette::severity(severity)});
    return ReportDocument::barChart(bars);
}

void IncidentReport::build()
{
    const Incident &incident = m_data.incident;
    const QLocale locale;
    QList<ThreatEvent> events = m_data.events;
    std::sort(events.begin(), events.end(),
              [](const ThreatEvent &a, const ThreatEvent &b) { return a.time < b.time || (a.time == b.time && a.seq < b.seq); });
    QList<Device> devices = m_data.devices;
    std::sort(devices.begin(), devices.end(), [](const Device &a, const Device &b) {
        if (a.capabilities.safetyCritical != b.capabilities.safetyCritical)
            return a.capabilities.safetyCritical;
        return a.riskScore > b.riskScore;
    });
    const qsizetype safetyCritical = std::count_if(devices.cbegin(), devices.cend(),
                                                   [](const Device &d) { return d.capabilities.safetyCritical; });

    QString h;
    h += u"<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"_s;
    h += u"<h1 style=\"font-size: 16pt;\">"_s + esc(tr("Incident report: %1").arg(incident.title)) + u"</h1>"_s;
    h += u"<p style=\"color: #555555;\">"_s
         + esc(tr("%1 on backend %2 · generated %3").arg(incident.id, m_data.backend, when(m_data.generated)))
         + u"<br>"_s
         + esc(m_data.personalData ? tr("Contains personal data (owners, note texts): keep and share it under your "
                                        "data-protection rules.")
                                   : tr("Anonymised: owners appear as pseudonyms and note texts are left out."))
         + u"</p>"_s;

    // Summary.
    h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Summary")) + u"</h2><table cellspacing=\"0\" cellpadding=\"3\">"_s;
    const auto row = [&h](const QString &label, const QString &value) {
        h += u"<tr>"_s + cell(u"<b>"_s + esc(label) + u"</b>"_s) + cell(value) + u"</tr>"_s;
    };
    row(tr("Severity"), u"<span style=\"color: %1;\"><b>%2</b></span>"_s.arg(
                            Palette::severity(incident.severity).name(), esc(severityName(incident.severity))));
    row(tr("Attack type"), esc(toString(incident.type)));
    row(tr("State"), esc(toString(incident.state)));
    row(tr("Assignee"), esc(incident.assignee.isEmpty() ? tr("nobody") : incident.assignee));
    row(tr("Site"), esc(m_data.siteNames.value(incident.siteId, incident.siteId)));
    row(tr("Opened"), esc(when(incident.opened)));
    row(tr("Last update"), esc(when(incident.updated)));
    row(tr("Events"), esc(locale.toString(events.size())));
    row(tr("Devices affected"),
        esc(tr("%1 (%2 safety-critical)").arg(locale.toString(devices.size()), locale.toString(safetyCritical))));
    if (!m_data.gateways.isEmpty())
        row(tr("Gateways involved"), esc(locale.toString(m_data.gateways.size())));
    if (!incident.resolution.isEmpty())
        row(tr("Resolution"), esc(incident.resolution));
    h += u"</table>"_s;

    h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Events by severity")) + u"</h2>"_s;
    h += u"<img src=\"%1\" width=\"420\">"_s.arg(ChartUrl);

    // Timeline.
    h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Timeline")) + u"</h2>"_s;
    h += u"<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" width=\"100%\"><tr>"_s + cell(esc(tr("Time")), true)
         + cell(esc(tr("Severity")), true) + cell(esc(tr("Event")), true) + cell(esc(tr("Device")), true)
         + cell(esc(tr("From → to")), true) + u"</tr>"_s;
    const qsizetype shown = std::min<qsizetype>(events.size(), TimelineLimit);
    for (qsizetype i = 0; i < shown; ++i) {
        const ThreatEvent &event = events.at(i);
        h += u"<tr>"_s + cell(esc(when(event.time)))
             + cell(u"<span style=\"color: %1;\">%2</span>"_s.arg(Palette::severity(event.severity).name(),
                                                                  esc(severityName(event.severity))))
             + cell(esc(toString(event.type))) + cell(esc(event.deviceId))
             + cell(esc(event.source) + u" → "_s + esc(event.destination)) + u"</tr>"_s;
    }
    h += u"</table>"_s;
    if (events.size() > shown)
        h += u"<p>"_s + esc(tr("%1 further events are not listed.").arg(locale.toString(events.size() - shown)))
             + u"</p>"_s;

    // Impact.
    h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Impact")) + u"</h2>"_s;
    // An incident raised at gateways only has no device rows: no empty device table above the gateway one.
    if (!devices.isEmpty() || m_data.gateways.isEmpty()) {
        h += u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s + cell(esc(tr("Device")), true)
             + cell(esc(tr("Class")), true) + cell(esc(tr("Site")), true) + cell(esc(tr("Risk")), true)
             + cell(esc(tr("Safety")), true) + cell(esc(tr("Quarantine")), true)
             + (m_data.owners.isEmpty() ? QString() : cell(esc(tr("Owner")), true)) + u"</tr>"_s;
        for (const Device &device : std::as_const(devices)) {
            h += u"<tr>"_s + cell(esc(device.name + u" ("_s + device.id + u')')) + cell(esc(device.deviceClass))
                 + cell(esc(m_data.siteNames.value(device.siteId, device.siteId))) + cell(esc(locale.toString(device.riskScore)))
                 + cell(device.capabilities.safetyCritical ? u"<b>"_s + esc(tr("safety-critical")) + u"</b>"_s : QString())
                 + cell(device.quarantine == QuarantineLevel::None ? QString() : esc(toString(device.quarantine)))
                 + (m_data.owners.isEmpty() ? QString() : cell(esc(m_data.owners.value(device.id))))
                 + u"</tr>"_s;
        }
        h += u"</table>"_s;
    }
    if (!m_data.gateways.isEmpty()) {
        if (devices.isEmpty())
            h += u"<p>"_s
                 + esc(tr("No registered device is named by this incident: it was raised at the gateways below (a "
                          "device that is in no register, such as a join request, came through them)."))
                 + u"</p>"_s;
        h += u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s + cell(esc(tr("Gateway")), true)
             + cell(esc(tr("Site")), true) + cell(esc(tr("Segment")), true) + u"</tr>"_s;
        for (const Gateway &gateway : m_data.gateways)
            h += u"<tr>"_s + cell(esc(gateway.name + u" ("_s + gateway.id + u')'))
                 + cell(esc(m_data.siteNames.value(gateway.siteId, gateway.siteId))) + cell(esc(gateway.segment))
                 + u"</tr>"_s;
        h += u"</table>"_s;
    }

    // Actions taken, from the audit chain.
    h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Actions taken")) + u"</h2>"_s;
    if (m_data.actions.isEmpty()) {
        h += u"<p>"_s + esc(tr("No action is recorded for this incident or its devices.")) + u"</p>"_s;
    } else {
        h += u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s + cell(esc(tr("#")), true)
             + cell(esc(tr("Time")), true) + cell(esc(tr("By")), true) + cell(esc(tr("Action")), true)
             + cell(esc(tr("On")), true) + cell(esc(tr("Why")), true) + u"</tr>"_s;
        for (const AuditEntry &entry : m_data.actions) {
            QString actor = entry.actor;
            QString rule = entry.details.value(u"rule_id"_s).toString();
            if (rule.isEmpty() && entry.actor.startsWith(u"rule:"_s))
                rule = entry.actor.mid(5);
            if (!rule.isEmpty())
                actor = tr("rule “%1” (%2)").arg(m_data.ruleNames.value(rule, rule), entry.actor);
            h += u"<tr>"_s + cell(esc(QString::number(entry.index))) + cell(esc(when(entry.time))) + cell(esc(actor))
                 + cell(esc(entry.action)) + cell(esc(entry.target))
                 + cell(esc(entry.details.value(u"reason"_s).toString())) + u"</tr>"_s;
        }
        h += u"</table>"_s;
    }

    if (!incident.notes.isEmpty()) {
        h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Notes")) + u"</h2>"_s;
        // Notes are free text that may name people: an anonymised report says who wrote one and when only.
        for (const IncidentNote &note : incident.notes)
            h += u"<p><b>"_s + esc(note.author) + u"</b>, "_s + esc(when(note.time)) + u": "_s
                 + (m_data.personalData ? esc(note.text)
                                        : u"<i>"_s + esc(tr("(%n characters, left out of an anonymised report)", nullptr,
                                                            int(note.text.size())))
                                              + u"</i>"_s)
                 + u"</p>"_s;
    }

    // Audit proof.
    h += u"<h2 style=\"font-size: 12pt;\">"_s + esc(tr("Audit proof")) + u"</h2><p>"_s;
    if (m_data.actions.isEmpty()) {
        h += esc(tr("No audit entries are cited."));
    } else {
        QStringList indexes;
        for (const AuditEntry &entry : m_data.actions)
            indexes.append(QString::number(entry.index));
        h += esc(tr("Entries %1 of the backend's audit chain.").arg(indexes.join(u", "_s))) + u"<br>"_s;
        h += m_data.chainVerified
                 ? u"<span style=\"color: #388E3C;\">✓ "_s + esc(tr("The chain verified up to its newest entry.")) + u"</span>"_s
                 : u"<span style=\"color: #D32F2F;\">✗ "_s + esc(tr("The chain did not verify: do not rely on these entries.")) + u"</span>"_s;
        h += u"<br>"_s;
        for (const AuditEntry &entry : m_data.actions)
            h += u"<span style=\"font-family: monospace; font-size: 7pt;\">#%1 %2</span><br>"_s.arg(
                QString::number(entry.index), QString::fromLatin1(entry.hash.toHex()));
        if (!m_data.chainHead.isEmpty())
            h += u"<span style=\"font-family: monospace; font-size: 7pt;\">"_s + esc(tr("Head: %1").arg(m_data.chainHead))
                 + u"</span>"_s;
        h += u"<br>"_s + esc(tr("Verify the exported range with: warden --verify-audit FILE"));
    }
    h += u"</p></body></html>"_s;
    m_html = h;

    m_document->addImage(ChartUrl, severityChart());
    m_document->setHtml(m_html);
}

int IncidentReport::pageCount() const
{
    return m_document->pageCount();
}

QString IncidentReport::plainText() const
{
    return m_document->plainText();
}

QImage IncidentReport::renderPage(int page, int dpi) const
{
    return m_document->renderPage(page, dpi);
}

Status IncidentReport::writePdf(const QString &path) const
{
    return m_document->writePdf(path, tr("Incident report %1").arg(m_data.incident.id));
}

} // namespace warden
