#include "domain/Approval.h"

#include "domain/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<Approval> Approval::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Approval approval;
    approval.id = reader.requiredId("id");
    approval.kind = reader.requiredEnum<ApprovalKind>("kind");
    approval.state = reader.requiredEnum<ApprovalState>("state");
    approval.summary = reader.requiredString("summary", JsonReader::MaxTextLength);
    approval.action = reader.requiredObject("action");
    approval.requestedBy = reader.requiredId("requested_by");
    approval.decidedBy = reader.optionalId("decided_by");
    approval.reason = reader.optionalString("reason", JsonReader::MaxTextLength);
    approval.created = reader.requiredTime("created");
    approval.decided = reader.optionalTime("decided");

    // The four-eyes rule itself: an approval names a decider, and that decider is not the requester.
    if (reader.ok() && approval.state == ApprovalState::Approved) {
        if (approval.decidedBy.isEmpty())
            reader.fail(u"decided_by"_s, u"is required when the state is approved"_s);
        else if (approval.decidedBy == approval.requestedBy)
            reader.fail(u"decided_by"_s, u"must name a different operator than requested_by"_s,
                        JsonReader::describe(approval.decidedBy));
    }
    return reader.finish(std::move(approval));
}

QJsonObject Approval::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"kind"_s, toString(kind)},
        {u"state"_s, toString(state)},
        {u"summary"_s, summary},
        {u"action"_s, action},
        {u"requested_by"_s, requestedBy},
        {u"decided_by"_s, decidedBy},
        {u"reason"_s, reason},
        {u"created"_s, toJsonTimestamp(created)},
    };
    insertOptionalTimestamp(json, u"decided"_s, decided);
    return json;
}

} // namespace warden
