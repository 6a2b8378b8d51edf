#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace warden {

class DeviceRegisterModel;
class PageHeader;

// The device register: filter bar with the shared filter grammar (completion, clear errors, saved
// filters), a sortable table over the compact register model, and a details panel for the selection.
class RegisterPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)
public:
    explicit RegisterPage(DeviceRegisterModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Applies filter text as if typed; returns false (and shows why) when it does not parse.
    bool applyFilter(const QString &text);
    QString filterError() const;

private:
    void updateCounts();
    void showDetails(const QModelIndex &index);
    void saveCurrentFilter();
    void chooseColumns();
    void restoreHeader();

    DeviceRegisterModel *m_model;
    PageHeader *m_header;
    QLineEdit *m_filter;
    QLabel *m_filterMessage;
    QComboBox *m_savedFilters;
    QToolButton *m_saveFilter;
    QToolButton *m_columns;
    QTableView *m_view;
    QTextBrowser *m_details;
    QLabel *m_busy;
};

} // namespace warden
