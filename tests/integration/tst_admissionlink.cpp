#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoConsole.h"
#include "IdentityController.h"
#include "IdentityPage.h"
#include "JoinRequestModel.h"
#include "MainWindow.h"
#include "ThreatFeedModel.h"
#include "ThreatsPage.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;

// The Threats feed links a "new unknown device" event to the admission queue, against the real embedded fleetd
// (warden --demo): fleetd announces each new join request with an unknown-device event naming it; "Review admission
// request" on that event (row context action, details pane button) opens the Identity page with that request selected
// on the same backend. A request decided meanwhile, one that does not exist and a device that never asked to join are
// each said plainly in the details pane, and the operator stays on the Threats page.
class TestAdmissionLink : public QObject {
    Q_OBJECT
private:
    static constexpr int WaitMs = 60'000;

    static void save(QWidget &window, const QString &file)
    {
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + u"/"_s + file);
    }
    // The feed row (newest first) of the first event satisfying test, or -1.
    static int feedRow(ThreatFeedModel &feed, const std::function<bool(const ThreatEvent &)> &test)
    {
        for (int row = 0; row < feed.rowCount(); ++row) {
            if (test(feed.eventAt(row)))
                return row;
        }
        return -1;
    }
    // Makes the event with this seq the Threats page's current row, as a click (or a right-click) does.
    static bool selectEvent(ThreatsPage *page, qint64 seq)
    {
        QAbstractItemModel *shown = page->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, 0);
            if (index.data(ThreatFeedModel::SeqRole).toLongLong() == seq) {
                page->view()->setCurrentIndex(index);
                return page->view()->currentIndex() == index;
            }
        }
        return false;
    }
    static QString currentRequestId(IdentityPage *page, JoinRequestModel *requests)
    {
        const QModelIndexList rows = page->requestView()->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : requests->rowAt(rows.first().row()).request.id;
    }

private slots:
    void unknownDeviceEventOpensItsJoinRequest()
    {
        QTemporaryDir cacheDir;
        QVERIFY(cacheDir.isValid());
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        ConsoleController controller(&models, &window);
        DemoOptions options;
        options.devices = 300;
        options.eventRate = 2;
        options.cacheDir = cacheDir.path();
        const QString notLive = startDemoUntilLive(controller, options, WaitMs);
        QVERIFY2(notLive.isEmpty(), qPrintable(notLive));

        auto *identity = controller.findChild<IdentityController *>();
        auto *threats = qobject_cast<ThreatsPage *>(window.page(u"threats"_s));
        auto *page = window.findChild<IdentityPage *>();
        QVERIFY(identity && threats && page);
        JoinRequestModel *requests = identity->requests();
        ThreatFeedModel &feed = models.feed;

        // An event that announces a request the console knows as pending.
        const auto announcesPending = [requests](const ThreatEvent &event) {
            const QString id = event.details.value(u"join_request"_s).toString();
            const std::optional<JoinRequest> request = requests->find(u"demo"_s, id);
            return event.type == ThreatType::UnknownDevice && request && request->state == AdmissionState::Pending;
        };
        QTRY_VERIFY_WITH_TIMEOUT((feed.flush(), feedRow(feed, announcesPending) >= 0), WaitMs);
        feed.setFollowing(false); // rows stay where they are while the test clicks
        const ThreatEvent event = feed.eventAt(feedRow(feed, announcesPending));
        const QString requestId = event.details.value(u"join_request"_s).toString();
        QCOMPARE(feed.backendAt(feedRow(feed, announcesPending)), u"demo"_s);

        // Not offered before an unknown-device event is selected; offered once it is.
        window.showPage(u"threats"_s);
        QVERIFY(selectEvent(threats, event.seq));
        QVERIFY(threats->reviewAdmissionAction()->isVisible());
        QVERIFY(threats->view()->actions().contains(threats->reviewAdmissionAction())); // the row's context menu
        save(window, u"threats-admission-link.png"_s);

        // The link opens the Identity page on that very request.
        page->setAdmissionView(JoinRequestModel::View::Accepted); // a view that does not list it: the link switches
        threats->reviewAdmissionAction()->trigger();
        QCOMPARE(window.currentPageName(), u"identity"_s);
        QCOMPARE(currentRequestId(page, requests), requestId);
        QVERIFY(threats->admissionResult()->isHidden());
        save(window, u"identity-from-threats.png"_s);

        // Decided meanwhile: said plainly, the operator stays on the Threats page.
        page->setRejectReason(u"not ours (admission link test)"_s);
        page->rejectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(requests->find(u"demo"_s, requestId)
                                     && requests->find(u"demo"_s, requestId)->state == AdmissionState::Rejected,
                                 WaitMs);
        window.showPage(u"threats"_s);
        QVERIFY(selectEvent(threats, event.seq));
        threats->reviewAdmissionAction()->trigger();
        QCOMPARE(window.currentPageName(), u"threats"_s);
        QVERIFY(threats->admissionResult()->isVisibleTo(threats));
        QVERIFY2(threats->admissionResult()->text().contains(u"already rejected by alice"_s),
                 qPrintable(threats->admissionResult()->text()));
        QVERIFY(threats->admissionResult()->text().contains(requestId));
        save(window, u"threats-admission-decided.png"_s);

        // No such request on this backend, and a device that never asked to join: said plainly as well.
        ThreatEvent missing = event;
        missing.details.insert(u"join_request"_s, u"adm-999999"_s);
        QVERIFY(identity->reviewAdmission(u"demo"_s, missing).contains(u"No join request adm-999999 exists on demo"_s));
        QVERIFY(!identity->reviewAdmission(u"other"_s, event).isEmpty()); // same id, another backend: not that one
        ThreatEvent stranger = event;
        stranger.details = QJsonObject{{u"segment"_s, u"ot"_s}};
        stranger.source = u"02:42:ac:11:00:02"_s;
        const QString unasked = identity->reviewAdmission(u"demo"_s, stranger);
        QVERIFY2(unasked.contains(u"has not asked to join"_s), qPrintable(unasked));
        QVERIFY(unasked.contains(stranger.source));
        QCOMPARE(window.currentPageName(), u"threats"_s);

        // Another kind of event does not offer the link.
        const int other = feedRow(feed, [](const ThreatEvent &e) { return e.type != ThreatType::UnknownDevice; });
        if (other >= 0) {
            QVERIFY(selectEvent(threats, feed.eventAt(other).seq));
            QVERIFY(!threats->reviewAdmissionAction()->isVisible());
        }
    }
};

QTEST_MAIN(TestAdmissionLink)
#include "tst_admissionlink.moc"
