#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace warden {

// pending_confirmation: queued while offline, sent only after the operator confirms; sent: delivered to the
// backend; failed: the backend refused it or delivery failed (message says why).
enum class PendingActionState { PendingConfirmation, Sent, Failed };

QString toString(PendingActionState state);
std::optional<PendingActionState> pendingActionStateFromString(const QString &name);

// One entry of the offline journal: an operator action recorded while the backend was unreachable. The journal
// never sends anything by itself; it only remembers what is waiting for confirmation.
struct PendingAction {
    qint64 id = 0;       // assigned by the cache
    QDateTime created;   // UTC
    QString kind;        // e.g. "quarantine", "licence.revoke"
    QJsonObject payload; // the request as it would be sent
    PendingActionState state = PendingActionState::PendingConfirmation;
    QString message; // outcome or failure reason

    friend bool operator==(const PendingAction &, const PendingAction &) = default;
};

} // namespace warden
