#include "IdentityPage.h"

#include "ActionResultLabel.h"
#include "CredentialModel.h"
#include "IdentityActions.h"
#include "OperatorsPanel.h"
#include "PageHeader.h"
#include "RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int MaxRotationBatch = 1000; // the backend's limit per request

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

IdentityPage::IdentityPage(JoinRequestModel *requests, CredentialModel *credentials, IdentityActions *actions,
                           QWidget *parent)
    : QWidget(parent),
      m_requests(requests),
      m_credentials(credentials),
      m_actions(actions),
      m_header(new PageHeader(tr("Device identity"), this)),
      m_result(new ActionResultLabel(this)),
      m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildAdmissionTab(), tr("Admission"));
    m_tabs->addTab(buildCredentialsTab(), tr("Credentials"));
    m_tabs->setAccessibleName(tr("Admission and credentials"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_result);
    layout->addWidget(m_tabs, 1);

    // Reloads reset the models; the operator's selection follows the objects, not the row numbers.
    auto rememberedRequest = std::make_shared<std::pair<QString, QString>>();
    connect(m_requests, &QAbstractItemModel::modelAboutToBeReset, this, [this, rememberedRequest] {
        const int row = currentRequestRow();
        *rememberedRequest = row < 0 ? std::pair<QString, QString>()
                                     : std::pair{m_requests->rowAt(row).backend, m_requests->rowAt(row).request.id};
    });
    connect(m_requests, &QAbstractItemModel::modelReset, this, [this, rememberedRequest] {
        int row = m_requests->rowOfRequest(rememberedRequest->first, rememberedRequest->second);
        if (row < 0 && m_requests->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_requestView->selectRow(row);
        updateCounts();
        showRequest();
    });
    auto rememberedCredentials = std::make_shared<QList<std::pair<QString, QString>>>();
    connect(m_credentials, &QAbstractItemModel::modelAboutToBeReset, this, [this, rememberedCredentials] {
        rememberedCredentials->clear();
        for (int row : selectedCredentialRows())
            rememberedCredentials->append(
                {m_credentials->rowAt(row).backend, m_credentials->rowAt(row).credential.deviceId});
    });
    connect(m_credentials, &QAbstractItemModel::modelReset, this, [this, rememberedCredentials] {
        QItemSelection selection;
        for (const auto &[backend, deviceId] : std::as_const(*rememberedCredentials)) {
            const int row = m_credentials->rowOfDevice(backend, deviceId);
            if (row >= 0)
                selection.select(m_credentials->index(row, 0),
                                 m_credentials->index(row, CredentialModel::ColumnCount - 1));
        }
        if (!selection.isEmpty())
            m_credentialView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        updateCounts();
        showCredential();
    });
    if (m_requests->rowCount() > 0)
        m_requestView->selectRow(0);
    updateCounts();
    showRequest();
    showCredential();
}

QWidget *IdentityPage::buildAdmissionTab()
{
    auto *tab = new QWidget(this);
    m_admissionView = new QComboBox(tab);
    m_admissionView->setAccessibleName(tr("Which join requests to show"));
    const std::pair<JoinRequestModel::View, QString> views[] = {
        {JoinRequestModel::View::Waiting, tr("Waiting for a decision")},
        {JoinRequestModel::View::Clones, tr("Clones")},
        {JoinRequestModel::View::Preauthorized, tr("Preauthorized")},
        {JoinRequestModel::View::Rejected, tr("Rejected")},
        {JoinRequestModel::View::Accepted, tr("Accepted")},
        {JoinRequestModel::View::All, tr("All requests")},
    };
    for (const auto &[view, label] : views)
        m_admissionView->addItem(label, int(view));
    m_admissionView->setCurrentIndex(m_admissionView->findData(int(m_requests->view())));
    m_preauthorize = new QPushButton(tr("Preauthorize from CSV…"), tab);
    m_preauthorize->setToolTip(tr("A file with one serial per line, optionally followed by a comma and the SHA-256 "
                                  "fingerprint of the only key the device may use."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), tab));
    bar->addWidget(m_admissionView);
    bar->addStretch();
    bar->addWidget(m_preauthorize);

    m_requestView = new QTableView(tab);
    setUpRecordTable(m_requestView, tr("Devices asking to join"));
    m_requestView->setModel(m_requests);
    QHeaderView *header = m_requestView->horizontalHeader();
    header->resizeSection(JoinRequestModel::StateColumn, 85);
    header->resizeSection(JoinRequestModel::SerialColumn, 130);
    header->resizeSection(JoinRequestModel::CloneColumn, 150);
    header->resizeSection(JoinRequestModel::ClassColumn, 115);
    header->resizeSection(JoinRequestModel::VendorColumn, 160);
    header->resizeSection(JoinRequestModel::SiteColumn, 120);
    header->resizeSection(JoinRequestModel::FirstSeenColumn, 90);
    header->resizeSection(JoinRequestModel::AttemptsColumn, 65);
    m_queueEmpty = new QLabel(tr("No devices are waiting to join. Join requests appear here when a device asks to "
                                 "join through one of the backend's gateways."),
                              tab);
    m_queueEmpty->setWordWrap(true);

    auto *panel = new QWidget(tab);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 0, 0, 0);
    m_requestTitle = boldLabel(panel);
    m_requestDetails = new QLabel(panel);
    m_requestDetails->setWordWrap(true);
    m_requestDetails->setTextFormat(Qt::RichText);
    m_requestDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cloneWarning = new QLabel(panel);
    m_cloneWarning->setWordWrap(true);
    m_cloneWarning->setStyleSheet(QStringLiteral("color: #D32F2F; font-weight: bold;"));
    m_requestLicence = new QCheckBox(tr("Also open a licence request for these scopes:"), panel);
    m_requestLicence->setChecked(true);
    m_licenceScopes = new QLineEdit(QStringLiteral("telemetry-upload"), panel);
    m_licenceScopes->setAccessibleName(tr("Licence scopes to request, separated by commas"));
    m_accept = new QPushButton(tr("Accept and admit"), panel);
    m_accept->setDefault(true);
    m_rejectReason = new QLineEdit(panel);
    m_rejectReason->setPlaceholderText(tr("Reason for rejecting (required)"));
    m_rejectReason->setAccessibleName(tr("Reason for rejecting"));
    m_reject = new QPushButton(tr("Reject"), panel);
    panelLayout->addWidget(m_requestTitle);
    panelLayout->addWidget(m_requestDetails);
    panelLayout->addWidget(m_cloneWarning);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_requestLicence);
    panelLayout->addWidget(m_licenceScopes);
    panelLayout->addWidget(m_accept);
    panelLayout->addSpacing(8);
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_rejectReason, 1);
    rejectRow->addWidget(m_reject);
    panelLayout->addLayout(rejectRow);
    panelLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(m_requestView);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 330});

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_queueEmpty);
    layout->addWidget(splitter, 1);

    connect(m_admissionView, &QComboBox::currentIndexChanged, this, [this] {
        m_requests->setView(JoinRequestModel::View(m_admissionView->currentData().toInt()));
    });
    connect(m_preauthorize, &QPushButton::clicked, this, &IdentityPage::chooseCsvFile);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IdentityPage::showRequest);
    connect(m_accept, &QPushButton::clicked, this, &IdentityPage::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &IdentityPage::rejectSelected);
    connect(m_rejectReason, &QLineEdit::returnPressed, this, &IdentityPage::rejectSelected);
    connect(m_rejectReason, &QLineEdit::textChanged, this, &IdentityPage::updateButtons);
    connect(m_requestLicence, &QCheckBox::toggled, m_licenceScopes, &QWidget::setEnabled);
    return tab;
}

