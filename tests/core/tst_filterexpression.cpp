#include "rules/DottedVersion.h"
#include "rules/FilterExpression.h"
#include "DomainCompare.h"

#include <QHash>
#include <QTest>

#include <vector>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

Device makeDevice(const QString &id, const QString &name, const QString &deviceClass, const QString &vendor,
                  const QString &model, const QString &firmware, const QString &site, const QString &gateway,
                  const QString &segment, DeviceStatus status, int risk, QuarantineLevel quarantine,
                  bool safetyCritical, bool onlineUpdate)
{
    Device device;
    device.id = id;
    device.name = name;
    device.deviceClass = deviceClass;
    device.vendor = vendor;
    device.model = model;
    device.firmwareVersion = firmware;
    device.siteId = site;
    device.gatewayId = gateway;
    device.segment = segment;
    device.status = status;
    device.riskScore = risk;
    device.quarantine = quarantine;
    device.capabilities.safetyCritical = safetyCritical;
    device.capabilities.onlineUpdate = onlineUpdate;
    return device;
}

QList<Device> sampleDevices()
{
    return {
        makeDevice(u"dev-000001"_s, u"Lobby Camera 1"_s, u"ip_camera"_s, u"Acme"_s, u"X 200"_s, u"2.3.9"_s,
                   u"north-campus"_s, u"gw-n1"_s, u"cams"_s, DeviceStatus::Online, 80, QuarantineLevel::None, false,
                   true),
        makeDevice(u"dev-000002"_s, u"Infusion Pump 12"_s, u"infusion_pump"_s, u"MedCo"_s, u"P5"_s, u"2.10"_s,
                   u"north-campus"_s, u"gw-n2"_s, u"clinical"_s, DeviceStatus::Online, 40, QuarantineLevel::None,
                   true, false),
        makeDevice(u"dev-000003"_s, u"Parking Sensor"_s, u"parking_sensor"_s, u"Acme"_s, u"S1"_s, u"1.0"_s,
                   u"south-yard"_s, u"gw-s1"_s, u"outdoor"_s, DeviceStatus::Offline, 10, QuarantineLevel::Isolate,
                   false, true),
        makeDevice(u"dev-000004"_s, u"Cardiac Monitor"_s, u"cardiac_monitor"_s, u"MedCo"_s, u"CM-9"_s, QString(),
                   u"south-yard"_s, u"gw-s1"_s, u"clinical"_s, DeviceStatus::Degraded, 70, QuarantineLevel::None,
                   true, false),
    };
}

// Column storage like the register model's: interned strings, packed numbers, no Device objects.
class ColumnStore final : public DeviceFieldAccessor {
public:
    explicit ColumnStore(const QList<Device> &devices)
    {
        for (const Device &device : devices) {
            const QString texts[] = {device.id,       device.name,    device.deviceClass,
                                     device.vendor,   device.model,   device.firmwareVersion,
                                     device.siteId,   device.gatewayId, device.segment};
            for (int field = 0; field < 9; ++field)
                m_text[field].push_back(intern(texts[field]));
            m_risk.push_back(device.riskScore);
            m_status.push_back(quint8(device.status));
            m_flags.push_back(quint8((device.quarantine != QuarantineLevel::None ? 1 : 0)
                                     | (device.capabilities.safetyCritical ? 2 : 0)
                                     | (device.capabilities.onlineUpdate ? 4 : 0)));
        }
    }

    QStringView text(qsizetype row, DeviceField field) const override
    {
        ++calls;
        return m_pool.at(m_text[int(field)][std::size_t(row)]);
    }
    int number(qsizetype row, DeviceField field) const override
    {
        ++calls;
        return field == DeviceField::Risk ? m_risk[std::size_t(row)] : m_status[std::size_t(row)];
    }
    bool flag(qsizetype row, DeviceField field) const override
    {
        ++calls;
        const int bit = field == DeviceField::Quarantined ? 1 : (field == DeviceField::SafetyCritical ? 2 : 4);
        return (m_flags[std::size_t(row)] & bit) != 0;
    }

