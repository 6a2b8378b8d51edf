#include "topology/TopologyLayout.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace warden {

namespace {
constexpr qreal InverseGoldenRatio = 0.6180339887498949;
constexpr qreal TwoPi = 2.0 * M_PI;

// Fractional part of (slot + 1) / golden ratio: a low-discrepancy spread of angles inside a wedge.
qreal goldenFraction(quint32 slot)
{
    const qreal value = (qreal(slot) + 1.0) * InverseGoldenRatio;
    return value - std::floor(value);
}
} // namespace

TopologyNode TopologyLayout::wedgeKeyOf(const FleetTopology &graph, TopologyNode node)
{
    if (graph.kind(node) == TopologyNodeKind::Gateway)
        return node;
    const TopologyNode gateway = graph.gateway(node);
    // A device hangs under its gateway only when that gateway is drawn in the same site.
    if (gateway == NoTopologyNode || !graph.isPresent(gateway) || graph.kind(gateway) != TopologyNodeKind::Gateway
        || graph.site(gateway) != graph.site(node))
        return NoTopologyNode;
    return gateway;
}

QList<TopologyLayout::SiteMembers> TopologyLayout::collectMembers(const FleetTopology &graph, const QList<int> &sites)
{
    // slotOf[site] = position in `sites`, or -1 for sites not asked for.
    QList<int> slotOf(graph.siteCount(), -1);
    for (int i = 0; i < sites.size(); ++i)
        slotOf[sites.at(i)] = i;
    QList<SiteMembers> members(sites.size());
    QList<QList<TopologyNode>> devices(sites.size());
    const auto byId = [&graph](TopologyNode a, TopologyNode b) { return graph.id(a) < graph.id(b); };
    for (TopologyNode node = 0; node < TopologyNode(graph.nodeCount()); ++node) {
        if (!graph.isPresent(node))
            continue;
        const int slot = slotOf.at(graph.site(node));
        if (slot < 0)
            continue;
        if (graph.kind(node) == TopologyNodeKind::Gateway)
            members[slot].gateways.append(node);
        else
            devices[slot].append(node);
    }
    for (int i = 0; i < sites.size(); ++i) {
        SiteMembers &site = members[i];
        std::sort(site.gateways.begin(), site.gateways.end(), byId);
        site.wedgeKeys = site.gateways;
        site.wedgeDevices.resize(site.gateways.size());
        // Gateways are few per site: a sorted list of them maps a gateway to its wedge by binary search.
        QList<std::pair<TopologyNode, int>> wedgeOf;
        wedgeOf.reserve(site.gateways.size());
        for (int w = 0; w < site.gateways.size(); ++w)
            wedgeOf.append({site.gateways.at(w), w});
        std::sort(wedgeOf.begin(), wedgeOf.end());
        QList<TopologyNode> direct;
        for (TopologyNode node : std::as_const(devices[i])) {
            const TopologyNode key = wedgeKeyOf(graph, node);
            if (key == NoTopologyNode) {
                direct.append(node);
                continue;
            }
            const auto it = std::lower_bound(wedgeOf.cbegin(), wedgeOf.cend(), std::pair<TopologyNode, int>(key, -1));
            site.wedgeDevices[it->second].append(node);
        }
        if (!direct.isEmpty()) {
            site.wedgeKeys.append(NoTopologyNode);
            site.wedgeDevices.append(direct);
        }
        for (QList<TopologyNode> &wedge : site.wedgeDevices)
            std::sort(wedge.begin(), wedge.end(), byId);
    }
    return members;
}

void TopologyLayout::resize(const FleetTopology &graph)
{
    const qsizetype nodes = graph.nodeCount();
    if (m_positions.size() < nodes) {
        m_positions.resize(nodes);
        m_nodeSite.resize(nodes, -1);
        m_nodeWedge.resize(nodes, NoTopologyNode);
    }
    if (m_sites.size() < graph.siteCount()) {
        const int known = int(m_siteBackend.size());
        m_sites.resize(graph.siteCount());
        m_siteBackend.resize(graph.siteCount());
        for (int site = known; site < graph.siteCount(); ++site)
            m_siteBackend[site] = graph.siteBackend(site);
    }
    if (m_regions.size() < graph.backendCount())
        m_regions.resize(graph.backendCount());
}

