#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace warden {

class ActionResultLabel;
class GovernanceActions;
class LicenceListModel;
class PageHeader;

// The Licences page: the queue of licence requests waiting for a decision (device, requested scopes, device risk,
// what approving would newly expose) with approve (chosen scopes, optional expiry), deny (reason required) and bulk
// approve of identical low-risk requests; below it the active licences with expiry warnings and revoke (reason
// required). Every action's result is shown inline. Sends nothing itself: actions go through GovernanceActions.
class LicencesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicencesPage)
public:
    LicencesPage(LicenceListModel *pending, LicenceListModel *active, GovernanceActions *actions,
                 QWidget *parent = nullptr);

    QTableView *pendingView() const { return m_pendingView; }
    QTableView *activeView() const { return m_activeView; }
    ActionResultLabel *result() const { return m_result; }

    // The decision panel's state, for tests and keyboard users.
    QStringList chosenScopes() const;
    void setDenyReason(const QString &reason);
    void setRevokeReason(const QString &reason);
    void setExpiry(const QDateTime &expires); // invalid = no expiry
    // Selected pending rows that can be approved together (identical scopes, all low risk); empty if not allowed.
    QList<int> bulkApprovableRows() const;

public slots:
    void approveSelected();
    void denySelected();
    void revokeSelected();
    void approveBulk();

private:
    void showRequest();
    void updateButtons();
    void updateCounts();
    int currentPendingRow() const;
    int currentActiveRow() const;

    LicenceListModel *m_pending;
    LicenceListModel *m_active;
    GovernanceActions *m_actions;
    PageHeader *m_header;
    ActionResultLabel *m_result;
    QTableView *m_pendingView;
    QTableView *m_activeView;
    QLabel *m_requestTitle;
    QLabel *m_requestDetails;
    QLabel *m_queueEmpty;
    QWidget *m_scopeBox;
    QVBoxLayout *m_scopeLayout;
    QList<QCheckBox *> m_scopeChecks;
    QCheckBox *m_hasExpiry;
    QDateTimeEdit *m_expiry;
    QPushButton *m_approve;
    QPushButton *m_bulk;
    QLineEdit *m_denyReason;
    QPushButton *m_deny;
    QLineEdit *m_revokeReason;
    QPushButton *m_revoke;
};

} // namespace warden
