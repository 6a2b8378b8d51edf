#pragma once

#include "inventory/CredentialFilter.h"
#include "JoinRequestModel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace warden {

class ActionResultLabel;
class CredentialModel;
class IdentityActions;
class OperatorAdminActions;
class OperatorsPanel;
class PageHeader;

// The Identity page, two tabs. Admission: the join-request queue of every backend with Mender's states and the clone
// flag; accept (optionally opening a licence request at once), reject with a reason, and preauthorize identities in
// bulk from a CSV of serials and fingerprints. Credentials: every device's credential with the views expiring within
// N days, expired, weak methods, default credentials, waiting for a visit and revoked; rotate the selection or
// everything shown (devices that cannot rotate online are listed as needing a visit), revoke with a reason, and
// record a technician's visit. Results are shown inline. Sends nothing itself: actions go through IdentityActions.
// With setOperatorAdmin() a third tab, Operators (OperatorsPanel), lists console operators for admins.
class IdentityPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPage)
public:
    IdentityPage(JoinRequestModel *requests, CredentialModel *credentials, IdentityActions *actions,
                 QWidget *parent = nullptr);

    // Asks the operator to confirm a revocation or a rotation of several devices (UI.md "Acting"): text states the
    // effect; for more than 100 devices the operator types the count. Replaceable so tests can answer.
    using Confirm = std::function<bool(const QString &title, const QString &text, int count)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *requestView() const { return m_requestView; }
    QTableView *credentialView() const { return m_credentialView; }
    ActionResultLabel *result() const { return m_result; }
    // Adds the Operators tab (admins list operators and reset their 2FA); it reloads whenever it is shown.
    void setOperatorAdmin(OperatorAdminActions *admin);
    OperatorsPanel *operatorsPanel() const { return m_operators; }

    void setAdmissionView(JoinRequestModel::View view);
    // Shows the Admission tab with this request selected, switching to a view that lists it if needed.
    // False when the model has no such request.
    bool showJoinRequest(const QString &backend, const QString &id);
    void setCredentialView(CredentialFilter::View view, int days = 30);
    void setRejectReason(const QString &reason);
    void setRevokeReason(const QString &reason);
    // Empty: accept without a licence request.
    void setLicenceScopes(const QStringList &scopes);

public slots:
    void acceptSelected();
    void rejectSelected();
    // Preauthorizes the identities of a CSV text (see parsePreauthorizeCsv) on the first backend.
    void preauthorizeCsv(const QString &text);
    void chooseCsvFile();
    void rotateSelected();
    void rotateAllShown();
    void revokeSelected();
    void servicedSelected();

private:
    QWidget *buildAdmissionTab();
    QWidget *buildCredentialsTab();
    void showRequest();
    void showCredential();
    void updateButtons();
    void updateCounts();
    void applyCredentialFilter();
    int currentRequestRow() const;
    QList<int> selectedCredentialRows() const;
    // Rotates the given (backend, device id) pairs, at most 1000 per request, and reports the tally.
    void rotate(const QList<std::pair<QString, QString>> &targets);
    bool askConfirmation(const QString &title, const QString &text, int count);

    JoinRequestModel *m_requests;
    CredentialModel *m_credentials;
    IdentityActions *m_actions;
    Confirm m_confirm;
    PageHeader *m_header;
    ActionResultLabel *m_result;
    QTabWidget *m_tabs;

    QComboBox *m_admissionView;
    QPushButton *m_preauthorize;
    QTableView *m_requestView;
    QLabel *m_queueEmpty;
    QLabel *m_requestTitle;
    QLabel *m_requestDetails;
    QLabel *m_cloneWarning;
    QCheckBox *m_requestLicence;
    QLineEdit *m_licenceScopes;
    QPushButton *m_accept;
    QLineEdit *m_rejectReason;
    QPushButton *m_reject;

    QComboBox *m_credentialViewBox;
    QSpinBox *m_days;
    QLineEdit *m_search;
    QTableView *m_credentialView;
    QLabel *m_credentialsEmpty;
    QLabel *m_credentialTitle;
    QLabel *m_credentialDetails;
    QPushButton *m_rotate;
    QPushButton *m_rotateAll;
    QLineEdit *m_revokeReason;
    QPushButton *m_revoke;
    QPushButton *m_serviced;
    OperatorsPanel *m_operators = nullptr;
};

} // namespace warden
