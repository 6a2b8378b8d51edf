#include "TopologyPage.h"

#include "PageHeader.h"
#include "SeverityPalette.h"
#include "TopologyView.h"
#include "analysis/ImpactAnalysis.h"
#include "domain/ThreatEvent.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace warden {

namespace {
// Completion entries read "name — id"; the id after the dash is what we fly to.
const QString CompletionSeparator = QStringLiteral("  —  ");

QString htmlRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

TopologyPage::TopologyPage(TopologyScene *scene, QWidget *parent)
    : QWidget(parent),
      m_scene(scene),
      m_header(new PageHeader(tr("Topology"), this)),
      m_search(new QLineEdit(this)),
      m_completions(new QStringListModel(this)),
      m_colouring(new QComboBox(this)),
      m_site(new QComboBox(this)),
      m_filterButton(new QToolButton(this)),
      m_filterMenu(new QMenu(this)),
      m_fit(new QToolButton(this)),
      m_export(new QToolButton(this)),
      m_clearBlast(new QToolButton(this)),
      m_blastButton(new QToolButton(this)),
      m_message(new QLabel(this)),
      m_view(new TopologyView(scene, this)),
      m_details(new QTextBrowser(this))
{
    m_search->setPlaceholderText(tr("Find a device or gateway by name or id"));
    m_search->setAccessibleName(tr("Find device"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &TopologyPage::updateCompletions);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &choice) {
        const auto node = m_completionNodes.constFind(choice);
        if (node == m_completionNodes.cend())
            return;
        const FleetTopology &topology = m_scene->topology();
        m_search->setText(topology.id(*node));
        findAndFly(topology.id(*node), topology.backendName(*node));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            findAndFly(m_search->text());
    });

    m_colouring->setAccessibleName(tr("Colour by"));
    m_colouring->setToolTip(tr("What the colours mean: risk score, device status or device class"));
    m_colouring->addItem(tr("Colour by risk"), int(TopologyColouring::Risk));
    m_colouring->addItem(tr("Colour by status"), int(TopologyColouring::Status));
    m_colouring->addItem(tr("Colour by class"), int(TopologyColouring::Class));
    m_colouring->setCurrentIndex(m_colouring->findData(int(m_scene->colouring())));
    connect(m_colouring, &QComboBox::currentIndexChanged, this, [this] {
        m_scene->setColouring(TopologyColouring(m_colouring->currentData().toInt()));
    });

    m_site->setAccessibleName(tr("Site filter"));
    m_site->setMinimumWidth(180);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(18);
    connect(m_site, &QComboBox::activated, this, [this] {
        // Entries carry (backend, site id): "all sites" has neither, "all of a backend" no site id.
        TopologyFilter filter = m_scene->filter();
        const QStringList key = m_site->currentData().toStringList();
        const QString backend = key.value(0, QString());
        const QString siteId = key.size() > 1 ? key.at(1) : QString();
        filter.backend = key.isEmpty() ? QString() : backend;
        filter.siteIds = siteId.isNull() ? QStringList() : QStringList{siteId};
        applyFilter(filter);
        if (!siteId.isNull()) {
            if (const auto site = m_scene->topology().siteOf(backend, siteId))
                m_view->flyToSite(*site);
        } else if (!key.isEmpty()) {
            m_view->fitToView();
        }
    });

    m_filterButton->setText(tr("Filter"));
    m_filterButton->setAccessibleName(tr("Filter devices"));
    m_filterButton->setToolTip(tr("Show only some classes, statuses or risk levels"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setMenu(m_filterMenu);
    connect(m_filterMenu, &QMenu::aboutToShow, this, &TopologyPage::buildFilterMenu);

    m_fit->setText(tr("Fit"));
    m_fit->setAccessibleName(tr("Fit the map to the window"));
    m_fit->setToolTip(tr("Show everything that passes the filter (0)"));
    connect(m_fit, &QToolButton::clicked, this, [this] { m_view->fitToView(); });

    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export the view"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As PNG picture…"), this, [this] { chooseExportFile(QStringLiteral("png")); });
    exportMenu->addAction(tr("As SVG drawing…"), this, [this] { chooseExportFile(QStringLiteral("svg")); });
    m_export->setMenu(exportMenu);

