// JsonReader: the strict field checks every domain fromJson relies on, fed through the real JSON parser.

#include "domain/JsonReader.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

constexpr qint64 Int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 Int64Min = std::numeric_limits<qint64>::min();

// {"v": <valueText>} parsed from text, so number handling is that of the real parser.
QJsonObject objectWith(const QByteArray &valueText)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("{\"v\":" + valueText + '}', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", valueText.constData());
    return document.object();
}

} // namespace

class TestDomainJsonReader final : public QObject {
    Q_OBJECT

private slots:
    void integers_data();
    void integers();
    void timestamps_data();
    void timestamps();
    void strings_data();
    void strings();
    void numbers_data();
    void numbers();
    void hexDigests_data();
    void hexDigests();
    void lists_data();
    void lists();
    void verbatimObjectsAreLimited();
    void nestedFailuresCarryTheFullPath();
    void firstFailureWins();
    void absentAndNullAreTheSame();
    void describesValues_data();
    void describesValues();
    void writesTimestamps();
};

void TestDomainJsonReader::integers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << "0"_ba << qint64(0) << qint64(100) << true << qint64(0);
    QTest::newRow("upper bound") << "100"_ba << qint64(0) << qint64(100) << true << qint64(100);
    QTest::newRow("above") << "101"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("below") << "-1"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("whole double") << "3.0"_ba << qint64(0) << qint64(100) << true << qint64(3);
    QTest::newRow("exponent") << "1e2"_ba << qint64(0) << qint64(100) << true << qint64(100);
    QTest::newRow("fraction") << "3.5"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("tiny fraction") << "0.000001"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("beyond double precision")
        << "9007199254740993"_ba << qint64(1) << Int64Max << true << Q_INT64_C(9007199254740993);
    QTest::newRow("qint64 max") << "9223372036854775807"_ba << qint64(1) << Int64Max << true << Int64Max;
    QTest::newRow("qint64 min") << "-9223372036854775808"_ba << Int64Min << Int64Max << true << Int64Min;
    QTest::newRow("beyond qint64") << "9223372036854775808"_ba << qint64(1) << Int64Max << false << qint64(0);
    QTest::newRow("huge") << "1e300"_ba << qint64(1) << Int64Max << false << qint64(0);
    QTest::newRow("int overflow for an int field")
        << "2147483648"_ba << qint64(0) << qint64(std::numeric_limits<int>::max()) << false << qint64(0);
    QTest::newRow("string") << "\"5\""_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("bool") << "true"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("array") << "[5]"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("object") << "{}"_ba << qint64(0) << qint64(100) << false << qint64(0);
    QTest::newRow("null") << "null"_ba << qint64(0) << qint64(100) << false << qint64(0);
}

void TestDomainJsonReader::integers()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    JsonReader reader(objectWith(text));
    const qint64 value = reader.requiredInteger("v", min, max);
    QCOMPARE(reader.ok(), ok);
    if (ok) {
        QCOMPARE(value, expected);
    } else {
        QCOMPARE(reader.error().field, u"v"_s);
        QVERIFY2(reader.error().message.startsWith(u"Field \"v\" "_s), qPrintable(reader.error().message));
    }
}

