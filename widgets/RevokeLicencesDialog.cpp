#include "RevokeLicencesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace warden {

RevokeLicencesDialog::RevokeLicencesDialog(QList<Item> items, int devicesWithout, QWidget *parent)
    : QDialog(parent), m_items(std::move(items))
{
    setWindowTitle(tr("Revoke licences"));
    setMinimumWidth(520);
    const QLocale locale;
    QSet<QString> devices;
    QStringList safety;
    for (const Item &item : std::as_const(m_items)) {
        devices.insert(item.backend + u'/' + item.deviceId);
        if (item.safetyCritical && !safety.contains(item.deviceName))
            safety.append(item.deviceName.isEmpty() ? item.deviceId : item.deviceName);
    }

    auto *layout = new QVBoxLayout(this);
    m_effect = new QLabel(this);
    m_effect->setWordWrap(true);
    QString effect = tr("Revoke %1 active licences of %2 devices. The devices lose the granted scopes at once; a new "
                        "licence must be requested and approved to give them back.")
                         .arg(locale.toString(m_items.size()), locale.toString(devices.size()));
    if (devicesWithout > 0)
        effect += u' ' + tr("%1 selected devices have no active licence and are left alone.")
                             .arg(locale.toString(devicesWithout));
    m_effect->setText(effect);
    layout->addWidget(m_effect);

    m_safety = new QLabel(this);
    m_safety->setWordWrap(true);
    m_safety->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #c62828; "
                                           "border-radius: 4px; padding: 8px; color: #5f1111; }"));
    const QStringList shown = safety.mid(0, 10);
    m_safety->setText(tr("%1 safety-critical devices lose their licences: %2%3")
                          .arg(locale.toString(safety.size()), shown.join(QStringLiteral(", ")),
                               safety.size() > shown.size() ? tr(" and %1 more").arg(safety.size() - shown.size())
                                                            : QString()));
    m_safety->setVisible(!safety.isEmpty());
    layout->addWidget(m_safety);

    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why? The reason goes into the audit trail (required)."));
    m_reason->setFixedHeight(72);
    m_reason->setAccessibleName(tr("Reason"));
    layout->addWidget(m_reason);

    m_confirmLabel = new QLabel(tr("This revokes %1 licences. Type %1 to confirm:").arg(QString::number(m_items.size())),
                                this);
    m_confirm = new QLineEdit(this);
    m_confirm->setAccessibleName(tr("Licence count confirmation"));
    const bool typed = m_items.size() > TypedConfirmationAbove;
    m_confirmLabel->setVisible(typed);
    m_confirm->setVisible(typed);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Revoke %1 licences").arg(locale.toString(m_items.size())));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RevokeLicencesDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &RevokeLicencesDialog::updateState);
    updateState();
}

QString RevokeLicencesDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RevokeLicencesDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void RevokeLicencesDialog::setConfirmation(const QString &typedCount)
{
    m_confirm->setText(typedCount);
}

bool RevokeLicencesDialog::canAccept() const
{
    if (m_items.isEmpty() || reason().isEmpty())
        return false;
    return m_items.size() <= TypedConfirmationAbove || m_confirm->text().trimmed() == QString::number(m_items.size());
}

QString RevokeLicencesDialog::effectText() const
{
    return m_effect->text();
}

void RevokeLicencesDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace warden