qreal TopologyLayout::slotRadius(const SiteState &state, const Wedge &wedge, quint32 slot) const
{
    // Even density: the annulus piece from innerRadius to r of angle `span` holds slot + 1/2 devices of area d^2.
    const qreal d = m_parameters.deviceSpacing;
    return std::sqrt(state.innerRadius * state.innerRadius + 2.0 * (qreal(slot) + 0.5) * d * d / wedge.span);
}

QPointF TopologyLayout::slotOffset(const SiteState &state, const Wedge &wedge, quint32 slot) const
{
    const qreal radius = slotRadius(state, wedge, slot);
    // Keep a third of a device spacing clear of the wedge's edges where the arc is wide enough for that.
    const qreal margin = std::min(0.35 * m_parameters.deviceSpacing / radius, wedge.span * 0.25);
    const qreal angle = wedge.start + margin + (wedge.span - 2.0 * margin) * goldenFraction(slot);
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

void TopologyLayout::layoutSite(int site, const SiteMembers &members, CellPolicy policy)
{
    SiteState &state = m_sites[site];
    const qreal d = m_parameters.deviceSpacing;
    const int wedgeCount = int(members.wedgeKeys.size());
    const int gatewayCount = int(members.gateways.size());

    state.ringRadius = gatewayCount <= 1 ? 0.0 : std::max(2.5 * d, gatewayCount * 2.6 * d / TwoPi);
    state.innerRadius = state.ringRadius + (gatewayCount <= 1 ? 1.8 * d : 2.2 * d);
    const qreal gap = wedgeCount > 1 ? std::min(0.09, 0.7 / wedgeCount) : 0.0;
    qreal totalWeight = 0;
    for (const QList<TopologyNode> &devices : members.wedgeDevices)
        totalWeight += std::max<qreal>(qreal(devices.size()), 3.0);
    const qreal usable = TwoPi - wedgeCount * gap;

    state.wedges.clear();
    state.wedges.reserve(wedgeCount);
    qreal angle = -M_PI / 2.0 + gap / 2.0; // the first wedge starts at twelve o'clock
    qreal reach = state.innerRadius;
    qreal capacity = state.innerRadius + d;
    for (int w = 0; w < wedgeCount; ++w) {
        const QList<TopologyNode> &devices = members.wedgeDevices.at(w);
        Wedge wedge;
        wedge.gateway = members.wedgeKeys.at(w);
        wedge.start = angle;
        wedge.span = usable * std::max<qreal>(qreal(devices.size()), 3.0) / totalWeight;
        wedge.nextSlot = quint32(devices.size());
        angle += wedge.span + gap;
        if (!devices.isEmpty())
            reach = std::max(reach, slotRadius(state, wedge, wedge.nextSlot - 1) + 0.5 * d);
        const auto grown = quint32(std::ceil(qreal(devices.size()) * m_parameters.headroom)) + 4;
        capacity = std::max(capacity, slotRadius(state, wedge, grown) + d);
        state.wedges.append(wedge);
    }

    TopologySitePlacement &placement = state.placement;
    placement.radius = reach;
    if (policy == CellPolicy::AtOrigin) {
        placement.cellRadius = capacity;
        placement.centre = QPointF(0, 0);
        placement.placed = true;
    } else if (!placement.placed || reach + 0.5 * d > placement.cellRadius) {
        placement.cellRadius = capacity;
        placeCell(site);
    }

    const QPointF centre = placement.centre;
    for (int w = 0; w < wedgeCount; ++w) {
        const Wedge &wedge = state.wedges.at(w);
        if (wedge.gateway != NoTopologyNode) {
            const qreal middle = wedge.start + wedge.span / 2.0;
            m_positions[wedge.gateway] =
                centre + QPointF(state.ringRadius * std::cos(middle), state.ringRadius * std::sin(middle));
            m_nodeSite[wedge.gateway] = site;
            m_nodeWedge[wedge.gateway] = wedge.gateway;
        }
        const QList<TopologyNode> &devices = members.wedgeDevices.at(w);
        for (quint32 slot = 0; slot < quint32(devices.size()); ++slot) {
            const TopologyNode node = devices.at(slot);
            m_positions[node] = centre + slotOffset(state, wedge, slot);
            m_nodeSite[node] = site;
            m_nodeWedge[node] = wedge.gateway;
        }
    }
}

void TopologyLayout::placeCell(int site)
{
    TopologySitePlacement &placement = m_sites[site].placement;
    Region &region = m_regions[m_siteBackend.at(site)];
    const qreal side = 2.0 * placement.cellRadius + m_parameters.siteGap * m_parameters.deviceSpacing;
    const qreal column = region.right - region.left;
    // Only the rightmost column may take a cell wider than itself; elsewhere it would cover the next region.
    if (side > column && region.right < m_columnsRight) {
        placement.centre = QPointF(m_columnsRight + side / 2.0, region.top + side / 2.0);
        placement.placed = true;
        m_columnsRight += side;
        growBounds(site);
        return;
    }
    // Appending keeps every placed cell where it is: the open row takes the cell if it is wide and tall enough
    // (centred on the row's middle line), otherwise a new row starts below.
    if (!region.rowOpen || region.cursorX + side > std::max(column, side) || side > region.rowHeight) {
        if (region.rowOpen)
            region.rowTop += region.rowHeight;
        region.cursorX = 0;
        region.rowHeight = side;
        region.rowOpen = true;
    }
    placement.centre = QPointF(region.left + region.cursorX + side / 2.0, region.rowTop + region.rowHeight / 2.0);
    placement.placed = true;
    region.cursorX += side;
    region.right = std::max(region.right, region.left + region.cursorX);
    m_columnsRight = std::max(m_columnsRight, region.right);
    growBounds(site);
}

void TopologyLayout::growBounds(int site)
{
    const TopologySitePlacement &placement = m_sites.at(site).placement;
    const qreal r = placement.cellRadius;
    const QRectF cell(placement.centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
    m_bounds = m_bounds.isNull() ? cell : m_bounds.united(cell);
    QRectF &region = m_regions[m_siteBackend.at(site)].bounds;
    region = region.isNull() ? cell : region.united(cell);
}

void TopologyLayout::packRegion(int backend, const QList<int> &order, const QList<SiteMembers> &members, qreal left,
                                qreal top, qreal height)
{
    const qreal gap = m_parameters.siteGap * m_parameters.deviceSpacing;
    const auto sideOf = [&](qsizetype i) { return 2.0 * m_sites.at(order.at(i)).placement.cellRadius + gap; };
    qreal area = 0;
    qreal widest = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        area += sideOf(i) * sideOf(i);
        widest = std::max(widest, sideOf(i));
    }
    // Rows are as tall as their tallest cell, so the region comes out taller than area / width: correct the row
    // width a few times until it has the wanted aspect (as tall as `height`).
    const qreal aspect = std::max(area / std::max(height * height, 1e-9), 1e-6);
    const auto packedHeight = [&](qreal rowWidth) {
        qreal total = 0, rowHeight = 0, x = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (x > 0 && x + sideOf(i) > rowWidth) {
                total += rowHeight;
                x = 0;
                rowHeight = 0;
            }
            x += sideOf(i);
            rowHeight = std::max(rowHeight, sideOf(i));
        }
        return total + rowHeight;
    };
    qreal rowWidth = std::max(widest, std::sqrt(area * aspect));
    for (int round = 0; round < 4 && !order.isEmpty(); ++round) {
        const qreal actual = rowWidth / std::max(packedHeight(rowWidth), 1e-9);
        rowWidth = std::max(widest, rowWidth * std::sqrt(aspect / actual));
    }

    Region &region = m_regions[backend];
    region = Region();
    region.exists = true;
    region.left = left;
    region.top = top;
    region.right = left + rowWidth;
    region.rowTop = top;
    // Greedy rows in id order; every cell of a row is centred on the row's middle line.
    qsizetype rowStart = 0;
    while (rowStart < order.size()) {
        qsizetype rowEnd = rowStart;
        qreal width = 0;
        qreal rowHeight = 0;
        while (rowEnd < order.size() && (rowEnd == rowStart || width + sideOf(rowEnd) <= rowWidth)) {
            width += sideOf(rowEnd);
            rowHeight = std::max(rowHeight, sideOf(rowEnd));
            ++rowEnd;
        }
        qreal x = 0;
        for (qsizetype i = rowStart; i < rowEnd; ++i) {
            const int site = order.at(i);
            SiteState &state = m_sites[site];
            const qreal side = sideOf(i);
            const QPointF centre(left + x + side / 2.0, region.rowTop + rowHeight / 2.0);
            const QPointF shift = centre - state.placement.centre;
            state.placement.centre = centre;
            x += side;
            for (const TopologyNode gateway : members.at(i).gateways)
                m_positions[gateway] += shift;
            for (const QList<TopologyNode> &devices : members.at(i).wedgeDevices)
                for (const TopologyNode node : devices)
                    m_positions[node] += shift;
            growBounds(site);
        }
        region.right = std::max(region.right, left + x);
        region.cursorX = x;
        region.rowHeight = rowHeight;
        region.rowOpen = true;
        rowStart = rowEnd;
        if (rowStart < order.size())
            region.rowTop += rowHeight;
    }
    m_columnsRight = std::max(m_columnsRight, region.right);
}

