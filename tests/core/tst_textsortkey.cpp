#include "inventory/DeviceTable.h"
#include "inventory/TextSortKey.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace warden;
using namespace Qt::StringLiterals;

// The register's text order (case-folded code points) and its integer prefix: the prefix must never contradict the
// full comparison, and sorting a table by a text column must give exactly the reference order.
class TestTextSortKey : public QObject {
    Q_OBJECT
private:
    // -1, 0 or 1 as the prefixes order a and b (0: the prefixes alone cannot tell).
    static int prefixOrder(const QString &a, const QString &b)
    {
        const TextSortKey::Prefix left = TextSortKey::prefix(a);
        const TextSortKey::Prefix right = TextSortKey::prefix(b);
        if (left.high != right.high)
            return left.high < right.high ? -1 : 1;
        if (left.low != right.low)
            return left.low < right.low ? -1 : 1;
        return 0;
    }

    static Device named(const QString &id, const QString &name)
    {
        Device device;
        device.id = id;
        device.name = name;
        device.ownerRef = name;
        return device;
    }

private slots:
    void order_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("case is ignored") << u"Lobby Camera"_s << u"lobby camera"_s << 0;
        QTest::newRow("case-insensitive before exact") << u"alpha"_s << u"Beta"_s << -1;
        QTest::newRow("upper-case Z after lower-case a") << u"Zulu"_s << u"alpha"_s << 1;
        QTest::newRow("empty sorts first") << QString() << u"a"_s << -1;
        QTest::newRow("both empty") << QString() << QString() << 0;
        QTest::newRow("prefix of the other") << u"cam"_s << u"camera"_s << -1;
        QTest::newRow("digits are characters, not numbers") << u"cam 10"_s << u"cam 9"_s << -1;
        QTest::newRow("space before letters") << u"a b"_s << u"ab"_s << -1;
        QTest::newRow("accented letter folds") << u"ÉMILE"_s << u"émile"_s << 0;
        QTest::newRow("accented after plain") << u"émile"_s << u"emile"_s << 1;
        QTest::newRow("Greek final sigma folds to sigma") << u"ΟΔΟΣ"_s << u"οδος"_s << 0;
        QTest::newRow("Cyrillic") << u"Камера"_s << u"камера"_s << 0;
        QTest::newRow("CJK by code point") << u"東京"_s << u"大阪"_s << (u'東' < u'大' ? -1 : 1);
        QTest::newRow("above U+FFFF after U+FFFD (code points, not UTF-16 units)")
            << QString::fromUcs4(U"\U0001F4F7 camera") << u"\uFFFD"_s << 1;
        QTest::newRow("long common prefix, differs at the end")
            << u"North Campus Building 3 Camera 12"_s << u"north campus building 3 camera 13"_s << -1;
        QTest::newRow("differs right after 16 bytes") << u"0123456789abcdefA"_s << u"0123456789ABCDEFb"_s << -1;
        QTest::newRow("exactly 16 bytes vs longer") << u"0123456789abcdef"_s << u"0123456789abcdef "_s << -1;
        QTest::newRow("multi-byte character cut by the prefix")
            << u"0123456789abcdeé"_s << u"0123456789abcde\u0001"_s << 1;
        QTest::newRow("embedded NUL after the text") << u"a"_s << QString(u"a\0"_s) << -1;
    }

    void order()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(TextSortKey::compare(a, b), expected);
        QCOMPARE(TextSortKey::compare(b, a), -expected);
        // The prefix may be undecided, never wrong; when neither text is cut off it decides alone.
        const int byPrefix = prefixOrder(a, b);
        QVERIFY2(byPrefix == 0 || byPrefix == expected, qPrintable(u"prefix says %1"_s.arg(byPrefix)));
        if (!TextSortKey::prefix(a).truncated && !TextSortKey::prefix(b).truncated)
            QCOMPARE(byPrefix, expected);
    }

    void sortedRowsMatchTheReferenceOrder_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("rows");
        for (RegisterField field : {RegisterField::Name, RegisterField::Owner, RegisterField::Id}) {
            for (bool descending : {false, true}) {
                QTest::addRow("%d %s small", int(field), descending ? "desc" : "asc") << int(field) << descending << 500;
                // Big enough for the two-core sort and merge (the same code for every text column).
                if (field == RegisterField::Name)
                    QTest::addRow("%d %s big", int(field), descending ? "desc" : "asc") << int(field) << descending << 70'000;
            }
        }
    }

    void sortedRowsMatchTheReferenceOrder()
    {
        // Names with ties, empty names, mixed case, non-ASCII, long shared prefixes and prefixes cut mid-character.
        QFETCH(int, field);
        QFETCH(bool, descending);
        QFETCH(int, rows);
        const QStringList stems{u""_s,
                                u"Lobby camera"_s,
                                u"lobby CAMERA"_s,
                                u"Émile's pump"_s,
                                u"émile's pump"_s,
                                u"North Campus Building 3 Camera "_s,
                                u"0123456789abcdeé"_s,
                                u"Камера"_s,
                                QString::fromUcs4(U"\U0001F4F7 cam"),
                                u"zz"_s};
        QRandomGenerator random(42);
        DeviceTable table;
        for (int i = 0; i < rows; ++i) {
            const QString &stem = stems.at(int(random.bounded(stems.size())));
            const QString name = random.bounded(3) == 0 ? stem : stem + QString::number(random.bounded(50));
            // Ids out of arrival order, two backends: ties must come out by (backend, id).
            const QString id = u"dev-%1"_s.arg(random.bounded(rows * 4), 6, 10, QLatin1Char('0'));
            table.upsert(random.bounded(2) ? u"us"_s : u"eu"_s, named(id, name));
        }
        const RegisterField f = RegisterField(field);
        QList<quint32> expected(table.rowCount());
        std::iota(expected.begin(), expected.end(), 0U);
        std::sort(expected.begin(), expected.end(), [&](quint32 a, quint32 b) {
            const int order = TextSortKey::compare(table.text(a, f), table.text(b, f));
            if (order != 0)
                return descending ? order > 0 : order < 0;
            if (table.backend(a) != table.backend(b))
                return table.backend(a) < table.backend(b);
            return table.id(a) < table.id(b);
        });
        QCOMPARE(table.sortedRows(f, descending), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextSortKey)
#include "tst_textsortkey.moc"
