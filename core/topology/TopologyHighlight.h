#pragma once

#include "topology/FleetTopology.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace warden {

struct ImpactResult;

// What the topology emphasises for an incident's blast radius: the affected devices, the devices and gateways
// reachable from them, and nothing else (the rest is dimmed). Adapts ImpactAnalysis's answer (ids) to nodes of
// one FleetTopology; not responsible for the search itself.
struct TopologyHighlight {
    QString title;                  // e.g. the incident's title, shown above the view while highlighted
    QSet<TopologyNode> affected;
    QSet<TopologyNode> reachable;   // never contains an affected node
    QStringList unknownIds;         // ids that are not nodes of the topology (kept to tell the operator)

    bool isEmpty() const { return affected.isEmpty() && reachable.isEmpty(); }
    bool contains(TopologyNode node) const { return affected.contains(node) || reachable.contains(node); }

    // Ids of one backend's devices and gateways (ids may repeat across backends).
    static TopologyHighlight fromIds(const FleetTopology &topology, const QString &backend,
                                     const QStringList &affectedIds, const QStringList &reachableIds,
                                     const QString &title = {});
    // Ids looked up in any backend (the first that has them): for a console showing one fleet.
    static TopologyHighlight fromIds(const FleetTopology &topology, const QStringList &affectedIds,
                                     const QStringList &reachableIds, const QString &title = {});
    // Seeds are affected; reached devices and crossed gateways are reachable.
    static TopologyHighlight fromImpact(const FleetTopology &topology, const QString &backend,
                                        const ImpactResult &impact, const QString &title = {});
    static TopologyHighlight fromImpact(const FleetTopology &topology, const ImpactResult &impact,
                                        const QString &title = {});
};

} // namespace warden