QWidget *IdentityPage::buildCredentialsTab()
{
    auto *tab = new QWidget(this);
    m_credentialViewBox = new QComboBox(tab);
    m_credentialViewBox->setAccessibleName(tr("Which credentials to show"));
    m_days = new QSpinBox(tab);
    m_days->setRange(1, 3650);
    m_days->setValue(m_credentials->filter().days);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Expiring within this many days"));
    m_search = new QLineEdit(tab);
    m_search->setPlaceholderText(tr("Device, serial, subject or issuer"));
    m_search->setAccessibleName(tr("Search credentials"));
    m_search->setClearButtonEnabled(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), tab));
    bar->addWidget(m_credentialViewBox);
    bar->addWidget(m_days);
    bar->addWidget(m_search, 1);

    m_credentialView = new QTableView(tab);
    setUpRecordTable(m_credentialView, tr("Device credentials"), QAbstractItemView::ExtendedSelection);
    m_credentialView->setModel(m_credentials);
    QHeaderView *header = m_credentialView->horizontalHeader();
    header->resizeSection(CredentialModel::DeviceColumn, 120);
    header->resizeSection(CredentialModel::SerialColumn, 140);
    header->resizeSection(CredentialModel::MethodColumn, 140);
    header->resizeSection(CredentialModel::StateColumn, 100);
    header->resizeSection(CredentialModel::ExpiresColumn, 190);
    header->resizeSection(CredentialModel::RotatedColumn, 100);
    header->resizeSection(CredentialModel::IssuerColumn, 200);
    m_credentialsEmpty = new QLabel(tab);
    m_credentialsEmpty->setWordWrap(true);

    auto *panel = new QWidget(tab);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(8, 0, 0, 0);
    m_credentialTitle = boldLabel(panel);
    m_credentialDetails = new QLabel(panel);
    m_credentialDetails->setWordWrap(true);
    m_credentialDetails->setTextFormat(Qt::RichText);
    m_credentialDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rotate = new QPushButton(tr("Rotate selected"), panel);
    m_rotateAll = new QPushButton(panel);
    m_rotateAll->setToolTip(tr("Issues new certificates to every credential in the list. Devices that cannot take "
                               "one over the network are marked as needing a technician's visit."));
    m_revokeReason = new QLineEdit(panel);
    m_revokeReason->setPlaceholderText(tr("Reason for revoking (required)"));
    m_revokeReason->setAccessibleName(tr("Reason for revoking"));
    m_revoke = new QPushButton(tr("Revoke"), panel);
    m_serviced = new QPushButton(tr("Technician installed a new certificate"), panel);
    panelLayout->addWidget(m_credentialTitle);
    panelLayout->addWidget(m_credentialDetails);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_rotate);
    panelLayout->addWidget(m_rotateAll);
    panelLayout->addWidget(m_serviced);
    panelLayout->addSpacing(8);
    auto *revokeRow = new QHBoxLayout;
    revokeRow->addWidget(m_revokeReason, 1);
    revokeRow->addWidget(m_revoke);
    panelLayout->addLayout(revokeRow);
    panelLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(m_credentialView);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 330});

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_credentialsEmpty);
    layout->addWidget(splitter, 1);

    connect(m_credentialViewBox, &QComboBox::currentIndexChanged, this, &IdentityPage::applyCredentialFilter);
    connect(m_days, &QSpinBox::valueChanged, this, &IdentityPage::applyCredentialFilter);
    connect(m_search, &QLineEdit::textChanged, this, &IdentityPage::applyCredentialFilter);
    connect(m_credentialView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IdentityPage::showCredential);
    connect(m_rotate, &QPushButton::clicked, this, &IdentityPage::rotateSelected);
    connect(m_rotateAll, &QPushButton::clicked, this, &IdentityPage::rotateAllShown);
    connect(m_revoke, &QPushButton::clicked, this, &IdentityPage::revokeSelected);
    connect(m_revokeReason, &QLineEdit::returnPressed, this, &IdentityPage::revokeSelected);
    connect(m_revokeReason, &QLineEdit::textChanged, this, &IdentityPage::updateButtons);
    connect(m_serviced, &QPushButton::clicked, this, &IdentityPage::servicedSelected);
    return tab;
}

