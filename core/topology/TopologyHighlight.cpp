#include "topology/TopologyHighlight.h"

#include "analysis/ImpactAnalysis.h"

namespace warden {

namespace {
using Resolve = std::function<std::optional<TopologyNode>(const QString &)>;

TopologyHighlight highlightOf(const FleetTopology &topology, const Resolve &resolve, const QStringList &affectedIds,
                              const QStringList &reachableIds, const QString &title)
{
    TopologyHighlight highlight;
    highlight.title = title;
    for (const QString &id : affectedIds) {
        if (const auto node = resolve(id); node && topology.isPresent(*node))
            highlight.affected.insert(*node);
        else if (!highlight.unknownIds.contains(id))
            highlight.unknownIds.append(id);
    }
    for (const QString &id : reachableIds) {
        const auto node = resolve(id);
        if (!node || !topology.isPresent(*node)) {
            if (!highlight.unknownIds.contains(id))
                highlight.unknownIds.append(id);
        } else if (!highlight.affected.contains(*node)) {
            highlight.reachable.insert(*node);
        }
    }
    return highlight;
}

QStringList reachableOf(const ImpactResult &impact)
{
    QStringList reachable;
    reachable.reserve(impact.reached.size() + impact.gateways.size());
    for (const ReachedDevice &device : impact.reached)
        reachable.append(device.deviceId);
    reachable += impact.gateways;
    return reachable;
}

void addUnknownSeeds(TopologyHighlight &highlight, const ImpactResult &impact)
{
    for (const QString &id : impact.unknownSeeds)
        if (!highlight.unknownIds.contains(id))
            highlight.unknownIds.append(id);
}
} // namespace

TopologyHighlight TopologyHighlight::fromIds(const FleetTopology &topology, const QString &backend,
                                             const QStringList &affectedIds, const QStringList &reachableIds,
                                             const QString &title)
{
    const Resolve resolve = [&topology, &backend](const QString &id) { return topology.nodeOf(backend, id); };
    return highlightOf(topology, resolve, affectedIds, reachableIds, title);
}

TopologyHighlight TopologyHighlight::fromIds(const FleetTopology &topology, const QStringList &affectedIds,
                                             const QStringList &reachableIds, const QString &title)
{
    const Resolve resolve = [&topology](const QString &id) { return topology.nodeOf(id); };
    return highlightOf(topology, resolve, affectedIds, reachableIds, title);
}

TopologyHighlight TopologyHighlight::fromImpact(const FleetTopology &topology, const QString &backend,
                                                const ImpactResult &impact, const QString &title)
{
    TopologyHighlight highlight = fromIds(topology, backend, impact.seeds, reachableOf(impact), title);
    addUnknownSeeds(highlight, impact);
    return highlight;
}

TopologyHighlight TopologyHighlight::fromImpact(const FleetTopology &topology, const ImpactResult &impact,
                                                const QString &title)
{
    TopologyHighlight highlight = fromIds(topology, impact.seeds, reachableOf(impact), title);
    addUnknownSeeds(highlight, impact);
    return highlight;
}

} // namespace warden
