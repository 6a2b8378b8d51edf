#include "ConsoleModels.h"
#include "MainWindow.h"
#include "WindowStateStore.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The console comes back the way it was left: geometry, splitters, column layout and page, in a temporary
// QSettings file so the tests never touch the operator's own settings.
class TestWindowState : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name + u".ini"_s), QSettings::IniFormat);
    }

    static QRect primaryArea() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    // The register's device table header: the first horizontal header with several columns.
    static QHeaderView *columnsOf(QWidget *page)
    {
        const QList<QHeaderView *> headers = page->findChildren<QHeaderView *>();
        for (QHeaderView *header : headers)
            if (header->orientation() == Qt::Horizontal && header->count() > 2)
                return header;
        return nullptr;
    }

private slots:
    void visiblePlacement_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::addColumn<QList<QRect>>("screens");
        QTest::addColumn<QRect>("expected");
        const QRect left(0, 0, 1920, 1080);
        const QRect right(1920, 0, 2560, 1440);
        QTest::newRow("on the primary screen") << QRect(100, 80, 1200, 800) << QList<QRect>{left} << QRect(100, 80, 1200, 800);
        QTest::newRow("on the second screen") << QRect(2200, 100, 1400, 900) << QList<QRect>{left, right}
                                              << QRect(2200, 100, 1400, 900);
        // The second screen was unplugged: the window comes back centred on the primary one.
        QTest::newRow("screen gone") << QRect(2200, 100, 1400, 900) << QList<QRect>{left} << QRect(260, 90, 1400, 900);
        // Larger than what is left: shrunk to the screen.
        QTest::newRow("screen gone, too big") << QRect(2000, 0, 2560, 1440) << QList<QRect>{left} << QRect(0, 0, 1920, 1080);
        // Only the bottom of the window is visible: the title bar is above the screen, so it is moved.
        QTest::newRow("title bar above") << QRect(100, -700, 800, 750) << QList<QRect>{left} << QRect(560, 165, 800, 750);
        // Mostly off to the right but the title bar's left part can still be grabbed.
        QTest::newRow("partly off, grabbable") << QRect(1700, 100, 800, 600) << QList<QRect>{left}
                                               << QRect(1700, 100, 800, 600);
    }

    void visiblePlacement()
    {
        QFETCH(QRect, saved);
        QFETCH(QList<QRect>, screens);
        QFETCH(QRect, expected);
        QCOMPARE(WindowStateStore::visiblePlacement(saved, screens, screens.first()), expected);
    }

    void roundTripsGeometrySplittersHeadersAndPage()
    {
        auto store = settings(u"roundtrip"_s);
        QList<int> sizes;
        QByteArray header;
        QSize size;
        {
            ConsoleModels models;
            MainWindow window(&models);
            WindowStateStore state(&window, store.get());
            window.setGeometry(QRect(primaryArea().topLeft() + QPoint(20, 30), QSize(700, 500)));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPage(u"register"_s));
            auto *splitter = window.page(u"register"_s)->findChild<QSplitter *>();
            QVERIFY(splitter);
            splitter->setSizes({450, 250});
            sizes = splitter->sizes();
            QHeaderView *columns = columnsOf(window.page(u"register"_s));
            QVERIFY(columns);
            columns->resizeSection(1, 211);
            header = columns->saveState();
            size = window.geometry().size(); // the pages' minimum sizes may ask for more than 700 x 500
            window.close(); // saves
        }
        QCOMPARE(store->value(u"window/page"_s).toString(), u"register"_s);

        ConsoleModels models;
        MainWindow window(&models);
        WindowStateStore state(&window, store.get());
        state.restore();
        QCOMPARE(window.currentPageName(), u"register"_s);
        QCOMPARE(window.geometry().size(), size);
        QHeaderView *columns = columnsOf(window.page(u"register"_s));
        QVERIFY(columns);
        QCOMPARE(columns->sectionSize(1), 211);
        QCOMPARE(columns->saveState(), header);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.page(u"register"_s)->findChild<QSplitter *>()->sizes(), sizes);
    }

    void commandLinePageWins()
    {
        auto store = settings(u"page"_s);
        store->setValue(u"window/page"_s, u"audit"_s);
        ConsoleModels models;
        MainWindow window(&models);
        WindowStateStore state(&window, store.get());
        state.restore(u"topology"_s);
        QCOMPARE(window.currentPageName(), u"dashboard"_s); // left for main() to show --page
        state.restore();
        QCOMPARE(window.currentPageName(), u"audit"_s);
    }

    void staleOrMissingSettingsAreHarmless()
    {
        auto store = settings(u"stale"_s);
        store->setValue(u"window/page"_s, u"no-such-page"_s);
        store->setValue(u"pages/register/header0"_s, QByteArray("not a header state"));
        store->setValue(u"pages/register/splitter0"_s, QByteArray("garbage"));
        ConsoleModels models;
        MainWindow window(&models);
        WindowStateStore state(&window, store.get());
        state.restore({}, QSize(100000, 100000)); // default larger than any screen
        QCOMPARE(window.currentPageName(), u"dashboard"_s);
        QVERIFY(primaryArea().contains(window.geometry()));
    }

    void windowFromAVanishedScreenComesBackVisible()
    {
        auto store = settings(u"vanished"_s);
        const QRect area = primaryArea();
        store->setValue(u"window/geometry"_s, QRect(area.right() + 2000, area.top() + 50, 600, 400));
        store->setValue(u"window/maximized"_s, true);
        ConsoleModels models;
        MainWindow window(&models);
        WindowStateStore state(&window, store.get());
        state.restore();
        QVERIFY(window.windowState() & Qt::WindowMaximized);
        const QRect placed = window.normalGeometry().isValid() ? window.normalGeometry() : window.geometry();
        QVERIFY2(area.intersects(placed), qPrintable(u"placed at %1,%2"_s.arg(placed.x()).arg(placed.y())));
        QCOMPARE(placed.size(), QSize(600, 400).boundedTo(area.size()));
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
