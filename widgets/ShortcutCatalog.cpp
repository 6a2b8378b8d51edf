#include "ShortcutCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QShortcut>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden::ShortcutCatalog {

namespace {

QString everywhere()
{
    return QCoreApplication::translate("ShortcutCatalog", "Everywhere");
}

// The widget an action is used from: its first associated widget that is not a menu (menus are everywhere).
const QWidget *widgetOf(const QAction *action)
{
    const QObjectList objects = action->associatedObjects();
    for (const QObject *object : objects) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (widget && !widget->inherits("QMenu") && !widget->inherits("QMenuBar"))
            return widget;
    }
    return qobject_cast<const QWidget *>(action->parent());
}

QString areaFor(const QWidget *widget, const std::function<QString(const QWidget *)> &areaOf)
{
    const QString area = (areaOf && widget) ? areaOf(widget) : QString();
    return area.isEmpty() ? everywhere() : area;
}

void add(QList<ShortcutEntry> &entries, const QKeySequence &keys, const QString &text, const QString &area)
{
    if (keys.isEmpty())
        return;
    const QString action = text.isEmpty() ? keys.toString(QKeySequence::NativeText) : plainText(text);
    const bool known = std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutEntry &entry) {
        return entry.keys == keys && entry.action == action && entry.area == area;
    });
    if (!known)
        entries.append({keys, action, area});
}

} // namespace

QString plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            // "&&" is a literal ampersand; a single one marks the mnemonic.
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                plain.append(text.at(++i));
            continue;
        }
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    if (plain.endsWith(u'\u2026'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_s))
        plain.chop(3);
    return plain.trimmed();
}

QList<ShortcutEntry> collect(const QWidget *root, const std::function<QString(const QWidget *)> &areaOf)
{
    QList<ShortcutEntry> entries;
    if (!root)
        return entries;

    QList<QAction *> actions = root->findChildren<QAction *>();
    actions.append(root->actions());
    for (const QAction *action : std::as_const(actions)) {
        const QString text = action->text().isEmpty() ? action->toolTip() : action->text();
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &keys : shortcuts)
            add(entries, keys, text, areaFor(widgetOf(action), areaOf));
    }

    const QList<QShortcut *> shortcuts = root->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        const QString text = shortcut->whatsThis();
        const QList<QKeySequence> keys = shortcut->keys();
        for (const QKeySequence &sequence : keys)
            add(entries, sequence, text, areaFor(qobject_cast<const QWidget *>(shortcut->parent()), areaOf));
    }

    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        QString text = button->accessibleName();
        if (text.isEmpty())
            text = button->toolTip();
        if (text.isEmpty())
            text = button->text();
        add(entries, button->shortcut(), text, areaFor(button, areaOf));
    }

    const QString first = everywhere();
    std::stable_sort(entries.begin(), entries.end(), [&first](const ShortcutEntry &a, const ShortcutEntry &b) {
        if ((a.area == first) != (b.area == first))
            return a.area == first;
        if (a.area != b.area)
            return a.area.localeAwareCompare(b.area) < 0;
        return a.keys.toString(QKeySequence::PortableText) < b.keys.toString(QKeySequence::PortableText);
    });
    return entries;
}

} // namespace warden::ShortcutCatalog