// --- state of the page ----------------------------------------------------------------------------------------------

void IdentityPage::setOperatorAdmin(OperatorAdminActions *admin)
{
    if (m_operators || !admin)
        return;
    m_operators = new OperatorsPanel(admin, this);
    const int tab = m_tabs->addTab(m_operators, tr("Operators"));
    m_tabs->setTabToolTip(tab, tr("Console operators' 2FA, lockout and last login; reset an operator's 2FA (admins)"));
    connect(m_tabs, &QTabWidget::currentChanged, m_operators, [this](int index) {
        if (m_tabs->widget(index) == m_operators)
            m_operators->refresh();
    });
}

void IdentityPage::setAdmissionView(JoinRequestModel::View view)
{
    m_admissionView->setCurrentIndex(m_admissionView->findData(int(view)));
}

bool IdentityPage::showJoinRequest(const QString &backend, const QString &id)
{
    const std::optional<JoinRequest> request = m_requests->find(backend, id);
    if (!request)
        return false;
    m_tabs->setCurrentIndex(0);
    if (!JoinRequestModel::inView(*request, m_requests->view()))
        setAdmissionView(JoinRequestModel::inView(*request, JoinRequestModel::View::Waiting)
                             ? JoinRequestModel::View::Waiting
                             : JoinRequestModel::View::All);
    const int row = m_requests->rowOfRequest(backend, id);
    if (row < 0)
        return false;
    m_requestView->selectRow(row);
    m_requestView->scrollTo(m_requests->index(row, 0));
    m_requestView->setFocus(Qt::OtherFocusReason);
    return true;
}

