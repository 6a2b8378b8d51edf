#include "TopologyScene.h"

#include "SeverityPalette.h"
#include "TopologyNodePainter.h"
#include "TopologyOverlayPainter.h"
#include "TopologyPaintStyle.h"
#include "TopologySiteMapPainter.h"

#include <QElapsedTimer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace warden {


// --- data -----------------------------------------------------------------------------------------------------

TopologyScene::TopologyScene(QObject *parent)
    : QObject(parent),
      m_siteMap(std::make_unique<TopologySiteMapPainter>(*this)),
      m_nodePainter(std::make_unique<TopologyNodePainter>(*this))
{
    // Whatever the scene announces may change what paintLayer draws: views keeping a layer compare this number.
    connect(this, &TopologyScene::layoutChanged, this, [this] { ++m_revision; });
    connect(this, &TopologyScene::appearanceChanged, this, [this] { ++m_revision; });
    connect(&m_watcher, &QFutureWatcher<LayoutResult>::finished, this, [this] {
        m_layoutRunning = false;
        const LayoutResult result = m_watcher.result();
        if (result.generation != m_generation)
            return; // laid out a fleet that has been replaced since
        m_lastLayoutMs = result.milliseconds;
        applyLayout(result.layout);
        if (m_layoutAgain || m_fullLayoutWanted) {
            m_layoutAgain = false;
            scheduleLayout(false);
        }
    });
    connect(&m_fleetWatcher, &QFutureWatcher<FleetResult>::finished, this, [this] {
        const FleetResult result = m_fleetWatcher.result();
        if (result.generation != m_generation)
            return;
        m_fleetPending = false;
        applyFleet(result);
        // Live updates and other fleets that arrived meanwhile, in order, on top of the new fleet (a fleet among
        // them starts loading again, and what follows it waits once more).
        const QList<std::function<void()>> deferred = std::exchange(m_deferred, {});
        for (const auto &update : deferred)
            update();
    });
}

void TopologyScene::applyFleet(const FleetResult &result)
{
    m_topology = result.topology;
    if (result.fresh)
        m_highlight = {}; // node indices start over
    clearBitmapCaches(); // site indices may mean other sites now
    m_lastLayoutMs = result.milliseconds;
    applyLayout(result.layout);
}

