#include "ConsoleLock.h"

#include "IdleLock.h"
#include "MainWindow.h"
#include "fleet/BackendSession.h"
#include "security/SecretBuffer.h"

#include <QSettings>

namespace warden {

ConsoleLock::ConsoleLock(MainWindow *window, QObject *parent) : QObject(parent), m_window(window) {}

BackendSession *ConsoleLock::verifyingSession() const
{
    for (const QPointer<BackendSession> &session : m_sessions) {
        if (session)
            return session;
    }
    return nullptr;
}

void ConsoleLock::addSession(BackendSession *session, bool demo)
{
    m_sessions.append(session);
    const QSettings settings;
    const QString key = QStringLiteral("security/idleLockMinutes");
    if (demo && !settings.contains(key))
        return;
    const int minutes = settings.value(key, DefaultIdleMinutes).toInt();
    if (m_lock || minutes <= 0)
        return;
    m_lock = new IdleLock(
        m_window,
        [this](const QString &password, const QString &code, std::function<void(const QString &)> done) {
            BackendSession *backend = verifyingSession();
            if (!backend) {
                done(tr("No backend is connected to check the code against."));
                return;
            }
            FleetApiClient *api = backend->api();
            const QString user = api->session().user.isEmpty() ? api->profile().userName : api->session().user;
            QString secret = password;
            // Only the token is renewed: stream, sync and every page carry on as they are.
            api->login(user, SecretBytes::fromString(secret), code, this, [done](FleetResult<LoginSession> login) {
                done(login.ok() ? QString() : login.error().message());
            });
        },
        this);
    // Named when it locks: at attach time the login may still be under way.
    connect(m_lock, &IdleLock::lockedChanged, this, [this](bool locked) {
        BackendSession *backend = verifyingSession();
        if (locked)
            m_lock->setOperatorName(backend ? backend->api()->session().user : QString());
    });
    m_lock->setIdleTimeout(minutes * 60 * 1000);
}

} // namespace warden
