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

    static Result<Rule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace warden
