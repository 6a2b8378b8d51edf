#include "sim/Scenario.h"

#include "sim/EventGenerator.h"
#include "sim/SimRandom.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <vector>

namespace warden {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 ScenarioLength = 300 * Second;

const QString CameraBotnet = u"camera-botnet"_s;
const QString HospitalRansomware = u"hospital-ransomware"_s;

QString clock(qint64 offsetMs)
{
    const qint64 seconds = offsetMs / 1000;
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString describeDevice(const Device &device)
{
    return device.name + u" ("_s + device.id + u", "_s + device.vendor + u' ' + device.model + u", firmware "_s +
           device.firmwareVersion + u')';
}

// Union-find over device indices, for "how many devices can an intruder reach from here over peer links".
class Components {
public:
    explicit Components(int size)
        : m_parent(static_cast<std::size_t>(size))
        , m_size(static_cast<std::size_t>(size), 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[static_cast<std::size_t>(x)] != x) {
            auto &parent = m_parent[static_cast<std::size_t>(x)];
            parent = m_parent[static_cast<std::size_t>(parent)];
            x = parent;
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[static_cast<std::size_t>(a)] < m_size[static_cast<std::size_t>(b)])
            std::swap(a, b);
        m_parent[static_cast<std::size_t>(b)] = a;
        m_size[static_cast<std::size_t>(a)] += m_size[static_cast<std::size_t>(b)];
    }
    int sizeOf(int x) { return m_size[static_cast<std::size_t>(find(x))]; }

private:
    std::vector<int> m_parent;
    std::vector<int> m_size;
};

// Fluent construction of one beat: the scripts below read as "what, to whom, from where, by whom".
class BeatBuilder {
public:
    BeatBuilder(qint64 offsetMs, ThreatType type, Severity severity, const QString &deviceId)
    {
        m_beat.offsetMs = offsetMs;
        m_beat.type = type;
        m_beat.severity = severity;
        m_beat.deviceId = deviceId;
    }
    BeatBuilder &from(const QString &source)
    {
        m_beat.source = source;
        return *this;
    }
    BeatBuilder &to(const QString &destination)
    {
        m_beat.destination = destination;
        return *this;
    }
    BeatBuilder &details(const QJsonObject &details)
    {
        m_beat.details = details;
        return *this;
    }
    BeatBuilder &actor(const QString &actor)
    {
        m_beat.actor = actor;
        return *this;
    }
    BeatBuilder &infects(const QString &node)
    {
        m_beat.infects = node;
        return *this;
    }
    // Happens on the node itself, no traffic needed (e.g. local encryption).
    BeatBuilder &local()
    {
        m_beat.networked = false;
        return *this;
    }
    BeatBuilder &narrative(const QString &text)
    {
        m_beat.narrative = text;
        return *this;
    }
    ScenarioBeat take() { return std::move(m_beat); }

private:
    ScenarioBeat m_beat;
};

BeatBuilder beat(qint64 offsetMs, ThreatType type, Severity severity, const QString &deviceId)
{
    return BeatBuilder(offsetMs, type, severity, deviceId);
}

} // namespace

// Chooses the cast of a storyline from the fleet and writes its beats into a player.
class ScenarioBuilder {
public:
    ScenarioBuilder(const GeneratedFleet &fleet, quint64 seed, ScenarioPlayer &player)
        : m_fleet(fleet)
        , m_rng(hashKey(seed, 0x5CE4A210))
        , m_player(player)
    {
    }

