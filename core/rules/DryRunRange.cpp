#include "rules/DryRunRange.h"

#include "cache/CacheStore.h"
#include "cache/SqliteDatabase.h"

#include <QLocale>

#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

QDateTime timeAt(const SqliteStatement &statement, int column)
{
    return statement.columnIsNull(column) ? QDateTime()
                                          : QDateTime::fromMSecsSinceEpoch(statement.columnInt64(column), Qt::UTC);
}

// Time of the first cached event at or after seq (ascending) or at or before it (descending).
Result<QDateTime> eventTime(SqliteDatabase &db, qint64 seq, bool ascending)
{
    Result<SqliteStatement> prepared =
        db.prepare(ascending ? u"SELECT time_ms FROM events WHERE seq >= ?1 ORDER BY seq LIMIT 1"_s
                             : u"SELECT time_ms FROM events WHERE seq <= ?1 ORDER BY seq DESC LIMIT 1"_s);
    if (!prepared)
        return prepared.error();
    SqliteStatement &statement = prepared.value();
    statement.bindInt64(1, seq);
    const Result<bool> row = statement.step();
    if (!row)
        return row.error();
    const QDateTime time = *row ? timeAt(statement, 0) : QDateTime();
    statement.reset();
    return time;
}

} // namespace

DryRunRange DryRunRange::custom(const QDateTime &from, const QDateTime &to)
{
    DryRunRange range(Preset::Custom);
    range.m_from = from;
    range.m_to = to;
    return range;
}

QDateTime DryRunRange::from(const QDateTime &now) const
{
    switch (m_preset) {
    case Preset::LastHour: return now.addSecs(-3600);
    case Preset::LastDay: return now.addDays(-1);
    case Preset::LastWeek: return now.addDays(-7);
    case Preset::Custom: return m_from;
    case Preset::EverythingCached: break;
    }
    return {};
}

QDateTime DryRunRange::to(const QDateTime &) const
{
    return m_preset == Preset::Custom ? m_to : QDateTime();
}

QString DryRunRange::describe() const
{
    switch (m_preset) {
    case Preset::LastHour: return tr("the last hour");
    case Preset::LastDay: return tr("the last 24 hours");
    case Preset::LastWeek: return tr("the last 7 days");
    case Preset::EverythingCached: return tr("everything cached");
    case Preset::Custom: break;
    }
    const QLocale locale;
    const auto text = [&locale](const QDateTime &time) {
        return locale.toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
    };
    if (m_from.isValid() && m_to.isValid())
        return tr("%1 to %2").arg(text(m_from), text(m_to));
    if (m_from.isValid())
        return tr("from %1 on").arg(text(m_from));
    if (m_to.isValid())
        return tr("up to %1").arg(text(m_to));
    return tr("everything cached");
}

Status DryRunRange::validate() const
{
    if (m_preset == Preset::Custom && m_from.isValid() && m_to.isValid() && m_to < m_from)
        return Status::failure(tr("The range ends before it starts: choose a \"to\" after the \"from\"."), u"to"_s);
    return Status::success();
}

Result<DryRunSpan> DryRunRange::resolve(CacheStore &store, const QDateTime &from, const QDateTime &to,
                                        qint64 maxEvents)
{
    SqliteDatabase &db = store.database();
    QString sql = u"SELECT COUNT(*), MIN(seq), MAX(seq) FROM events"_s;
    if (from.isValid() || to.isValid())
        sql += u" WHERE time_ms >= ?1 AND time_ms <= ?2"_s;
    Result<SqliteStatement> preparedWindow = db.prepare(sql);
    if (!preparedWindow)
        return preparedWindow.error();
    SqliteStatement &window = preparedWindow.value();
    if (from.isValid() || to.isValid()) {
        window.bindInt64(1, from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        window.bindInt64(2, to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    }
    const Result<bool> row = window.step();
    if (!row)
        return row.error();
    DryRunSpan span;
    if (!*row || window.columnInt64(0) == 0)
        return span;
    span.eventsInWindow = window.columnInt64(0);
    const qint64 first = window.columnInt64(1);
    span.toSeq = window.columnInt64(2);
    span.fromSeq = first;
    if (maxEvents > 0 && span.toSeq - first + 1 > maxEvents) {
        span.fromSeq = span.toSeq - maxEvents + 1;
        span.capped = true;
    }
    window.reset();

    Result<SqliteStatement> preparedSpan = db.prepare(u"SELECT COUNT(*) FROM events WHERE seq BETWEEN ?1 AND ?2"_s);
    if (!preparedSpan)
        return preparedSpan.error();
    SqliteStatement &inSpan = preparedSpan.value();
    inSpan.bindInt64(1, span.fromSeq);
    inSpan.bindInt64(2, span.toSeq);
    if (const Result<bool> counted = inSpan.step(); !counted)
        return counted.error();
    span.eventsInSpan = inSpan.columnInt64(0);
    inSpan.reset();

    for (auto [seq, ascending, into] : {std::tuple{span.fromSeq, true, &span.firstTime},
                                        std::tuple{span.toSeq, false, &span.lastTime},
                                        std::tuple{first, true, &span.windowFirstTime}}) {
        Result<QDateTime> time = eventTime(db, seq, ascending);
        if (!time)
            return time.error();
        *into = *time;
    }
    return span;
}

} // namespace warden
