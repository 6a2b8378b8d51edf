#pragma once

#include "domain/ThreatEvent.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

namespace warden {

// The live threat feed, newest first, over a bounded window of the newest events (older history is paged
// from the cache by key, not kept here), so memory stays bounded however long the console runs.
// Arrivals are queued and inserted at most once per frame interval; while paused the view does not move,
// nothing is dropped from the cache, and pendingCount() tells how many arrived.
class ThreatFeedModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatFeedModel)
public:
    enum Column { TimeColumn, SeverityColumn, TypeColumn, DeviceColumn, SourceColumn, DestinationColumn,
                  BackendColumn, SeqColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, SeverityRole, SeqRole, BackendRole, EventJsonRole };

    explicit ThreatFeedModel(qsizetype capacity = 100'000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues events (any order within a batch is fine; the feed shows newest first by seq then time).
    void appendEvents(const QString &backend, const QList<ThreatEvent> &events);
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()) + m_pendingDropped; }
    qsizetype capacity() const { return m_capacity; }
    // Inserts queued events now unless paused (the frame timer does this on its own; tests and benches call it).
    void flush();

    ThreatEvent eventAt(int row) const;
    QString backendAt(int row) const;
    void setDeviceNames(const QHash<QString, QString> &names) { m_deviceNames = names; }

signals:
    void pendingCountChanged(qsizetype count);
    void inserted(int count);

private:
    struct Entry {
        QString backend;
        ThreatEvent event;
    };
    std::deque<Entry> m_rows;     // index 0 = newest
    std::deque<Entry> m_pending;  // arrivals not yet shown, oldest first
    qsizetype m_pendingDropped = 0;
    qsizetype m_capacity;
    bool m_following = true;
    QTimer m_frameTimer;
    QHash<QString, QString> m_deviceNames;
};

QString severityLabel(Severity severity);
QString threatTypeLabel(ThreatType type);

} // namespace warden
