#pragma once

#include <QAbstractItemView>

class QLabel;
class QString;
class QTableView;
class QWidget;

namespace warden {

// The look every page's read-only record table shares (UI.md "Tables"): whole-row selection, alternating rows, no
// row numbers, no in-place editing, and fixed row heights so a big model is never measured row by row. One place,
// so the pages cannot drift apart.
void setUpRecordTable(QTableView *view, const QString &accessibleName,
                      QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

// A bold heading above a table inside a page section.
QLabel *createSectionTitle(const QString &text, QWidget *parent);

} // namespace warden