    mutable int calls = 0;

private:
    int intern(const QString &text)
    {
        const auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        m_pool.append(text);
        m_index.insert(text, int(m_pool.size() - 1));
        return int(m_pool.size() - 1);
    }

    QStringList m_pool;
    QHash<QString, int> m_index;
    std::vector<int> m_text[9];
    std::vector<int> m_risk;
    std::vector<quint8> m_status;
    std::vector<quint8> m_flags;
};

QStringList matchingIds(const FilterExpression &filter, const QList<Device> &devices)
{
    QStringList ids;
    for (const Device &device : devices) {
        if (filter.matches(device))
            ids.append(device.id);
    }
    return ids;
}

QStringList ids(std::initializer_list<int> numbers)
{
    QStringList list;
    for (const int number : numbers)
        list.append(u"dev-%1"_s.arg(number, 6, 10, QLatin1Char('0')));
    return list;
}

} // namespace

// The register filter grammar: dotted versions, matching tables, error messages with positions, column accessors.
class TestFilterExpression final : public QObject {
    Q_OBJECT

private slots:
    void versionOrder_data();
    void versionOrder();
    void matches_data();
    void matches();
    void columnAccessorAgreesWithDevices_data();
    void columnAccessorAgreesWithDevices();
    void rejects_data();
    void rejects();
    void emptyFilterMatchesEverything();
    void deepNestingIsRejectedNotCrashing();
    void fieldCatalogue();
    void shortCircuitSkipsColumnReads();
    void globTreatsAMissingValueAsEmpty();
};

void TestFilterExpression::versionOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("numeric not lexical") << u"2.10"_s << u"2.9"_s << 1;
    QTest::newRow("equal") << u"2.4"_s << u"2.4"_s << 0;
    QTest::newRow("trailing zero") << u"2.4"_s << u"2.4.0"_s << 0;
    QTest::newRow("longer is newer") << u"2.4"_s << u"2.4.1"_s << -1;
    QTest::newRow("leading v") << u"v3.0"_s << u"3"_s << 0;
    QTest::newRow("leading zeros") << u"2.04"_s << u"2.4"_s << 0;
    QTest::newRow("major wins") << u"10.0"_s << u"9.99.99"_s << 1;
    QTest::newRow("dash separator") << u"1.2-3"_s << u"1.2.3"_s << 0;
    QTest::newRow("suffix after number") << u"2.4rc1"_s << u"2.4"_s << 1;
    QTest::newRow("suffix order") << u"2.4a"_s << u"2.4b"_s << -1;
    QTest::newRow("huge component") << u"1.99999999999999999999"_s << u"1.2"_s << 1;
}

void TestFilterExpression::versionOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(DottedVersion::compare(a, b), expected);
    QCOMPARE(DottedVersion::compare(b, a), -expected);
}

