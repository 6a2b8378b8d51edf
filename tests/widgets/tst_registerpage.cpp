#include "DeviceDetailPanel.h"
#include "DeviceRegisterModel.h"
#include "RegisterPage.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace warden;

// The register page as an operator uses it: filter grammar with errors, sorting, details.
class TestRegisterPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static QList<Device> makeDevices(int count)
    {
        const QStringList classes = {QStringLiteral("ip_camera"), QStringLiteral("smart_meter"),
                                     QStringLiteral("infusion_pump"), QStringLiteral("door_controller")};
        QList<Device> devices;
        for (int i = 0; i < count; ++i) {
            Device device;
            device.id = QStringLiteral("dev-%1").arg(i, 6, 10, QLatin1Char('0'));
            device.deviceClass = classes.at(i % classes.size());
            device.name = QStringLiteral("%1 %2").arg(device.deviceClass).arg(i);
            device.vendor = QStringLiteral("Acme");
            device.model = QStringLiteral("X%1").arg(i % 3);
            device.firmwareVersion = QStringLiteral("2.%1.0").arg(i % 6);
            device.siteId = QStringLiteral("site-%1").arg(i % 2);
            device.gatewayId = QStringLiteral("gw-%1").arg(i % 5);
            device.ownerRef = QStringLiteral("own-%1").arg(i % 7);
            device.riskScore = (i * 13) % 101;
            device.status = i % 9 == 0 ? DeviceStatus::Offline : DeviceStatus::Online;
            device.capabilities.safetyCritical = device.deviceClass == QStringLiteral("infusion_pump");
            device.capabilities.onlineUpdate = !device.capabilities.safetyCritical;
            device.quarantine = i % 17 == 0 ? QuarantineLevel::Isolate : QuarantineLevel::None;
            device.lastSeen = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC).addSecs(-i * 60);
            devices.append(device);
        }
        return devices;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WardenTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void filtersWithTheGrammar_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("empty") << QString() << 200;
        QTest::newRow("class") << QStringLiteral("class:ip_camera") << 50;
        QTest::newRow("site by name") << QStringLiteral("site:\"North Campus\"") << 100;
        QTest::newRow("risk and class") << QStringLiteral("class:smart_meter risk:>=50") << 24;
        QTest::newRow("firmware below") << QStringLiteral("fw:<2.2") << 68;
        QTest::newRow("quarantined") << QStringLiteral("quarantined:yes") << 12;
        QTest::newRow("free text") << QStringLiteral("door_controller") << 50;
    }

    void filtersWithTheGrammar()
    {
        QFETCH(QString, filter);
        QFETCH(int, expectedRows);
        DeviceRegisterModel model;
        model.upsertDevices(QStringLiteral("eu"), makeDevices(200));
        model.setSiteNames({{QStringLiteral("site-0"), QStringLiteral("North Campus")},
                            {QStringLiteral("site-1"), QStringLiteral("St. Mary Hospital")}});
        RegisterPage page(&model);
        QVERIFY(page.applyFilter(filter));
        model.waitForIdle();
        QCOMPARE(model.rowCount(), expectedRows);
    }

    void explainsATermItDoesNotUnderstand()
    {
        DeviceRegisterModel model;
        model.upsertDevices(QStringLiteral("eu"), makeDevices(20));
        RegisterPage page(&model);
        QVERIFY(!page.applyFilter(QStringLiteral("class:plc colour:red")));
        QVERIFY2(page.filterError().contains(QStringLiteral("colour")), qPrintable(page.filterError()));
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 20); // the previous (empty) filter stays in force
    }

    void sortsByClickingAHeaderAndShowsDetails()
    {
        DeviceRegisterModel model;
        model.upsertDevices(QStringLiteral("eu"), makeDevices(200));
        model.setSiteNames({{QStringLiteral("site-0"), QStringLiteral("North Campus")},
                            {QStringLiteral("site-1"), QStringLiteral("St. Mary Hospital")}});
        RegisterPage page(&model);
        page.resize(1400, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->sortByColumn(DeviceRegisterModel::RiskColumn, Qt::DescendingOrder);
        model.waitForIdle();
        QCOMPARE(model.index(0, DeviceRegisterModel::RiskColumn).data(DeviceRegisterModel::RawValueRole).toInt(), 100);
        page.view()->selectRow(0);
        const QString details = page.detailPanel()->details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Risk score")), qPrintable(details));
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/register.png"));
    }
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
