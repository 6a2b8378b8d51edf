#include "ThreatFeedModel.h"
#include "ThreatsPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace warden;

// The threats page as an operator uses it: empty state, live rows, pause counter, filters, details.
class TestThreatsPage : public QObject {
    Q_OBJECT
private:
    static QList<ThreatEvent> makeEvents(qint64 firstSeq, int count)
    {
        QList<ThreatEvent> events;
        for (int i = 0; i < count; ++i) {
            ThreatEvent event;
            event.seq = firstSeq + i;
            event.time = QDateTime::fromMSecsSinceEpoch(1'764'064'800'000 + event.seq * 250, Qt::UTC);
            event.deviceId = QStringLiteral("dev-%1").arg(1000 + i % 9, 6, 10, QLatin1Char('0'));
            event.type = ThreatType(i % 10);
            event.severity = Severity(i % 5);
            event.source = QStringLiteral("10.20.%1.%2").arg(i % 4).arg(10 + i % 50);
            event.destination = QStringLiteral("198.51.100.%1").arg(i % 200);
            event.details.insert(QStringLiteral("port"), 22 + i % 3);
            events.append(event);
        }
        return events;
    }

    static void saveIfAsked(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }

private slots:
    void showsEmptyStateThenRows()
    {
        ThreatFeedModel feed;
        ThreatsPage page(&feed);
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.view()->isVisible());
        feed.appendEvents(QStringLiteral("eu-west"), makeEvents(1, 60));
        feed.flush();
        QVERIFY(page.view()->isVisible());
        QCOMPARE(page.view()->model()->rowCount(), 60);
        page.view()->selectRow(2);
        const QString details = page.findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Raw event")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("\"seq\": 58")));
        saveIfAsked(&page, QStringLiteral("threats.png"));
    }

    void pauseShowsCountAndResumeInserts()
    {
        ThreatFeedModel feed;
        ThreatsPage page(&feed);
        feed.appendEvents(QStringLiteral("eu"), makeEvents(1, 5));
        feed.flush();
        auto *follow = page.findChild<QToolButton *>();
        follow->click();
        QVERIFY(!feed.isFollowing());
        feed.appendEvents(QStringLiteral("eu"), makeEvents(6, 1234));
        QVERIFY2(follow->text().contains(QStringLiteral("1234")) || follow->text().contains(QStringLiteral("1,234")),
                 qPrintable(follow->text()));
        QCOMPARE(page.view()->model()->rowCount(), 5);
        // The label changed twice: Ctrl+Space must still toggle (setText() used to drop the shortcut).
        QCOMPARE(follow->shortcut(), QKeySequence(Qt::ControlModifier | Qt::Key_Space));
        follow->click();
        QCOMPARE(page.view()->model()->rowCount(), 1239);
        QCOMPARE(follow->shortcut(), QKeySequence(Qt::ControlModifier | Qt::Key_Space));
    }

    void severityAndSearchFilter()
    {
        ThreatFeedModel feed;
        ThreatsPage page(&feed);
        feed.appendEvents(QStringLiteral("eu"), makeEvents(1, 50));
        feed.flush();
        auto *severity = page.findChildren<QComboBox *>().at(0);
        severity->setCurrentIndex(1); // critical and above
        QCOMPARE(page.view()->model()->rowCount(), 10);
        page.findChild<QLineEdit *>()->setText(QStringLiteral("dev-001000"));
        for (int row = 0; row < page.view()->model()->rowCount(); ++row)
            QCOMPARE(page.view()->model()->index(row, ThreatFeedModel::DeviceColumn).data().toString(), QStringLiteral("dev-001000"));
        QVERIFY(page.view()->model()->rowCount() > 0);
    }

    void showTypeFiltersToThatType()
    {
        ThreatFeedModel feed;
        ThreatsPage page(&feed);
        feed.appendEvents(QStringLiteral("eu"), makeEvents(1, 50)); // ten types, five events each
        feed.flush();
        page.showType(ThreatType(3));
        QCOMPARE(page.view()->model()->rowCount(), 5);
        for (int row = 0; row < page.view()->model()->rowCount(); ++row)
            QCOMPARE(page.view()->model()->index(row, ThreatFeedModel::TypeColumn).data().toString(),
                     threatTypeLabel(ThreatType(3)));
        // The type filter shows what is applied, so the operator can clear it.
        QCOMPARE(page.findChildren<QComboBox *>().at(1)->currentData().toInt(), 3);
    }

    // "Review admission request" is offered for a new unknown device only, once someone answers it; it asks with the
    // event's backend and the event itself, and a text in answer (nothing to review) is shown under the details.
    void unknownDeviceOffersAdmissionReview()
    {
        ThreatFeedModel feed;
        ThreatsPage page(&feed);
        feed.appendEvents(QStringLiteral("eu"), makeEvents(1, 10)); // seq 1..10, type = (seq - 1) % 10
        feed.flush();
        const auto select = [&page](ThreatType type) {
            QAbstractItemModel *model = page.view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, ThreatFeedModel::TypeColumn).data().toString() == threatTypeLabel(type)) {
                    page.view()->setCurrentIndex(model->index(row, 0));
                    return;
                }
            }
            QFAIL("no event of that type");
        };
        select(ThreatType::UnknownDevice);
        QVERIFY(!page.reviewAdmissionAction()->isVisible()); // nobody to answer: not offered

        QList<std::pair<QString, qint64>> asked;
        QString answer = QStringLiteral("Nothing to review: the join request adm-000001 was already accepted.");
        page.setAdmissionReview([&asked, &answer](const QString &backend, const ThreatEvent &event) {
            asked.append({backend, event.seq});
            return answer;
        });
        QVERIFY(page.reviewAdmissionAction()->isVisible());
        QVERIFY(page.view()->actions().contains(page.reviewAdmissionAction())); // also the row's context menu
        page.reviewAdmissionAction()->trigger();
        const qint64 unknownSeq = int(ThreatType::UnknownDevice) + 1;
        QCOMPARE(asked, (QList<std::pair<QString, qint64>>{{QStringLiteral("eu"), unknownSeq}}));
        QCOMPARE(page.admissionResult()->text(), answer);
        QVERIFY(page.admissionResult()->isVisibleTo(&page));

        // Opened: nothing to say. Another event: not offered, and the old answer is gone.
        answer.clear();
        page.reviewAdmissionAction()->trigger();
        QVERIFY(page.admissionResult()->isHidden());
        select(ThreatType::PortScan);
        QVERIFY(!page.reviewAdmissionAction()->isVisible());
        page.reviewAdmission(); // not an unknown device: nobody is asked
        QCOMPARE(asked.size(), 2);
    }
};

QTEST_MAIN(TestThreatsPage)
#include "tst_threatspage.moc"