void TestFilterExpression::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("free word in name") << u"camera"_s << ids({1});
    QTest::newRow("free word in vendor") << u"acme"_s << ids({1, 3});
    QTest::newRow("free word in segment") << u"clinical"_s << ids({2, 4});
    QTest::newRow("free word id") << u"dev-000003"_s << ids({3});
    QTest::newRow("quoted phrase") << u"\"parking sensor\""_s << ids({3});
    QTest::newRow("lower-case or is a word") << u"camera or pump"_s << QStringList();
    QTest::newRow("class") << u"class:ip_camera"_s << ids({1});
    QTest::newRow("field names ignore case") << u"CLASS:IP_CAMERA"_s << ids({1});
    QTest::newRow("equality is exact") << u"class:camera"_s << QStringList();
    QTest::newRow("wildcard") << u"class:*pump*"_s << ids({2});
    QTest::newRow("prefix wildcard") << u"name:lobby*"_s << ids({1});
    QTest::newRow("quoted value") << u"name:\"Lobby Camera 1\""_s << ids({1});
    QTest::newRow("quoted model") << u"model:\"X 200\""_s << ids({1});
    QTest::newRow("quoted empty matches empty") << u"name:\"\""_s << QStringList();
    QTest::newRow("all ids") << u"id:dev-00000*"_s << ids({1, 2, 3, 4});
    QTest::newRow("fw older") << u"fw:<2.4"_s << ids({1, 3});
    QTest::newRow("fw newer or equal") << u"fw:>=2.10"_s << ids({2});
    QTest::newRow("fw equal with zero") << u"fw:2.10.0"_s << ids({2});
    QTest::newRow("fw with v") << u"fw:v2.10"_s << ids({2});
    QTest::newRow("fw not equal includes unknown") << u"fw:!=2.10"_s << ids({1, 3, 4});
    QTest::newRow("fw wildcard") << u"fw:2.*"_s << ids({1, 2});
    QTest::newRow("risk greater") << u"risk:>70"_s << ids({1});
    QTest::newRow("risk greater or equal") << u"risk:>=70"_s << ids({1, 4});
    QTest::newRow("risk without colon") << u"risk>70"_s << ids({1});
    QTest::newRow("risk at most") << u"risk:<=10"_s << ids({3});
    QTest::newRow("risk equal") << u"risk:40"_s << ids({2});
    QTest::newRow("quarantined yes") << u"quarantined:yes"_s << ids({3});
    QTest::newRow("quarantined no") << u"quarantined:no"_s << ids({1, 2, 4});
    QTest::newRow("minus negates") << u"-quarantined:yes"_s << ids({1, 2, 4});
    QTest::newRow("NOT negates") << u"NOT quarantined:yes"_s << ids({1, 2, 4});
    QTest::newRow("safety") << u"safety:yes"_s << ids({2, 4});
    QTest::newRow("safety true") << u"safety:TRUE"_s << ids({2, 4});
    QTest::newRow("online update") << u"online_update:no"_s << ids({2, 4});
    QTest::newRow("status") << u"status:offline"_s << ids({3});
    QTest::newRow("status not") << u"status!=online"_s << ids({3, 4});
    QTest::newRow("implicit and") << u"site:north-campus vendor:medco"_s << ids({2});
    QTest::newRow("explicit and") << u"gateway:gw-s1 AND segment:clinical"_s << ids({4});
    QTest::newRow("or") << u"site:north-campus OR status:degraded"_s << ids({1, 2, 4});
    QTest::newRow("and binds tighter than or") << u"vendor:medco OR class:ip_camera risk:>90"_s << ids({2, 4});
    QTest::newRow("parentheses") << u"(class:ip_camera OR class:parking_sensor) vendor:acme"_s << ids({1, 3});
    QTest::newRow("negated group") << u"-(site:north-campus)"_s << ids({3, 4});
    QTest::newRow("double negation") << u"NOT -safety:yes"_s << ids({2, 4});
    QTest::newRow("nested groups") << u"((vendor:acme risk:>50) OR (vendor:medco -status:online))"_s << ids({1, 4});
    QTest::newRow("escaped quote") << u"name:\"Lobby \\\"Camera\\\" 1\""_s << QStringList();
    QTest::newRow("mixed words and fields") << u"medco monitor safety:yes"_s << ids({4});
}

void TestFilterExpression::matches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    ExpressionError error;
    const Result<FilterExpression> parsed = FilterExpression::parse(filter, &error);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->text(), filter);
    QCOMPARE(matchingIds(*parsed, sampleDevices()), expected);
}

void TestFilterExpression::columnAccessorAgreesWithDevices_data()
{
    matches_data();
}

