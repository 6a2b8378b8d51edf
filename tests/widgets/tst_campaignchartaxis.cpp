// The Updates page's count axes (campaign progress, version spread): ticks on whole numbers only, 0 at the origin,
// the largest count inside the range, and few enough ticks to read.

#include "CampaignChartAxis.h"

#include <QValueAxis>
#include <QtTest>

using namespace warden;

class TestCampaignChartAxis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void integerTicks_data();
    void integerTicks();
};

void TestCampaignChartAxis::integerTicks_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("top");
    QTest::newRow("nothing yet") << 0 << 1 << 1;
    QTest::newRow("one device") << 1 << 1 << 1;
    QTest::newRow("two devices (was 0,0,1,1,2)") << 2 << 1 << 2;
    QTest::newRow("three") << 3 << 1 << 3;
    QTest::newRow("five") << 5 << 1 << 5;
    QTest::newRow("six") << 6 << 2 << 6;
    QTest::newRow("seven") << 7 << 2 << 8;
    QTest::newRow("eleven") << 11 << 5 << 15;
    QTest::newRow("twenty-seven") << 27 << 10 << 30;
    QTest::newRow("hundred") << 100 << 20 << 100;
    QTest::newRow("thousand and one") << 1001 << 500 << 1500;
    QTest::newRow("a million") << 1000000 << 200000 << 1000000;
}

void TestCampaignChartAxis::integerTicks()
{
    QFETCH(int, maximum);
    QFETCH(int, step);
    QFETCH(int, top);
    QValueAxis axis;
    QCOMPARE(setIntegerCountAxis(&axis, maximum), step);
    QCOMPARE(axis.min(), 0.0);
    QCOMPARE(axis.max(), double(top));
    QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis.tickAnchor(), 0.0);
    QCOMPARE(axis.tickInterval(), double(step));
    QVERIFY(top >= maximum);
    QVERIFY(top / step <= 5); // at most five intervals
    QCOMPARE(top % step, 0);  // the top tick is a label too
    QCOMPARE(axis.labelFormat(), QStringLiteral("%d"));
}

QTEST_MAIN(TestCampaignChartAxis)
#include "tst_campaignchartaxis.moc"
