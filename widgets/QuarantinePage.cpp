#include "QuarantinePage.h"

#include "ActionResultLabel.h"
#include "ApprovalListModel.h"
#include "GovernanceActions.h"
#include "PageHeader.h"
#include "RecordTable.h"
#include "QuarantineListModel.h"
#include "RuleListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace warden {

namespace {

QWidget *section(QWidget *parent, QVBoxLayout **layout)
{
    auto *widget = new QWidget(parent);
    *layout = new QVBoxLayout(widget);
    (*layout)->setContentsMargins(0, 4, 0, 0);
    return widget;
}

} // namespace

QuarantinePage::QuarantinePage(QuarantineListModel *quarantined, ApprovalListModel *approvals, RuleListModel *rules,
                               GovernanceActions *actions, DeviceFinder finder, QWidget *parent)
    : QWidget(parent),
      m_quarantined(quarantined),
      m_approvals(approvals),
      m_rules(rules),
      m_actions(actions),
      m_finder(std::move(finder)),
      m_runDialog([](QuarantineDialog &dialog) { return dialog.exec() == QDialog::Accepted; }),
      m_header(new PageHeader(tr("Quarantine"), this)),
      m_result(new ActionResultLabel(this)),
      m_deviceQuery(new QLineEdit(this)),
      m_quarantine(new QPushButton(tr("Quarantine…"), this)),
      m_quarantinedView(new QTableView(this)),
      m_quarantinedEmpty(new QLabel(tr("No device is quarantined. Devices quarantined by an operator or a rule "
                                       "appear here."), this)),
      m_releaseReason(new QLineEdit(this)),
      m_release(new QPushButton(tr("Release"), this)),
      m_approvalsView(new QTableView(this)),
      m_approvalsEmpty(new QLabel(tr("No approvals are waiting. Actions on safety-critical devices wait here for a "
                                     "second operator."), this)),
      m_decisionReason(new QLineEdit(this)),
      m_approve(new QPushButton(tr("Approve"), this)),
      m_deny(new QPushButton(tr("Deny"), this)),
      m_approvalResult(new ActionResultLabel(this)),
      m_rulesView(new QTableView(this))
{
    m_deviceQuery->setPlaceholderText(tr("Device ids or names, separated by commas"));
    m_deviceQuery->setAccessibleName(tr("Devices to quarantine"));
    m_deviceQuery->setClearButtonEnabled(true);
    m_deviceQuery->setMinimumWidth(320);
    m_header->addControl(m_deviceQuery);
    m_header->addControl(m_quarantine);

    setUpRecordTable(m_quarantinedView, tr("Quarantined devices"));
    m_quarantinedView->setModel(m_quarantined);
    auto *qh = m_quarantinedView->horizontalHeader();
    qh->resizeSection(QuarantineListModel::DeviceColumn, 220);
    qh->resizeSection(QuarantineListModel::ClassColumn, 120);
    qh->resizeSection(QuarantineListModel::LevelColumn, 130);
    qh->resizeSection(QuarantineListModel::SinceColumn, 150);
    qh->resizeSection(QuarantineListModel::ByColumn, 170);
    qh->resizeSection(QuarantineListModel::ReasonColumn, 290);

    setUpRecordTable(m_approvalsView, tr("Approvals waiting"));
    m_approvalsView->setModel(m_approvals);
    auto *ah = m_approvalsView->horizontalHeader();
    ah->resizeSection(ApprovalListModel::KindColumn, 130);
    ah->resizeSection(ApprovalListModel::SummaryColumn, 580);
    ah->resizeSection(ApprovalListModel::RequestedByColumn, 250);

    setUpRecordTable(m_rulesView, tr("Policy rules"));
    m_rulesView->setModel(m_rules);
    auto *rh = m_rulesView->horizontalHeader();
    rh->resizeSection(RuleListModel::NameColumn, 240);
    rh->resizeSection(RuleListModel::EnabledColumn, 80);
    rh->resizeSection(RuleListModel::PriorityColumn, 70);
    rh->resizeSection(RuleListModel::ConditionColumn, 420);
    rh->resizeSection(RuleListModel::ActionColumn, 200);

    QVBoxLayout *l = nullptr;
    QWidget *quarantinedBox = section(this, &l);
    l->addWidget(createSectionTitle(tr("Quarantined devices"), quarantinedBox));
    l->addWidget(m_quarantinedEmpty);
    l->addWidget(m_quarantinedView, 1);
    auto *releaseRow = new QHBoxLayout;
    m_releaseReason->setPlaceholderText(tr("Reason for releasing the selected device (required)"));
    m_releaseReason->setAccessibleName(tr("Reason for releasing"));
    releaseRow->addWidget(m_releaseReason, 1);
    releaseRow->addWidget(m_release);
    l->addLayout(releaseRow);

    QWidget *approvalsBox = section(this, &l);
    l->addWidget(createSectionTitle(tr("Approvals waiting"), approvalsBox));
    auto *explain = new QLabel(tr("Actions on safety-critical devices and large changes wait here until a second, "
                                  "different operator decides. You cannot approve your own requests."),
                               approvalsBox);
    explain->setWordWrap(true);
    explain->setEnabled(false);
    l->addWidget(explain);
    l->addWidget(m_approvalsEmpty);
    l->addWidget(m_approvalsView, 1);
    auto *decisionRow = new QHBoxLayout;
    m_decisionReason->setPlaceholderText(tr("Reason (required to deny, optional to approve)"));
    m_decisionReason->setAccessibleName(tr("Reason for the decision"));
    decisionRow->addWidget(m_decisionReason, 1);
    decisionRow->addWidget(m_approve);
    decisionRow->addWidget(m_deny);
    l->addLayout(decisionRow);
    l->addWidget(m_approvalResult);

    QWidget *rulesBox = section(this, &l);
    l->addWidget(createSectionTitle(tr("Policy rules (read-only)"), rulesBox));
    auto *rulesEmpty = new QLabel(tr("This backend has no policy rules. An administrator adds them."), rulesBox);
    l->addWidget(rulesEmpty);
    l->addWidget(m_rulesView, 1);
    auto showRulesEmpty = [this, rulesEmpty] { rulesEmpty->setVisible(m_rules->rowCount() == 0); };
    connect(m_rules, &QAbstractItemModel::modelReset, rulesEmpty, showRulesEmpty);
    showRulesEmpty();

    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(quarantinedBox);
    body->addWidget(approvalsBox);
    body->addWidget(rulesBox);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_result);
    layout->addWidget(body, 1);

    connect(m_quarantine, &QPushButton::clicked, this, &QuarantinePage::quarantineNamedDevices);
    connect(m_deviceQuery, &QLineEdit::returnPressed, this, &QuarantinePage::quarantineNamedDevices);
    connect(m_deviceQuery, &QLineEdit::textChanged, this, &QuarantinePage::updateButtons);
    connect(m_release, &QPushButton::clicked, this, &QuarantinePage::releaseSelected);
    connect(m_releaseReason, &QLineEdit::textChanged, this, &QuarantinePage::updateButtons);
    connect(m_releaseReason, &QLineEdit::returnPressed, this, &QuarantinePage::releaseSelected);
    connect(m_approve, &QPushButton::clicked, this, &QuarantinePage::approveSelected);
    connect(m_deny, &QPushButton::clicked, this, &QuarantinePage::denySelected);
    connect(m_decisionReason, &QLineEdit::textChanged, this, &QuarantinePage::updateButtons);
    connect(m_quarantinedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuarantinePage::updateButtons);
    connect(m_approvalsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuarantinePage::updateButtons);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_quarantined),
                                      static_cast<QAbstractItemModel *>(m_approvals),
                                      static_cast<QAbstractItemModel *>(m_rules)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &QuarantinePage::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &QuarantinePage::updateButtons);
    }
    updateCounts();
    updateButtons();
}