void TestFilterExpression::columnAccessorAgreesWithDevices()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    const Result<FilterExpression> parsed = FilterExpression::parse(filter);
    QVERIFY(parsed.ok());
    const QList<Device> devices = sampleDevices();
    const ColumnStore columns(devices);
    const DeviceSpanAccessor span(devices);
    QStringList viaColumns;
    QStringList viaSpan;
    for (qsizetype row = 0; row < devices.size(); ++row) {
        if (parsed->matches(columns, row))
            viaColumns.append(devices.at(row).id);
        if (parsed->matches(span, row))
            viaSpan.append(devices.at(row).id);
    }
    QCOMPARE(viaColumns, expected);
    QCOMPARE(viaSpan, expected);
}

void TestFilterExpression::rejects_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<int>("term");
    QTest::addColumn<int>("position");

    QTest::newRow("unknown field")
        << u"colour:red"_s
        << QStringList{u"Unknown field \"colour\" in term 1 (colour:red) at column 1."_s,
                       u"Known fields: id, name, class, vendor, model, fw, site"_s}
        << 1 << 0;
    QTest::newRow("unknown field third term")
        << u"class:ip_camera risk:>70 colour:red"_s
        << QStringList{u"Unknown field \"colour\" in term 3 (colour:red) at column 26"_s} << 3 << 25;
    QTest::newRow("event field in device filter")
        << u"severity>=MAJOR"_s << QStringList{u"Unknown field \"severity\""_s} << 1 << 0;
    QTest::newRow("missing value")
        << u"site:north class:"_s
        << QStringList{u"Missing value after \"class:\" in term 2 (class:) at column 12"_s, u"class:infusion_pump"_s}
        << 2 << 11;
    QTest::newRow("missing value after operator")
        << u"risk:>"_s << QStringList{u"Missing value after \"risk:>\""_s} << 1 << 0;
    QTest::newRow("bad operator")
        << u"risk:=>5"_s << QStringList{u"Unknown comparison \"=>\" in term 1 (risk:=>5)"_s} << 1 << 0;
    QTest::newRow("text cannot be ordered")
        << u"name:>abc"_s
        << QStringList{u"Field \"name\" cannot be compared with \">\""_s, u"only fw and risk support <, <=, > and >="_s}
        << 1 << 0;
    QTest::newRow("status cannot be ordered")
        << u"status:<online"_s << QStringList{u"Field \"status\" cannot be compared with \"<\""_s} << 1 << 0;
    QTest::newRow("risk not a number")
        << u"risk:>high"_s
        << QStringList{u"Expected a whole number from 0 to 100 for \"risk\" in term 1"_s, u"not \"high\""_s} << 1
        << 0;
    QTest::newRow("risk out of range")
        << u"risk:101"_s << QStringList{u"from 0 to 100"_s, u"not \"101\""_s} << 1 << 0;
    QTest::newRow("bad version")
        << u"fw:<abc"_s << QStringList{u"Expected a version such as 2.4 for \"fw\""_s, u"not \"abc\""_s} << 1 << 0;
    QTest::newRow("wildcard version ordered")
        << u"fw:>2.*"_s << QStringList{u"A version with * cannot be compared with \">\""_s} << 1 << 0;
    QTest::newRow("bad boolean")
        << u"quarantined:maybe"_s
        << QStringList{u"Expected yes or no for \"quarantined\" in term 1 (quarantined:maybe)"_s} << 1 << 0;
    QTest::newRow("bad status")
        << u"status:broken"_s
        << QStringList{u"Unknown status \"broken\""_s, u"expected one of online, offline, degraded, disabled."_s}
        << 1 << 0;
    QTest::newRow("unclosed quoted value")
        << u"vendor:acme name:\"Lobby"_s
        << QStringList{u"Unclosed quote in term 2 (name:\"Lobby) at column 18"_s, u"add a closing \""_s} << 2
        << 17;
    QTest::newRow("unclosed quoted phrase")
        << u"\"north wing"_s << QStringList{u"Unclosed quote in term 1"_s} << 1 << 0;
    QTest::newRow("text after quote")
        << u"name:\"a\"b"_s << QStringList{u"Unexpected text after the closing quote in term 1"_s} << 1 << 8;
    QTest::newRow("quote inside word")
        << u"ab\"c"_s << QStringList{u"Unexpected quote in term 1 (ab\"c) at column 3"_s} << 1 << 2;
    QTest::newRow("unclosed parenthesis")
        << u"(class:ip_camera OR class:nvr"_s
        << QStringList{u"Missing \")\" to close the \"(\" in term 1 ((class:ip_camera) at column 1."_s} << 1 << 0;
    QTest::newRow("stray closing parenthesis")
        << u"class:ip_camera)"_s
        << QStringList{u"Unexpected \")\" in term 1 (class:ip_camera)) at column 16: there is no \"(\" to close."_s}
        << 1 << 15;
    QTest::newRow("empty parentheses") << u"vendor:acme ()"_s << QStringList{u"Empty parentheses in term 2"_s} << 2
                                       << 12;
    QTest::newRow("leading OR")
        << u"OR class:x"_s << QStringList{u"\"OR\" in term 1 (OR) at column 1 needs a term on both sides."_s} << 1
        << 0;
    QTest::newRow("trailing OR")
        << u"class:x OR"_s << QStringList{u"\"OR\" in term 2 (OR) at column 9 needs a term on both sides."_s} << 2
        << 8;
    QTest::newRow("double OR") << u"class:x OR OR class:y"_s << QStringList{u"\"OR\" in term 2"_s} << 2 << 8;
    QTest::newRow("trailing AND") << u"class:x AND"_s << QStringList{u"\"AND\" in term 2"_s} << 2 << 8;
    QTest::newRow("OR right after parenthesis")
        << u"(OR class:x)"_s << QStringList{u"\"OR\" in term 1 ((OR) at column 2 needs a term on both sides"_s}
        << 1 << 1;
    QTest::newRow("dangling NOT")
        << u"class:x NOT"_s << QStringList{u"\"NOT\" in term 2 (NOT) at column 9 must be followed by a term."_s}
        << 2 << 8;
    QTest::newRow("detached minus")
        << u"- class:x"_s << QStringList{u"\"-\" in term 1 (-) at column 1 must be directly followed by a term."_s}
        << 1 << 0;
    QTest::newRow("grouped values")
        << u"class:(a OR b)"_s << QStringList{u"Values cannot be grouped"_s, u"(class:a OR class:b)"_s} << 1 << 0;
}

