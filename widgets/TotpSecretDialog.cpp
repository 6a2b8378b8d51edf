#include "TotpSecretDialog.h"

#include "SecretClipboard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

TotpSecretDialog::TotpSecretDialog(const QString &backend, TotpReset reset, SecretClipboard *clipboard,
                                   QWidget *parent)
    : QDialog(parent),
      m_reset(std::move(reset)),
      m_clipboard(clipboard),
      m_secret(new QLabel(this)),
      m_uri(new QLabel(this)),
      m_copySecret(new QPushButton(tr("Copy secret"), this)),
      m_copyUri(new QPushButton(tr("Copy URI"), this))
{
    setWindowTitle(tr("New 2FA secret for %1").arg(m_reset.user));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(
        tr("<b>%1</b>'s two-factor authentication on %2 was reset. Give %1 this secret over a trusted channel; "
           "they add it to their authenticator app (or scan the URI as a QR code with another tool).")
            .arg(m_reset.user.toHtmlEscaped(), backend.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *once = new QLabel(tr("This secret is shown only once. Warden does not store it; after you close this "
                               "window nobody can show it again — a new reset would be needed."),
                            this);
    once->setWordWrap(true);
    once->setStyleSheet(u"color: #F57C00; font-weight: 600;"_s);
    QString sessions;
    if (m_reset.revokedSessions > 0)
        sessions = tr("Open sessions of %1 ended: %2. %1 logs in again with a code from the new secret.")
                       .arg(m_reset.user)
                       .arg(m_reset.revokedSessions);
    else
        sessions = tr("%1 had no open session.").arg(m_reset.user);
    auto *sessionNote = new QLabel(sessions, this);
    sessionNote->setWordWrap(true);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont big = mono;
    big.setPointSizeF(mono.pointSizeF() * 1.4);
    big.setBold(true);
    // Accessible names first: setting the text of an unnamed label announces the text itself as its name, and
    // Qt's accessibility debug log would print it.
    m_secret->setAccessibleName(tr("New secret"));
    m_uri->setAccessibleName(tr("otpauth URI"));
    m_secret->setFont(big);
    m_secret->setText(grouped(m_reset.secret ? m_reset.secret->bytes() : QByteArray()));
    m_secret->setTextInteractionFlags(Qt::NoTextInteraction);
    m_uri->setFont(mono);
    m_uri->setWordWrap(true);
    m_uri->setText(m_reset.otpauthUri ? QString::fromUtf8(m_reset.otpauthUri->bytes()) : QString());
    m_uri->setTextInteractionFlags(Qt::NoTextInteraction);
    m_uri->setMinimumWidth(420);

    m_copySecret->setAccessibleName(tr("Copy the secret (cleared from the clipboard after 30 s)"));
    m_copyUri->setAccessibleName(tr("Copy the URI (cleared from the clipboard after 30 s)"));
    auto *clipboardNote = new QLabel(this);
    clipboardNote->setWordWrap(true);
    const auto copied = [this, clipboardNote](const std::shared_ptr<SecretBytes> &value) {
        if (!value)
            return;
        m_clipboard->copy(QString::fromUtf8(value->bytes()));
        clipboardNote->setText(tr("Copied. The clipboard is cleared in 30 s and clipboard managers are told not to "
                                  "keep it."));
    };
    connect(m_copySecret, &QPushButton::clicked, this, [this, copied] { copied(m_reset.secret); });
    connect(m_copyUri, &QPushButton::clicked, this, [this, copied] { copied(m_reset.otpauthUri); });
    connect(m_clipboard, &SecretClipboard::cleared, clipboardNote,
            [clipboardNote] { clipboardNote->setText(tr("The clipboard was cleared.")); });

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Secret (base32)"), this), 0, 0);
    grid->addWidget(m_secret, 0, 1);
    grid->addWidget(m_copySecret, 0, 2);
    grid->addWidget(new QLabel(tr("otpauth URI"), this), 1, 0, Qt::AlignTop);
    grid->addWidget(m_uri, 1, 1);
    grid->addWidget(m_copyUri, 1, 2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I have handed it over — close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(clipboardNote);
    layout->addWidget(sessionNote);
    layout->addWidget(once);
    layout->addWidget(buttons);
    layout->setSpacing(10);
    layout->setContentsMargins(18, 18, 18, 14);
}

TotpSecretDialog::~TotpSecretDialog()
{
    forget();
}

QString TotpSecretDialog::grouped(const QByteArray &base32)
{
    QString out;
    out.reserve(base32.size() + base32.size() / 4);
    for (qsizetype i = 0; i < base32.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u' ');
        out.append(QLatin1Char(base32.at(i)));
    }
    return out;
}

QString TotpSecretDialog::shownSecret() const
{
    return m_secret->text();
}

void TotpSecretDialog::done(int result)
{
    forget();
    QDialog::done(result);
}

void TotpSecretDialog::forget()
{
    // The clipboard keeps its copy until its timer clears it; the dialog's own copies go now.
    m_secret->clear();
    m_uri->clear();
    m_copySecret->setEnabled(false);
    m_copyUri->setEnabled(false);
    if (m_reset.secret)
        m_reset.secret->clear();
    if (m_reset.otpauthUri)
        m_reset.otpauthUri->clear();
    m_reset.secret.reset();
    m_reset.otpauthUri.reset();
}

} // namespace warden
