#include "fleet/StreamFrame.h"

#include "domain/JsonReader.h"
#include "fleet/FleetJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qint64 MaxSeq = std::numeric_limits<qint64>::max() / 2;

using Kind = StreamFrame::ChangeKind;

struct KindName {
    const char *name;
    Kind kind;
};

constexpr std::array KindNames{
    KindName{"device", Kind::Device},     KindName{"incident", Kind::Incident}, KindName{"licence", Kind::Licence},
    KindName{"campaign", Kind::Campaign}, KindName{"approval", Kind::Approval}, KindName{"rule", Kind::Rule},
    KindName{"audit", Kind::Audit},       KindName{"join_request", Kind::JoinRequest},
    KindName{"credential", Kind::Credential},
};

template <typename T> Status parseItem(const QJsonObject &item, QList<T> &into)
{
    Result<T> value = T::fromJson(item);
    if (!value)
        return fleetjson::prefixed(value.error(), u"item"_s);
    into.append(std::move(value).value());
    return {};
}

// The cache list a deletion of this kind goes to; null for kinds that are never deleted (the audit chain only grows)
// and for kinds this console does not know.
QStringList *deletedIds(Kind kind, CacheBatch &batch)
{
    switch (kind) {
    case Kind::Device: return &batch.deletedDeviceIds;
    case Kind::Incident: return &batch.deletedIncidentIds;
    case Kind::Licence: return &batch.deletedLicenceIds;
    case Kind::Campaign: return &batch.deletedCampaignIds;
    case Kind::Approval: return &batch.deletedApprovalIds;
    case Kind::Rule: return &batch.deletedRuleIds;
    case Kind::JoinRequest: return &batch.deletedJoinRequestIds;
    case Kind::Credential: return &batch.deletedCredentialIds;
    case Kind::Audit:
    case Kind::None:
    case Kind::Unknown: break;
    }
    return nullptr;
}

// fleet-api.md §7: a deleted object is announced as item {"id": …, "deleted": true} in place of the object, so every
// console drops it live instead of at its next sync.
Status parseTombstone(const QJsonObject &item, StreamFrame &frame)
{
    JsonReader reader(item, u"item"_s);
    const QString id = reader.requiredId("id");
    if (!reader.ok())
        return Status::failure(reader.error().message, reader.error().field);
    if (frame.changeKind == Kind::Unknown)
        return {}; // a kind of a newer backend: ignored like its upserts
    QStringList *into = deletedIds(frame.changeKind, frame.change);
    if (!into) {
        return Status::failure(QCoreApplication::translate("FleetError",
                                                           "field \"item.deleted\" is true, but a %1 is never "
                                                           "deleted (id \"%2\").")
                                   .arg(frame.changeKindName, id),
                               u"item.deleted"_s);
    }
    into->append(id);
    return {};
}

Status parseChange(const QJsonObject &item, StreamFrame &frame)
{
    if (item.contains(u"deleted"_s)) {
        JsonReader reader(item, u"item"_s);
        const bool deleted = reader.optionalBool("deleted", false);
        if (!reader.ok())
            return Status::failure(reader.error().message, reader.error().field);
        if (deleted)
            return parseTombstone(item, frame);
    }
    CacheBatch &batch = frame.change;
    switch (frame.changeKind) {
    case Kind::Device: return parseItem(item, batch.devices);
    case Kind::Incident: return parseItem(item, batch.incidents);
    case Kind::Licence: return parseItem(item, batch.licences);
    case Kind::Campaign: return parseItem(item, batch.campaigns);
    case Kind::Approval: return parseItem(item, batch.approvals);
    case Kind::Rule: return parseItem(item, batch.rules);
    case Kind::Audit: return parseItem(item, batch.backendAudit);
    case Kind::JoinRequest: return parseItem(item, batch.joinRequests);
    case Kind::Credential: return parseItem(item, batch.credentials);
    case Kind::None:
    case Kind::Unknown: break;
    }
    return {};
}

Error frameError(const QString &message, const QString &field = {})
{
    return Error{QCoreApplication::translate("FleetError", "Stream frame rejected: %1").arg(message), field};
}

} // namespace

QString toString(StreamFrame::ChangeKind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return kind == Kind::None ? QString() : u"unknown"_s;
}

