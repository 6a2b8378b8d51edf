#include "OperatorsPanel.h"

#include "ActionResultLabel.h"
#include "OperatorAccountModel.h"
#include "OperatorAdminActions.h"
#include "RecordTable.h"
#include "SecretClipboard.h"
#include "TotpSecretDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

OperatorsPanel::OperatorsPanel(OperatorAdminActions *actions, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_model(new OperatorAccountModel(this)),
      // Owned here, not by the dialog: a copy made just before the dialog closes is still cleared after 30 s.
      m_clipboard(new SecretClipboard(this)),
      m_backends(new QComboBox(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)),
      m_status(new QLabel(this)),
      m_refusal(new QLabel(this)),
      m_body(new QWidget(this)),
      m_view(new QTableView(m_body)),
      m_title(new QLabel(m_body)),
      m_details(new QLabel(m_body)),
      m_reason(new QLineEdit(m_body)),
      m_reset(new QPushButton(tr("Reset 2FA…"), m_body)),
      m_result(new ActionResultLabel(this))
{
    m_backends->setAccessibleName(tr("Backend whose operators are shown"));
    m_refresh->setAccessibleName(tr("Reload the operator list"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_backends);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);

    m_refusal->setWordWrap(true);
    m_refusal->setAccessibleName(tr("Why operator administration is not available"));
    m_refusal->setStyleSheet(u"QLabel { background: #FFF3E0; color: #5D4037; border: 1px solid #F57C00;"
                             " border-radius: 4px; padding: 8px; }"_s);
    m_refusal->hide();

    m_view->setModel(m_model);
    setUpRecordTable(m_view, tr("Console operators"));
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(OperatorAccountModel::UserColumn, 120);
    header->resizeSection(OperatorAccountModel::RolesColumn, 110);
    header->resizeSection(OperatorAccountModel::TwoFactorColumn, 100);
    header->resizeSection(OperatorAccountModel::LockColumn, 150);
    header->resizeSection(OperatorAccountModel::LastLoginColumn, 110);

    auto *panel = new QWidget(m_body);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_reason->setPlaceholderText(tr("Reason for the reset (required, e.g. a ticket)"));
    m_reason->setAccessibleName(tr("Reason for resetting 2FA"));
    m_reset->setAccessibleName(tr("Reset the selected operator's two-factor authentication"));
    auto *hint = new QLabel(tr("A reset gives the operator a new TOTP secret, shown to you once; their old codes stop "
                               "working, their open sessions end and a lockout is lifted."),
                            panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_details);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_reason);
    panelLayout->addWidget(m_reset, 0, Qt::AlignLeft);
    panelLayout->addWidget(hint);
    panelLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, m_body);
    splitter->addWidget(m_view);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 330});
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_refusal);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_result);

    connect(m_backends, &QComboBox::activated, this, &OperatorsPanel::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &OperatorsPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsPanel::updateDetails);
    connect(m_reason, &QLineEdit::textChanged, this, &OperatorsPanel::updateButtons);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsPanel::resetSelected);
    updateDetails();
}

OperatorsPanel::~OperatorsPanel() = default;

TotpSecretDialog *OperatorsPanel::secretDialog() const
{
    return m_secretDialog.data();
}

QString OperatorsPanel::backend() const
{
    return m_backends->currentText();
}

void OperatorsPanel::refresh()
{
    const QString current = backend();
    const QStringList backends = m_actions->operatorBackends();
    QStringList shown;
    for (int i = 0; i < m_backends->count(); ++i)
        shown.append(m_backends->itemText(i));
    if (backends != shown) {
        m_backends->clear();
        m_backends->addItems(backends);
        m_backends->setCurrentIndex(std::max(0, int(backends.indexOf(current))));
    }
    m_backends->setVisible(backends.size() > 1);

    const quint64 generation = ++m_generation;
    const QString name = backend();
    const QString refusal = name.isEmpty() ? tr("No backend is connected. Operators are listed once you are logged "
                                                "in to a backend as an administrator.")
                                           : m_actions->operatorAdminRefusal(name);
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
    m_body->setEnabled(refusal.isEmpty());
    m_refresh->setEnabled(refusal.isEmpty());
    if (!refusal.isEmpty()) {
        m_model->setAccounts({});
        m_status->clear();
        m_loading = false;
        updateDetails();
        emit loaded();
        return;
    }
    m_loading = true;
    m_status->setText(tr("Loading the operators of %1…").arg(name));
    m_actions->listOperators(name, this, [this, generation, name](FleetResult<QList<OperatorAccount>> result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result) {
            m_status->setText(tr("Could not list the operators of %1: %2").arg(name, result.error().message()));
        } else {
            const QString selected = selectedUser();
            m_model->setNow({});
            m_model->setAccounts(result.value());
            m_status->setText(tr("Operators on %1: %2 · as of %3")
                                  .arg(name, QLocale().toString(result->size()),
                                       QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            selectUser(selected.isEmpty() && m_model->rowCount() > 0 ? m_model->accountAt(0).user : selected);
        }
        updateDetails();
        emit loaded();
    });
}

void OperatorsPanel::setBackend(const QString &backend)
{
    refresh(); // brings the list of backends up to date
    const int index = m_backends->findText(backend);
    if (index >= 0 && index != m_backends->currentIndex()) {
        m_backends->setCurrentIndex(index);
        refresh();
    }
}

QString OperatorsPanel::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->accountAt(rows.constFirst().row()).user;
}

