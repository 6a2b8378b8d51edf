#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// A four-eyes request: an action held until a second, different operator decides.
struct Approval {
    QString id;
    ApprovalKind kind = ApprovalKind::Quarantine;
    ApprovalState state = ApprovalState::Pending;
    QString summary;
    QJsonObject action; // the held request, verbatim
    QString requestedBy;
    QString decidedBy;
    QString reason;
    QDateTime created;
    QDateTime decided;

    // JSON: required id, kind, state, summary, action (object), requested_by, created; optional decided_by, reason
    // (default ""), decided (omitted when invalid). An approved approval must name a decided_by that differs from
    // requested_by.
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Approval> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Approval &, const Approval &) = default;
};

} // namespace warden
