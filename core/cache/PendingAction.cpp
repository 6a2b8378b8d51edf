#include "cache/PendingAction.h"

namespace warden {

QString toString(PendingActionState state)
{
    switch (state) {
    case PendingActionState::PendingConfirmation:
        return QStringLiteral("pending_confirmation");
    case PendingActionState::Sent:
        return QStringLiteral("sent");
    case PendingActionState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<PendingActionState> pendingActionStateFromString(const QString &name)
{
    for (PendingActionState state :
         {PendingActionState::PendingConfirmation, PendingActionState::Sent, PendingActionState::Failed}) {
        if (name == toString(state))
            return state;
    }
    return std::nullopt;
}

} // namespace warden
