#include "DeviceDetailPanel.h"

#include "ActionResultLabel.h"
#include "RegisterActions.h"
#include "SecretClipboard.h"
#include "inventory/DeviceEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warden {

namespace {
constexpr int HistoryLimit = 50; // rows per section; the full record lives in the threats and audit pages

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

DeviceDetailPanel::DeviceDetailPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_details(new QTextBrowser(this)),
      m_name(new QLineEdit(this)),
      m_owner(new QLineEdit(this)),
      m_location(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_onlineUpdate(new QCheckBox(tr("Takes over-the-air updates"), this)),
      m_maintenance(new QCheckBox(tr("Updates only inside the site's maintenance window"), this)),
      m_safetyCritical(new QCheckBox(tr("Safety-critical (quarantine needs a second operator)"), this)),
      m_validation(new QLabel(this)),
      m_save(new QPushButton(tr("Save changes"), this)),
      m_revert(new QPushButton(tr("Revert"), this)),
      m_disableReason(new QLineEdit(this)),
      m_disable(new QPushButton(tr("Disable device…"), this)),
      m_result(new ActionResultLabel(this)),
      m_history(new QTextBrowser(this)),
      m_copyOwner(new QPushButton(tr("Copy owner contact"), this)),
      m_clipboard(new SecretClipboard(this))
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 14px; padding: 6px 8px 2px 8px;"));
    m_title->setText(tr("No device selected"));
    m_title->setWordWrap(true);

    m_details->setAccessibleName(tr("Device details"));
    m_details->setPlaceholderText(tr("Select a device to see its details."));
    m_history->setAccessibleName(tr("Device history"));
    m_history->setPlaceholderText(tr("Select a device to see its events, incidents, licences, updates and audit "
                                     "entries."));

    m_name->setAccessibleName(tr("Device name"));
    m_owner->setAccessibleName(tr("Owner reference"));
    m_owner->setPlaceholderText(tr("Owner reference, e.g. own-000123 (empty: no owner)"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setPlaceholderText(tr("Room, floor or mounting point"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #D32F2F;"));
    m_validation->hide();
    m_save->setAccessibleName(tr("Save the register fields"));
    m_save->setDefault(true);
    m_disableReason->setAccessibleName(tr("Reason for disabling or enabling"));
    m_disableReason->setPlaceholderText(tr("Reason (required)"));
    m_disable->setAccessibleName(tr("Disable or enable the device"));
    m_copyOwner->setAccessibleName(tr("Copy the owner's contact to the clipboard"));
    m_copyOwner->setToolTip(tr("Personal data: copied marked as secret, so clipboard managers keep no history of "
                               "it, and cleared after %n seconds.",
                               nullptr, SecretClipboard::DefaultClearMs / 1000));
    m_copyOwner->hide();
    connect(m_copyOwner, &QPushButton::clicked, this, &DeviceDetailPanel::copyOwnerContact);

    auto *editPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Notes"), m_notes);
    auto *flags = new QVBoxLayout;
    flags->setSpacing(2);
    flags->addWidget(m_onlineUpdate);
    flags->addWidget(m_maintenance);
    flags->addWidget(m_safetyCritical);
    form->addRow(tr("Flags"), flags);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *disableRow = new QHBoxLayout;
    disableRow->addWidget(m_disableReason, 1);
    disableRow->addWidget(m_disable);
    auto *disableBox = new QLabel(tr("Disabling cuts the device off the network until it is enabled again."), this);
    disableBox->setWordWrap(true);
    disableBox->setStyleSheet(QStringLiteral("color: palette(mid); padding-top: 10px;"));
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->addLayout(form);
    editLayout->addWidget(m_validation);
    editLayout->addLayout(buttons);
    editLayout->addWidget(disableBox);
    editLayout->addLayout(disableRow);
    editLayout->addStretch();

    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(editPage, tr("Edit"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_copyOwner, 0, Qt::AlignBottom);
    layout->addLayout(titleRow);
    layout->addWidget(m_result);
    layout->addWidget(m_tabs, 1);

    for (QLineEdit *edit : {m_name, m_owner, m_location})
        connect(edit, &QLineEdit::textEdited, this, &DeviceDetailPanel::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->toPlainText() != m_device.notes)
            markDirty();
    });
    for (QCheckBox *box : {m_onlineUpdate, m_maintenance, m_safetyCritical})
        connect(box, &QCheckBox::clicked, this, &DeviceDetailPanel::markDirty);
    connect(m_save, &QPushButton::clicked, this, &DeviceDetailPanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_dirty = false;
        fillForm();
    });
    connect(m_disable, &QPushButton::clicked, this, &DeviceDetailPanel::toggleDisabled);
    connect(m_disableReason, &QLineEdit::textChanged, this, &DeviceDetailPanel::updateDisableButton);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_history)
            reloadHistory();
    });
    clearDevice();
}

