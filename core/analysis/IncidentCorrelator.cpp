#include "analysis/IncidentCorrelator.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

QString activityOf(ThreatType type)
{
    switch (type) {
    case ThreatType::PortScan:
        return u"Port scans"_s;
    case ThreatType::BruteForce:
        return u"Brute-force logins"_s;
    case ThreatType::DefaultCredentials:
        return u"Default-credential logins"_s;
    case ThreatType::MalwareBeacon:
        return u"Malware beacons"_s;
    case ThreatType::Exfiltration:
        return u"Data exfiltration"_s;
    case ThreatType::FirmwareTamper:
        return u"Firmware tampering"_s;
    case ThreatType::CertificateExpiry:
        return u"Expiring certificates"_s;
    case ThreatType::UnknownDevice:
        return u"Unknown-device alerts"_s;
    case ThreatType::ProtocolViolation:
        return u"Protocol violations"_s;
    case ThreatType::LicenceViolation:
        return u"Licence violations"_s;
    case ThreatType::Anomaly:
        return u"Anomalous activity"_s;
    }
    return u"Threats"_s;
}

// Lower enum value = more severe.
Severity higher(Severity a, Severity b)
{
    return int(a) <= int(b) ? a : b;
}

} // namespace

IncidentCorrelator::IncidentCorrelator(std::shared_ptr<const TopologyGraph> topology, CorrelatorOptions options)
    : m_graph(std::move(topology)), m_options(options)
{
}

QString IncidentCorrelator::siteTypeKey(const QString &siteId, ThreatType type)
{
    return siteId + u'\x1f' + toString(type);
}

const Incident *IncidentCorrelator::openIncident(const QString &id) const
{
    const auto it = m_open.constFind(id);
    return it == m_open.constEnd() ? nullptr : &it->incident;
}

QString IncidentCorrelator::oldestActive(const QStringList &candidates, qint64 now,
                                         std::optional<ThreatType> type) const
{
    QString best;
    qint64 bestSeq = std::numeric_limits<qint64>::max();
    for (const QString &id : candidates) {
        const auto it = m_open.constFind(id);
        if (it == m_open.constEnd() || !isActive(*it, now) || (type && it->incident.type != *type))
            continue;
        if (it->firstSeq < bestSeq) {
            bestSeq = it->firstSeq;
            best = id;
        }
    }
    return best;
}

std::optional<IncidentChange> IncidentCorrelator::add(const ThreatEvent &event)
{
    if (event.seq <= m_lastSeq)
        return std::nullopt;
    m_lastSeq = event.seq;
    const qint64 now = event.time.toMSecsSinceEpoch();
    if (now - m_lastSweepMs >= m_options.joinWindowMs)
        closeInactiveAt(now, nullptr);

    const TopologyGraph *graph = m_graph.get();
    const int node = graph ? graph->nodeIndex(event.deviceId) : -1;
    const int siteIndex = node >= 0 ? graph->siteIndex(node) : -1;
    const QString siteId = siteIndex >= 0 ? graph->siteId(siteIndex) : QString();

    // Source / destination count as involved only when they are devices linked to the event's device.
    QStringList linkedEndpoints;
    if (node >= 0) {
        for (const QString &endpoint : {event.source, event.destination}) {
            const int other = graph->nodeIndex(endpoint);
            if (other >= 0 && other != node && graph->isDevice(other) && graph->linked(node, other)
                && !linkedEndpoints.contains(endpoint))
                linkedEndpoints.append(endpoint);
        }
    }

    bool lateral = false;
    QString target = oldestActive(m_byDevice.value(event.deviceId), now, event.type);
    if (target.isEmpty()) {
        QStringList candidates;
        for (const QString &endpoint : linkedEndpoints)
            candidates += m_byDevice.value(endpoint);
        target = oldestActive(candidates, now, std::nullopt);
        lateral = !target.isEmpty();
    }
    if (target.isEmpty() && !siteId.isEmpty())
        target = oldestActive({m_bySiteType.value(siteTypeKey(siteId, event.type))}, now, event.type);
    if (target.isEmpty() && node >= 0) {
        QStringList candidates;
        for (const int neighbour : graph->neighbours(node)) {
            if (graph->isDevice(neighbour))
                candidates += m_byDevice.value(graph->nodeId(neighbour));
        }
        target = oldestActive(candidates, now, event.type);
        lateral = !target.isEmpty();
    }

    const bool created = target.isEmpty();
    if (created) {
        if (m_open.size() >= m_options.maxOpenIncidents && !m_open.isEmpty()) {
            // Close the least recently active incident to stay within bounds.
            auto oldest = m_open.constBegin();
            for (auto it = m_open.constBegin(); it != m_open.constEnd(); ++it) {
                if (it->lastMs < oldest->lastMs)
                    oldest = it;
            }
            remove(oldest.key());
        }
        target = u"inc-%1"_s.arg(event.seq);
        OpenIncident open;
        open.firstSeq = event.seq;
        open.incident.id = target;
        open.incident.type = event.type;
        open.incident.severity = event.severity;
        open.incident.state = IncidentState::New;
        open.incident.siteId = siteId;
        open.incident.opened = event.time;
        m_open.insert(target, std::move(open));
        if (!siteId.isEmpty()) {
            const QString key = siteTypeKey(siteId, event.type);
            const auto current = m_open.constFind(m_bySiteType.value(key));
            if (current == m_open.constEnd() || !isActive(*current, now))
                m_bySiteType.insert(key, target);
        }
    }

    OpenIncident &open = m_open[target];
    if (!created)
        open.incident.severity = higher(open.incident.severity, event.severity);
    if (open.incident.eventSeqs.size() < m_options.maxEventSeqsPerIncident)
        open.incident.eventSeqs.append(event.seq);
    open.incident.updated = event.time;
    open.lastMs = std::max(open.lastMs, now);
    open.lateral = open.lateral || lateral;
    if (open.incident.siteId.isEmpty())
        open.incident.siteId = siteId;
    addDevice(open, event.deviceId);
    for (const QString &endpoint : linkedEndpoints)
        addDevice(open, endpoint);
    updateTitle(open);
    return IncidentChange{open.incident, created};
}

