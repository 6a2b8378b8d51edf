#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace warden {

// Chooses the language of the user interface and installs the translators for it: the console's own translations
// (compiled in under :/i18n by qt_add_translations in translations/) and Qt's (qtbase_<code>.qm from
// QLibraryInfo::TranslationsPath, for the texts of standard dialogs and buttons). The choice is, in order: --lang,
// the "language" setting, the system locale; English, the source language, when none of them has a translation.
// Not responsible for re-translating widgets that already exist: install before the window is built.
class LanguageSetup final {
    Q_DECLARE_TR_FUNCTIONS(LanguageSetup)
    Q_DISABLE_COPY_MOVE(LanguageSetup)

public:
    LanguageSetup();
    ~LanguageSetup(); // removes the translators it installed

    // The QSettings key holding the language used when --lang is absent, e.g. "de".
    static QString settingsKey() { return QStringLiteral("language"); }

    // Codes of the languages the console can show, sorted, English (the source language) included: "de", "en", "fr".
    static QStringList availableLanguages();

    // The --lang value from a raw argument list ("--lang CODE" or "--lang=CODE"; the last one wins), read before the
    // full parser runs so that --help is translated too. Empty when absent.
    static QString languageFromArguments(const QStringList &arguments);

    // The language code ("de") a code or locale name ("de", "de_CH", "de-AT") asks for, when the console has it.
    static Result<QString> resolve(const QString &code);

    // The first of the locale's UI languages (LANGUAGE, LC_MESSAGES, LANG...) that the console has; English when none.
    static QString languageForLocale(const QLocale &locale);

    // The whole decision: commandLineCode when not empty (an unknown or untranslated code is an error), else
    // settingsCode (ignored with a warning when unusable), else the locale. Installs the result.
    Status apply(const QString &commandLineCode, const QString &settingsCode, const QLocale &systemLocale);

    // apply() with the "language" setting of the default QSettings and QLocale::system().
    Status apply(const QString &commandLineCode);

    // Replaces the installed translators with those for the code; "en" installs only the English plural forms.
    // Refuses unknown codes.
    Status install(const QString &code);

    // The language now shown ("en" until a translation is installed).
    QString language() const { return m_language; }

    // Whether Qt's own translation for the language was found (Debian: qt6-translations-l10n).
    bool hasQtTranslation() const { return m_qtTranslator != nullptr; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace warden
