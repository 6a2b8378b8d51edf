#pragma once

#include "analysis/TopologyGraph.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace warden {

struct ImpactOptions {
    // Edges crossed from an affected device. A gateway is a node: its other devices are 2 hops away.
    int maxHops = 2;
    // An isolated device cannot pass an attack on; by default it is neither reported nor crossed (seeds always are).
    bool traverseQuarantined = false;
};

struct ReachedDevice {
    QString deviceId;
    int hops = 0;
    QString via; // the node before it on one shortest path (device or gateway id)
    friend bool operator==(const ReachedDevice &, const ReachedDevice &) = default;
};

// The blast radius of a set of affected devices.
struct ImpactResult {
    QStringList seeds;              // affected devices present in the topology, as given (duplicates removed)
    QStringList unknownSeeds;       // affected ids that are neither devices nor gateways of the topology
    QList<ReachedDevice> reached;   // other devices within the hop limit, by hops then id
    QStringList gateways;           // gateways crossed or named among the affected ids, sorted
    QStringList safetyCritical;     // safety-critical devices among seeds and reached, seeds first then by hops
    QStringList siteIds;            // sites of seeds and reached devices, sorted
    QStringList ownerRefs;          // owner refs (PII keys, not names) of seeds and reached devices, sorted, unique

    qsizetype affectedDeviceCount() const { return seeds.size() + reached.size(); }
};

// Answers "if these devices are compromised, what else is exposed?" by a breadth-first search over the topology
// with a hop limit. A gateway among the affected ids starts the search too (see ImpactResult::gateways). Allocation per call is O(nodes) once; the search touches only what it reaches. Thread-safe
// (const, shares the immutable graph).
class ImpactAnalysis {
public:
    explicit ImpactAnalysis(std::shared_ptr<const TopologyGraph> graph) : m_graph(std::move(graph)) {}

    ImpactResult analyse(const QStringList &affectedDeviceIds, const ImpactOptions &options = {}) const;

private:
    std::shared_ptr<const TopologyGraph> m_graph;
};

} // namespace warden