void DeviceDetailPanel::setActions(RegisterActions *actions)
{
    m_actions = actions;
    updateDisableButton();
}

void DeviceDetailPanel::showDevice(const QString &backend, const Device &device, const QString &detailsHtml)
{
    const bool other = backend != m_backend || device.id != m_device.id;
    m_backend = backend;
    m_device = device;
    m_title->setText(device.name.isEmpty() ? device.id : tr("%1 · %2").arg(device.name, device.id));
    m_details->setHtml(detailsHtml);
    setEnabled(true);
    if (other) {
        m_dirty = false;
        m_ownerContact.clear();
        m_copyOwner->setVisible(!device.ownerRef.isEmpty());
        m_result->clearResult();
        m_disableReason->clear();
        m_history->clear();
        if (m_tabs->currentWidget() == m_history)
            reloadHistory();
    }
    if (!m_dirty)
        fillForm();
    updateDisableButton();
}

void DeviceDetailPanel::clearDevice()
{
    m_backend.clear();
    m_device = Device{};
    m_dirty = false;
    m_title->setText(tr("No device selected"));
    m_details->clear();
    m_history->clear();
    m_result->clearResult();
    fillForm();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_owner, m_location, m_notes, m_onlineUpdate,
                                                            m_maintenance, m_safetyCritical, m_save, m_revert,
                                                            m_disableReason, m_disable})
        widget->setEnabled(false);
}

void DeviceDetailPanel::fillForm()
{
    const QSignalBlocker blockNotes(m_notes);
    m_name->setText(m_device.name);
    m_owner->setText(m_device.ownerRef);
    m_location->setText(m_device.location);
    m_notes->setPlainText(m_device.notes);
    m_onlineUpdate->setChecked(m_device.capabilities.onlineUpdate);
    m_maintenance->setChecked(m_device.capabilities.needsMaintenanceWindow);
    m_safetyCritical->setChecked(m_device.capabilities.safetyCritical);
    m_validation->hide();
    const bool editable = !m_device.id.isEmpty() && m_actions && !m_busy;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_owner, m_location, m_notes, m_onlineUpdate,
                                                            m_maintenance, m_safetyCritical})
        widget->setEnabled(editable);
    m_save->setEnabled(editable && m_dirty);
    m_revert->setEnabled(editable && m_dirty);
}

void DeviceDetailPanel::markDirty()
{
    m_dirty = true;
    m_save->setEnabled(!m_busy && m_actions);
    m_revert->setEnabled(!m_busy);
    m_validation->hide();
}

void DeviceDetailPanel::showValidation(const QString &message, QWidget *field)
{
    m_validation->setText(message);
    m_validation->show();
    if (field)
        field->setFocus();
}

QString DeviceDetailPanel::auditText(qint64 index) const
{
    return index > 0 ? tr(" Audit entry #%1.").arg(QLocale().toString(index)) : QString();
}

void DeviceDetailPanel::save()
{
    if (!m_actions || m_device.id.isEmpty() || m_busy)
        return;
    DeviceEditForm form;
    form.name = m_name->text();
    form.ownerRef = m_owner->text();
    form.location = m_location->text();
    form.notes = m_notes->toPlainText();
    form.onlineUpdate = m_onlineUpdate->isChecked();
    form.needsMaintenanceWindow = m_maintenance->isChecked();
    form.safetyCritical = m_safetyCritical->isChecked();
    const Result<DevicePatch> patch = DeviceEdit::patch(m_device, form);
    if (!patch.ok()) {
        const QString field = patch.error().field;
        showValidation(patch.errorMessage(), field == u"name"       ? static_cast<QWidget *>(m_name)
                                             : field == u"owner_ref" ? static_cast<QWidget *>(m_owner)
                                             : field == u"location"  ? static_cast<QWidget *>(m_location)
                                                                     : static_cast<QWidget *>(m_notes));
        return;
    }
    if (patch->isEmpty()) {
        m_dirty = false;
        fillForm();
        m_result->showSucceeded(tr("Nothing to save: the form matches the register."));
        return;
    }
    m_busy = true;
    m_save->setEnabled(false);
    const QString backend = m_backend;
    const QString id = m_device.id;
    auto index = std::make_shared<qint64>(-1);
    *index = m_actions->editDevice(backend, id, *patch, this, [this, backend, id, index](FleetResult<Device> result) {
        m_busy = false;
        const bool same = backend == m_backend && id == m_device.id;
        if (!result.ok()) {
            if (same) {
                m_result->showFailed(tr("%1 was not changed: %2%3").arg(id, result.error().message(), auditText(*index)));
                m_save->setEnabled(m_dirty);
            }
            return;
        }
        if (same) {
            m_dirty = false;
            m_device = result.value();
            fillForm();
            m_result->showSucceeded(tr("Saved %1.%2").arg(id, auditText(*index)));
        }
        emit deviceChanged(backend, result.value());
    });
    if (m_busy)
        m_result->showWorking(tr("Saving %1…%2").arg(id, auditText(*index)));
}