TopologyLayout TopologyLayout::compute(const FleetTopology &graph, const TopologyLayoutParameters &parameters)
{
    TopologyLayout layout;
    layout.m_parameters = parameters;
    layout.m_revision = graph.structureRevision();
    layout.resize(graph);

    // Backends by name, then sites by id: each backend's sites are one run of `order`.
    QList<int> order(graph.siteCount());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&graph](int a, int b) {
        const QString &backendA = graph.backendName(graph.siteBackend(a));
        const QString &backendB = graph.backendName(graph.siteBackend(b));
        return backendA != backendB ? backendA < backendB : graph.siteId(a) < graph.siteId(b);
    });
    const QList<SiteMembers> members = collectMembers(graph, order);

    // Lay out every site around the origin first, to know the cell sizes, then pack each backend's region and
    // shift its sites into place.
    qreal area = 0;
    const qreal gap = parameters.siteGap * parameters.deviceSpacing;
    for (int i = 0; i < order.size(); ++i) {
        layout.layoutSite(order.at(i), members.at(i), CellPolicy::AtOrigin);
        const qreal side = 2.0 * layout.m_sites.at(order.at(i)).placement.cellRadius + gap;
        area += side * side;
    }
    // Regions side by side, all about as tall as one map of every site would be.
    const qreal height = std::sqrt(area / parameters.aspect);
    qreal left = 0;
    for (qsizetype start = 0; start < order.size();) {
        const int backend = graph.siteBackend(order.at(start));
        qsizetype end = start;
        while (end < order.size() && graph.siteBackend(order.at(end)) == backend)
            ++end;
        layout.packRegion(backend, order.mid(start, end - start), members.mid(start, end - start), left, 0, height);
        left = layout.m_columnsRight + layout.regionGap();
        start = end;
    }
    return layout;
}

