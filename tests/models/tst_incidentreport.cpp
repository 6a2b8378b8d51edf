// The incident report: every section carries the incident's facts (summary, chart, timeline, impact with the
// safety-critical device first, actions with operators and rule names, audit proof), it paginates, renders pages
// and writes a PDF.
#include "IncidentReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

IncidentReportData sample(int events)
{
    IncidentReportData data;
    data.backend = u"demo"_s;
    data.generated = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    Incident &incident = data.incident;
    incident.id = u"inc-0007"_s;
    incident.title = u"Botnet beaconing from ward cameras"_s;
    incident.type = ThreatType::MalwareBeacon;
    incident.severity = Severity::Critical;
    incident.state = IncidentState::Contained;
    incident.assignee = u"alice"_s;
    incident.siteId = u"site-01"_s;
    incident.opened = data.generated.addSecs(-3600);
    incident.notes = {IncidentNote{data.generated.addSecs(-600), u"bob"_s, u"Isolated the first camera."_s}};
    for (int i = 0; i < events; ++i) {
        ThreatEvent event;
        event.seq = i + 1;
        event.time = incident.opened.addSecs(i * 7);
        event.deviceId = i % 2 ? u"dev-2"_s : u"dev-1"_s;
        event.type = ThreatType::MalwareBeacon;
        event.severity = i % 3 == 0 ? Severity::Critical : Severity::Major;
        event.source = event.deviceId;
        event.destination = u"203.0.113.9"_s;
        data.events.append(event);
    }
    Device camera;
    camera.id = u"dev-1"_s;
    camera.name = u"CAM-01-0001"_s;
    camera.deviceClass = u"ip_camera"_s;
    camera.siteId = u"site-01"_s;
    camera.riskScore = 90;
    camera.quarantine = QuarantineLevel::Isolate;
    Device pump = camera;
    pump.id = u"dev-2"_s;
    pump.name = u"PUMP-01-0002"_s;
    pump.deviceClass = u"infusion_pump"_s;
    pump.riskScore = 40;
    pump.capabilities.safetyCritical = true;
    pump.quarantine = QuarantineLevel::None;
    data.devices = {camera, pump};
    AuditEntry byRule;
    byRule.index = 41;
    byRule.time = data.generated.addSecs(-1800);
    byRule.actor = u"rule:rule-9"_s;
    byRule.action = u"device.quarantine"_s;
    byRule.target = u"dev-1"_s;
    byRule.details = {{u"reason"_s, u"C2 beacon seen"_s}};
    byRule.hash = QByteArray(32, '\xab');
    AuditEntry byOperator = byRule;
    byOperator.index = 42;
    byOperator.actor = u"bob"_s;
    byOperator.action = u"incident.state"_s;
    byOperator.target = u"inc-0007"_s;
    byOperator.details = {};
    data.actions = {byRule, byOperator};
    data.ruleNames = {{u"rule-9"_s, u"Isolate beaconing cameras"_s}};
    data.siteNames = {{u"site-01"_s, u"General Hospital"_s}};
    data.chainVerified = true;
    data.chainHead = u"cafe01"_s;
    return data;
}

} // namespace

class TestIncidentReport : public QObject {
    Q_OBJECT
private slots:
    void sectionsCarryTheFacts()
    {
        IncidentReportData data = sample(12);
        data.personalData = true;
        const IncidentReport report(data);
        const QString html = report.html();
        for (const QString &expected :
             {u"Botnet beaconing from ward cameras"_s, u"inc-0007"_s, u"CRITICAL"_s, u"General Hospital"_s,
              u"12"_s, u"CAM-01-0001"_s, u"safety-critical"_s, u"Isolate beaconing cameras"_s, u"bob"_s,
              u"C2 beacon seen"_s, u"Isolated the first camera."_s, QString::fromLatin1(QByteArray(32, '\xab').toHex()),
              u"warden --verify-audit"_s, u"203.0.113.9"_s})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        // The safety-critical pump is listed before the riskier camera.
        QVERIFY(html.indexOf(u"PUMP-01-0002"_s) < html.indexOf(u"CAM-01-0001 (dev-1)"_s));
        QVERIFY(!html.contains(u"did not verify"_s));

        IncidentReportData broken = sample(1);
        broken.chainVerified = false;
        QVERIFY(IncidentReport(broken).html().contains(u"did not verify"_s));
    }

