#include "sim/EventGenerator.h"

#include <QJsonObject>

#include <algorithm>

namespace warden {

using namespace Qt::StringLiterals;

namespace {

constexpr int MinAttackEvents = 20;
constexpr int MaxAttackEvents = 40;
constexpr double MeanAttackEvents = (MinAttackEvents + MaxAttackEvents) / 2.0;
constexpr double AttackShare = 0.05; // of the requested rate, spent on attack campaigns
constexpr double BurstShare = 0.10;  // ... and on bursts; the rest is background noise
constexpr double MaxAttackStartsPerSecond = 1.0 / 20.0;
constexpr int HotShareInPercent = 20;

bool agendaAfter(const auto &a, const auto &b)
{
    return a.timeUs != b.timeUs ? a.timeUs > b.timeUs : a.order > b.order;
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 q = value / divisor;
    if ((value % divisor != 0) && ((value < 0) != (divisor < 0)))
        --q;
    return q;
}

// Safety-critical devices make every finding one step more severe (Critical is the top).
Severity raised(Severity severity)
{
    return severity == Severity::Critical ? severity : static_cast<Severity>(static_cast<int>(severity) - 1);
}

const QString &pickFrom(SimRandom &rng, const QStringList &list, const QString &fallback)
{
    return list.isEmpty() ? fallback : list[rng.belowInt(static_cast<int>(list.size()))];
}

} // namespace

bool isTrafficEvent(ThreatType type)
{
    switch (type) {
    case ThreatType::PortScan:
    case ThreatType::BruteForce:
    case ThreatType::MalwareBeacon:
    case ThreatType::Exfiltration:
    case ThreatType::ProtocolViolation:
    case ThreatType::LicenceViolation: return true;
    case ThreatType::DefaultCredentials:
    case ThreatType::FirmwareTamper:
    case ThreatType::CertificateExpiry:
    case ThreatType::UnknownDevice:
    case ThreatType::Anomaly: return false;
    }
    return false;
}

// What reaches the gateways from a device: everything, nothing of its traffic (isolated, disabled), or nothing at all
// (its credential is revoked: it can no longer authenticate, so not even its own reports are accepted).
static quint8 reachOf(QuarantineLevel level)
{
    switch (level) {
    case QuarantineLevel::Isolate:
    case QuarantineLevel::Disable: return 1;
    case QuarantineLevel::RevokeCredentials: return 2;
    case QuarantineLevel::None: return 0;
    }
    return 0;
}

bool blocksTraffic(QuarantineLevel level)
{
    return reachOf(level) != 0;
}

struct EventGenerator::Emitter {
    QList<ThreatEvent> &out;
    qint64 epochMs;
    qint64 fromUs;