void IdentityPage::setCredentialView(CredentialFilter::View view, int days)
{
    m_tabs->setCurrentIndex(1);
    m_days->setValue(days);
    m_credentialViewBox->setCurrentIndex(m_credentialViewBox->findData(int(view)));
    applyCredentialFilter();
}

void IdentityPage::setRejectReason(const QString &reason)
{
    m_rejectReason->setText(reason);
}

void IdentityPage::setRevokeReason(const QString &reason)
{
    m_revokeReason->setText(reason);
}

void IdentityPage::setLicenceScopes(const QStringList &scopes)
{
    m_requestLicence->setChecked(!scopes.isEmpty());
    m_licenceScopes->setText(scopes.join(QStringLiteral(", ")));
}

void IdentityPage::applyCredentialFilter()
{
    CredentialFilter filter;
    filter.view = m_credentialViewBox->currentIndex() < 0
                      ? CredentialFilter::View::All
                      : CredentialFilter::View(m_credentialViewBox->currentData().toInt());
    filter.days = m_days->value();
    filter.text = m_search->text().trimmed();
    m_days->setEnabled(filter.view == CredentialFilter::View::ExpiringWithin);
    m_credentials->setFilter(filter);
}

void IdentityPage::updateCounts()
{
    const QLocale locale;
    const CredentialCounts counts = m_credentials->counts();
    const int days = m_credentials->filter().days;
    m_header->setSubtitle(tr("%1 waiting to join · %2 clones · %3 preauthorized · %4 credentials: %5 expiring within "
                             "%6 days, %7 expired, %8 need a visit")
                              .arg(locale.toString(m_requests->count(JoinRequestModel::View::Waiting)),
                                   locale.toString(m_requests->count(JoinRequestModel::View::Clones)),
                                   locale.toString(m_requests->count(JoinRequestModel::View::Preauthorized)),
                                   locale.toString(counts.all), locale.toString(counts.expiringWithin),
                                   QString::number(days), locale.toString(counts.expired),
                                   locale.toString(counts.needsVisit)));

    // The view selector shows how many each view holds; rebuilt without losing the choice.
    const int current = m_credentialViewBox->currentIndex() < 0
                            ? int(m_credentials->filter().view)
                            : m_credentialViewBox->currentData().toInt();
    const std::pair<CredentialFilter::View, QString> views[] = {
        {CredentialFilter::View::All, tr("All credentials (%1)").arg(locale.toString(counts.all))},
        {CredentialFilter::View::ExpiringWithin,
         tr("Expiring within (%1)").arg(locale.toString(counts.expiringWithin))},
        {CredentialFilter::View::Expired, tr("Expired (%1)").arg(locale.toString(counts.expired))},
        {CredentialFilter::View::Weak, tr("Weak methods (%1)").arg(locale.toString(counts.weak))},
        {CredentialFilter::View::DefaultCredentials,
         tr("Default credentials in use (%1)").arg(locale.toString(counts.defaultCredentials))},
        {CredentialFilter::View::NeedsVisit, tr("Waiting for a visit (%1)").arg(locale.toString(counts.needsVisit))},
        {CredentialFilter::View::Revoked, tr("Revoked (%1)").arg(locale.toString(counts.revoked))},
    };
    {
        const QSignalBlocker blocker(m_credentialViewBox);
        if (m_credentialViewBox->count() != int(std::size(views))) {
            m_credentialViewBox->clear();
            for (const auto &[view, label] : views)
                m_credentialViewBox->addItem(label, int(view));
        } else {
            for (int i = 0; i < m_credentialViewBox->count(); ++i)
                m_credentialViewBox->setItemText(i, views[i].second);
        }
        m_credentialViewBox->setCurrentIndex(m_credentialViewBox->findData(current));
    }
    const std::pair<JoinRequestModel::View, QString> admissionLabels[] = {
        {JoinRequestModel::View::Waiting, tr("Waiting for a decision (%1)")},
        {JoinRequestModel::View::Clones, tr("Clones (%1)")},
        {JoinRequestModel::View::Preauthorized, tr("Preauthorized (%1)")},
        {JoinRequestModel::View::Rejected, tr("Rejected (%1)")},
        {JoinRequestModel::View::Accepted, tr("Accepted (%1)")},
        {JoinRequestModel::View::All, tr("All requests (%1)")},
    };
    for (const auto &[view, label] : admissionLabels)
        m_admissionView->setItemText(m_admissionView->findData(int(view)),
                                     label.arg(locale.toString(m_requests->count(view))));

    m_queueEmpty->setVisible(m_requests->rowCount() == 0);
    m_credentialsEmpty->setVisible(m_credentials->rowCount() == 0);
    m_credentialsEmpty->setText(counts.all == 0
                                    ? tr("No credentials yet. Every device's credential appears here once the backend "
                                         "is synchronised.")
                                    : tr("No credential matches this view. Choose another view or clear the search."));
    m_rotateAll->setText(tr("Rotate all %1 shown").arg(locale.toString(m_credentials->rowCount())));
    updateButtons();
}

