#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace warden {

// A policy rule: a condition expression over events and devices, and the action it triggers.
struct Rule {
    QString id;
    QString name;
    bool enabled = false;
    int priority = 100;
    QString condition; // rule grammar, parsed by core/rules
    RuleActionKind action = RuleActionKind::Notify;
    QuarantineLevel quarantineLevel = QuarantineLevel::None; // for Quarantine actions
    QString createdBy;

    // JSON: required id, name, enabled, condition (<= 64 KiB), action; optional priority (0..1000000, default 100),
    // quarantine_level (default "none", but must not be none for a quarantine action), created_by (default "").
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Rule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace warden
