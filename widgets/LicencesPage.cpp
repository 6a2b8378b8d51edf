#include "LicencesPage.h"

#include "ActionResultLabel.h"
#include "GovernanceActions.h"
#include "LicenceListModel.h"
#include "PageHeader.h"
#include "RecordTable.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace warden {

LicencesPage::LicencesPage(LicenceListModel *pending, LicenceListModel *active, GovernanceActions *actions,
                           QWidget *parent)
    : QWidget(parent),
      m_pending(pending),
      m_active(active),
      m_actions(actions),
      m_header(new PageHeader(tr("Licences"), this)),
      m_result(new ActionResultLabel(this)),
      m_pendingView(new QTableView(this)),
      m_activeView(new QTableView(this)),
      m_requestTitle(new QLabel(this)),
      m_requestDetails(new QLabel(this)),
      m_queueEmpty(new QLabel(tr("No licence requests are waiting. New requests from devices appear here."), this)),
      m_scopeBox(new QWidget(this)),
      m_scopeLayout(new QVBoxLayout(m_scopeBox)),
      m_hasExpiry(new QCheckBox(tr("Expires on"), this)),
      m_expiry(new QDateTimeEdit(QDateTime::currentDateTime().addDays(90), this)),
      m_approve(new QPushButton(tr("Approve selected scopes"), this)),
      m_bulk(new QPushButton(this)),
      m_denyReason(new QLineEdit(this)),
      m_deny(new QPushButton(tr("Deny"), this)),
      m_revokeReason(new QLineEdit(this)),
      m_revoke(new QPushButton(tr("Revoke"), this))
{
    setUpRecordTable(m_pendingView, tr("Licence requests waiting for a decision"), QAbstractItemView::ExtendedSelection);
    m_pendingView->setModel(m_pending);
    m_pendingView->hideColumn(LicenceListModel::ExpiresColumn);
    m_pendingView->hideColumn(LicenceListModel::DecidedByColumn);
    m_pendingView->horizontalHeader()->resizeSection(LicenceListModel::DeviceColumn, 190);
    m_pendingView->horizontalHeader()->resizeSection(LicenceListModel::ClassColumn, 110);
    m_pendingView->horizontalHeader()->resizeSection(LicenceListModel::RiskColumn, 44);
    m_pendingView->horizontalHeader()->resizeSection(LicenceListModel::ScopesColumn, 190);
    m_pendingView->horizontalHeader()->resizeSection(LicenceListModel::ExposesColumn, 235);

    setUpRecordTable(m_activeView, tr("Active licences"));
    m_activeView->setModel(m_active);
    m_activeView->hideColumn(LicenceListModel::ExposesColumn);
    m_activeView->hideColumn(LicenceListModel::RiskColumn);
    m_activeView->horizontalHeader()->resizeSection(LicenceListModel::DeviceColumn, 230);
    m_activeView->horizontalHeader()->resizeSection(LicenceListModel::ClassColumn, 120);
    m_activeView->horizontalHeader()->resizeSection(LicenceListModel::ScopesColumn, 260);
    m_activeView->horizontalHeader()->resizeSection(LicenceListModel::RequestedColumn, 140);
    m_activeView->horizontalHeader()->resizeSection(LicenceListModel::ExpiresColumn, 260);

    // The decision panel on the right of the queue.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 0, 0, 0);
    QFont titleFont = m_requestTitle->font();
    titleFont.setBold(true);
    m_requestTitle->setFont(titleFont);
    m_requestTitle->setWordWrap(true);
    m_requestDetails->setWordWrap(true);
    m_requestDetails->setTextFormat(Qt::RichText);
    panelLayout->addWidget(m_requestTitle);
    panelLayout->addWidget(m_requestDetails);
    auto *scopeGroup = new QGroupBox(tr("Grant these scopes"), panel);
    auto *scopeGroupLayout = new QVBoxLayout(scopeGroup);
    m_scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeGroupLayout->addWidget(m_scopeBox);
    panelLayout->addWidget(scopeGroup);
    auto *expiryRow = new QHBoxLayout;
    m_hasExpiry->setAccessibleName(tr("Set an expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setEnabled(false);
    m_expiry->setAccessibleName(tr("Licence expiry"));
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expiry, 1);
    panelLayout->addLayout(expiryRow);
    m_approve->setDefault(true);
    panelLayout->addWidget(m_approve);
    m_bulk->setAccessibleName(tr("Approve identical low-risk requests together"));
    panelLayout->addWidget(m_bulk);
    auto *denyRow = new QHBoxLayout;
    m_denyReason->setPlaceholderText(tr("Reason for denying (required)"));
    m_denyReason->setAccessibleName(tr("Reason for denying"));
    denyRow->addWidget(m_denyReason, 1);
    denyRow->addWidget(m_deny);
    panelLayout->addLayout(denyRow);
    panelLayout->addStretch();

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(createSectionTitle(tr("Waiting for a decision"), queue));
    queueLayout->addWidget(m_queueEmpty);
    auto *queueSplitter = new QSplitter(Qt::Horizontal, queue);
    queueSplitter->addWidget(m_pendingView);
    queueSplitter->addWidget(panel);
    queueSplitter->setStretchFactor(0, 3);
    queueSplitter->setStretchFactor(1, 1);
    queueSplitter->setSizes({900, 340});
    queueLayout->addWidget(queueSplitter, 1);

    auto *activeBox = new QWidget(this);
    auto *activeLayout = new QVBoxLayout(activeBox);
    activeLayout->setContentsMargins(0, 0, 0, 0);
    activeLayout->addWidget(createSectionTitle(tr("Active licences"), activeBox));
    auto *legend = new QLabel(tr("Licences expiring within %1 days are highlighted.")
                                  .arg(LicenceListModel::ExpiryWarningDays),
                              activeBox);
    legend->setEnabled(false);
    activeLayout->addWidget(legend);
    activeLayout->addWidget(m_activeView, 1);
    auto *revokeRow = new QHBoxLayout;
    m_revokeReason->setPlaceholderText(tr("Reason for revoking the selected licence (required)"));
    m_revokeReason->setAccessibleName(tr("Reason for revoking"));
    revokeRow->addWidget(m_revokeReason, 1);
    revokeRow->addWidget(m_revoke);
    activeLayout->addLayout(revokeRow);

    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(queue);
    body->addWidget(activeBox);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_result);
    layout->addWidget(body, 1);

    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_approve, &QPushButton::clicked, this, &LicencesPage::approveSelected);
    connect(m_bulk, &QPushButton::clicked, this, &LicencesPage::approveBulk);
    connect(m_deny, &QPushButton::clicked, this, &LicencesPage::denySelected);
    connect(m_denyReason, &QLineEdit::returnPressed, this, &LicencesPage::denySelected);
    connect(m_revoke, &QPushButton::clicked, this, &LicencesPage::revokeSelected);
    connect(m_revokeReason, &QLineEdit::returnPressed, this, &LicencesPage::revokeSelected);
    connect(m_denyReason, &QLineEdit::textChanged, this, &LicencesPage::updateButtons);
    connect(m_revokeReason, &QLineEdit::textChanged, this, &LicencesPage::updateButtons);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LicencesPage::showRequest);
    connect(m_activeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicencesPage::updateButtons);
    // Reloads reset the models; the operator's selection follows the licences, not the row numbers.
    for (QTableView *view : {m_pendingView, m_activeView}) {
        auto *model = static_cast<LicenceListModel *>(view->model());
        auto remembered = std::make_shared<QList<std::pair<QString, QString>>>();
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [view, model, remembered] {
            remembered->clear();
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            for (const QModelIndex &index : rows)
                remembered->append({index.data(LicenceListModel::BackendRole).toString(),
                                    index.data(LicenceListModel::LicenceIdRole).toString()});
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this, view, model, remembered] {
            QItemSelection selection;
            for (const auto &[backend, id] : std::as_const(*remembered)) {
                const int row = model->rowOfLicence(backend, id);
                if (row >= 0)
                    selection.select(model->index(row, 0), model->index(row, LicenceListModel::ColumnCount - 1));
            }
            // The queue always has a request in the decision panel when there is one.
            if (selection.isEmpty() && view == m_pendingView && model->rowCount() > 0)
                selection.select(model->index(0, 0), model->index(0, LicenceListModel::ColumnCount - 1));
            if (!selection.isEmpty()) {
                view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
                view->selectionModel()->setCurrentIndex(selection.indexes().constFirst(), QItemSelectionModel::NoUpdate);
            }
            updateCounts();
            showRequest();
        });
    }
    // The queue always has a request in the decision panel when there is one.
    if (m_pending->rowCount() > 0)
        m_pendingView->selectRow(0);
    updateCounts();
    showRequest();
}

