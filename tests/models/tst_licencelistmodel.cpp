#include "LicenceListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The licence queue and the active list: filtering by state, what approving would newly expose, sensitive scopes,
// expiry warnings measured from an injected time, bulk-approval eligibility, several backends side by side.
class TestLicenceListModel : public QObject {
    Q_OBJECT
private:
    static QDateTime at(int day, int hour = 12)
    {
        return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
    }
    static Licence licence(const QString &id, const QString &device, LicenceState state, QStringList requested,
                           QStringList granted = {}, QDateTime expires = {}, int requestedDay = 1)
    {
        Licence l;
        l.id = id;
        l.deviceId = device;
        l.state = state;
        l.requestedScopes = std::move(requested);
        l.grantedScopes = std::move(granted);
        l.requested = at(requestedDay);
        l.expires = std::move(expires);
        return l;
    }
    static QHash<QString, LicenceDevice> devices()
    {
        return {{u"pump-1"_s, LicenceDevice{u"Pump A"_s, u"infusion_pump"_s, 30, true}},
                {u"cam-1"_s, LicenceDevice{u"Camera 1"_s, u"ip_camera"_s, 10, false}},
                {u"cam-2"_s, LicenceDevice{u"Camera 2"_s, u"ip_camera"_s, 20, false}},
                {u"plc-1"_s, LicenceDevice{u"PLC"_s, u"plc"_s, 85, false}}};
    }
    static QList<Licence> fleet()
    {
        return {licence(u"lic-1"_s, u"pump-1"_s, LicenceState::Requested, {u"telemetry-upload"_s, u"patient-data"_s},
                        {}, {}, 3),
                licence(u"lic-2"_s, u"cam-1"_s, LicenceState::Requested, {u"telemetry-upload"_s}, {}, {}, 1),
                licence(u"lic-3"_s, u"cam-2"_s, LicenceState::Requested, {u"telemetry-upload"_s}, {}, {}, 2),
                licence(u"lic-4"_s, u"plc-1"_s, LicenceState::Requested, {u"remote-shell"_s, u"firmware-download"_s},
                        {}, {}, 4),
                // pump-1 already has telemetry-upload: only patient-data would be new.
                licence(u"lic-5"_s, u"pump-1"_s, LicenceState::Active, {u"telemetry-upload"_s},
                        {u"telemetry-upload"_s}, at(12)),
                licence(u"lic-6"_s, u"cam-1"_s, LicenceState::Active, {u"x"_s}, {u"x"_s}, at(30)),
                licence(u"lic-7"_s, u"cam-2"_s, LicenceState::Active, {u"y"_s}, {u"y"_s}),
                licence(u"lic-8"_s, u"cam-2"_s, LicenceState::Denied, {u"z"_s})};
    }

private slots:
    void queueHoldsRequestsOldestFirst()
    {
        LicenceListModel model(LicenceListModel::Scope::Pending);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLicences(u"b1"_s, fleet(), devices());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(LicenceListModel::ColumnCount));
        const QStringList expected{u"lic-2"_s, u"lic-3"_s, u"lic-1"_s, u"lic-4"_s};
        for (int row = 0; row < 4; ++row)
            QCOMPARE(model.index(row, 0).data(LicenceListModel::LicenceIdRole).toString(), expected.at(row));
        QCOMPARE(model.index(0, LicenceListModel::DeviceColumn).data().toString(), u"Camera 1"_s);
        QCOMPARE(model.index(2, LicenceListModel::DeviceColumn).data().toString(), u"Pump A (safety-critical)"_s);
        QCOMPARE(model.index(3, LicenceListModel::RiskColumn).data(LicenceListModel::RawValueRole).toInt(), 85);
        QCOMPARE(model.index(0, 0).data(LicenceListModel::BackendRole).toString(), u"b1"_s);
    }

    void newlyExposedSkipsGrantedScopesAndFlagsSensitive_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("exposed");
        QTest::addColumn<bool>("sensitive");
        QTest::addColumn<bool>("lowRisk");
        QTest::newRow("pump: patient data only") << u"lic-1"_s << QStringList{u"patient-data"_s} << true << false;
        QTest::newRow("camera: plain telemetry") << u"lic-2"_s << QStringList{u"telemetry-upload"_s} << false << true;
        QTest::newRow("plc: remote shell first")
            << u"lic-4"_s << QStringList{u"remote-shell"_s, u"firmware-download"_s} << true << false;
    }
    void newlyExposedSkipsGrantedScopesAndFlagsSensitive()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, exposed);
        QFETCH(bool, sensitive);
        QFETCH(bool, lowRisk);
        LicenceListModel model(LicenceListModel::Scope::Pending);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLicences(u"b1"_s, fleet(), devices());
        const int row = model.rowOfLicence(u"b1"_s, id);
        QVERIFY(row >= 0);
        QCOMPARE(model.rowAt(row).newlyExposed, exposed);
        QCOMPARE(model.index(row, 0).data(LicenceListModel::SensitiveRole).toBool(), sensitive);
        QCOMPARE(model.isLowRisk(row), lowRisk);
        const QString text = model.index(row, LicenceListModel::ExposesColumn).data().toString();
        QCOMPARE(text.contains(u"(sensitive)"_s), sensitive);
    }

    void sensitiveScopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("sensitive");
        QTest::newRow("patient-data") << u"patient-data"_s << true;
        QTest::newRow("remote-shell") << u"remote-shell"_s << true;
        QTest::newRow("qualified remote-shell") << u"remote-shell:ops"_s << true;
        QTest::newRow("telemetry") << u"telemetry-upload"_s << false;
        QTest::newRow("bucket") << u"cloud-storage:bucket-s1"_s << false;
        QTest::newRow("look-alike") << u"patient-database"_s << false;
    }
    void sensitiveScopes()
    {
        QFETCH(QString, scope);
        QFETCH(bool, sensitive);
        QCOMPARE(LicenceListModel::isSensitiveScope(scope), sensitive);
    }

    void activeListWarnsAboutSoonExpiries()
    {
        LicenceListModel model(LicenceListModel::Scope::Active);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(at(6));
        model.setLicences(u"b1"_s, fleet(), devices());
        QCOMPARE(model.rowCount(), 3);
        // Soonest expiry first, no expiry last.
        QCOMPARE(model.index(0, 0).data(LicenceListModel::LicenceIdRole).toString(), u"lic-5"_s);
        QCOMPARE(model.index(1, 0).data(LicenceListModel::LicenceIdRole).toString(), u"lic-6"_s);
        QCOMPARE(model.index(2, 0).data(LicenceListModel::LicenceIdRole).toString(), u"lic-7"_s);
        QVERIFY(model.isExpiringSoon(0)); // 6 days ahead
        QVERIFY(!model.isExpiringSoon(1));
        QVERIFY(!model.isExpiringSoon(2));
        QVERIFY(model.index(0, LicenceListModel::DeviceColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, LicenceListModel::DeviceColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, LicenceListModel::ExpiresColumn).data().toString().contains(u"expires soon"_s));
        QCOMPARE(model.index(2, LicenceListModel::ExpiresColumn).data().toString(), u"no expiry"_s);
        QCOMPARE(model.index(0, LicenceListModel::ScopesColumn).data().toString(), u"telemetry-upload"_s);

        // Time moves on: the second one enters the window, the first has passed but is still marked.
        model.setNow(at(24));
        QVERIFY(model.isExpiringSoon(1));
        QVERIFY(model.index(1, 0).data(LicenceListModel::ExpiringSoonRole).toBool());
    }

    void backendsAreReplacedIndependently()
    {
        LicenceListModel model(LicenceListModel::Scope::Pending);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLicences(u"b1"_s, fleet(), devices());
        model.setLicences(u"b2"_s, {licence(u"lic-1"_s, u"other"_s, LicenceState::Requested, {u"a"_s})}, {});
        QCOMPARE(model.rowCount(), 5);
        const int other = model.rowOfLicence(u"b2"_s, u"lic-1"_s);
        QVERIFY(other >= 0);
        QVERIFY(other != model.rowOfLicence(u"b1"_s, u"lic-1"_s));
        // Unknown devices show their id.
        QCOMPARE(model.index(other, LicenceListModel::DeviceColumn).data().toString(), u"other"_s);
        // b1 decides everything: only b2's request remains.
        QList<Licence> decided = fleet();
        for (Licence &l : decided)
            if (l.state == LicenceState::Requested)
                l.state = LicenceState::Denied;
        model.setLicences(u"b1"_s, decided, devices());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfLicence(u"b2"_s, u"lic-1"_s), 0);
        QCOMPARE(model.rowOfLicence(u"b1"_s, u"lic-1"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestLicenceListModel)
#include "tst_licencelistmodel.moc"
