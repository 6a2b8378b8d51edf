#include "ConsoleModels.h"
#include "MainWindow.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace warden;

// The frame every page lives in: navigation names, --page selection and Ctrl+N shortcuts.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void listsEveryPageInNavigationOrder()
    {
        ConsoleModels models;
        MainWindow window(&models);
        const QStringList expected = {QStringLiteral("dashboard"), QStringLiteral("topology"), QStringLiteral("threats"),
                                      QStringLiteral("incidents"), QStringLiteral("register"),
                                      QStringLiteral("updates"), QStringLiteral("licences"),
                                      QStringLiteral("quarantine"), QStringLiteral("audit"),
                                      QStringLiteral("identity"), QStringLiteral("rules")};
        QCOMPARE(window.pageNames(), expected);
    }

    void showPage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("index");
        QTest::newRow("dashboard") << QStringLiteral("dashboard") << true << 0;
        QTest::newRow("mixed case") << QStringLiteral("Register") << true << 4;
        QTest::newRow("audit") << QStringLiteral("audit") << true << 8;
        QTest::newRow("unknown") << QStringLiteral("settings") << false << 0;
    }

    void showPage()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(int, index);
        ConsoleModels models;
        MainWindow window(&models);
        QCOMPARE(window.showPage(name), known);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), index);
    }

    void ctrlDigitSwitchesPages()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(), 4);
        QCOMPARE(window.findChild<QListWidget *>()->currentRow(), 4);
    }

    void screenshotIsNotBlank()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size()); // pages may ask for a little more than 1200 px
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, "the window rendered as a flat image");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
