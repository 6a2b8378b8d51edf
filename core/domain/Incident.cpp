#include "domain/Incident.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// Shared by IncidentNote::fromJson and the notes of an Incident, so nested failures carry "notes[i]." paths.
IncidentNote readNote(JsonReader &reader)
{
    IncidentNote note;
    note.time = reader.requiredTime("time");
    note.author = reader.requiredId("author");
    note.text = reader.requiredString("text", JsonReader::MaxTextLength);
    return note;
}

} // namespace

Result<IncidentNote> IncidentNote::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    IncidentNote note = readNote(reader);
    return reader.finish(std::move(note));
}

QJsonObject IncidentNote::toJson() const
{
    return QJsonObject{{u"time"_s, toJsonTimestamp(time)}, {u"author"_s, author}, {u"text"_s, text}};
}

Result<Incident> Incident::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Incident incident;
    incident.id = reader.requiredId("id");
    incident.title = reader.requiredId("title");
    incident.type = reader.requiredEnum<ThreatType>("type");
    incident.severity = reader.requiredEnum<Severity>("severity");
    incident.state = reader.requiredEnum<IncidentState>("state");
    incident.assignee = reader.optionalId("assignee");
    incident.siteId = reader.optionalId("site_id");
    incident.deviceIds = reader.optionalStringList("device_ids");
    incident.eventSeqs = reader.optionalIntegerList("event_seqs", 1, std::numeric_limits<qint64>::max());

    const QList<QJsonObject> notes = reader.objectList("notes", false, 0, JsonReader::MaxListLength);
    for (qsizetype i = 0; reader.ok() && i < notes.size(); ++i) {
        JsonReader noteReader = reader.nested(notes.at(i), JsonReader::elementPath(reader.path("notes"), i));
        incident.notes.append(readNote(noteReader));
    }

    incident.resolution = reader.optionalString("resolution", JsonReader::MaxTextLength);
    incident.opened = reader.requiredTime("opened");
    incident.updated = reader.optionalTime("updated");
    return reader.finish(std::move(incident));
}

QJsonObject Incident::toJson() const
{
    QJsonArray seqs;
    for (const qint64 seq : eventSeqs)
        seqs.append(seq);
    QJsonArray noteArray;
    for (const IncidentNote &note : notes)
        noteArray.append(note.toJson());

    QJsonObject json{
        {u"id"_s, id},
        {u"title"_s, title},
        {u"type"_s, toString(type)},
        {u"severity"_s, toString(severity)},
        {u"state"_s, toString(state)},
        {u"assignee"_s, assignee},
        {u"site_id"_s, siteId},
        {u"device_ids"_s, QJsonArray::fromStringList(deviceIds)},
        {u"event_seqs"_s, seqs},
        {u"notes"_s, noteArray},
        {u"resolution"_s, resolution},
        {u"opened"_s, toJsonTimestamp(opened)},
    };
    insertOptionalTimestamp(json, u"updated"_s, updated);
    return json;
}

} // namespace warden
