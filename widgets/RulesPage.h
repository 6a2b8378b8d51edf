#pragma once

#include "domain/Rule.h"
#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"
#include "rules/DryRunRange.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace warden {

class ActionResultLabel;
class DryRunHitModel;
class PageHeader;
class RuleActions;
class RuleListModel;

// The Rules page: the backends' policy rules (evaluation order, name, enabled, priority, condition, action, author),
// listed by default in the order the backend runs them (any column sorts), and an editor for one rule — condition in the rule grammar, checked as it is typed with the error underlined at its position;
// action (quarantine at a level, revoke licences, raise the incident's severity, notify); priority; enabled. A dry
// run shows, before anything is saved, exactly which devices the rule would have hit in the stored history and when,
// over a range the operator picks (last hour, 24 h, 7 days, custom from–to, everything cached; capped, and the
// summary says what was covered).
// Save and delete show the backend's answer inline (only admins may change rules; an operator sees the refusal
// plainly and may sign in as an admin for rule changes). Sends nothing itself: everything goes through RuleActions.
class RulesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)
public:
    // Asks before deleting; returns true to go ahead. Tests replace it to answer.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;

    RulesPage(RuleListModel *rules, RuleActions *actions, QWidget *parent = nullptr);

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // The rule as the editor describes it now (id empty for a new rule).
    Rule editedRule() const;
    QString editedBackend() const;
    // Loads a rule into the editor (a rule with an empty id starts a new one).
    void editRule(const QString &backend, const Rule &rule);

    QTableView *rulesView() const { return m_rulesView; }
    // The rules as the list shows them (sorted); rows map to RuleListModel through mapToSource.
    QSortFilterProxyModel *sortedRules() const { return m_sortedRules; }
    QComboBox *rangeBox() const { return m_range; }
    QDateTimeEdit *rangeFromEdit() const { return m_rangeFrom; }
    QDateTimeEdit *rangeToEdit() const { return m_rangeTo; }
    // The dry-run range the picker describes now.
    DryRunRange dryRunRange() const;
    void setDryRunRange(const DryRunRange &range);
    QTableView *hitsView() const { return m_hitsView; }
    DryRunHitModel *hits() const { return m_hits; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *conditionEdit() const { return m_condition; }
    QLabel *conditionError() const { return m_conditionError; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *levelBox() const { return m_level; }
    QSpinBox *priorityBox() const { return m_priority; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *dryRunSummary() const { return m_summary; }
    QLabel *roleNote() const { return m_roleNote; }
    ActionResultLabel *result() const { return m_result; }
    // Error offset of the condition as the editor shows it (-1: the condition is valid).
    int conditionErrorPosition() const { return m_errorPosition; }

public slots:
    void newRule();
    void dryRun();
    void save();
    void deleteRule();
    // Signs in with the demo admin account where the backend offers one, else asks for an account.
    void signInForRules();
    // Re-reads backends and roles (a backend connected, a sign-in happened).
    void refreshBackends();

private:
    void loadSelectedRule();
    void checkCondition();
    void updateButtons();
    void updateRoleNote();
    void updateCounts();
    void showDryRunStale();
    void updateRangeEdits();
    void askForAccount(const QString &backend);
    void signedIn(const QString &backend, const FleetResult<LoginSession> &login);
    // Marks the page busy (buttons off until the reply) and says what is under way.
    void begin(const QString &working);

    RuleListModel *m_rules;
    QSortFilterProxyModel *m_sortedRules;
    RuleActions *m_actions;
    DryRunHitModel *m_hits;
    Confirmer m_confirm;
    QString m_editingId;
    QString m_editingBackend;
    QString m_createdBy;
    int m_errorPosition = -1;
    bool m_busy = false; // a request of this page is on its way; cleared in its reply

    PageHeader *m_header;
    QPushButton *m_new;
    QPushButton *m_signIn;
    QLabel *m_roleNote;
    ActionResultLabel *m_result;
    QTableView *m_rulesView;
    QLabel *m_rulesEmpty;
    QLabel *m_editorTitle;
    QComboBox *m_backend;
    QLabel *m_backendLabel;
    QLineEdit *m_name;
    QPlainTextEdit *m_condition;
    QComboBox *m_addTerm;
    QLabel *m_conditionError;
    QComboBox *m_action;
    QComboBox *m_level;
    QSpinBox *m_priority;
    QCheckBox *m_enabled;
    QPushButton *m_dryRun;
    QPushButton *m_save;
    QPushButton *m_delete;
    QComboBox *m_range;
    QDateTimeEdit *m_rangeFrom;
    QDateTimeEdit *m_rangeTo;
    QLabel *m_summary;
    QTableView *m_hitsView;
};

} // namespace warden
