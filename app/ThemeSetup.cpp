#include "ThemeSetup.h"

#include "SeverityPalette.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

const QString FusionStyle = u"Fusion"_s;

QStyle *fusion()
{
    return QStyleFactory::create(FusionStyle);
}

} // namespace

ThemeSetup::ThemeSetup(QObject *parent) : QObject(parent), m_systemPalette(QGuiApplication::palette()) {}

QString ThemeSetup::name(Theme theme)
{
    switch (theme) {
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

Result<ThemeSetup::Theme> ThemeSetup::parse(const QString &text)
{
    const QString name = text.trimmed().toLower();
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        if (name == ThemeSetup::name(theme))
            return theme;
    return Result<Theme>::failure(tr("\u201c%1\u201d is not a theme. Use system, light or dark.").arg(text.trimmed()),
                                  u"theme"_s);
}

bool ThemeSetup::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette ThemeSetup::lightPalette()
{
    const std::unique_ptr<QStyle> style(fusion());
    QPalette palette = style ? style->standardPalette() : QPalette();
    // Fusion's link blue and highlight are kept; the meaning blue (#1976D2) is used for selections in both themes.
    palette.setColor(QPalette::Highlight, QColor(0x19, 0x76, 0xD2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette ThemeSetup::darkPalette()
{
    // Greys chosen so body text (#E8EAED on #1E2124) is about 14:1 and secondary text (#9AA0A6) still 6:1.
    const QColor window(0x26, 0x29, 0x2D);
    const QColor base(0x1E, 0x21, 0x24);
    const QColor alternate(0x25, 0x29, 0x2E);
    const QColor text(0xE8, 0xEA, 0xED);
    const QColor disabled(0x80, 0x86, 0x8B);
    const QColor button(0x30, 0x34, 0x39);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x6E, 0x6E));
    palette.setColor(QPalette::Light, QColor(0x44, 0x49, 0x4F));
    palette.setColor(QPalette::Midlight, QColor(0x3A, 0x3F, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x4A, 0x50, 0x57));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1B));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x19, 0x76, 0xD2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x64, 0xB5, 0xF6));
    palette.setColor(QPalette::LinkVisited, QColor(0xBA, 0x8F, 0xE0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3A, 0x3F, 0x45));
    return palette;
}

void ThemeSetup::apply(Theme theme)
{
    m_theme = theme;
    bool dark = false;
    switch (theme) {
    case Theme::Light: break;
    case Theme::Dark: dark = true; break;
    case Theme::System:
        // Qt 6.4 has no colour-scheme hint; the platform palette (KDE, GNOME with a dark Qt theme) and GTK_THEME
        // are what a desktop says about itself.
        dark = isDark(m_systemPalette) || qEnvironmentVariable("GTK_THEME").endsWith(u":dark"_s, Qt::CaseInsensitive);
        break;
    }
    m_dark = dark;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (!app->style() || app->style()->name().compare(FusionStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(fusion());
        const QPalette palette = dark ? darkPalette() : lightPalette();
        // Meaning colours are tinted for readability on dark backgrounds; set before widgets repaint.
        Palette::setBackground(palette.color(QPalette::Base));
        QApplication::setPalette(palette);
    }
    emit themeChanged(dark);
}

Status ThemeSetup::applyFromSettings(const QString &commandLineName)
{
    if (!commandLineName.isEmpty()) {
        const Result<Theme> theme = parse(commandLineName);
        if (!theme)
            return theme.error();
        apply(*theme);
        return Status::success();
    }
    const QString saved = QSettings().value(settingsKey()).toString();
    const Result<Theme> theme = saved.isEmpty() ? Result<Theme>(Theme::System) : parse(saved);
    if (!theme)
        qWarning("warden: ignoring the theme setting: %s", qPrintable(theme.errorMessage()));
    apply(theme ? *theme : Theme::System);
    return Status::success();
}

QMenu *ThemeSetup::addMenu(QMenuBar *menuBar)
{
    auto *view = new QMenu(tr("&View"), menuBar);
    view->setObjectName(u"viewMenu"_s);
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    const QList<std::pair<Theme, QString>> choices = {
        {Theme::System, tr("Follow the &system")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setObjectName(u"theme-"_s + name(theme));
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] {
            QSettings().setValue(settingsKey(), name(theme));
            apply(theme);
        });
    }
    // The View menu goes before Help, where desktop conventions put it.
    QAction *before = nullptr;
    const QList<QAction *> menus = menuBar->actions();
    for (QAction *action : menus)
        if (action->menu() && action->menu()->objectName() == u"helpMenu"_s)
            before = action;
    menuBar->insertMenu(before, view);
    return view;
}

} // namespace warden