void TestDomainJsonReader::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("written"); // empty: must be refused

    QTest::newRow("utc with ms") << "\"2026-11-25T10:00:00.123Z\""_ba << u"2026-11-25T10:00:00.123Z"_s;
    QTest::newRow("utc without ms") << "\"2026-11-25T10:00:00Z\""_ba << u"2026-11-25T10:00:00.000Z"_s;
    QTest::newRow("positive offset") << "\"2026-11-25T11:00:00.123+01:00\""_ba << u"2026-11-25T10:00:00.123Z"_s;
    QTest::newRow("negative offset") << "\"2026-11-25T05:00:00.000-05:00\""_ba << u"2026-11-25T10:00:00.000Z"_s;
    QTest::newRow("offset across midnight") << "\"2026-01-01T00:30:00.000+01:00\""_ba
                                            << u"2025-12-31T23:30:00.000Z"_s;
    QTest::newRow("leap day") << "\"2024-02-29T00:00:00.000Z\""_ba << u"2024-02-29T00:00:00.000Z"_s;
    QTest::newRow("no zone (local time)") << "\"2026-11-25T10:00:00.123\""_ba << QString();
    QTest::newRow("date only") << "\"2026-11-25\""_ba << QString();
    QTest::newRow("space separator") << "\"2026-11-25 10:00:00.000Z\""_ba << QString();
    QTest::newRow("no leap day") << "\"2026-02-29T00:00:00.000Z\""_ba << QString();
    QTest::newRow("month 13") << "\"2026-13-01T00:00:00.000Z\""_ba << QString();
    QTest::newRow("minute 60") << "\"2026-11-25T10:60:00.000Z\""_ba << QString();
    QTest::newRow("bad offset") << "\"2026-11-25T10:00:00.000+1:00\""_ba << QString();
    QTest::newRow("empty") << "\"\""_ba << QString();
    QTest::newRow("just Z") << "\"Z\""_ba << QString();
    QTest::newRow("words") << "\"yesterday\""_ba << QString();
    QTest::newRow("too long") << "\"2026-11-25T10:00:00.000000000000000000000000000Z\""_ba << QString();
    QTest::newRow("epoch number") << "1764064800000"_ba << QString();
    QTest::newRow("object") << "{}"_ba << QString();
}

void TestDomainJsonReader::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, written);

    JsonReader reader(objectWith(text));
    const QDateTime time = reader.requiredTime("v");
    if (written.isEmpty()) {
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().field, u"v"_s);
        QVERIFY(!time.isValid());
        QVERIFY(reader.error().message.contains(u"ISO-8601"_s));
    } else {
        QVERIFY2(reader.ok(), qPrintable(reader.error().message));
        QCOMPARE(time.timeSpec(), Qt::UTC);
        QCOMPARE(toJsonTimestamp(time).toString(), written);
    }
}

void TestDomainJsonReader::strings_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("idOk");       // requiredId
    QTest::addColumn<bool>("optionalOk"); // optionalString with the name limit

    QTest::newRow("plain") << QJsonValue(u"dev-1"_s) << true << true;
    QTest::newRow("unicode") << QJsonValue(u"Gerät Süd 北"_s) << true << true;
    QTest::newRow("at limit") << QJsonValue(QString(JsonReader::MaxNameLength, u'a')) << true << true;
    QTest::newRow("over limit") << QJsonValue(QString(JsonReader::MaxNameLength + 1, u'a')) << false << false;
    QTest::newRow("empty") << QJsonValue(u""_s) << false << true;
    QTest::newRow("newline") << QJsonValue(u"a\nb"_s) << false << true;
    QTest::newRow("nul") << QJsonValue(QString(u"a\0b"_s)) << false << true;
    QTest::newRow("delete char") << QJsonValue(u"a\x7f"_s) << false << true;
    QTest::newRow("number") << QJsonValue(5) << false << false;
    QTest::newRow("bool") << QJsonValue(false) << false << false;
    QTest::newRow("array") << QJsonValue(QJsonArray{u"a"_s}) << false << false;
}

void TestDomainJsonReader::strings()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, idOk);
    QFETCH(bool, optionalOk);

    const QJsonObject object{{u"v"_s, value}};
    JsonReader idReader(object);
    const QString id = idReader.requiredId("v");
    QCOMPARE(idReader.ok(), idOk);
    QCOMPARE(id, idOk ? value.toString() : QString());
    if (!idOk)
        QCOMPARE(idReader.error().field, u"v"_s);

    JsonReader optionalReader(object);
    const QString text = optionalReader.optionalString("v");
    QCOMPARE(optionalReader.ok(), optionalOk);
    if (optionalOk)
        QCOMPARE(text, value.toString());
}

void TestDomainJsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("minExclusive");
    QTest::addColumn<bool>("ok");

    QTest::newRow("inclusive zero") << "0"_ba << false << true;
    QTest::newRow("exclusive zero") << "0"_ba << true << false;
    QTest::newRow("just above zero") << "0.001"_ba << true << true;
    QTest::newRow("max") << "100"_ba << true << true;
    QTest::newRow("above max") << "100.0001"_ba << false << false;
    QTest::newRow("negative") << "-0.5"_ba << false << false;
    QTest::newRow("string") << "\"50\""_ba << false << false;
    QTest::newRow("null") << "null"_ba << false << false;
}

