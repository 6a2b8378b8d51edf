#include "topology/FleetTopology.h"

#include <algorithm>

namespace warden {

QString FleetTopology::gatewayClassName()
{
    return QStringLiteral("gateway");
}

FleetTopology FleetTopology::fromFleet(const QList<Site> &sites, const QList<Gateway> &gateways,
                                       const QList<Device> &devices, const QList<Link> &links,
                                       const QString &backend)
{
    FleetTopology graph;
    const qsizetype nodes = gateways.size() + devices.size();
    graph.m_nodeById[graph.internBackend(backend)].reserve(nodes);
    for (QList<QString> *column : {&graph.m_ids, &graph.m_names, &graph.m_segments})
        column->reserve(nodes);
    for (QList<quint8> *column : {&graph.m_kinds, &graph.m_status, &graph.m_risk, &graph.m_quarantine, &graph.m_flags})
        column->reserve(nodes);
    graph.m_sites.reserve(nodes);
    graph.m_gateways.reserve(nodes);
    graph.m_classes.reserve(nodes);
    graph.m_linkFrom.reserve(links.size());
    graph.m_linkTo.reserve(links.size());
    graph.m_linkKinds.reserve(links.size());
    graph.m_linkByKey.reserve(links.size());
    for (const Site &site : sites)
        graph.upsertSite(site, backend);
    for (const Gateway &gateway : gateways)
        graph.upsertGateway(gateway, backend);
    for (const Device &device : devices)
        graph.upsertDevice(device, backend);
    for (const Link &link : links)
        graph.addLink(link, backend);
    return graph;
}

TopologyChange FleetTopology::bump(TopologyChange change)
{
    if (change == TopologyChange::Structure)
        ++m_structureRevision;
    if (change != TopologyChange::None)
        ++m_stateRevision;
    return change;
}

int FleetTopology::internBackend(const QString &backend)
{
    if (m_lastBackend >= 0 && m_backends.at(m_lastBackend) == backend)
        return m_lastBackend;
    m_lastBackend = int(m_backends.indexOf(backend));
    if (m_lastBackend >= 0)
        return m_lastBackend;
    m_lastBackend = int(m_backends.size());
    m_backends.append(backend);
    m_siteById.resize(m_backends.size());
    m_nodeById.resize(m_backends.size());
    return m_lastBackend;
}

std::optional<int> FleetTopology::backendOf(const QString &backend) const
{
    const qsizetype index = m_backends.indexOf(backend);
    return index < 0 ? std::nullopt : std::optional<int>(int(index));
}

int FleetTopology::presentBackendCount() const
{
    QList<bool> present(m_backends.size(), false);
    int count = 0;
    for (TopologyNode node = 0; node < TopologyNode(m_ids.size()) && count < backendCount(); ++node) {
        if (!isPresent(node) || present.at(backend(node)))
            continue;
        present[backend(node)] = true;
        ++count;
    }
    return count;
}

int FleetTopology::internSite(int backend, const QString &siteId)
{
    // Records arrive grouped by site, class and gateway: remembering the last answer skips most hash lookups.
    if (m_lastSite >= 0 && m_siteIds.at(m_lastSite) == siteId && int(m_siteBackends.at(m_lastSite)) == backend)
        return m_lastSite;
    const auto it = m_siteById.at(backend).constFind(siteId);
    if (it != m_siteById.at(backend).constEnd())
        return m_lastSite = it.value();
    const int site = int(m_siteIds.size());
    m_lastSite = site;
    m_siteById[backend].insert(siteId, site);
    m_siteIds.append(siteId);
    m_siteBackends.append(quint16(backend));
    // A device without a site still has to be drawn somewhere people can find it.
    m_siteNames.append(siteId.isEmpty() ? QStringLiteral("(no site)") : siteId);
    m_siteKinds.append(quint8(SiteKind::Campus));
    m_siteKnown.append(false);
    return site;
}

int FleetTopology::internClass(const QString &className)
{
    if (m_lastClass >= 0 && m_classNames.at(m_lastClass) == className)
        return m_lastClass;
    const auto it = m_classById.constFind(className);
    if (it != m_classById.constEnd())
        return m_lastClass = it.value();
    const int index = int(m_classNames.size());
    m_lastClass = index;
    m_classById.insert(className, index);
    m_classNames.append(className);
    return index;
}

std::optional<int> FleetTopology::siteOf(const QString &backend, const QString &siteId) const
{
    const auto index = backendOf(backend);
    if (!index)
        return std::nullopt;
    const auto it = m_siteById.at(*index).constFind(siteId);
    if (it == m_siteById.at(*index).constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<int> FleetTopology::siteOf(const QString &siteId) const
{
    for (const QHash<QString, int> &sites : m_siteById)
        if (const auto it = sites.constFind(siteId); it != sites.constEnd())
            return it.value();
    return std::nullopt;
}

std::optional<TopologyNode> FleetTopology::findNode(int backend, const QString &id) const
{
    const QHash<QString, TopologyNode> &nodes = m_nodeById.at(backend);
    const auto it = nodes.constFind(id);
    if (it == nodes.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<TopologyNode> FleetTopology::nodeOf(const QString &backend, const QString &id) const
{
    const auto index = backendOf(backend);
    return index ? findNode(*index, id) : std::nullopt;
}

std::optional<TopologyNode> FleetTopology::nodeOf(const QString &id) const
{
    std::optional<TopologyNode> absent;
    for (int backend = 0; backend < backendCount(); ++backend) {
        if (const auto node = findNode(backend, id)) {
            if (isPresent(*node))
                return node;
            if (!absent)
                absent = node;
        }
    }
    return absent;
}

TopologyNode FleetTopology::appendNode(int backend, const QString &id, TopologyNodeKind kind)
{
    const TopologyNode node = TopologyNode(m_ids.size());
    m_nodeById[backend].insert(id, node);
    m_ids.append(id);
    m_names.append(id);
    m_segments.append(QString());
    m_kinds.append(quint8(kind));
    m_sites.append(0);
    m_gateways.append(NoTopologyNode);
    m_classes.append(0);
    m_status.append(quint8(DeviceStatus::Online));
    m_risk.append(0);
    m_quarantine.append(quint8(QuarantineLevel::None));
    m_flags.append(PresentFlag);
    if (kind == TopologyNodeKind::Gateway)
        ++m_gatewayCount;
    else
        ++m_deviceCount;
    return node;
}

bool FleetTopology::setKindPresent(TopologyNode node, TopologyNodeKind newKind)
{
    const bool wasPresent = isPresent(node);
    if (wasPresent && kind(node) == newKind)
        return false;
    if (wasPresent)
        --(kind(node) == TopologyNodeKind::Gateway ? m_gatewayCount : m_deviceCount);
    ++(newKind == TopologyNodeKind::Gateway ? m_gatewayCount : m_deviceCount);
    m_kinds[node] = quint8(newKind);
    m_flags[node] |= PresentFlag;
    if (newKind == TopologyNodeKind::Gateway)
        m_gateways[node] = NoTopologyNode;
    return true;
}

TopologyNode FleetTopology::gatewayNodeFor(int backend, const QString &gatewayId, int site)
{
    if (gatewayId.isEmpty())
        return NoTopologyNode;
    if (m_lastGateway != NoTopologyNode && m_ids.at(m_lastGateway) == gatewayId
        && this->backend(m_lastGateway) == backend)
        return m_lastGateway;
    if (const auto existing = findNode(backend, gatewayId))
        return m_lastGateway = *existing;
    // Referenced before its record arrived: a placeholder at the device's site, filled by upsertGateway.
    const TopologyNode node = appendNode(backend, gatewayId, TopologyNodeKind::Gateway);
    m_sites[node] = quint32(site);
    m_classes[node] = quint16(internClass(gatewayClassName()));
    m_flags[node] |= PlaceholderFlag;
    return m_lastGateway = node;
}

TopologyChange FleetTopology::upsertSite(const Site &site, const QString &backend)
{
    const int count = siteCount();
    const int index = internSite(internBackend(backend), site.id);
    const bool changed = index == count || !m_siteKnown.at(index) || m_siteNames.at(index) != site.name
                         || m_siteKinds.at(index) != quint8(site.kind);
    m_siteNames[index] = site.name.isEmpty() ? site.id : site.name;
    m_siteKinds[index] = quint8(site.kind);
    m_siteKnown[index] = true;
    if (index == count)
        return bump(TopologyChange::Structure);
    return bump(changed ? TopologyChange::State : TopologyChange::None);
}

TopologyChange FleetTopology::upsertGateway(const Gateway &gateway, const QString &backend)
{
    const int backendIndex = internBackend(backend);
    const int site = internSite(backendIndex, gateway.siteId);
    TopologyChange change = TopologyChange::State;
    TopologyNode node = NoTopologyNode;
    if (const auto existing = findNode(backendIndex, gateway.id)) {
        node = *existing;
        if (setKindPresent(node, TopologyNodeKind::Gateway) || int(m_sites.at(node)) != site)
            change = TopologyChange::Structure;
    } else {
        node = appendNode(backendIndex, gateway.id, TopologyNodeKind::Gateway);
        change = TopologyChange::Structure;
    }
    m_names[node] = gateway.name.isEmpty() ? gateway.id : gateway.name;
    m_segments[node] = gateway.segment;
    m_sites[node] = quint32(site);
    m_classes[node] = quint16(internClass(gatewayClassName()));
    m_flags[node] = PresentFlag;
    if (change == TopologyChange::Structure && !m_pendingKeys.isEmpty()) {
        const TopologyChange pending = resolvePending(backendIndex, gateway.id);
        Q_UNUSED(pending)
    }
    return bump(change);
}

TopologyChange FleetTopology::upsertDevice(const Device &device, const QString &backend)
{
    const int backendIndex = internBackend(backend);
    const int site = internSite(backendIndex, device.siteId);
    TopologyChange change = TopologyChange::State;
    TopologyNode node = NoTopologyNode;
    if (const auto existing = findNode(backendIndex, device.id)) {
        node = *existing;
        if (setKindPresent(node, TopologyNodeKind::Device))
            change = TopologyChange::Structure;
    } else {
        node = appendNode(backendIndex, device.id, TopologyNodeKind::Device);
        change = TopologyChange::Structure;
    }
    const TopologyNode gateway = gatewayNodeFor(backendIndex, device.gatewayId, site);
    if (int(m_sites.at(node)) != site || m_gateways.at(node) != gateway)
        change = TopologyChange::Structure;
    m_names[node] = device.name.isEmpty() ? device.id : device.name;
    m_segments[node] = device.segment;
    m_sites[node] = quint32(site);
    m_gateways[node] = gateway;
    m_classes[node] = quint16(internClass(device.deviceClass));
    m_status[node] = quint8(device.status);
    m_risk[node] = quint8(std::clamp(device.riskScore, 0, 100));
    m_quarantine[node] = quint8(device.quarantine);
    m_flags[node] = quint8(PresentFlag | (device.capabilities.safetyCritical ? SafetyCriticalFlag : 0));
    if (change == TopologyChange::Structure && !m_pendingKeys.isEmpty()) {
        const TopologyChange pending = resolvePending(backendIndex, device.id);
        Q_UNUSED(pending)
    }
    return bump(change);
}

quint64 FleetTopology::linkKey(TopologyNode from, TopologyNode to, LinkKind kind)
{
    // Undirected: a->b and b->a of the same kind are one cable. Node indices stay far below 2^31.
    const quint64 low = std::min(from, to);
    const quint64 high = std::max(from, to);
    return (high << 33) | (low << 1) | (kind == LinkKind::Peer ? 1u : 0u);
}

bool FleetTopology::insertResolvedLink(TopologyNode from, TopologyNode to, LinkKind kind)
{
    if (from == to)
        return false;
    const quint64 key = linkKey(from, to, kind);
    if (m_linkByKey.contains(key))
        return false;
    m_linkByKey.insert(key, m_linkFrom.size());
    m_linkFrom.append(from);
    m_linkTo.append(to);
    m_linkKinds.append(quint8(kind));
    return true;
}

TopologyChange FleetTopology::addLink(const Link &link, const QString &backend)
{
    const int backendIndex = internBackend(backend);
    const auto from = findNode(backendIndex, link.fromId);
    const auto to = findNode(backendIndex, link.toId);
    const bool fromPresent = from && isPresent(*from);
    if (!fromPresent || !to || !isPresent(*to)) {
        if (link.fromId == link.toId)
            return TopologyChange::None;
        const QString key = pendingKey(backendIndex, link);
        if (!m_pendingKeys.contains(key)) {
            m_pendingKeys.insert(key);
            m_pendingByEndpoint[endpointKey(backendIndex, fromPresent ? link.toId : link.fromId)].append(link);
        }
        return TopologyChange::None;
    }
    return bump(insertResolvedLink(*from, *to, link.kind) ? TopologyChange::Structure : TopologyChange::None);
}

QString FleetTopology::endpointKey(int backend, const QString &id)
{
    return QString::number(backend) + QChar(0x1f) + id;
}

QString FleetTopology::pendingKey(int backend, const Link &link)
{
    return QString::number(backend) + QChar(0x1f) + link.fromId + QChar(0x1f) + link.toId + QChar(0x1f)
           + QString::number(int(link.kind));
}

TopologyChange FleetTopology::resolvePending(int backend, const QString &id)
{
    const auto filed = m_pendingByEndpoint.find(endpointKey(backend, id));
    if (filed == m_pendingByEndpoint.end())
        return TopologyChange::None;
    const QList<Link> waiting = std::move(filed.value());
    m_pendingByEndpoint.erase(filed);
    TopologyChange change = TopologyChange::None;
    for (const Link &link : waiting) {
        const auto from = findNode(backend, link.fromId);
        const auto to = findNode(backend, link.toId);
        const bool fromPresent = from && isPresent(*from);
        if (fromPresent && to && isPresent(*to)) {
            m_pendingKeys.remove(pendingKey(backend, link));
            if (insertResolvedLink(*from, *to, link.kind))
                change = TopologyChange::Structure;
        } else {
            // Still waiting, now for its other end.
            m_pendingByEndpoint[endpointKey(backend, fromPresent ? link.toId : link.fromId)].append(link);
        }
    }
    return change;
}

TopologyChange FleetTopology::removeNode(const QString &id, const QString &backend)
{
    const auto found = nodeOf(backend, id);
    if (!found || !isPresent(*found))
        return TopologyChange::None;
    markAbsent(*found);
    dropLinksOf(*found);
    return bump(TopologyChange::Structure);
}

TopologyChange FleetTopology::clearBackend(const QString &backend)
{
    const auto index = backendOf(backend);
    if (!index)
        return TopologyChange::None;
    const QString prefix = QString::number(*index) + QChar(0x1f);
    m_pendingByEndpoint.removeIf([&prefix](const auto &filed) { return filed.key().startsWith(prefix); });
    m_pendingKeys.removeIf([&prefix](const QString &key) { return key.startsWith(prefix); });
    bool removed = false;
    for (TopologyNode node = 0; node < TopologyNode(m_ids.size()); ++node) {
        if (isPresent(node) && this->backend(node) == *index) {
            markAbsent(node);
            removed = true;
        }
    }
    if (!removed)
        return TopologyChange::None;
    // Links never cross backends: keep those whose ends are both still present.
    qsizetype kept = 0;
    m_linkByKey.clear();
    for (qsizetype link = 0; link < m_linkFrom.size(); ++link) {
        if (!isPresent(m_linkFrom.at(link)) || !isPresent(m_linkTo.at(link)))
            continue;
        m_linkFrom[kept] = m_linkFrom.at(link);
        m_linkTo[kept] = m_linkTo.at(link);
        m_linkKinds[kept] = m_linkKinds.at(link);
        m_linkByKey.insert(linkKey(m_linkFrom.at(kept), m_linkTo.at(kept), linkKind(kept)), kept);
        ++kept;
    }
    m_linkFrom.resize(kept);
    m_linkTo.resize(kept);
    m_linkKinds.resize(kept);
    return bump(TopologyChange::Structure);
}

void FleetTopology::markAbsent(TopologyNode node)
{
    m_flags[node] &= quint8(~PresentFlag);
    if (kind(node) == TopologyNodeKind::Gateway)
        --m_gatewayCount;
    else
        --m_deviceCount;
}

void FleetTopology::dropLinksOf(TopologyNode node)
{
    // Drop its links by moving the last link into each hole; link indices are not part of the API.
    for (qsizetype link = 0; link < m_linkFrom.size();) {
        if (m_linkFrom.at(link) != node && m_linkTo.at(link) != node) {
            ++link;
            continue;
        }
        m_linkByKey.remove(linkKey(m_linkFrom.at(link), m_linkTo.at(link), linkKind(link)));
        const qsizetype last = m_linkFrom.size() - 1;
        if (link != last) {
            m_linkFrom[link] = m_linkFrom.at(last);
            m_linkTo[link] = m_linkTo.at(last);
            m_linkKinds[link] = m_linkKinds.at(last);
            m_linkByKey.insert(linkKey(m_linkFrom.at(link), m_linkTo.at(link), linkKind(link)), link);
        }
        m_linkFrom.removeLast();
        m_linkTo.removeLast();
        m_linkKinds.removeLast();
    }
}

} // namespace warden