void QuarantinePage::setDeviceQuery(const QString &idsOrNames)
{
    m_deviceQuery->setText(idsOrNames);
}

void QuarantinePage::setReleaseReason(const QString &reason)
{
    m_releaseReason->setText(reason);
}

void QuarantinePage::setDecisionReason(const QString &reason)
{
    m_decisionReason->setText(reason);
}

int QuarantinePage::selectedRow(const QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void QuarantinePage::updateCounts()
{
    int critical = 0;
    for (int row = 0; row < m_quarantined->rowCount(); ++row)
        critical += m_quarantined->rowAt(row).safetyCritical ? 1 : 0;
    m_header->setSubtitle(tr("%1 quarantined (%2 safety-critical) · approvals waiting: %3 · policy rules: %4")
                              .arg(QLocale().toString(m_quarantined->rowCount()), QLocale().toString(critical),
                                   QLocale().toString(m_approvals->rowCount()), QLocale().toString(m_rules->rowCount())));
    m_quarantinedEmpty->setVisible(m_quarantined->rowCount() == 0);
    m_approvalsEmpty->setVisible(m_approvals->rowCount() == 0);
}

void QuarantinePage::updateButtons()
{
    m_quarantine->setEnabled(!m_deviceQuery->text().trimmed().isEmpty());
    m_release->setEnabled(selectedRow(m_quarantinedView) >= 0 && !m_releaseReason->text().trimmed().isEmpty());
    const int approval = selectedRow(m_approvalsView);
    // One's own requests stay selectable so the backend's refusal can be seen, but approving is not offered first.
    m_approve->setEnabled(approval >= 0);
    m_deny->setEnabled(approval >= 0 && !m_decisionReason->text().trimmed().isEmpty());
    if (approval >= 0 && m_approvals->isOwnRequest(approval))
        m_approve->setToolTip(tr("You requested this: a different operator has to approve it."));
    else
        m_approve->setToolTip({});
}

void QuarantinePage::quarantineNamedDevices()
{
    const QStringList wanted = m_deviceQuery->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                           Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return;
    const QList<QuarantineTarget> found = m_finder ? m_finder(wanted) : QList<QuarantineTarget>();
    if (found.isEmpty()) {
        m_result->showFailed(tr("No device matches %1.").arg(wanted.join(QStringLiteral(", "))));
        return;
    }
    quarantine(found);
}

void QuarantinePage::quarantine(const QList<QuarantineTarget> &devices)
{
    if (devices.isEmpty())
        return;
    QuarantineDialog dialog(devices, this);
    if (!m_runDialog(dialog))
        return;
    const QuarantineLevel level = dialog.level();
    const QString reason = dialog.reason();
    const QDateTime expires = dialog.expires();
    struct Tally {
        int total = 0;
        int done = 0;
        QStringList applied;
        QStringList pending; // "device: approval id"
        QStringList failed;
        qint64 firstEntry = -1;
    };
    auto tally = std::make_shared<Tally>();
    tally->total = int(devices.size());
    m_result->showWorking(tr("Quarantining %1 devices…").arg(tally->total));
    for (const QuarantineTarget &target : devices) {
        const qint64 entry = m_actions->quarantineDevice(
            target.backend, target.deviceId, level, reason, expires, this,
            [this, target, tally](FleetResult<QuarantineOutcome> result) {
                ++tally->done;
                if (!result.ok())
                    tally->failed.append(tr("%1: %2").arg(target.name, result.error().message()));
                else if (result.value().needsApproval())
                    tally->pending.append(tr("%1 (approval %2)").arg(target.name, result.value().approval->id));
                else
                    tally->applied.append(target.name);
                if (tally->done < tally->total)
                    return;
                QStringList parts;
                if (!tally->applied.isEmpty())
                    parts.append(tr("Quarantined: %1.").arg(tally->applied.join(QStringLiteral(", "))));
                if (!tally->pending.isEmpty())
                    parts.append(tr("Pending approval by a second operator: %1.")
                                     .arg(tally->pending.join(QStringLiteral(", "))));
                if (!tally->failed.isEmpty())
                    parts.append(tr("Failed: %1").arg(tally->failed.join(QStringLiteral("; "))));
                const QString text =
                    parts.join(QLatin1Char(' ')) + ActionResultLabel::auditRangeSuffix(tally->firstEntry);
                if (!tally->failed.isEmpty())
                    m_result->showFailed(text);
                else if (!tally->pending.isEmpty())
                    m_result->showPending(text);
                else
                    m_result->showSucceeded(text);
                m_deviceQuery->clear();
            });
        if (tally->firstEntry < 0)
            tally->firstEntry = entry;
    }
}

void QuarantinePage::releaseSelected()
{
    const int row = selectedRow(m_quarantinedView);
    const QString reason = m_releaseReason->text().trimmed();
    if (row < 0 || reason.isEmpty())
        return;
    const QuarantineListModel::Row r = m_quarantined->rowAt(row);
    m_result->showWorking(tr("Releasing %1…").arg(r.deviceName));
    auto entry = std::make_shared<qint64>(-1);
    *entry = m_actions->releaseDevice(r.backend, r.deviceId, reason, this,
                                      [this, r, entry](FleetResult<Device> result) {
        const QString audit = ActionResultLabel::auditSuffix(*entry);
        if (!result.ok()) {
            m_result->showFailed(tr("Releasing %1 failed: %2").arg(r.deviceName, result.error().message()) + audit);
            return;
        }
        m_releaseReason->clear();
        m_result->showSucceeded(tr("%1 released from quarantine.").arg(r.deviceName) + audit);
    });
}

void QuarantinePage::approveSelected()
{
    decide(true);
}

void QuarantinePage::denySelected()
{
    decide(false);
}

void QuarantinePage::decide(bool approve)
{
    const int row = selectedRow(m_approvalsView);
    const QString reason = m_decisionReason->text().trimmed();
    if (row < 0 || (!approve && reason.isEmpty()))
        return;
    const QString backend = m_approvals->backendAt(row);
    const Approval approval = m_approvals->approvalAt(row);
    auto entry = std::make_shared<qint64>(-1);
    auto done = [this, approve, entry, id = approval.id](FleetResult<Approval> result) {
        const QString audit = ActionResultLabel::auditSuffix(*entry);
        if (!result.ok()) {
            // The backend's own words, e.g. self_approval: "you cannot approve your own request".
            m_approvalResult->showFailed((approve ? tr("Approval %1 not approved: %2").arg(id, result.error().message())
                                                  : tr("Approval %1 not denied: %2").arg(id, result.error().message()))
                                         + audit);
            return;
        }
        m_decisionReason->clear();
        m_approvalResult->showSucceeded((approve ? tr("Approval %1 approved; the action has been carried out.").arg(id)
                                                 : tr("Approval %1 denied; nothing was changed.").arg(id))
                                        + audit);
    };
    m_approvalResult->showWorking(approve ? tr("Approving %1…").arg(approval.id) : tr("Denying %1…").arg(approval.id));
    *entry = approve ? m_actions->approveApproval(backend, approval.id, reason, this, std::move(done))
                     : m_actions->denyApproval(backend, approval.id, reason, this, std::move(done));
}

} // namespace warden