TopologyScene::FleetResult TopologyScene::buildFleet(const FleetTopology &base, const TopologyLayout &baseLayout,
                                                     const QString &backend, const QList<Site> &sites,
                                                     const QList<Gateway> &gateways, const QList<Device> &devices,
                                                     const QList<Link> &links)
{
    QElapsedTimer timer;
    timer.start();
    FleetResult result;
    bool othersShown = false;
    for (TopologyNode node = 0; node < TopologyNode(base.nodeCount()) && !othersShown; ++node)
        othersShown = base.isPresent(node) && base.backendName(node) != backend;
    if (!othersShown) {
        result.topology = FleetTopology::fromFleet(sites, gateways, devices, links, backend);
        result.layout = TopologyLayout::compute(result.topology);
    } else {
        // The other backends' nodes keep their indices and places; this backend's nodes that come back too.
        result.fresh = false;
        result.topology = base;
        result.topology.clearBackend(backend);
        for (const Site &site : sites)
            result.topology.upsertSite(site, backend);
        for (const Gateway &gateway : gateways)
            result.topology.upsertGateway(gateway, backend);
        for (const Device &device : devices)
            result.topology.upsertDevice(device, backend);
        for (const Link &link : links)
            result.topology.addLink(link, backend);
        result.layout = baseLayout;
        result.layout.extend(result.topology);
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

TopologyScene::~TopologyScene()
{
    m_watcher.waitForFinished();
    m_fleetWatcher.waitForFinished();
}

bool TopologyScene::deferWhileLoading(std::function<void()> update)
{
    if (!m_fleetPending)
        return false;
    m_deferred.append(std::move(update));
    return true;
}

void TopologyScene::setFleet(const QString &backend, const QList<Site> &sites, const QList<Gateway> &gateways,
                             const QList<Device> &devices, const QList<Link> &links)
{
    // One fleet at a time: the next one (of this or another backend) builds on the graph this one leaves.
    if (deferWhileLoading([this, backend, sites, gateways, devices, links] {
            setFleet(backend, sites, gateways, devices, links);
        }))
        return;
    ++m_generation;
    m_fullLayoutWanted = false;
    m_layoutAgain = false;
    if (m_synchronous) {
        applyFleet(buildFleet(m_topology, m_layout, backend, sites, gateways, devices, links));
        return;
    }
    // Building the graph of a large fleet and laying it out both take long enough to stall the UI: the
    // worker does both, and until it is back the old picture stays on screen. Copies are cheap snapshots.
    m_fleetPending = true;
    emit appearanceChanged();
    m_fleetWatcher.setFuture(QtConcurrent::run([base = m_topology, baseLayout = m_layout, backend, sites, gateways,
                                                devices, links, generation = m_generation] {
        FleetResult result = buildFleet(base, baseLayout, backend, sites, gateways, devices, links);
        result.generation = generation;
        return result;
    }));
}

void TopologyScene::upsertSites(const QList<Site> &sites, const QString &backend)
{
    if (deferWhileLoading([this, sites, backend] { upsertSites(sites, backend); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Site &site : sites)
        change = std::max(change, m_topology.upsertSite(site, backend));
    change == TopologyChange::Structure ? structureChanged() : stateChanged();
}

void TopologyScene::upsertGateways(const QList<Gateway> &gateways, const QString &backend)
{
    if (deferWhileLoading([this, gateways, backend] { upsertGateways(gateways, backend); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Gateway &gateway : gateways)
        change = std::max(change, m_topology.upsertGateway(gateway, backend));
    change == TopologyChange::Structure ? structureChanged() : stateChanged();
}

void TopologyScene::upsertDevices(const QList<Device> &devices, const QString &backend)
{
    if (deferWhileLoading([this, devices, backend] { upsertDevices(devices, backend); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Device &device : devices)
        change = std::max(change, m_topology.upsertDevice(device, backend));
    change == TopologyChange::Structure ? structureChanged() : stateChanged();
}

void TopologyScene::addLinks(const QList<Link> &links, const QString &backend)
{
    if (deferWhileLoading([this, links, backend] { addLinks(links, backend); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Link &link : links)
        change = std::max(change, m_topology.addLink(link, backend));
    if (change == TopologyChange::Structure)
        structureChanged();
}

void TopologyScene::removeNodes(const QStringList &ids, const QString &backend)
{
    if (deferWhileLoading([this, ids, backend] { removeNodes(ids, backend); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const QString &id : ids)
        change = std::max(change, m_topology.removeNode(id, backend));
    if (change == TopologyChange::Structure)
        structureChanged();
}

void TopologyScene::structureChanged()
{
    if (m_synchronous) {
        scheduleLayout(false);
        return;
    }
    // Colours and counts of what is already placed update now; new nodes appear when the worker places them.
    rebuildStructure();
    rebuildAppearance();
    scheduleLayout(false);
    emit appearanceChanged();
}

void TopologyScene::stateChanged()
{
    rebuildAppearance();
    emit appearanceChanged();
}

void TopologyScene::scheduleLayout(bool full)
{
    m_fullLayoutWanted = m_fullLayoutWanted || full || m_layout.nodeCount() == 0;
    if (m_synchronous) {
        QElapsedTimer timer;
        timer.start();
        TopologyLayout layout = m_layout;
        if (m_fullLayoutWanted)
            layout = TopologyLayout::compute(m_topology);
        else
            layout.extend(m_topology);
        m_fullLayoutWanted = false;
        m_lastLayoutMs = double(timer.nsecsElapsed()) / 1e6;
        applyLayout(layout);
        return;
    }
    if (m_layoutRunning) {
        m_layoutAgain = true; // the running job works on an older snapshot; extend once it is back
        return;
    }
    m_layoutRunning = true;
    const bool fromScratch = m_fullLayoutWanted;
    m_fullLayoutWanted = false;
    // Copies are cheap snapshots (implicitly shared columns); the worker never sees later changes.
    m_watcher.setFuture(QtConcurrent::run([snapshot = m_topology, base = m_layout, full = fromScratch,
                                           generation = m_generation]() mutable {
        QElapsedTimer timer;
        timer.start();
        LayoutResult result;
        result.generation = generation;
        result.layout = full ? TopologyLayout::compute(snapshot) : std::move(base);
        if (!full)
            result.layout.extend(snapshot);
        result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        return result;
    }));
}

void TopologyScene::applyLayout(const TopologyLayout &layout)
{
    m_layout = layout;
    m_indexStale = true;
    rebuildStructure();
    rebuildAppearance();
    emit layoutChanged();
}

void TopologyScene::rebuildStructure()
{
    const int sites = m_topology.siteCount();
    const auto placed = [this](TopologyNode node) { return m_topology.isPresent(node) && m_layout.isPlaced(node); };

    m_siteNodeStart.fill(0, sites + 1);
    for (TopologyNode node = 0; node < TopologyNode(m_topology.nodeCount()); ++node)
        if (placed(node))
            ++m_siteNodeStart[m_topology.site(node) + 1];
    for (int s = 0; s < sites; ++s)
        m_siteNodeStart[s + 1] += m_siteNodeStart.at(s);
    m_siteNodes.resize(m_siteNodeStart.last());
    {
        QList<quint32> fill(m_siteNodeStart.begin(), m_siteNodeStart.end() - 1);
        for (TopologyNode node = 0; node < TopologyNode(m_topology.nodeCount()); ++node)
            if (placed(node))
                m_siteNodes[fill[m_topology.site(node)]++] = node;
    }

    m_crossLinks.clear();
    m_siteLinkTotals.clear();
    QHash<quint64, qsizetype> totals;
    m_siteLinkStart.fill(0, sites + 1);
    for (qsizetype link = 0; link < m_topology.linkCount(); ++link) {
        const int a = m_topology.site(m_topology.linkFrom(link)), b = m_topology.site(m_topology.linkTo(link));
        if (a == b)
            ++m_siteLinkStart[a + 1];
    }
    for (int s = 0; s < sites; ++s)
        m_siteLinkStart[s + 1] += m_siteLinkStart.at(s);
    m_siteLinks.resize(m_siteLinkStart.last());
    QList<quint32> fill(m_siteLinkStart.begin(), m_siteLinkStart.end() - 1);
    for (qsizetype link = 0; link < m_topology.linkCount(); ++link) {
        const int a = m_topology.site(m_topology.linkFrom(link)), b = m_topology.site(m_topology.linkTo(link));
        if (a == b) {
            m_siteLinks[fill[a]++] = quint32(link);
        } else {
            m_crossLinks.append(quint32(link));
            ++totals[(quint64(std::min(a, b)) << 32) | quint64(std::max(a, b))];
        }
    }
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it)
        m_siteLinkTotals.append({int(it.key() >> 32), int(it.key() & 0xFFFFFFFFu), it.value()});
    std::sort(m_siteLinkTotals.begin(), m_siteLinkTotals.end(),
              [](const SiteLink &x, const SiteLink &y) { return std::pair(x.from, x.to) < std::pair(y.from, y.to); });
}

bool TopologyScene::passesFilter(TopologyNode node) const
{
    if (!m_filter.backend.isNull() && m_topology.backendName(node) != m_filter.backend)
        return false;
    if (!m_filter.siteIds.isEmpty() && !m_filter.siteIds.contains(m_topology.siteId(m_topology.site(node))))
        return false;
    if (m_topology.kind(node) == TopologyNodeKind::Gateway)
        return true;
    if (!m_filter.classes.isEmpty()
        && !m_filter.classes.contains(m_topology.classNames().at(m_topology.deviceClass(node))))
        return false;
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(m_topology.status(node)))
        return false;
    if (m_topology.risk(node) < m_filter.minimumRisk)
        return false;
    if (m_filter.quarantinedOnly && m_topology.quarantine(node) == QuarantineLevel::None)
        return false;
    return true;
}

void TopologyScene::rebuildAppearance()
{
    const QStringList &classes = m_topology.classNames();
    QStringList sorted;
    for (const QString &name : classes)
        if (name != FleetTopology::gatewayClassName())
            sorted.append(name);
    std::sort(sorted.begin(), sorted.end());
    if (sorted != m_sortedClasses) {
        m_sortedClasses = sorted;
        clearBitmapCaches(); // class colours are by sorted position
    }
    m_classCategory.resize(classes.size());
    for (int c = 0; c < classes.size(); ++c)
        m_classCategory[c] = int(m_sortedClasses.indexOf(classes.at(c)));

    const qsizetype nodes = m_topology.nodeCount();
    m_category.resize(nodes);
    const QList<bool> wasShown = m_shown;
    m_shown.resize(nodes);
    m_backendPresent.fill(false, m_topology.backendCount());
    m_backendShown.fill(false, m_topology.backendCount());
    for (TopologyNode node = 0; node < TopologyNode(nodes); ++node) {
        m_shown[node] = m_topology.isPresent(node) && m_layout.isPlaced(node) && passesFilter(node);
        if (m_topology.isPresent(node))
            m_backendPresent[m_topology.backend(node)] = true;
        if (m_shown.at(node))
            m_backendShown[m_topology.backend(node)] = true;
        if (m_topology.kind(node) == TopologyNodeKind::Gateway) {
            m_category[node] = TopologyPaintStyle::GatewayCategory;
            continue;
        }
        switch (m_colouring) {
        case TopologyColouring::Risk: m_category[node] = quint8(TopologyPaintStyle::riskCategory(m_topology.risk(node))); break;
        case TopologyColouring::Status:
            if (m_topology.quarantine(node) != QuarantineLevel::None) {
                m_category[node] = 0;
                break;
            }
            switch (m_topology.status(node)) {
            case DeviceStatus::Disabled: m_category[node] = 1; break;
            case DeviceStatus::Offline: m_category[node] = 2; break;
            case DeviceStatus::Degraded: m_category[node] = 3; break;
            case DeviceStatus::Online: m_category[node] = 4; break;
            }
            break;
        case TopologyColouring::Class:
            m_category[node] = quint8(std::clamp(m_classCategory.at(m_topology.deviceClass(node)), 0, 254));
            break;
        }
    }
    // The index only depends on positions and on what is shown; a colour change leaves it as it is.
    if (m_indexStale || m_shown != wasShown) {
        m_index.build(m_layout.positions(), m_shown, 2.0 * m_layout.parameters().deviceSpacing);
        m_indexStale = false;
    }
    m_summariesStale = true;
}

// --- presentation -----------------------------------------------------------------------------------------------

void TopologyScene::clearBitmapCaches()
{
    m_siteMap->clearCaches();
    m_nodePainter->clearGlyphs();
}

void TopologyScene::setColouring(TopologyColouring colouring)
{
    if (colouring == m_colouring)
        return;
    m_colouring = colouring;
    clearBitmapCaches(); // a category means another colour now
    stateChanged();
}

void TopologyScene::setFilter(const TopologyFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    stateChanged();
}

void TopologyScene::setHighlight(const TopologyHighlight &highlight)
{
    m_highlight = highlight;
    m_summariesStale = true;
    emit appearanceChanged();
}

void TopologyScene::clearHighlight()
{
    setHighlight({});
}

bool TopologyScene::isShown(TopologyNode node) const
{
    return node < TopologyNode(m_shown.size()) && m_shown.at(node);
}

qsizetype TopologyScene::shownDeviceCount() const
{
    ensureSummaries();
    qsizetype total = 0;
    for (const SiteSummary &summary : std::as_const(m_summaries))
        total += summary.devices;
    return total;
}

int TopologyScene::categoryCount() const
{
    switch (m_colouring) {
    case TopologyColouring::Risk: return TopologyPaintStyle::RiskCategories;
    case TopologyColouring::Status: return TopologyPaintStyle::StatusCategories;
    case TopologyColouring::Class: return int(m_sortedClasses.size());
    }
    return 0;
}

int TopologyScene::categoryOf(TopologyNode node) const
{
    const quint8 category = m_category.at(node);
    return category == TopologyPaintStyle::GatewayCategory ? -1 : category;
}

QColor TopologyScene::categoryColour(int category) const
{
    if (category < 0)
        return TopologyPaintStyle::gatewayColour();
    switch (m_colouring) {
    case TopologyColouring::Risk:
        if (category == 4)
            return Palette::healthy();
        return Palette::severity(Severity(std::clamp(category, 0, 3))); // critical, major, minor, warning
    case TopologyColouring::Status:
        switch (category) {
        case 0: return Palette::quarantined();
        case 1: return TopologyPaintStyle::disabledColour();
        case 2: return Palette::offline();
        case 3: return Palette::severity(Severity::Minor);
        default: return Palette::healthy();
        }
    case TopologyColouring::Class: return TopologyPaintStyle::classColour(category);
    }
    return Palette::offline();
}

QString TopologyScene::categoryLabel(int category) const
{
    if (category < 0)
        return tr("Gateway");
    switch (m_colouring) {
    case TopologyColouring::Risk: {
        static const char *const labels[] = {QT_TR_NOOP("Critical risk (80–100)"), QT_TR_NOOP("Major risk (60–79)"),
                                             QT_TR_NOOP("Minor risk (40–59)"), QT_TR_NOOP("Warning (20–39)"),
                                             QT_TR_NOOP("Healthy (0–19)")};
        return tr(labels[std::clamp(category, 0, 4)]);
    }
    case TopologyColouring::Status: {
        static const char *const labels[] = {QT_TR_NOOP("Quarantined"), QT_TR_NOOP("Disabled"),
                                             QT_TR_NOOP("Offline"), QT_TR_NOOP("Degraded"), QT_TR_NOOP("Online")};
        return tr(labels[std::clamp(category, 0, 4)]);
    }
    case TopologyColouring::Class:
        return category < m_sortedClasses.size() ? classLabel(m_sortedClasses.at(category)) : QString();
    }
    return {};
}

QList<TopologyScene::LegendEntry> TopologyScene::legend() const
{
    ensureSummaries();
    QList<qsizetype> counts(categoryCount(), 0);
    for (const SiteSummary &summary : std::as_const(m_summaries))
        for (int c = 0; c < std::min(counts.size(), summary.categories.size()); ++c)
            counts[c] += summary.categories.at(c);
    QList<LegendEntry> entries;
    for (int c = 0; c < categoryCount(); ++c) {
        const bool hollow = m_colouring == TopologyColouring::Status && c == TopologyPaintStyle::OfflineStatusCategory;
        entries.append({categoryLabel(c), categoryColour(c), counts.at(c), hollow});
    }
    return entries;
}

void TopologyScene::ensureSummaries() const
{
    if (!m_summariesStale && m_summaries.size() == m_topology.siteCount())
        return;
    const int categories = categoryCount();
    const QList<SiteSummary> previous = std::exchange(m_summaries, QList<SiteSummary>(m_topology.siteCount()));
    for (SiteSummary &summary : m_summaries)
        summary.categories.fill(0, categories);
    for (TopologyNode node = 0; node < TopologyNode(m_shown.size()); ++node) {
        if (!m_shown.at(node))
            continue;
        SiteSummary &summary = m_summaries[m_topology.site(node)];
        if (m_highlight.affected.contains(node))
            ++summary.affected;
        else if (m_highlight.reachable.contains(node))
            ++summary.reachable;
        if (m_topology.kind(node) == TopologyNodeKind::Gateway) {
            ++summary.gateways;
            continue;
        }
        ++summary.devices;
        const int category = m_category.at(node);
        if (category < categories)
            ++summary.categories[category];
        summary.quarantined += m_topology.quarantine(node) != QuarantineLevel::None;
        summary.offline += m_topology.status(node) == DeviceStatus::Offline;
    }
    for (int site = 0; site < m_summaries.size(); ++site) {
        SiteSummary &summary = m_summaries[site];
        summary.dominant = dominantCategory(summary.categories);
        // A live update changes a few sites: only their cached disc and counts are drawn again.
        if (site >= previous.size() || previous.at(site) != summary) {
            m_siteMap->forgetSite(site);
        }
    }
    m_summariesStale = false;
}

int TopologyScene::dominantCategory(const QList<qsizetype> &counts) const
{
    if (m_colouring == TopologyColouring::Class) {
        const auto largest = std::max_element(counts.cbegin(), counts.cend());
        return largest == counts.cend() || *largest == 0 ? -1 : int(largest - counts.cbegin());
    }
    // Categories are ordered worst first; a site shows its worst, however few.
    for (int c = 0; c < counts.size(); ++c)
        if (counts.at(c) > 0)
            return c;
    return -1;
}

const TopologyScene::SiteSummary &TopologyScene::siteSummary(int site) const
{
    ensureSummaries();
    return m_summaries.at(site);
}

QRectF TopologyScene::siteRect(int site) const
{
    const TopologySitePlacement &placement = m_layout.site(site);
    const qreal r = std::max(placement.radius, m_layout.parameters().deviceSpacing);
    return QRectF(placement.centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

QRectF TopologyScene::shownBounds() const
{
    ensureSummaries();
    QRectF bounds;
    for (int site = 0; site < std::min(m_layout.siteCount(), int(m_summaries.size())); ++site) {
        const SiteSummary &summary = m_summaries.at(site);
        if (m_layout.site(site).placed && summary.devices > 0)
            bounds = bounds.isNull() ? siteRect(site) : bounds.united(siteRect(site));
    }
    return bounds.isNull() ? m_layout.bounds() : bounds;
}

// --- queries ----------------------------------------------------------------------------------------------------

std::optional<TopologyNode> TopologyScene::nodeAt(QPointF world, qreal maxDistance) const
{
    return m_index.nearest(world, maxDistance);
}

QList<TopologyNode> TopologyScene::nodesIn(const QRectF &world) const
{
    return m_index.within(world);
}

std::optional<int> TopologyScene::siteAt(QPointF world) const
{
    ensureSummaries();
    std::optional<int> found;
    qreal best = std::numeric_limits<qreal>::max();
    for (int site = 0; site < std::min(m_layout.siteCount(), int(m_summaries.size())); ++site) {
        const TopologySitePlacement &placement = m_layout.site(site);
        if (!placement.placed || m_summaries.at(site).devices + m_summaries.at(site).gateways == 0)
            continue;
        const QPointF delta = world - placement.centre;
        const qreal distance = std::hypot(delta.x(), delta.y());
        if (distance <= std::max(placement.radius, m_layout.parameters().deviceSpacing) && distance < best) {
            best = distance;
            found = site;
        }
    }
    return found;
}

QList<TopologyNode> TopologyScene::search(const QString &text, int limit) const
{
    QList<TopologyNode> result;
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return result;
    // The same id may name a node in several backends: every exact match comes first.
    for (int backend = 0; backend < m_topology.backendCount() && result.size() < limit; ++backend)
        if (const auto exact = m_topology.nodeOf(m_topology.backendName(backend), needle);
            exact && m_topology.isPresent(*exact))
            result.append(*exact);
    const qsizetype exactCount = result.size();
    QList<TopologyNode> containing;
    for (TopologyNode node = 0; node < TopologyNode(m_topology.nodeCount()) && result.size() < limit; ++node) {
        if (!m_topology.isPresent(node) || result.first(exactCount).contains(node))
            continue;
        const QString &name = m_topology.name(node), &id = m_topology.id(node);
        if (name.startsWith(needle, Qt::CaseInsensitive) || id.startsWith(needle, Qt::CaseInsensitive))
            result.append(node);
        else if (containing.size() < limit
                 && (name.contains(needle, Qt::CaseInsensitive) || id.contains(needle, Qt::CaseInsensitive)))
            containing.append(node);
    }
    for (const TopologyNode node : std::as_const(containing)) {
        if (result.size() >= limit)
            break;
        if (!result.contains(node))
            result.append(node);
    }
    return result;
}

QString TopologyScene::shortName(TopologyNode node) const
{
    // Inside a site its name is already on screen: "North Campus security gateway 1" reads "security gateway 1".
    const QString &name = m_topology.name(node);
    const QString &site = m_topology.siteName(m_topology.site(node));
    if (site.size() >= 3 && name.size() > site.size() + 1 && name.startsWith(site) && name.at(site.size()) == QLatin1Char(' '))
        return name.mid(site.size() + 1);
    return name;
}

QColor TopologyScene::riskColour(int risk)
{
    const int category = TopologyPaintStyle::riskCategory(risk);
    return category == 4 ? Palette::healthy() : Palette::severity(Severity(category));
}

QString TopologyScene::classLabel(const QString &className)
{
    static const QHash<QString, const char *> known = {
        {QStringLiteral("ip_camera"), QT_TR_NOOP("IP camera")},
        {QStringLiteral("door_controller"), QT_TR_NOOP("Door controller")},
        {QStringLiteral("hvac_controller"), QT_TR_NOOP("HVAC controller")},
        {QStringLiteral("plc"), QT_TR_NOOP("PLC")},
        {QStringLiteral("smart_meter"), QT_TR_NOOP("Smart meter")},
        {QStringLiteral("badge_reader"), QT_TR_NOOP("Badge reader")},
        {QStringLiteral("vehicle_tracker"), QT_TR_NOOP("Vehicle tracker")},
        {QStringLiteral("infusion_pump"), QT_TR_NOOP("Infusion pump")},
        {QStringLiteral("cardiac_monitor"), QT_TR_NOOP("Cardiac monitor")},
        {QStringLiteral("gateway"), QT_TR_NOOP("Gateway")},
    };
    if (const auto it = known.constFind(className); it != known.constEnd())
        return tr(it.value());
    if (className.isEmpty())
        return tr("Unclassified");
    QString label = className;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label[0] = label.at(0).toUpper();
    return label;
}

QString TopologyScene::classLetters(const QString &className)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("ip_camera"), QStringLiteral("Ca")},   {QStringLiteral("door_controller"), QStringLiteral("Dr")},
        {QStringLiteral("hvac_controller"), QStringLiteral("Hv")}, {QStringLiteral("plc"), QStringLiteral("PL")},
        {QStringLiteral("smart_meter"), QStringLiteral("Me")}, {QStringLiteral("badge_reader"), QStringLiteral("Ba")},
        {QStringLiteral("vehicle_tracker"), QStringLiteral("Ve")}, {QStringLiteral("infusion_pump"), QStringLiteral("IP")},
        {QStringLiteral("cardiac_monitor"), QStringLiteral("CM")},
    };
    if (const auto it = known.constFind(className); it != known.constEnd())
        return it.value();
    QString letters;
    for (const QString &word : className.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        if (letters.size() < 2)
            letters += word.at(0).toUpper();
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

// --- painting ---------------------------------------------------------------------------------------------------

TopologyDetail TopologyScene::detailFor(qreal onScreenSpacing)
{
    if (onScreenSpacing < PointsThreshold)
        return TopologyDetail::Sites;
    if (onScreenSpacing < GlyphsThreshold)
        return TopologyDetail::Points;
    return TopologyDetail::Glyphs;
}

TopologyDetail TopologyScene::detailAt(qreal scale) const
{
    return detailFor(scale * m_layout.parameters().deviceSpacing);
}

int TopologyScene::glyphDiameter(qreal onScreenSpacing)
{
    if (detailFor(onScreenSpacing) == TopologyDetail::Glyphs)
        return int(std::clamp(onScreenSpacing * 0.52, 10.0, 28.0));
    return int(std::clamp(onScreenSpacing * 0.6, 2.0, 9.0));
}

void TopologyScene::paint(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                          TopologyPaintTarget target) const
{
    paintLayer(painter, camera, palette, target, QRectF(QPointF(0, 0), camera.viewport));
    paintLabels(painter, camera, palette);
}

void TopologyScene::paintLayer(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                               TopologyPaintTarget target, const QRectF &exposed) const
{
    ensureSummaries();
    if (detailAt(camera.scale) == TopologyDetail::Sites)
        m_siteMap->paint(painter, camera, palette, target, exposed);
    else
        m_nodePainter->paint(painter, camera, palette, detailAt(camera.scale), target, exposed);
}

void TopologyScene::paintLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette) const
{
    ensureSummaries();
    m_siteMap->clearLabels();
    const TopologyDetail detail = detailAt(camera.scale);
    if (detail == TopologyDetail::Sites)
        m_siteMap->paintLabels(painter, camera, palette);
    else
        m_nodePainter->paintLabels(painter, camera, palette, detail);
    paintBackendLabels(painter, camera, palette);
}

void TopologyScene::paintBackendLabels(QPainter &painter, const TopologyCamera &camera, const QPalette &palette) const
{
    m_backendLabels.clear();
    if (std::count(m_backendPresent.cbegin(), m_backendPresent.cend(), true) < 2)
        return;
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), 9.0) * 1.15);
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF viewport(QPointF(0, 0), camera.viewport);
    for (int backend = 0; backend < m_topology.backendCount(); ++backend) {
        const QRectF world = m_layout.backendBounds(backend);
        if (world.isNull() || !m_backendShown.value(backend))
            continue;
        const QRectF region = camera.worldToScreen().mapRect(world);
        if (!region.intersects(viewport))
            continue;
        // Above the region's top-left corner; kept on screen while any of the region is.
        const QString text = m_topology.backendName(backend).isEmpty() ? tr("(this backend)")
                                                                        : m_topology.backendName(backend);
        const QSizeF size(metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
        // Clear of the site names, which sit just above the first row's discs.
        QPointF topLeft(region.left(), region.top() - size.height() - 2.2 * metrics.height());
        const qreal rightmost = std::max(4.0, std::min(region.right(), viewport.right()) - size.width());
        topLeft.setX(std::clamp(topLeft.x(), 4.0, rightmost));
        topLeft.setY(std::clamp(topLeft.y(), 4.0, std::max(4.0, region.bottom() - size.height())));
        const QRectF box(topLeft, size);
        painter.setPen(QPen(TopologyPaintStyle::withAlpha(palette.color(QPalette::Text), 90), 1.0));
        painter.setBrush(TopologyPaintStyle::withAlpha(palette.color(QPalette::Base), 225));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, text);
        m_backendLabels.append({backend, box});
    }
    painter.restore();
}

void TopologyScene::paintOverlay(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                                 const TopologyOverlay &overlay) const
{
    TopologyOverlayPainter(*this).paint(painter, camera, palette, overlay);
}

const QList<TopologyScene::SiteLabel> &TopologyScene::siteLabels() const
{
    return m_siteMap->labels();
}

} // namespace warden