void DeviceDetailPanel::updateDisableButton()
{
    const bool disabled = m_device.status == DeviceStatus::Disabled;
    m_disable->setText(disabled ? tr("Enable device…") : tr("Disable device…"));
    const bool possible = m_actions && !m_device.id.isEmpty() && !m_busy;
    m_disableReason->setEnabled(possible);
    m_disable->setEnabled(possible && !m_disableReason->text().trimmed().isEmpty());
}

void DeviceDetailPanel::toggleDisabled()
{
    const QString reason = m_disableReason->text().trimmed();
    if (!m_actions || m_device.id.isEmpty() || reason.isEmpty() || m_busy)
        return;
    const bool disable = m_device.status != DeviceStatus::Disabled;
    QString effect = disable ? tr("Disable %1 (%2)? The backend cuts it off the network until someone enables it "
                                  "again.").arg(m_device.name, m_device.id)
                             : tr("Enable %1 (%2)? It may use the network again.").arg(m_device.name, m_device.id);
    if (disable && m_device.capabilities.safetyCritical)
        effect += u' ' + tr("This device is safety-critical: make sure the people relying on it are told first.");
    if (!m_confirm(disable ? tr("Disable device") : tr("Enable device"), effect))
        return;
    m_busy = true;
    updateDisableButton();
    const QString backend = m_backend;
    const QString id = m_device.id;
    auto index = std::make_shared<qint64>(-1);
    *index = m_actions->setDeviceDisabled(
        backend, id, disable, reason, this, [this, backend, id, disable, index](FleetResult<Device> result) {
            m_busy = false;
            const bool same = backend == m_backend && id == m_device.id;
            if (!result.ok()) {
                if (same) {
                    m_result->showFailed((disable ? tr("%1 was not disabled: %2%3") : tr("%1 was not enabled: %2%3"))
                                             .arg(id, result.error().message(), auditText(*index)));
                    updateDisableButton();
                }
                return;
            }
            if (same) {
                m_device.status = result->status;
                m_disableReason->clear();
                updateDisableButton();
                m_result->showSucceeded((disable ? tr("Disabled %1.%2") : tr("Enabled %1.%2")).arg(id, auditText(*index)));
            }
            emit deviceChanged(backend, result.value());
        });
    if (m_busy)
        m_result->showWorking((disable ? tr("Disabling %1…%2") : tr("Enabling %1…%2")).arg(id, auditText(*index)));
}

void DeviceDetailPanel::reloadHistory()
{
    if (!m_actions || m_device.id.isEmpty())
        return;
    const quint64 generation = ++m_historyGeneration;
    m_history->setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("Reading the history…").toHtmlEscaped()));
    m_actions->deviceHistory(m_backend, m_device.id, this, [this, generation](FleetResult<DeviceHistory> history) {
        if (generation != m_historyGeneration)
            return; // another device was selected meanwhile
        if (!history.ok()) {
            m_history->setHtml(QStringLiteral("<p style='color:#D32F2F'>%1</p>")
                                   .arg(tr("The history could not be read: %1").arg(history.error().message()).toHtmlEscaped()));
            return;
        }
        showHistory(history.value());
        takeOwnerContact(history.value());
    });
}

void DeviceDetailPanel::takeOwnerContact(const DeviceHistory &history)
{
    if (!history.owner)
        return;
    QString contact = history.owner->name;
    if (!history.owner->email.isEmpty())
        contact += QStringLiteral(" <") + history.owner->email + u'>';
    if (!history.owner->phone.isEmpty())
        contact += QStringLiteral(", ") + history.owner->phone;
    m_ownerContact = contact.trimmed();
}