void TestFilterExpression::rejects()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, fragments);
    QFETCH(int, term);
    QFETCH(int, position);
    ExpressionError error;
    const Result<FilterExpression> parsed = FilterExpression::parse(filter, &error);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), error.message);
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment), qPrintable(u"\""_s + fragment + u"\" not in: "_s + error.message));
    QCOMPARE(error.term, term);
    QCOMPARE(error.position, position);
    QVERIFY(error.length >= 1);
    QVERIFY(error.position + error.length <= filter.size() + 1);
}

void TestFilterExpression::emptyFilterMatchesEverything()
{
    for (const QString &text : {QString(), u"   "_s}) {
        const Result<FilterExpression> parsed = FilterExpression::parse(text);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->isEmpty());
        QCOMPARE(matchingIds(*parsed, sampleDevices()), ids({1, 2, 3, 4}));
    }
    QVERIFY(FilterExpression().matches(sampleDevices().constFirst()));
}

void TestFilterExpression::deepNestingIsRejectedNotCrashing()
{
    const QString deep = QString(500, u'(') + u"class:x"_s + QString(500, u')');
    const Result<FilterExpression> parsed = FilterExpression::parse(deep);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorMessage().contains(u"Too deeply nested"_s), qPrintable(parsed.errorMessage()));

    const QString manyNots = QString(2000, u'-') + u"class:x"_s;
    QVERIFY(!FilterExpression::parse(manyNots).ok());

    const QString moderate = QString(20, u'(') + u"class:ip_camera"_s + QString(20, u')');
    const Result<FilterExpression> fine = FilterExpression::parse(moderate);
    QVERIFY(fine.ok());
    QCOMPARE(matchingIds(*fine, sampleDevices()), ids({1}));
}

