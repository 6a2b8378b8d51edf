#pragma once

#include "domain/Device.h"
#include "domain/Enums.h"
#include "domain/Gateway.h"
#include "domain/Link.h"
#include "domain/Site.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace warden {

// Index of a gateway or device in a FleetTopology. Stable for the graph's lifetime: nodes are appended and
// never renumbered (a removed node keeps its index and is only marked absent).
using TopologyNode = quint32;
inline constexpr TopologyNode NoTopologyNode = 0xFFFFFFFFu;

enum class TopologyNodeKind : quint8 { Gateway, Device };

// What a mutation changed: State (colours, counts) can be repainted as is; Structure (a node, its site or
// gateway, a link) needs the layout to place something.
enum class TopologyChange : quint8 { None, State, Structure };

// The fleet as a graph in compact column storage: sites (clusters), gateways and devices (nodes) and links.
// Holds every connected backend's fleet at once: sites and nodes are keyed by (backend, id), since two backends
// may use the same ids; a node belongs to the backend of its site, and links only join nodes of one backend.
// Mutations name the backend they come from (the empty name is a backend like any other, used when only one
// is shown). Holds only what the topology draws, filters and searches on; the full Device stays in the register.
// Columns are implicitly shared, so a copy is a cheap snapshot a layout worker can read while the owner keeps
// updating. Sites, gateways and links may arrive in any order: a reference to an unknown site or gateway
// creates a placeholder that the real record fills in later; a link whose ends are unknown waits until they
// exist. Not responsible for positions (TopologyLayout) or drawing (TopologyScene).
class FleetTopology {
public:
    static FleetTopology fromFleet(const QList<Site> &sites, const QList<Gateway> &gateways,
                                   const QList<Device> &devices, const QList<Link> &links,
                                   const QString &backend = {});

    TopologyChange upsertSite(const Site &site, const QString &backend = {});
    TopologyChange upsertGateway(const Gateway &gateway, const QString &backend = {});
    TopologyChange upsertDevice(const Device &device, const QString &backend = {});
    // Ignores a duplicate of an existing link (same ends and kind, either direction).
    TopologyChange addLink(const Link &link, const QString &backend = {});
    // Marks a gateway or device absent and drops its links; its index is never reused.
    TopologyChange removeNode(const QString &id, const QString &backend = {});
    // Marks every node of the backend absent (and drops their links and waiting links), e.g. before its whole
    // fleet is loaded again; nodes that come back keep their index.
    TopologyChange clearBackend(const QString &backend);

    // Backends, in order of first appearance.
    int backendCount() const { return int(m_backends.size()); }
    const QString &backendName(int backend) const { return m_backends.at(backend); }
    std::optional<int> backendOf(const QString &backend) const;
    // Backends that have at least one present node.
    int presentBackendCount() const;

    // Sites, in order of first appearance. Site 0 is never implicit: a device without a site creates "".
    int siteCount() const { return int(m_siteIds.size()); }
    const QString &siteId(int site) const { return m_siteIds.at(site); }
    // The site's name, or its id while only referenced.
    const QString &siteName(int site) const { return m_siteNames.at(site); }
    SiteKind siteKind(int site) const { return SiteKind(m_siteKinds.at(site)); }
    // Index of the backend the site belongs to.
    int siteBackend(int site) const { return int(m_siteBackends.at(site)); }
    std::optional<int> siteOf(const QString &backend, const QString &siteId) const;
    // The first backend's site with this id (for single-backend callers; ids may repeat across backends).
    std::optional<int> siteOf(const QString &siteId) const;

    qsizetype nodeCount() const { return m_ids.size(); }
    qsizetype deviceCount() const { return m_deviceCount; }
    qsizetype gatewayCount() const { return m_gatewayCount; }
    std::optional<TopologyNode> nodeOf(const QString &backend, const QString &id) const;
    // The first backend's node with this id, present ones first (for single-backend callers).
    std::optional<TopologyNode> nodeOf(const QString &id) const;
    // Index of the backend the node belongs to, and its name.
    int backend(TopologyNode node) const { return siteBackend(site(node)); }
    const QString &backendName(TopologyNode node) const { return m_backends.at(backend(node)); }
    TopologyNodeKind kind(TopologyNode node) const { return TopologyNodeKind(m_kinds.at(node)); }
    bool isPresent(TopologyNode node) const { return m_flags.at(node) & PresentFlag; }
    const QString &id(TopologyNode node) const { return m_ids.at(node); }
    const QString &name(TopologyNode node) const { return m_names.at(node); }
    int site(TopologyNode node) const { return int(m_sites.at(node)); }
    // The gateway a device connects through (NoTopologyNode if none); NoTopologyNode for gateways.
    TopologyNode gateway(TopologyNode node) const { return m_gateways.at(node); }
    // Index into classNames(); gateways have the class "gateway".
    int deviceClass(TopologyNode node) const { return m_classes.at(node); }
    const QStringList &classNames() const { return m_classNames; }
    DeviceStatus status(TopologyNode node) const { return DeviceStatus(m_status.at(node)); }
    int risk(TopologyNode node) const { return m_risk.at(node); }
    QuarantineLevel quarantine(TopologyNode node) const { return QuarantineLevel(m_quarantine.at(node)); }
    bool safetyCritical(TopologyNode node) const { return m_flags.at(node) & SafetyCriticalFlag; }
    const QString &segment(TopologyNode node) const { return m_segments.at(node); }

