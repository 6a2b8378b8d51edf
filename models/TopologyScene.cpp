#include "TopologyScene.h"

#include "SeverityPalette.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace warden {

namespace {

constexpr quint8 GatewayCategory = 0xFF;
constexpr int RiskCategories = 5;   // critical, major, minor, warning, healthy
constexpr int StatusCategories = 5; // quarantined, disabled, offline, degraded, online
constexpr int OfflineStatusCategory = 2;

QColor gatewayColour()
{
    return QColor(0x37, 0x47, 0x4F);
}

QColor disabledColour()
{
    return QColor(0x42, 0x42, 0x42);
}

// Categorical hues for device classes, chosen away from the meaning colours (no red, orange, amber, purple).
QColor classColour(int index)
{
    static const std::array<QRgb, 12> hues = {0x00897B, 0x3949AB, 0x8D6E63, 0xD81B60, 0x00ACC1, 0x7CB342,
                                              0x039BE5, 0xC0CA33, 0x546E7A, 0x827717, 0xAD1457, 0x5D4037};
    return QColor::fromRgb(hues.at(std::size_t(index) % hues.size()));
}

int riskCategory(int risk)
{
    if (risk >= 80)
        return 0;
    if (risk >= 60)
        return 1;
    if (risk >= 40)
        return 2;
    if (risk >= 20)
        return 3;
    return 4;
}

bool isLight(const QColor &colour)
{
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF() > 0.62;
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// A small padlock: the quarantine mark next to the colour (never colour alone).
void drawLock(QPainter &painter, QPointF centre, qreal size, const QColor &colour)
{
    const qreal w = size * 0.72, h = size * 0.52;
    const QRectF body(centre.x() - w / 2, centre.y() - h / 2 + size * 0.16, w, h);
    painter.setPen(QPen(colour, std::max(1.0, size * 0.13)));
    painter.setBrush(Qt::NoBrush);
    const qreal sw = w * 0.62;
    painter.drawArc(QRectF(centre.x() - sw / 2, body.top() - sw * 0.62, sw, sw * 1.1), 0, 180 * 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(body, size * 0.1, size * 0.1);
}

// Gateway mark: a hub with three spokes.
void drawHub(QPainter &painter, QPointF centre, qreal radius, const QColor &colour)
{
    painter.setPen(QPen(colour, std::max(1.0, radius * 0.16), Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(colour);
    for (int i = 0; i < 3; ++i) {
        const qreal angle = -M_PI / 2 + i * 2 * M_PI / 3;
        const QPointF tip = centre + QPointF(std::cos(angle), std::sin(angle)) * radius * 0.62;
        painter.drawLine(centre, tip);
        painter.drawEllipse(tip, radius * 0.2, radius * 0.2);
    }
    painter.drawEllipse(centre, radius * 0.24, radius * 0.24);
}

QString compactCount(qsizetype count)
{
    return QLocale().toString(count);
}

QString deviceCount(qsizetype count)
{
    return count == 1 ? TopologyScene::tr("1 device") : TopologyScene::tr("%1 devices").arg(QLocale().toString(count));
}

// Rectangles already taken on screen (labels, glyphs), bucketed in a coarse grid so checking a new label
// costs a few comparisons however many are placed.
class ScreenOccupancy {
public:
    explicit ScreenOccupancy(QSizeF size) : m_columns(int(size.width() / Cell) + 1), m_rows(int(size.height() / Cell) + 1)
    {
        m_cells.resize(qsizetype(m_columns) * m_rows);
    }
    bool isFree(const QRectF &rect) const
    {
        bool free = true;
        visit(rect, [&](const QList<QRectF> &cell) {
            free = free && std::none_of(cell.cbegin(), cell.cend(), [&rect](const QRectF &r) { return r.intersects(rect); });
        });
        return free;
    }
    void take(const QRectF &rect)
    {
        visit(rect, [&](QList<QRectF> &cell) { cell.append(rect); });
    }

private:
    static constexpr qreal Cell = 48;
    template <typename F>
    void visit(const QRectF &rect, F &&function) const
    {
        const int x0 = std::clamp(int(rect.left() / Cell), 0, m_columns - 1), x1 = std::clamp(int(rect.right() / Cell), 0, m_columns - 1);
        const int y0 = std::clamp(int(rect.top() / Cell), 0, m_rows - 1), y1 = std::clamp(int(rect.bottom() / Cell), 0, m_rows - 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                function(m_cells[qsizetype(y) * m_columns + x]);
    }
    template <typename F>
    void visit(const QRectF &rect, F &&function)
    {
        const int x0 = std::clamp(int(rect.left() / Cell), 0, m_columns - 1), x1 = std::clamp(int(rect.right() / Cell), 0, m_columns - 1);
        const int y0 = std::clamp(int(rect.top() / Cell), 0, m_rows - 1), y1 = std::clamp(int(rect.bottom() / Cell), 0, m_rows - 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                function(m_cells[qsizetype(y) * m_columns + x]);
    }
    int m_columns;
    int m_rows;
    QList<QList<QRectF>> m_cells;
};

} // namespace

// --- camera ---------------------------------------------------------------------------------------------------

QTransform TopologyCamera::worldToScreen() const
{
    QTransform transform;
    transform.translate(viewport.width() / 2.0, viewport.height() / 2.0);
    transform.scale(scale, scale);
    transform.translate(-centre.x(), -centre.y());
    return transform;
}

QPointF TopologyCamera::toScreen(QPointF world) const
{
    return {(world.x() - centre.x()) * scale + viewport.width() / 2.0,
            (world.y() - centre.y()) * scale + viewport.height() / 2.0};
}

QPointF TopologyCamera::toWorld(QPointF screen) const
{
    return {(screen.x() - viewport.width() / 2.0) / scale + centre.x(),
            (screen.y() - viewport.height() / 2.0) / scale + centre.y()};
}

QRectF TopologyCamera::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(viewport.width(), viewport.height())));
}

TopologyCamera TopologyCamera::fitting(const QRectF &world, QSizeF viewport, qreal margin)
{
    TopologyCamera camera;
    camera.viewport = viewport;
    camera.centre = world.center();
    const qreal width = std::max(1.0, viewport.width() - 2 * margin);
    const qreal height = std::max(1.0, viewport.height() - 2 * margin);
    camera.scale = std::min(width / std::max(world.width(), 1e-6), height / std::max(world.height(), 1e-6));
    camera.scale = std::clamp(camera.scale, 1e-4, 20.0);
    return camera;
}

bool TopologyFilter::isActive() const
{
    return !classes.isEmpty() || !statuses.isEmpty() || !siteIds.isEmpty() || minimumRisk > 0 || quarantinedOnly;
}

// --- data -----------------------------------------------------------------------------------------------------

TopologyScene::TopologyScene(QObject *parent) : QObject(parent)
{
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
        m_topology = result.topology;
        clearBitmapCaches(); // site indices mean other sites now
        m_lastLayoutMs = result.milliseconds;
        applyLayout(result.layout);
        // Live updates that arrived meanwhile, in order, on top of the new fleet.
        const QList<std::function<void()>> deferred = std::exchange(m_deferred, {});
        for (const auto &update : deferred)
            update();
    });
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

void TopologyScene::setFleet(const QList<Site> &sites, const QList<Gateway> &gateways, const QList<Device> &devices,
                             const QList<Link> &links)
{
    ++m_generation;
    m_highlight = {};
    m_deferred.clear();
    m_fullLayoutWanted = false;
    m_layoutAgain = false;
    if (m_synchronous) {
        QElapsedTimer timer;
        timer.start();
        m_topology = FleetTopology::fromFleet(sites, gateways, devices, links);
        clearBitmapCaches();
        const TopologyLayout layout = TopologyLayout::compute(m_topology);
        m_lastLayoutMs = double(timer.nsecsElapsed()) / 1e6;
        applyLayout(layout);
        return;
    }
    // Building the graph of a large fleet and laying it out both take long enough to stall the UI: the
    // worker does both, and until it is back the old picture stays on screen.
    m_fleetPending = true;
    emit appearanceChanged();
    m_fleetWatcher.setFuture(QtConcurrent::run([sites, gateways, devices, links, generation = m_generation] {
        QElapsedTimer timer;
        timer.start();
        FleetResult result;
        result.generation = generation;
        result.topology = FleetTopology::fromFleet(sites, gateways, devices, links);
        result.layout = TopologyLayout::compute(result.topology);
        result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        return result;
    }));
}

void TopologyScene::upsertSites(const QList<Site> &sites)
{
    if (deferWhileLoading([this, sites] { upsertSites(sites); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Site &site : sites)
        change = std::max(change, m_topology.upsertSite(site));
    change == TopologyChange::Structure ? structureChanged() : stateChanged();
}

void TopologyScene::upsertGateways(const QList<Gateway> &gateways)
{
    if (deferWhileLoading([this, gateways] { upsertGateways(gateways); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Gateway &gateway : gateways)
        change = std::max(change, m_topology.upsertGateway(gateway));
    change == TopologyChange::Structure ? structureChanged() : stateChanged();
}

void TopologyScene::upsertDevices(const QList<Device> &devices)
{
    if (deferWhileLoading([this, devices] { upsertDevices(devices); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Device &device : devices)
        change = std::max(change, m_topology.upsertDevice(device));
    change == TopologyChange::Structure ? structureChanged() : stateChanged();
}

void TopologyScene::addLinks(const QList<Link> &links)
{
    if (deferWhileLoading([this, links] { addLinks(links); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const Link &link : links)
        change = std::max(change, m_topology.addLink(link));
    if (change == TopologyChange::Structure)
        structureChanged();
}

void TopologyScene::removeNodes(const QStringList &ids)
{
    if (deferWhileLoading([this, ids] { removeNodes(ids); }))
        return;
    TopologyChange change = TopologyChange::None;
    for (const QString &id : ids)
        change = std::max(change, m_topology.removeNode(id));
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
    for (TopologyNode node = 0; node < TopologyNode(nodes); ++node) {
        m_shown[node] = m_topology.isPresent(node) && m_layout.isPlaced(node) && passesFilter(node);
        if (m_topology.kind(node) == TopologyNodeKind::Gateway) {
            m_category[node] = GatewayCategory;
            continue;
        }
        switch (m_colouring) {
        case TopologyColouring::Risk: m_category[node] = quint8(riskCategory(m_topology.risk(node))); break;
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
    m_sprites.clear();
    // Every disc is drawn again: the shared image is reused from its first shelf (allocating a new one made
    // page faults a tenth of a colour switch).
    m_discSlots.clear();
    m_shelfX = m_shelfY = m_shelfHeight = 0;
    m_siteCounts.clear();
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
    case TopologyColouring::Risk: return RiskCategories;
    case TopologyColouring::Status: return StatusCategories;
    case TopologyColouring::Class: return int(m_sortedClasses.size());
    }
    return 0;
}

int TopologyScene::categoryOf(TopologyNode node) const
{
    const quint8 category = m_category.at(node);
    return category == GatewayCategory ? -1 : category;
}

QColor TopologyScene::categoryColour(int category) const
{
    if (category < 0)
        return gatewayColour();
    switch (m_colouring) {
    case TopologyColouring::Risk:
        if (category == 4)
            return Palette::healthy();
        return Palette::severity(Severity(std::clamp(category, 0, 3))); // critical, major, minor, warning
    case TopologyColouring::Status:
        switch (category) {
        case 0: return Palette::quarantined();
        case 1: return disabledColour();
        case 2: return Palette::offline();
        case 3: return Palette::severity(Severity::Minor);
        default: return Palette::healthy();
        }
    case TopologyColouring::Class: return classColour(category);
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
        const bool hollow = m_colouring == TopologyColouring::Status && c == OfflineStatusCategory;
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
            m_discSlots[site].key = 0; // redrawn in place
            m_siteCounts.remove(site);
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
    if (const auto exact = m_topology.nodeOf(needle); exact && m_topology.isPresent(*exact))
        result.append(*exact);
    QList<TopologyNode> containing;
    for (TopologyNode node = 0; node < TopologyNode(m_topology.nodeCount()) && result.size() < limit; ++node) {
        if (!m_topology.isPresent(node) || (!result.isEmpty() && result.first() == node))
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
    const int category = riskCategory(risk);
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
    ensureSummaries();
    m_siteLabels.clear();
    const TopologyDetail detail = detailAt(camera.scale);
    if (detail == TopologyDetail::Sites)
        paintSites(painter, camera, palette, target);
    else
        paintNodes(painter, camera, palette, detail, target);
}

void TopologyScene::drawSiteDisc(QPainter &painter, QPointF centre, qreal radius, int site) const
{
    const SiteSummary &summary = m_summaries.at(site);
    const bool highlighting = !m_highlight.isEmpty();
    const bool dim = highlighting && summary.affected + summary.reachable == 0;
    const qreal baseOpacity = painter.opacity();
    painter.setOpacity(baseOpacity * (dim ? 0.22 : 1.0));
    painter.setPen(Qt::NoPen);
    const qreal ring = std::clamp(radius * 0.3, 2.5, 9.0);
    const QColor main = categoryColour(summary.dominant);
    QColor inner;
    // Tint: 12% of the dominant colour over white.
    inner.setRgbF(1 - 0.12 * (1 - main.redF()), 1 - 0.12 * (1 - main.greenF()), 1 - 0.12 * (1 - main.blueF()));
    // The mix as a ring: one band per colour category, clockwise from twelve o'clock, worst first, under the
    // tinted centre. The largest band is the whole disc underneath and only the others are solid pies, so a site
    // costs about two discs of pixels however many colours it mixes (a conical gradient's per-pixel angle made a
    // colour switch of the whole map cost twice the frame budget).
    const QRectF disc(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    const auto largest = std::max_element(summary.categories.cbegin(), summary.categories.cend());
    painter.setBrush(categoryColour(int(largest - summary.categories.cbegin())));
    painter.drawEllipse(disc);
    qreal start = 0; // fraction of the turn, clockwise from twelve o'clock
    for (auto band = summary.categories.cbegin(); band != summary.categories.cend(); ++band) {
        if (*band == 0)
            continue;
        const qreal span = qreal(*band) / qreal(std::max<qsizetype>(summary.devices, 1));
        if (band != largest) {
            painter.setBrush(categoryColour(int(band - summary.categories.cbegin())));
            // Qt's angles run counter-clockwise from three o'clock, in sixteenths of a degree.
            painter.drawPie(disc, qRound((90 - start * 360) * 16), -qRound(span * 360 * 16));
        }
        start += span;
    }
    painter.setBrush(inner);
    painter.drawEllipse(centre, radius - ring, radius - ring);
    if (summary.quarantined > 0 && radius >= 7) {
        const QPointF badge = centre + QPointF(radius * 0.72, -radius * 0.72);
        const qreal size = std::clamp(radius * 0.5, 9.0, 16.0);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(Palette::quarantined());
        painter.drawEllipse(badge, size * 0.62, size * 0.62);
        drawLock(painter, badge, size * 0.62, Qt::white);
    }
    if (highlighting && !dim) {
        const QColor halo = summary.affected > 0 ? Palette::severity(Severity::Critical)
                                                 : Palette::severity(Severity::Major);
        painter.setPen(QPen(halo, 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius + 3.5, radius + 3.5);
    }
    painter.setOpacity(baseOpacity);
}

QString TopologyScene::siteCountsText(int site) const
{
    const SiteSummary &summary = m_summaries.at(site);
    const QLocale locale;
    if (!m_highlight.isEmpty() && summary.affected + summary.reachable > 0)
        return tr("%1 affected · %2 reachable").arg(locale.toString(summary.affected), locale.toString(summary.reachable));
    QString counts = deviceCount(summary.devices);
    if (m_colouring != TopologyColouring::Class && summary.dominant >= 0 && summary.dominant < 3)
        counts += QStringLiteral(" · ") + compactCount(summary.categories.at(summary.dominant)) + QLatin1Char(' ')
                  + categoryLabel(summary.dominant).section(QLatin1Char(' '), 0, 0).toLower();
    return counts;
}

const QStaticText &TopologyScene::siteNameText(int site, const QFont &font) const
{
    // Shaping text is the expensive part of a label; names rarely change, so they are laid out once.
    CachedName &cached = m_siteNames[site];
    const QString &name = m_topology.siteName(site);
    if (cached.source != name || cached.font != font) {
        const QFontMetricsF metrics(font);
        cached.source = name;
        cached.font = font;
        cached.text.setText(metrics.elidedText(name, Qt::ElideRight, 180));
        cached.text.setTextFormat(Qt::PlainText);
        cached.text.prepare(QTransform(), font);
    }
    return cached.text;
}

const TopologyScene::LabelFonts &TopologyScene::labelFonts(const QFont &font) const
{
    // Derived fonts and their metrics are looked up once per base font, not once per site and frame.
    if (!m_labelFonts || m_labelFonts->base != font) {
        QFont name = font;
        name.setBold(true);
        QFont counts = font;
        counts.setPointSizeF(counts.pointSizeF() * 0.9);
        const QFontMetricsF metrics(counts);
        m_labelFonts = LabelFonts{font, name, counts, metrics.averageCharWidth(), metrics.height()};
    }
    return *m_labelFonts;
}

QSizeF TopologyScene::siteLabelSize(int site, const QFont &font, bool exact) const
{
    const LabelFonts &fonts = labelFonts(font);
    const QFont &countFont = fonts.counts;
    const QStaticText &name = siteNameText(site, fonts.name);
    CachedName &counts = m_siteCounts[site];
    if (counts.text.text().isEmpty() || counts.font != countFont) {
        counts.font = countFont;
        counts.text.setText(siteCountsText(site));
        counts.text.setTextFormat(Qt::PlainText);
        counts.laidOut = false;
    }
    if (exact && !counts.laidOut) {
        counts.text.prepare(QTransform(), countFont);
        counts.laidOut = true;
    }
    // Counts are short digits and words: an average-width estimate reserves the space without laying the
    // text out; only labels that get drawn are laid out (once, until the counts change).
    const qreal countsWidth = counts.laidOut ? counts.text.size().width()
                                             : counts.text.text().size() * fonts.countsAverageCharWidth;
    return QSizeF(std::ceil(std::max(name.size().width(), countsWidth) + 10),
                  std::ceil(name.size().height() + fonts.countsHeight + 3));
}

void TopologyScene::drawSiteLabel(QPainter &painter, const QRectF &box, int site, const QPalette &palette,
                                  const QFont &font) const
{
    const LabelFonts &fonts = labelFonts(font);
    const QFont &nameFont = fonts.name;
    const QFont &countFont = fonts.counts;
    const QStaticText &name = siteNameText(site, nameFont);
    const CachedName &counts = m_siteCounts[site]; // laid out by siteLabelSize(exact) before the box was chosen
    const SiteSummary &summary = m_summaries.at(site);
    const QColor text = palette.color(QPalette::Text);
    const bool dim = !m_highlight.isEmpty() && summary.affected + summary.reachable == 0;
    const qreal baseOpacity = painter.opacity();
    painter.setOpacity(baseOpacity * (dim ? 0.4 : 1.0));
    painter.setPen(QPen(withAlpha(text, 35), 1));
    painter.setBrush(withAlpha(palette.color(QPalette::Base), 235));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(text);
    painter.setFont(nameFont);
    const QPointF nameAt(box.center().x() - name.size().width() / 2, box.top() + 1);
    painter.drawStaticText(nameAt, name);
    painter.setFont(countFont);
    painter.setPen(withAlpha(text, 190));
    const QPointF countsAt(box.center().x() - counts.text.size().width() / 2, box.top() + 1 + name.size().height());
    painter.drawStaticText(countsAt, counts.text);
    painter.setFont(font);
    painter.setOpacity(baseOpacity);
    m_siteLabels.append({site, box, QRectF(nameAt, name.size()).united(QRectF(countsAt, counts.text.size()))});
}

void TopologyScene::resetDiscAtlas(qreal dpr, qint64 neededArea) const
{
    // Wide shelves; tall enough for twice what the current frame needs, so zooming a little reuses it.
    const int width = 2048;
    const int height = int(std::clamp<qint64>(2 * neededArea / width + 256, 256, 8192));
    m_discAtlas = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    m_discAtlas.setDevicePixelRatio(dpr);
    m_discAtlas.fill(Qt::transparent);
    m_discSlots.clear();
    m_shelfX = m_shelfY = m_shelfHeight = 0;
}

QRect TopologyScene::allocateDiscSlot(int side) const
{
    if (side > m_discAtlas.width())
        return {};
    if (m_shelfX + side > m_discAtlas.width()) {
        m_shelfY += m_shelfHeight;
        m_shelfX = m_shelfHeight = 0;
    }
    if (m_shelfY + side > m_discAtlas.height())
        return {};
    const QRect rect(m_shelfX, m_shelfY, side, side);
    m_shelfX += side;
    m_shelfHeight = std::max(m_shelfHeight, side);
    return rect;
}

void TopologyScene::paintSites(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                               TopologyPaintTarget target) const
{
    const QRectF viewport(QPointF(0, 0), camera.viewport);
    const bool highlighting = !m_highlight.isEmpty();
    const bool vector = target == TopologyPaintTarget::Vector;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QColor text = palette.color(QPalette::Text);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);

    // Site-to-site links, aggregated: one line per pair, thicker with more cables.
    for (const SiteLink &link : m_siteLinkTotals) {
        const QPointF a = camera.toScreen(m_layout.site(link.from).centre);
        const QPointF b = camera.toScreen(m_layout.site(link.to).centre);
        if (!viewport.intersects(QRectF(a, b).normalized().adjusted(-2, -2, 2, 2)))
            continue;
        painter.setPen(QPen(withAlpha(text, 70), 1.0 + std::log2(1.0 + qreal(link.count)), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(a, b);
    }

    // Discs are cached per site and size in one shared image (the zoomed-out map is mostly re-blitted while
    // panning); a site's slot is redrawn when its counts, colours or the highlight change. Drawing every stale
    // disc through one painter matters after a colour switch: a painter per disc cost more than the discs.
    struct Label {
        int site;
        QPointF centre;
        qreal radius;
        int rank;
    };
    struct Disc {
        int site;
        QPointF centre;
        qreal radius;
        quint64 key;
    };
    QList<Label> labels;
    QList<Disc> discs;
    for (int site = 0; site < std::min(m_layout.siteCount(), int(m_summaries.size())); ++site) {
        const TopologySitePlacement &placement = m_layout.site(site);
        const SiteSummary &summary = m_summaries.at(site);
        if (!placement.placed)
            continue;
        const QPointF centre = camera.toScreen(placement.centre);
        const qreal radius = std::max(4.0, std::round(placement.radius * camera.scale * 2) / 2);
        if (!viewport.adjusted(-radius, -radius, radius, radius).contains(centre))
            continue;
        if (summary.devices == 0) {
            // Nothing shown here (filtered out): a faint outline keeps the map's shape.
            painter.setPen(QPen(withAlpha(text, 40), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, radius, radius);
            continue;
        }
        const bool dim = highlighting && summary.affected + summary.reachable == 0;
        discs.append({site, centre, radius, (quint64(radius * 2) << 16) | (dim ? 0x8000u : 0u)});
        // Label priority: highlighted first, then worse colour, then bigger.
        const int severityRank = m_colouring == TopologyColouring::Class ? 0 : std::max(0, summary.dominant);
        const int highlightRank = highlighting ? (summary.affected > 0 ? 0 : summary.reachable > 0 ? 1 : 2) : 0;
        labels.append({site, centre, radius, highlightRank * 16 + severityRank});
    }
    if (vector) {
        for (const Disc &disc : std::as_const(discs))
            drawSiteDisc(painter, disc.centre, disc.radius, disc.site);
    } else {
        const auto slotSide = [dpr](qreal radius) { return int(std::ceil(2 * (radius + DiscPad) * dpr)); };
        if (m_discAtlas.isNull() || m_discAtlas.devicePixelRatio() != dpr)
            resetDiscAtlas(dpr, 0);
        QPainter atlas;
        bool restarted = false;
        for (qsizetype i = 0; i < discs.size(); ++i) {
            const Disc &disc = discs.at(i);
            DiscSlot &slot = m_discSlots[disc.site];
            if (slot.key == disc.key && !slot.rect.isEmpty())
                continue;
            const int side = slotSide(disc.radius);
            if (slot.rect.width() != side) {
                slot.rect = allocateDiscSlot(side);
                if (slot.rect.isEmpty() && restarted) {
                    slot.key = 0; // larger than the whole image: drawn directly below
                    continue;
                }
                if (slot.rect.isEmpty()) {
                    restarted = true;
                    // The shared image is full of slots of earlier zoom levels: start it again, sized for what is
                    // on screen now with room to spare, and redraw every disc of this frame into it.
                    if (atlas.isActive())
                        atlas.end();
                    qint64 needed = 0;
                    for (const Disc &d : std::as_const(discs))
                        needed += qint64(slotSide(d.radius)) * slotSide(d.radius);
                    resetDiscAtlas(dpr, needed);
                    i = -1;
                    continue;
                }
            }
            if (!atlas.isActive()) {
                atlas.begin(&m_discAtlas);
                atlas.setRenderHint(QPainter::Antialiasing, true);
            }
            const QRectF logical(QPointF(slot.rect.topLeft()) / dpr, QSizeF(slot.rect.size()) / dpr);
            atlas.setCompositionMode(QPainter::CompositionMode_Source);
            atlas.fillRect(logical, Qt::transparent);
            atlas.setCompositionMode(QPainter::CompositionMode_SourceOver);
            atlas.setClipRect(logical);
            drawSiteDisc(atlas, logical.center(), disc.radius, disc.site);
            atlas.setClipping(false);
            slot.key = disc.key;
        }
        if (atlas.isActive())
            atlas.end();
        for (const Disc &disc : std::as_const(discs)) {
            const DiscSlot &slot = m_discSlots[disc.site];
            if (slot.rect.isEmpty()) {
                drawSiteDisc(painter, disc.centre, disc.radius, disc.site);
                continue;
            }
            const QSizeF size = QSizeF(slot.rect.size()) / dpr;
            const QPointF at = disc.centre - QPointF(size.width(), size.height()) / 2;
            painter.drawImage(QRectF(QPointF(std::round(at.x()), std::round(at.y())), size), m_discAtlas,
                              QRectF(slot.rect));
        }
    }

    std::stable_sort(labels.begin(), labels.end(), [this](const Label &a, const Label &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_summaries.at(a.site).devices > m_summaries.at(b.site).devices;
    });
    ScreenOccupancy taken(camera.viewport);
    const QFont font = painter.font();
    const auto place = [&](const Label &label, QSizeF size) {
        QRectF box(label.centre.x() - size.width() / 2, label.centre.y() + label.radius + 3, size.width(), size.height());
        if (!viewport.intersects(box))
            return QRectF();
        // Slide labels at the edges back into view rather than cutting them.
        box.moveLeft(std::clamp(box.left(), 2.0, std::max(2.0, viewport.width() - box.width() - 2)));
        box.moveTop(std::clamp(box.top(), 2.0, std::max(2.0, viewport.height() - box.height() - 2)));
        return box;
    };
    // Keep air around each label so the map stays a map: the most important sites are named, the rest
    // show their names on hover and as the operator zooms in.
    const auto airy = [](const QRectF &box) {
        return box.adjusted(-box.height(), -box.height() * 0.6, box.height(), box.height() * 0.6);
    };
    for (const Label &label : std::as_const(labels)) {
        const QRectF estimated = place(label, siteLabelSize(label.site, font, false));
        if (estimated.isNull() || !taken.isFree(airy(estimated)))
            continue;
        // The box is placed (and slid into view) by the text's real width, laid out only now that the label
        // is drawn: an estimate that came out narrow would push the text past the window's edge.
        const QRectF box = place(label, siteLabelSize(label.site, font, true));
        if (box.isNull() || (box.width() > estimated.width() && !taken.isFree(airy(box))))
            continue;
        taken.take(airy(box));
        drawSiteLabel(painter, box, label.site, palette, font);
    }
}

quint32 TopologyScene::spriteFlagsOf(TopologyNode node, TopologyDetail detail) const
{
    quint32 flags = 0;
    if (m_topology.kind(node) == TopologyNodeKind::Gateway)
        flags |= GatewaySprite;
    else if (m_topology.status(node) == DeviceStatus::Offline)
        flags |= HollowSprite;
    if (m_topology.quarantine(node) != QuarantineLevel::None)
        flags |= FenceSprite;
    if (!m_highlight.isEmpty()) {
        if (m_highlight.affected.contains(node))
            flags |= AffectedSprite;
        else if (m_highlight.reachable.contains(node))
            flags |= ReachableSprite;
        else
            flags |= DimSprite;
    }
    if (detail == TopologyDetail::Glyphs)
        flags |= LetterSprite;
    return flags;
}

void TopologyScene::drawGlyph(QPainter &p, QPointF centre, int category, int deviceClass, quint32 flags,
                              qreal diameter) const
{
    const qreal pad = GlyphPad;
    const qreal baseOpacity = p.opacity();
    if (flags & DimSprite)
        p.setOpacity(baseOpacity * 0.16);
    const qreal r = diameter / 2.0;
    const QColor fill = category == GatewayCategory ? gatewayColour() : categoryColour(category);

    if (flags & (AffectedSprite | ReachableSprite)) {
        // The halo grows with the glyph but stays tight around small dots, so a dense cluster stays readable.
        const QColor halo = (flags & AffectedSprite) ? Palette::severity(Severity::Critical)
                                                     : Palette::severity(Severity::Major);
        const qreal extra = std::clamp(r * 0.7, 1.5, pad - 0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(halo, 70));
        p.drawEllipse(centre, r + extra, r + extra);
        if (diameter >= 8) {
            p.setPen(QPen(halo, (flags & AffectedSprite) ? 2.0 : 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(centre, r + extra - 1, r + extra - 1);
        }
    }
    if (flags & FenceSprite) {
        // The fence: a purple dashed ring, posts all round.
        QPen fence(Palette::quarantined(), diameter >= 12 ? 2.0 : 1.5, Qt::CustomDashLine, Qt::FlatCap);
        fence.setDashPattern({1.5, 1.2});
        p.setPen(fence);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, r + 3.0, r + 3.0);
    }
    if (flags & GatewaySprite) {
        const qreal half = r * 1.1;
        p.setPen(QPen(QColor(255, 255, 255, 200), 1.0));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(centre - QPointF(half, half), QSizeF(2 * half, 2 * half)), half * 0.3, half * 0.3);
        if (flags & LetterSprite)
            drawHub(p, centre, half * 0.9, Qt::white);
    } else {
        if (flags & HollowSprite) {
            const qreal width = std::max(1.5, r * 0.28);
            p.setPen(QPen(fill, width));
            p.setBrush(QColor(255, 255, 255, 235));
            p.drawEllipse(centre, r - width / 2, r - width / 2);
        } else {
            p.setPen(diameter >= 8 ? QPen(QColor(255, 255, 255, 210), 1.0) : Qt::NoPen);
            p.setBrush(fill);
            p.drawEllipse(centre, r, r);
        }
        if ((flags & LetterSprite) && deviceClass >= 0 && deviceClass < m_topology.classNames().size()) {
            const QFont previous = p.font();
            QFont font = previous;
            font.setPixelSize(std::max(7, int(r * 0.95)));
            font.setBold(true);
            p.setFont(font);
            const QColor ink = (flags & HollowSprite) ? fill.darker(130)
                               : isLight(fill)         ? QColor(0x21, 0x21, 0x21)
                                                       : QColor(Qt::white);
            p.setPen(ink);
            p.drawText(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                       classLetters(m_topology.classNames().at(deviceClass)));
            p.setFont(previous);
        }
    }
    if ((flags & FenceSprite) && diameter >= 12) {
        // A lock badge on the fence, top right.
        const qreal badgeRadius = std::clamp(r * 0.42, 5.0, 7.5);
        const QPointF badge = centre + QPointF(1, -1) * ((r + 3.0) * 0.7071);
        p.setPen(QPen(Qt::white, 1.0));
        p.setBrush(Palette::quarantined());
        p.drawEllipse(badge, badgeRadius, badgeRadius);
        drawLock(p, badge, badgeRadius * 1.45, Qt::white);
    }
    p.setOpacity(baseOpacity);
}

const QPixmap &TopologyScene::sprite(int category, int deviceClass, quint32 flags, int diameter, qreal dpr) const
{
    const quint64 key = (quint64(quint8(category)) << 56) | (quint64(deviceClass & 0xFFFF) << 40)
                        | (quint64(flags & 0xFF) << 32) | (quint64(diameter & 0xFFFF) << 16)
                        | quint64(int(dpr * 8) & 0xFFFF);
    if (const auto it = m_sprites.constFind(key); it != m_sprites.constEnd())
        return it.value();
    const int logical = diameter + 2 * int(GlyphPad);
    QPixmap pixmap(int(std::ceil(logical * dpr)), int(std::ceil(logical * dpr)));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawGlyph(painter, QPointF(logical / 2.0, logical / 2.0), category, deviceClass, flags, diameter);
    painter.end();
    return *m_sprites.insert(key, pixmap);
}

void TopologyScene::paintNodes(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                               TopologyDetail detail, TopologyPaintTarget target) const
{
    const qreal spacing = camera.scale * m_layout.parameters().deviceSpacing;
    const int diameter = glyphDiameter(spacing);
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QRectF viewport(QPointF(0, 0), camera.viewport);
    const qreal marginPx = diameter + 8;
    const QRectF world = camera.visibleWorld().adjusted(-marginPx / camera.scale, -marginPx / camera.scale,
                                                        marginPx / camera.scale, marginPx / camera.scale);
    const bool highlighting = !m_highlight.isEmpty();
    const QColor text = palette.color(QPalette::Text);
    const QPointF offset(camera.viewport.width() / 2.0 - camera.centre.x() * camera.scale,
                         camera.viewport.height() / 2.0 - camera.centre.y() * camera.scale);
    const auto screen = [&](TopologyNode node) {
        const QPointF &p = m_layout.positions().at(node);
        return QPointF(p.x() * camera.scale + offset.x(), p.y() * camera.scale + offset.y());
    };

    QList<int> visibleSites;
    for (int site = 0; site < std::min(m_layout.siteCount(), int(m_summaries.size())); ++site) {
        const TopologySitePlacement &placement = m_layout.site(site);
        const qreal reach = placement.radius + m_layout.parameters().deviceSpacing;
        if (placement.placed && world.intersects(QRectF(placement.centre - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach))))
            visibleSites.append(site);
    }

    // Site grounds: a faint disc per site so clusters read as places, with the site's name above once it fits.
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont siteFont = painter.font();
    siteFont.setBold(true);
    siteFont.setPointSizeF(siteFont.pointSizeF() * 1.1);
    const QFontMetricsF siteMetrics(siteFont, painter.device());
    for (const int site : std::as_const(visibleSites)) {
        const SiteSummary &summary = m_summaries.at(site);
        if (summary.devices + summary.gateways == 0)
            continue;
        const TopologySitePlacement &placement = m_layout.site(site);
        const QPointF centre = camera.toScreen(placement.centre);
        const qreal radius = (placement.radius + 0.8 * m_layout.parameters().deviceSpacing) * camera.scale;
        const bool dim = highlighting && summary.affected + summary.reachable == 0;
        // Close in, a site's ground covers the whole view: a plain fill, not an antialiased disc of a million
        // pixels with an outline nobody sees.
        const auto inside = [&](QPointF corner) { return QLineF(centre, corner).length() < radius - 1; };
        if (inside(viewport.topLeft()) && inside(viewport.topRight()) && inside(viewport.bottomLeft())
            && inside(viewport.bottomRight())) {
            // The tint over the base colour worked out once: an opaque fill is a memory fill, a translucent
            // one blends every pixel of the frame.
            const QColor base = palette.color(QPalette::Base);
            const qreal a = (dim ? 4 : 9) / 255.0;
            QColor tint;
            tint.setRgbF(base.redF() + (text.redF() - base.redF()) * a, base.greenF() + (text.greenF() - base.greenF()) * a,
                         base.blueF() + (text.blueF() - base.blueF()) * a);
            painter.fillRect(viewport, tint);
        } else {
            painter.setPen(QPen(withAlpha(text, dim ? 12 : 30), 1));
            painter.setBrush(withAlpha(text, dim ? 4 : 9));
            painter.drawEllipse(centre, radius, radius);
        }
        if (radius > 40) {
            const QString title = m_topology.siteName(site) + QStringLiteral("  ·  ")
                                  + deviceCount(summary.devices);
            const qreal width = siteMetrics.horizontalAdvance(title) + 12;
            const QRectF box(centre.x() - width / 2, centre.y() - radius - siteMetrics.height() - 8, width,
                             siteMetrics.height() + 4);
            if (viewport.intersects(box)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(withAlpha(palette.color(QPalette::Base), 220));
                painter.drawRoundedRect(box, 4, 4);
                painter.setFont(siteFont);
                painter.setPen(withAlpha(text, dim ? 90 : 230));
                painter.drawText(box, Qt::AlignCenter, title);
            }
        }
    }

    // Links: batched hairlines, one call per kind; the blast radius's own links drawn strong on top.
    QList<QLineF> uplinks, peers, hot;
    const auto collect = [&](quint32 link) {
        const TopologyNode a = m_topology.linkFrom(link), b = m_topology.linkTo(link);
        if (!isShown(a) || !isShown(b))
            return;
        const QPointF &pa = m_layout.positions().at(a), &pb = m_layout.positions().at(b);
        if (std::max(pa.x(), pb.x()) < world.left() || std::min(pa.x(), pb.x()) > world.right()
            || std::max(pa.y(), pb.y()) < world.top() || std::min(pa.y(), pb.y()) > world.bottom())
            return;
        const QLineF line(screen(a), screen(b));
        if (highlighting && m_highlight.contains(a) && m_highlight.contains(b))
            hot.append(line);
        else if (m_topology.linkKind(link) == LinkKind::Peer)
            peers.append(line);
        else
            uplinks.append(line);
    };
    for (const int site : std::as_const(visibleSites))
        for (quint32 i = m_siteLinkStart.at(site); i < m_siteLinkStart.at(site + 1); ++i)
            collect(m_siteLinks.at(i));
    for (const quint32 link : m_crossLinks)
        collect(link);
    const int lineAlpha = highlighting ? 22 : 70;
    painter.setRenderHint(QPainter::Antialiasing, detail == TopologyDetail::Glyphs);
    // Hairlines are cosmetic pens (width 0: one pixel whatever the transform): the cosmetic stroker draws them
    // several times faster than a 1-pixel pen that is stroked as a polygon, and they look the same.
    painter.setPen(QPen(withAlpha(text, lineAlpha), 0.0));
    painter.drawLines(uplinks);
    QPen peerPen(withAlpha(Palette::severity(Severity::Warning), highlighting ? 25 : 90), 0.0);
    if (detail == TopologyDetail::Glyphs)
        peerPen.setStyle(Qt::DashLine);
    painter.setPen(peerPen);
    painter.drawLines(peers);
    painter.setPen(QPen(withAlpha(Palette::severity(Severity::Major), 210), 1.6));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.drawLines(hot);

    // Nodes: devices first, gateways on top. Small dots are batched points per colour; larger ones are cached
    // sprites blitted at whole pixels (no per-node path filling).
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const bool vector = target == TopologyPaintTarget::Vector;
    if (diameter < 4 && !vector) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        QHash<quint16, QList<QPointF>> batches; // (dim << 8 | category) -> points
        QList<TopologyNode> gateways;
        for (const int site : std::as_const(visibleSites)) {
            for (quint32 i = m_siteNodeStart.at(site); i < m_siteNodeStart.at(site + 1); ++i) {
                const TopologyNode node = m_siteNodes.at(i);
                if (!m_shown.at(node) || !world.contains(m_layout.positions().at(node)))
                    continue;
                if (m_topology.kind(node) == TopologyNodeKind::Gateway) {
                    gateways.append(node);
                    continue;
                }
                const bool dim = highlighting && !m_highlight.contains(node);
                batches[quint16((dim ? 0x100 : 0) | m_category.at(node))].append(screen(node));
            }
        }
        QList<quint16> keys = batches.keys();
        std::sort(keys.begin(), keys.end(), std::greater<>()); // dimmed first, then worst colours last (on top)
        for (const quint16 key : std::as_const(keys)) {
            QColor colour = categoryColour(key & 0xFF);
            if (key & 0x100)
                colour.setAlpha(40);
            painter.setPen(QPen(colour, diameter, Qt::SolidLine, Qt::SquareCap));
            const QList<QPointF> &points = batches[key];
            painter.drawPoints(points.constData(), int(points.size()));
        }
        for (const TopologyNode node : std::as_const(gateways)) {
            const QPixmap &pixmap = sprite(GatewayCategory, 0, spriteFlagsOf(node, detail), diameter + 2, dpr);
            const QPointF at = screen(node) - QPointF(pixmap.width(), pixmap.height()) / (2 * dpr);
            painter.drawPixmap(QPointF(std::round(at.x()), std::round(at.y())), pixmap);
        }
    } else {
        QList<TopologyNode> gateways, devices;
        painter.setRenderHint(QPainter::Antialiasing, true);
        const auto blit = [&](TopologyNode node, int size) {
            const int category = m_category.at(node);
            if (vector) {
                drawGlyph(painter, screen(node), category, m_topology.deviceClass(node), spriteFlagsOf(node, detail), size);
                return;
            }
            const QPixmap &pixmap = sprite(category, m_topology.deviceClass(node), spriteFlagsOf(node, detail), size, dpr);
            const QPointF at = screen(node) - QPointF(pixmap.width(), pixmap.height()) / (2 * dpr);
            painter.drawPixmap(QPointF(std::round(at.x()), std::round(at.y())), pixmap);
        };
        for (const int site : std::as_const(visibleSites)) {
            for (quint32 i = m_siteNodeStart.at(site); i < m_siteNodeStart.at(site + 1); ++i) {
                const TopologyNode node = m_siteNodes.at(i);
                if (!m_shown.at(node) || !world.contains(m_layout.positions().at(node)))
                    continue;
                if (m_topology.kind(node) == TopologyNodeKind::Gateway) {
                    gateways.append(node);
                } else {
                    blit(node, diameter);
                    devices.append(node);
                }
            }
        }
        const int gatewaySize = int(diameter * 1.25);
        for (const TopologyNode node : std::as_const(gateways))
            blit(node, gatewaySize);

        if (spacing >= LabelsThreshold) {
            // Labels never cover a glyph or another label: gateways first (fewer, wider), then devices; a label
            // that does not fit is left out until the operator zooms closer.
            if (m_nodeLabels.size() > 8192)
                m_nodeLabels.clear(); // bounded: only what was recently on screen is worth keeping
            ScreenOccupancy taken(camera.viewport);
            for (const auto &[nodes, size] : {std::pair(&devices, diameter), std::pair(&gateways, gatewaySize)})
                for (const TopologyNode node : *nodes)
                    taken.take(QRectF(screen(node) - QPointF(size / 2.0, size / 2.0), QSizeF(size, size)));
            QFont labelFont = painter.font();
            labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
            QFont gatewayFont = labelFont;
            gatewayFont.setBold(true);
            const QFontMetricsF metrics(labelFont, painter.device());
            const QFontMetricsF gatewayMetrics(gatewayFont, painter.device());
            for (const auto &[nodes, isGateway] : {std::pair(&gateways, true), std::pair(&devices, false)}) {
                painter.setFont(isGateway ? gatewayFont : labelFont);
                const QFontMetricsF &fm = isGateway ? gatewayMetrics : metrics;
                const qreal maxWidth = isGateway ? std::max(160.0, spacing * 3) : spacing * 2.2;
                const qreal below = (isGateway ? gatewaySize : diameter) / 2.0 + 2;
                const qreal charWidth = fm.averageCharWidth();
                for (const TopologyNode node : *nodes) {
                    const QPointF at = screen(node);
                    // Reserve by an estimate and shape the text only for labels that get drawn.
                    const QString name = shortName(node);
                    const qreal estimate = std::min(maxWidth, name.size() * charWidth) + 4;
                    if (!viewport.intersects(QRectF(at.x() - estimate / 2, at.y() + below, estimate, fm.height()))
                        || !taken.isFree(QRectF(at.x() - estimate / 2, at.y() + below, estimate, fm.height())))
                        continue;
                    // Laid-out label text is kept for the nodes on screen, so a redraw does not shape it again.
                    CachedLabel &cached = m_nodeLabels[node];
                    if (cached.maxWidth != maxWidth || cached.font != (isGateway ? gatewayFont : labelFont)
                        || cached.source != name) {
                        cached.maxWidth = maxWidth;
                        cached.font = isGateway ? gatewayFont : labelFont;
                        cached.source = name;
                        cached.text.setText(fm.elidedText(name, Qt::ElideMiddle, maxWidth));
                        cached.text.setTextFormat(Qt::PlainText);
                        cached.text.prepare(QTransform(), cached.font);
                    }
                    const qreal width = cached.text.size().width() + 4;
                    const QRectF box(at.x() - width / 2, at.y() + below, width, fm.height());
                    if (width > estimate && !taken.isFree(box))
                        continue;
                    taken.take(box);
                    const bool dim = highlighting && !m_highlight.contains(node);
                    if (isGateway) {
                        painter.setPen(Qt::NoPen);
                        painter.setBrush(withAlpha(palette.color(QPalette::Base), dim ? 90 : 200));
                        painter.drawRoundedRect(box, 3, 3);
                    }
                    painter.setPen(withAlpha(text, dim ? 60 : isGateway ? 255 : 190));
                    painter.drawStaticText(QPointF(box.left() + 2, box.top()), cached.text);
                }
            }
        }
    }
}

void TopologyScene::paintOverlay(QPainter &painter, const TopologyCamera &camera, const QPalette &palette,
                                 const TopologyOverlay &overlay) const
{
    const TopologyDetail detail = detailAt(camera.scale);
    const QRectF viewport = QRectF(QPointF(0, 0), camera.viewport).adjusted(-40, -40, 40, 40);
    const qreal spacing = camera.scale * m_layout.parameters().deviceSpacing;
    const qreal nodeRadius = detail == TopologyDetail::Sites ? 0 : glyphDiameter(spacing) / 2.0;
    const QColor select = palette.color(QPalette::Highlight);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);

    const auto siteDisc = [&](int site) {
        const TopologySitePlacement &placement = m_layout.site(site);
        return std::pair(camera.toScreen(placement.centre), std::max(4.0, placement.radius * camera.scale));
    };

    if (detail == TopologyDetail::Sites) {
        QSet<int> selectedSites;
        for (const TopologyNode node : overlay.selection)
            if (node < TopologyNode(m_topology.nodeCount()))
                selectedSites.insert(m_topology.site(node));
        painter.setPen(QPen(select, 3));
        for (const int site : std::as_const(selectedSites)) {
            const auto [centre, radius] = siteDisc(site);
            if (viewport.contains(centre))
                painter.drawEllipse(centre, radius + 5, radius + 5);
        }
        if (overlay.hoverSite) {
            const auto [centre, radius] = siteDisc(*overlay.hoverSite);
            painter.setPen(QPen(withAlpha(select, 150), 2));
            painter.drawEllipse(centre, radius + 2, radius + 2);
        }
        // A new threat makes its site pulse: one ring per site, the freshest wins.
        QHash<int, qreal> sitePulses;
        for (auto it = overlay.pulses.constBegin(); it != overlay.pulses.constEnd(); ++it) {
            if (!isShown(it.key()))
                continue;
            const int site = m_topology.site(it.key());
            sitePulses[site] = std::min(sitePulses.value(site, 1.0), it.value());
        }
        for (auto it = sitePulses.constBegin(); it != sitePulses.constEnd(); ++it) {
            const auto [centre, radius] = siteDisc(it.key());
            const qreal progress = it.value();
            painter.setPen(QPen(withAlpha(Palette::severity(Severity::Critical), int(255 * (1 - progress))), 3));
            painter.drawEllipse(centre, radius + 4 + 26 * progress, radius + 4 + 26 * progress);
        }
        return;
    }

    // Safety-critical devices of a blast radius or impact get a red badge: they are what the responder checks
    // first, and the glyph colour already means risk or status.
    for (const QSet<TopologyNode> *set : {&m_highlight.affected, &m_highlight.reachable}) {
        for (const TopologyNode node : *set) {
            if (!isShown(node) || !m_topology.safetyCritical(node))
                continue;
            const QPointF at = camera.toScreen(m_layout.position(node));
            if (!viewport.contains(at))
                continue;
            const qreal badge = std::max(3.5, nodeRadius * 0.45);
            const QPointF centre = at + QPointF(nodeRadius, -nodeRadius) * 0.8;
            painter.setPen(QPen(palette.color(QPalette::Base), 1.5));
            painter.setBrush(Palette::severity(Severity::Critical));
            painter.drawEllipse(centre, badge, badge);
        }
    }
    painter.setBrush(Qt::NoBrush);

    painter.setPen(QPen(select, 2.5));
    for (const TopologyNode node : overlay.selection) {
        if (!isShown(node))
            continue;
        const QPointF at = camera.toScreen(m_layout.position(node));
        if (viewport.contains(at))
            painter.drawEllipse(at, nodeRadius + 4, nodeRadius + 4);
    }
    if (overlay.hover && isShown(*overlay.hover)) {
        const QPointF at = camera.toScreen(m_layout.position(*overlay.hover));
        painter.setPen(QPen(withAlpha(select, 160), 2));
        painter.setBrush(withAlpha(select, 40));
        painter.drawEllipse(at, nodeRadius + 6, nodeRadius + 6);
        painter.setBrush(Qt::NoBrush);
    }
    for (auto it = overlay.pulses.constBegin(); it != overlay.pulses.constEnd(); ++it) {
        if (!isShown(it.key()))
            continue;
        const QPointF at = camera.toScreen(m_layout.position(it.key()));
        if (!viewport.contains(at))
            continue;
        const qreal progress = it.value();
        painter.setPen(QPen(withAlpha(Palette::severity(Severity::Critical), int(255 * (1 - progress))), 2.5));
        const qreal radius = nodeRadius + 3 + 22 * progress;
        painter.drawEllipse(at, radius, radius);
    }
}

} // namespace warden
