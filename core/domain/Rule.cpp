#include "domain/Rule.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qint64 MaxPriority = 1000000;

} // namespace

Result<Rule> Rule::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Rule rule;
    rule.id = reader.requiredId("id");
    rule.name = reader.requiredId("name");
    rule.enabled = reader.requiredBool("enabled");
    rule.priority = static_cast<int>(reader.optionalInteger("priority", 0, MaxPriority, 100));
    rule.condition = reader.requiredString("condition", JsonReader::MaxTextLength);
    rule.action = reader.requiredEnum<RuleActionKind>("action");
    rule.quarantineLevel = reader.optionalEnum<QuarantineLevel>("quarantine_level", QuarantineLevel::None);
    rule.createdBy = reader.optionalId("created_by");

    // A quarantine rule without a level would fire and change nothing; refuse it where it is written.
    if (reader.ok() && rule.action == RuleActionKind::Quarantine && rule.quarantineLevel == QuarantineLevel::None)
        reader.fail(u"quarantine_level"_s, u"must not be none when the action is quarantine"_s);
    return reader.finish(std::move(rule));
}

QJsonObject Rule::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"enabled"_s, enabled},
        {u"priority"_s, priority},
        {u"condition"_s, condition},
        {u"action"_s, toString(action)},
        {u"quarantine_level"_s, toString(quarantineLevel)},
        {u"created_by"_s, createdBy},
    };
}

} // namespace warden
