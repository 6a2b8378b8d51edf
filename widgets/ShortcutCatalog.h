#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace warden {

// One keyboard shortcut as the operator sees it: the keys, what they do, and where they work.
struct ShortcutEntry {
    QKeySequence keys;
    QString action; // "Connect to a backend", without mnemonics or ellipses
    QString area;   // a page title, or "Everywhere" for window-wide shortcuts
};

// Gathers the shortcuts a window really registers - its QActions, QShortcuts (described by their whatsThis) and
// buttons with a shortcut - so the Help → Keyboard shortcuts list cannot drift from the code. Not responsible for
// registering shortcuts or for conflicts between them.
namespace ShortcutCatalog {

// areaOf names the part of the window an object lives in (a page title); an empty answer means "Everywhere".
// Sorted by area ("Everywhere" first), then by keys. Shortcuts without a description are listed under their keys.
QList<ShortcutEntry> collect(const QWidget *root, const std::function<QString(const QWidget *)> &areaOf = {});

// "&Connect to a backend…" -> "Connect to a backend"
QString plainText(const QString &text);

} // namespace ShortcutCatalog

} // namespace warden
