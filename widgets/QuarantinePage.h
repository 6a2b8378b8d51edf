#pragma once

#include "QuarantineDialog.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace warden {

class ActionResultLabel;
class ApprovalListModel;
class GovernanceActions;
class PageHeader;
class QuarantineListModel;
class RuleListModel;

// The Quarantine page: the quarantined devices (level, since, by whom or which rule, why) with release (reason
// required); quarantining more devices through QuarantineDialog; the four-eyes approvals waiting for a decision
// with approve/deny (the backend refuses one's own with self_approval, shown inline); the policy rules, read-only.
// Every action's result is shown inline. Sends nothing itself: actions go through GovernanceActions.
class QuarantinePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantinePage)
public:
    // Finds devices by id or exact name for the quarantine dialog.
    using DeviceFinder = std::function<QList<QuarantineTarget>(const QStringList &idsOrNames)>;
    // Runs the dialog; returns true if accepted. Tests replace it to answer the dialog.
    using DialogRunner = std::function<bool(QuarantineDialog &dialog)>;

    QuarantinePage(QuarantineListModel *quarantined, ApprovalListModel *approvals, RuleListModel *rules,
                   GovernanceActions *actions, DeviceFinder finder, QWidget *parent = nullptr);

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    QTableView *quarantinedView() const { return m_quarantinedView; }
    QTableView *approvalsView() const { return m_approvalsView; }
    QTableView *rulesView() const { return m_rulesView; }
    ActionResultLabel *result() const { return m_result; }
    ActionResultLabel *approvalResult() const { return m_approvalResult; }

    void setDeviceQuery(const QString &idsOrNames);
    void setReleaseReason(const QString &reason);
    void setDecisionReason(const QString &reason);

public slots:
    // Opens QuarantineDialog for the devices named in the search field.
    void quarantineNamedDevices();
    // Opens QuarantineDialog for the given devices (the register can call this too) and sends the request.
    void quarantine(const QList<QuarantineTarget> &devices);
    void releaseSelected();
    void approveSelected();
    void denySelected();

private:
    void updateButtons();
    void updateCounts();
    int selectedRow(const QTableView *view) const;
    void decide(bool approve);

    QuarantineListModel *m_quarantined;
    ApprovalListModel *m_approvals;
    RuleListModel *m_rules;
    GovernanceActions *m_actions;
    DeviceFinder m_finder;
    DialogRunner m_runDialog;
    PageHeader *m_header;
    ActionResultLabel *m_result;
    QLineEdit *m_deviceQuery;
    QPushButton *m_quarantine;
    QTableView *m_quarantinedView;
    QLabel *m_quarantinedEmpty;
    QLineEdit *m_releaseReason;
    QPushButton *m_release;
    QTableView *m_approvalsView;
    QLabel *m_approvalsEmpty;
    QLineEdit *m_decisionReason;
    QPushButton *m_approve;
    QPushButton *m_deny;
    ActionResultLabel *m_approvalResult;
    QTableView *m_rulesView;
};

} // namespace warden
