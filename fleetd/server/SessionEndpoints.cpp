#include "SessionEndpoints.h"

#include "FleetTime.h"
#include "RequestBody.h"
#include "security/SecretBuffer.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

void SessionEndpoints::install(ApiRouter &router, FleetContext &context, SessionManager &sessions)
{
    router.add("GET", u"/info"_s, ApiAccess::Public, [&context](const ApiCall &call) -> ApiResult<HttpResponse> {
        Q_UNUSED(call);
        return HttpResponse::json(
            200, QJsonObject{
                     {u"name"_s, u"fleetd"_s},
                     {u"version"_s, QStringLiteral(WARDEN_VERSION)},
                     {u"api_version"_s, 1},
                     {u"time"_s, toJsonTimestamp(context.clock.now())},
                     {u"last_seq"_s, context.store.lastSeq()},
                     {u"oldest_seq"_s, context.store.oldestSeq()},
                     {u"revision"_s, context.store.revision()},
                     {u"audit_public_key"_s, QString::fromLatin1(context.audit.publicKey().toBase64())},
                 });
    });

    router.add("POST", u"/session"_s, ApiAccess::Public,
               [&context, &sessions](const ApiCall &call) -> ApiResult<HttpResponse> {
                   ApiResult<QJsonObject> body =
                       RequestBody::parse(call.request.body, {u"user"_s, u"password"_s, u"totp"_s});
                   if (!body)
                       return body.error();
                   JsonReader reader(*body);
                   const QString user = reader.requiredId("user");
                   QString password = reader.requiredString("password", 1024);
                   const QString totp = reader.requiredString("totp", 16);
                   if (!reader.ok())
                       return RequestBody::fromReader(reader);
                   SecretBytes secret = SecretBytes::fromString(password);
                   ApiResult<SessionManager::Login> login = sessions.login(user, secret.bytes(), totp, call.nowMs);
                   if (!login) {
                       if (login.error().code == u"account_locked"_s) {
                           // A lockout is worth a line in the audit trail; single failures are not.
                           ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
                           if (transaction && transaction->audit(user, u"session.locked"_s, user, {}).ok())
                               (void)transaction->commit();
                       }
                       return login.error();
                   }
                   ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
                   if (!transaction)
                       return transaction.error();
                   if (ApiStatus s = transaction->audit(user, u"session.login"_s, user, {}); !s)
                       return s.error();
                   if (ApiStatus s = transaction->commit(); !s)
                       return s.error();
                   return HttpResponse::json(
                       200, QJsonObject{
                                {u"token"_s, QString::fromLatin1(login->token)},
                                {u"expires_at"_s, jsonTimeFromMs(login->session.expiresMs)},
                                {u"user"_s, login->session.user},
                                {u"roles"_s, QJsonArray::fromStringList(login->session.roles)},
                                {u"backend"_s, QJsonObject{{u"name"_s, u"fleetd"_s},
                                                           {u"version"_s, QStringLiteral(WARDEN_VERSION)}}},
                            });
               });

    router.add("DELETE", u"/session"_s, ApiAccess::AnyToken,
               [&context, &sessions](const ApiCall &call) -> ApiResult<HttpResponse> {
                   const QByteArray authorization = call.request.header("authorization");
                   sessions.logout(authorization.mid(7).trimmed());
                   ApiResult<FleetTransaction> transaction = FleetTransaction::begin(context);
                   if (!transaction)
                       return transaction.error();
                   if (ApiStatus s = transaction->audit(call.session.user, u"session.logout"_s, call.session.user, {});
                       !s)
                       return s.error();
                   if (ApiStatus s = transaction->commit(); !s)
                       return s.error();
                   HttpResponse response;
                   response.status = 204;
                   return response;
               });
}

} // namespace warden
