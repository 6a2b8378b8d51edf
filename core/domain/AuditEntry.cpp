#include "domain/AuditEntry.h"

#include "domain/JsonReader.h"

#include <QJsonDocument>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype HashBytes = 32; // SHA-256

QJsonObject hashedFields(const AuditEntry &entry)
{
    return QJsonObject{
        {u"index"_s, entry.index},
        {u"time"_s, toJsonTimestamp(entry.time)},
        {u"actor"_s, entry.actor},
        {u"action"_s, entry.action},
        {u"target"_s, entry.target},
        {u"details"_s, entry.details},
        {u"prev_hash"_s, QString::fromLatin1(entry.prevHash.toHex())},
    };
}

} // namespace

QByteArray AuditEntry::canonicalBytes() const
{
    // QJsonObject keeps its keys sorted and Compact adds no whitespace, so equal entries give equal bytes.
    return QJsonDocument(hashedFields(*this)).toJson(QJsonDocument::Compact);
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    AuditEntry entry;
    entry.index = reader.requiredInteger("index", 0, std::numeric_limits<qint64>::max());
    entry.time = reader.requiredTime("time");
    entry.actor = reader.requiredId("actor");
    entry.action = reader.requiredId("action");
    entry.target = reader.optionalId("target");
    entry.details = reader.optionalObject("details");
    entry.prevHash = reader.requiredHex("prev_hash", HashBytes);
    entry.hash = reader.requiredHex("hash", HashBytes);
    return reader.finish(std::move(entry));
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json = hashedFields(*this);
    json.insert(u"hash"_s, QString::fromLatin1(hash.toHex()));
    return json;
}

} // namespace warden
