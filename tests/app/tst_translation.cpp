#include "ConsoleModels.h"
#include "LanguageSetup.h"
#include "MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>

using namespace warden;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList navigationTexts(const MainWindow &window)
{
    const auto *navigation = window.findChild<QListWidget *>();
    QStringList texts;
    for (int row = 0; navigation && row < navigation->count(); ++row)
        texts.append(navigation->item(row)->text());
    return texts;
}

} // namespace

// The language choice (--lang, setting, locale) and the embedded German and French catalogues as the console
// shows them: the real translators installed through LanguageSetup, the real MainWindow.
class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void availableLanguagesComeFromTheEmbeddedCatalogues()
    {
        QCOMPARE(LanguageSetup::availableLanguages(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
    }

    void languageFromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString program = QStringLiteral("warden");
        QTest::newRow("absent") << QStringList{program, QStringLiteral("--demo")} << QString();
        QTest::newRow("separate value") << QStringList{program, QStringLiteral("--lang"), QStringLiteral("de")}
                                        << QStringLiteral("de");
        QTest::newRow("equals sign") << QStringList{program, QStringLiteral("--page"), QStringLiteral("audit"),
                                                    QStringLiteral("--lang=fr_CA")}
                                     << QStringLiteral("fr_CA");
        QTest::newRow("last one wins") << QStringList{program, QStringLiteral("--lang=de"), QStringLiteral("--lang"),
                                                      QStringLiteral("fr")}
                                       << QStringLiteral("fr");
        QTest::newRow("missing value") << QStringList{program, QStringLiteral("--lang")} << QString();
        QTest::newRow("after --") << QStringList{program, QStringLiteral("--"), QStringLiteral("--lang=de")}
                                  << QString();
        QTest::newRow("other option with the prefix")
            << QStringList{program, QStringLiteral("--language=de")} << QString();
        QTest::newRow("program name is not an option") << QStringList{QStringLiteral("--lang=de")} << QString();
    }

    void languageFromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(LanguageSetup::languageFromArguments(arguments), expected);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("de_CH") << QStringLiteral("de_CH") << QStringLiteral("de");
        QTest::newRow("fr-CA") << QStringLiteral("fr-CA") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("en_GB with spaces") << QStringLiteral(" en_GB ") << QStringLiteral("en");
        QTest::newRow("untranslated language") << QStringLiteral("es") << QString();
        QTest::newRow("not a language") << QStringLiteral("xx") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void resolve()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const Result<QString> language = LanguageSetup::resolve(code);
        QCOMPARE(language.ok(), !expected.isEmpty());
        if (language.ok()) {
            QCOMPARE(*language, expected);
        } else {
            // The message tells the operator what would have worked.
            QVERIFY2(language.errorMessage().contains(QStringLiteral("de, en, fr")), qPrintable(language.errorMessage()));
            QCOMPARE(language.error().field, QStringLiteral("lang"));
        }
    }

    void languageForLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de_AT") << QLocale(QStringLiteral("de_AT")) << QStringLiteral("de");
        QTest::newRow("fr_BE") << QLocale(QStringLiteral("fr_BE")) << QStringLiteral("fr");
        QTest::newRow("en_US") << QLocale(QStringLiteral("en_US")) << QStringLiteral("en");
        QTest::newRow("untranslated es_ES") << QLocale(QStringLiteral("es_ES")) << QStringLiteral("en");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("en");
    }

    void languageForLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(LanguageSetup::languageForLocale(locale), expected);
    }

    void applyPrefersCommandLineThenSettingThenLocale_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--lang beats all") << s("fr") << s("de") << s("de_DE") << true << s("fr");
        QTest::newRow("--lang en beats a German setting") << s("en") << s("de") << s("de_DE") << true << s("en");
        QTest::newRow("setting beats locale") << s("") << s("fr") << s("de_DE") << true << s("fr");
        QTest::newRow("locale when nothing is set") << s("") << s("") << s("fr_FR") << true << s("fr");
        QTest::newRow("English when the locale is untranslated") << s("") << s("") << s("it_IT") << true << s("en");
        QTest::newRow("unusable setting falls back to locale") << s("") << s("klingon") << s("de_DE") << true << s("de");
        QTest::newRow("unknown --lang is an error") << s("xx") << s("fr") << s("de_DE") << false << s("en");
        QTest::newRow("untranslated --lang is an error") << s("it") << s("") << s("fr_FR") << false << s("en");
    }

    void applyPrefersCommandLineThenSettingThenLocale()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, setting);
        QFETCH(QString, locale);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        if (setting == QStringLiteral("klingon"))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring the language setting")));
        LanguageSetup setup;
        const Status status = setup.apply(commandLine, setting, QLocale(locale));
        QCOMPARE(status.ok(), ok);
        QCOMPARE(setup.language(), expected);
    }

    void mainWindowNavigationIsGerman()
    {
        LanguageSetup setup;
        const Status status = setup.install(QStringLiteral("de"));
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(setup.language(), QStringLiteral("de"));
        ConsoleModels models;
        const MainWindow window(&models);
        const QStringList expected = {
            QStringLiteral("Übersicht"),  QStringLiteral("Topologie"), QStringLiteral("Bedrohungen"),
            QStringLiteral("Vorfälle"), QStringLiteral("Geräteregister"), QStringLiteral("Updates"),
            QStringLiteral("Lizenzen"), QStringLiteral("Quarantäne"), QStringLiteral("Audit"),
            QStringLiteral("Identität"),
            QStringLiteral("Regeln")};
        QCOMPARE(navigationTexts(window), expected);
        QCOMPARE(window.findChild<QListWidget *>()->accessibleName(), QStringLiteral("Seiten"));
    }

    void mainWindowNavigationIsFrench()
    {
        LanguageSetup setup;
        QVERIFY(setup.install(QStringLiteral("fr_FR")).ok());
        ConsoleModels models;
        const MainWindow window(&models);
        const QStringList expected = {
            QStringLiteral("Tableau de bord"), QStringLiteral("Topologie"), QStringLiteral("Menaces"),
            QStringLiteral("Incidents"), QStringLiteral("Registre"), QStringLiteral("Mises à jour"),
            QStringLiteral("Licences"), QStringLiteral("Quarantaine"), QStringLiteral("Audit"),
            QStringLiteral("Identité"),
            QStringLiteral("Règles")};
        QCOMPARE(navigationTexts(window), expected);
    }

    void plural_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << s("de") << 1 << s("vor 1 Stunde");
        QTest::newRow("de 5") << s("de") << 5 << s("vor 5 Stunden");
        QTest::newRow("fr 0 is singular") << s("fr") << 0 << s("il y a 0 heure");
        QTest::newRow("fr 1") << s("fr") << 1 << s("il y a 1 heure");
        QTest::newRow("fr 2") << s("fr") << 2 << s("il y a 2 heures");
    }

    void plural()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        LanguageSetup setup;
        QVERIFY(setup.install(language).ok());
        QCOMPARE(QCoreApplication::translate("warden::OfflineBanner", "%n hours ago", nullptr, count), expected);
    }

    void englishAgainWhenRemovedOrSwitched()
    {
        const QString threats = QStringLiteral("Threats");
        {
            LanguageSetup setup;
            QVERIFY(setup.install(QStringLiteral("de")).ok());
            QCOMPARE(QCoreApplication::translate("warden::MainWindow", "Threats"), QStringLiteral("Bedrohungen"));
            QVERIFY(setup.install(QStringLiteral("fr")).ok());
            QCOMPARE(QCoreApplication::translate("warden::MainWindow", "Threats"), QStringLiteral("Menaces"));
            QVERIFY(setup.install(QStringLiteral("en")).ok());
            QCOMPARE(QCoreApplication::translate("warden::MainWindow", "Threats"), threats);
            QVERIFY(setup.install(QStringLiteral("de")).ok());
        }
        // The destructor took its translators out again.
        QCOMPARE(QCoreApplication::translate("warden::MainWindow", "Threats"), threats);
    }

    void refusedCodeKeepsTheCurrentLanguage()
    {
        LanguageSetup setup;
        QVERIFY(setup.install(QStringLiteral("de")).ok());
        QVERIFY(!setup.install(QStringLiteral("xx")).ok());
        QCOMPARE(setup.language(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("warden::MainWindow", "Threats"), QStringLiteral("Bedrohungen"));
    }

    void qtOwnTextsFollowTheLanguage()
    {
        const QString catalog = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_de.qm"));
        if (!QFileInfo::exists(catalog))
            QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
        LanguageSetup setup;
        QVERIFY(setup.install(QStringLiteral("de")).ok());
        QVERIFY(setup.hasQtTranslation());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
