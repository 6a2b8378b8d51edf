// FleetError::fromHttp on an arbitrary status and body (a hostile or broken backend's error response). The first two
// bytes are the HTTP status (big-endian, taken modulo 1000 so the interesting 1xx..5xx range is dense); the rest is
// the body. Properties: the message is never empty, every server-supplied text is bounded and free of control
// characters, success statuses become protocol errors, and the extra fields belong only to their kinds.

#include "FuzzSupport.h"

#include "fleet/FleetError.h"

using namespace warden;

namespace {

bool hasNoControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::InputReader input(data, size);
    const int status = input.word() % 1000;
    const FleetError error = FleetError::fromHttp(status, input.rest());

    fuzz::check(error.httpStatus() == status, "status not kept");
    fuzz::check(!error.message().isEmpty(), "empty message");
    // sanitisedText: at most the limit plus one ellipsis character.
    fuzz::check(error.code().size() <= 65, "code not bounded");
    fuzz::check(error.field().size() <= 257, "field not bounded");
    fuzz::check(error.message().size() <= 1001, "message not bounded");
    fuzz::check(hasNoControlCharacters(error.code()) && hasNoControlCharacters(error.field())
                    && hasNoControlCharacters(error.message()),
                "control characters from the server reach the operator");
    fuzz::check(!error.isTls(), "an HTTP answer classified as a TLS failure");
    fuzz::check(!FleetError::kindName(error.kind()).isEmpty(), "kind without a name");
    if (status >= 200 && status < 400)
        fuzz::check(error.kind() == FleetError::Kind::ProtocolError, "success status not a protocol error");
    if (error.kind() != FleetError::Kind::SeqTooOld)
        fuzz::check(error.oldestSeq() == 0, "oldest_seq outside seq_too_old");
    else
        fuzz::check(error.oldestSeq() >= 0 && error.oldestSeq() <= 9007199254740991LL, "oldest_seq out of range");
    if (error.kind() != FleetError::Kind::AccountLocked)
        fuzz::check(!error.lockedUntil().isValid(), "locked_until outside account_locked");
    else if (error.lockedUntil().isValid())
        fuzz::check(error.lockedUntil().timeSpec() == Qt::UTC, "locked_until not in UTC");
    return 0;
}
