#include "WorkOrderModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// Work orders: display with register details, CSV quoting and formula neutralising, printable HTML.
class TestWorkOrderModel : public QObject {
    Q_OBJECT
private:
    static WorkOrder order(const QString &device, const QString &site, bool window)
    {
        WorkOrder o;
        o.deviceId = device;
        o.siteId = site;
        o.campaignId = u"cmp-1"_s;
        o.firmwareId = u"fw-9"_s;
        o.requiredVersion = u"3.2.0"_s;
        if (window)
            o.window = QJsonObject{{u"start"_s, u"22:00"_s}, {u"end"_s, u"04:00"_s}};
        return o;
    }

private slots:
    void showsOrdersWithRegisterDetails()
    {
        WorkOrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkOrders({order(u"dev-2"_s, u"site-b"_s, false), order(u"dev-1"_s, u"site-a"_s, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, WorkOrderModel::DeviceColumn).data().toString(), u"dev-1"_s);
        QCOMPARE(model.index(0, WorkOrderModel::SiteColumn).data().toString(), u"site-a"_s);
        QCOMPARE(model.index(0, WorkOrderModel::WindowColumn).data().toString(), u"22:00–04:00 site time"_s);
        QCOMPARE(model.index(1, WorkOrderModel::WindowColumn).data().toString(), u"any time"_s);
        WorkOrder zoned = order(u"d3"_s, u"s2"_s, true);
        zoned.window.insert(u"time_zone"_s, u"America/New_York"_s);
        QCOMPARE(WorkOrderModel::windowText(zoned), u"22:00–04:00 America/New_York"_s);
        zoned.window = QJsonObject{{u"start"_s, u"00:00"_s}, {u"end"_s, u"00:00"_s}};
        QCOMPARE(WorkOrderModel::windowText(zoned), u"all day"_s);
        model.setDeviceDetails({{u"dev-1"_s, {u"Pump 1"_s, u"St. Mary"_s, u"••••"_s, QString()}}});
        QCOMPARE(model.index(0, WorkOrderModel::NameColumn).data().toString(), u"Pump 1"_s);
        QCOMPARE(model.index(0, WorkOrderModel::SiteColumn).data().toString(), u"St. Mary"_s);
        QCOMPARE(model.index(0, WorkOrderModel::SiteColumn).data(WorkOrderModel::RawValueRole).toString(), u"site-a"_s);
        QCOMPARE(model.index(0, WorkOrderModel::OwnerColumn).data().toString(), u"••••"_s);
        QCOMPARE(model.rowOfDevice(u"dev-2"_s), 1);
        QCOMPARE(model.rowOfDevice(u"nope"_s), -1);
    }

    void exportsCsv()
    {
        WorkOrderModel model;
        model.setWorkOrders({order(u"dev-1"_s, u"site-a"_s, true)});
        model.setDeviceDetails(
            {{u"dev-1"_s, {u"=HYPERLINK(\"x\")"_s, u"North, East"_s, u"Ann"_s, u"Ward 3, bed 12"_s}}});
        const QStringList lines = model.toCsv().split(u"\r\n"_s);
        QCOMPARE(lines.size(), 3); // header, one row, trailing empty
        QCOMPARE(lines.at(0), u"Device,Name,Site,Location,Owner,Required firmware,Window,Campaign"_s);
        QCOMPARE(lines.at(1),
                 u"dev-1,\"'=HYPERLINK(\"\"x\"\")\",\"North, East\",\"Ward 3, bed 12\",Ann,3.2.0,"
                 u"22:00–04:00 site time,cmp-1"_s);
        QVERIFY(lines.at(2).isEmpty());
    }

    void printsEscapedHtml()
    {
        WorkOrderModel model;
        model.setWorkOrders({order(u"dev-1"_s, u"site-a"_s, false)});
        model.setDeviceDetails({{u"dev-1"_s, {u"<b>pump</b>"_s, QString(), QString(), QString()}}});
        const QString html = model.toHtml(u"Work orders"_s);
        QVERIFY(html.contains(u"<h2>Work orders</h2>"_s));
        QVERIFY(html.contains(u"&lt;b&gt;pump&lt;/b&gt;"_s));
        QVERIFY(!html.contains(u"<b>pump"_s));
        QVERIFY(html.contains(u"<th align=\"left\">Required firmware</th>"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkOrderModel)
#include "tst_workordermodel.moc"