int IdentityPage::currentRequestRow() const
{
    const QModelIndexList rows = m_requestView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QList<int> IdentityPage::selectedCredentialRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_credentialView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void IdentityPage::updateButtons()
{
    const int requestRow = currentRequestRow();
    const bool decidable = requestRow >= 0
        && (m_requests->rowAt(requestRow).request.state == AdmissionState::Pending
            || m_requests->rowAt(requestRow).request.state == AdmissionState::Rejected);
    const bool clone = requestRow >= 0 && m_requests->rowAt(requestRow).request.isClone();
    m_accept->setEnabled(decidable && !clone
                         && m_requests->rowAt(requestRow).request.state != AdmissionState::Accepted);
    const bool rejectable = requestRow >= 0
        && (m_requests->rowAt(requestRow).request.state == AdmissionState::Pending
            || m_requests->rowAt(requestRow).request.state == AdmissionState::Preauthorized);
    m_reject->setEnabled(rejectable && !m_rejectReason->text().trimmed().isEmpty());
    m_preauthorize->setEnabled(!m_actions->backends().isEmpty());

    const QList<int> rows = selectedCredentialRows();
    bool anyActive = false;
    for (int row : rows)
        anyActive = anyActive || m_credentials->rowAt(row).credential.state == CredentialState::Active;
    m_rotate->setEnabled(anyActive);
    m_rotate->setText(rows.size() > 1 ? tr("Rotate %1 selected").arg(QLocale().toString(rows.size()))
                                      : tr("Rotate selected"));
    m_rotateAll->setEnabled(m_credentials->rowCount() > 0);
    m_revoke->setEnabled(rows.size() == 1 && m_credentials->rowAt(rows.first()).credential.state
                                                 != CredentialState::Revoked
                         && !m_revokeReason->text().trimmed().isEmpty());
    m_serviced->setEnabled(rows.size() == 1
                           && m_credentials->rowAt(rows.first()).credential.state
                                  == CredentialState::NeedsPhysicalService);
}

void IdentityPage::showRequest()
{
    const int row = currentRequestRow();
    if (row < 0) {
        m_requestTitle->setText(m_requests->rowCount() > 0 ? tr("Select a request to decide on it.")
                                                           : tr("Nothing to decide."));
        m_requestDetails->clear();
        m_cloneWarning->hide();
        updateButtons();
        return;
    }
    const JoinRequest &r = m_requests->rowAt(row).request;
    m_requestTitle->setText(r.deviceClass.isEmpty() ? tr("%1 asks to join").arg(r.serial)
                                                    : tr("%1 (%2) asks to join").arg(r.serial, r.deviceClass));
    QStringList details;
    const auto line = [&details](const QString &label, const QString &value) {
        if (!value.isEmpty())
            details.append(u"<b>"_s + label.toHtmlEscaped() + u"</b> "_s + value.toHtmlEscaped());
    };
    line(tr("Request"), r.id);
    line(tr("Vendor"), QString(r.vendor + u' ' + r.model).trimmed());
    line(tr("Came in through"), r.gatewayId.isEmpty() ? r.siteId : r.siteId + u" · " + r.gatewayId);
    line(tr("Key"), r.fingerprint.isEmpty() ? tr("any (preauthorized by serial)")
                                            : r.keyType + u' ' + r.fingerprint.left(32) + u"…");
    line(tr("First seen"), when(r.firstSeen));
    line(tr("Last seen"), when(r.lastSeen));
    if (r.attempts > 1)
        line(tr("Attempts"), QLocale().toString(r.attempts));
    if (!r.decidedBy.isEmpty())
        line(tr("Decided"), tr("%1 by %2").arg(when(r.decided), r.decidedBy));
    line(tr("Reason"), r.reason);
    line(tr("Admitted as"), r.deviceId);
    line(tr("Licence request"), r.licenceId);
    m_requestDetails->setText(details.join(QStringLiteral("<br>")));
    m_cloneWarning->setVisible(r.isClone());
    if (r.isClone())
        m_cloneWarning->setText(tr("Clone: this request claims the identity of %1, which is admitted with another "
                                   "key. It cannot be accepted or merged; reject it and investigate where it came "
                                   "from.")
                                    .arg(r.cloneOf));
    updateButtons();
}

void IdentityPage::showCredential()
{
    const QList<int> rows = selectedCredentialRows();
    if (rows.isEmpty()) {
        m_credentialTitle->setText(m_credentials->rowCount() > 0 ? tr("Select credentials to act on them.")
                                                                 : QString());
        m_credentialDetails->clear();
        updateButtons();
        return;
    }
    if (rows.size() > 1) {
        int needVisit = 0;
        for (int row : rows)
            needVisit += m_credentials->rowAt(row).credential.rotatesOnline ? 0 : 1;
        m_credentialTitle->setText(tr("%1 credentials selected").arg(QLocale().toString(rows.size())));
        m_credentialDetails->setText(
            needVisit == 0 ? QString()
                           : tr("%n of them can only be rotated by a technician on site.", nullptr, needVisit));
        updateButtons();
        return;
    }
    const DeviceCredential &c = m_credentials->rowAt(rows.first()).credential;
    m_credentialTitle->setText(tr("Credential of %1").arg(c.deviceId));
    QStringList details;
    const auto line = [&details](const QString &label, const QString &value) {
        if (!value.isEmpty())
            details.append(u"<b>"_s + label.toHtmlEscaped() + u"</b> "_s + value.toHtmlEscaped());
    };
    line(tr("Serial"), c.serial);
    line(tr("Method"), m_credentials->index(rows.first(), CredentialModel::MethodColumn).data().toString());
    line(tr("State"), m_credentials->index(rows.first(), CredentialModel::StateColumn).data().toString());
    line(tr("Subject"), c.subject);
    line(tr("Issuer"), c.issuer);
    line(tr("Certificate serial"), c.certificateSerial);
    line(tr("Issued"), when(c.issued));
    line(tr("Expires"), c.expires.isValid() ? when(c.expires) : tr("does not expire"));
    line(tr("Last rotated"), when(c.lastRotated));
    line(tr("Fingerprint"), c.fingerprint);
    if (c.defaultCredentials)
        details.append(tr("<span style=\"color:#D32F2F\"><b>The vendor's default credentials were seen in use.</b>"
                          "</span>"));
    if (!c.rotatesOnline)
        details.append(tr("This device cannot take a new credential over the network: rotating it sends a "
                          "technician."));
    line(tr("Note"), c.reason);
    m_credentialDetails->setText(details.join(QStringLiteral("<br>")));
    updateButtons();
}

// --- actions --------------------------------------------------------------------------------------------------------

void IdentityPage::acceptSelected()
{
    const int row = currentRequestRow();
    if (row < 0 || !m_accept->isEnabled())
        return;
    const JoinRequestModel::Row r = m_requests->rowAt(row);
    QStringList scopes;
    if (m_requestLicence->isChecked()) {
        for (const QString &scope : m_licenceScopes->text().split(u',', Qt::SkipEmptyParts)) {
            if (!scope.trimmed().isEmpty())
                scopes.append(scope.trimmed());
        }
    }
    m_result->showWorking(tr("Accepting %1…").arg(r.request.serial));
    m_actions->acceptJoinRequest(r.backend, r.request.id, scopes, this, [this, r](FleetResult<JoinRequest> result) {
        if (!result.ok()) {
            m_result->showFailed(tr("Accepting %1 failed: %2").arg(r.request.serial, result.error().message()));
            return;
        }
        const JoinRequest &accepted = result.value();
        m_result->showSucceeded(accepted.licenceId.isEmpty()
                                    ? tr("%1 is admitted as device %2.").arg(accepted.serial, accepted.deviceId)
                                    : tr("%1 is admitted as device %2; licence request %3 waits on the Licences page.")
                                          .arg(accepted.serial, accepted.deviceId, accepted.licenceId));
    });
}

void IdentityPage::rejectSelected()
{
    const int row = currentRequestRow();
    const QString reason = m_rejectReason->text().trimmed();
    if (row < 0 || reason.isEmpty() || !m_reject->isEnabled())
        return;
    const JoinRequestModel::Row r = m_requests->rowAt(row);
    m_result->showWorking(tr("Rejecting %1…").arg(r.request.serial));
    m_actions->rejectJoinRequest(r.backend, r.request.id, reason, this, [this, r](FleetResult<JoinRequest> result) {
        if (!result.ok()) {
            m_result->showFailed(tr("Rejecting %1 failed: %2").arg(r.request.serial, result.error().message()));
            return;
        }
        m_rejectReason->clear();
        m_result->showSucceeded(result.value().isClone()
                                    ? tr("Clone %1 of %2 rejected.").arg(result.value().id, result.value().cloneOf)
                                    : tr("Join request %1 (%2) rejected.").arg(result.value().id, r.request.serial));
    });
}

void IdentityPage::chooseCsvFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Preauthorize identities"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_result->showFailed(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    // A preauthorization list is small; more than a few MiB is not one.
    const QByteArray bytes = file.read(8 * 1024 * 1024);
    preauthorizeCsv(QString::fromUtf8(bytes));
}