Result<StreamFrame> StreamFrame::parse(const QByteArray &utf8, qsizetype maxBytes)
{
    Result<QJsonObject> parsed =
        fleetjson::parseObject(utf8, maxBytes, QCoreApplication::translate("FleetError", "stream frame"));
    if (!parsed)
        return frameError(parsed.errorMessage());
    const QJsonObject json = parsed.value();

    StreamFrame frame;
    JsonReader reader(json);
    frame.typeName = reader.requiredId("type");
    if (!reader.ok())
        return frameError(reader.error().message, reader.error().field);

    if (frame.typeName == u"hello"_s) {
        frame.type = Type::Hello;
        frame.lastSeq = reader.requiredInteger("last_seq", 0, MaxSeq);
        frame.fromSeq = reader.requiredInteger("from_seq", 1, MaxSeq);
        frame.revision = reader.requiredInteger("revision", 0, MaxSeq);
    } else if (frame.typeName == u"events"_s) {
        frame.type = Type::Events;
        Result<QJsonArray> array = fleetjson::requiredArray(json, "events", MaxEventsPerFrame);
        if (!array)
            return frameError(array.errorMessage(), array.error().field);
        Result<QList<ThreatEvent>> events = fleetjson::parseList<ThreatEvent>(array.value(), u"events"_s);
        if (!events)
            return frameError(events.errorMessage(), events.error().field);
        frame.events = std::move(events).value();
        for (qsizetype i = 1; i < frame.events.size(); ++i) {
            const qint64 previous = frame.events.at(i - 1).seq;
            const qint64 seq = frame.events.at(i).seq;
            if (seq != previous + 1) {
                const QString field = JsonReader::elementPath(u"events"_s, i) + u".seq"_s;
                return frameError(QCoreApplication::translate("FleetError",
                                                              "field \"%1\" is %2, but events must be ascending "
                                                              "and contiguous (previous seq %3).")
                                      .arg(field)
                                      .arg(seq)
                                      .arg(previous),
                                  field);
            }
        }
    } else if (frame.typeName == u"change"_s) {
        frame.type = Type::Change;
        frame.changeKindName = reader.requiredId("kind");
        frame.revision = reader.requiredInteger("revision", 0, MaxSeq);
        const QJsonObject item = reader.requiredObject("item", maxBytes);
        if (!reader.ok())
            return frameError(reader.error().message, reader.error().field);
        frame.changeKind = Kind::Unknown;
        for (const KindName &entry : KindNames) {
            if (frame.changeKindName == QLatin1String(entry.name))
                frame.changeKind = entry.kind;
        }
        if (const Status status = parseChange(item, frame); !status)
            return frameError(status.errorMessage(), status.error().field);
    } else if (frame.typeName == u"heartbeat"_s) {
        frame.type = Type::Heartbeat;
        frame.lastSeq = reader.requiredInteger("last_seq", 0, MaxSeq);
        frame.time = reader.requiredTime("time");
    } else if (frame.typeName == u"error"_s) {
        frame.type = Type::Error;
        frame.code = reader.requiredId("code");
        frame.message = reader.optionalString("message", 1000);
        frame.oldestSeq = reader.optionalInteger("oldest_seq", 1, MaxSeq, 0);
    } else {
        frame.type = Type::Unknown; // a frame type of a newer backend: ignored
    }
    if (!reader.ok())
        return frameError(reader.error().message, reader.error().field);
    return frame;
}

void StreamSequencer::reset(qint64 lastCommitted)
{
    m_nextExpected = std::max<qint64>(0, lastCommitted) + 1;
}

Status StreamSequencer::acceptHello(const StreamFrame &hello)
{
    if (hello.fromSeq != m_nextExpected) {
        return Status::failure(QCoreApplication::translate("FleetError",
                                                           "The backend resumed the stream at event %1, but event "
                                                           "%2 was asked for.")
                                   .arg(hello.fromSeq)
                                   .arg(m_nextExpected),
                               u"from_seq"_s);
    }
    if (hello.lastSeq < m_nextExpected - 1) {
        return Status::failure(QCoreApplication::translate("FleetError",
                                                           "The backend knows only %1 events, but this cache already "
                                                           "holds %2. Is this the same backend?")
                                   .arg(hello.lastSeq)
                                   .arg(m_nextExpected - 1),
                               u"last_seq"_s);
    }
    return {};
}

Status StreamSequencer::acceptEvents(const QList<ThreatEvent> &events)
{
    qint64 expected = m_nextExpected;
    for (const ThreatEvent &event : events) {
        if (event.seq > expected) {
            return Status::failure(
                QCoreApplication::translate("FleetError", "Events %1 to %2 are missing from the stream.")
                    .arg(expected)
                    .arg(event.seq - 1),
                u"seq"_s);
        }
        if (event.seq < expected) {
            return Status::failure(
                QCoreApplication::translate("FleetError", "Event %1 arrived twice on the stream.").arg(event.seq),
                u"seq"_s);
        }
        ++expected;
    }
    m_nextExpected = expected;
    return {};
}

Status StreamSequencer::acceptHeartbeat(const StreamFrame &heartbeat) const
{
    if (heartbeat.lastSeq < m_nextExpected - 1) {
        return Status::failure(QCoreApplication::translate("FleetError",
                                                           "The backend reports %1 as its newest event, but it "
                                                           "already sent event %2.")
                                   .arg(heartbeat.lastSeq)
                                   .arg(m_nextExpected - 1),
                               u"last_seq"_s);
    }
    return {};
}

} // namespace warden
