// The Identity page with a scripted IdentityActions: what each action sends (and refuses to send), batching of large
// rotations, and how results are shown inline (succeeded, pending for visits or skipped serials, failed).

#include "ActionResultLabel.h"
#include "CredentialModel.h"
#include "IdentityActions.h"
#include "IdentityPage.h"
#include "JoinRequestModel.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

// Answers every action later (like the network would) from what the test put in place.
class ScriptedActions final : public IdentityActions {
public:
    QStringList calls;
    QStringList lastScopes;
    QString lastReason;
    QList<PreauthorizeEntry> lastEntries;
    QList<QStringList> rotationBatches;
    std::optional<FleetError> failWith;
    PreauthorizeResult preauthorizeAnswer;

    QStringList backends() const override { return {u"demo"_s}; }

    template <typename T>
    void answer(QObject *context, Reply<T> done, T value)
    {
        const std::optional<FleetError> error = failWith;
        QTimer::singleShot(0, context, [done = std::move(done), value = std::move(value), error] {
            done(error ? FleetResult<T>(*error) : FleetResult<T>(value));
        });
    }

    void acceptJoinRequest(const QString &, const QString &id, const QStringList &licenceScopes, QObject *context,
                           Reply<JoinRequest> done) override
    {
        calls.append(u"accept "_s + id);
        lastScopes = licenceScopes;
        JoinRequest accepted;
        accepted.id = id;
        accepted.serial = u"SN-"_s + id;
        accepted.state = AdmissionState::Accepted;
        accepted.deviceId = u"dev-adm-0001"_s;
        if (!licenceScopes.isEmpty())
            accepted.licenceId = u"lic-adm-0001"_s;
        answer(context, std::move(done), accepted);
    }
    void rejectJoinRequest(const QString &, const QString &id, const QString &reason, QObject *context,
                           Reply<JoinRequest> done) override
    {
        calls.append(u"reject "_s + id);
        lastReason = reason;
        JoinRequest rejected;
        rejected.id = id;
        rejected.state = AdmissionState::Rejected;
        answer(context, std::move(done), rejected);
    }
    void preauthorize(const QString &, const QList<PreauthorizeEntry> &entries, QObject *context,
                      Reply<PreauthorizeResult> done) override
    {
        calls.append(u"preauthorize"_s);
        lastEntries = entries;
        answer(context, std::move(done), preauthorizeAnswer);
    }
    void rotateCredentials(const QString &, const QStringList &deviceIds, const QString &, QObject *context,
                           Reply<QList<CredentialRotation>> done) override
    {
        calls.append(u"rotate"_s);
        rotationBatches.append(deviceIds);
        QList<CredentialRotation> results;
        for (const QString &id : deviceIds) {
            CredentialRotation rotation;
            rotation.deviceId = id;
            // Devices whose id ends in 7 cannot rotate online.
            rotation.outcome = id.endsWith(u'7') ? CredentialRotation::Outcome::NeedsPhysicalService
                                                 : CredentialRotation::Outcome::Rotated;
            results.append(rotation);
        }
        answer(context, std::move(done), results);
    }
    void revokeCredential(const QString &, const QString &deviceId, const QString &reason, QObject *context,
                          Reply<DeviceCredential> done) override
    {
        calls.append(u"revoke "_s + deviceId);
        lastReason = reason;
        DeviceCredential revoked;
        revoked.id = deviceId;
        revoked.deviceId = deviceId;
        revoked.state = CredentialState::Revoked;
        answer(context, std::move(done), revoked);
    }
    void credentialServiced(const QString &, const QString &deviceId, QObject *context,
                            Reply<DeviceCredential> done) override
    {
        calls.append(u"serviced "_s + deviceId);
        DeviceCredential fresh;
        fresh.id = deviceId;
        fresh.deviceId = deviceId;
        fresh.certificateSerial = u"0A0B"_s;
        fresh.expires = QDateTime::currentDateTimeUtc().addDays(365);
        answer(context, std::move(done), fresh);
    }
};

JoinRequest request(const QString &id, AdmissionState state, const QString &cloneOf = {})
{
    JoinRequest r;
    r.id = id;
    r.serial = u"SN-"_s + id;
    r.state = state;
    r.cloneOf = cloneOf;
    r.firstSeen = QDateTime::currentDateTimeUtc();
    r.lastSeen = r.firstSeen;
    return r;
}