TopologyLayout::Update TopologyLayout::extend(const FleetTopology &graph)
{
    Update update;
    resize(graph);
    m_revision = graph.structureRevision();

    QList<bool> relayout(graph.siteCount(), false);
    QList<TopologyNode> toSlot;
    for (TopologyNode node = 0; node < TopologyNode(graph.nodeCount()); ++node) {
        if (!graph.isPresent(node)) {
            m_nodeSite[node] = -1; // leaves a hole; nothing closes up behind it
            continue;
        }
        const int site = graph.site(node);
        const TopologyNode key = wedgeKeyOf(graph, node);
        if (m_nodeSite.at(node) == site && m_nodeWedge.at(node) == key)
            continue;
        const SiteState &state = m_sites.at(site);
        const bool hasWedge = std::any_of(state.wedges.cbegin(), state.wedges.cend(),
                                          [key](const Wedge &wedge) { return wedge.gateway == key; });
        if (!state.placement.placed || graph.kind(node) == TopologyNodeKind::Gateway || !hasWedge)
            relayout[site] = true;
        else
            toSlot.append(node);
    }

    // Devices joining an existing wedge take its next slot, further out than everything already there.
    for (const TopologyNode node : std::as_const(toSlot)) {
        const int site = graph.site(node);
        if (relayout.at(site))
            continue;
        SiteState &state = m_sites[site];
        const TopologyNode key = wedgeKeyOf(graph, node);
        Wedge &wedge = *std::find_if(state.wedges.begin(), state.wedges.end(),
                                     [key](const Wedge &candidate) { return candidate.gateway == key; });
        const qreal radius = slotRadius(state, wedge, wedge.nextSlot);
        if (radius + 0.5 * m_parameters.deviceSpacing > state.placement.cellRadius) {
            relayout[site] = true; // outgrew its cell: re-laid out into a bigger one below
            continue;
        }
        m_positions[node] = state.placement.centre + slotOffset(state, wedge, wedge.nextSlot);
        m_nodeSite[node] = site;
        m_nodeWedge[node] = key;
        state.placement.radius = std::max(state.placement.radius, radius + 0.5 * m_parameters.deviceSpacing);
        ++wedge.nextSlot;
        ++update.placed;
    }

    QList<int> sites;
    for (int site = 0; site < relayout.size(); ++site)
        if (relayout.at(site))
            sites.append(site);
    if (sites.isEmpty())
        return update;
    // Sites of a backend without a region yet (it just connected) become a new region; the rest keep their
    // cells or append one to their backend's region. Both in backend-name, site-id order, so the outcome does
    // not depend on the order records arrived in.
    std::sort(sites.begin(), sites.end(), [&graph](int a, int b) {
        const QString &backendA = graph.backendName(graph.siteBackend(a));
        const QString &backendB = graph.backendName(graph.siteBackend(b));
        return backendA != backendB ? backendA < backendB : graph.siteId(a) < graph.siteId(b);
    });
    const QList<SiteMembers> members = collectMembers(graph, sites);
    QList<int> fresh;
    QList<SiteMembers> freshMembers;
    const auto packFresh = [&] {
        if (fresh.isEmpty())
            return;
        qreal area = 0;
        const qreal gap = m_parameters.siteGap * m_parameters.deviceSpacing;
        for (const int site : std::as_const(fresh))
            area += std::pow(2.0 * m_sites.at(site).placement.cellRadius + gap, 2);
        const bool empty = m_bounds.isNull();
        const qreal height = empty ? std::sqrt(area / m_parameters.aspect) : m_bounds.height();
        packRegion(m_siteBackend.at(fresh.first()), fresh, freshMembers, empty ? 0.0 : m_columnsRight + regionGap(),
                   empty ? 0.0 : m_bounds.top(), height);
        fresh.clear();
        freshMembers.clear();
    };
    for (int i = 0; i < sites.size(); ++i) {
        const int site = sites.at(i);
        const QPointF before = m_sites.at(site).placement.centre;
        const bool wasPlaced = m_sites.at(site).placement.placed;
        if (!m_regions.at(m_siteBackend.at(site)).exists) {
            if (!fresh.isEmpty() && m_siteBackend.at(fresh.first()) != m_siteBackend.at(site))
                packFresh();
            layoutSite(site, members.at(i), CellPolicy::AtOrigin);
            fresh.append(site);
            freshMembers.append(members.at(i));
        } else {
            layoutSite(site, members.at(i), CellPolicy::KeepOrAppend);
        }
        update.relaidSites.append(site);
        if (wasPlaced && m_sites.at(site).placement.centre != before)
            update.relocatedSites.append(site);
        for (const QList<TopologyNode> &devices : members.at(i).wedgeDevices)
            update.placed += devices.size();
        update.placed += members.at(i).gateways.size();
    }
    packFresh();
    return update;
}

} // namespace warden
