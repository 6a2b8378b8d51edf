#include "inventory/DeviceTableAccessor.h"
#include "inventory/RegisterFilter.h"
#include "rules/FilterExpression.h"
#include "rules/RuleCondition.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// backend:NAME — the register's term for the console connection a device came from. Accepted by the register's
// grammar only (column-wise RegisterFilter and the row-wise reference must agree); refused with a message saying why
// by campaign target filters and rule conditions, which one backend evaluates over its own devices.
class TestBackendTerm : public QObject {
    Q_OBJECT
private:
    // The same ids in three backends (one with a space in its name), so an id filter alone matches several rows.
    static DeviceTable makeTable()
    {
        DeviceTable table;
        const QStringList backends{u"eu"_s, u"us"_s, u"Lab West"_s};
        for (const QString &backend : backends) {
            for (int i = 0; i < 4; ++i) {
                Device device;
                device.id = u"dev-%1"_s.arg(i);
                device.name = u"Device %1"_s.arg(i);
                device.deviceClass = i % 2 ? u"plc"_s : u"ip_camera"_s;
                device.siteId = u"site-1"_s;
                device.firmwareVersion = u"1.0"_s;
                table.upsert(backend, device);
            }
        }
        return table;
    }

    // "backend/id" of the rows that match, in row order.
    static QStringList keys(const DeviceTable &table, const std::vector<quint64> &bits)
    {
        QStringList out;
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            if (bits[size_t(row) / 64] & (quint64(1) << (row % 64)))
                out.append(table.backend(row) + u'/' + table.id(row));
        }
        return out;
    }

