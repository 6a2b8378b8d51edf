#include "topology/FleetTopology.h"

#include <algorithm>

namespace warden {

QString FleetTopology::gatewayClassName()
{
    return QStringLiteral("gateway");
}

FleetTopology FleetTopology::fromFleet(const QList<Site> &sites, const QList<Gateway> &gateways,
                                       const QList<Device> &devices, const QList<Link> &links)
{
    FleetTopology graph;
    const qsizetype nodes = gateways.size() + devices.size();
    graph.m_nodeById.reserve(nodes);
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
        graph.upsertSite(site);
    for (const Gateway &gateway : gateways)
        graph.upsertGateway(gateway);
    for (const Device &device : devices)
        graph.upsertDevice(device);
    for (const Link &link : links)
        graph.addLink(link);
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

int FleetTopology::internSite(const QString &siteId)
{
    // Records arrive grouped by site, class and gateway: remembering the last answer skips most hash lookups.
    if (m_lastSite >= 0 && m_siteIds.at(m_lastSite) == siteId)
        return m_lastSite;
    const auto it = m_siteById.constFind(siteId);
    if (it != m_siteById.constEnd())
        return m_lastSite = it.value();
    const int site = int(m_siteIds.size());
    m_lastSite = site;
    m_siteById.insert(siteId, site);
    m_siteIds.append(siteId);
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

std::optional<int> FleetTopology::siteOf(const QString &siteId) const
{
    const auto it = m_siteById.constFind(siteId);
    if (it == m_siteById.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<TopologyNode> FleetTopology::nodeOf(const QString &id) const
{
    const auto it = m_nodeById.constFind(id);
    if (it == m_nodeById.constEnd())
        return std::nullopt;
    return it.value();
}

TopologyNode FleetTopology::appendNode(const QString &id, TopologyNodeKind kind)
{
    const TopologyNode node = TopologyNode(m_ids.size());
    m_nodeById.insert(id, node);
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

TopologyNode FleetTopology::gatewayNodeFor(const QString &gatewayId, int site)
{
    if (gatewayId.isEmpty())
        return NoTopologyNode;
    if (m_lastGateway != NoTopologyNode && m_ids.at(m_lastGateway) == gatewayId)
        return m_lastGateway;
    if (const auto existing = nodeOf(gatewayId))
        return m_lastGateway = *existing;
    // Referenced before its record arrived: a placeholder at the device's site, filled by upsertGateway.
    const TopologyNode node = appendNode(gatewayId, TopologyNodeKind::Gateway);
    m_sites[node] = quint32(site);
    m_classes[node] = quint16(internClass(gatewayClassName()));
    m_flags[node] |= PlaceholderFlag;
    return m_lastGateway = node;
}

TopologyChange FleetTopology::upsertSite(const Site &site)
{
    const int count = siteCount();
    const int index = internSite(site.id);
    const bool changed = index == count || !m_siteKnown.at(index) || m_siteNames.at(index) != site.name
                         || m_siteKinds.at(index) != quint8(site.kind);
    m_siteNames[index] = site.name.isEmpty() ? site.id : site.name;
    m_siteKinds[index] = quint8(site.kind);
    m_siteKnown[index] = true;
    if (index == count)
        return bump(TopologyChange::Structure);
    return bump(changed ? TopologyChange::State : TopologyChange::None);
}

TopologyChange FleetTopology::upsertGateway(const Gateway &gateway)
{
    const int site = internSite(gateway.siteId);
    TopologyChange change = TopologyChange::State;
    TopologyNode node = NoTopologyNode;
    if (const auto existing = nodeOf(gateway.id)) {
        node = *existing;
        if (setKindPresent(node, TopologyNodeKind::Gateway) || int(m_sites.at(node)) != site)
            change = TopologyChange::Structure;
    } else {
        node = appendNode(gateway.id, TopologyNodeKind::Gateway);
        change = TopologyChange::Structure;
    }
    m_names[node] = gateway.name.isEmpty() ? gateway.id : gateway.name;
    m_segments[node] = gateway.segment;
    m_sites[node] = quint32(site);
    m_classes[node] = quint16(internClass(gatewayClassName()));
    m_flags[node] = PresentFlag;
    if (change == TopologyChange::Structure && !m_pending.isEmpty()) {
        const TopologyChange pending = resolvePending(gateway.id);
        Q_UNUSED(pending)
    }
    return bump(change);
}

TopologyChange FleetTopology::upsertDevice(const Device &device)
{
    const int site = internSite(device.siteId);
    TopologyChange change = TopologyChange::State;
    TopologyNode node = NoTopologyNode;
    if (const auto existing = nodeOf(device.id)) {
        node = *existing;
        if (setKindPresent(node, TopologyNodeKind::Device))
            change = TopologyChange::Structure;
    } else {
        node = appendNode(device.id, TopologyNodeKind::Device);
        change = TopologyChange::Structure;
    }
    const TopologyNode gateway = gatewayNodeFor(device.gatewayId, site);
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
    if (change == TopologyChange::Structure && !m_pending.isEmpty()) {
        const TopologyChange pending = resolvePending(device.id);
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

TopologyChange FleetTopology::addLink(const Link &link)
{
    const auto from = nodeOf(link.fromId);
    const auto to = nodeOf(link.toId);
    if (!from || !to || !isPresent(*from) || !isPresent(*to)) {
        if (link.fromId != link.toId && !m_pending.contains(link))
            m_pending.append(link);
        return TopologyChange::None;
    }
    return bump(insertResolvedLink(*from, *to, link.kind) ? TopologyChange::Structure : TopologyChange::None);
}

TopologyChange FleetTopology::resolvePending(const QString &id)
{
    TopologyChange change = TopologyChange::None;
    for (qsizetype i = 0; i < m_pending.size();) {
        const Link &link = m_pending.at(i);
        if (link.fromId != id && link.toId != id) {
            ++i;
            continue;
        }
        const auto from = nodeOf(link.fromId);
        const auto to = nodeOf(link.toId);
        if (from && to && isPresent(*from) && isPresent(*to)) {
            if (insertResolvedLink(*from, *to, link.kind))
                change = TopologyChange::Structure;
            m_pending.removeAt(i);
        } else {
            ++i;
        }
    }
    return change;
}

TopologyChange FleetTopology::removeNode(const QString &id)
{
    const auto found = nodeOf(id);
    if (!found || !isPresent(*found))
        return TopologyChange::None;
    const TopologyNode node = *found;
    m_flags[node] &= quint8(~PresentFlag);
    if (kind(node) == TopologyNodeKind::Gateway)
        --m_gatewayCount;
    else
        --m_deviceCount;
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
    return bump(TopologyChange::Structure);
}

} // namespace warden
