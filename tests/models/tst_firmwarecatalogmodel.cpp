#include "FirmwareCatalogModel.h"
#include "inventory/DeviceTable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The firmware catalogue: ordering, signature state, device counts from the register, version spread and the
// "who still runs a version with this CVE" filter.
class TestFirmwareCatalogModel : public QObject {
    Q_OBJECT
private:
    static Firmware image(const QString &id, const QString &cls, const QString &version, bool verified,
                          const QStringList &cves = {}, const QStringList &fixes = {})
    {
        Firmware fw;
        fw.id = id;
        fw.deviceClass = cls;
        fw.version = version;
        fw.signatureVerified = verified;
        fw.vulnerabilities = cves;
        fw.fixes = fixes;
        return fw;
    }
    static QList<Firmware> catalogue()
    {
        return {image(u"fw-1"_s, u"ip_camera"_s, u"5.4.2"_s, true, {u"CVE-2024-1"_s, u"CVE-2024-2"_s}),
                image(u"fw-2"_s, u"ip_camera"_s, u"5.10.0"_s, true, {}, {u"CVE-2024-1"_s, u"CVE-2024-2"_s}),
                image(u"fw-3"_s, u"ip_camera"_s, u"5.9.1"_s, true, {u"CVE-2024-2"_s}, {u"CVE-2024-1"_s}),
                image(u"fw-4"_s, u"ip_camera"_s, u"6.1.0"_s, false),
                image(u"fw-5"_s, u"door_controller"_s, u"2.0.8"_s, true, {u"CVE-2024-1"_s})};
    }
    static DeviceTable registerOf(const QList<QPair<QString, QString>> &classVersions, const QString &backend)
    {
        DeviceTable table;
        int n = 0;
        for (const auto &[cls, version] : classVersions) {
            Device device;
            device.id = QStringLiteral("dev-%1").arg(n++);
            device.deviceClass = cls;
            device.firmwareVersion = version;
            table.upsert(backend, device);
        }
        return table;
    }

private slots:
    void ordersByClassThenNewestVersion()
    {
        FirmwareCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFirmware(catalogue());
        QCOMPARE(model.rowCount(), 5);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order.append(model.index(row, FirmwareCatalogModel::VersionColumn).data().toString());
        QCOMPARE(order, (QStringList{u"2.0.8"_s, u"6.1.0"_s, u"5.10.0"_s, u"5.9.1"_s, u"5.4.2"_s}));
        QCOMPARE(model.deviceClasses(), (QStringList{u"door_controller"_s, u"ip_camera"_s}));
        QCOMPARE(model.firmwareOfClass(u"ip_camera"_s).size(), 4);
    }

    void showsSignatureState()
    {
        FirmwareCatalogModel model;
        model.setFirmware(catalogue());
        const int unverified = model.rowOfFirmware(u"fw-4"_s);
        QVERIFY(unverified >= 0);
        const QModelIndex cell = model.index(unverified, FirmwareCatalogModel::SignatureColumn);
        QCOMPARE(cell.data().toString(), u"Unverified"_s);
        QCOMPARE(cell.data(FirmwareCatalogModel::VerifiedRole).toBool(), false);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"cannot be pushed"_s));
        QCOMPARE(model.index(model.rowOfFirmware(u"fw-2"_s), FirmwareCatalogModel::SignatureColumn).data().toString(),
                 u"Verified"_s);
        QCOMPARE(model.index(model.rowOfFirmware(u"fw-2"_s), FirmwareCatalogModel::VulnerabilitiesColumn).data(),
                 QVariant(u"none known"_s));
    }

    void countsDevicesPerVersionOfOneBackend()
    {
        FirmwareCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFirmware(catalogue());
        DeviceTable table = registerOf({{u"ip_camera"_s, u"5.4.2"_s},
                                        {u"ip_camera"_s, u"5.4.2"_s},
                                        {u"ip_camera"_s, u"5.9.1"_s},
                                        {u"ip_camera"_s, u"4.0.0"_s},
                                        {u"door_controller"_s, u"2.0.8"_s}},
                                       u"eu"_s);
        Device other;
        other.id = u"x"_s;
        other.deviceClass = u"ip_camera"_s;
        other.firmwareVersion = u"5.4.2"_s;
        table.upsert(u"us"_s, other);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDeviceCounts(FirmwareCatalogModel::countVersions(table, u"eu"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.deviceCount(u"ip_camera"_s, u"5.4.2"_s), 2);
        QCOMPARE(model.index(model.rowOfFirmware(u"fw-1"_s), FirmwareCatalogModel::DevicesColumn)
                     .data(FirmwareCatalogModel::RawValueRole)
                     .toInt(),
                 2);
        // Versions without an image still appear in the spread; images nobody runs show zero.
        const QList<QPair<QString, int>> spread = model.versionSpread(u"ip_camera"_s);
        const QList<QPair<QString, int>> expected{
            {u"4.0.0"_s, 1}, {u"5.4.2"_s, 2}, {u"5.9.1"_s, 1}, {u"5.10.0"_s, 0}, {u"6.1.0"_s, 0}};
        QCOMPARE(spread, expected);
        // Same counts again: no repaint.
        model.setDeviceCounts(FirmwareCatalogModel::countVersions(table, u"eu"_s));
        QCOMPARE(changed.count(), 1);
    }

    void vulnerabilityFilter_data()
    {
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<QString>("cve");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("devices");
        QTest::newRow("one version") << u"ip_camera"_s << u"CVE-2024-1"_s << u"class:ip_camera fw:5.4.2"_s << 2;
        QTest::newRow("two versions") << u"ip_camera"_s << u"CVE-2024-2"_s
                                      << u"class:ip_camera (fw:5.4.2 OR fw:5.9.1)"_s << 3;
        QTest::newRow("case-insensitive cve") << u"ip_camera"_s << u"cve-2024-1"_s << u"class:ip_camera fw:5.4.2"_s
                                              << 2;
        QTest::newRow("other class") << u"door_controller"_s << u"CVE-2024-1"_s
                                     << u"class:door_controller fw:2.0.8"_s << 1;
        QTest::newRow("unknown cve") << u"ip_camera"_s << u"CVE-1999-9"_s << QString() << 0;
    }
    void vulnerabilityFilter()
    {
        QFETCH(QString, deviceClass);
        QFETCH(QString, cve);
        QFETCH(QString, filter);
        QFETCH(int, devices);
        FirmwareCatalogModel model;
        model.setFirmware(catalogue());
        model.setDeviceCounts(FirmwareCatalogModel::countVersions(
            registerOf({{u"ip_camera"_s, u"5.4.2"_s},
                        {u"ip_camera"_s, u"5.4.2"_s},
                        {u"ip_camera"_s, u"5.9.1"_s},
                        {u"door_controller"_s, u"2.0.8"_s}},
                       u"eu"_s),
            u"eu"_s));
        QCOMPARE(model.filterForVulnerability(deviceClass, cve), filter);
        QCOMPARE(model.devicesWith(deviceClass, cve), devices);
    }
};

QTEST_GUILESS_MAIN(TestFirmwareCatalogModel)
#include "tst_firmwarecatalogmodel.moc"
