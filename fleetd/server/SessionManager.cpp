#include "SessionManager.h"

#include "FleetTime.h"

#include "security/PasswordHasher.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

QByteArray tokenKey(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

// A PBKDF2 record of a password nobody knows, verified for unknown users so response time does not reveal
// whether an account exists.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QByteArray(16, 'x'), PasswordHasher::DefaultIterations);
    return hash;
}

} // namespace

SessionManager::SessionManager(FleetStore &store, int tokenTtlSeconds)
    : m_store(store), m_tokenTtlMs(qint64(tokenTtlSeconds) * 1000)
{
}

FleetRole SessionManager::highestRole(const QStringList &roles)
{
    FleetRole best = FleetRole::None;
    for (const QString &role : roles) {
        FleetRole level = FleetRole::None;
        if (role == u"viewer"_s)
            level = FleetRole::Viewer;
        else if (role == u"operator"_s)
            level = FleetRole::Operator;
        else if (role == u"admin"_s)
            level = FleetRole::Admin;
        best = std::max(best, level);
    }
    return best;
}

QString SessionManager::roleName(FleetRole role)
{
    switch (role) {
    case FleetRole::None: return u"none"_s;
    case FleetRole::Viewer: return u"viewer"_s;
    case FleetRole::Operator: return u"operator"_s;
    case FleetRole::Admin: return u"admin"_s;
    }
    return {};
}

Status SessionManager::saveAccount(const FleetAccount &account)
{
    Result<FleetStore::WriteScope> scope = m_store.write();
    if (!scope)
        return scope.error();
    if (const Status status = m_store.putAccount(account); !status)
        return status;
    return scope.value().commit();
}

ApiError SessionManager::recordFailure(FleetAccount &account, const ApiError &failure, qint64 nowMs)
{
    ++account.failedCount;
    ApiError answer = failure;
    if (account.failedCount >= MaxFailures) {
        account.failedCount = 0;
        account.lockedUntilMs = nowMs + LockMilliseconds;
        answer = ApiError{423, u"account_locked"_s,
                          tr("Too many failed logins: the account is locked for five minutes."), {}, {}};
        answer.extra.insert(u"locked_until"_s, jsonTimeFromMs(account.lockedUntilMs));
    }
    if (const Status status = saveAccount(account); !status)
        return ApiError::fromStoreError(status.error());
    return answer;
}

ApiResult<SessionManager::Login> SessionManager::login(const QString &user, const QByteArray &password,
                                                       const QString &totp, qint64 nowMs)
{
    const ApiError invalidCredentials{401, u"invalid_credentials"_s, tr("The user name or password is wrong."), {},
                                      {}};
    std::optional<FleetAccount> account = m_store.account(user);
    if (!account) {
        (void)PasswordHasher::verify(password, decoyHash());
        return invalidCredentials;
    }
    if (account->lockedUntilMs > nowMs) {
        ApiError locked{423, u"account_locked"_s,
                        tr("Too many failed logins: the account is locked until %1 UTC.")
                            .arg(utcFromMs(account->lockedUntilMs)
                                     .toString(u"HH:mm:ss"_s)),
                        {}, {}};
        locked.extra.insert(u"locked_until"_s, jsonTimeFromMs(account->lockedUntilMs));
        return locked;
    }
    if (account->lockedUntilMs != 0) {
        // The lock has run out: start counting afresh.
        account->lockedUntilMs = 0;
        account->failedCount = 0;
    }
    if (!PasswordHasher::verify(password, account->passwordHash))
        return recordFailure(*account, invalidCredentials, nowMs);

    const ApiError invalidTotp{401, u"invalid_totp"_s, tr("The one-time code is wrong or has expired."), u"totp"_s,
                               {}};
    const qint64 currentStep = (nowMs / 1000) / TotpPeriodSeconds;
    qint64 matchedStep = -1;
    for (qint64 step = currentStep - 1; step <= currentStep + 1; ++step) {
        const QString expected = Totp::code(account->totpSecret, step * TotpPeriodSeconds);
        if (!expected.isEmpty() && constantTimeEquals(expected, totp.trimmed()))
            matchedStep = step;
    }
    if (matchedStep < 0 || matchedStep <= account->lastTotpStep)
        return recordFailure(*account, invalidTotp, nowMs);

    account->failedCount = 0;
    account->lastTotpStep = matchedStep;
    if (const Status status = saveAccount(*account); !status)
        return ApiError::fromStoreError(status.error());

    purgeExpired(nowMs);
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    Login result;
    result.token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    wipe(random);
    result.session.user = account->user;
    result.session.roles = account->roles;
    result.session.expiresMs = nowMs + m_tokenTtlMs;
    result.session.level = highestRole(account->roles);
    m_sessions.insert(tokenKey(result.token), result.session);
    return result;
}

void SessionManager::logout(const QByteArray &token)
{
    m_sessions.remove(tokenKey(token));
}

int SessionManager::revokeUser(const QString &user)
{
    int revoked = 0;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->user == user) {
            it = m_sessions.erase(it);
            ++revoked;
        } else {
            ++it;
        }
    }
    return revoked;
}

ApiResult<FleetSession> SessionManager::authenticate(const QByteArray &authorization, qint64 nowMs)
{
    static const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (authorization.size() <= prefix.size() || authorization.left(prefix.size()).toLower() != prefix)
        return ApiError::unauthenticated();
    return sessionForToken(authorization.mid(prefix.size()).trimmed(), nowMs);
}

ApiResult<FleetSession> SessionManager::sessionForToken(const QByteArray &token, qint64 nowMs)
{
    if (token.isEmpty())
        return ApiError::unauthenticated();
    const auto it = m_sessions.constFind(tokenKey(token));
    if (it == m_sessions.constEnd())
        return ApiError::unauthenticated();
    if (it->expiresMs <= nowMs)
        return ApiError::tokenExpired();
    return *it;
}

void SessionManager::purgeExpired(qint64 nowMs)
{
    // Expired tokens are kept an hour so a client hears "token_expired" rather than "unauthenticated".
    constexpr qint64 KeepExpiredMs = 3600 * 1000;
    if (nowMs - m_lastPurgeMs < 60 * 1000)
        return;
    m_lastPurgeMs = nowMs;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expiresMs + KeepExpiredMs < nowMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

} // namespace warden