    m_blastButton->setText(tr("Blast radius"));
    m_blastButton->setAccessibleName(tr("Show the blast radius of the selection"));
    m_blastButton->setToolTip(tr("Highlight what the selected devices can reach"));
    m_blastButton->setEnabled(false);
    connect(m_blastButton, &QToolButton::clicked, this, [this] {
        // An impact is computed on one backend's graph: one request per backend in the selection.
        QMap<QString, QStringList> devices;
        const FleetTopology &topology = m_scene->topology();
        for (const TopologyNode node : m_view->selection())
            if (topology.kind(node) == TopologyNodeKind::Device)
                devices[topology.backendName(node)].append(topology.id(node));
        for (auto it = devices.begin(); it != devices.end(); ++it) {
            std::sort(it->begin(), it->end());
            emit blastRadiusRequested(it.key(), it.value());
        }
    });
    m_clearBlast->setText(tr("Clear blast radius"));
    m_clearBlast->setAccessibleName(tr("Clear the blast radius"));
    m_clearBlast->hide();
    connect(m_clearBlast, &QToolButton::clicked, this, &TopologyPage::clearBlastRadius);

    m_header->addStretch();
    m_header->addControl(m_search);
    m_header->addControl(m_colouring);
    m_header->addControl(m_site);
    m_header->addControl(m_filterButton);
    m_header->addControl(m_blastButton);
    m_header->addControl(m_clearBlast);
    m_header->addControl(m_fit);
    m_header->addControl(m_export);

    m_message->setWordWrap(true);
    m_message->setContentsMargins(16, 0, 16, 6);
    m_message->hide();

    m_details->setAccessibleName(tr("Selection details"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // The link is shown for a single selected device: its backend is the selection's.
        if (url.scheme() == QLatin1String("device") && m_view->selection().size() == 1)
            emit deviceActivated(url.path(), m_scene->topology().backendName(*m_view->selection().cbegin()));
    });
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1100, 300});
    splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_view, &TopologyView::selectionChanged, this, [this] {
        updateDetails();
        m_blastButton->setEnabled(std::any_of(m_view->selection().cbegin(), m_view->selection().cend(),
                                              [this](TopologyNode node) {
                                                  return m_scene->topology().kind(node) == TopologyNodeKind::Device;
                                              }));
        emit selectionChanged(selectedIds());
    });
    connect(m_view, &TopologyView::nodeActivated, this, [this](TopologyNode node) {
        emit deviceActivated(m_scene->topology().id(node), m_scene->topology().backendName(node));
    });
    connect(m_scene, &TopologyScene::layoutChanged, this, [this] {
        refreshSites();
        updateSubtitle();
        updateDetails();
    });
    connect(m_scene, &TopologyScene::appearanceChanged, this, [this] {
        updateSubtitle();
        updateDetails();
    });
    refreshSites();
    updateSubtitle();
    updateDetails();
}

