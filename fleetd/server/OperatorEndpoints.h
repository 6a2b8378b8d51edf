#pragma once

#include "ApiRouter.h"
#include "FleetContext.h"
#include "SessionManager.h"

#include <QCoreApplication>

#include <functional>

namespace warden {

// GET /operators and POST /operators/{user}/reset-totp (fleet-api.md §3, admin only): the accounts' 2FA, lockout and
// last-login state, and the reset of an operator's TOTP secret. The new secret is in the reset's response only —
// never in the audit chain, a log or a file. A reset ends every token of that operator and, through
// sessionsRevoked, their open streams. Not responsible for logins (SessionManager) or creating accounts.
class OperatorEndpoints {
    Q_DECLARE_TR_FUNCTIONS(OperatorEndpoints)

public:
    // sessionsRevoked(nowMs) is called after a reset ended tokens, to close the streams they opened.
    static void install(ApiRouter &router, FleetContext &context, SessionManager &sessions,
                        std::function<void(qint64 nowMs)> sessionsRevoked);
};

} // namespace warden