void DeviceDetailPanel::copyOwnerContact()
{
    const auto copy = [this] {
        if (m_ownerContact.isEmpty()) {
            m_result->showFailed(tr("The owner's contact is personal data: it needs a role that may read owners and "
                                    "the unlocked personal-data key."));
            return;
        }
        m_clipboard->copy(m_ownerContact);
        m_result->showSucceeded(tr("The owner's contact is on the clipboard, marked secret; it is cleared in %n "
                                   "seconds.",
                                   nullptr, SecretClipboard::DefaultClearMs / 1000));
    };
    if (!m_ownerContact.isEmpty() || !m_actions || m_device.id.isEmpty()) {
        copy();
        return;
    }
    // Not read yet (the history tab was not opened): read it now, then copy.
    const QString backend = m_backend;
    const QString id = m_device.id;
    m_result->showWorking(tr("Reading the owner's contact…"));
    m_actions->deviceHistory(m_backend, m_device.id, this,
                             [this, backend, id, copy](FleetResult<DeviceHistory> history) {
                                 if (backend != m_backend || id != m_device.id)
                                     return; // another device was selected meanwhile
                                 if (history.ok())
                                     takeOwnerContact(history.value());
                                 copy();
                             });
}

void DeviceDetailPanel::showHistory(const DeviceHistory &history)
{
    if (!history.error.isEmpty()) {
        m_history->setHtml(QStringLiteral("<p style='color:#D32F2F'>%1</p>")
                               .arg(tr("The history could not be read: %1").arg(history.error).toHtmlEscaped()));
        return;
    }
    QString html;
    const auto section = [&html](const QString &title, qsizetype count) {
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1 <span style='color:gray;font-weight:normal'>(%2)"
                               "</span></h4>")
                    .arg(title.toHtmlEscaped(), QLocale().toString(count));
    };
    const auto row = [&html](const QString &left, const QString &right) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:8px' valign='top'>%1</td><td>%2</td></tr>")
                    .arg(left.toHtmlEscaped(), right.toHtmlEscaped());
    };
    const auto none = [&html](const QString &text) {
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(text.toHtmlEscaped());
    };

    section(tr("Events"), history.events.size());
    if (history.events.isEmpty())
        none(tr("No threat events from this device in the cache."));
    html += QStringLiteral("<table cellspacing=2>");
    for (qsizetype i = 0; i < std::min<qsizetype>(history.events.size(), HistoryLimit); ++i) {
        const ThreatEvent &event = history.events.at(i);
        row(when(event.time), tr("%1 %2 · #%3").arg(toString(event.severity), toString(event.type))
                                  .arg(QLocale().toString(event.seq)));
    }
    html += QStringLiteral("</table>");

    section(tr("Incidents"), history.incidents.size());
    if (history.incidents.isEmpty())
        none(tr("The device is in no incident."));
    html += QStringLiteral("<table cellspacing=2>");
    for (const Incident &incident : history.incidents)
        row(when(incident.opened), tr("%1 · %2 (%3)").arg(incident.id, incident.title, toString(incident.state)));
    html += QStringLiteral("</table>");

    section(tr("Licences"), history.licences.size());
    if (history.licences.isEmpty())
        none(tr("No licence was requested for this device."));
    html += QStringLiteral("<table cellspacing=2>");
    for (const Licence &licence : history.licences) {
        const QStringList scopes = licence.grantedScopes.isEmpty() ? licence.requestedScopes : licence.grantedScopes;
        row(when(licence.requested), tr("%1 · %2 · %3").arg(licence.id, toString(licence.state),
                                                             scopes.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table>");

    section(tr("Updates"), history.campaigns.size());
    if (history.campaigns.isEmpty())
        none(tr("No update campaign has targeted this device."));
    html += QStringLiteral("<table cellspacing=2>");
    for (const Campaign &campaign : history.campaigns)
        row(when(campaign.created), tr("%1 · %2 · %3").arg(campaign.name, campaign.firmwareId, toString(campaign.state)));
    html += QStringLiteral("</table>");

    section(tr("Audit entries"), history.audit.size());
    if (history.audit.isEmpty())
        none(tr("No audit entry names this device."));
    html += QStringLiteral("<table cellspacing=2>");
    for (qsizetype i = 0; i < std::min<qsizetype>(history.audit.size(), HistoryLimit); ++i) {
        const AuditEntry &entry = history.audit.at(i);
        QString detail = entry.details.value(QStringLiteral("reason")).toString();
        if (detail.isEmpty())
            detail = entry.details.value(QStringLiteral("outcome")).toString();
        row(when(entry.time), detail.isEmpty() ? tr("%1 by %2").arg(entry.action, entry.actor)
                                               : tr("%1 by %2: %3").arg(entry.action, entry.actor, detail));
    }
    html += QStringLiteral("</table>");
    m_history->setHtml(html);
}

} // namespace warden
