#pragma once

#include "ShortcutCatalog.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace warden {

// Help → Keyboard shortcuts: a searchable table of the shortcuts it is given (gathered by ShortcutCatalog from the
// live window). The search matches keys, action and area, so "ctrl+5", "quarantine" and "register" all work.
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)
public:
    enum Column { KeysColumn, ActionColumn, AreaColumn, ColumnCount };

    explicit KeyboardShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);

    void setSearchText(const QString &text);
    // Rows shown after the search, in display order.
    int visibleCount() const;
    QString visibleAction(int row) const;

private:
    void updateCount();

    QLineEdit *m_search;
    QLabel *m_count;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
};

} // namespace warden