private slots:
    void registerMatches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one backend, one id") << u"backend:eu id:dev-1"_s << QStringList{u"eu/dev-1"_s};
        QTest::newRow("id alone matches every backend")
            << u"id:dev-1"_s << QStringList{u"eu/dev-1"_s, u"us/dev-1"_s, u"Lab West/dev-1"_s};
        QTest::newRow("case-insensitive") << u"BACKEND:EU id:dev-2"_s << QStringList{u"eu/dev-2"_s};
        QTest::newRow("quoted name with a space")
            << u"backend:\"lab west\" class:plc"_s << QStringList{u"Lab West/dev-1"_s, u"Lab West/dev-3"_s};
        QTest::newRow("glob") << u"backend:l* id:dev-0"_s << QStringList{u"Lab West/dev-0"_s};
        QTest::newRow("not equal") << u"backend:!=eu id:dev-3"_s << QStringList{u"us/dev-3"_s, u"Lab West/dev-3"_s};
        QTest::newRow("negated") << u"-backend:us -backend:eu id:dev-0"_s << QStringList{u"Lab West/dev-0"_s};
        QTest::newRow("or of backends")
            << u"(backend:eu OR backend:us) id:dev-0"_s << QStringList{u"eu/dev-0"_s, u"us/dev-0"_s};
        QTest::newRow("ids of one backend")
            << u"backend:us (id:\"dev-0\" OR id:\"dev-3\")"_s << QStringList{u"us/dev-0"_s, u"us/dev-3"_s};
        QTest::newRow("unknown backend") << u"backend:asia"_s << QStringList{};
        QTest::newRow("substring is not equality") << u"backend:e"_s << QStringList{};
    }

    void registerMatches()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        ExpressionError error;
        const Result<FilterExpression> parsed = FilterExpression::parseRegister(filter, &error);
        QVERIFY2(parsed.ok(), qPrintable(error.message));
        QCOMPARE(parsed->grammar(), ExpressionParser::Grammar::RegisterFilter);
        const DeviceTable table = makeTable();
        const RegisterFilter columnWise(*parsed, {});
        QCOMPARE(keys(table, columnWise.matchingRows(table)), expected);
        // The row-wise reference with the row's backend agrees.
        const QHash<QString, QString> noSites;
        const DeviceTableAccessor accessor(table, noSites);
        QStringList reference;
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            if (parsed->matches(accessor, row, table.backend(row)))
                reference.append(table.backend(row) + u'/' + table.id(row));
        }
        QCOMPARE(reference, expected);
    }

    void withoutABackendTheTermMatchesNothing()
    {
        const Result<FilterExpression> parsed = FilterExpression::parseRegister(u"backend:eu"_s);
        QVERIFY(parsed.ok());
        Device device;
        device.id = u"dev-0"_s;
        QVERIFY(!parsed->matches(device)); // no backend known: never a silent match
    }

    void registerRejects_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("term");
        QTest::newRow("missing value") << u"class:plc backend:"_s << u"Missing value after \"backend:\""_s << 2;
        QTest::newRow("ordered") << u"backend:>eu"_s << u"Field \"backend\" cannot be compared with \">\""_s << 1;
        QTest::newRow("unclosed quote") << u"backend:\"lab west"_s << u"Unclosed quote in term 1"_s << 1;
        QTest::newRow("grouped values") << u"backend:(eu OR us)"_s << u"Values cannot be grouped"_s << 1;
        QTest::newRow("misspelt field") << u"backends:eu"_s << u"Unknown field \"backends\""_s << 1;
    }

    void registerRejects()
    {
        QFETCH(QString, filter);
        QFETCH(QString, fragment);
        QFETCH(int, term);
        ExpressionError error;
        const Result<FilterExpression> parsed = FilterExpression::parseRegister(filter, &error);
        QVERIFY(!parsed.ok());
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QCOMPARE(error.term, term);
    }

    void otherGrammarsRefuseIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("rule");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("term");
        QTest::addColumn<int>("position");
        QTest::newRow("campaign filter")
            << u"backend:eu"_s << false << u"only works in the register's filter"_s << 1 << 0;
        QTest::newRow("campaign filter, second term, says why")
            << u"class:plc backend:eu"_s << false << u"a campaign's target filter is evaluated by its backend"_s << 2
            << 10;
        QTest::newRow("campaign filter, quoted name")
            << u"class:plc (backend:\"lab west\" OR site:x)"_s << false << u"Field \"backend\" in term 2"_s << 2 << 11;
        QTest::newRow("campaign filter, upper case")
            << u"BACKEND:eu"_s << false << u"only works in the register's filter"_s << 1 << 0;
        QTest::newRow("rule condition")
            << u"type:brute_force backend:eu"_s << true << u"cannot be used in a rule condition"_s << 2 << 17;
        QTest::newRow("rule condition, negated") << u"-backend:eu"_s << true << u"a rule runs inside one backend"_s
                                                 << 1 << 1;
    }

    void otherGrammarsRefuseIt()
    {
        QFETCH(QString, text);
        QFETCH(bool, rule);
        QFETCH(QString, fragment);
        QFETCH(int, term);
        QFETCH(int, position);
        ExpressionError error;
        const QString message = rule ? RuleCondition::parse(text, &error).errorMessage()
                                     : FilterExpression::parse(text, &error).errorMessage();
        QVERIFY2(message.contains(fragment), qPrintable(message));
        QVERIFY2(!message.contains(u"Unknown field"_s), qPrintable(message));
        QCOMPARE(error.term, term);
        QCOMPARE(error.position, position);
        QCOMPARE(error.length, 7); // "backend" underlined
    }

    void completionOffersItInTheRegisterOnly()
    {
        const auto names = [](const QList<FieldInfo> &fields) {
            QStringList out;
            for (const FieldInfo &field : fields)
                out.append(field.name);
            return out;
        };
        QVERIFY(names(FilterExpression::registerFields()).contains(u"backend"_s));
        QVERIFY(!names(FilterExpression::fields()).contains(u"backend"_s));
        QVERIFY(!names(ExpressionParser::fields(ExpressionParser::Grammar::RuleCondition)).contains(u"backend"_s));
        for (const FieldInfo &field : FilterExpression::registerFields()) {
            if (field.name == u"backend"_s)
                QVERIFY(FilterExpression::parseRegister(field.example).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestBackendTerm)
#include "tst_backendterm.moc"