int LicencesPage::currentPendingRow() const
{
    const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex current = m_pendingView->currentIndex();
    if (current.isValid() && m_pendingView->selectionModel()->isRowSelected(current.row()))
        return current.row();
    return rows.first().row();
}

int LicencesPage::currentActiveRow() const
{
    const QModelIndexList rows = m_activeView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LicencesPage::updateCounts()
{
    int expiring = 0;
    for (int row = 0; row < m_active->rowCount(); ++row)
        expiring += m_active->isExpiringSoon(row) ? 1 : 0;
    m_header->setSubtitle(tr("%1 waiting for a decision · %2 active · %3 expiring within %4 days")
                              .arg(QLocale().toString(m_pending->rowCount()), QLocale().toString(m_active->rowCount()),
                                   QLocale().toString(expiring), QString::number(LicenceListModel::ExpiryWarningDays)));
    m_queueEmpty->setVisible(m_pending->rowCount() == 0);
}

void LicencesPage::showRequest()
{
    qDeleteAll(m_scopeChecks);
    m_scopeChecks.clear();
    const int row = currentPendingRow();
    if (row < 0) {
        m_requestTitle->setText(m_pending->rowCount() > 0 ? tr("Select a request to decide on it.")
                                                          : tr("Nothing to decide."));
        m_requestDetails->clear();
        updateButtons();
        return;
    }
    const LicenceListModel::Row &r = m_pending->rowAt(row);
    m_requestTitle->setText(r.licence.requestedScopes.size() == 1
                                ? tr("%1 asks for one scope").arg(r.device.name)
                                : tr("%1 asks for %2 scopes").arg(r.device.name,
                                                                  QString::number(r.licence.requestedScopes.size())));
    QStringList details;
    details.append(tr("Device %1 · %2 · risk %3").arg(r.licence.deviceId.toHtmlEscaped(),
                                                       r.device.deviceClass.toHtmlEscaped(),
                                                       QString::number(r.device.riskScore)));
    if (r.device.safetyCritical)
        details.append(tr("<b>Safety-critical device.</b>"));
    QStringList sensitive;
    for (const QString &scope : r.newlyExposed)
        if (LicenceListModel::isSensitiveScope(scope))
            sensitive.append(scope.toHtmlEscaped());
    if (!sensitive.isEmpty())
        details.append(tr("<span style=\"color:#b3261e\"><b>Approving newly exposes sensitive scopes:</b> %1</span>")
                           .arg(sensitive.join(QStringLiteral(", "))));
    else if (r.newlyExposed.isEmpty())
        details.append(tr("Every requested scope is already granted by an active licence."));
    m_requestDetails->setText(details.join(QStringLiteral("<br>")));
    for (const QString &scope : r.licence.requestedScopes) {
        const bool isSensitive = LicenceListModel::isSensitiveScope(scope);
        auto *check = new QCheckBox(isSensitive ? tr("%1 (sensitive)").arg(scope) : scope, m_scopeBox);
        check->setProperty("scope", scope);
        // Sensitive scopes start unticked: the operator grants them on purpose, not by default.
        check->setChecked(!isSensitive);
        connect(check, &QCheckBox::toggled, this, &LicencesPage::updateButtons);
        m_scopeLayout->addWidget(check);
        m_scopeChecks.append(check);
    }
    updateButtons();
}

QStringList LicencesPage::chosenScopes() const
{
    QStringList scopes;
    for (const QCheckBox *check : m_scopeChecks)
        if (check->isChecked())
            scopes.append(check->property("scope").toString());
    return scopes;
}

void LicencesPage::setDenyReason(const QString &reason)
{
    m_denyReason->setText(reason);
}

void LicencesPage::setRevokeReason(const QString &reason)
{
    m_revokeReason->setText(reason);
}

void LicencesPage::setExpiry(const QDateTime &expires)
{
    m_hasExpiry->setChecked(expires.isValid());
    if (expires.isValid())
        m_expiry->setDateTime(expires.toLocalTime());
}

QList<int> LicencesPage::bulkApprovableRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_pendingView->selectionModel()->selectedRows();
    if (selected.size() < 2)
        return {};
    QSet<QString> first;
    for (const QModelIndex &index : selected) {
        const int row = index.row();
        if (!m_pending->isLowRisk(row))
            return {};
        const QStringList &scopes = m_pending->rowAt(row).licence.requestedScopes;
        const QSet<QString> set(scopes.cbegin(), scopes.cend());
        if (rows.isEmpty())
            first = set;
        else if (set != first)
            return {};
        rows.append(row);
    }
    return rows;
}

