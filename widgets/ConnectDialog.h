#pragma once

#include "fleet/ConnectionProfile.h"
#include "fleet/FleetError.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;

namespace warden {

// "Connect to a fleet backend": the connection profile (stored without any secret) and the operator's password and
// TOTP code. TLS verification cannot be turned off here — there is deliberately no such option. The dialog does not
// connect by itself: it emits connectRequested and shows the outcome the caller reports (showError / accept).
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    ConnectDialog(QSettings *settings, QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile &profile);
    // Shows why the attempt failed, in the operator's words, and keeps everything typed except password and code.
    void showError(const FleetError &error);
    void setBusy(bool busy);
    QString errorText() const;

    // Saves the profile (never the password or code) after a successful login.
    void rememberProfile();

signals:
    // The password is handed over once and cleared from the dialog at once.
    void connectRequested(const warden::ConnectionProfile &profile, const QString &user, QString password,
                          const QString &totp);

private:
    void loadProfile(const QString &name);
    void submit();
    QLineEdit *addPathField(QFormLayout *form, const QString &label, const QString &filter, QLineEdit **field);

    QSettings *m_settings;
    QComboBox *m_profiles;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_caBundle = nullptr;
    QLineEdit *m_clientCert = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_pin;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_totp;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace warden
