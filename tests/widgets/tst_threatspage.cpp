#include "ThreatFeedModel.h"
#include "ThreatsPage.h"

#include <QComboBox>
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
};

QTEST_MAIN(TestThreatsPage)
#include "tst_threatspage.moc"
