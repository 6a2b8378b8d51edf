#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace warden {

// Locks the console after a period without keyboard or mouse input and asks the operator to prove it is still them
// (password and one-time code) before anything can be seen or done again. The window and its pages stay as they
// were underneath — selections, filters, scroll positions, half-typed text — only hidden and unreachable: an opaque
// cover over the whole window takes every input while locked. Live data keeps arriving meanwhile.
// Not responsible for checking the code: the verifier (the backend, by logging in again) does.
class IdleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    // Calls done with an empty string when password and code are accepted, else with what is wrong.
    using Verifier = std::function<void(const QString &password, const QString &code,
                                        std::function<void(const QString &error)> done)>;

    IdleLock(QWidget *window, Verifier verifier, QObject *parent = nullptr);
    ~IdleLock() override;

    // 0 turns locking off. Counting starts again from now.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_timeoutMs; }
    void setOperatorName(const QString &name);

    bool isLocked() const { return m_locked; }
    void lock();

    // For tests and accessibility: the cover's widgets.
    QWidget *cover() const;
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *codeField() const { return m_code; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString errorText() const;

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryUnlock();
    void restartCountdown();
    void placeCover();
    bool belongsToCover(QObject *object) const;

    QPointer<QWidget> m_window;
    Verifier m_verifier;
    QTimer *m_timer;
    int m_timeoutMs = 0;
    bool m_locked = false;
    bool m_verifying = false;
    QWidget *m_cover;
    QLabel *m_title;
    QLabel *m_error;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QPushButton *m_unlock;
    QPointer<QWidget> m_focusBeforeLock;
};

} // namespace warden
