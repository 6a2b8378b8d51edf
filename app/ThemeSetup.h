#pragma once

#include "util/Result.h"

#include <QObject>
#include <QPalette>

class QMenu;
class QMenuBar;

namespace warden {

// The console's colours: light, dark, or following the system (decided from the platform's palette at start, and
// GTK_THEME=...:dark). Every choice uses the Fusion style with a full palette, so tables, charts and the topology -
// which paint with palette roles - look the same on every desktop. The choice is the "theme" setting; --theme
// overrides it for one run. Not responsible for the meaning colours (models/SeverityPalette), which stay the same
// in both themes and are made readable on dark backgrounds there.
class ThemeSetup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeSetup)
public:
    enum class Theme { System, Light, Dark };

    explicit ThemeSetup(QObject *parent = nullptr); // remembers the platform's palette: call before apply()

    static QString settingsKey() { return QStringLiteral("theme"); }
    static QString name(Theme theme); // "system", "light", "dark"
    static Result<Theme> parse(const QString &name);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette is a dark one: its window colour is darker than its text.
    static bool isDark(const QPalette &palette);

    // Applies the theme to the application now (style, palette) and remembers it as the current choice.
    void apply(Theme theme);
    // --theme when given (an unknown name is an error), else the setting, else System.
    Status applyFromSettings(const QString &commandLineName);
    Theme theme() const { return m_theme; }
    // Whether what is shown now is dark (for System: whether the system is dark).
    bool dark() const { return m_dark; }

    // View → Theme: System / Light / Dark, exclusive; a choice is applied at once and saved in the settings.
    QMenu *addMenu(QMenuBar *menuBar);

signals:
    void themeChanged(bool dark);

private:
    QPalette m_systemPalette;
    Theme m_theme = Theme::System;
    bool m_dark = false;
};

} // namespace warden
