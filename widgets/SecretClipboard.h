#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace warden {

// Copies a secret or a piece of personal data (an owner's e-mail, a one-time token) to the clipboard the careful
// way: the data is marked for clipboard managers as a password ("x-kde-passwordManagerHint: secret", honoured by
// KDE's Klipper and others) so they keep no history of it, and it is cleared after a timeout — unless the operator
// has copied something else meanwhile, which is left alone. Use it instead of QClipboard::setText for such data.
class SecretClipboard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr int DefaultClearMs = 30'000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &text, int clearAfterMs = DefaultClearMs);
    // Clears now if the clipboard still holds what was copied (also done when this object is destroyed).
    void clearNow();
    bool isPending() const;

signals:
    void cleared();

private:
    QTimer *m_timer;
    QString m_copied;
};

} // namespace warden
