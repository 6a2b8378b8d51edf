#pragma once

#include "domain/Device.h"
#include "domain/Gateway.h"
#include "domain/Link.h"
#include "domain/Site.h"

#include <QHash>
#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace warden {

// The fleet's network as an immutable graph for analysis: devices and gateways are nodes; links and each device's
// gatewayId are undirected edges. Adjacency is stored once in compressed sparse row arrays (offsets + targets), so
// 100k devices and 120k links cost a few MB and a neighbour scan touches one contiguous range.
// Responsible for lookups (id -> node, node -> site / safety / owner ref) and adjacency; not for traversal policy
// (ImpactAnalysis) or correlation (IncidentCorrelator). Build once per topology revision and share it read-only
// (it is safe to read from several threads).
class TopologyGraph {
public:
    enum class NodeKind : quint8 { Device, Gateway };

    static TopologyGraph build(const QList<Site> &sites, const QList<Gateway> &gateways, const QList<Device> &devices,
                               const QList<Link> &links);

    int nodeCount() const { return int(m_ids.size()); }
    int deviceCount() const { return m_deviceCount; }
    int edgeCount() const { return int(m_targets.size() / 2); } // undirected edges after removing duplicates
    // Links naming an id that is neither a device nor a gateway; they are left out of the graph.
    int skippedLinkCount() const { return m_skippedLinks; }

    int nodeIndex(const QString &id) const { return m_index.value(id, -1); }
    const QString &nodeId(int node) const { return m_ids[std::size_t(node)]; }
    NodeKind kind(int node) const { return m_kinds[std::size_t(node)]; }
    bool isDevice(int node) const { return kind(node) == NodeKind::Device; }

    std::span<const int> neighbours(int node) const
    {
        const int begin = m_offsets[std::size_t(node)];
        const int end = m_offsets[std::size_t(node) + 1];
        return std::span<const int>(m_targets.data() + begin, std::size_t(end - begin));
    }
    bool linked(int a, int b) const;

    // Per node (devices; for gateways: the gateway's name and site, no owner, never safety-critical/quarantined).
    const QString &name(int node) const { return m_names[std::size_t(node)]; }
    int siteIndex(int node) const { return m_siteOfNode[std::size_t(node)]; } // -1 when unknown
    bool safetyCritical(int node) const { return (m_flags[std::size_t(node)] & SafetyCriticalFlag) != 0; }
    bool quarantined(int node) const { return (m_flags[std::size_t(node)] & QuarantinedFlag) != 0; }
    const QString &ownerRef(int node) const { return m_ownerRefs[std::size_t(node)]; }

    int siteCount() const { return int(m_siteIds.size()); }
    int siteIndexOf(const QString &siteId) const { return m_siteIndex.value(siteId, -1); }
    const QString &siteId(int site) const { return m_siteIds[std::size_t(site)]; }
    // The site's display name, or its id when the site list did not name it.
    const QString &siteName(int site) const { return m_siteNames[std::size_t(site)]; }

private:
    static constexpr quint8 SafetyCriticalFlag = 1;
    static constexpr quint8 QuarantinedFlag = 2;

    int addNode(const QString &id, NodeKind kind, const QString &name, int site, quint8 flags, const QString &owner);
    int internSite(const QString &siteId);

    QHash<QString, int> m_index;
    std::vector<QString> m_ids;
    std::vector<NodeKind> m_kinds;
    std::vector<QString> m_names;
    std::vector<int> m_siteOfNode;
    std::vector<quint8> m_flags;
    std::vector<QString> m_ownerRefs;
    std::vector<int> m_offsets; // nodeCount + 1 entries
    std::vector<int> m_targets; // neighbours of node n: m_targets[m_offsets[n] .. m_offsets[n + 1])
    QHash<QString, int> m_siteIndex;
    std::vector<QString> m_siteIds;
    std::vector<QString> m_siteNames;
    int m_deviceCount = 0;
    int m_skippedLinks = 0;
};

} // namespace warden
