#pragma once

#include "domain/Device.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace warden {

class ActionResultLabel;
class RegisterActions;
class SecretClipboard;
struct DeviceHistory;

// The register's panel for the selected device: its details, an edit form for the register fields (name, owner,
// location, notes, capability flags) checked before sending, disable/enable with a required reason, and its history
// (events, incidents, licences, update campaigns, audit entries). Results are shown inline with the audit entry.
// When the operator may see personal data, the owner's contact can be copied: marked secret, cleared after 30 s.
// Sends nothing itself: edits go through RegisterActions to the device's backend.
class DeviceDetailPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDetailPanel)
public:
    // Asks the operator to confirm a destructive action (text states the effect); tests replace it.
    using Confirmer = std::function<bool(const QString &title, const QString &text)>;

    explicit DeviceDetailPanel(QWidget *parent = nullptr);

    void setActions(RegisterActions *actions);
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // Shows a device; detailsHtml is the read-only description. The edit form is refilled only when another device
    // is shown or the form has no unsaved changes, so live updates never overwrite what the operator is typing.
    void showDevice(const QString &backend, const Device &device, const QString &detailsHtml);
    void clearDevice();
    QString backend() const { return m_backend; }
    QString deviceId() const { return m_device.id; }

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *details() const { return m_details; }
    QTextBrowser *history() const { return m_history; }
    ActionResultLabel *result() const { return m_result; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *locationEdit() const { return m_location; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *safetyCriticalBox() const { return m_safetyCritical; }
    QLineEdit *disableReasonEdit() const { return m_disableReason; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *disableButton() const { return m_disable; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QPushButton *copyOwnerButton() const { return m_copyOwner; }
    // "Name <e-mail>, phone" of the shown device's owner; empty until the history brought it (personal data).
    QString ownerContact() const { return m_ownerContact; }
    SecretClipboard *clipboard() const { return m_clipboard; }

public slots:
    void save();
    void toggleDisabled();
    void reloadHistory();
    // Copies the owner's contact through SecretClipboard (marked secret, cleared after 30 s), reading it from the
    // backend's cache first when the history has not brought it yet.
    void copyOwnerContact();

signals:
    // The backend stored a change; the device as it answered.
    void deviceChanged(const QString &backend, const warden::Device &device);

private:
    void fillForm();
    void markDirty();
    void updateDisableButton();
    void showHistory(const DeviceHistory &history);
    void takeOwnerContact(const DeviceHistory &history);
    void showValidation(const QString &message, QWidget *field);
    QString auditText(qint64 index) const;

    RegisterActions *m_actions = nullptr;
    Confirmer m_confirm;
    QString m_backend;
    Device m_device;
    bool m_dirty = false;
    bool m_busy = false;
    quint64 m_historyGeneration = 0;

    QLabel *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QLineEdit *m_name;
    QLineEdit *m_owner;
    QLineEdit *m_location;
    QPlainTextEdit *m_notes;
    QCheckBox *m_onlineUpdate;
    QCheckBox *m_maintenance;
    QCheckBox *m_safetyCritical;
    QLabel *m_validation;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLineEdit *m_disableReason;
    QPushButton *m_disable;
    ActionResultLabel *m_result;
    QTextBrowser *m_history;
    QPushButton *m_copyOwner;
    SecretClipboard *m_clipboard;
    QString m_ownerContact;
};

} // namespace warden