    void add(qint64 timeUs, const QString &deviceId, ThreatType type, Severity severity, const QString &source,
             const QString &destination, QJsonObject &&details)
    {
        if (timeUs < fromUs)
            return;
        ThreatEvent &event = out.emplaceBack();
        event.time = QDateTime::fromMSecsSinceEpoch(epochMs + floorDiv(timeUs, 1000), Qt::UTC);
        event.deviceId = deviceId;
        event.type = type;
        event.severity = severity;
        event.source = source;
        event.destination = destination;
        event.details = std::move(details);
    }
};

EventGenerator::EventGenerator(const GeneratedFleet &fleet, quint64 seed, double eventsPerSecond)
    : m_rng(seed)
    , m_eventsPerSecond(std::max(0.0, eventsPerSecond))
{
    const QList<DeviceClassProfile> &profiles = deviceClassProfiles();
    const auto deviceCount = static_cast<int>(fleet.devices.size());

    QHash<QString, int> siteIndex;
    siteIndex.reserve(fleet.sites.size());
    for (int s = 0; s < fleet.sites.size(); ++s) {
        siteIndex.insert(fleet.sites[s].id, s);
        m_siteBuckets.append(u"cloud-storage:bucket-"_s + fleet.sites[s].id);
    }
    QHash<QString, int> gatewayIndex;
    gatewayIndex.reserve(fleet.gateways.size());
    for (int g = 0; g < fleet.gateways.size(); ++g) {
        gatewayIndex.insert(fleet.gateways[g].id, g);
        m_gatewayIds.append(fleet.gateways[g].id);
        m_gatewaySegments.append(fleet.gateways[g].segment);
    }

    m_deviceIds.reserve(deviceCount);
    m_firmware.reserve(deviceCount);
    m_classOf.reserve(static_cast<std::size_t>(deviceCount));
    m_gatewayOf.reserve(static_cast<std::size_t>(deviceCount));
    m_siteOf.reserve(static_cast<std::size_t>(deviceCount));
    m_safetyCritical.reserve(static_cast<std::size_t>(deviceCount));
    m_blocked.reserve(static_cast<std::size_t>(deviceCount));
    m_indexById.reserve(deviceCount);
    std::vector<int> siteCounts(static_cast<std::size_t>(fleet.sites.size()) + 1, 0);
    for (int i = 0; i < deviceCount; ++i) {
        const Device &device = fleet.devices[i];
        m_deviceIds.append(device.id);
        m_firmware.append(device.firmwareVersion);
        m_classOf.push_back(deviceClassIndex(device.deviceClass));
        m_gatewayOf.push_back(gatewayIndex.value(device.gatewayId, -1));
        const int site = siteIndex.value(device.siteId, -1);
        m_siteOf.push_back(site);
        m_safetyCritical.push_back(device.capabilities.safetyCritical ? 1 : 0);
        m_blocked.push_back(reachOf(device.quarantine));
        m_indexById.insert(device.id, i);
        if (site >= 0)
            ++siteCounts[static_cast<std::size_t>(site) + 1];
    }

    // Devices per site (CSR), in device order.
    m_siteOffsets.assign(siteCounts.size(), 0);
    for (std::size_t s = 1; s < siteCounts.size(); ++s)
        m_siteOffsets[s] = m_siteOffsets[s - 1] + siteCounts[s];
    m_siteDevices.assign(static_cast<std::size_t>(m_siteOffsets.back()), 0);
    {
        std::vector<int> fill(m_siteOffsets.begin(), m_siteOffsets.end() - 1);
        for (int i = 0; i < deviceCount; ++i) {
            if (m_siteOf[i] >= 0)
                m_siteDevices[static_cast<std::size_t>(fill[static_cast<std::size_t>(m_siteOf[i])]++)] = i;
        }
    }

    // Peer adjacency (CSR) from peer links between two devices of the same site, in link order.
    std::vector<std::pair<int, int>> edges;
    for (const Link &link : fleet.links) {
        if (link.kind != LinkKind::Peer)
            continue;
        const int a = m_indexById.value(link.fromId, -1);
        const int b = m_indexById.value(link.toId, -1);
        if (a < 0 || b < 0 || a == b || m_siteOf[a] < 0 || m_siteOf[a] != m_siteOf[b])
            continue;
        edges.emplace_back(a, b);
    }
    m_peerOffsets.assign(static_cast<std::size_t>(deviceCount) + 1, 0);
    for (const auto &[a, b] : edges) {
        ++m_peerOffsets[static_cast<std::size_t>(a) + 1];
        ++m_peerOffsets[static_cast<std::size_t>(b) + 1];
    }
    for (std::size_t i = 1; i < m_peerOffsets.size(); ++i)
        m_peerOffsets[i] += m_peerOffsets[i - 1];
    m_peers.assign(static_cast<std::size_t>(m_peerOffsets.back()), 0);
    {
        std::vector<int> fill(m_peerOffsets.begin(), m_peerOffsets.end() - 1);
        for (const auto &[a, b] : edges) {
            m_peers[static_cast<std::size_t>(fill[static_cast<std::size_t>(a)]++)] = b;
            m_peers[static_cast<std::size_t>(fill[static_cast<std::size_t>(b)]++)] = a;
        }
    }

    // Per-class cumulative type weights; the last row is for classes the catalogue does not know.
    m_typeCumulative.resize(static_cast<std::size_t>(profiles.size()) + 1);
    for (std::size_t c = 0; c < m_typeCumulative.size(); ++c) {
        const auto &weights = c < static_cast<std::size_t>(profiles.size())
                                  ? profiles[static_cast<qsizetype>(c)].eventWeights
                                  : genericEventWeights();
        int sum = 0;
        for (int t = 0; t < ThreatTypeCount; ++t) {
            sum += weights[static_cast<std::size_t>(t)];
            m_typeCumulative[c][static_cast<std::size_t>(t)] = sum;
        }
    }

    // Documentation address ranges (RFC 5737) and reserved names (RFC 2606): plausible, never real.
    SimRandom setup(hashKey(seed, 0xADD5));
    const QStringView nets[] = {u"198.51.100.", u"203.0.113.", u"192.0.2."};
    for (int i = 0; i < 256; ++i)
        m_externalAddresses.append(nets[i % 3] + QString::number(1 + setup.belowInt(254)));
    const QStringView c2Names[] = {u"cdn-sync.update-relay.example",
                                   u"telemetry.cloudfront-mirror.example",
                                   u"ntp-pool.timesync-global.example",
                                   u"api.device-health.example",
                                   u"static.imgcache-edge.example",
                                   u"mx1.mail-forwarder.example",
                                   u"203.0.113.66:4444",
                                   u"198.51.100.23:8443"};
    for (QStringView name : c2Names)
        m_commandAndControl.append(name.toString());
    for (int i = 0; i < 256; ++i) {
        QString mac = u"02"_s;
        for (int b = 0; b < 5; ++b)
            mac += u':' + QString::number(0x100 + setup.belowInt(256), 16).right(2);
        m_macAddresses.append(mac);
    }

    const int hotCount = deviceCount == 0 ? 0 : std::max(1, deviceCount / 100);
    m_hotDevices.reserve(static_cast<std::size_t>(hotCount));
    for (int i = 0; i < hotCount; ++i)
        m_hotDevices.push_back(setup.belowInt(deviceCount));

    computeRates();
}

void EventGenerator::computeRates()
{
    const double eps = m_eventsPerSecond;
    m_meanBurstSize = static_cast<int>(std::clamp(eps * 0.5, 5.0, 400.0));
    m_attackRate = std::min(AttackShare * eps / MeanAttackEvents, MaxAttackStartsPerSecond);
    m_burstRate = BurstShare * eps / m_meanBurstSize;
    m_backgroundRate = std::max(0.0, eps - m_attackRate * MeanAttackEvents - m_burstRate * m_meanBurstSize);
    if (m_deviceIds.isEmpty())
        m_attackRate = m_burstRate = m_backgroundRate = 0.0;
}

void EventGenerator::setEventsPerSecond(double eventsPerSecond)
{
    m_eventsPerSecond = std::max(0.0, eventsPerSecond);
    computeRates();
    // Streams that were idle have no pending arrival; give them one.
    if (m_started) {
        for (AgendaKind kind : {AgendaKind::Background, AgendaKind::BurstStart, AgendaKind::AttackStart}) {
            if (!m_streamPending[static_cast<std::size_t>(kind)])
                scheduleStream(kind, m_cursorUs);
        }
    }
}

double EventGenerator::streamRate(AgendaKind kind) const
{
    switch (kind) {
    case AgendaKind::Background: return m_backgroundRate;
    case AgendaKind::BurstStart: return m_burstRate;
    case AgendaKind::AttackStart: return m_attackRate;
    case AgendaKind::BurstStep:
    case AgendaKind::AttackStep: break;
    }
    return 0.0;
}

// Next arrival of a Poisson stream after fromUs; a stream with a zero rate stays silent until the rate changes.
void EventGenerator::scheduleStream(AgendaKind kind, qint64 fromUs)
{
    const double rate = streamRate(kind);
    m_streamPending[static_cast<std::size_t>(kind)] = rate > 0.0;
    if (rate > 0.0)
        schedule(fromUs + poissonGap(rate), kind);
}

int EventGenerator::activeAttackCount() const
{
    return static_cast<int>(
        std::count_if(m_attacks.begin(), m_attacks.end(), [](const Attack &a) { return a.active; }));
}

void EventGenerator::setQuarantine(const QString &deviceId, QuarantineLevel level)
{
    const int index = m_indexById.value(deviceId, -1);
    if (index >= 0)
        m_blocked[static_cast<std::size_t>(index)] = reachOf(level);
}

void EventGenerator::setLicensedScopes(const QString &deviceId, const QStringList &scopes)
{
    const int index = m_indexById.value(deviceId, -1);
    if (index >= 0)
        m_licensedScopes.insert(index, scopes);
}

void EventGenerator::schedule(qint64 timeUs, AgendaKind kind, int slot)
{
    m_agenda.push_back(AgendaEntry{timeUs, m_order++, kind, slot});
    std::push_heap(m_agenda.begin(), m_agenda.end(),
                   [](const AgendaEntry &a, const AgendaEntry &b) { return agendaAfter(a, b); });
}

// Microseconds to the next arrival of a Poisson stream with a positive rate.
qint64 EventGenerator::poissonGap(double ratePerSecond)
{
    // Rounded, not truncated: at 50,000 events/s a truncated 20 us gap would bias the rate by 2 %.
    return static_cast<qint64>(m_rng.exponential(1e6 / ratePerSecond) + 0.5);
}

int EventGenerator::pickDevice()
{
    if (!m_hotDevices.empty() && m_rng.belowInt(100) < HotShareInPercent)
        return m_hotDevices[static_cast<std::size_t>(m_rng.belowInt(static_cast<int>(m_hotDevices.size())))];
    return m_rng.belowInt(static_cast<int>(m_deviceIds.size()));
}

ThreatType EventGenerator::pickType(int classIndex)
{
    const std::size_t row = classIndex >= 0 ? static_cast<std::size_t>(classIndex) : m_typeCumulative.size() - 1;
    const auto &cumulative = m_typeCumulative[row];
    const int r = m_rng.belowInt(cumulative.back());
    int t = 0;
    while (t < ThreatTypeCount - 1 && r >= cumulative[static_cast<std::size_t>(t)])
        ++t;
    return static_cast<ThreatType>(t);
}

int EventGenerator::randomPeer(int device)
{
    const int begin = m_peerOffsets[static_cast<std::size_t>(device)];
    const int end = m_peerOffsets[static_cast<std::size_t>(device) + 1];
    if (begin == end)
        return -1;
    return m_peers[static_cast<std::size_t>(begin + m_rng.belowInt(end - begin))];
}

QList<ThreatEvent> EventGenerator::advance(qint64 fromMs, qint64 toMs, const QDateTime &epoch)
{
    QList<ThreatEvent> out;
    const qint64 fromUs = fromMs * 1000;
    const qint64 toUs = toMs * 1000;
    if (!m_started) {
        m_started = true;
        m_cursorUs = fromUs;
        scheduleStream(AgendaKind::Background, m_cursorUs);
        scheduleStream(AgendaKind::BurstStart, m_cursorUs);
        scheduleStream(AgendaKind::AttackStart, m_cursorUs);
    } else if (fromUs > m_cursorUs) {
        // Frozen time: shifting every entry by the same amount keeps the heap valid.
        const qint64 shift = fromUs - m_cursorUs;
        for (AgendaEntry &entry : m_agenda)
            entry.timeUs += shift;
        m_cursorUs = fromUs;
    }
    if (toUs <= m_cursorUs)
        return out;

    const double expected = m_eventsPerSecond * static_cast<double>(toUs - m_cursorUs) / 1e6;
    out.reserve(static_cast<qsizetype>(std::min(expected * 1.1 + 16.0, 1e6))); // beyond that, let it grow
    Emitter emitter{out, epoch.toMSecsSinceEpoch(), m_cursorUs};
    const auto after = [](const AgendaEntry &a, const AgendaEntry &b) { return agendaAfter(a, b); };
    while (!m_agenda.empty() && m_agenda.front().timeUs < toUs) {
        std::pop_heap(m_agenda.begin(), m_agenda.end(), after);
        const AgendaEntry entry = m_agenda.back();
        m_agenda.pop_back();
        switch (entry.kind) {
        case AgendaKind::Background:
        case AgendaKind::BurstStart:
        case AgendaKind::AttackStart:
            m_streamPending[static_cast<std::size_t>(entry.kind)] = false;
            if (streamRate(entry.kind) <= 0.0)
                break; // the rate dropped to zero since this arrival was drawn
            if (entry.kind == AgendaKind::Background)
                runBackground(emitter, entry.timeUs);
            else if (entry.kind == AgendaKind::BurstStart)
                startBurst(entry.timeUs);
            else
                startAttack(emitter, entry.timeUs);
            scheduleStream(entry.kind, entry.timeUs);
            break;
        case AgendaKind::BurstStep: runBurst(emitter, entry.timeUs, entry.slot); break;
        case AgendaKind::AttackStep: runAttack(emitter, entry.timeUs, entry.slot); break;
        }
    }
    m_cursorUs = toUs;
    return out;
}

void EventGenerator::runBackground(Emitter &emitter, qint64 timeUs)
{
    static const QString none;
    static const QString fallbackService = u"ssh"_s;
    static const QString fallbackProtocol = u"mqtt"_s;
    static const QString adminUser = u"admin"_s;
    static const QString metrics[] = {u"traffic_volume"_s, u"connection_count"_s, u"cpu_load"_s, u"dns_queries"_s};
    const QString siteBucketToken = QString::fromUtf16(SiteBucketScope);

    const int device = pickDevice();
    const int cls = m_classOf[static_cast<std::size_t>(device)];
    const ThreatType type = pickType(cls);
    if ((isTrafficEvent(type) && blocked(device)) || silenced(device))
        return; // the quarantine drops its traffic; a revoked credential drops everything it sends
    const DeviceClassProfile *profile = cls >= 0 ? &deviceClassProfiles()[cls] : nullptr;
    const QString &id = m_deviceIds[device];
    const int gateway = m_gatewayOf[static_cast<std::size_t>(device)];
    const QString &gatewayId = gateway >= 0 ? m_gatewayIds[gateway] : none;
    QJsonObject details;
    Severity severity = Severity::Warning;
    switch (type) {
    case ThreatType::PortScan: {
        const int ports = static_cast<int>(m_rng.between(16, 1024));
        details.insert("ports"_L1, ports);
        severity = ports < 100 ? Severity::Warning : Severity::Minor;
        const int peer = m_rng.belowInt(100) < 30 ? randomPeer(device) : -1;
        if (peer >= 0 && blocked(peer))
            return;
        const QString &source = peer >= 0 ? m_deviceIds[peer] : m_externalAddresses[m_rng.belowInt(256)];
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(severity) : severity, source, id,
                    std::move(details));
        return;
    }
    case ThreatType::BruteForce: {
        const int attempts = static_cast<int>(m_rng.between(5, 400));
        details.insert("attempts"_L1, attempts);
        details.insert("service"_L1, profile ? pickFrom(m_rng, profile->services, fallbackService) : fallbackService);
        severity = attempts < 50 ? Severity::Minor : Severity::Major;
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(severity) : severity,
                    m_externalAddresses[m_rng.belowInt(256)], id, std::move(details));
        return;
    }
    case ThreatType::DefaultCredentials:
        details.insert("service"_L1, profile ? pickFrom(m_rng, profile->services, fallbackService) : fallbackService);
        details.insert("username"_L1, adminUser);
        severity = Severity::Major;
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(severity) : severity,
                    m_externalAddresses[m_rng.belowInt(256)], id, std::move(details));
        return;
    case ThreatType::MalwareBeacon:
        details.insert("interval_s"_L1, static_cast<int>(m_rng.between(30, 600)));
        emitter.add(timeUs, id, type, Severity::Critical, id,
                    m_commandAndControl[m_rng.belowInt(static_cast<int>(m_commandAndControl.size()))],
                    std::move(details));
        return;
    case ThreatType::Exfiltration: {
        const qint64 bytes = m_rng.between(5LL << 20, 2LL << 30);
        details.insert("bytes_out"_L1, bytes);
        severity = bytes < (50LL << 20) ? Severity::Major : Severity::Critical;
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(severity) : severity, id,
                    m_externalAddresses[m_rng.belowInt(256)], std::move(details));
        return;
    }
    case ThreatType::FirmwareTamper:
        details.insert("firmware_version"_L1, m_firmware[device]);
        emitter.add(timeUs, id, type, Severity::Critical, id, gatewayId, std::move(details));
        return;
    case ThreatType::CertificateExpiry: {
        const int days = static_cast<int>(m_rng.between(0, 30));
        details.insert("days_left"_L1, days);
        severity = days <= 2 ? Severity::Major : days <= 7 ? Severity::Minor : Severity::Warning;
        // An expiring certificate is urgent, never an attack: Major at most, even on a safety-critical device.
        if (m_safetyCritical[device] && severity != Severity::Major)
            severity = raised(severity);
        emitter.add(timeUs, id, type, severity, id, none, std::move(details));
        return;
    }
    case ThreatType::UnknownDevice:
        if (gateway < 0)
            return;
        details.insert("segment"_L1, m_gatewaySegments[gateway]);
        emitter.add(timeUs, gatewayId, type, Severity::Minor, m_macAddresses[m_rng.belowInt(256)], gatewayId,
                    std::move(details));
        return;
    case ThreatType::ProtocolViolation:
        details.insert("protocol"_L1,
                       profile ? pickFrom(m_rng, profile->protocols, fallbackProtocol) : fallbackProtocol);
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(Severity::Warning) : Severity::Warning, id,
                    gatewayId, std::move(details));
        return;
    case ThreatType::LicenceViolation: {
        static const QStringList genericScopes{u"telemetry-upload"_s};
        const QStringList &usable = profile ? profile->usableScopes : genericScopes;
        const int site = m_siteOf[static_cast<std::size_t>(device)];
        const auto materialise = [&](const QString &scope) -> QString {
            return scope == siteBucketToken ? (site >= 0 ? m_siteBuckets[site] : u"cloud-storage:bucket-unknown"_s)
                                            : scope;
        };
        QString scope;
        const auto licensed = m_licensedScopes.constFind(device);
        if (licensed == m_licensedScopes.cend()) {
            scope = materialise(usable[m_rng.belowInt(static_cast<int>(usable.size()))]);
        } else {
            QStringList candidates;
            for (const QString &candidate : usable) {
                const QString concrete = materialise(candidate);
                if (!licensed->contains(concrete))
                    candidates.append(concrete);
            }
            if (candidates.isEmpty())
                return;
            scope = candidates[m_rng.belowInt(static_cast<int>(candidates.size()))];
        }
        details.insert("scope"_L1, scope);
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(Severity::Major) : Severity::Major, id, none,
                    std::move(details));
        return;
    }
    case ThreatType::Anomaly:
        details.insert("metric"_L1, metrics[m_rng.belowInt(4)]);
        details.insert("z_score"_L1, static_cast<double>(m_rng.between(30, 90)) / 10.0);
        emitter.add(timeUs, id, type, m_safetyCritical[device] ? raised(Severity::Warning) : Severity::Warning, id,
                    none, std::move(details));
        return;
    }
}

