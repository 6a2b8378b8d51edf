// The fleet posture report: every section carries its figures (checked on the document's text, as a PDF reader
// would extract it), audit chain states read plainly, no personal data appears, long lists are cut, and the report
// renders to pages and writes a PDF. WARDEN_SCREENSHOT_DIR=dir saves the pages as posture-report-sample-N.png.
#include "PostureReport.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

PostureReportData sample()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    FleetPostureInput input;
    input.siteNames = {{u"s1"_s, u"General Hospital"_s}};
    Firmware old;
    old.id = u"fw-1"_s;
    old.deviceClass = u"ip_camera"_s;
    old.version = u"2.1.0"_s;
    old.vulnerabilities = {u"CVE-2025-31337"_s};
    Firmware latest = old;
    latest.id = u"fw-2"_s;
    latest.version = u"2.4.1"_s;
    latest.vulnerabilities.clear();
    input.firmware = {old, latest};
    for (int i = 0; i < 12; ++i) {
        Device device;
        device.id = u"dev-%1"_s.arg(i);
        device.name = u"CAM-%1"_s.arg(i);
        device.deviceClass = u"ip_camera"_s;
        device.siteId = u"s1"_s;
        device.firmwareVersion = i < 5 ? u"2.1.0"_s : u"2.4.1"_s;
        device.ownerRef = u"own-%1"_s.arg(i); // never shown: the report has no owners
        device.notes = u"Call Dr. Ada Example on ward 3"_s;
        device.quarantine = i == 0 ? QuarantineLevel::Isolate : QuarantineLevel::None;
        input.devices.append(device);
    }
    Incident incident;
    incident.id = u"inc-1"_s;
    incident.severity = Severity::Critical;
    incident.assignee = u"bob"_s;
    incident.notes = {IncidentNote{now, u"bob"_s, u"Patient 4711 monitor affected"_s}};
    input.incidents = {incident};
    Licence licence;
    licence.id = u"lic-9"_s;
    licence.deviceId = u"dev-3"_s;
    licence.state = LicenceState::Active;
    licence.expires = now.addDays(5);
    input.licences = {licence};

    PostureReportData data;
    data.posture = FleetPosture::compute(input, now);
    data.generated = now;
    data.generatedBy = u"alice"_s;
    PostureAuditState good;
    good.backend = u"demo"_s;
    good.consoleEntries = 42;
    good.backendEntries = 1234;
    good.headVerified = true;
    PostureAuditState bad;
    bad.backend = u"lab"_s;
    bad.consoleIntact = false;
    bad.consoleProblem = u"entry 7 was changed"_s;
    bad.backendProblem = u"the signed head does not match the pinned key"_s;
    data.audit = {good, bad};
    return data;
}

} // namespace

class TestPostureReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,234", "58.3"
    }

    void sectionsCarryTheFigures()
    {
        const PostureReport report(sample());
        const QString text = report.plainText();
        for (const QString &expected :
             {u"Fleet posture report"_s, u"alice"_s, u"2026-11-25 14:00:00 UTC"_s, u"demo, lab"_s,
              u"12 (0 safety-critical)"_s, u"General Hospital"_s,
              u"ip_camera"_s, u"2.4.1"_s, u"CVE-2025-31337"_s, u"7 (58.3 %)"_s, u"5 (41.7 %)"_s,
              u"Open incidents by severity"_s, u"isolate"_s, u"lic-9"_s, u"CAM-3"_s,
              u"Licences expiring within 30 days"_s, u"warden --verify-audit"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void auditStatesReadPlainly()
    {
        const QString text = PostureReport(sample()).plainText();
        QVERIFY(text.contains(u"The console's chain of operator actions verified (42 entries)."_s));
        QVERIFY(text.contains(u"The backend's chain verified against its signed head (1,234 entries)."_s));
        QVERIFY(text.contains(u"The console's chain of operator actions did not verify: entry 7 was changed"_s));
        QVERIFY(text.contains(u"The backend's chain is not verified: the signed head does not match the pinned key"_s));
        PostureReportData none = sample();
        none.audit.clear();
        QVERIFY(PostureReport(none).plainText().contains(u"No backend was connected"_s));
    }

    void carriesNoPersonalData()
    {
        const QString text = PostureReport(sample()).plainText();
        QVERIFY(text.contains(u"Contains no personal data"_s));
        for (const QString &personal : {u"own-3"_s, u"Ada Example"_s, u"Patient 4711"_s, u"bob"_s})
            QVERIFY2(!text.contains(personal), qPrintable(personal));
    }

    void longListsAreCut()
    {
        PostureReportData data = sample();
        for (int i = 0; i < PostureReport::VulnerabilityLimit + 5; ++i)
            data.posture.vulnerabilities.append({u"CVE-2026-%1"_s.arg(1000 + i), 1, 0});
        const QString text = PostureReport(data).plainText();
        QVERIFY(text.contains(u"6 further vulnerabilities are not listed."_s));
    }

    void rendersPagesAndPdf()
    {
        const PostureReport report(sample());
        QVERIFY(report.pageCount() >= 1);
        const QImage first = report.renderPage(0, 96);
        QCOMPARE(first.size(), QSize(793, 1123));
        int dark = 0;
        for (int y = 0; y < first.height(); y += 2)
            for (int x = 0; x < first.width(); x += 2)
                dark += first.pixelColor(x, y).lightness() < 100 ? 1 : 0;
        QVERIFY(dark > 500);
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            for (int page = 0; page < report.pageCount(); ++page)
                QVERIFY(report.renderPage(page, 110).save(dir + u"/posture-report-sample-%1.png"_s.arg(page + 1)));

        QTemporaryDir temp;
        const QString path = temp.filePath(u"posture.pdf"_s);
        const Status written = report.writePdf(path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestPostureReport)
#include "tst_posturereport.moc"
