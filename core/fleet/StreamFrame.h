#pragma once

#include "cache/CacheBatch.h"
#include "domain/ThreatEvent.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace warden {

// One text message of the live stream (fleet-api.md §7), parsed and validated strictly. change frames are turned
// into the CacheBatch that upserts their item, or deletes it when the item is a tombstone {"id", "deleted": true},
// so the stream client never handles raw JSON.
//
// Responsible for: the frame's shape, the domain validation of its items, ascending contiguous seq inside one
// events frame. Not responsible for continuity between frames (StreamSequencer).
struct StreamFrame {
    enum class Type { Hello, Events, Change, Heartbeat, Error, Unknown };
    // Kinds of a change frame; Unknown covers kinds added by a newer backend (ignored, per the v1 rules).
    enum class ChangeKind { None, Device, Incident, Licence, Campaign, Approval, Rule, Audit, JoinRequest, Credential, Unknown };

    // Frames larger than this are refused (a backend never needs more; an attacker must not make us try).
    static constexpr qsizetype DefaultMaxBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxEventsPerFrame = 100000;

    Type type = Type::Unknown;
    QString typeName;          // as sent (useful in messages for Unknown)
    qint64 lastSeq = 0;        // hello, heartbeat
    qint64 fromSeq = 0;        // hello
    qint64 revision = 0;       // hello, change
    QDateTime time;            // heartbeat
    QList<ThreatEvent> events; // events
    ChangeKind changeKind = ChangeKind::None;
    QString changeKindName; // as sent
    CacheBatch change;      // change: the upsert of the item, or its deletion
    QString code;           // error
    QString message;        // error
    qint64 oldestSeq = 0;   // error seq_too_old

    static Result<StreamFrame> parse(const QByteArray &utf8, qsizetype maxBytes = DefaultMaxBytes);
};

// Continuity of the event stream across frames: the first events frame must start at the seq asked for, every
// later one exactly where the previous ended. A gap or a duplicate means the stream cannot be trusted: the client
// reconnects from its last committed seq.
class StreamSequencer {
public:
    // lastCommitted: the highest seq already in the cache (0 = none); the stream is asked for lastCommitted + 1.
    explicit StreamSequencer(qint64 lastCommitted = 0) { reset(lastCommitted); }

    void reset(qint64 lastCommitted);
    qint64 nextExpected() const { return m_nextExpected; }

    // hello: from_seq must be what was asked for, and last_seq must not be behind what the cache already holds.
    Status acceptHello(const StreamFrame &hello);
    // events: contiguous from nextExpected(); advances it.
    Status acceptEvents(const QList<ThreatEvent> &events);
    // heartbeat: the server cannot have committed fewer events than it already sent.
    Status acceptHeartbeat(const StreamFrame &heartbeat) const;

private:
    qint64 m_nextExpected = 1;
};

QString toString(StreamFrame::ChangeKind kind);

} // namespace warden
