#include "ConsoleModels.h"
#include "KeyboardShortcutsDialog.h"
#include "LanguageSetup.h"
#include "MainWindow.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

struct PluralEntry {
    QString context;
    QString source;
    QStringList forms; // singular, plural
};

// The English catalogue as written in the source tree: what the compiled :/i18n/warden_en.qm must contain.
QList<PluralEntry> englishCatalogue()
{
    QList<PluralEntry> entries;
    QFile file(QStringLiteral(WARDEN_TEST_DATA_DIR) + u"/../../translations/warden_en.ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    PluralEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"message"_s)
            entry = PluralEntry{context, {}, {}};
        else if (xml.name() == u"source"_s)
            entry.source = xml.readElementText();
        else if (xml.name() == u"numerusform"_s) {
            entry.forms.append(xml.readElementText());
            if (entry.forms.size() == 2)
                entries.append(entry);
        }
    }
    return entries;
}

} // namespace

// English reads "1 device" / "2 devices" instead of "device(s)": the English catalogue holds only plural forms.
class TestEnglishPlurals : public QObject {
    Q_OBJECT

    std::unique_ptr<LanguageSetup> m_language = std::make_unique<LanguageSetup>();

private slots:
    void initTestCase()
    {
        QVERIFY(m_language->install(u"en"_s).ok());
        QCOMPARE(m_language->language(), u"en"_s);
    }

    void visibleTexts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pending, one") << u"warden::MainWindow"_s << u"%n pending action(s) to confirm"_s << 1
                                      << u"1 pending action to confirm"_s;
        QTest::newRow("pending, two") << u"warden::MainWindow"_s << u"%n pending action(s) to confirm"_s << 2
                                      << u"2 pending actions to confirm"_s;
        QTest::newRow("impact, one") << u"ImpactReport"_s << u"%n device(s) affected"_s << 1 << u"1 device affected"_s;
        QTest::newRow("impact, many") << u"ImpactReport"_s << u"%n device(s) affected"_s << 40
                                      << u"40 devices affected"_s;
        QTest::newRow("verb agrees") << u"warden::CampaignWizard"_s << u"%Ln %1 device(s) match"_s << 1
                                     << u"1 %1 device matches"_s;
        QTest::newRow("verb agrees, plural") << u"warden::CampaignWizard"_s << u"%Ln %1 device(s) match"_s << 3
                                             << u"3 %1 devices match"_s;
        QTest::newRow("zero is plural") << u"warden::KeyboardShortcutsDialog"_s << u"%n shortcut(s)"_s << 0
                                        << u"0 shortcuts"_s;
    }

    void visibleTexts()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count),
                 expected);
    }

    void statusBarButtonReadsNaturally()
    {
        ConsoleModels models;
        MainWindow window(&models);
        auto *button = window.findChild<QToolButton *>(u"pendingActions"_s);
        QVERIFY(button);
        window.setPendingActionCount(1);
        QCOMPARE(button->text(), u"1 pending action to confirm"_s);
        window.setPendingActionCount(2);
        QCOMPARE(button->text(), u"2 pending actions to confirm"_s);
    }

    // Every plural form written in warden_en.ts is in the compiled catalogue and none still reads "(s)" about %n.
    void catalogueIsCompiledAndComplete()
    {
        const QList<PluralEntry> entries = englishCatalogue();
        QVERIFY2(entries.size() >= 40, "translations/warden_en.ts not found or nearly empty");
        for (const PluralEntry &entry : entries) {
            const QByteArray context = entry.context.toUtf8();
            const QByteArray source = entry.source.toUtf8();
            for (int n : {1, 2}) {
                QString expected = entry.forms.at(n == 1 ? 0 : 1);
                expected.replace(u"%Ln"_s, QLocale().toString(n)).replace(u"%n"_s, QString::number(n));
                QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
            }
            // "%n device(s)" must have become "device"/"devices"; "(s)" about another number (%1 hop(s)) may stay.
            static const QRegularExpression countedNoun(u"%L?n( [\\w-]+)+\\(s\\)"_s);
            for (const QString &form : entry.forms)
                QVERIFY2(!countedNoun.match(form).hasMatch(), qPrintable(entry.source + u" -> "_s + form));
        }
    }

    // The forms come from the catalogue: with no translator installed the source text shows.
    void withoutTheCatalogueTheSourceShows()
    {
        QVERIFY(m_language->install(u"de"_s).ok()); // replaces the English catalogue with the German one
        QVERIFY(QCoreApplication::translate("warden::MainWindow", "%n pending action(s) to confirm", nullptr, 1)
                    != u"1 pending action to confirm"_s);
        m_language = std::make_unique<LanguageSetup>(); // the old one removes its translators; the new has none
        QCOMPARE(QCoreApplication::translate("warden::MainWindow", "%n pending action(s) to confirm", nullptr, 1),
                 u"1 pending action(s) to confirm"_s);
        QVERIFY(m_language->install(u"en"_s).ok());
        QCOMPARE(QCoreApplication::translate("warden::MainWindow", "%n pending action(s) to confirm", nullptr, 1),
                 u"1 pending action to confirm"_s);
    }
};

QTEST_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
