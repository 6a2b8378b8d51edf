#include "ChartPalette.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "SeverityPalette.h"
#include "ThemeSetup.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// Light, dark and system themes: a Fusion palette for the widgets, meaning colours kept readable, charts following.
class TestTheme : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        // QSettings() goes to a folder of this run only: never the user's, nor a parallel run's.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().remove(ThemeSetup::settingsKey());
    }

    void cleanup()
    {
        // Later tests (and other test functions) expect the light default.
        Palette::setBackground(Qt::white);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("theme");
        QTest::newRow("system") << u"system"_s << true << int(ThemeSetup::Theme::System);
        QTest::newRow("Dark, spaces") << u" Dark "_s << true << int(ThemeSetup::Theme::Dark);
        QTest::newRow("light") << u"light"_s << true << int(ThemeSetup::Theme::Light);
        QTest::newRow("unknown") << u"solarized"_s << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, theme);
        const Result<ThemeSetup::Theme> parsed = ThemeSetup::parse(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(int(*parsed), theme);
        else
            QVERIFY(parsed.errorMessage().contains(u"system, light or dark"_s));
    }

    void palettesAreReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void palettesAreReadable()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? ThemeSetup::darkPalette() : ThemeSetup::lightPalette();
        QCOMPARE(ThemeSetup::isDark(palette), dark);
        QVERIFY(Palette::contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
        QVERIFY(Palette::contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0);
        QVERIFY(Palette::contrastRatio(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 7.0);
        QVERIFY(Palette::contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight))
                >= 4.5);
        if (dark)
            QVERIFY(Palette::contrastRatio(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base))
                    >= 4.5);
    }

    void contrastRatio()
    {
        QCOMPARE(qRound(Palette::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Palette::contrastRatio(Qt::red, Qt::red), 1.0);
        // UI.md's red on white: 4.98:1 (WCAG AA for text).
        QCOMPARE(qRound(Palette::contrastRatio(QColor(0xD3, 0x2F, 0x2F), Qt::white) * 100), 498);
    }

    void readableOn_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<bool>("unchanged");
        const QColor darkBase = ThemeSetup::darkPalette().color(QPalette::Base);
        QTest::newRow("red on white stays") << QColor(0xD3, 0x2F, 0x2F) << QColor(Qt::white) << true;
        QTest::newRow("red on dark is tinted") << QColor(0xD3, 0x2F, 0x2F) << darkBase << false;
        QTest::newRow("purple on dark is tinted") << QColor(0x7B, 0x1F, 0xA2) << darkBase << false;
        QTest::newRow("amber on dark stays") << QColor(0xFB, 0xC0, 0x2D) << darkBase << true;
        QTest::newRow("amber on white is darkened") << QColor(0xFB, 0xC0, 0x2D) << QColor(Qt::white) << false;
    }

    void readableOn()
    {
        QFETCH(QColor, colour);
        QFETCH(QColor, background);
        QFETCH(bool, unchanged);
        const QColor shown = Palette::readableOn(colour, background);
        QVERIFY2(Palette::contrastRatio(shown, background) >= 4.5, qPrintable(shown.name()));
        QCOMPARE(shown == colour, unchanged);
        if (!unchanged) // the hue is kept: tints and shades only
            QVERIFY2(qAbs(shown.hslHue() - colour.hslHue()) <= 12, qPrintable(shown.name()));
    }

    void darkThemeTintsMeaningColoursLightKeepsThem()
    {
        ThemeSetup theme;
        theme.apply(ThemeSetup::Theme::Dark);
        QVERIFY(theme.dark());
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY(ThemeSetup::isDark(QApplication::palette()));
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (Severity severity : {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning,
                                  Severity::Indeterminate})
            QVERIFY2(Palette::contrastRatio(Palette::severity(severity), base) >= 4.5,
                     qPrintable(Palette::severity(severity).name()));
        QVERIFY(Palette::contrastRatio(Palette::quarantined(), base) >= 4.5);
        QVERIFY(Palette::contrastRatio(Palette::healthy(), base) >= 4.5);

        theme.apply(ThemeSetup::Theme::Light);
        QVERIFY(!theme.dark());
        QVERIFY(!ThemeSetup::isDark(QApplication::palette()));
        QCOMPARE(Palette::severity(Severity::Critical), QColor(0xD3, 0x2F, 0x2F)); // exactly UI.md's
        QCOMPARE(Palette::quarantined(), QColor(0x7B, 0x1F, 0xA2));
    }

    void systemFollowsThePlatformPalette()
    {
        QApplication::setPalette(ThemeSetup::darkPalette()); // as a dark desktop would hand it to us
        ThemeSetup followsDark;
        followsDark.apply(ThemeSetup::Theme::System);
        QVERIFY(followsDark.dark());
        QApplication::setPalette(ThemeSetup::lightPalette());
        ThemeSetup followsLight;
        followsLight.apply(ThemeSetup::Theme::System);
        QVERIFY(!followsLight.dark());
    }

    void viewMenuAppliesAndRemembers()
    {
        ConsoleModels models;
        MainWindow window(&models);
        ThemeSetup theme;
        QVERIFY(theme.applyFromSettings(QString()).ok());
        QCOMPARE(theme.theme(), ThemeSetup::Theme::System);
        QMenu *view = theme.addMenu(window.menuBar());
        // View sits before Help.
        const QList<QAction *> menus = window.menuBar()->actions();
        const qsizetype viewAt = menus.indexOf(view->menuAction());
        QVERIFY(viewAt >= 0 && viewAt + 1 < menus.size());
        QCOMPARE(menus.at(viewAt + 1)->menu()->objectName(), u"helpMenu"_s);

        auto *dark = view->findChild<QAction *>(u"theme-dark"_s);
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(theme.dark());
        QCOMPARE(QSettings().value(ThemeSetup::settingsKey()).toString(), u"dark"_s);

        ThemeSetup nextStart;
        QVERIFY(nextStart.applyFromSettings(QString()).ok());
        QCOMPARE(nextStart.theme(), ThemeSetup::Theme::Dark);
        QVERIFY(nextStart.applyFromSettings(u"light"_s).ok()); // --theme wins for one run
        QCOMPARE(nextStart.theme(), ThemeSetup::Theme::Light);
        QVERIFY(!nextStart.applyFromSettings(u"purple"_s).ok());
        QSettings().remove(ThemeSetup::settingsKey());
    }

    void chartsFollowThePalette()
    {
        QChart chart;
        ChartPalette::apply(&chart, ThemeSetup::darkPalette());
        QCOMPARE(chart.backgroundBrush().color(), ThemeSetup::darkPalette().color(QPalette::Base));
        QCOMPARE(chart.titleBrush().color(), ThemeSetup::darkPalette().color(QPalette::Text));
        ChartPalette::apply(&chart, ThemeSetup::lightPalette());
        QCOMPARE(chart.backgroundBrush().color(), ThemeSetup::lightPalette().color(QPalette::Base));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
