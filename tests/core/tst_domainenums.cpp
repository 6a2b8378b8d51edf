// Wire names of the domain enums: the documented spellings, round trips of every value, refusal of near misses.

#include "domain/Enums.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

// Runs f.template operator()<E>(name) for every domain enum, so a new enum needs one line here.
template <typename F>
void forEachEnum(F &&f)
{
    f.template operator()<Severity>("Severity");
    f.template operator()<SiteKind>("SiteKind");
    f.template operator()<DeviceStatus>("DeviceStatus");
    f.template operator()<QuarantineLevel>("QuarantineLevel");
    f.template operator()<LinkKind>("LinkKind");
    f.template operator()<ThreatType>("ThreatType");
    f.template operator()<IncidentState>("IncidentState");
    f.template operator()<LicenceState>("LicenceState");
    f.template operator()<CampaignState>("CampaignState");
    f.template operator()<DeviceUpdateState>("DeviceUpdateState");
    f.template operator()<ApprovalKind>("ApprovalKind");
    f.template operator()<ApprovalState>("ApprovalState");
    f.template operator()<RuleActionKind>("RuleActionKind");
}

// The wire name of value number `index` of the enum called `enumName`, and whether it parses back to that value.
struct Probe {
    QString wire;
    qsizetype parsedIndex = -1; // -1: enumFromString returned nullopt
    qsizetype valueCount = 0;
};

Probe probe(const QString &enumName, qsizetype index, const QString &nameToParse)
{
    Probe result;
    forEachEnum([&]<typename E>(const char *name) {
        if (enumName != QLatin1String(name))
            return;
        const QList<E> values = enumValues<E>();
        result.valueCount = values.size();
        if (index >= 0 && index < values.size())
            result.wire = toString(values.at(index));
        if (const std::optional<E> parsed = enumFromString<E>(nameToParse))
            result.parsedIndex = values.indexOf(*parsed);
    });
    return result;
}

} // namespace

class TestDomainEnums final : public QObject {
    Q_OBJECT

private slots:
    void everyValueRoundTrips_data();
    void everyValueRoundTrips();
    void documentedWireNames_data();
    void documentedWireNames();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
    void namesAreUniqueAndCountsMatch_data();
    void namesAreUniqueAndCountsMatch();
    void outOfRangeValueHasNoName();
};

void TestDomainEnums::everyValueRoundTrips_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<qsizetype>("index");

    forEachEnum([]<typename E>(const char *name) {
        const QList<E> values = enumValues<E>();
        for (qsizetype i = 0; i < values.size(); ++i)
            QTest::addRow("%s/%s", name, qPrintable(toString(values.at(i)))) << QString::fromLatin1(name) << i;
    });
}

void TestDomainEnums::everyValueRoundTrips()
{
    QFETCH(QString, enumName);
    QFETCH(qsizetype, index);

    const QString wire = probe(enumName, index, {}).wire;
    QVERIFY(!wire.isEmpty());
    // Severity is upper case (ThingsBoard's alarm scale); everything else lower_snake_case.
    static const QRegularExpression snake(u"^[a-z]+(_[a-z]+)*$"_s);
    static const QRegularExpression upper(u"^[A-Z]+$"_s);
    QVERIFY2((enumName == u"Severity" ? upper : snake).match(wire).hasMatch(), qPrintable(wire));
    QCOMPARE(probe(enumName, index, wire).parsedIndex, index);
}

void TestDomainEnums::documentedWireNames_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<QString>("wire");

    auto row = [](const char *enumName, auto value, const char *wire) {
        QTest::addRow("%s", wire) << QString::fromLatin1(enumName) << static_cast<qsizetype>(value)
                                  << QString::fromLatin1(wire);
    };
    row("Severity", Severity::Critical, "CRITICAL");
    row("Severity", Severity::Major, "MAJOR");
    row("Severity", Severity::Minor, "MINOR");
    row("Severity", Severity::Warning, "WARNING");
    row("Severity", Severity::Indeterminate, "INDETERMINATE");
    row("SiteKind", SiteKind::Hospital, "hospital");
    row("DeviceStatus", DeviceStatus::Online, "online");
    row("DeviceStatus", DeviceStatus::Disabled, "disabled");
    row("QuarantineLevel", QuarantineLevel::None, "none");
    row("QuarantineLevel", QuarantineLevel::RevokeCredentials, "revoke_credentials");
    row("LinkKind", LinkKind::Peer, "peer");
    row("ThreatType", ThreatType::PortScan, "port_scan");
    row("ThreatType", ThreatType::BruteForce, "brute_force");
    row("ThreatType", ThreatType::DefaultCredentials, "default_credentials");
    row("ThreatType", ThreatType::CertificateExpiry, "certificate_expiry");
    row("ThreatType", ThreatType::LicenceViolation, "licence_violation");
    row("ThreatType", ThreatType::Anomaly, "anomaly");
    row("IncidentState", IncidentState::Acknowledged, "acknowledged");
    row("LicenceState", LicenceState::Expired, "expired");
    row("CampaignState", CampaignState::PendingApproval, "pending_approval");
    row("CampaignState", CampaignState::Completed, "completed");
    row("DeviceUpdateState", DeviceUpdateState::WaitingForWindow, "waiting_for_window");
    row("DeviceUpdateState", DeviceUpdateState::NeedsPhysicalService, "needs_physical_service");
    row("ApprovalKind", ApprovalKind::RuleChange, "rule_change");
    row("ApprovalState", ApprovalState::Approved, "approved");
    row("RuleActionKind", RuleActionKind::RevokeLicence, "revoke_licence");
    row("RuleActionKind", RuleActionKind::RaiseSeverity, "raise_severity");
}

