#include "ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace warden {

ConnectDialog::ConnectDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_profiles(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_url(new QLineEdit(this)),
      m_pin(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_totp(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a fleet backend"));
    setMinimumWidth(560);

    m_profiles->setAccessibleName(tr("Stored connection profiles"));
    m_profiles->addItem(tr("New profile…"), QString());
    for (const QString &name : ConnectionProfile::storedNames(*m_settings))
        m_profiles->addItem(name, name);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) { loadProfile(m_profiles->itemData(index).toString()); });

    m_name->setPlaceholderText(tr("e.g. eu-west"));
    m_url->setPlaceholderText(QStringLiteral("https://fleet.example.org:8443"));
    m_pin->setPlaceholderText(tr("optional: sha256/BASE64 of the server's public key"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_totp->setPlaceholderText(tr("6-digit code from your authenticator"));
    m_totp->setAccessibleName(tr("One-time code"));
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_totp));
    m_totp->setMaxLength(8);

    auto *profileForm = new QFormLayout;
    profileForm->addRow(tr("Profile"), m_profiles);
    profileForm->addRow(tr("Name"), m_name);
    profileForm->addRow(tr("Backend URL"), m_url);
    addPathField(profileForm, tr("CA bundle"), tr("PEM certificates (*.pem *.crt);;All files (*)"), &m_caBundle);
    m_caBundle->setPlaceholderText(tr("empty = the system's trusted CAs"));
    addPathField(profileForm, tr("Client certificate"), tr("PEM certificate (*.pem *.crt);;All files (*)"), &m_clientCert);
    m_clientCert->setPlaceholderText(tr("optional, for mutual TLS"));
    addPathField(profileForm, tr("Client key"), tr("PEM key (*.pem *.key);;All files (*)"), &m_clientKey);
    profileForm->addRow(tr("Public key pin"), m_pin);

    auto *loginForm = new QFormLayout;
    loginForm->addRow(tr("User"), m_user);
    loginForm->addRow(tr("Password"), m_password);
    loginForm->addRow(tr("One-time code"), m_totp);

    auto *tlsNote = new QLabel(tr("The server's certificate is always verified. Connections that fail verification are "
                                  "refused and the reason is shown here."), this);
    tlsNote->setWordWrap(true);
    tlsNote->setForegroundRole(QPalette::PlaceholderText);

    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Connection error"));
    m_error->setStyleSheet(QStringLiteral("color: #D32F2F; font-weight: 600;"));
    m_error->hide();

    QPushButton *connectButton = m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(connectButton, &QPushButton::clicked, this, &ConnectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileForm);
    layout->addWidget(tlsNote);
    layout->addSpacing(8);
    layout->addLayout(loginForm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    if (m_profiles->count() > 1) {
        m_profiles->setCurrentIndex(1);
        loadProfile(m_profiles->itemData(1).toString());
    }
}

QLineEdit *ConnectDialog::addPathField(QFormLayout *form, const QString &label, const QString &filter, QLineEdit **field)
{
    *field = new QLineEdit(this);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose %1").arg(label));
    QLineEdit *edit = *field;
    connect(browse, &QToolButton::clicked, this, [this, edit, label, filter] {
        const QString path = QFileDialog::getOpenFileName(this, label, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_url->text().trimmed());
    profile.caBundlePath = m_caBundle->text().trimmed();
    profile.clientCertificatePath = m_clientCert->text().trimmed();
    profile.clientKeyPath = m_clientKey->text().trimmed();
    profile.spkiPin = m_pin->text().trimmed();
    profile.userName = m_user->text().trimmed();
    return profile;
}

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_caBundle->setText(profile.caBundlePath);
    m_clientCert->setText(profile.clientCertificatePath);
    m_clientKey->setText(profile.clientKeyPath);
    m_pin->setText(profile.spkiPin);
    m_user->setText(profile.userName);
}

void ConnectDialog::loadProfile(const QString &name)
{
    if (name.isEmpty()) {
        setProfile(ConnectionProfile());
        return;
    }
    const auto stored = ConnectionProfile::load(*m_settings, name);
    if (stored.ok())
        setProfile(stored.value());
}

void ConnectDialog::submit()
{
    const ConnectionProfile candidate = profile();
    const QStringList problems = candidate.problems();
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    QString totp = m_totp->text();
    totp.remove(QLatin1Char(' '));
    if (candidate.userName.isEmpty() || m_password->text().isEmpty() || totp.size() < 6) {
        m_error->setText(tr("Enter your user name, your password and the current one-time code."));
        m_error->show();
        return;
    }
    QString password = m_password->text();
    m_password->clear(); // the dialog keeps no copy of the secret
    m_error->hide();
    setBusy(true);
    emit connectRequested(candidate, candidate.userName, std::move(password), totp);
}

void ConnectDialog::showError(const FleetError &error)
{
    setBusy(false);
    QString text = error.message();
    if (error.kind() == FleetError::Kind::AccountLocked && error.lockedUntil().isValid())
        text += QLatin1Char(' ') + tr("The account unlocks at %1.")
                                       .arg(QLocale().toString(error.lockedUntil().toLocalTime().time(), QLocale::ShortFormat));
    m_error->setText(text);
    m_error->show();
    m_totp->clear();
    (error.kind() == FleetError::Kind::InvalidTotp ? m_totp : m_password)->setFocus();
}

void ConnectDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConnectDialog::rememberProfile()
{
    profile().save(*m_settings);
}

} // namespace warden