void LicencesPage::updateButtons()
{
    const bool onePending = currentPendingRow() >= 0;
    m_approve->setEnabled(onePending && !chosenScopes().isEmpty());
    m_deny->setEnabled(onePending && !m_denyReason->text().trimmed().isEmpty());
    m_revoke->setEnabled(currentActiveRow() >= 0 && !m_revokeReason->text().trimmed().isEmpty());
    const QList<int> bulk = bulkApprovableRows();
    m_bulk->setText(bulk.isEmpty() ? tr("Approve identical low-risk requests")
                                   : tr("Approve %1 identical low-risk requests").arg(bulk.size()));
    m_bulk->setEnabled(!bulk.isEmpty());
    m_bulk->setToolTip(tr("Select several requests with the same scopes from low-risk, non-safety-critical devices "
                          "that expose nothing sensitive."));
}

void LicencesPage::approveSelected()
{
    const int row = currentPendingRow();
    const QStringList scopes = chosenScopes();
    if (row < 0 || scopes.isEmpty())
        return;
    const LicenceListModel::Row r = m_pending->rowAt(row);
    const QDateTime expires = m_hasExpiry->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime();
    m_result->showWorking(tr("Approving licence %1 for %2…").arg(r.licence.id, r.device.name));
    // Answers always come later, so the entry is known by then.
    auto entry = std::make_shared<qint64>(-1);
    *entry = m_actions->approveLicence(
        r.backend, r.licence.id, scopes, expires, this, [this, r, entry](FleetResult<Licence> result) {
            const QString audit = ActionResultLabel::auditSuffix(*entry);
            if (!result.ok()) {
                m_result->showFailed(tr("Approving licence %1 failed: %2").arg(r.licence.id, result.error().message())
                                     + audit);
                return;
            }
            m_result->showSucceeded(tr("Licence %1 for %2 is active: %3.")
                                        .arg(result.value().id, r.device.name,
                                             result.value().grantedScopes.join(QStringLiteral(", ")))
                                    + audit);
        });
}