    Status buildCameraBotnet();
    Status buildHospitalRansomware();

private:
    void add(BeatBuilder &builder)
    {
        ScenarioBeat beat = builder.take();
        // Sub-second jitter per seed; scripted steps that depend on each other are at least 1.5 s apart.
        beat.offsetMs += m_rng.between(0, 900);
        m_player.m_beats.append(std::move(beat));
    }
    QString externalAddress() { return u"203.0.113."_s + QString::number(m_rng.between(10, 250)); }
    QString commandAndControl()
    {
        static const QStringList hosts{u"cdn-sync.update-relay.example"_s, u"api.device-health.example"_s,
                                       u"static.imgcache-edge.example"_s, u"telemetry.cloudfront-mirror.example"_s};
        return hosts[m_rng.belowInt(static_cast<int>(hosts.size()))];
    }
    const Site *site(const QString &id) const
    {
        for (const Site &site : m_fleet.sites) {
            if (site.id == id)
                return &site;
        }
        return nullptr;
    }

    const GeneratedFleet &m_fleet;
    SimRandom m_rng;
    ScenarioPlayer &m_player;
};

Status ScenarioBuilder::buildCameraBotnet()
{
    QSet<QString> campusSites;
    for (const Site &site : m_fleet.sites) {
        if (site.kind == SiteKind::Campus)
            campusSites.insert(site.id);
    }
    // Only campus devices matter: index just those (a large fleet has a million devices, a fifth on campuses).
    const auto deviceCount = static_cast<int>(m_fleet.devices.size());
    std::vector<int> campusDevices; // fleet indices
    std::vector<int> localOf(static_cast<std::size_t>(deviceCount), -1);
    QHash<QString, int> index; // device id -> fleet index, campus devices only
    for (int i = 0; i < deviceCount; ++i) {
        if (!campusSites.contains(m_fleet.devices[i].siteId))
            continue;
        localOf[static_cast<std::size_t>(i)] = static_cast<int>(campusDevices.size());
        campusDevices.push_back(i);
        index.insert(m_fleet.devices[i].id, i);
    }

    // Peer adjacency inside campus sites (fleet indices, by local index), and reachable-set sizes.
    Components components(static_cast<int>(campusDevices.size()));
    std::vector<std::vector<int>> neighbours(campusDevices.size());
    for (const Link &link : m_fleet.links) {
        if (link.kind != LinkKind::Peer)
            continue;
        const int a = index.value(link.fromId, -1);
        const int b = index.value(link.toId, -1);
        if (a < 0 || b < 0 || m_fleet.devices[a].siteId != m_fleet.devices[b].siteId)
            continue;
        const int localA = localOf[static_cast<std::size_t>(a)];
        const int localB = localOf[static_cast<std::size_t>(b)];
        components.unite(localA, localB);
        neighbours[static_cast<std::size_t>(localA)].push_back(b);
        neighbours[static_cast<std::size_t>(localB)].push_back(a);
    }

    // Patient zero: a campus camera with room to spread, preferably one still on its factory password.
    struct Candidate {
        int score;
        int device;
    };
    std::vector<Candidate> candidates;
    for (std::size_t local = 0; local < campusDevices.size(); ++local) {
        const Device &device = m_fleet.devices[campusDevices[local]];
        if (device.deviceClass != u"ip_camera"_s)
            continue;
        const int reach = std::min(components.sizeOf(static_cast<int>(local)), 7);
        const int factoryPassword = device.notes.contains(u"default"_s, Qt::CaseInsensitive) ? 1 : 0;
        candidates.push_back(Candidate{reach * 2 + factoryPassword, campusDevices[local]});
    }
    if (candidates.empty())
        return Status::failure(u"The fleet has no IP camera on a campus site, which camera-botnet needs."_s);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    const int shortlist =
        std::min<int>(5, static_cast<int>(std::count_if(candidates.begin(), candidates.end(), [&](const Candidate &c) {
                          return c.score == candidates.front().score;
                      })));
    const Device &zero = m_fleet.devices[candidates[static_cast<std::size_t>(m_rng.belowInt(shortlist))].device];
    const int zeroIndex = index.value(zero.id);
    const Site *campus = site(zero.siteId);

    // Spread order: breadth first along peer links, up to six more devices.
    struct Hop {
        int device;
        int parent;
    };
    std::vector<Hop> hops;
    {
        std::vector<int> queue{zeroIndex};
        QSet<int> seen{zeroIndex};
        for (std::size_t head = 0; head < queue.size() && hops.size() < 6; ++head) {
            std::vector<int> next =
                neighbours[static_cast<std::size_t>(localOf[static_cast<std::size_t>(queue[head])])];
            std::sort(next.begin(), next.end());
            for (int peer : next) {
                if (seen.contains(peer) || hops.size() >= 6)
                    continue;
                seen.insert(peer);
                queue.push_back(peer);
                hops.push_back(Hop{peer, queue[head]});
            }
        }
    }

    // Other campus cameras the internet scanner tries first.
    QStringList probed;
    for (int i = 0; i < deviceCount && probed.size() < 3; ++i) {
        const Device &device = m_fleet.devices[i];
        if (i != zeroIndex && device.siteId == zero.siteId && device.deviceClass == u"ip_camera"_s)
            probed.append(device.id);
    }
    probed.insert(m_rng.belowInt(static_cast<int>(probed.size()) + 1), zero.id);

    const QString scanner = externalAddress();
    const QString c2 = commandAndControl();
    const QString dropAddress = externalAddress();

    m_player.m_title = u"Camera botnet on "_s + campus->name;
    m_player.m_siteId = zero.siteId;
    m_player.m_summary = u"An internet scanner hammers the telnet service of cameras on %1 (%2, %3). One camera "
                         "still has its factory password; once in, the malware beacons to its controller, scans "
                         "its neighbours and spreads along peer links, then uploads recorded video."_s.arg(
                             campus->name, campus->id, campus->timeZone);
    m_player.m_castLines.append(u"Patient zero: "_s + describeDevice(zero));
    for (const Hop &hop : hops)
        m_player.m_castLines.append(u"Spreads to: "_s + describeDevice(m_fleet.devices[hop.device]) + u" from "_s +
                                    m_fleet.devices[hop.parent].id);

    // 00:00-00:20 telnet brute force from the internet.
    for (int i = 0; i < 6; ++i) {
        const QString &target = probed[i % probed.size()];
        QJsonObject details{{u"service"_s, u"telnet"_s}, {u"attempts"_s, 40 + 35 * i}};
        add(beat(i * 4 * Second, ThreatType::BruteForce, i < 3 ? Severity::Minor : Severity::Major, target)
                .from(scanner)
                .to(target)
                .details(details)
                .narrative(
                    i == 0 ? u"Internet scanner %1 starts guessing telnet passwords on campus cameras"_s.arg(scanner)
                           : QString()));
    }
    add(beat(25 * Second, ThreatType::DefaultCredentials, Severity::Critical, zero.id)
            .from(scanner)
            .to(zero.id)
            .details({{u"service"_s, u"telnet"_s}, {u"username"_s, u"admin"_s}})
            .infects(zero.id)
            .narrative(u"The factory password works on %1: the scanner is in"_s.arg(zero.id)));
    for (qint64 t = 40 * Second; t < ScenarioLength - 5 * Second; t += 30 * Second) {
        add(beat(t, ThreatType::MalwareBeacon, Severity::Critical, zero.id)
                .from(zero.id)
                .to(c2)
                .details({{u"interval_s"_s, 30}})
                .actor(zero.id)
                .narrative(t == 40 * Second ? u"%1 beacons to its controller %2 every 30 s"_s.arg(zero.id, c2)
                                            : QString()));
    }
    // 01:00 scan of the direct neighbours.
    QSet<int> scanned;
    qint64 scanAt = 60 * Second;
    for (const Hop &hop : hops) {
        if (hop.parent != zeroIndex)
            continue;
        const QString &peer = m_fleet.devices[hop.device].id;
        scanned.insert(hop.device);
        add(beat(scanAt, ThreatType::PortScan, Severity::Major, peer)
                .from(zero.id)
                .to(peer)
                .details({{u"ports"_s, 23}, {u"service"_s, u"telnet"_s}})
                .actor(zero.id)
                .narrative(scanAt == 60 * Second ? u"%1 scans its peer-linked neighbours"_s.arg(zero.id) : QString()));
        scanAt += 1500;
    }
    // 01:20 onwards: one takeover every 20 s along the links; each new bot beacons too.
    QStringList bots{zero.id};
    for (std::size_t k = 0; k < hops.size(); ++k) {
        const Device &victim = m_fleet.devices[hops[k].device];
        const QString &parent = m_fleet.devices[hops[k].parent].id;
        const qint64 at = 80 * Second + static_cast<qint64>(k) * 20 * Second;
        if (!scanned.contains(hops[k].device)) {
            add(beat(at - 3 * Second, ThreatType::PortScan, Severity::Major, victim.id)
                    .from(parent)
                    .to(victim.id)
                    .details({{u"ports"_s, 23}, {u"service"_s, u"telnet"_s}})
                    .actor(parent));
        }
        add(beat(at, ThreatType::DefaultCredentials, Severity::Critical, victim.id)
                .from(parent)
                .to(victim.id)
                .details({{u"service"_s, u"telnet"_s}, {u"username"_s, u"admin"_s}, {u"lateral"_s, true}})
                .actor(parent)
                .infects(victim.id)
                .narrative(u"%1 logs into %2 (%3) with the factory password"_s.arg(parent, victim.id, victim.name)));
        for (qint64 t = at + 10 * Second; t < ScenarioLength - 5 * Second; t += 30 * Second) {
            add(beat(t, ThreatType::MalwareBeacon, Severity::Critical, victim.id)
                    .from(victim.id)
                    .to(c2)
                    .details({{u"interval_s"_s, 30}})
                    .actor(victim.id));
        }
        bots.append(victim.id);
    }
    // 03:30 the bots upload recorded video.
    for (int i = 0; i < bots.size(); ++i) {
        const qint64 bytes = m_rng.between(300LL << 20, 1200LL << 20);
        add(beat(210 * Second + i * 8 * Second, ThreatType::Exfiltration, Severity::Critical, bots[i])
                .from(bots[i])
                .to(dropAddress)
                .details({{u"bytes_out"_s, bytes}, {u"content"_s, u"recorded video"_s}})
                .actor(bots[i])
                .narrative(i == 0 ? u"The bots upload recorded video to %1"_s.arg(dropAddress) : QString()));
    }
    add(beat(265 * Second, ThreatType::LicenceViolation, Severity::Major, zero.id)
            .from(zero.id)
            .details({{u"scope"_s, u"cloud-storage:bucket-exfil-drop"_s}})
            .actor(zero.id)
            .narrative(u"%1 writes to a storage bucket it holds no licence for"_s.arg(zero.id)));
    return Status::success();
}