void TestFilterExpression::fieldCatalogue()
{
    const QList<FieldInfo> fields = FilterExpression::fields();
    QStringList names;
    for (const FieldInfo &field : fields) {
        names.append(field.name);
        QVERIFY2(!field.description.isEmpty(), qPrintable(field.name));
        // Every example must itself be a valid filter.
        QVERIFY2(FilterExpression::parse(field.example).ok(), qPrintable(field.example));
    }
    QCOMPARE(names, (QStringList{u"id"_s, u"name"_s, u"class"_s, u"vendor"_s, u"model"_s, u"fw"_s, u"site"_s,
                                 u"gateway"_s, u"segment"_s, u"status"_s, u"risk"_s, u"quarantined"_s, u"safety"_s,
                                 u"online_update"_s}));
    const FieldInfo &status = fields.at(names.indexOf(u"status"_s));
    QCOMPARE(status.kind, FieldKind::Choice);
    QCOMPARE(status.values, (QStringList{u"online"_s, u"offline"_s, u"degraded"_s, u"disabled"_s}));
    QCOMPARE(fields.at(names.indexOf(u"safety"_s)).values, (QStringList{u"yes"_s, u"no"_s}));
    QVERIFY(fields.at(names.indexOf(u"fw"_s)).comparable());
    QVERIFY(fields.at(names.indexOf(u"risk"_s)).comparable());
    QVERIFY(!fields.at(names.indexOf(u"name"_s)).comparable());
    QVERIFY(fields.at(names.indexOf(u"vendor"_s)).values.isEmpty());
}

void TestFilterExpression::shortCircuitSkipsColumnReads()
{
    // AND stops at the first false term, OR at the first true one, so cheap terms save column reads.
    const QList<Device> devices = sampleDevices();
    const ColumnStore columns(devices);
    const Result<FilterExpression> andFilter = FilterExpression::parse(u"risk:>90 class:x vendor:y"_s);
    QVERIFY(andFilter.ok());
    QVERIFY(!andFilter->matches(columns, 0));
    QCOMPARE(columns.calls, 1);
    columns.calls = 0;
    const Result<FilterExpression> orFilter = FilterExpression::parse(u"risk:>0 OR class:x OR vendor:y"_s);
    QVERIFY(orFilter.ok());
    QVERIFY(orFilter->matches(columns, 0));
    QCOMPARE(columns.calls, 1);
    // Operands run cheapest first whatever the written order: the number is read, the text never.
    columns.calls = 0;
    const Result<FilterExpression> reordered = FilterExpression::parse(u"\"lobby\" vendor:acme risk:>90"_s);
    QVERIFY(reordered.ok());
    QVERIFY(!reordered->matches(columns, 0));
    QCOMPARE(columns.calls, 1);
}

void TestFilterExpression::globTreatsAMissingValueAsEmpty()
{
    // A never-set (null) firmware and an empty one are the same to the operator; the fuzzer found they were not.
    Device unset;
    unset.id = u"dev-unset"_s;
    Device empty = unset;
    empty.firmwareVersion = u""_s;
    Device reported = unset;
    reported.firmwareVersion = u"2.4.1"_s;
    const struct {
        QString filter;
        bool unsetOrEmpty;
        bool reported;
    } cases[] = {{u"fw:*"_s, true, true}, {u"fw:**"_s, true, true}, {u"fw:2*"_s, false, true},
                 {u"fw:*1"_s, false, true}, {u"fw:*.*"_s, false, true}, {u"NOT fw:*"_s, false, false}};
    for (const auto &c : cases) {
        const Result<FilterExpression> filter = FilterExpression::parse(c.filter);
        QVERIFY2(filter.ok(), qPrintable(c.filter));
        QCOMPARE(filter->matches(unset), c.unsetOrEmpty);
        QCOMPARE(filter->matches(empty), c.unsetOrEmpty);
        QCOMPARE(filter->matches(reported), c.reported);
    }
}

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