QStringList TopologyPage::selectedIds() const
{
    QStringList ids;
    for (const TopologyNode node : m_view->selection())
        ids.append(m_scene->topology().id(node));
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<std::pair<QString, QString>> TopologyPage::selectedNodes() const
{
    QList<std::pair<QString, QString>> nodes;
    for (const TopologyNode node : m_view->selection())
        nodes.append({m_scene->topology().backendName(node), m_scene->topology().id(node)});
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

QString TopologyPage::detailsText() const
{
    return m_details->toPlainText();
}

QString TopologyPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void TopologyPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #D32F2F;") : QStringLiteral("color: #388E3C;"));
    m_message->setVisible(!text.isEmpty());
}

void TopologyPage::refreshSites()
{
    const FleetTopology &topology = m_scene->topology();
    if (topology.siteCount() == m_knownSites)
        return;
    m_knownSites = topology.siteCount();
    const QVariant current = m_site->currentData();
    // Several backends: each one's sites under an "all of <backend>" entry, names followed by the backend.
    const bool several = topology.backendCount() > 1;
    struct Entry {
        QString backend;
        QString name;
        QString id;
    };
    QList<Entry> sites;
    for (int site = 0; site < topology.siteCount(); ++site)
        sites.append(
            {topology.backendName(topology.siteBackend(site)), topology.siteName(site), topology.siteId(site)});
    std::sort(sites.begin(), sites.end(), [](const Entry &a, const Entry &b) {
        if (a.backend != b.backend)
            return a.backend < b.backend;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_site->clear();
    m_site->addItem(tr("All sites"), QVariant());
    QString lastBackend;
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const Entry &entry = sites.at(i);
        if (several && (i == 0 || entry.backend != lastBackend))
            m_site->addItem(tr("All of %1").arg(entry.backend), QStringList{entry.backend});
        lastBackend = entry.backend;
        m_site->addItem(several ? tr("%1 (%2)").arg(entry.name, entry.backend) : entry.name,
                        QStringList{entry.backend, entry.id});
    }
    const int index = current.isValid() ? m_site->findData(current) : 0;
    m_site->setCurrentIndex(std::max(0, index));
}

void TopologyPage::updateSubtitle()
{
    const FleetTopology &topology = m_scene->topology();
    const QLocale locale;
    QString text = tr("%1 sites · %2 gateways · %3 devices · %4 links")
                       .arg(locale.toString(topology.siteCount()), locale.toString(topology.gatewayCount()),
                            locale.toString(topology.deviceCount()), locale.toString(topology.linkCount()));
    if (const int backends = topology.presentBackendCount(); backends > 1)
        text += QStringLiteral(" · ") + tr("%n backend(s)", nullptr, backends);
    if (m_scene->filter().isActive())
        text += QStringLiteral(" · ") + tr("%1 shown").arg(locale.toString(m_scene->shownDeviceCount()));
    if (m_scene->isLayoutPending())
        text += QStringLiteral(" · ") + tr("laying out…");
    m_header->setSubtitle(text);
}

void TopologyPage::updateCompletions(const QString &text)
{
    QStringList entries;
    m_completionNodes.clear();
    const FleetTopology &topology = m_scene->topology();
    if (text.trimmed().size() >= 2) {
        for (const TopologyNode node : m_scene->search(text, 12)) {
            QString entry = topology.name(node) + CompletionSeparator + topology.id(node);
            if (topology.presentBackendCount() > 1)
                entry += QStringLiteral(" · ") + topology.backendName(node);
            entries.append(entry);
            m_completionNodes.insert(entry, node);
        }
    }
    m_completions->setStringList(entries);
    auto *completer = m_search->findChild<QCompleter *>();
    if (completer && !entries.isEmpty())
        completer->complete();
}

bool TopologyPage::findAndFly(const QString &text, const QString &backend)
{
    QList<TopologyNode> found = m_scene->search(text, backend.isNull() ? 1 : 50);
    if (!backend.isNull())
        found.removeIf(
            [this, &backend](TopologyNode node) { return m_scene->topology().backendName(node) != backend; });
    if (found.isEmpty()) {
        showMessage(tr("No device or gateway matches “%1”. Search by name or id, e.g. CAM-03-0042.").arg(text.trimmed()),
                    true);
        return false;
    }
    const TopologyNode node = found.first();
    if (!m_scene->isShown(node)) {
        // Found but hidden: clear the filter rather than fly to an empty spot.
        applyFilter({});
        m_site->setCurrentIndex(0);
        showMessage(tr("%1 was hidden by the filter; the filter is cleared.").arg(m_scene->topology().name(node)), false);
    } else {
        showMessage(QString(), false);
    }
    m_view->setSelection({node});
    m_view->flyTo(node);
    return true;
}

void TopologyPage::applyFilter(const TopologyFilter &filter)
{
    m_scene->setFilter(filter);
    int active = int(!filter.classes.isEmpty()) + int(!filter.statuses.isEmpty()) + int(filter.minimumRisk > 0)
                 + int(filter.quarantinedOnly);
    m_filterButton->setText(active == 0 ? tr("Filter") : tr("Filter (%1)").arg(active));
    QSet<TopologyNode> selection = m_view->selection();
    for (auto it = selection.begin(); it != selection.end();)
        it = m_scene->isShown(*it) ? std::next(it) : selection.erase(it);
    m_view->setSelection(selection);
    updateSubtitle();
}

void TopologyPage::buildFilterMenu()
{
    m_filterMenu->clear();
    const TopologyFilter current = m_scene->filter();

    m_filterMenu->addSection(tr("Device classes"));
    QStringList classes;
    for (const QString &name : m_scene->topology().classNames())
        if (name != FleetTopology::gatewayClassName())
            classes.append(name);
    std::sort(classes.begin(), classes.end());
    for (const QString &name : std::as_const(classes)) {
        QAction *action = m_filterMenu->addAction(TopologyScene::classLabel(name));
        action->setCheckable(true);
        action->setChecked(current.classes.contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            TopologyFilter filter = m_scene->filter();
            filter.classes.removeAll(name);
            if (on)
                filter.classes.append(name);
            applyFilter(filter);
        });
    }

    m_filterMenu->addSection(tr("Status"));
    const QList<std::pair<DeviceStatus, QString>> statuses = {{DeviceStatus::Online, tr("Online")},
                                                              {DeviceStatus::Degraded, tr("Degraded")},
                                                              {DeviceStatus::Offline, tr("Offline")},
                                                              {DeviceStatus::Disabled, tr("Disabled")}};
    for (const auto &[status, label] : statuses) {
        QAction *action = m_filterMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(current.statuses.contains(status));
        connect(action, &QAction::toggled, this, [this, status = status](bool on) {
            TopologyFilter filter = m_scene->filter();
            filter.statuses.removeAll(status);
            if (on)
                filter.statuses.append(status);
            applyFilter(filter);
        });
    }
    QAction *quarantined = m_filterMenu->addAction(tr("Quarantined only"));
    quarantined->setCheckable(true);
    quarantined->setChecked(current.quarantinedOnly);
    connect(quarantined, &QAction::toggled, this, [this](bool on) {
        TopologyFilter filter = m_scene->filter();
        filter.quarantinedOnly = on;
        applyFilter(filter);
    });

    m_filterMenu->addSection(tr("Minimum risk"));
    auto *group = new QActionGroup(m_filterMenu);
    for (const auto &[minimum, label] : {std::pair(0, tr("Any risk")), std::pair(20, tr("Warning and above (≥ 20)")),
                                         std::pair(40, tr("Minor and above (≥ 40)")),
                                         std::pair(60, tr("Major and above (≥ 60)")),
                                         std::pair(80, tr("Critical only (≥ 80)"))}) {
        QAction *action = m_filterMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(current.minimumRisk == minimum);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, minimum = minimum] {
            TopologyFilter filter = m_scene->filter();
            filter.minimumRisk = minimum;
            applyFilter(filter);
        });
    }
    m_filterMenu->addSeparator();
    QAction *clear = m_filterMenu->addAction(tr("Clear filter"));
    clear->setEnabled(current.isActive());
    connect(clear, &QAction::triggered, this, [this] {
        applyFilter({});
        m_site->setCurrentIndex(0);
    });
}