QList<IncidentChange> IncidentCorrelator::addAll(const QList<ThreatEvent> &events)
{
    QList<IncidentChange> changes;
    QHash<QString, qsizetype> position;
    for (const ThreatEvent &event : events) {
        std::optional<IncidentChange> change = add(event);
        if (!change)
            continue;
        const auto it = position.constFind(change->incident.id);
        if (it == position.constEnd()) {
            position.insert(change->incident.id, changes.size());
            changes.append(std::move(*change));
        } else {
            IncidentChange &existing = changes[*it];
            existing.incident = std::move(change->incident);
        }
    }
    return changes;
}

void IncidentCorrelator::addDevice(OpenIncident &open, const QString &deviceId)
{
    if (open.devices.contains(deviceId))
        return;
    open.devices.insert(deviceId);
    open.incident.deviceIds.append(deviceId);
    m_byDevice[deviceId].append(open.incident.id);
}

void IncidentCorrelator::updateTitle(OpenIncident &open) const
{
    const TopologyGraph *graph = m_graph.get();
    QSet<int> sites;
    for (const QString &deviceId : open.incident.deviceIds) {
        const int node = graph ? graph->nodeIndex(deviceId) : -1;
        if (node >= 0 && graph->siteIndex(node) >= 0)
            sites.insert(graph->siteIndex(node));
    }

    QString where;
    if (open.incident.deviceIds.size() == 1) {
        const QString &deviceId = open.incident.deviceIds.constFirst();
        const int node = graph ? graph->nodeIndex(deviceId) : -1;
        where = node >= 0 && !graph->name(node).isEmpty() ? graph->name(node) : deviceId;
    } else {
        where = u"%1 devices"_s.arg(open.incident.deviceIds.size());
    }
    QString title = activityOf(open.incident.type) + u" on "_s + where;
    if (sites.size() == 1)
        title += u" at "_s + graph->siteName(*sites.cbegin());
    else if (sites.size() > 1)
        title += u" at %1 sites"_s.arg(sites.size());
    if (open.lateral)
        title += u", spreading over network links"_s;
    open.incident.title = title;
}

void IncidentCorrelator::remove(const QString &incidentId)
{
    const auto it = m_open.find(incidentId);
    if (it == m_open.end())
        return;
    for (const QString &deviceId : std::as_const(it->incident.deviceIds)) {
        auto list = m_byDevice.find(deviceId);
        if (list == m_byDevice.end())
            continue;
        list->removeAll(incidentId);
        if (list->isEmpty())
            m_byDevice.erase(list);
    }
    const QString key = siteTypeKey(it->incident.siteId, it->incident.type);
    if (m_bySiteType.value(key) == incidentId)
        m_bySiteType.remove(key);
    m_open.erase(it);
}

void IncidentCorrelator::mergeInto(Incident &stored, const Incident &correlated)
{
    stored.title = correlated.title;
    stored.type = correlated.type;
    stored.severity = correlated.severity;
    stored.siteId = correlated.siteId;
    stored.deviceIds = correlated.deviceIds;
    stored.eventSeqs = correlated.eventSeqs;
    stored.opened = correlated.opened;
    if (!stored.updated.isValid() || correlated.updated > stored.updated)
        stored.updated = correlated.updated;
}

void IncidentCorrelator::close(const QString &incidentId)
{
    remove(incidentId);
}

void IncidentCorrelator::closeInactiveAt(qint64 now, QStringList *closed)
{
    m_lastSweepMs = now;
    QStringList stale;
    for (auto it = m_open.constBegin(); it != m_open.constEnd(); ++it) {
        if (!isActive(*it, now))
            stale.append(it.key());
    }
    for (const QString &id : std::as_const(stale))
        remove(id);
    if (closed) {
        stale.sort();
        *closed = stale;
    }
}

QStringList IncidentCorrelator::closeInactive(const QDateTime &now)
{
    QStringList closed;
    closeInactiveAt(now.toMSecsSinceEpoch(), &closed);
    return closed;
}

} // namespace warden