void TestDomainJsonReader::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, minExclusive);
    QFETCH(bool, ok);

    JsonReader reader(objectWith(text));
    const double value = reader.requiredNumber("v", 0.0, 100.0, minExclusive);
    QCOMPARE(reader.ok(), ok);
    if (ok)
        QCOMPARE(value, objectWith(text).value(u"v"_s).toDouble());
    else
        QCOMPARE(reader.error().field, u"v"_s);
}

void TestDomainJsonReader::hexDigests_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");

    const QString good = u"0123456789abcdef"_s.repeated(4);
    QTest::newRow("lowercase") << QJsonValue(good) << true;
    QTest::newRow("uppercase") << QJsonValue(good.toUpper()) << false;
    QTest::newRow("short") << QJsonValue(good.left(62)) << false;
    QTest::newRow("long") << QJsonValue(QString(good + u"ab"_s)) << false;
    QTest::newRow("odd length") << QJsonValue(good.left(63)) << false;
    QTest::newRow("not hex") << QJsonValue(QString(good.left(63) + u'g')) << false;
    QTest::newRow("empty") << QJsonValue(u""_s) << false;
    QTest::newRow("base64") << QJsonValue(QString::fromLatin1(QByteArray(32, 'x').toBase64())) << false;
    QTest::newRow("number") << QJsonValue(0) << false;
}

void TestDomainJsonReader::hexDigests()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);

    JsonReader reader(QJsonObject{{u"v"_s, value}});
    const QByteArray bytes = reader.requiredHex("v", 32);
    QCOMPARE(reader.ok(), ok);
    if (ok) {
        QCOMPARE(bytes.size(), 32);
        QCOMPARE(QString::fromLatin1(bytes.toHex()), value.toString());
    } else {
        QCOMPARE(reader.error().field, u"v"_s);
        QVERIFY(bytes.isEmpty());
    }
}

void TestDomainJsonReader::lists_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field"); // empty: accepted

    QJsonArray tooMany;
    for (qsizetype i = 0; i <= JsonReader::MaxListLength; ++i)
        tooMany.append(u"x"_s);
    QTest::newRow("strings") << QJsonValue(QJsonArray{u"a"_s, u"b"_s}) << QString();
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QString();
    QTest::newRow("not an array") << QJsonValue(u"a"_s) << u"v"_s;
    QTest::newRow("number item") << QJsonValue(QJsonArray{u"a"_s, 1}) << u"v[1]"_s;
    QTest::newRow("empty item") << QJsonValue(QJsonArray{u""_s}) << u"v[0]"_s;
    QTest::newRow("null item") << QJsonValue(QJsonArray{u"a"_s, u"b"_s, QJsonValue()}) << u"v[2]"_s;
    QTest::newRow("too many") << QJsonValue(tooMany) << u"v"_s;
}

void TestDomainJsonReader::lists()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    JsonReader reader(QJsonObject{{u"v"_s, value}});
    const QStringList list = reader.optionalStringList("v");
    QCOMPARE(reader.ok(), field.isEmpty());
    if (field.isEmpty())
        QCOMPARE(QJsonArray::fromStringList(list), value.toArray());
    else
        QCOMPARE(reader.error().field, field);
}

void TestDomainJsonReader::verbatimObjectsAreLimited()
{
    const QJsonObject small{{u"k"_s, u"v"_s}};
    JsonReader ok(QJsonObject{{u"details"_s, small}});
    QCOMPARE(ok.optionalObject("details"), small);
    QVERIFY(ok.ok());

    const QJsonObject big{{u"blob"_s, QString(JsonReader::MaxTextLength, u'x')}};
    JsonReader tooBig(QJsonObject{{u"details"_s, big}});
    QVERIFY(tooBig.optionalObject("details").isEmpty());
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().field, u"details"_s);
    QVERIFY(tooBig.error().message.contains(u"bytes"_s));
}