void EventGenerator::startBurst(qint64 timeUs)
{
    const int anchor = pickDevice();
    const int site = m_siteOf[static_cast<std::size_t>(anchor)];
    if (site < 0)
        return;
    int slot = 0;
    while (slot < static_cast<int>(m_bursts.size()) && m_bursts[static_cast<std::size_t>(slot)].active)
        ++slot;
    if (slot == static_cast<int>(m_bursts.size()))
        m_bursts.emplace_back();
    Burst &burst = m_bursts[static_cast<std::size_t>(slot)];
    burst.active = true;
    burst.site = site;
    burst.remaining = static_cast<int>(m_rng.between(m_meanBurstSize / 2, m_meanBurstSize * 3 / 2));
    const qint64 durationUs = m_rng.between(2000000, 10000000);
    burst.gapUs = std::max<qint64>(1, durationUs / std::max(1, burst.remaining));
    burst.sourceAddress = m_rng.belowInt(256);
    burst.type = m_rng.belowInt(100) < 60 ? ThreatType::PortScan : ThreatType::BruteForce;
    schedule(timeUs, AgendaKind::BurstStep, slot);
}

void EventGenerator::runBurst(Emitter &emitter, qint64 timeUs, int slot)
{
    static const QString fallbackService = u"ssh"_s;
    Burst &burst = m_bursts[static_cast<std::size_t>(slot)];
    const int begin = m_siteOffsets[static_cast<std::size_t>(burst.site)];
    const int end = m_siteOffsets[static_cast<std::size_t>(burst.site) + 1];
    const int target = m_siteDevices[static_cast<std::size_t>(begin + m_rng.belowInt(end - begin))];
    if (!blocked(target)) {
        const QString &id = m_deviceIds[target];
        QJsonObject details;
        Severity severity;
        if (burst.type == ThreatType::PortScan) {
            details.insert("ports"_L1, static_cast<int>(m_rng.between(100, 2000)));
            details.insert("sweep"_L1, true);
            severity = Severity::Minor;
        } else {
            const int cls = m_classOf[static_cast<std::size_t>(target)];
            details.insert("attempts"_L1, static_cast<int>(m_rng.between(50, 800)));
            details.insert("service"_L1, cls >= 0
                                             ? pickFrom(m_rng, deviceClassProfiles()[cls].services, fallbackService)
                                             : fallbackService);
            severity = Severity::Major;
        }
        emitter.add(timeUs, id, burst.type, m_safetyCritical[target] ? raised(severity) : severity,
                    m_externalAddresses[burst.sourceAddress], id, std::move(details));
    }
    if (--burst.remaining <= 0) {
        burst.active = false;
        return;
    }
    schedule(timeUs + burst.gapUs / 2 + m_rng.between(0, burst.gapUs), AgendaKind::BurstStep, slot);
}

