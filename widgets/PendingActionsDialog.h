#pragma once

#include <QDialog>

class QPushButton;
class QTableView;
class QLabel;

namespace warden {

class ActionResultLabel;
class PendingActionHandler;
class PendingActionModel;

// Lists the actions kept while a backend was unreachable and lets the operator confirm each one again (sent only
// then, and only once its backend is back) or discard it. Nothing here is sent without a click on a selected entry.
class PendingActionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingActionsDialog)
public:
    PendingActionsDialog(PendingActionModel *model, PendingActionHandler *handler, QWidget *parent = nullptr);

    // Re-evaluates which buttons apply (a backend came back or went away).
    void refreshAvailability();
    QTableView *view() const { return m_view; }
    ActionResultLabel *result() const { return m_result; }

private:
    int selectedRow() const;
    void confirmSelected();
    void discardSelected();

    PendingActionModel *m_model;
    PendingActionHandler *m_handler;
    QTableView *m_view;
    QLabel *m_hint;
    QPushButton *m_confirm;
    QPushButton *m_discard;
    ActionResultLabel *m_result;
};

} // namespace warden