void TestDomainEnums::documentedWireNames()
{
    QFETCH(QString, enumName);
    QFETCH(qsizetype, index);
    QFETCH(QString, wire);

    QCOMPARE(probe(enumName, index, {}).wire, wire);
    QCOMPARE(probe(enumName, -1, wire).parsedIndex, index);
}

void TestDomainEnums::unknownNamesAreRefused_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<QString>("name");

    auto row = [](const char *enumName, const QString &name) {
        QTest::addRow("%s: \"%s\"", enumName, qPrintable(name)) << QString::fromLatin1(enumName) << name;
    };
    forEachEnum([&]<typename E>(const char *enumName) {
        row(enumName, QString());
        row(enumName, u"bogus"_s);
        const QString first = toString(enumValues<E>().constFirst());
        row(enumName, u' ' + first);
        row(enumName, first + u' ');
        row(enumName, first + u'\0');
        // Names are case-sensitive in both directions.
        row(enumName, first.at(0).isUpper() ? first.toLower() : first.toUpper());
    });
    row("ThreatType", u"BruteForce"_s);
    row("ThreatType", u"brute-force"_s);
    row("QuarantineLevel", u"revokecredentials"_s);
    row("Severity", u"Critical"_s);
    row("Severity", u"0"_s);
}

void TestDomainEnums::unknownNamesAreRefused()
{
    QFETCH(QString, enumName);
    QFETCH(QString, name);

    const Probe result = probe(enumName, -1, name);
    QVERIFY(result.valueCount > 0); // the enum was found at all
    QCOMPARE(result.parsedIndex, qsizetype(-1));
}

void TestDomainEnums::namesAreUniqueAndCountsMatch_data()
{
    QTest::addColumn<QString>("enumName");
    QTest::addColumn<qsizetype>("expectedCount");

    QTest::newRow("Severity") << u"Severity"_s << qsizetype(5);
    QTest::newRow("SiteKind") << u"SiteKind"_s << qsizetype(4);
    QTest::newRow("DeviceStatus") << u"DeviceStatus"_s << qsizetype(4);
    QTest::newRow("QuarantineLevel") << u"QuarantineLevel"_s << qsizetype(4);
    QTest::newRow("LinkKind") << u"LinkKind"_s << qsizetype(2);
    QTest::newRow("ThreatType") << u"ThreatType"_s << qsizetype(11);
    QTest::newRow("IncidentState") << u"IncidentState"_s << qsizetype(5);
    QTest::newRow("LicenceState") << u"LicenceState"_s << qsizetype(5);
    QTest::newRow("CampaignState") << u"CampaignState"_s << qsizetype(8);
    QTest::newRow("DeviceUpdateState") << u"DeviceUpdateState"_s << qsizetype(7);
    QTest::newRow("ApprovalKind") << u"ApprovalKind"_s << qsizetype(3);
    QTest::newRow("ApprovalState") << u"ApprovalState"_s << qsizetype(3);
    QTest::newRow("RuleActionKind") << u"RuleActionKind"_s << qsizetype(4);
}

void TestDomainEnums::namesAreUniqueAndCountsMatch()
{
    QFETCH(QString, enumName);
    QFETCH(qsizetype, expectedCount);

    const qsizetype count = probe(enumName, -1, {}).valueCount;
    QCOMPARE(count, expectedCount);
    QSet<QString> names;
    for (qsizetype i = 0; i < count; ++i)
        names.insert(probe(enumName, i, {}).wire);
    QCOMPARE(names.size(), count);
}

void TestDomainEnums::outOfRangeValueHasNoName()
{
    // A value cast from corrupt storage must not borrow another value's name.
    QVERIFY(toString(static_cast<DeviceStatus>(42)).isEmpty());
    QVERIFY(toString(static_cast<Severity>(-1)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainEnums)
#include "tst_domainenums.moc"