void LicencesPage::approveBulk()
{
    const QList<int> rows = bulkApprovableRows();
    if (rows.isEmpty())
        return;
    const QDateTime expires = m_hasExpiry->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime();
    struct Tally {
        int total = 0;
        int done = 0;
        QStringList failures;
        qint64 firstEntry = -1;
    };
    auto tally = std::make_shared<Tally>();
    tally->total = int(rows.size());
    m_result->showWorking(tr("Approving %1 licence requests…").arg(tally->total));
    for (int row : rows) {
        const LicenceListModel::Row r = m_pending->rowAt(row);
        const qint64 entry = m_actions->approveLicence(r.backend, r.licence.id, r.licence.requestedScopes, expires,
                                                       this,
                                  [this, r, tally](FleetResult<Licence> result) {
                                      ++tally->done;
                                      if (!result.ok())
                                          tally->failures.append(tr("%1: %2").arg(r.licence.id, result.error().message()));
                                      if (tally->done < tally->total)
                                          return;
                                      const int approved = tally->total - int(tally->failures.size());
                                      const QString audit = ActionResultLabel::auditRangeSuffix(tally->firstEntry);
                                      if (tally->failures.isEmpty())
                                          m_result->showSucceeded(tr("Approved %1 licence requests.").arg(approved)
                                                                  + audit);
                                      else
                                          m_result->showFailed(tr("Approved %1 of %2 licence requests. Failed: %3")
                                                                   .arg(QString::number(approved),
                                                                        QString::number(tally->total),
                                                                        tally->failures.join(QStringLiteral("; ")))
                                                               + audit);
                                  });
        if (tally->firstEntry < 0)
            tally->firstEntry = entry;
    }
}

void LicencesPage::denySelected()
{
    const int row = currentPendingRow();
    const QString reason = m_denyReason->text().trimmed();
    if (row < 0 || reason.isEmpty())
        return;
    const LicenceListModel::Row r = m_pending->rowAt(row);
    m_result->showWorking(tr("Denying licence %1 for %2…").arg(r.licence.id, r.device.name));
    auto entry = std::make_shared<qint64>(-1);
    *entry = m_actions->denyLicence(r.backend, r.licence.id, reason, this,
                                    [this, r, entry](FleetResult<Licence> result) {
        const QString audit = ActionResultLabel::auditSuffix(*entry);
        if (!result.ok()) {
            m_result->showFailed(tr("Denying licence %1 failed: %2").arg(r.licence.id, result.error().message())
                                 + audit);
            return;
        }
        m_denyReason->clear();
        m_result->showSucceeded(tr("Licence request %1 for %2 denied.").arg(result.value().id, r.device.name)
                                + audit);
    });
}

void LicencesPage::revokeSelected()
{
    const int row = currentActiveRow();
    const QString reason = m_revokeReason->text().trimmed();
    if (row < 0 || reason.isEmpty())
        return;
    const LicenceListModel::Row r = m_active->rowAt(row);
    m_result->showWorking(tr("Revoking licence %1 of %2…").arg(r.licence.id, r.device.name));
    auto entry = std::make_shared<qint64>(-1);
    *entry = m_actions->revokeLicence(r.backend, r.licence.id, reason, this,
                                      [this, r, entry](FleetResult<Licence> result) {
        const QString audit = ActionResultLabel::auditSuffix(*entry);
        if (!result.ok()) {
            m_result->showFailed(tr("Revoking licence %1 failed: %2").arg(r.licence.id, result.error().message())
                                 + audit);
            return;
        }
        m_revokeReason->clear();
        m_result->showSucceeded(tr("Licence %1 of %2 revoked.").arg(result.value().id, r.device.name) + audit);
    });
}

} // namespace warden