    // Exports are anonymised by default: note texts are left out, owners are shown as the pseudonyms given, and the
    // report says which kind it is. Checked on the document's text, as a PDF reader would extract it.
    void anonymisedUnlessPersonalDataIsAskedFor()
    {
        IncidentReportData data = sample(4);
        data.owners = {{u"dev-1"_s, u"anon-3f9a1c"_s}, {u"dev-2"_s, u"anon-77b0e2"_s}};
        const QString anonymised = IncidentReport(data).plainText();
        QVERIFY(!anonymised.contains(u"Isolated the first camera."_s));
        QVERIFY(anonymised.contains(u"left out of an anonymised report"_s));
        QVERIFY(anonymised.contains(u"Anonymised: owners appear as pseudonyms"_s));
        QVERIFY(anonymised.contains(u"anon-3f9a1c"_s));
        QVERIFY(anonymised.contains(u"Owner"_s));
        QVERIFY(!anonymised.contains(u"Contains personal data"_s));

        data.personalData = true;
        data.owners = {{u"dev-1"_s, u"Dr. Ada Example"_s}};
        const QString personal = IncidentReport(data).plainText();
        QVERIFY(personal.contains(u"Isolated the first camera."_s));
        QVERIFY(personal.contains(u"Dr. Ada Example"_s));
        QVERIFY(personal.contains(u"Contains personal data"_s));

        data.owners.clear(); // no owner column when no owners are given
        QVERIFY(!IncidentReport(data).plainText().contains(u"Owner"_s));
    }

    // An unknown-device incident names the gateway that saw the stranger, not a device: the report lists that
    // gateway with its site and segment and says why no device is listed. A device incident lists no gateway table.
    void gatewaysNamedByAnIncidentAreListed()
    {
        IncidentReportData data = sample(3);
        data.incident.type = ThreatType::UnknownDevice;
        data.devices.clear();
        data.gateways = {Gateway{u"gw-0003"_s, u"site-01"_s, u"GW-NORTH-3"_s, u"clinical-vlan-20"_s}};
        const QString text = IncidentReport(data).plainText();
        for (const QString &expected : {u"GW-NORTH-3 (gw-0003)"_s, u"clinical-vlan-20"_s, u"Gateways involved"_s,
                                        u"No registered device is named by this incident"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.indexOf(u"GW-NORTH-3"_s) > text.indexOf(u"Impact"_s));
        QVERIFY(text.contains(u"General Hospital"_s));
        QVERIFY(!text.contains(u"Quarantine"_s)); // no empty device table above the gateways

        const QString deviceIncident = IncidentReport(sample(3)).plainText();
        QVERIFY(!deviceIncident.contains(u"Gateways involved"_s));
        QVERIFY(!deviceIncident.contains(u"Segment"_s));
    }

    void longTimelinesAreCutAndPaginate()
    {
        const IncidentReport report(sample(260));
        QVERIFY(report.html().contains(u"60 further events are not listed."_s));
        QVERIFY(report.pageCount() >= 3);
        const IncidentReport shortOne(sample(3));
        QVERIFY(shortOne.pageCount() < report.pageCount());
    }

    void rendersPagesAndPdf()
    {
        const IncidentReport report(sample(40));
        const QImage first = report.renderPage(0, 96);
        QCOMPARE(first.size(), QSize(793, 1123));
        // Not blank: text and the chart's coloured bars are drawn.
        int dark = 0;
        int red = 0;
        for (int y = 0; y < first.height(); y += 2) {
            for (int x = 0; x < first.width(); x += 2) {
                const QColor c = first.pixelColor(x, y);
                dark += c.lightness() < 100 ? 1 : 0;
                red += (c.red() > 180 && c.green() < 80 && c.blue() < 80) ? 1 : 0;
            }
        }
        QVERIFY(dark > 500);
        QVERIFY(red > 50);
        if (!qEnvironmentVariableIsEmpty("WARDEN_SCREENSHOT_DIR")) {
            for (int page = 0; page < report.pageCount(); ++page)
                report.renderPage(page, 110).save(qEnvironmentVariable("WARDEN_SCREENSHOT_DIR")
                                                  + u"/incident-report-%1.png"_s.arg(page + 1));
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        const Status written = report.writePdf(path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") >= 1);
    }
};

QTEST_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
