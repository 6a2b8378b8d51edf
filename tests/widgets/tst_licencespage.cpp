#include "ActionResultLabel.h"
#include "GovernanceActions.h"
#include "LicenceListModel.h"
#include "LicencesPage.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

// Records what the page asks for and answers like a backend would, later and on the page's thread.
class FakeActions final : public GovernanceActions {
public:
    struct Call {
        QString what;
        QString id;
        QStringList scopes;
        QString reason;
    };
    QList<Call> calls;
    QString failWith; // non-empty: every action fails with this backend message
    qint64 nextEntry = 41; // the console audit entry each request "was recorded as"

    QString operatorName(const QString &) const override { return u"alice"_s; }
    qint64 approveLicence(const QString &, const QString &id, const QStringList &scopes, const QDateTime &,
                          QObject *context, Reply<Licence> done) override
    {
        calls.append({u"approve"_s, id, scopes, {}});
        Licence licence;
        licence.id = id;
        licence.grantedScopes = scopes;
        answer(context, std::move(done), licence);
        return ++nextEntry;
    }
    qint64 denyLicence(const QString &, const QString &id, const QString &reason, QObject *context,
                       Reply<Licence> done) override
    {
        calls.append({u"deny"_s, id, {}, reason});
        Licence licence;
        licence.id = id;
        answer(context, std::move(done), licence);
        return ++nextEntry;
    }
    qint64 revokeLicence(const QString &, const QString &id, const QString &reason, QObject *context,
                         Reply<Licence> done) override
    {
        calls.append({u"revoke"_s, id, {}, reason});
        Licence licence;
        licence.id = id;
        answer(context, std::move(done), licence);
        return ++nextEntry;
    }
    qint64 quarantineDevice(const QString &, const QString &, QuarantineLevel, const QString &, const QDateTime &,
                            QObject *, Reply<QuarantineOutcome>) override
    {
        return -1;
    }
    qint64 releaseDevice(const QString &, const QString &, const QString &, QObject *, Reply<Device>) override
    {
        return -1;
    }
    qint64 approveApproval(const QString &, const QString &, const QString &, QObject *, Reply<Approval>) override
    {
        return -1;
    }
    qint64 denyApproval(const QString &, const QString &, const QString &, QObject *, Reply<Approval>) override
    {
        return -1;
    }

private:
    template <typename T>
    void answer(QObject *context, Reply<T> done, T value)
    {
        const QString message = failWith;
        QTimer::singleShot(0, context, [done = std::move(done), value, message] {
            if (message.isEmpty())
                done(FleetResult<T>(value));
            else
                done(FleetResult<T>(FleetError(FleetError::Kind::Conflict, message, 409, u"conflict"_s)));
        });
    }
};

Licence request(const QString &id, const QString &device, QStringList scopes, int minute)
{
    Licence l;
    l.id = id;
    l.deviceId = device;
    l.state = LicenceState::Requested;
    l.requestedScopes = std::move(scopes);
    l.requested = QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC);
    return l;
}

} // namespace

// The Licences page with a scripted backend: scope choice, deny needs a reason, bulk approval only for identical
// low-risk requests, revoke, and results (success and the backend's failure message) shown inline.
class TestLicencesPage : public QObject {
    Q_OBJECT
private:
    LicenceListModel m_pending{LicenceListModel::Scope::Pending};
    LicenceListModel m_active{LicenceListModel::Scope::Active};