Status ScenarioBuilder::buildHospitalRansomware()
{
    // The hospital with the most clinical devices (ties: the seed picks among the top three).
    QHash<QString, int> clinicalPerSite;
    QHash<QString, int> clinicalPerGateway;
    QHash<QString, int> monitorsPerGateway;
    for (const Device &device : m_fleet.devices) {
        if (device.deviceClass == u"infusion_pump"_s || device.deviceClass == u"cardiac_monitor"_s) {
            ++clinicalPerSite[device.siteId];
            ++clinicalPerGateway[device.gatewayId];
            if (device.deviceClass == u"cardiac_monitor"_s)
                ++monitorsPerGateway[device.gatewayId];
        }
    }
    struct Candidate {
        int clinical;
        const Site *site;
    };
    std::vector<Candidate> hospitals;
    for (const Site &site : m_fleet.sites) {
        if (site.kind == SiteKind::Hospital && clinicalPerSite.value(site.id) > 0)
            hospitals.push_back(Candidate{clinicalPerSite.value(site.id), &site});
    }
    if (hospitals.empty())
        return Status::failure(
            u"The fleet has no hospital with infusion pumps or cardiac monitors, which hospital-ransomware needs."_s);
    std::stable_sort(hospitals.begin(), hospitals.end(),
                     [](const Candidate &a, const Candidate &b) { return a.clinical > b.clinical; });
    const Site &hospital =
        *hospitals[static_cast<std::size_t>(m_rng.belowInt(std::min<int>(3, static_cast<int>(hospitals.size()))))].site;

    // Foothold: the admin gateway where staff workstations sit. Target: the busiest clinical gateway that has
    // both pumps and monitors.
    const auto gatewayScore = [&](const QString &id) {
        const int all = clinicalPerGateway.value(id);
        const int monitors = monitorsPerGateway.value(id);
        return all + (monitors > 0 && monitors < all ? 100000 : 0);
    };
    const Gateway *core = nullptr;
    const Gateway *clinical = nullptr;
    QList<const Gateway *> others;
    for (const Gateway &gateway : m_fleet.gateways) {
        if (gateway.siteId != hospital.id)
            continue;
        if (!core && gateway.segment.startsWith(u"admin-"_s))
            core = &gateway;
        if (gatewayScore(gateway.id) > (clinical ? gatewayScore(clinical->id) : 0))
            clinical = &gateway;
    }
    for (const Gateway &gateway : m_fleet.gateways) {
        if (gateway.siteId == hospital.id && !core)
            core = &gateway;
    }
    if (!core || !clinical || core == clinical)
        return Status::failure(u"Hospital %1 lacks a separate admin and clinical gateway."_s.arg(hospital.id));
    // The scan sweeps up to twelve gateways, the clinical one always among them, in id order.
    others.append(clinical);
    for (const Gateway &gateway : m_fleet.gateways) {
        if (gateway.siteId == hospital.id && &gateway != core && &gateway != clinical && others.size() < 12)
            others.append(&gateway);
    }
    std::sort(others.begin(), others.end(), [](const Gateway *a, const Gateway *b) { return a->id < b->id; });

    // Up to six clinical devices on that gateway, pumps and monitors alternating.
    QList<const Device *> pumps;
    QList<const Device *> monitors;
    for (const Device &device : m_fleet.devices) {
        if (device.gatewayId != clinical->id)
            continue;
        if (device.deviceClass == u"infusion_pump"_s)
            pumps.append(&device);
        else if (device.deviceClass == u"cardiac_monitor"_s)
            monitors.append(&device);
    }
    if (!pumps.isEmpty())
        std::rotate(pumps.begin(), pumps.begin() + m_rng.belowInt(static_cast<int>(pumps.size())), pumps.end());
    if (!monitors.isEmpty())
        std::rotate(monitors.begin(), monitors.begin() + m_rng.belowInt(static_cast<int>(monitors.size())),
                    monitors.end());
    QList<const Device *> targets;
    for (int i = 0; targets.size() < 6 && (i < pumps.size() || i < monitors.size()); ++i) {
        if (i < pumps.size())
            targets.append(pumps[i]);
        if (i < monitors.size() && targets.size() < 6)
            targets.append(monitors[i]);
    }

    const QString c2 = commandAndControl();
    const QString dropAddress = externalAddress();
    m_player.m_title = u"Ransomware at "_s + hospital.name;
    m_player.m_siteId = hospital.id;
    m_player.m_summary =
        u"A phishing attachment opened on a staff workstation behind %1 gives the attacker a foothold in the admin "
        "network of %2 (%3, %4). From there they scan the site's gateways, take over the clinical gateway %5, go "
        "after the infusion pumps and cardiac monitors behind it, exfiltrate patient data and start encrypting."_s.arg(
            core->id, hospital.name, hospital.id, hospital.timeZone, clinical->id);
    m_player.m_castLines.append(u"Foothold: "_s + core->name + u" ("_s + core->id + u", "_s + core->segment + u')');
    m_player.m_castLines.append(u"Clinical gateway: "_s + clinical->name + u" ("_s + clinical->id + u", "_s +
                                clinical->segment + u')');
    for (const Device *device : std::as_const(targets))
        m_player.m_castLines.append(u"Target: "_s + describeDevice(*device));

    add(beat(0, ThreatType::MalwareBeacon, Severity::Critical, core->id)
            .from(core->id)
            .to(c2)
            .details(
                {{u"interval_s"_s, 60}, {u"stage"_s, u"initial_access"_s}, {u"vector"_s, u"phishing_attachment"_s}})
            .infects(core->id)
            .narrative(u"A workstation behind %1 opens a phishing attachment; first beacon to %2"_s.arg(core->id, c2)));
    for (qint64 t = 60 * Second; t < ScenarioLength; t += 60 * Second) {
        add(beat(t, ThreatType::MalwareBeacon, Severity::Critical, core->id)
                .from(core->id)
                .to(c2)
                .details({{u"interval_s"_s, 60}})
                .actor(core->id));
    }
    qint64 at = 30 * Second;
    for (const Gateway *gateway : std::as_const(others)) {
        add(beat(at, ThreatType::PortScan, Severity::Minor, gateway->id)
                .from(core->id)
                .to(gateway->id)
                .details({{u"ports"_s, 1024}})
                .actor(core->id)
                .narrative(at == 30 * Second
                               ? u"The intruder scans the hospital's other gateways from %1"_s.arg(core->id)
                               : QString()));
        at += 2 * Second;
    }
    const qint64 takeover = std::max<qint64>(70 * Second, at + 5 * Second);
    add(beat(takeover, ThreatType::BruteForce, Severity::Major, clinical->id)
            .from(core->id)
            .to(clinical->id)
            .details({{u"service"_s, u"ssh"_s}, {u"attempts"_s, 640}})
            .actor(core->id)
            .narrative(u"SSH password guessing against the clinical gateway %1"_s.arg(clinical->id)));
    add(beat(takeover + 10 * Second, ThreatType::DefaultCredentials, Severity::Critical, clinical->id)
            .from(core->id)
            .to(clinical->id)
            .details({{u"service"_s, u"ssh"_s}, {u"username"_s, u"admin"_s}, {u"lateral"_s, true}})
            .actor(core->id)
            .infects(clinical->id)
            .narrative(u"The vendor's default service account opens %1: the intruder is in the clinical segment"_s.arg(
                clinical->id)));
    at = takeover + 25 * Second;
    for (const Device *device : std::as_const(targets)) {
        add(beat(at, ThreatType::PortScan, Severity::Critical, device->id)
                .from(clinical->id)
                .to(device->id)
                .details({{u"ports"_s, 128}})
                .actor(clinical->id)
                .narrative(device == targets.first() ? u"Scan of the pumps and monitors behind %1"_s.arg(clinical->id)
                                                     : QString()));
        at += 1500;
    }
    at = std::max<qint64>(at + 5 * Second, 125 * Second);
    for (const Device *device : std::as_const(targets)) {
        add(beat(at, ThreatType::DefaultCredentials, Severity::Critical, device->id)
                .from(clinical->id)
                .to(device->id)
                .details({{u"service"_s, device->deviceClass == u"infusion_pump"_s ? u"telnet"_s : u"http"_s},
                          {u"username"_s, u"service"_s},
                          {u"lateral"_s, true}})
                .actor(clinical->id)
                .infects(device->id)
                .narrative(u"%1 takes over %2"_s.arg(clinical->id, describeDevice(*device))));
        at += 10 * Second;
    }
    // Firmware pushes and dose-limit tampering on the first two pumps taken over.
    QList<const Device *> tampered;
    for (const Device *device : std::as_const(targets)) {
        if (device->deviceClass == u"infusion_pump"_s && tampered.size() < 2)
            tampered.append(device);
    }
    at = std::max<qint64>(at + 5 * Second, 195 * Second);
    for (const Device *pump : std::as_const(tampered)) {
        add(beat(at, ThreatType::FirmwareTamper, Severity::Critical, pump->id)
                .from(clinical->id)
                .to(pump->id)
                .details({{u"firmware_version"_s, pump->firmwareVersion}, {u"image_signature"_s, u"invalid"_s}})
                .actor(clinical->id)
                .narrative(u"An unsigned firmware image is pushed to %1"_s.arg(pump->id)));
        add(beat(at + 8 * Second, ThreatType::ProtocolViolation, Severity::Critical, pump->id)
                .from(pump->id)
                .to(clinical->id)
                .details(
                    {{u"protocol"_s, u"hl7"_s}, {u"finding"_s, u"dose limit changed outside the pharmacy workflow"_s}})
                .actor(pump->id)
                .narrative(u"%1 reports a dose-limit change nobody ordered"_s.arg(pump->id)));
        at += 15 * Second;
    }
    if (!targets.isEmpty()) {
        const Device *leaker = monitors.isEmpty() ? targets.first() : targets.value(1, targets.first());
        add(beat(235 * Second, ThreatType::LicenceViolation, Severity::Critical, leaker->id)
                .from(leaker->id)
                .details({{u"scope"_s, u"cloud-storage:bucket-exfil-staging"_s}, {u"data"_s, u"patient-data"_s}})
                .actor(leaker->id)
                .narrative(u"%1 copies patient data to a storage bucket it holds no licence for"_s.arg(leaker->id)));
    }
    add(beat(250 * Second, ThreatType::Exfiltration, Severity::Critical, clinical->id)
            .from(clinical->id)
            .to(dropAddress)
            .details({{u"bytes_out"_s, m_rng.between(2LL << 30, 6LL << 30)}, {u"content"_s, u"patient records"_s}})
            .actor(clinical->id)
            .narrative(u"Patient records leave through %1 to %2"_s.arg(clinical->id, dropAddress)));
    add(beat(262 * Second, ThreatType::Exfiltration, Severity::Critical, core->id)
            .from(core->id)
            .to(dropAddress)
            .details({{u"bytes_out"_s, m_rng.between(512LL << 20, 1536LL << 20)}, {u"content"_s, u"file shares"_s}})
            .actor(core->id));
    add(beat(278 * Second, ThreatType::Anomaly, Severity::Critical, core->id)
            .from(core->id)
            .details({{u"metric"_s, u"file_renames"_s}, {u"files"_s, 18234}, {u"extension"_s, u".locked"_s}})
            .actor(core->id)
            .local()
            .narrative(u"Mass renaming to .locked on the admin network: encryption has started"_s));
    add(beat(290 * Second, ThreatType::Anomaly, Severity::Critical, clinical->id)
            .from(clinical->id)
            .details({{u"metric"_s, u"hl7_message_rate"_s}, {u"z_score"_s, -9.5}})
            .actor(clinical->id)
            .local()
            .narrative(u"Monitor telemetry through %1 collapses"_s.arg(clinical->id)));
    return Status::success();
}

