#include "TopologyToolTip.h"

#include "SeverityPalette.h"
#include "TopologyView.h"

#include <QLocale>

namespace warden {

namespace {
// Texts keep TopologyView's translation context, where the catalogues have them.
QString riskWord(int risk)
{
    if (risk >= 80)
        return TopologyView::tr("critical");
    if (risk >= 60)
        return TopologyView::tr("major");
    if (risk >= 40)
        return TopologyView::tr("minor");
    if (risk >= 20)
        return TopologyView::tr("warning");
    return TopologyView::tr("healthy");
}

QString statusWord(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::Online: return TopologyView::tr("online");
    case DeviceStatus::Offline: return TopologyView::tr("offline");
    case DeviceStatus::Degraded: return TopologyView::tr("degraded");
    case DeviceStatus::Disabled: return TopologyView::tr("disabled");
    }
    return {};
}

QString quarantineWord(QuarantineLevel level)
{
    switch (level) {
    case QuarantineLevel::None: return {};
    case QuarantineLevel::Isolate: return TopologyView::tr("isolated from the network");
    case QuarantineLevel::Disable: return TopologyView::tr("disabled");
    case QuarantineLevel::RevokeCredentials: return TopologyView::tr("credentials revoked");
    }
    return {};
}
} // namespace

QString TopologyToolTip::forSite(const TopologyScene &scene, int site)
{
    const FleetTopology &topology = scene.topology();
    const QLocale locale;
    const TopologyScene::SiteSummary &summary = scene.siteSummary(site);
    QString html = QStringLiteral("<b>%1</b><br>").arg(topology.siteName(site).toHtmlEscaped());
    if (topology.presentBackendCount() > 1) // the same site name may exist in several backends
        html += TopologyView::tr("Backend %1").arg(topology.backendName(topology.siteBackend(site)).toHtmlEscaped())
                + QStringLiteral("<br>");
    html += TopologyView::tr("%1 devices · %2 gateways").arg(locale.toString(summary.devices), locale.toString(summary.gateways));
    for (int c = 0; c < summary.categories.size(); ++c) {
        if (summary.categories.at(c) == 0)
            continue;
        html += QStringLiteral("<br><span style='color:%1'>&#9679;</span> %2: %3")
                    .arg(scene.categoryColour(c).name(), scene.categoryLabel(c).toHtmlEscaped(),
                         locale.toString(summary.categories.at(c)));
    }
    if (summary.quarantined > 0)
        html += QStringLiteral("<br>") + TopologyView::tr("%1 quarantined").arg(locale.toString(summary.quarantined));
    if (summary.affected + summary.reachable > 0)
        html += QStringLiteral("<br><b>")
                + TopologyView::tr("%1 affected · %2 reachable").arg(locale.toString(summary.affected), locale.toString(summary.reachable))
                + QStringLiteral("</b>");
    html += QStringLiteral("<br><i>") + TopologyView::tr("Click to zoom in") + QStringLiteral("</i>");
    return html;
}

QString TopologyToolTip::forNode(const TopologyScene &scene, TopologyNode node)
{
    const FleetTopology &topology = scene.topology();
    QString html = QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span><br>")
                       .arg(topology.name(node).toHtmlEscaped(), topology.id(node).toHtmlEscaped());
    QString site = topology.siteName(topology.site(node)).toHtmlEscaped();
    if (topology.presentBackendCount() > 1)
        site = TopologyView::tr("%1 (backend %2)").arg(site, topology.backendName(node).toHtmlEscaped());
    if (topology.kind(node) == TopologyNodeKind::Gateway) {
        html += TopologyView::tr("Gateway at %1").arg(site);
        if (!topology.segment(node).isEmpty())
            html += QStringLiteral("<br>") + TopologyView::tr("Segment %1").arg(topology.segment(node).toHtmlEscaped());
    } else {
        html += TopologyScene::classLabel(topology.classNames().at(topology.deviceClass(node))).toHtmlEscaped()
                + QStringLiteral(" · ") + site;
        if (topology.gateway(node) != NoTopologyNode)
            html += QStringLiteral("<br>") + TopologyView::tr("via %1").arg(topology.name(topology.gateway(node)).toHtmlEscaped());
        const QColor colour = TopologyScene::riskColour(topology.risk(node));
        html += QStringLiteral("<br><span style='color:%1'>&#9679;</span> ").arg(colour.name())
                + TopologyView::tr("Risk %1 (%2) · %3").arg(QString::number(topology.risk(node)), riskWord(topology.risk(node)),
                                                            statusWord(topology.status(node)));
        if (topology.quarantine(node) != QuarantineLevel::None)
            html += QStringLiteral("<br><span style='color:%1'>&#128274; %2</span>")
                        .arg(Palette::quarantined().name(),
                             TopologyView::tr("Quarantined: %1").arg(quarantineWord(topology.quarantine(node))));
        if (topology.safetyCritical(node))
            html += QStringLiteral("<br>") + TopologyView::tr("Safety-critical");
    }
    const TopologyHighlight &highlight = scene.highlight();
    if (highlight.affected.contains(node))
        html += QStringLiteral("<br><b style='color:%1'>%2</b>").arg(Palette::severity(Severity::Critical).name(), TopologyView::tr("Affected"));
    else if (highlight.reachable.contains(node))
        html += QStringLiteral("<br><b style='color:%1'>%2</b>")
                    .arg(Palette::severity(Severity::Major).name(), TopologyView::tr("Reachable from the affected devices"));
    return html;
}

} // namespace warden
