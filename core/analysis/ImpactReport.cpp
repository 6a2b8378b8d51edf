#include "analysis/ImpactReport.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

int ImpactReport::affectedCount() const
{
    return int(std::count_if(devices.cbegin(), devices.cend(), [](const DeviceLine &d) { return d.hops == 0; }));
}

int ImpactReport::reachableCount() const
{
    return int(devices.size()) - affectedCount();
}

int ImpactReport::safetyCriticalCount() const
{
    return int(std::count_if(devices.cbegin(), devices.cend(), [](const DeviceLine &d) { return d.safetyCritical; }));
}

ImpactReport ImpactReport::build(const QString &incidentId, const TopologyGraph &graph, const ImpactResult &result,
                                 const QList<Licence> &licences, const QHash<QString, QString> &ownerNames,
                                 bool showPeople, int maxHops)
{
    ImpactReport report;
    report.incidentId = incidentId;
    report.unknownDevices = result.unknownSeeds;
    report.maxHops = maxHops;
    report.peopleMasked = !showPeople;

    const auto nameOf = [&graph](const QString &id) {
        const int node = graph.nodeIndex(id);
        return node < 0 || graph.name(node).isEmpty() ? id : graph.name(node);
    };
    const auto line = [&](const QString &id, int hops, const QString &via) {
        DeviceLine d;
        const int node = graph.nodeIndex(id);
        d.id = id;
        d.name = nameOf(id);
        d.hops = hops;
        d.via = via.isEmpty() ? QString() : nameOf(via);
        if (node >= 0) {
            d.safetyCritical = graph.safetyCritical(node);
            d.quarantined = graph.quarantined(node);
            if (const int site = graph.siteIndex(node); site >= 0)
                d.siteName = graph.siteName(site);
        }
        return d;
    };
    for (const QString &seed : result.seeds)
        report.devices.append(line(seed, 0, {}));
    for (const ReachedDevice &reached : result.reached)
        report.devices.append(line(reached.deviceId, reached.hops, reached.via));
    std::stable_sort(report.devices.begin(), report.devices.end(), [](const DeviceLine &a, const DeviceLine &b) {
        if (a.safetyCritical != b.safetyCritical)
            return a.safetyCritical;
        if (a.hops != b.hops)
            return a.hops < b.hops;
        return a.name < b.name;
    });

    for (const QString &site : result.siteIds) {
        const int index = graph.siteIndexOf(site);
        report.siteNames.append(index < 0 ? site : graph.siteName(index));
    }
    report.siteNames.sort();
    for (const QString &gateway : result.gateways)
        report.gatewayNames.append(nameOf(gateway));
    report.gatewayNames.sort();
    report.gatewayIds = result.gateways;
    report.gatewayIds.sort();

    QSet<QString> listed;
    for (const DeviceLine &d : std::as_const(report.devices))
        listed.insert(d.id);
    QSet<QString> services;
    for (const Licence &licence : licences) {
        if (licence.state != LicenceState::Active || !listed.contains(licence.deviceId))
            continue;
        for (const QString &scope : licence.grantedScopes)
            services.insert(scope);
    }
    report.services = QStringList(services.cbegin(), services.cend());
    report.services.sort();

    report.peopleCount = int(result.ownerRefs.size());
    if (showPeople) {
        for (const QString &ref : result.ownerRefs)
            report.peopleNames.append(ownerNames.value(ref, ref));
        report.peopleNames.sort();
    }
    return report;
}

QString ImpactReport::summary() const
{
    QStringList parts;
    parts.append(tr("%n device(s) affected", nullptr, affectedCount()));
    parts.append(tr("%n more reachable within %1 hop(s)", nullptr, reachableCount()).arg(maxHops));
    parts.append(tr("%n safety-critical", nullptr, safetyCriticalCount()));
    parts.append(tr("%n site(s)", nullptr, int(siteNames.size())));
    return parts.join(u" · "_s);
}

QString ImpactReport::title() const
{
    return incidentId.isEmpty() ? tr("Impact of the selected devices") : tr("Impact of incident %1").arg(incidentId);
}

QString ImpactReport::toText() const
{
    QString text = title() + u'\n' + summary() + u"\n\n"_s;
    const QStringList critical = [this] {
        QStringList names;
        for (const DeviceLine &d : devices)
            if (d.safetyCritical)
                names.append(d.name);
        return names;
    }();
    if (!critical.isEmpty())
        text += tr("SAFETY-CRITICAL: %1").arg(critical.join(u", "_s)) + u"\n\n"_s;
    text += tr("Devices:") + u'\n';
    for (const DeviceLine &d : devices) {
        QString entry = u"  "_s + d.name + u" ("_s + d.id + u')';
        if (!d.siteName.isEmpty())
            entry += u" · "_s + d.siteName;
        entry += u" · "_s + (d.hops == 0 ? tr("affected") : tr("%n hop(s) via %1", nullptr, d.hops).arg(d.via));
        if (d.safetyCritical)
            entry += u" · "_s + tr("safety-critical");
        if (d.quarantined)
            entry += u" · "_s + tr("quarantined");
        text += entry + u'\n';
    }
    if (!unknownDevices.isEmpty())
        text += tr("Not in the topology: %1").arg(unknownDevices.join(u", "_s)) + u'\n';
    text += tr("Sites: %1").arg(siteNames.isEmpty() ? tr("none") : siteNames.join(u", "_s)) + u'\n';
    text += tr("Gateways crossed: %1").arg(gatewayNames.isEmpty() ? tr("none") : gatewayNames.join(u", "_s)) + u'\n';
    text += tr("Services and data: %1").arg(services.isEmpty() ? tr("none licensed") : services.join(u", "_s)) + u'\n';
    text += peopleMasked ? tr("People affected: %n (names hidden for your role)", nullptr, peopleCount)
                         : tr("People affected: %1")
                               .arg(peopleNames.isEmpty() ? tr("none") : peopleNames.join(u", "_s));
    return text + u'\n';
}

QJsonObject ImpactReport::toJson() const
{
    QJsonArray deviceArray;
    for (const DeviceLine &d : devices) {
        deviceArray.append(QJsonObject{{u"id"_s, d.id},
                                       {u"name"_s, d.name},
                                       {u"site"_s, d.siteName},
                                       {u"hops"_s, d.hops},
                                       {u"via"_s, d.via},
                                       {u"safety_critical"_s, d.safetyCritical},
                                       {u"quarantined"_s, d.quarantined}});
    }
    QJsonObject json{{u"max_hops"_s, maxHops},
                     {u"devices"_s, deviceArray},
                     {u"unknown_devices"_s, QJsonArray::fromStringList(unknownDevices)},
                     {u"sites"_s, QJsonArray::fromStringList(siteNames)},
                     {u"gateways"_s, QJsonArray::fromStringList(gatewayNames)},
                     {u"services"_s, QJsonArray::fromStringList(services)},
                     {u"people_count"_s, peopleCount}};
    if (!incidentId.isEmpty())
        json.insert(u"incident_id"_s, incidentId);
    if (!peopleMasked)
        json.insert(u"people"_s, QJsonArray::fromStringList(peopleNames));
    return json;
}

} // namespace warden