void TopologyPage::updateDetails()
{
    const FleetTopology &topology = m_scene->topology();
    const QSet<TopologyNode> &selection = m_view->selection();
    const QLocale locale;
    if (selection.isEmpty()) {
        m_details->setHtml(
            QStringLiteral("<p style='color:gray'>%1</p><p style='color:gray'>%2</p>")
                .arg(tr("Click a device or gateway to see its details. Click a site to zoom into it."),
                     tr("Shift+drag selects an area; Ctrl+click adds to the selection. Wheel or +/− zooms, 0 fits.")));
        return;
    }
    QString html;
    if (selection.size() == 1) {
        const TopologyNode node = *selection.cbegin();
        const bool gateway = topology.kind(node) == TopologyNodeKind::Gateway;
        html += QStringLiteral("<h3>%1</h3><p style='color:gray'>%2</p><table cellspacing=3>")
                    .arg(topology.name(node).toHtmlEscaped(), topology.id(node).toHtmlEscaped());
        html += htmlRow(tr("Kind"), gateway ? tr("Gateway")
                                            : TopologyScene::classLabel(topology.classNames().at(topology.deviceClass(node)))
                                                  .toHtmlEscaped());
        if (topology.presentBackendCount() > 1)
            html += htmlRow(tr("Backend"), topology.backendName(node).toHtmlEscaped());
        html += htmlRow(tr("Site"), topology.siteName(topology.site(node)).toHtmlEscaped());
        if (!gateway && topology.gateway(node) != NoTopologyNode)
            html += htmlRow(tr("Gateway"), topology.name(topology.gateway(node)).toHtmlEscaped());
        html += htmlRow(tr("Segment"), topology.segment(node).toHtmlEscaped());
        if (!gateway) {
            html += htmlRow(tr("Risk score"), QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                                                  .arg(TopologyScene::riskColour(topology.risk(node)).name(),
                                                       QString::number(topology.risk(node))));
            QString status;
            switch (topology.status(node)) {
            case DeviceStatus::Online: status = tr("Online"); break;
            case DeviceStatus::Offline: status = tr("Offline"); break;
            case DeviceStatus::Degraded: status = tr("Degraded"); break;
            case DeviceStatus::Disabled: status = tr("Disabled"); break;
            }
            html += htmlRow(tr("Status"), status);
            if (topology.quarantine(node) != QuarantineLevel::None)
                html += htmlRow(tr("Quarantine"), QStringLiteral("<span style='color:%1'>%2</span>")
                                                      .arg(Palette::quarantined().name(), toString(topology.quarantine(node))));
            if (topology.safetyCritical(node))
                html += htmlRow(tr("Safety"), tr("safety-critical: quarantine needs a second operator's approval"));
        }
        qsizetype uplinks = 0, peers = 0;
        for (qsizetype link = 0; link < topology.linkCount(); ++link) {
            if (topology.linkFrom(link) != node && topology.linkTo(link) != node)
                continue;
            (topology.linkKind(link) == LinkKind::Peer ? peers : uplinks) += 1;
        }
        html += htmlRow(tr("Links"), tr("%1 uplinks, %2 peer links").arg(locale.toString(uplinks), locale.toString(peers)));
        html += QStringLiteral("</table>");
        if (!gateway)
            html += QStringLiteral("<p><a href='device:%1'>%2</a></p>")
                        .arg(topology.id(node).toHtmlEscaped(), tr("Open in the register"));
    } else {
        qsizetype devices = 0, gateways = 0, quarantined = 0, safety = 0;
        QMap<int, qsizetype> categories;
        QMap<QString, qsizetype> sites;
        for (const TopologyNode node : selection) {
            if (topology.kind(node) == TopologyNodeKind::Gateway) {
                ++gateways;
                continue;
            }
            ++devices;
            quarantined += topology.quarantine(node) != QuarantineLevel::None;
            safety += topology.safetyCritical(node);
            ++categories[m_scene->categoryOf(node)];
            ++sites[topology.siteName(topology.site(node))];
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("%1 selected").arg(locale.toString(selection.size())));
        html += QStringLiteral("<table cellspacing=3>");
        html += htmlRow(tr("Devices"), locale.toString(devices));
        html += htmlRow(tr("Gateways"), locale.toString(gateways));
        if (quarantined > 0)
            html += htmlRow(tr("Quarantined"), locale.toString(quarantined));
        if (safety > 0)
            html += htmlRow(tr("Safety-critical"), locale.toString(safety));
        html += QStringLiteral("</table><p><b>%1</b></p><table cellspacing=3>").arg(tr("By colour"));
        for (auto it = categories.constBegin(); it != categories.constEnd(); ++it)
            html += htmlRow(m_scene->categoryLabel(it.key()),
                            QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                                .arg(m_scene->categoryColour(it.key()).name(), locale.toString(it.value())));
        html += QStringLiteral("</table><p><b>%1</b></p><table cellspacing=3>").arg(tr("By site"));
        QList<std::pair<qsizetype, QString>> bySite;
        for (auto it = sites.constBegin(); it != sites.constEnd(); ++it)
            bySite.append({it.value(), it.key()});
        std::sort(bySite.begin(), bySite.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < std::min<qsizetype>(bySite.size(), 8); ++i)
            html += htmlRow(bySite.at(i).second.toHtmlEscaped(), locale.toString(bySite.at(i).first));
        if (bySite.size() > 8)
            html += htmlRow(tr("other sites"), locale.toString(bySite.size() - 8));
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void TopologyPage::setRecentThreats(const QStringList &deviceIds, const QDateTime &at, const QString &backend)
{
    if (!at.isValid() || at.msecsTo(QDateTime::currentDateTimeUtc()) > TopologyView::PulseMilliseconds)
        return;
    QList<TopologyNode> nodes;
    const FleetTopology &topology = m_scene->topology();
    for (const QString &id : deviceIds)
        if (const auto node = backend.isNull() ? topology.nodeOf(id) : topology.nodeOf(backend, id))
            nodes.append(*node);
    if (!nodes.isEmpty())
        m_view->pulse(nodes);
}

void TopologyPage::addThreatEvents(const QList<ThreatEvent> &events, const QString &backend)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList recent;
    for (const ThreatEvent &event : events)
        if (event.time.isValid() && event.time.msecsTo(now) <= TopologyView::PulseMilliseconds)
            recent.append(event.deviceId);
    setRecentThreats(recent, now, backend);
}

void TopologyPage::showBlastRadius(const QString &title, const QStringList &affectedIds,
                                   const QStringList &reachableIds, const QString &backend)
{
    m_scene->setHighlight(backend.isNull()
                              ? TopologyHighlight::fromIds(m_scene->topology(), affectedIds, reachableIds, title)
                              : TopologyHighlight::fromIds(m_scene->topology(), backend, affectedIds, reachableIds,
                                                           title));
    m_clearBlast->show();
    const TopologyHighlight &highlight = m_scene->highlight();
    if (!highlight.unknownIds.isEmpty())
        showMessage(tr("%n id(s) of the blast radius are not in the topology (yet): %1", nullptr,
                       int(highlight.unknownIds.size()))
                        .arg(highlight.unknownIds.mid(0, 5).join(QStringLiteral(", "))),
                    true);
    else
        showMessage(QString(), false);
    // Fly to what is highlighted.
    QRectF bounds;
    for (const QSet<TopologyNode> *set : {&highlight.affected, &highlight.reachable}) {
        for (const TopologyNode node : *set) {
            if (!m_scene->layout().isPlaced(node))
                continue;
            const QPointF p = m_scene->layout().position(node);
            const QRectF point(p - QPointF(30, 30), QSizeF(60, 60));
            bounds = bounds.isNull() ? point : bounds.united(point);
        }
    }
    if (!bounds.isNull()) {
        TopologyCamera camera = TopologyCamera::fitting(bounds, m_view->size(), 60);
        const qreal labels = TopologyScene::LabelsThreshold * 1.2 / m_scene->layout().parameters().deviceSpacing;
        if (camera.scale > labels)
            camera.scale = labels;
        m_view->setCamera(camera.centre, camera.scale);
    }
}

void TopologyPage::showImpact(const QString &title, const ImpactResult &impact, const QString &backend)
{
    QStringList reachable;
    for (const ReachedDevice &device : impact.reached)
        reachable.append(device.deviceId);
    reachable += impact.gateways;
    showBlastRadius(title, impact.seeds + impact.unknownSeeds, reachable, backend);
}

void TopologyPage::showImpactReport(const ImpactReport &report)
{
    QStringList affected;
    QStringList reachable;
    for (const ImpactReport::DeviceLine &device : report.devices)
        (device.hops == 0 ? affected : reachable).append(device.id);
    // The reach path: every gateway the search crossed (not merely each device's own gateway); the links
    // between lit nodes are drawn lit, so the path from the affected devices to what they reach shows.
    reachable += report.gatewayIds;
    const int devices = int(report.devices.size());
    const QString title = tr("%1 — %n device(s) (%2 safety-critical)", nullptr, devices)
                              .arg(report.title(), QLocale().toString(report.safetyCriticalCount()));
    showBlastRadius(title, affected + report.unknownDevices, reachable, report.backend);
}

void TopologyPage::clearBlastRadius()
{
    m_scene->clearHighlight();
    m_clearBlast->hide();
    showMessage(QString(), false);
}

Status TopologyPage::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status status = suffix == QLatin1String("svg") ? m_view->exportSvg(path)
                    : suffix == QLatin1String("png")
                        ? m_view->exportPng(path)
                        : Status::failure(tr("Choose a file name ending in .png or .svg to export the view."));
    if (status.ok())
        showMessage(tr("Saved the current view to %1.").arg(QFileInfo(path).absoluteFilePath()), false);
    else
        showMessage(status.errorMessage(), true);
    return status;
}

void TopologyPage::chooseExportFile(const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = folder + QStringLiteral("/warden-topology.") + format;
    const QString filter = format == QLatin1String("svg") ? tr("SVG drawing (*.svg)") : tr("PNG picture (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the topology view"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    const Status status = exportTo(path);
    Q_UNUSED(status) // shown inline by exportTo
}

} // namespace warden