void IdentityPage::preauthorizeCsv(const QString &text)
{
    const QStringList backends = m_actions->backends();
    if (backends.isEmpty()) {
        m_result->showFailed(tr("No backend is connected to preauthorize on."));
        return;
    }
    const Result<QList<PreauthorizeEntry>> entries = parsePreauthorizeCsv(text);
    if (!entries.ok()) {
        m_result->showFailed(tr("The list was not sent. %1").arg(entries.errorMessage()));
        return;
    }
    const QString backend = backends.constFirst();
    m_result->showWorking(tr("Preauthorizing %1 identities on %2…")
                              .arg(QLocale().toString(entries.value().size()), backend));
    m_actions->preauthorize(backend, entries.value(), this, [this](FleetResult<PreauthorizeResult> result) {
        if (!result.ok()) {
            m_result->showFailed(tr("Preauthorizing failed: %1").arg(result.error().message()));
            return;
        }
        QStringList skipped;
        for (const PreauthorizeResult::Skipped &skip : std::as_const(result.value().skipped))
            skipped.append(tr("%1 (%2)").arg(skip.serial, skip.reason));
        const QString created = tr("Preauthorized %n identities.", nullptr, int(result.value().created.size()));
        if (skipped.isEmpty())
            m_result->showSucceeded(created);
        else
            m_result->showPending(created + u' ' + tr("Skipped: %1").arg(skipped.join(QStringLiteral("; "))));
    });
}