void EventGenerator::startAttack(Emitter &emitter, qint64 timeUs)
{
    static const QString fallbackService = u"telnet"_s;
    static const QString adminUser = u"admin"_s;
    // Attackers take what they find, but a foothold with neighbours makes the more instructive campaign:
    // of a few candidates, the first with peers wins.
    int patientZero = -1;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int candidate = pickDevice();
        if (blocked(candidate) || m_siteOf[static_cast<std::size_t>(candidate)] < 0)
            continue;
        if (patientZero < 0)
            patientZero = candidate;
        if (m_peerOffsets[static_cast<std::size_t>(candidate) + 1] >
            m_peerOffsets[static_cast<std::size_t>(candidate)]) {
            patientZero = candidate;
            break;
        }
    }
    if (patientZero < 0)
        return;
    int slot = 0;
    while (slot < static_cast<int>(m_attacks.size()) && m_attacks[static_cast<std::size_t>(slot)].active)
        ++slot;
    if (slot == static_cast<int>(m_attacks.size()))
        m_attacks.emplace_back();
    Attack &attack = m_attacks[static_cast<std::size_t>(slot)];
    attack.active = true;
    attack.infected.assign(1, patientZero);
    attack.remaining = static_cast<int>(m_rng.between(MinAttackEvents, MaxAttackEvents)) - 1;
    attack.commandAndControl = m_rng.belowInt(static_cast<int>(m_commandAndControl.size()));

    // Initial access from outside: a factory password or a successful brute force.
    const int cls = m_classOf[static_cast<std::size_t>(patientZero)];
    const QString &service =
        cls >= 0 ? pickFrom(m_rng, deviceClassProfiles()[cls].services, fallbackService) : fallbackService;
    const QString &id = m_deviceIds[patientZero];
    QJsonObject details;
    details.insert("service"_L1, service);
    if (m_rng.belowInt(2) == 0) {
        details.insert("username"_L1, adminUser);
        emitter.add(timeUs, id, ThreatType::DefaultCredentials, Severity::Critical,
                    m_externalAddresses[m_rng.belowInt(256)], id, std::move(details));
    } else {
        details.insert("attempts"_L1, static_cast<int>(m_rng.between(200, 3000)));
        details.insert("succeeded"_L1, true);
        emitter.add(timeUs, id, ThreatType::BruteForce, Severity::Critical, m_externalAddresses[m_rng.belowInt(256)],
                    id, std::move(details));
    }
    schedule(timeUs + m_rng.between(500000, 4000000), AgendaKind::AttackStep, slot);
}

