#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace warden {

class BackendSession;
class IdleLock;
class MainWindow;

// Puts the idle lock on the console window once a backend is connected, and unlocks by logging in to that backend
// again (password + new one-time code), which also renews its token. The idle time comes from the settings
// (security/idleLockMinutes, default 15; 0 = never); the demo locks only when that setting is given, since its
// operator does not know the generated demo password. Owns no widgets (IdleLock puts its cover on the window).
class ConsoleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleLock)

public:
    static constexpr int DefaultIdleMinutes = 15;

    explicit ConsoleLock(MainWindow *window, QObject *parent = nullptr);

    void addSession(BackendSession *session, bool demo);
    IdleLock *idleLock() const { return m_lock; }

private:
    BackendSession *verifyingSession() const;

    MainWindow *m_window;
    IdleLock *m_lock = nullptr;
    QList<QPointer<BackendSession>> m_sessions;
};

} // namespace warden
