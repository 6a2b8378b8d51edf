#include "OperatorEndpoints.h"

#include "FleetTime.h"
#include "RequestBody.h"

#include "security/SecretBuffer.h"
#include "security/Totp.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype MaxReasonLength = 1000;

QJsonObject operatorJson(const FleetAccount &account, const QString &lastLogin, qint64 nowMs)
{
    return QJsonObject{
        {u"user"_s, account.user},
        {u"roles"_s, QJsonArray::fromStringList(account.roles)},
        {u"totp_enrolled"_s, !account.totpSecret.isEmpty()},
        {u"locked_until"_s, account.lockedUntilMs > nowMs ? jsonTimeFromMs(account.lockedUntilMs) : QJsonValue()},
        {u"last_login"_s, lastLogin.isEmpty() ? QJsonValue() : QJsonValue(lastLogin)},
        // fleetd issues one shared client certificate for mutual TLS, not one per operator (fleet-api.md §3).
        {u"client_certificate"_s, QJsonValue()},
    };
}

} // namespace

void OperatorEndpoints::install(ApiRouter &router, FleetContext &context, SessionManager &sessions,
                                std::function<void(qint64 nowMs)> sessionsRevoked)
{
    router.add("GET", u"/operators"_s, ApiAccess::Admin, [&context](const ApiCall &call) -> ApiResult<HttpResponse> {
        Result<QList<FleetAccount>> accounts = context.store.accounts();
        if (!accounts)
            return ApiError::fromStoreError(accounts.error());
        Result<QHash<QString, QString>> logins = context.store.latestAuditTimes(u"session.login"_s);
        if (!logins)
            return ApiError::fromStoreError(logins.error());
        QJsonArray items;
        for (const FleetAccount &account : std::as_const(*accounts))
            items.append(operatorJson(account, logins->value(account.user), call.nowMs));
        return HttpResponse::json(200, QJsonObject{{u"items"_s, items}});
    });

    router.add("POST", u"/operators/{user}/reset-totp"_s, ApiAccess::Admin,
               [&context, &sessions, sessionsRevoked = std::move(sessionsRevoked)](
                   const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> body = RequestBody::parse(call.request.body, {u"reason"_s});
                   if (!body)
                       return body.error();
                   JsonReader reader(*body);
                   const QString reason = reader.requiredString("reason", MaxReasonLength).trimmed();
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   if (reason.isEmpty())
                       return ApiError::badRequest(tr("A reason is required."),
                                                   u"reason"_s);
                   const QString user = call.param(0);
                   std::optional<FleetAccount> account = context.store.account(user);
                   if (!account)
                       return ApiError::notFound(
                           tr("There is no operator %1.").arg(user));

                   QByteArray secret = Totp::generateSecret();
                   account->totpSecret = secret;
                   // A fresh secret starts a fresh replay window, and the reset is also how an admin unlocks.
                   account->lastTotpStep = -1;
                   account->failedCount = 0;
                   account->lockedUntilMs = 0;

                   ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
                   if (!transaction) {
                       wipe(secret);
                       return transaction.error();
                   }
                   if (const Status s = transaction->store().putAccount(*account); !s) {
                       wipe(secret);
                       return ApiError::fromStoreError(s.error());
                   }
                   // The audit entry says who reset whose 2FA and why — never the secret.
                   if (ApiStatus s = transaction->audit(call.session.user, u"operator.reset_totp"_s, user,
                                                        QJsonObject{{u"reason"_s, reason}});
                       !s) {
                       wipe(secret);
                       return s.error();
                   }
                   if (ApiStatus s = transaction->commit(); !s) {
                       wipe(secret);
                       return s.error();
                   }
                   // Whoever held the old second factor may hold a session opened with it: every token of the
                   // operator ends now (an admin resetting their own 2FA logs in again too).
                   const int revoked = sessions.revokeUser(user);
                   if (revoked > 0 && sessionsRevoked)
                       sessionsRevoked(call.nowMs);
                   HttpResponse response = HttpResponse::json(
                       200, QJsonObject{
                                {u"user"_s, user},
                                {u"revoked_sessions"_s, revoked},
                                {u"totp_secret"_s, Totp::toBase32(secret)},
                                {u"otpauth_uri"_s, Totp::otpauthUri(u"Warden fleetd"_s, user, secret)},
                            });
                   wipe(secret);
                   return response;
               });
}

} // namespace warden