    void fill()
    {
        QList<Licence> licences{request(u"l1"_s, u"pump"_s, {u"telemetry-upload"_s, u"patient-data"_s}, 1),
                                request(u"l2"_s, u"cam1"_s, {u"telemetry-upload"_s}, 2),
                                request(u"l3"_s, u"cam2"_s, {u"telemetry-upload"_s}, 3),
                                request(u"l4"_s, u"plc"_s, {u"telemetry-upload"_s}, 4)};
        Licence active = request(u"l9"_s, u"cam1"_s, {u"x"_s}, 0);
        active.state = LicenceState::Active;
        active.grantedScopes = {u"x"_s};
        licences.append(active);
        const QHash<QString, LicenceDevice> devices{{u"pump"_s, {u"Pump"_s, u"infusion_pump"_s, 20, true}},
                                                    {u"cam1"_s, {u"Cam 1"_s, u"ip_camera"_s, 10, false}},
                                                    {u"cam2"_s, {u"Cam 2"_s, u"ip_camera"_s, 15, false}},
                                                    {u"plc"_s, {u"PLC"_s, u"plc"_s, 90, false}}};
        m_pending.setLicences(u"b"_s, licences, devices);
        m_active.setLicences(u"b"_s, licences, devices);
    }
    static void select(QTableView *view, const QList<int> &rows)
    {
        view->selectionModel()->clearSelection();
        for (int row : rows)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

private slots:
    void approvesTheChosenScopesAndDeniesWithAReason()
    {
        fill();
        FakeActions actions;
        LicencesPage page(&m_pending, &m_active, &actions);
        // The first request is shown at once; its sensitive scope starts unticked.
        QCOMPARE(page.pendingView()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(page.chosenScopes(), QStringList{u"telemetry-upload"_s});
        page.approveSelected();
        QCOMPARE(actions.calls.size(), 1);
        QCOMPARE(actions.calls.first().scopes, QStringList{u"telemetry-upload"_s});
        QVERIFY(page.result()->outcome() == ActionResultLabel::Outcome::Working);
        QTRY_VERIFY(page.result()->outcome() == ActionResultLabel::Outcome::Succeeded);
        QVERIFY(page.result()->text().contains(u"l1"_s));
        // The console audit entry of the request is part of the result line.
        QVERIFY2(page.result()->text().contains(u"Audit entry #42."_s), qPrintable(page.result()->text()));

        page.denySelected(); // no reason: nothing sent
        QCOMPARE(actions.calls.size(), 1);
        page.setDenyReason(u"not on this ward"_s);
        actions.failWith = u"The licence l1 was already decided (active)."_s;
        page.denySelected();
        QCOMPARE(actions.calls.size(), 2);
        QCOMPARE(actions.calls.last().reason, u"not on this ward"_s);
        QTRY_VERIFY(page.result()->outcome() == ActionResultLabel::Outcome::Failed);
        QVERIFY(page.result()->text().contains(u"already decided"_s));
        QVERIFY(page.result()->text().contains(u"Audit entry #43."_s)); // a refused request was recorded too
    }

    void bulkApprovalOnlyForIdenticalLowRiskRequests()
    {
        fill();
        FakeActions actions;
        LicencesPage page(&m_pending, &m_active, &actions);
        select(page.pendingView(), {1, 2});
        QCOMPARE(page.bulkApprovableRows(), (QList<int>{1, 2}));
        select(page.pendingView(), {1, 2, 3}); // the PLC has risk 90
        QVERIFY(page.bulkApprovableRows().isEmpty());
        select(page.pendingView(), {0, 1}); // the pump is safety-critical and asks for patient data
        QVERIFY(page.bulkApprovableRows().isEmpty());
        select(page.pendingView(), {1});
        QVERIFY(page.bulkApprovableRows().isEmpty());
        select(page.pendingView(), {1, 2});
        page.approveBulk();
        QCOMPARE(actions.calls.size(), 2);
        QTRY_VERIFY(page.result()->outcome() == ActionResultLabel::Outcome::Succeeded);
        QVERIFY(page.result()->text().contains(u"2"_s));
        QVERIFY2(page.result()->text().contains(u"Audit entries from #42."_s), qPrintable(page.result()->text()));
    }

    void revokeNeedsAReason()
    {
        fill();
        FakeActions actions;
        LicencesPage page(&m_pending, &m_active, &actions);
        select(page.activeView(), {0});
        page.revokeSelected();
        QVERIFY(actions.calls.isEmpty());
        page.setRevokeReason(u"device retired"_s);
        page.revokeSelected();
        QCOMPARE(actions.calls.size(), 1);
        QCOMPARE(actions.calls.first().id, u"l9"_s);
        QTRY_VERIFY(page.result()->outcome() == ActionResultLabel::Outcome::Succeeded);
        QVERIFY(page.result()->text().contains(u"Audit entry #42."_s));
    }
};

QTEST_MAIN(TestLicencesPage)
#include "tst_licencespage.moc"
