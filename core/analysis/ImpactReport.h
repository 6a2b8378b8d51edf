#pragma once

#include "analysis/ImpactAnalysis.h"
#include "domain/Device.h"
#include "domain/Licence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace warden {

// The answer to "what does this incident affect?" in words a responder reads: every affected or reachable device
// with its site and how it is reached, safety-critical ones flagged and listed first, the services and data they
// touch (the scopes of their active licences), the sites and gateways involved, and the people affected (owners:
// a count always, names only when the operator's role allows personal data). Built from an ImpactResult and the
// graph it was computed on; exportable as plain text and JSON. Not responsible for the traversal (ImpactAnalysis).
struct ImpactReport {
    Q_DECLARE_TR_FUNCTIONS(ImpactReport)

public:
    struct DeviceLine {
        QString id;
        QString name;
        QString siteName;
        int hops = 0;     // 0 = affected by the incident itself
        QString via;      // the node it is reached through (device or gateway name), empty for affected ones
        bool safetyCritical = false;
        bool quarantined = false;
        friend bool operator==(const DeviceLine &, const DeviceLine &) = default;
    };

    QString incidentId;        // empty when the report is about a selection of devices, not an incident
    QList<DeviceLine> devices; // safety-critical first, then by hops, then by name
    QStringList unknownDevices; // ids named by the incident that the topology does not know
    QStringList siteNames;
    QStringList gatewayNames;
    QStringList gatewayIds;    // the gateways crossed, as ids (what the topology overlay lights), sorted
    QString backend;           // the backend whose fleet was assessed (set by the assessor; keys the overlay)
    QStringList services;      // granted scopes of active licences of the listed devices, sorted, unique
    int peopleCount = 0;       // distinct owners
    QStringList peopleNames;   // empty unless names may be shown
    bool peopleMasked = true;
    int maxHops = 0;

    int affectedCount() const;  // hops == 0
    int reachableCount() const; // hops > 0
    int safetyCriticalCount() const;

    // licences: any, only active ones of listed devices count. ownerNames: ref -> name, used when showPeople.
    static ImpactReport build(const QString &incidentId, const TopologyGraph &graph, const ImpactResult &result,
                              const QList<Licence> &licences, const QHash<QString, QString> &ownerNames,
                              bool showPeople, int maxHops);

    // "Impact of incident X", or "Impact of the selected devices" without an incident.
    QString title() const;
    // A one-line summary ("5 devices affected, 12 reachable · 2 safety-critical · 3 sites").
    QString summary() const;
    QString toText() const;
    QJsonObject toJson() const;
};

// An impact assessment as the pages receive it: the report, or why there is none.
struct ImpactAnswer {
    std::optional<ImpactReport> report; // nullopt when the topology is not in the cache yet, or on error
    QString error;                      // why the cache could not be read (empty when it could)
};

} // namespace warden