void OperatorsPanel::selectUser(const QString &user)
{
    const int row = m_model->rowOfUser(user);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
}

void OperatorsPanel::setResetReason(const QString &reason)
{
    m_reason->setText(reason);
}

void OperatorsPanel::updateDetails()
{
    const QString user = selectedUser();
    const int row = m_model->rowOfUser(user);
    if (row < 0) {
        m_title->setText(m_model->rowCount() > 0 ? tr("Select an operator") : QString());
        m_details->clear();
    } else {
        const OperatorAccount &account = m_model->accountAt(row);
        const auto cell = [this, row](int column) {
            return m_model->index(row, column).data().toString().toHtmlEscaped();
        };
        m_title->setText(account.user);
        m_details->setText(tr("<table cellspacing='3'>"
                              "<tr><td>Roles</td><td>%1</td></tr>"
                              "<tr><td>Two-factor</td><td>%2</td></tr>"
                              "<tr><td>Lockout</td><td>%3</td></tr>"
                              "<tr><td>Last login</td><td>%4</td></tr>"
                              "<tr><td>Client certificate</td><td>%5</td></tr></table>")
                               .arg(cell(OperatorAccountModel::RolesColumn), cell(OperatorAccountModel::TwoFactorColumn),
                                    cell(OperatorAccountModel::LockColumn),
                                    cell(OperatorAccountModel::LastLoginColumn),
                                    cell(OperatorAccountModel::CertificateColumn)));
    }
    updateButtons();
}

void OperatorsPanel::updateButtons()
{
    m_reset->setEnabled(!m_resetting && !selectedUser().isEmpty() && !m_reason->text().trimmed().isEmpty());
}

void OperatorsPanel::resetSelected()
{
    const QString user = selectedUser();
    const QString reason = m_reason->text().trimmed();
    const QString name = backend();
    if (user.isEmpty() || reason.isEmpty() || m_resetting)
        return;
    const QString title = tr("Reset 2FA of %1").arg(user);
    const QString text = tr("Reset the two-factor authentication of %1 on %2?\n\n"
                            "%1's authenticator codes stop working at once and every open session of %1 ends. You "
                            "will see the new secret once and must hand it to %1 over a trusted channel.\n\n"
                            "Reason: %3")
                             .arg(user, name, reason);
    const bool confirmed = m_confirm ? m_confirm(title, text) : [&] {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
        QPushButton *yes = box.addButton(tr("Reset 2FA of %1").arg(user), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yes;
    }();
    if (!confirmed)
        return;
    m_resetting = true;
    updateButtons();
    m_result->showWorking(tr("Resetting the 2FA of %1 on %2…").arg(user, name));
    m_actions->resetOperatorTotp(name, user, reason, this, [this, name, user](FleetResult<TotpReset> result) {
        m_resetting = false;
        if (!result) {
            m_result->showFailed(tr("The 2FA of %1 was not reset: %2").arg(user, result.error().message()));
            updateButtons();
            return;
        }
        m_reason->clear();
        m_result->showSucceeded(tr("The 2FA of %1 was reset; open sessions ended: %2. Audited as "
                                   "operator.reset_totp.")
                                    .arg(user)
                                    .arg(result->revokedSessions));
        if (m_secretDialog)
            m_secretDialog->close();
        m_secretDialog = new TotpSecretDialog(name, std::move(result).value(), m_clipboard, window());
        m_secretDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_secretDialog->open();
        refresh();
    });
}

} // namespace warden
