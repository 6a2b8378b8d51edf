#pragma once

#include "domain/Device.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace warden {

// One device the quarantine dialog acts on, with the backend that owns it.
struct QuarantineTarget {
    QString backend;
    QString deviceId;
    QString name;
    QString deviceClass;
    bool safetyCritical = false;

    static QuarantineTarget fromDevice(const QString &backend, const Device &device);
};

// Asks how to quarantine a set of devices (UI.md "Acting"): the level (isolate / disable / revoke credentials), a
// required reason, an optional expiry. States the effect in plain words, counts the devices, names the
// safety-critical ones and says that quarantining those stays pending until a second, different operator approves.
// For more than TypedConfirmationAbove devices the operator types the count to confirm. Does not send anything:
// the caller reads level(), reason() and expires() after accept().
class QuarantineDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineDialog)
public:
    static constexpr int TypedConfirmationAbove = 100;

    explicit QuarantineDialog(QList<QuarantineTarget> devices, QWidget *parent = nullptr);

    const QList<QuarantineTarget> &devices() const { return m_devices; }
    int safetyCriticalCount() const;
    QuarantineLevel level() const;
    QString reason() const;
    QDateTime expires() const; // invalid = until released

    // For tests and for callers that preset the form.
    void setLevel(QuarantineLevel level);
    void setReason(const QString &reason);
    void setConfirmation(const QString &typedCount);
    void setExpires(const QDateTime &expires);
    bool canAccept() const;
    QString effectText() const;
    QString safetyText() const;

private:
    void updateState();

    QList<QuarantineTarget> m_devices;
    QComboBox *m_level;
    QLabel *m_effect;
    QLabel *m_safety;
    QPlainTextEdit *m_reason;
    QCheckBox *m_hasExpiry;
    QDateTimeEdit *m_expiry;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
};

} // namespace warden
