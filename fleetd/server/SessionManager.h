#pragma once

#include "ApiError.h"
#include "FleetStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace warden {

// Roles in increasing power; each includes the ones below (fleet-api.md §3).
enum class FleetRole { None = 0, Viewer = 1, Operator = 2, Admin = 3 };

// A logged-in operator as the API sees it.
struct FleetSession {
    QString user;
    QStringList roles;
    qint64 expiresMs = 0;
    FleetRole level = FleetRole::None; // the highest role held
};

// Logins and bearer tokens (fleet-api.md §3): password (PBKDF2) + TOTP (±1 step, each step accepted once per
// account), lockout after five consecutive failures for five minutes, opaque random tokens kept only in memory with
// a fixed lifetime. Account counters live in the FleetStore so lockouts and replay protection survive a restart.
// Not responsible for auditing (the caller records logins) or for deciding what a role may do.
class SessionManager {
    Q_DECLARE_TR_FUNCTIONS(SessionManager)

public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 LockMilliseconds = 5 * 60 * 1000;
    static constexpr int TotpPeriodSeconds = 30;

    SessionManager(FleetStore &store, int tokenTtlSeconds);

    struct Login {
        QByteArray token; // 32 random bytes, base64url without padding
        FleetSession session;
    };
    // nowMs is wall-clock time (TOTP codes follow real time).
    ApiResult<Login> login(const QString &user, const QByteArray &password, const QString &totp, qint64 nowMs);
    void logout(const QByteArray &token);
    // Ends every token of the user at once (a 2FA reset: whoever held the old second factor must log in again).
    // Returns how many live tokens were ended.
    int revokeUser(const QString &user);

    // The session of an "Authorization: Bearer TOKEN" header value (401 unauthenticated / token_expired otherwise).
    ApiResult<FleetSession> authenticate(const QByteArray &authorization, qint64 nowMs);
    // Same for a bare token.
    ApiResult<FleetSession> sessionForToken(const QByteArray &token, qint64 nowMs);

    static FleetRole highestRole(const QStringList &roles);
    static QString roleName(FleetRole role);

private:
    // Counts a failed attempt; returns the error to answer (423 once the account locks).
    ApiError recordFailure(FleetAccount &account, const ApiError &failure, qint64 nowMs);
    Status saveAccount(const FleetAccount &account);
    void purgeExpired(qint64 nowMs);

    FleetStore &m_store;
    qint64 m_tokenTtlMs;
    // Keyed by SHA-256 of the token, so the table itself never holds a usable credential.
    QHash<QByteArray, FleetSession> m_sessions;
    qint64 m_lastPurgeMs = 0;
};

} // namespace warden
