#include "AboutDialog.h"
#include "ConsoleModels.h"
#include "KeyboardShortcutsDialog.h"
#include "MainWindow.h"
#include "ShortcutCatalog.h"
#include "util/LibraryVersions.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTest>
#include <QToolButton>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// Help → Keyboard shortcuts lists what the window really registers; Help → About shows real versions.
class TestHelpMenu : public QObject {
    Q_OBJECT

    static QAction *action(const MainWindow &window, const QString &name)
    {
        return window.findChild<QAction *>(name);
    }

    static KeyboardShortcutsDialog *openShortcuts(MainWindow &window)
    {
        QAction *show = action(window, u"showShortcuts"_s);
        if (!show)
            return nullptr;
        show->trigger();
        return window.findChild<KeyboardShortcutsDialog *>();
    }

private slots:
    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mnemonic and ellipsis") << u"&Connect to a backend\u2026"_s << u"Connect to a backend"_s;
        QTest::newRow("three dots") << u"&Pending actions..."_s << u"Pending actions"_s;
        QTest::newRow("literal ampersand") << u"Rules && &approvals"_s << u"Rules & approvals"_s;
        QTest::newRow("plain") << u"Quit"_s << u"Quit"_s;
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(ShortcutCatalog::plainText(text), plain);
    }

    void catalogFindsActionsShortcutsAndButtons()
    {
        QWidget root;
        auto *page = new QWidget(&root);
        page->setObjectName(u"page"_s);
        auto *menuAction = new QAction(u"&Export\u2026"_s, &root);
        menuAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        root.addAction(menuAction);
        auto *described = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_3), &root);
        described->setWhatsThis(u"Show the Threats page"_s);
        auto *button = new QToolButton(page);
        button->setAccessibleName(u"Follow the feed"_s);
        button->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
        auto *noKeys = new QAction(u"No keys"_s, &root);
        root.addAction(noKeys);

        const QList<ShortcutEntry> entries = ShortcutCatalog::collect(&root, [page](const QWidget *widget) {
            return widget == page || widget->parentWidget() == page ? u"Threats"_s : QString();
        });
        QCOMPARE(entries.size(), 3); // the action without keys is not listed, the one added twice only once
        QCOMPARE(entries.at(0).area, u"Everywhere"_s);
        QCOMPARE(entries.at(0).keys, QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(entries.at(0).action, u"Show the Threats page"_s);
        QCOMPARE(entries.at(1).keys, QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(entries.at(1).action, u"Export"_s);
        QCOMPARE(entries.at(2).area, u"Threats"_s);
        QCOMPARE(entries.at(2).action, u"Follow the feed"_s);
    }

    void shortcutsDialogListsEveryRegisteredShortcut()
    {
        ConsoleModels models;
        MainWindow window(&models);
        KeyboardShortcutsDialog *dialog = openShortcuts(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // Every key sequence the window registers, found independently of the catalogue, is in the dialog.
        QSet<QString> registered;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QAction *a : actions)
            for (const QKeySequence &keys : a->shortcuts())
                registered.insert(keys.toString(QKeySequence::PortableText));
        const QList<QShortcut *> shortcuts = window.findChildren<QShortcut *>();
        for (const QShortcut *s : shortcuts)
            registered.insert(s->key().toString(QKeySequence::PortableText));
        QVERIFY(registered.contains(u"Ctrl+1"_s));
        QVERIFY(registered.contains(u"Ctrl+Shift+P"_s));
        for (const QString &keys : std::as_const(registered)) {
            dialog->setSearchText(keys);
            QVERIFY2(dialog->visibleCount() >= 1, qPrintable(keys + u" is not listed"_s));
        }

        dialog->setSearchText(u"ctrl+5"_s);
        QCOMPARE(dialog->visibleCount(), 1);
        QCOMPARE(dialog->visibleAction(0), u"Show the Register page"_s);
        dialog->setSearchText(u"PENDING"_s);
        QCOMPARE(dialog->visibleCount(), 1);
        QCOMPARE(dialog->visibleAction(0), u"Pending actions"_s);
        dialog->setSearchText(u"no such shortcut"_s);
        QCOMPARE(dialog->visibleCount(), 0);
        dialog->setSearchText(QString());
        QVERIFY(dialog->visibleCount() >= registered.size());
    }

    void pageShortcutsNameTheirPage()
    {
        ConsoleModels models;
        MainWindow window(&models);
        // A page with its own shortcut, as controllers install them with replacePage().
        auto *page = new QWidget;
        auto *button = new QToolButton(page);
        button->setText(u"Refresh"_s); // before setShortcut: setText replaces a button's shortcut by its mnemonic
        button->setAccessibleName(u"Refresh the catalogue"_s);
        button->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
        window.replacePage(u"updates"_s, page);
        KeyboardShortcutsDialog *dialog = openShortcuts(window);
        QVERIFY(dialog);
        dialog->setSearchText(u"Refresh the catalogue"_s);
        QCOMPARE(dialog->visibleCount(), 1);
        dialog->setSearchText(u"Updates"_s);
        QCOMPARE(dialog->visibleCount(), 2); // Ctrl+6 "Show the Updates page" and the page's own shortcut
        dialog->setSearchText(u"ctrl+alt+r"_s);
        QCOMPARE(dialog->visibleCount(), 1);
    }

    void aboutShowsRealVersions()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        ConsoleModels models;
        MainWindow window(&models);
        QAction *about = action(window, u"showAbout"_s);
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        const QString versions = dialog->versionsText();
        QVERIFY2(versions.contains(u"Warden 9.8.7"_s), qPrintable(versions));
        QVERIFY(versions.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(LibraryVersions::openSsl().startsWith(u"OpenSSL 3"_s));
        QVERIFY(versions.contains(LibraryVersions::openSsl()));
        QVERIFY(QRegularExpression(u"^3\\.\\d+\\.\\d+$"_s).match(LibraryVersions::sqlite()).hasMatch());
        QVERIFY(versions.contains(u"SQLite "_s + LibraryVersions::sqlite()));
        auto *licence = dialog->findChild<QLabel *>(u"licence"_s);
        QVERIFY(licence);
        QVERIFY(licence->text().contains(u"Licence"_s));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
