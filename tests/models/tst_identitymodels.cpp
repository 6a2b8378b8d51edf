// The Identity page's models: the admission queue's views (waiting, clones, preauthorized, rejected, accepted, all)
// across backends with clones first and the clone flag in data; the credentials table's filter, counts, soonest-expiry
// order and colours over simulated time. Every model runs under QAbstractItemModelTester.

#include "CredentialModel.h"
#include "JoinRequestModel.h"
#include "SeverityPalette.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

JoinRequest request(const QString &id, AdmissionState state, const QString &cloneOf = {}, int minutesAgo = 5)
{
    JoinRequest r;
    r.id = id;
    r.serial = u"SN-"_s + id;
    r.state = state;
    r.cloneOf = cloneOf;
    r.deviceClass = u"ip_camera"_s;
    r.firstSeen = Now.addSecs(-60 * minutesAgo);
    r.lastSeen = r.firstSeen;
    r.attempts = 1;
    return r;
}

DeviceCredential credential(const QString &id, CredentialMethod method, const QDateTime &expires)
{
    DeviceCredential c;
    c.id = id;
    c.deviceId = id;
    c.serial = u"SN-"_s + id;
    c.method = method;
    c.fingerprint = QString(64, u'a');
    c.expires = expires;
    return c;
}

} // namespace

class TestIdentityModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestViews_data();
    void requestViews();
    void clonesFirstAndFlagged();
    void requestsPerBackend();
    void credentialFilterAndOrder();
    void credentialCountsAndColours();
};

void TestIdentityModels::requestViews_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("rows");
    QTest::newRow("waiting") << int(JoinRequestModel::View::Waiting) << 3;
    QTest::newRow("clones") << int(JoinRequestModel::View::Clones) << 2;
    QTest::newRow("preauthorized") << int(JoinRequestModel::View::Preauthorized) << 1;
    QTest::newRow("rejected") << int(JoinRequestModel::View::Rejected) << 1;
    QTest::newRow("accepted") << int(JoinRequestModel::View::Accepted) << 1;
    QTest::newRow("all") << int(JoinRequestModel::View::All) << 6;
}

void TestIdentityModels::requestViews()
{
    QFETCH(int, view);
    QFETCH(int, rows);
    JoinRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests(u"a"_s, {request(u"adm-1"_s, AdmissionState::Pending),
                               request(u"adm-2"_s, AdmissionState::Pending, u"dev-9"_s),
                               request(u"adm-3"_s, AdmissionState::Pending),
                               request(u"adm-4"_s, AdmissionState::Preauthorized),
                               request(u"adm-5"_s, AdmissionState::Rejected, u"dev-8"_s),
                               request(u"adm-6"_s, AdmissionState::Accepted)});
    model.setView(JoinRequestModel::View(view));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.count(JoinRequestModel::View(view)), rows);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(JoinRequestModel::inView(model.rowAt(row).request, JoinRequestModel::View(view)));
}

void TestIdentityModels::clonesFirstAndFlagged()
{
    JoinRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests(u"a"_s, {request(u"adm-1"_s, AdmissionState::Pending, {}, 1),
                               request(u"adm-2"_s, AdmissionState::Pending, u"dev-000007"_s, 50),
                               request(u"adm-3"_s, AdmissionState::Pending, {}, 90)});
    QCOMPARE(model.rowCount(), 3);
    // The clone leads although it is the oldest; then newest first.
    QCOMPARE(model.rowAt(0).request.id, u"adm-2"_s);
    QCOMPARE(model.rowAt(1).request.id, u"adm-1"_s);
    QCOMPARE(model.rowAt(2).request.id, u"adm-3"_s);
    const QModelIndex clone = model.index(0, JoinRequestModel::CloneColumn);
    QVERIFY(clone.data().toString().contains(u"dev-000007"_s));
    QVERIFY(clone.data(JoinRequestModel::CloneRole).toBool());
    QCOMPARE(clone.data(Qt::ForegroundRole).value<QBrush>().color(), Palette::severity(Severity::Critical));
    QVERIFY(clone.data(Qt::ToolTipRole).toString().contains(u"never merged"_s));
    QVERIFY(model.index(1, JoinRequestModel::CloneColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, JoinRequestModel::StateColumn).data(JoinRequestModel::RawValueRole).toInt(),
             int(AdmissionState::Pending));
    QCOMPARE(model.index(2, JoinRequestModel::FirstSeenColumn).data(JoinRequestModel::RawValueRole).toDateTime(),
             Now.addSecs(-90 * 60));
}

