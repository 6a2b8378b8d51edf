#include "analysis/ImpactAnalysis.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace warden {

ImpactResult ImpactAnalysis::analyse(const QStringList &affectedDeviceIds, const ImpactOptions &options) const
{
    ImpactResult result;
    const TopologyGraph &graph = *m_graph;
    std::vector<int> hops(std::size_t(graph.nodeCount()), -1);
    std::vector<int> parent(std::size_t(graph.nodeCount()), -1);
    std::vector<int> frontier;
    std::vector<int> seeds;

    QSet<int> gateways;
    for (const QString &id : affectedDeviceIds) {
        const int node = graph.nodeIndex(id);
        if (node < 0) {
            if (!result.unknownSeeds.contains(id))
                result.unknownSeeds.append(id);
            continue;
        }
        if (hops[std::size_t(node)] == 0)
            continue;
        hops[std::size_t(node)] = 0;
        frontier.push_back(node);
        // Events a gateway observes (an unknown device knocking, a scan) name the gateway: the exposure starts
        // there, so its devices are one hop away. It is crossed, not an affected device.
        if (!graph.isDevice(node)) {
            gateways.insert(node);
            continue;
        }
        seeds.push_back(node);
        result.seeds.append(id);
    }

    std::vector<int> reachedNodes;
    for (int depth = 1; depth <= options.maxHops && !frontier.empty(); ++depth) {
        std::vector<int> next;
        for (const int node : frontier) {
            for (const int neighbour : graph.neighbours(node)) {
                if (hops[std::size_t(neighbour)] >= 0)
                    continue;
                const bool isDevice = graph.isDevice(neighbour);
                if (isDevice && graph.quarantined(neighbour) && !options.traverseQuarantined)
                    continue;
                hops[std::size_t(neighbour)] = depth;
                parent[std::size_t(neighbour)] = node;
                next.push_back(neighbour);
                if (isDevice)
                    reachedNodes.push_back(neighbour);
                else
                    gateways.insert(neighbour);
            }
        }
        frontier = std::move(next);
    }

    // BFS already yields nodes by hops; sort by id within each hop count for a stable, readable order.
    std::stable_sort(reachedNodes.begin(), reachedNodes.end(), [&](int a, int b) {
        const int hopsA = hops[std::size_t(a)];
        const int hopsB = hops[std::size_t(b)];
        return hopsA != hopsB ? hopsA < hopsB : graph.nodeId(a) < graph.nodeId(b);
    });

    QSet<QString> sites;
    QSet<QString> owners;
    const auto collect = [&](int node) {
        if (graph.safetyCritical(node))
            result.safetyCritical.append(graph.nodeId(node));
        if (const int site = graph.siteIndex(node); site >= 0)
            sites.insert(graph.siteId(site));
        if (!graph.ownerRef(node).isEmpty())
            owners.insert(graph.ownerRef(node));
    };
    for (const int node : seeds)
        collect(node);
    result.reached.reserve(qsizetype(reachedNodes.size()));
    for (const int node : reachedNodes) {
        result.reached.append(ReachedDevice{graph.nodeId(node), hops[std::size_t(node)],
                                            graph.nodeId(parent[std::size_t(node)])});
        collect(node);
    }
    for (const int node : gateways)
        result.gateways.append(graph.nodeId(node));
    result.gateways.sort();
    result.siteIds = QStringList(sites.cbegin(), sites.cend());
    result.siteIds.sort();
    result.ownerRefs = QStringList(owners.cbegin(), owners.cend());
    result.ownerRefs.sort();
    return result;
}

} // namespace warden