    qsizetype linkCount() const { return m_linkFrom.size(); }
    TopologyNode linkFrom(qsizetype link) const { return m_linkFrom.at(link); }
    TopologyNode linkTo(qsizetype link) const { return m_linkTo.at(link); }
    LinkKind linkKind(qsizetype link) const { return LinkKind(m_linkKinds.at(link)); }
    // Links still waiting for an end that has not arrived.
    qsizetype pendingLinkCount() const { return m_pendingKeys.size(); }

    // Bumped by every Structure change; the layout and scene compare it to know what is stale.
    quint64 structureRevision() const { return m_structureRevision; }
    quint64 stateRevision() const { return m_stateRevision; }

    static QString gatewayClassName();

private:
    enum Flag : quint8 { PresentFlag = 1, SafetyCriticalFlag = 2, PlaceholderFlag = 4 };

    int internBackend(const QString &backend);
    int internSite(int backend, const QString &siteId);
    int internClass(const QString &className);
    TopologyNode appendNode(int backend, const QString &id, TopologyNodeKind kind);
    // Makes node present with this kind, keeping the counts right; true if that changed anything.
    bool setKindPresent(TopologyNode node, TopologyNodeKind newKind);
    TopologyNode gatewayNodeFor(int backend, const QString &gatewayId, int site);
    std::optional<TopologyNode> findNode(int backend, const QString &id) const;
    TopologyChange resolvePending(int backend, const QString &id);
    static QString endpointKey(int backend, const QString &id);
    static QString pendingKey(int backend, const Link &link);
    void dropLinksOf(TopologyNode node);
    void markAbsent(TopologyNode node);
    bool insertResolvedLink(TopologyNode from, TopologyNode to, LinkKind kind);
    static quint64 linkKey(TopologyNode from, TopologyNode to, LinkKind kind);
    TopologyChange bump(TopologyChange change);

    QStringList m_backends;
    int m_lastBackend = -1;

    QList<QString> m_siteIds;
    QList<QString> m_siteNames;
    QList<quint8> m_siteKinds;
    QList<quint16> m_siteBackends;
    QList<bool> m_siteKnown;
    QList<QHash<QString, int>> m_siteById; // per backend

    QStringList m_classNames;
    QHash<QString, int> m_classById;

    QList<QHash<QString, TopologyNode>> m_nodeById; // per backend
    QList<QString> m_ids;
    QList<QString> m_names;
    QList<QString> m_segments;
    QList<quint8> m_kinds;
    QList<quint32> m_sites;
    QList<TopologyNode> m_gateways;
    QList<quint16> m_classes;
    QList<quint8> m_status;
    QList<quint8> m_risk;
    QList<quint8> m_quarantine;
    QList<quint8> m_flags;
    qsizetype m_deviceCount = 0;
    qsizetype m_gatewayCount = 0;

    QList<TopologyNode> m_linkFrom;
    QList<TopologyNode> m_linkTo;
    QList<quint8> m_linkKinds;
    QHash<quint64, qsizetype> m_linkByKey;
    // Links that name a node not present yet, filed under that node ("backend\x1fid") so a node's arrival looks at
    // its own links only; each waiting link once (a fleet read mid-sync can leave 100k links waiting: list scans
    // made that quadratic — minutes at 100k devices).
    QHash<QString, QList<Link>> m_pendingByEndpoint;
    QSet<QString> m_pendingKeys;

    int m_lastSite = -1;
    int m_lastClass = -1;
    TopologyNode m_lastGateway = NoTopologyNode;

    quint64 m_structureRevision = 0;
    quint64 m_stateRevision = 0;
};

} // namespace warden
