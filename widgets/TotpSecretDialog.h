#pragma once

#include "fleet/IdentityTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace warden {

class SecretClipboard;

// Shows an operator's new TOTP secret once, right after an admin reset it: the base32 secret in groups of four and
// the otpauth:// URI for authenticator apps, each with a Copy button that goes through SecretClipboard (marked secret
// for clipboard managers, cleared after 30 s). The text cannot be selected, so no copy escapes that path. Closing the
// dialog wipes the secret it held and clears the labels; nothing is stored or logged. Not responsible for the reset.
class TotpSecretDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TotpSecretDialog)
public:
    // clipboard outlives the dialog, so a copy made just before closing is still cleared on time, not at once.
    TotpSecretDialog(const QString &backend, TotpReset reset, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~TotpSecretDialog() override;

    QPushButton *copySecretButton() const { return m_copySecret; }
    QPushButton *copyUriButton() const { return m_copyUri; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    // The secret as shown (grouped), for tests; empty once the dialog was closed.
    QString shownSecret() const;

    // base32 in groups of four ("ABCD EFGH …"), easier to read aloud or type.
    static QString grouped(const QByteArray &base32);

protected:
    void done(int result) override;

private:
    void forget();

    TotpReset m_reset;
    SecretClipboard *m_clipboard;
    QLabel *m_secret;
    QLabel *m_uri;
    QPushButton *m_copySecret;
    QPushButton *m_copyUri;
};

} // namespace warden
