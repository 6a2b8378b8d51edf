#include "analysis/TopologyGraph.h"

#include <algorithm>
#include <utility>

namespace warden {

int TopologyGraph::internSite(const QString &siteId)
{
    if (siteId.isEmpty())
        return -1;
    const auto it = m_siteIndex.constFind(siteId);
    if (it != m_siteIndex.constEnd())
        return *it;
    const int index = int(m_siteIds.size());
    m_siteIndex.insert(siteId, index);
    m_siteIds.push_back(siteId);
    m_siteNames.push_back(siteId);
    return index;
}

int TopologyGraph::addNode(const QString &id, NodeKind kind, const QString &name, int site, quint8 flags,
                           const QString &owner)
{
    const int index = int(m_ids.size());
    m_index.insert(id, index);
    m_ids.push_back(id);
    m_kinds.push_back(kind);
    m_names.push_back(name);
    m_siteOfNode.push_back(site);
    m_flags.push_back(flags);
    m_ownerRefs.push_back(owner);
    return index;
}

TopologyGraph TopologyGraph::build(const QList<Site> &sites, const QList<Gateway> &gateways,
                                   const QList<Device> &devices, const QList<Link> &links)
{
    TopologyGraph graph;
    for (const Site &site : sites) {
        const int index = graph.internSite(site.id);
        if (index >= 0 && !site.name.isEmpty())
            graph.m_siteNames[std::size_t(index)] = site.name;
    }

    const std::size_t expected = std::size_t(devices.size() + gateways.size());
    graph.m_ids.reserve(expected);
    graph.m_kinds.reserve(expected);
    graph.m_names.reserve(expected);
    graph.m_siteOfNode.reserve(expected);
    graph.m_flags.reserve(expected);
    graph.m_ownerRefs.reserve(expected);
    graph.m_index.reserve(qsizetype(expected));

    for (const Gateway &gateway : gateways) {
        if (!gateway.id.isEmpty() && !graph.m_index.contains(gateway.id))
            graph.addNode(gateway.id, NodeKind::Gateway, gateway.name, graph.internSite(gateway.siteId), 0, {});
    }
    for (const Device &device : devices) {
        if (device.id.isEmpty() || graph.m_index.contains(device.id))
            continue;
        const quint8 flags = quint8((device.capabilities.safetyCritical ? SafetyCriticalFlag : 0)
                                    | (device.quarantine != QuarantineLevel::None ? QuarantinedFlag : 0));
        graph.addNode(device.id, NodeKind::Device, device.name, graph.internSite(device.siteId), flags,
                      device.ownerRef);
        ++graph.m_deviceCount;
    }

    // Collect both directions of every edge, then sort and drop duplicates (a link and a gatewayId often agree).
    std::vector<std::pair<int, int>> edges;
    edges.reserve(std::size_t(links.size() + devices.size()) * 2);
    const auto addEdge = [&edges](int a, int b) {
        if (a == b)
            return;
        edges.emplace_back(a, b);
        edges.emplace_back(b, a);
    };
    for (const Link &link : links) {
        const int from = graph.nodeIndex(link.fromId);
        const int to = graph.nodeIndex(link.toId);
        if (from < 0 || to < 0) {
            ++graph.m_skippedLinks;
            continue;
        }
        addEdge(from, to);
    }
    for (const Device &device : devices) {
        if (device.gatewayId.isEmpty())
            continue;
        const int gateway = graph.nodeIndex(device.gatewayId);
        if (gateway >= 0 && graph.kind(gateway) == NodeKind::Gateway)
            addEdge(graph.nodeIndex(device.id), gateway);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    const std::size_t nodes = graph.m_ids.size();
    graph.m_offsets.assign(nodes + 1, 0);
    for (const auto &[from, to] : edges)
        ++graph.m_offsets[std::size_t(from) + 1];
    for (std::size_t i = 0; i < nodes; ++i)
        graph.m_offsets[i + 1] += graph.m_offsets[i];
    graph.m_targets.reserve(edges.size());
    // Edges are sorted by source, so targets land in row order and each row is sorted (linked() bisects it).
    for (const auto &[from, to] : edges)
        graph.m_targets.push_back(to);
    return graph;
}

bool TopologyGraph::linked(int a, int b) const
{
    if (a < 0 || b < 0 || a >= nodeCount() || b >= nodeCount())
        return false;
    const std::span<const int> row = neighbours(a);
    return std::binary_search(row.begin(), row.end(), b);
}

} // namespace warden
