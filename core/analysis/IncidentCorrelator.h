#pragma once

#include "analysis/TopologyGraph.h"
#include "domain/Incident.h"
#include "domain/ThreatEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace warden {

struct CorrelatorOptions {
    // An event joins an incident only if the incident's last event is at most this old.
    qint64 joinWindowMs = 10 * 60 * 1000;
    // Open incidents held at once; beyond it the least recently active one is closed early.
    int maxOpenIncidents = 10000;
    // Event seqs recorded per incident; later events still update severity, devices and time.
    int maxEventSeqsPerIncident = 10000;
};

struct IncidentChange {
    Incident incident;    // full state after the change
    bool created = false; // false: an existing incident was updated
};

// Folds the threat stream (in seq order) into incidents. An event joins an open incident, first match wins:
//   1. same device and same threat type;
//   2. lateral movement: the event's source or destination is a device of an open incident (any type) and is
//      connected to the event's device by a topology link;
//   3. same site and same threat type;
//   4. same threat type on a device directly linked to one of the incident's devices.
// Among several candidates of one step the oldest incident wins; incidents are never merged. Otherwise the event
// opens a new incident with the deterministic id "inc-<seq>". Severity is the highest of the incident's events; the
// title is generated in words ("Brute-force logins on 3 devices at North Campus"). Devices named as linked
// source/destination are added to the incident.
// Memory is bounded: incidents close after joinWindowMs without events (nothing could join them any more), after
// close() (an operator resolved it), or when maxOpenIncidents is exceeded. Replayed events (seq not above the last
// one seen) are ignored, so reconnect overlaps are harmless. Not thread-safe; time comes only from the events.
class IncidentCorrelator {
public:
    explicit IncidentCorrelator(std::shared_ptr<const TopologyGraph> topology, CorrelatorOptions options = {});

    // New topology revision; open incidents keep their devices.
    void setTopology(std::shared_ptr<const TopologyGraph> topology) { m_graph = std::move(topology); }

    // nullopt when the event was a replay.
    std::optional<IncidentChange> add(const ThreatEvent &event);
    // One entry per touched incident with its final state, in order of first touch; created = opened in this batch.
    QList<IncidentChange> addAll(const QList<ThreatEvent> &events);

    // Stop correlating into an incident (resolved, or closed by an operator).
    void close(const QString &incidentId);
    // Closes incidents idle for longer than the join window at `now`; returns their ids (sorted).
    QStringList closeInactive(const QDateTime &now);

    // The correlator owns what it derives from events (title, severity, site, devices, event seqs, opened) and
    // knows nothing of operator work. Copies its fields from `correlated` into the stored incident while keeping
    // state, assignee, notes and resolution; `updated` becomes the later of both.
    static void mergeInto(Incident &stored, const Incident &correlated);

    qsizetype openIncidentCount() const { return m_open.size(); }
    const Incident *openIncident(const QString &id) const;

private:
    struct OpenIncident {
        Incident incident;
        qint64 firstSeq = 0;
        qint64 lastMs = 0;
        QSet<QString> devices;
        bool lateral = false;
    };

    bool isActive(const OpenIncident &open, qint64 now) const { return now - open.lastMs <= m_options.joinWindowMs; }
    QString oldestActive(const QStringList &candidates, qint64 now, std::optional<ThreatType> type) const;
    void addDevice(OpenIncident &open, const QString &deviceId);
    void updateTitle(OpenIncident &open) const;
    void remove(const QString &incidentId);
    void closeInactiveAt(qint64 now, QStringList *closed);
    static QString siteTypeKey(const QString &siteId, ThreatType type);

    std::shared_ptr<const TopologyGraph> m_graph;
    CorrelatorOptions m_options;
    QHash<QString, OpenIncident> m_open;
    QHash<QString, QStringList> m_byDevice;  // device id -> open incidents containing it
    QHash<QString, QString> m_bySiteType;    // site + type -> the open incident collecting them
    qint64 m_lastSeq = 0;
    qint64 m_lastSweepMs = 0;
};

} // namespace warden
