#include "QuarantineDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace warden {

namespace {
// How many safety-critical device names the warning lists before summarising the rest.
constexpr int ListedSafetyCritical = 5;
} // namespace

QuarantineTarget QuarantineTarget::fromDevice(const QString &backend, const Device &device)
{
    return QuarantineTarget{backend, device.id, device.name, device.deviceClass, device.capabilities.safetyCritical};
}

QuarantineDialog::QuarantineDialog(QList<QuarantineTarget> devices, QWidget *parent)
    : QDialog(parent), m_devices(std::move(devices))
{
    setWindowTitle(tr("Quarantine devices"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setText(m_devices.size() == 1
                         ? tr("Quarantine <b>%1</b> (%2).").arg(m_devices.first().name.toHtmlEscaped(),
                                                                   m_devices.first().deviceId.toHtmlEscaped())
                         : tr("Quarantine <b>%1 devices</b>.").arg(QLocale().toString(m_devices.size())));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_level = new QComboBox(this);
    m_level->addItem(tr("Isolate from the network"), int(QuarantineLevel::Isolate));
    m_level->addItem(tr("Disable the device"), int(QuarantineLevel::Disable));
    m_level->addItem(tr("Revoke its credentials"), int(QuarantineLevel::RevokeCredentials));
    m_level->setAccessibleName(tr("Quarantine level"));
    form->addRow(tr("&Level:"), m_level);

    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why? The reason goes into the audit trail (required)."));
    m_reason->setFixedHeight(72);
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);

    auto *expiryRow = new QHBoxLayout;
    m_hasExpiry = new QCheckBox(tr("Release automatically at"), this);
    m_expiry = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDateTime(QDateTime::currentDateTime());
    m_expiry->setEnabled(false);
    m_expiry->setAccessibleName(tr("Expiry"));
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(tr("Expiry:"), expiryRow);
    layout->addLayout(form);

    m_effect = new QLabel(this);
    m_effect->setWordWrap(true);
    layout->addWidget(m_effect);

    m_safety = new QLabel(this);
    m_safety->setWordWrap(true);
    m_safety->setTextFormat(Qt::RichText);
    m_safety->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #c62828; "
                                           "border-radius: 4px; padding: 8px; color: #5f1111; }"));
    m_safety->setVisible(safetyCriticalCount() > 0);
    layout->addWidget(m_safety);

    m_confirmLabel = new QLabel(tr("This acts on %1 devices. Type %1 to confirm:")
                                    .arg(QString::number(m_devices.size())), this);
    m_confirm = new QLineEdit(this);
    m_confirm->setAccessibleName(tr("Device count confirmation"));
    const bool typed = m_devices.size() > TypedConfirmationAbove;
    m_confirmLabel->setVisible(typed);
    m_confirm->setVisible(typed);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(safetyCriticalCount() > 0 ? tr("Request quarantine")
                                                                               : tr("Quarantine"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_level, &QComboBox::currentIndexChanged, this, &QuarantineDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &QuarantineDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &QuarantineDialog::updateState);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    updateState();
}

int QuarantineDialog::safetyCriticalCount() const
{
    return int(std::count_if(m_devices.cbegin(), m_devices.cend(),
                             [](const QuarantineTarget &t) { return t.safetyCritical; }));
}

QuarantineLevel QuarantineDialog::level() const
{
    return QuarantineLevel(m_level->currentData().toInt());
}

QString QuarantineDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDateTime QuarantineDialog::expires() const
{
    return m_hasExpiry->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime();
}

void QuarantineDialog::setLevel(QuarantineLevel level)
{
    const int index = m_level->findData(int(level));
    if (index >= 0)
        m_level->setCurrentIndex(index);
}

void QuarantineDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void QuarantineDialog::setConfirmation(const QString &typedCount)
{
    m_confirm->setText(typedCount);
}

void QuarantineDialog::setExpires(const QDateTime &expires)
{
    m_hasExpiry->setChecked(expires.isValid());
    if (expires.isValid())
        m_expiry->setDateTime(expires.toLocalTime());
}

bool QuarantineDialog::canAccept() const
{
    if (m_devices.isEmpty() || reason().isEmpty())
        return false;
    if (m_devices.size() > TypedConfirmationAbove && m_confirm->text().trimmed() != QString::number(m_devices.size()))
        return false;
    return true;
}

QString QuarantineDialog::effectText() const
{
    const qsizetype n = m_devices.size();
    const QString subject = n == 1 ? tr("The device") : tr("The %1 devices").arg(QLocale().toString(n));
    switch (level()) {
    case QuarantineLevel::Isolate:
        return tr("%1: cut off from the network except for the management channel. It keeps running, but cannot "
                  "reach or be reached by anything else.").arg(subject);
    case QuarantineLevel::Disable:
        return tr("%1: switched off for service. It stops doing its job until released.").arg(subject);
    case QuarantineLevel::RevokeCredentials:
        return tr("%1: credentials and active licences revoked. It can no longer authenticate to any service until "
                  "re-enrolled.").arg(subject);
    case QuarantineLevel::None:
        break;
    }
    return {};
}

QString QuarantineDialog::safetyText() const
{
    const int critical = safetyCriticalCount();
    if (critical == 0)
        return {};
    QStringList names;
    for (const QuarantineTarget &t : m_devices) {
        if (!t.safetyCritical)
            continue;
        if (names.size() == ListedSafetyCritical) {
            names.append(tr("and %1 more").arg(critical - ListedSafetyCritical));
            break;
        }
        names.append(t.name.toHtmlEscaped());
    }
    QString consequence;
    switch (level()) {
    case QuarantineLevel::Isolate:
        consequence = tr("Isolating them means their readings and alarms no longer reach the central station: "
                         "staff must watch these patients at the bedside while they are isolated.");
        break;
    case QuarantineLevel::Disable:
        consequence = tr("Disabling them stops the therapy or monitoring they provide: patients depending on them "
                         "must be moved to other equipment first.");
        break;
    case QuarantineLevel::RevokeCredentials:
    case QuarantineLevel::None:
        consequence = tr("Revoking their credentials cuts them off from drug libraries, alarms and records: clinical "
                         "staff must be told before this takes effect.");
        break;
    }
    const QString count = critical == 1 ? tr("1 safety-critical device") : tr("%1 safety-critical devices").arg(critical);
    return tr("<b>Patient safety — %1:</b> %2.<br>%3<br>This will <b>not</b> happen now: it stays pending until a "
              "second, different operator approves it.")
        .arg(count, names.join(QStringLiteral(", ")), consequence);
}

void QuarantineDialog::updateState()
{
    m_effect->setText(effectText());
    m_safety->setText(safetyText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace warden