void TestDomainJsonReader::nestedFailuresCarryTheFullPath()
{
    const QJsonObject inner{{u"x"_s, u"not a number"_s}};
    JsonReader reader(QJsonObject{});
    {
        JsonReader nested = reader.nested(inner, u"plan.waves[3]"_s);
        nested.requiredInteger("x", 0, 10);
        QVERIFY(!nested.ok());
    }
    QVERIFY(!reader.ok()); // recorded in the outer reader
    QCOMPARE(reader.error().field, u"plan.waves[3].x"_s);
    QCOMPARE(reader.error().message,
             u"Field \"plan.waves[3].x\" must be an integer between 0 and 10 (got \"not a number\")."_s);
}

void TestDomainJsonReader::firstFailureWins()
{
    JsonReader reader(QJsonObject{{u"a"_s, 1}, {u"b"_s, u"x"_s}, {u"c"_s, 7}});
    QCOMPARE(reader.requiredId("a"), QString());
    QCOMPARE(reader.requiredInteger("b", 0, 5), qint64(0));
    // After a failure even valid fields read as defaults, so nothing half-read escapes.
    QCOMPARE(reader.optionalInteger("c", 0, 10, 3), qint64(3));
    reader.fail(u"c"_s, u"is wrong"_s);
    QCOMPARE(reader.error().field, u"a"_s);
    QCOMPARE(reader.finish(42).ok(), false);
    QCOMPARE(reader.finish(42).error().field, u"a"_s);

    JsonReader fine(QJsonObject{{u"c"_s, 7}});
    QCOMPARE(fine.requiredInteger("c", 0, 10), qint64(7));
    QCOMPARE(fine.finish(42).value(), 42);
}

void TestDomainJsonReader::absentAndNullAreTheSame()
{
    const QJsonObject withNull{{u"v"_s, QJsonValue::Null}};
    const QJsonObject empty;
    for (const QJsonObject &object : {withNull, empty}) {
        JsonReader optional(object);
        QCOMPARE(optional.optionalString("v"), QString());
        QCOMPARE(optional.optionalInteger("v", 0, 10, 7), qint64(7));
        QCOMPARE(optional.optionalBool("v", true), true);
        QVERIFY(!optional.optionalTime("v").isValid());
        QVERIFY(optional.optionalEnum<LinkKind>("v", LinkKind::Peer) == LinkKind::Peer);
        QVERIFY(optional.optionalStringList("v").isEmpty());
        QVERIFY(optional.ok());

        JsonReader required(object);
        required.requiredBool("v");
        QCOMPARE(required.error().message, u"Field \"v\" is required."_s);
    }
}

void TestDomainJsonReader::describesValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("int") << QJsonValue(140) << u"140"_s;
    QTest::newRow("big int") << QJsonValue(Int64Max) << u"9223372036854775807"_s;
    QTest::newRow("fraction") << QJsonValue(42.5) << u"42.5"_s;
    QTest::newRow("string") << QJsonValue(u"mesh"_s) << u"\"mesh\""_s;
    QTest::newRow("long string") << QJsonValue(QString(100, u'a')) << QString(u'"' + QString(40, u'a') + u"…\""_s);
    QTest::newRow("true") << QJsonValue(true) << u"true"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray()) << u"an array"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << u"an object"_s;
}

void TestDomainJsonReader::describesValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(JsonReader::describe(value), text);
}

void TestDomainJsonReader::writesTimestamps()
{
    QVERIFY(toJsonTimestamp(QDateTime()).isNull());
    const QDateTime local(QDate(2026, 6, 1), QTime(12, 0, 0, 1), Qt::OffsetFromUTC, -7 * 3600);
    QCOMPARE(toJsonTimestamp(local).toString(), u"2026-06-01T19:00:00.001Z"_s);

    QJsonObject object;
    insertOptionalTimestamp(object, u"t"_s, QDateTime());
    QVERIFY(!object.contains(u"t"_s));
    insertOptionalTimestamp(object, u"t"_s, local);
    QCOMPARE(object.value(u"t"_s).toString(), u"2026-06-01T19:00:00.001Z"_s);
}

QTEST_GUILESS_MAIN(TestDomainJsonReader)
#include "tst_domainjsonreader.moc"