DeviceCredential credential(int i, CredentialState state = CredentialState::Active)
{
    DeviceCredential c;
    c.id = u"dev-%1"_s.arg(QString::number(i).rightJustified(6, u'0'));
    c.deviceId = c.id;
    c.serial = u"SN-%1"_s.arg(i);
    c.fingerprint = QString(64, u'b');
    c.state = state;
    c.expires = QDateTime::currentDateTimeUtc().addDays(1 + i % 20);
    return c;
}

} // namespace

class TestIdentityWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptSendsLicenceScopes();
    void cloneIsNeverAccepted();
    void rejectNeedsReason();
    void preauthorizeFromCsv();
    void rotationIsBatchedAndTallied();
    void rotationFailureIsShown();
    void revokeAndVisit();

private:
    void selectRequest(const QString &id);
    void selectCredential(const QString &deviceId);
    bool settled() const { return m_page->result()->outcome() != ActionResultLabel::Outcome::Working; }

    std::unique_ptr<JoinRequestModel> m_requests;
    std::unique_ptr<CredentialModel> m_credentials;
    std::unique_ptr<ScriptedActions> m_actions;
    std::unique_ptr<IdentityPage> m_page;
    QList<std::pair<QString, int>> m_confirmations;
    bool m_answer = true;
};

void TestIdentityWidget::init()
{
    m_requests = std::make_unique<JoinRequestModel>();
    m_credentials = std::make_unique<CredentialModel>();
    m_actions = std::make_unique<ScriptedActions>();
    m_requests->setRequests(u"demo"_s, {request(u"adm-000001"_s, AdmissionState::Pending),
                                        request(u"adm-000002"_s, AdmissionState::Pending, u"dev-000001"_s)});
    QList<DeviceCredential> credentials;
    for (int i = 1; i <= 1200; ++i)
        credentials.append(credential(i));
    credentials.append(credential(5001, CredentialState::NeedsPhysicalService));
    credentials.append(credential(5002, CredentialState::Revoked));
    m_credentials->setCredentials(u"demo"_s, credentials);
    m_page = std::make_unique<IdentityPage>(m_requests.get(), m_credentials.get(), m_actions.get());
    m_page->resize(1280, 800);
    m_confirmations.clear();
    m_answer = true;
    m_page->setConfirm([this](const QString &, const QString &text, int count) {
        m_confirmations.append({text, count});
        return m_answer;
    });
}

void TestIdentityWidget::cleanup()
{
    m_page.reset();
    m_actions.reset();
    m_credentials.reset();
    m_requests.reset();
}

void TestIdentityWidget::selectRequest(const QString &id)
{
    const int row = m_requests->rowOfRequest(u"demo"_s, id);
    QVERIFY(row >= 0);
    m_page->requestView()->selectRow(row);
}

void TestIdentityWidget::selectCredential(const QString &deviceId)
{
    const int row = m_credentials->rowOfDevice(u"demo"_s, deviceId);
    QVERIFY(row >= 0);
    m_page->credentialView()->selectRow(row);
}

void TestIdentityWidget::acceptSendsLicenceScopes()
{
    selectRequest(u"adm-000001"_s);
    m_page->setLicenceScopes({u"telemetry-upload"_s, u"firmware-download"_s});
    m_page->acceptSelected();
    QCOMPARE(m_actions->calls, QStringList{u"accept adm-000001"_s});
    QCOMPARE(m_actions->lastScopes, (QStringList{u"telemetry-upload"_s, u"firmware-download"_s}));
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Succeeded);
    QVERIFY(m_page->result()->text().contains(u"dev-adm-0001"_s));
    QVERIFY(m_page->result()->text().contains(u"lic-adm-0001"_s));

    // Without scopes no licence request is opened.
    m_page->setLicenceScopes({});
    m_page->acceptSelected();
    QVERIFY(m_actions->lastScopes.isEmpty());
}

void TestIdentityWidget::cloneIsNeverAccepted()
{
    selectRequest(u"adm-000002"_s);
    m_page->acceptSelected();
    QVERIFY(m_actions->calls.isEmpty());
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::None);
    m_page->setRejectReason(u"clone"_s);
    m_page->rejectSelected();
    QCOMPARE(m_actions->calls, QStringList{u"reject adm-000002"_s});
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Succeeded);
}

void TestIdentityWidget::rejectNeedsReason()
{
    selectRequest(u"adm-000001"_s);
    m_page->rejectSelected();
    m_page->setRejectReason(u"   "_s);
    m_page->rejectSelected();
    QVERIFY(m_actions->calls.isEmpty());
    m_page->setRejectReason(u"unknown vendor"_s);
    m_page->rejectSelected();
    QCOMPARE(m_actions->lastReason, u"unknown vendor"_s);
}