void EventGenerator::runAttack(Emitter &emitter, qint64 timeUs, int slot)
{
    static const QString adminUser = u"admin"_s;
    static const QString fallbackService = u"telnet"_s;
    static const QString fallbackProtocol = u"mqtt"_s;
    Attack &attack = m_attacks[static_cast<std::size_t>(slot)];

    // Only infected devices that still have a network connection can act; none left = contained.
    std::vector<int> actors;
    for (int device : attack.infected) {
        if (!blocked(device))
            actors.push_back(device);
    }
    if (actors.empty()) {
        attack.active = false;
        return;
    }
    const int actor = actors[static_cast<std::size_t>(m_rng.belowInt(static_cast<int>(actors.size())))];
    const QString &actorId = m_deviceIds[actor];
    const int roll = m_rng.belowInt(100);
    const auto beacon = [&] {
        QJsonObject details;
        details.insert("interval_s"_L1, static_cast<int>(m_rng.between(30, 120)));
        emitter.add(timeUs, actorId, ThreatType::MalwareBeacon, Severity::Critical, actorId,
                    m_commandAndControl[attack.commandAndControl], std::move(details));
    };
    const auto scan = [&](int peer) {
        QJsonObject details;
        details.insert("ports"_L1, static_cast<int>(m_rng.between(20, 200)));
        const QString &peerId = m_deviceIds[peer];
        emitter.add(timeUs, peerId, ThreatType::PortScan,
                    m_safetyCritical[peer] ? raised(Severity::Major) : Severity::Major, actorId, peerId,
                    std::move(details));
    };

    if (roll < 30) {
        beacon();
    } else if (roll < 80) {
        // Lateral movement: probe or take over a neighbour on the same site.
        const int begin = m_peerOffsets[static_cast<std::size_t>(actor)];
        const int end = m_peerOffsets[static_cast<std::size_t>(actor) + 1];
        std::vector<int> fresh;
        std::vector<int> reachable;
        for (int i = begin; i < end; ++i) {
            const int peer = m_peers[static_cast<std::size_t>(i)];
            if (blocked(peer))
                continue;
            reachable.push_back(peer);
            if (std::find(attack.infected.begin(), attack.infected.end(), peer) == attack.infected.end())
                fresh.push_back(peer);
        }
        if (roll >= 55 && !fresh.empty()) {
            const int victim = fresh[static_cast<std::size_t>(m_rng.belowInt(static_cast<int>(fresh.size())))];
            const int cls = m_classOf[static_cast<std::size_t>(victim)];
            const QString &victimId = m_deviceIds[victim];
            QJsonObject details;
            details.insert("service"_L1, cls >= 0
                                             ? pickFrom(m_rng, deviceClassProfiles()[cls].services, fallbackService)
                                             : fallbackService);
            details.insert("lateral"_L1, true);
            if (m_rng.belowInt(2) == 0) {
                details.insert("username"_L1, adminUser);
                emitter.add(timeUs, victimId, ThreatType::DefaultCredentials, Severity::Critical, actorId, victimId,
                            std::move(details));
            } else {
                details.insert("attempts"_L1, static_cast<int>(m_rng.between(20, 500)));
                emitter.add(timeUs, victimId, ThreatType::BruteForce, Severity::Critical, actorId, victimId,
                            std::move(details));
            }
            attack.infected.push_back(victim);
        } else if (!reachable.empty()) {
            scan(reachable[static_cast<std::size_t>(m_rng.belowInt(static_cast<int>(reachable.size())))]);
        } else {
            beacon();
        }
    } else if (roll < 92) {
        QJsonObject details;
        details.insert("bytes_out"_L1, m_rng.between(50LL << 20, 4LL << 30));
        emitter.add(timeUs, actorId, ThreatType::Exfiltration, Severity::Critical, actorId,
                    m_externalAddresses[m_rng.belowInt(256)], std::move(details));
    } else {
        const int cls = m_classOf[static_cast<std::size_t>(actor)];
        const int gateway = m_gatewayOf[static_cast<std::size_t>(actor)];
        QJsonObject details;
        details.insert("protocol"_L1, cls >= 0 ? pickFrom(m_rng, deviceClassProfiles()[cls].protocols, fallbackProtocol)
                                               : fallbackProtocol);
        emitter.add(timeUs, actorId, ThreatType::ProtocolViolation, Severity::Major, actorId,
                    gateway >= 0 ? m_gatewayIds[gateway] : QString(), std::move(details));
    }

    if (--attack.remaining <= 0) {
        attack.active = false;
        return;
    }
    schedule(timeUs + m_rng.between(500000, 4000000), AgendaKind::AttackStep, slot);
}

} // namespace warden
