#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>

#include <utility>

namespace warden {

// Parses a backend's answer and then overwrites its bytes. Answers carry session tokens, a 2FA reset's new TOTP
// secret and personal data; once they are parsed into their owners (SecretBytes for secrets), the raw body should not
// linger in freed heap memory. The caller hands the answer over (moved in, so this array owns its bytes alone);
// if the parser kept a shallow copy, wipe() only drops this reference and the copy stays intact.
// Qt's own buffers (the reply's read buffer, the JSON parser's containers) are outside this reach.
template <typename Parse>
auto parseThenWipe(QByteArray &answer, Parse &&parse)
{
    auto result = std::forward<Parse>(parse)(std::as_const(answer));
    wipe(answer);
    return result;
}

} // namespace warden
