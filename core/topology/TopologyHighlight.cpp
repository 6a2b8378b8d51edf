#include "topology/TopologyHighlight.h"

#include "analysis/ImpactAnalysis.h"

namespace warden {

TopologyHighlight TopologyHighlight::fromIds(const FleetTopology &topology, const QStringList &affectedIds,
                                             const QStringList &reachableIds, const QString &title)
{
    TopologyHighlight highlight;
    highlight.title = title;
    for (const QString &id : affectedIds) {
        if (const auto node = topology.nodeOf(id); node && topology.isPresent(*node))
            highlight.affected.insert(*node);
        else if (!highlight.unknownIds.contains(id))
            highlight.unknownIds.append(id);
    }
    for (const QString &id : reachableIds) {
        const auto node = topology.nodeOf(id);
        if (!node || !topology.isPresent(*node)) {
            if (!highlight.unknownIds.contains(id))
                highlight.unknownIds.append(id);
        } else if (!highlight.affected.contains(*node)) {
            highlight.reachable.insert(*node);
        }
    }
    return highlight;
}

TopologyHighlight TopologyHighlight::fromImpact(const FleetTopology &topology, const ImpactResult &impact,
                                                const QString &title)
{
    QStringList reachable;
    reachable.reserve(impact.reached.size() + impact.gateways.size());
    for (const ReachedDevice &device : impact.reached)
        reachable.append(device.deviceId);
    reachable += impact.gateways;
    TopologyHighlight highlight = fromIds(topology, impact.seeds, reachable, title);
    for (const QString &id : impact.unknownSeeds)
        if (!highlight.unknownIds.contains(id))
            highlight.unknownIds.append(id);
    return highlight;
}

} // namespace warden