void TestIdentityWidget::preauthorizeFromCsv()
{
    m_page->preauthorizeCsv(u"SN-1\nSN-2,xyz\n"_s);
    QVERIFY(m_actions->calls.isEmpty()); // refused before anything is sent
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Failed);
    QVERIFY(m_page->result()->text().contains(u"Line 2"_s));

    JoinRequest created = request(u"adm-000010"_s, AdmissionState::Preauthorized);
    m_actions->preauthorizeAnswer.created = {created};
    m_actions->preauthorizeAnswer.skipped = {{u"SN-2"_s, u"already admitted as dev-000002"_s}};
    m_page->preauthorizeCsv(u"serial\nSN-1\nSN-2\n"_s);
    QCOMPARE(m_actions->lastEntries.size(), 2);
    QTRY_VERIFY(settled());
    // Skipped serials are not a failure, but the operator must see them.
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Pending);
    QVERIFY(m_page->result()->text().contains(u"already admitted as dev-000002"_s));
}

void TestIdentityWidget::rotationIsBatchedAndTallied()
{
    m_page->setCredentialView(CredentialFilter::View::ExpiringWithin, 30);
    QCOMPARE(m_page->tabs()->currentIndex(), 1);
    // 1,200 active ones plus the one waiting for a visit (not rotated again).
    QCOMPARE(m_credentials->rowCount(), 1201);
    // Declining the confirmation sends nothing; the question names the count (typed for more than 100).
    m_answer = false;
    m_page->rotateAllShown();
    QVERIFY(m_actions->calls.isEmpty());
    QCOMPARE(m_confirmations.size(), 1);
    QCOMPARE(m_confirmations.first().second, 1200);
    m_answer = true;
    m_page->rotateAllShown();
    QTRY_VERIFY(settled());
    QCOMPARE(m_actions->rotationBatches.size(), 2);
    QCOMPARE(m_actions->rotationBatches.at(0).size() + m_actions->rotationBatches.at(1).size(), 1200);
    QVERIFY(m_actions->rotationBatches.at(0).size() <= 1000);
    // 120 of them end in 7: a technician must visit them.
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Pending);
    QVERIFY2(m_page->result()->text().contains(u"Rotated 1080"_s) || m_page->result()->text().contains(u"1,080"_s),
             qPrintable(m_page->result()->text()));
    QVERIFY(m_page->result()->text().contains(u"120"_s));
}

void TestIdentityWidget::rotationFailureIsShown()
{
    m_page->setCredentialView(CredentialFilter::View::All);
    selectCredential(u"dev-000003"_s);
    m_actions->failWith = FleetError(FleetError::Kind::BadRequest, u"The backend refused."_s);
    m_page->rotateSelected();
    QCOMPARE(m_actions->rotationBatches, QList<QStringList>{QStringList{u"dev-000003"_s}});
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Failed);
    QVERIFY(m_page->result()->text().contains(u"The backend refused."_s));
}

void TestIdentityWidget::revokeAndVisit()
{
    m_page->setCredentialView(CredentialFilter::View::All);
    selectCredential(u"dev-000004"_s);
    m_page->revokeSelected(); // no reason
    QVERIFY(m_actions->calls.isEmpty());
    m_page->setRevokeReason(u"device stolen"_s);
    m_answer = false;
    m_page->revokeSelected(); // not confirmed
    QVERIFY(m_actions->calls.isEmpty());
    QVERIFY(m_confirmations.last().first.contains(u"device stolen"_s));
    m_answer = true;
    m_page->revokeSelected();
    QCOMPARE(m_actions->calls, QStringList{u"revoke dev-000004"_s});
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Succeeded);

    // Only a credential waiting for a technician can be marked as serviced.
    m_page->servicedSelected();
    QCOMPARE(m_actions->calls.size(), 1);
    m_page->setCredentialView(CredentialFilter::View::NeedsVisit);
    QCOMPARE(m_credentials->rowCount(), 1);
    selectCredential(u"dev-005001"_s);
    m_page->servicedSelected();
    QCOMPARE(m_actions->calls.last(), u"serviced dev-005001"_s);
    QTRY_VERIFY(settled());
    QCOMPARE(m_page->result()->outcome(), ActionResultLabel::Outcome::Succeeded);
}

QTEST_MAIN(TestIdentityWidget)
#include "tst_identitywidget.moc"