void TestIdentityModels::requestsPerBackend()
{
    JoinRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests(u"a"_s, {request(u"adm-1"_s, AdmissionState::Pending)});
    model.setRequests(u"b"_s, {request(u"adm-1"_s, AdmissionState::Pending), request(u"adm-2"_s, AdmissionState::Pending)});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOfRequest(u"b"_s, u"adm-2"_s) >= 0);
    QCOMPARE(model.rowOfRequest(u"a"_s, u"adm-2"_s), -1);
    // A reload of one backend leaves the other's rows alone.
    model.setRequests(u"a"_s, {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).backend, u"b"_s);
    QCOMPARE(model.index(0, 0).data(JoinRequestModel::BackendRole).toString(), u"b"_s);
}

void TestIdentityModels::credentialFilterAndOrder()
{
    CredentialModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(Now);
    model.setCredentials(u"a"_s, {credential(u"dev-1"_s, CredentialMethod::Psk, {}),
                                  credential(u"dev-2"_s, CredentialMethod::X509, Now.addDays(20)),
                                  credential(u"dev-3"_s, CredentialMethod::X509, Now.addDays(-2)),
                                  credential(u"dev-4"_s, CredentialMethod::X509, Now.addDays(3))});
    QCOMPARE(model.rowCount(), 4);
    // Soonest expiry first, credentials that never expire last.
    QCOMPARE(model.rowAt(0).credential.deviceId, u"dev-3"_s);
    QCOMPARE(model.rowAt(1).credential.deviceId, u"dev-4"_s);
    QCOMPARE(model.rowAt(3).credential.deviceId, u"dev-1"_s);

    CredentialFilter filter;
    filter.view = CredentialFilter::View::ExpiringWithin;
    filter.days = 7;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowAt(0).credential.deviceId, u"dev-4"_s);
    filter.days = 30;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfDevice(u"a"_s, u"dev-2"_s), 1);
    QCOMPARE(model.rowOfDevice(u"a"_s, u"dev-3"_s), -1);
    // Three weeks on, the 20-day certificate has expired and leaves the view.
    model.setNow(Now.addDays(21));
    QCOMPARE(model.rowCount(), 0);
    filter.view = CredentialFilter::View::Expired;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
}

void TestIdentityModels::credentialCountsAndColours()
{
    CredentialModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(Now);
    DeviceCredential weak = credential(u"dev-1"_s, CredentialMethod::Password, {});
    weak.defaultCredentials = true;
    DeviceCredential visit = credential(u"dev-5"_s, CredentialMethod::X509, Now.addDays(2));
    visit.state = CredentialState::NeedsPhysicalService;
    visit.rotatesOnline = false;
    visit.reason = u"offline"_s;
    model.setCredentials(u"a"_s, {weak, credential(u"dev-3"_s, CredentialMethod::X509, Now.addDays(-2)), visit});
    const CredentialCounts counts = model.counts();
    QCOMPARE(counts.all, 3);
    QCOMPARE(counts.weak, 1);
    QCOMPARE(counts.defaultCredentials, 1);
    QCOMPARE(counts.expired, 1);
    QCOMPARE(counts.expiringWithin, 1);
    QCOMPARE(counts.needsVisit, 1);

    const int expired = model.rowOfDevice(u"a"_s, u"dev-3"_s);
    QCOMPARE(model.index(expired, CredentialModel::ExpiresColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             Palette::severity(Severity::Critical));
    QVERIFY(model.index(expired, CredentialModel::ExpiresColumn).data().toString().contains(u"expired"_s));
    const int weakRow = model.rowOfDevice(u"a"_s, u"dev-1"_s);
    QCOMPARE(model.index(weakRow, CredentialModel::MethodColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             Palette::severity(Severity::Major));
    QVERIFY(model.index(weakRow, CredentialModel::NotesColumn).data().toString().contains(u"default"_s));
    QVERIFY(model.index(weakRow, CredentialModel::ExpiresColumn).data().toString().contains(u"does not expire"_s));
    const int visitRow = model.rowOfDevice(u"a"_s, u"dev-5"_s);
    QVERIFY(model.index(visitRow, CredentialModel::NotesColumn).data().toString().contains(u"on site"_s));
    QCOMPARE(model.index(visitRow, CredentialModel::StateColumn).data(CredentialModel::RawValueRole).toInt(),
             int(CredentialState::NeedsPhysicalService));
}

QTEST_GUILESS_MAIN(TestIdentityModels)
#include "tst_identitymodels.moc"