void IdentityPage::rotateSelected()
{
    QList<std::pair<QString, QString>> targets;
    for (int row : selectedCredentialRows()) {
        const CredentialModel::Row &r = m_credentials->rowAt(row);
        if (r.credential.state == CredentialState::Active)
            targets.append({r.backend, r.credential.deviceId});
    }
    rotate(targets);
}

void IdentityPage::rotateAllShown()
{
    QList<std::pair<QString, QString>> targets;
    for (int row = 0; row < m_credentials->rowCount(); ++row) {
        const CredentialModel::Row &r = m_credentials->rowAt(row);
        if (r.credential.state == CredentialState::Active)
            targets.append({r.backend, r.credential.deviceId});
    }
    rotate(targets);
}

bool IdentityPage::askConfirmation(const QString &title, const QString &text, int count)
{
    if (m_confirm)
        return m_confirm(title, text, count);
    if (count > 100) {
        const QString typed = QInputDialog::getText(
            this, title, text + u"\n\n"_s + tr("Type the number of devices (%1) to confirm.").arg(count));
        return typed.trimmed() == QString::number(count) || typed.trimmed() == QLocale().toString(count);
    }
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void IdentityPage::rotate(const QList<std::pair<QString, QString>> &targets)
{
    if (targets.isEmpty()) {
        m_result->showFailed(tr("None of these credentials can be rotated: only active ones can."));
        return;
    }
    if (targets.size() > 1) {
        int onSite = 0;
        for (const auto &[backend, deviceId] : targets) {
            const int row = m_credentials->rowOfDevice(backend, deviceId);
            onSite += row >= 0 && !m_credentials->rowAt(row).credential.rotatesOnline ? 1 : 0;
        }
        QString text = tr("Issue new certificates and keys to %1 devices? Their current credentials stop working "
                          "once the devices have picked up the new ones.")
                           .arg(QLocale().toString(targets.size()));
        if (onSite > 0)
            text += u' ' + tr("%1 of them cannot rotate over the network and will need a technician's visit.")
                               .arg(QLocale().toString(onSite));
        if (!askConfirmation(tr("Rotate credentials"), text, int(targets.size())))
            return;
    }
    struct Tally {
        int batches = 0;
        int answered = 0;
        int rotated = 0;
        QStringList visits;
        QStringList failures;
    };
    auto tally = std::make_shared<Tally>();
    QHash<QString, QStringList> byBackend;
    for (const auto &[backend, deviceId] : targets)
        byBackend[backend].append(deviceId);
    for (auto it = byBackend.cbegin(); it != byBackend.cend(); ++it)
        tally->batches += int((it.value().size() + MaxRotationBatch - 1) / MaxRotationBatch);
    m_result->showWorking(tr("Rotating %1 credentials…").arg(QLocale().toString(targets.size())));
    const QString reason = tr("rotated from the console");
    for (auto it = byBackend.cbegin(); it != byBackend.cend(); ++it) {
        const QStringList &ids = it.value();
        for (qsizetype start = 0; start < ids.size(); start += MaxRotationBatch) {
            const QStringList batch = ids.mid(start, MaxRotationBatch);
            m_actions->rotateCredentials(
                it.key(), batch, reason, this, [this, tally, batch](FleetResult<QList<CredentialRotation>> result) {
                    ++tally->answered;
                    if (!result.ok()) {
                        tally->failures.append(tr("%n device(s): %1", nullptr, int(batch.size()))
                                                   .arg(result.error().message()));
                    } else {
                        for (const CredentialRotation &rotation : std::as_const(result.value())) {
                            switch (rotation.outcome) {
                            case CredentialRotation::Outcome::Rotated: ++tally->rotated; break;
                            case CredentialRotation::Outcome::NeedsPhysicalService:
                                tally->visits.append(rotation.deviceId);
                                break;
                            case CredentialRotation::Outcome::Failed:
                                tally->failures.append(tr("%1: %2").arg(rotation.deviceId, rotation.message));
                                break;
                            }
                        }
                    }
                    if (tally->answered < tally->batches)
                        return;
                    QString text = tr("Rotated %n credential(s).", nullptr, tally->rotated);
                    if (!tally->visits.isEmpty()) {
                        const QStringList shown = tally->visits.mid(0, 8);
                        text += u' '
                            + tr("%n device(s) need a technician's visit: %1%2", nullptr, int(tally->visits.size()))
                                  .arg(shown.join(QStringLiteral(", ")),
                                       tally->visits.size() > shown.size() ? QStringLiteral(", …") : QString());
                    }
                    if (!tally->failures.isEmpty()) {
                        m_result->showFailed(text + u' '
                                             + tr("Failed: %1").arg(tally->failures.mid(0, 5).join(QStringLiteral("; "))));
                    } else if (!tally->visits.isEmpty()) {
                        m_result->showPending(text);
                    } else {
                        m_result->showSucceeded(text);
                    }
                });
        }
    }
}

void IdentityPage::revokeSelected()
{
    const QList<int> rows = selectedCredentialRows();
    const QString reason = m_revokeReason->text().trimmed();
    if (rows.size() != 1 || reason.isEmpty() || !m_revoke->isEnabled())
        return;
    const CredentialModel::Row r = m_credentials->rowAt(rows.first());
    if (!askConfirmation(tr("Revoke credential"),
                         tr("Revoke the credential of %1? The device loses its access at once and stays cut off "
                            "until it is given a new identity. Reason: %2")
                             .arg(r.credential.deviceId, reason),
                         1))
        return;
    m_result->showWorking(tr("Revoking the credential of %1…").arg(r.credential.deviceId));
    m_actions->revokeCredential(r.backend, r.credential.deviceId, reason, this,
                                [this, r](FleetResult<DeviceCredential> result) {
                                    if (!result.ok()) {
                                        m_result->showFailed(tr("Revoking the credential of %1 failed: %2")
                                                                 .arg(r.credential.deviceId, result.error().message()));
                                        return;
                                    }
                                    m_revokeReason->clear();
                                    m_result->showSucceeded(tr("The credential of %1 is revoked; the device has lost "
                                                               "its access.")
                                                                .arg(r.credential.deviceId));
                                });
}

void IdentityPage::servicedSelected()
{
    const QList<int> rows = selectedCredentialRows();
    if (rows.size() != 1 || !m_serviced->isEnabled())
        return;
    const CredentialModel::Row r = m_credentials->rowAt(rows.first());
    m_result->showWorking(tr("Recording the visit at %1…").arg(r.credential.deviceId));
    m_actions->credentialServiced(r.backend, r.credential.deviceId, this,
                                  [this, r](FleetResult<DeviceCredential> result) {
                                      if (!result.ok()) {
                                          m_result->showFailed(tr("Recording the visit at %1 failed: %2")
                                                                   .arg(r.credential.deviceId, result.error().message()));
                                          return;
                                      }
                                      m_result->showSucceeded(tr("%1 has a new certificate (%2), valid until %3.")
                                                                  .arg(r.credential.deviceId,
                                                                       result.value().certificateSerial,
                                                                       when(result.value().expires)));
                                  });
}

} // namespace warden
