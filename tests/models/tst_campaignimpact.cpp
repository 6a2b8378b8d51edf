#include "CampaignImpact.h"
#include "inventory/DeviceTable.h"

#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The impact preview: the firmware's class and the filter pick the targets exactly as fleetd does; safety-critical,
// offline-only and window-bound devices are counted; the approval prediction follows fleetd's rule.
class TestCampaignImpact : public QObject {
    Q_OBJECT
private:
    static DeviceTable fleet()
    {
        DeviceTable table;
        for (int i = 0; i < 20; ++i) {
            Device d;
            d.id = QStringLiteral("d%1").arg(i, 2, 10, QLatin1Char('0'));
            d.name = QStringLiteral("Device %1").arg(i);
            d.deviceClass = i < 8 ? u"infusion_pump"_s : u"ip_camera"_s;
            d.siteId = i % 2 ? u"site-north"_s : u"site-south"_s;
            d.firmwareVersion = i % 4 ? u"2.1.0"_s : u"1.9.0"_s;
            d.capabilities.onlineUpdate = i >= 8 || i % 3 == 0;
            d.capabilities.safetyCritical = i < 8;
            d.capabilities.needsMaintenanceWindow = i >= 18;
            table.upsert(u"eu"_s, d);
        }
        Device other;
        other.id = u"x"_s;
        other.deviceClass = u"ip_camera"_s;
        table.upsert(u"us"_s, other);
        return table;
    }

private slots:
    void assess_data()
    {
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("targets");
        QTest::addColumn<int>("safety");
        QTest::addColumn<int>("physical");
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("approval");
        QTest::newRow("whole class") << u"ip_camera"_s << QString() << 12 << 0 << 0 << 2 << true;
        QTest::newRow("site filter") << u"ip_camera"_s << u"site:site-north fw:<2"_s << 0 << 0 << 0 << 0 << false;
        QTest::newRow("old cameras") << u"ip_camera"_s << u"fw:<2"_s << 3 << 0 << 0 << 0 << false;
        QTest::newRow("pumps") << u"infusion_pump"_s << u""_s << 8 << 8 << 5 << 0 << true;
        QTest::newRow("class term in filter cannot widen") << u"ip_camera"_s << u"class:infusion_pump"_s << 0 << 0
                                                           << 0 << 0 << false;
    }
    void assess()
    {
        QFETCH(QString, deviceClass);
        QFETCH(QString, filter);
        QFETCH(int, targets);
        QFETCH(int, safety);
        QFETCH(int, physical);
        QFETCH(int, window);
        QFETCH(bool, approval);
        const DeviceTable table = fleet();
        const CampaignImpact impact = CampaignImpact::assess(table, u"eu"_s, deviceClass, filter);
        QVERIFY2(impact.error.isEmpty(), qPrintable(impact.error));
        QCOMPARE(impact.fleetSize, 20);
        QCOMPARE(impact.targets, targets);
        QCOMPARE(impact.safetyCritical, safety);
        QCOMPARE(impact.physicalService, physical);
        QCOMPARE(impact.needsWindow, window);
        QCOMPARE(impact.needsApproval(), approval);
        QCOMPARE(impact.physicalServiceDevices.size(), std::min(physical, int(CampaignImpact::ListedDevices)));
    }

    void reportsFilterErrors()
    {
        const DeviceTable table = fleet();
        const CampaignImpact impact = CampaignImpact::assess(table, u"eu"_s, u"ip_camera"_s, u"risk:>abc (("_s);
        QVERIFY(!impact.error.isEmpty());
        QCOMPARE(impact.targets, 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignImpact)
#include "tst_campaignimpact.moc"
