#include "LanguageSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

const QString SourceLanguage = u"en"_s;
// Where qt_add_translations(RESOURCE_PREFIX /i18n) puts warden_<code>.qm.
const QString ResourceDir = u":/i18n"_s;
const QString CatalogPrefix = u"warden_"_s;

QString catalogFile(const QString &language)
{
    return ResourceDir + u'/' + CatalogPrefix + language + u".qm"_s;
}

// "de" for de, de_CH, de-AT, German...; empty for anything QLocale does not know.
QString languageCodeOf(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QLocale locale(trimmed);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToCode(locale.language());
}

bool hasCatalog(const QString &language)
{
    return language == SourceLanguage || QFileInfo::exists(catalogFile(language));
}

} // namespace

LanguageSetup::LanguageSetup() : m_language(SourceLanguage) {}

LanguageSetup::~LanguageSetup()
{
    removeTranslators();
}

QStringList LanguageSetup::availableLanguages()
{
    QStringList languages{SourceLanguage};
    const QStringList catalogs = QDir(ResourceDir).entryList({CatalogPrefix + u"*.qm"_s}, QDir::Files);
    for (const QString &catalog : catalogs) {
        const QString language = catalog.mid(CatalogPrefix.size()).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

QString LanguageSetup::languageFromArguments(const QStringList &arguments)
{
    const QString option = u"--lang"_s;
    QString code;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break; // everything after -- is positional
        if (argument == option && i + 1 < arguments.size())
            code = arguments.at(++i);
        else if (argument.startsWith(option + u'='))
            code = argument.mid(option.size() + 1);
    }
    return code;
}

Result<QString> LanguageSetup::resolve(const QString &code)
{
    const QString available = availableLanguages().join(u", "_s);
    const QString language = languageCodeOf(code);
    if (language.isEmpty())
        return Result<QString>::failure(
            tr("\u201c%1\u201d is not a language code. Use one of: %2.").arg(code.trimmed(), available), u"lang"_s);
    if (!hasCatalog(language))
        return Result<QString>::failure(tr("Warden is not translated into %1 (\u201c%2\u201d). Use one of: %3.")
                                            .arg(QLocale(language).nativeLanguageName(), code.trimmed(), available),
                                        u"lang"_s);
    return language;
}

QString LanguageSetup::languageForLocale(const QLocale &locale)
{
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString &name : uiLanguages) {
        const QString language = languageCodeOf(name);
        if (!language.isEmpty() && hasCatalog(language))
            return language;
    }
    return SourceLanguage;
}

Status LanguageSetup::apply(const QString &commandLineCode, const QString &settingsCode, const QLocale &systemLocale)
{
    if (!commandLineCode.isEmpty()) {
        const Result<QString> language = resolve(commandLineCode);
        if (!language)
            return language.error();
        return install(*language);
    }
    if (!settingsCode.trimmed().isEmpty()) {
        const Result<QString> language = resolve(settingsCode);
        if (language)
            return install(*language);
        // A stale setting must not keep the console from starting; say why it is ignored.
        qWarning("warden: ignoring the language setting: %s", qPrintable(language.errorMessage()));
    }
    return install(languageForLocale(systemLocale));
}

Status LanguageSetup::apply(const QString &commandLineCode)
{
    const QString settingsCode = QSettings().value(settingsKey()).toString();
    return apply(commandLineCode, settingsCode, QLocale::system());
}

Status LanguageSetup::install(const QString &code)
{
    const Result<QString> language = resolve(code);
    if (!language)
        return language.error();
    removeTranslators(); // back to English, also when loading fails below
    if (*language == SourceLanguage) {
        // English needs a catalogue too, for its plural forms only ("%n device(s)" -> "1 device", "2 devices");
        // without it the source texts still read correctly, just with "(s)".
        auto pluralForms = std::make_unique<QTranslator>();
        if (pluralForms->load(catalogFile(SourceLanguage))) {
            QCoreApplication::installTranslator(pluralForms.get());
            m_appTranslator = std::move(pluralForms);
        }
        return Status::success();
    }

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(catalogFile(*language)))
        return Status::failure(tr("The %1 translation of Warden could not be loaded.").arg(*language), u"lang"_s);
    QCoreApplication::installTranslator(appTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_language = *language;

    // Qt's own texts are optional: without them standard buttons stay English, everything else is translated.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(u"qtbase_"_s + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return Status::success();
}

void LanguageSetup::removeTranslators()
{
    if (QCoreApplication::instance()) {
        if (m_appTranslator)
            QCoreApplication::removeTranslator(m_appTranslator.get());
        if (m_qtTranslator)
            QCoreApplication::removeTranslator(m_qtTranslator.get());
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_language = SourceLanguage;
}

} // namespace warden