ScenarioPlayer::ScenarioPlayer() = default;
ScenarioPlayer::ScenarioPlayer(ScenarioPlayer &&) noexcept = default;
ScenarioPlayer &ScenarioPlayer::operator=(ScenarioPlayer &&) noexcept = default;
ScenarioPlayer::~ScenarioPlayer() = default;

QStringList ScenarioPlayer::names()
{
    return {CameraBotnet, HospitalRansomware};
}

Result<ScenarioPlayer> ScenarioPlayer::create(const QString &name, const GeneratedFleet &fleet, quint64 seed,
                                              ScenarioOptions options)
{
    if (!names().contains(name)) {
        return Result<ScenarioPlayer>::failure(
            u"Unknown scenario \"%1\". Valid scenarios: %2."_s.arg(name, names().join(u", "_s)), u"scenario"_s);
    }
    ScenarioPlayer player;
    player.m_name = name;
    player.m_options = options;
    player.m_durationMs = ScenarioLength;
    ScenarioBuilder builder(fleet, seed, player);
    const Status built = name == CameraBotnet ? builder.buildCameraBotnet() : builder.buildHospitalRansomware();
    if (!built.ok())
        return Result<ScenarioPlayer>::failure(built.errorMessage(), u"scenario"_s);
    std::stable_sort(player.m_beats.begin(), player.m_beats.end(),
                     [](const ScenarioBeat &a, const ScenarioBeat &b) { return a.offsetMs < b.offsetMs; });
    if (options.backgroundEventsPerSecond > 0.0)
        player.m_background =
            std::make_unique<EventGenerator>(fleet, hashKey(seed, 0xB6), options.backgroundEventsPerSecond);
    return player;
}

