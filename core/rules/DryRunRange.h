#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace warden {

class CacheStore;

// The stored events a dry run covers, as the seq range the backend is asked for (POST /rules/dry-run takes seqs).
struct DryRunSpan {
    qint64 fromSeq = 0; // 0 and 0: the window holds no cached event
    qint64 toSeq = 0;
    qint64 eventsInWindow = 0;  // cached events whose time falls inside the window
    qint64 eventsInSpan = 0;    // cached events in [fromSeq, toSeq]
    bool capped = false;        // the window spans more than the cap: only its newest events are asked for
    QDateTime firstTime;        // time of the cached event at fromSeq (or the first one after it)
    QDateTime lastTime;         // time of the cached event at toSeq (or the last one before it)
    QDateTime windowFirstTime;  // time of the window's oldest cached event (before capping)

    bool isEmpty() const { return toSeq == 0; }
};

// Which part of the cached history a dry run runs over, chosen by time: a preset relative to now, a custom
// from–to, or everything cached. Every choice is cut to the newest MaxEvents events, the most the backend scans in
// one dry run (fleet-api.md, POST /rules/dry-run), and the span says so.
// Not responsible for running the dry run (the backend does) or for the widgets that choose the range.
class DryRunRange {
    Q_DECLARE_TR_FUNCTIONS(DryRunRange)

public:
    enum class Preset { LastHour, LastDay, LastWeek, Custom, EverythingCached };
    static constexpr qint64 MaxEvents = 200000;

    DryRunRange() = default;
    explicit DryRunRange(Preset preset) : m_preset(preset) {}
    // Custom from–to (UTC or local; compared as instants). A null end is open.
    static DryRunRange custom(const QDateTime &from, const QDateTime &to);

    Preset preset() const { return m_preset; }
    // The window at `now`; a null end is open (presets end at the newest event, so a backend clock a little ahead
    // of this machine's loses nothing).
    QDateTime from(const QDateTime &now) const;
    QDateTime to(const QDateTime &now) const;
    // "last hour", "2026-11-24 08:00 to 2026-11-25 08:00", "everything cached" (for the dry-run summary).
    QString describe() const;
    // A custom range whose end lies before its start.
    Status validate() const;

    // Finds the cached events inside [from, to] (null = open) and cuts them to the newest maxEvents.
    static Result<DryRunSpan> resolve(CacheStore &store, const QDateTime &from, const QDateTime &to,
                                      qint64 maxEvents = MaxEvents);

private:
    Preset m_preset = Preset::LastDay;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace warden
