#pragma once

#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/Gateway.h"
#include "domain/Licence.h"
#include "domain/Link.h"
#include "domain/Site.h"

#include <QDateTime>
#include <QList>

namespace warden {

struct FleetSpec {
    int devices = 5000;
    quint64 seed = 1;
    QDateTime epoch; // simulated "now" of the generated fleet; invalid = 2026-03-02T08:00:00Z
};

// A complete synthetic fleet. Ids are stable and 1-based: "site-03", "gw-0012", "dev-000123", "own-000045",
// "lic-0001" (zero-padded to at least that width). Devices of one site, segment family and class are contiguous.
struct GeneratedFleet {
    QList<Site> sites;
    QList<Gateway> gateways;
    QList<Device> devices;
    QList<Owner> owners;
    QList<Link> links;
    QList<Firmware> firmware;
    QList<Licence> licenceRequests;
};

// The epoch used when a FleetSpec leaves it unset.
QDateTime defaultSimulationEpoch();

// Builds a fleet from a seed: same spec => identical fleet on every machine. Shape:
// - sites: max(4, devices/250), at least one hospital, factory, campus and city, each with a real IANA zone;
// - per site one core gateway ("admin" segment, where staff workstations sit) plus one gateway per ~40 devices
//   of each segment family (building, security, ot, fleet, clinical), all uplinked to the core gateway;
// - devices drawn from the class table in DeviceCatalog.h by site kind (clinical classes only in hospitals),
//   mostly on older, vulnerable signed firmware; risk = class base + 12 per open CVE (+10 factory password);
// - links: an uplink from every device to its gateway, short peer chains inside a gateway and a few peer links
//   across gateways of the same site (~0.2 per device), never across sites;
// - firmware: the class catalogue (3-5 images per class, one image whose signature does not verify);
// - a handful of pending licence requests.
// Linear in the device count: one million devices take a few seconds.
GeneratedFleet generateFleet(const FleetSpec &spec);

} // namespace warden