bool ScenarioPlayer::fires(const ScenarioBeat &beat) const
{
    if (!beat.actor.isEmpty() && !m_compromised.contains(beat.actor))
        return false;
    if (!beat.networked)
        return true;
    for (const QString *node : {&beat.actor, &beat.deviceId, &beat.source, &beat.destination}) {
        if (!node->isEmpty() && blocksTraffic(m_quarantine.value(*node, QuarantineLevel::None)))
            return false;
    }
    return true;
}

QList<ThreatEvent> ScenarioPlayer::advance(qint64 fromMs, qint64 toMs, const QDateTime &epoch)
{
    QList<ThreatEvent> scripted;
    const qint64 emitFrom = m_started ? std::max(fromMs, m_cursorMs) : fromMs;
    m_started = true;
    const qint64 epochMs = epoch.toMSecsSinceEpoch();
    while (m_nextBeat < m_beats.size() && m_options.startMs + m_beats[m_nextBeat].offsetMs < toMs) {
        const ScenarioBeat &beat = m_beats[m_nextBeat++];
        if (!fires(beat))
            continue;
        if (!beat.infects.isEmpty())
            m_compromised.insert(beat.infects);
        const qint64 t = m_options.startMs + beat.offsetMs;
        if (t < emitFrom)
            continue; // skipped time: the step happened, nobody saw it
        ThreatEvent &event = scripted.emplaceBack();
        event.time = QDateTime::fromMSecsSinceEpoch(epochMs + t, Qt::UTC);
        event.deviceId = beat.deviceId;
        event.type = beat.type;
        event.severity = beat.severity;
        event.source = beat.source;
        event.destination = beat.destination;
        event.details = beat.details;
    }
    m_cursorMs = std::max(m_cursorMs, toMs);
    if (!m_background)
        return scripted;
    const QList<ThreatEvent> noise = m_background->advance(fromMs, toMs, epoch);
    QList<ThreatEvent> merged;
    merged.reserve(noise.size() + scripted.size());
    std::merge(noise.cbegin(), noise.cend(), scripted.cbegin(), scripted.cend(), std::back_inserter(merged),
               [](const ThreatEvent &a, const ThreatEvent &b) { return a.time < b.time; });
    return merged;
}

void ScenarioPlayer::setQuarantine(const QString &nodeId, QuarantineLevel level)
{
    if (level == QuarantineLevel::None)
        m_quarantine.remove(nodeId);
    else
        m_quarantine.insert(nodeId, level);
    if (m_background)
        m_background->setQuarantine(nodeId, level);
}

QString ScenarioPlayer::describe() const
{
    QString text = m_name + u": "_s + m_title + u"\n\n"_s + m_summary + u"\n\n"_s;
    for (const QString &line : m_castLines)
        text += u"  "_s + line + u'\n';
    text += u"\nTimeline (mm:ss after the start):\n"_s;
    for (const ScenarioBeat &beat : m_beats) {
        if (!beat.narrative.isEmpty())
            text += u"  "_s + clock(beat.offsetMs) + u"  "_s + beat.narrative + u" ["_s + toString(beat.type) +
                    u", "_s + toString(beat.severity) + u"]\n"_s;
    }
    return text;
}

} // namespace warden
