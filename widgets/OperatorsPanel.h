#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace warden {

class ActionResultLabel;
class OperatorAccountModel;
class OperatorAdminActions;
class SecretClipboard;
class TotpSecretDialog;

// The Identity page's Operators tab: an admin sees every console operator of a backend (roles, 2FA enrolment,
// lockout, last login, client certificate) and resets one operator's 2FA after confirming it by name with a reason;
// the new secret appears once in a TotpSecretDialog. Operators without the admin role see the tab's controls
// disabled and the reason. Sends nothing itself: everything goes through OperatorAdminActions.
class OperatorsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorsPanel)
public:
    explicit OperatorsPanel(OperatorAdminActions *actions, QWidget *parent = nullptr);
    ~OperatorsPanel() override;

    // Asks the admin to confirm the reset (title, text naming the operator). Replaceable so tests can answer.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    OperatorAccountModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ActionResultLabel *result() const { return m_result; }
    QLabel *refusal() const { return m_refusal; }
    QPushButton *resetButton() const { return m_reset; }
    // The show-once dialog of the last reset while it is open.
    TotpSecretDialog *secretDialog() const;
    QString backend() const;
    // True while the list is being fetched.
    bool isLoading() const { return m_loading; }

    // Shows the operators of this backend (when connected) and reloads.
    void setBackend(const QString &backend);
    void selectUser(const QString &user);
    void setResetReason(const QString &reason);

public slots:
    // Re-reads the backends, whether the operator may administer them and (if so) the operator list.
    void refresh();
    void resetSelected();

signals:
    // The list of the current backend was (re)loaded or failed to load.
    void loaded();

private:
    void updateDetails();
    void updateButtons();
    QString selectedUser() const;

    OperatorAdminActions *m_actions;
    OperatorAccountModel *m_model;
    SecretClipboard *m_clipboard;
    Confirm m_confirm;
    QComboBox *m_backends;
    QPushButton *m_refresh;
    QLabel *m_status;
    QLabel *m_refusal;
    QWidget *m_body;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_details;
    QLineEdit *m_reason;
    QPushButton *m_reset;
    ActionResultLabel *m_result;
    QPointer<TotpSecretDialog> m_secretDialog;
    bool m_loading = false;
    bool m_resetting = false;
    quint64 m_generation = 0; // answers of an older refresh are dropped
};

} // namespace warden
