#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace warden {

// Asks whether to revoke the active licences of a selection of devices (UI.md "Acting"): states the effect in plain
// words, counts licences and devices, names the safety-critical devices among them, requires a reason, and for
// more than TypedConfirmationAbove licences asks the operator to type the count. Sends nothing: the caller reads
// reason() after accept().
class RevokeLicencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeLicencesDialog)
public:
    static constexpr int TypedConfirmationAbove = 100;

    struct Item {
        QString backend;
        QString licenceId;
        QString deviceId;
        QString deviceName;
        QStringList scopes;
        bool safetyCritical = false;
    };

    // devicesWithout: selected devices that have no active licence (they are left alone).
    RevokeLicencesDialog(QList<Item> items, int devicesWithout, QWidget *parent = nullptr);

    const QList<Item> &items() const { return m_items; }
    QString reason() const;
    void setReason(const QString &reason);
    void setConfirmation(const QString &typedCount);
    bool canAccept() const;
    QString effectText() const;

private:
    void updateState();

    QList<Item> m_items;
    QLabel *m_effect;
    QLabel *m_safety;
    QPlainTextEdit *m_reason;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
};

} // namespace warden
