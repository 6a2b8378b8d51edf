#pragma once

#include "domain/Enums.h"
#include "domain/ThreatEvent.h"
#include "sim/DeviceCatalog.h"
#include "sim/FleetGenerator.h"
#include "sim/SimRandom.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace warden {

// True for event types that need the device's network traffic (port_scan, brute_force, malware_beacon,
// exfiltration, protocol_violation, licence_violation): an isolated or disabled device cannot produce them.
bool isTrafficEvent(ThreatType type);

// True when a quarantine level cuts the device off the network (isolate, disable, revoke_credentials: without a
// valid credential it cannot authenticate to its gateway).
bool blocksTraffic(QuarantineLevel level);

// Produces the simulated threat stream of one fleet: background noise (per-class type mix and realistic
// severities), bursts (one outside address sweeping or brute-forcing a site) and attack campaigns that start on
// one device and move laterally along peer links inside its site (source = infected device, destination = next
// device). Not responsible for sequence numbers (left 0; the store assigns them) or for scripted scenarios.
//
// Determinism: the same fleet, seed, rate and sequence of calls give the same events on every machine. Time is a
// single cursor: advance() continues from where the previous call stopped, so splitting an interval into several
// calls yields the same events as one call. Overlapping intervals never repeat events; a gap (fromMs after the
// previous toMs) is treated as frozen time: the pending agenda moves forward by the gap and nothing is emitted.
//
// unknown_device events are reported against the gateway that saw the stranger (deviceId = gateway id).
class EventGenerator {
public:
    EventGenerator(const GeneratedFleet &fleet, quint64 seed, double eventsPerSecond);

    // Events with time in [fromMs, toMs) (simulated milliseconds since epoch), ascending by time.
    QList<ThreatEvent> advance(qint64 fromMs, qint64 toMs, const QDateTime &epoch);

    // Isolated and disabled devices stop producing traffic events and stop spreading attacks.
    void setQuarantine(const QString &deviceId, QuarantineLevel level);

    // Scopes the device holds a licence for; licence violations then only name scopes outside this list
    // (a device licensed for everything it uses produces none). Without a call every use is a violation.
    void setLicensedScopes(const QString &deviceId, const QStringList &scopes);

    double eventsPerSecond() const { return m_eventsPerSecond; }
    // Takes effect from the next arrival drawn.
    void setEventsPerSecond(double eventsPerSecond);

    int activeAttackCount() const;

private:
    enum class AgendaKind : quint8 { Background, BurstStart, AttackStart, BurstStep, AttackStep };
    struct AgendaEntry {
        qint64 timeUs;
        quint64 order;
        AgendaKind kind;
        int slot;
    };
    struct Burst {
        int site = -1;
        int remaining = 0;
        qint64 gapUs = 0;
        int sourceAddress = 0;
        ThreatType type = ThreatType::PortScan;
        bool active = false;
    };
    struct Attack {
        std::vector<int> infected;
        int remaining = 0;
        int commandAndControl = 0;
        bool active = false;
    };
    struct Emitter; // builds events into one output list

    void computeRates();
    void schedule(qint64 timeUs, AgendaKind kind, int slot = -1);
    qint64 poissonGap(double ratePerSecond);
    double streamRate(AgendaKind kind) const;
    void scheduleStream(AgendaKind kind, qint64 fromUs);
    // Its traffic is dropped (isolated, disabled or revoked).
    bool blocked(int device) const { return m_blocked[static_cast<std::size_t>(device)] != 0; }
    // Nothing it sends is accepted (its credential is revoked).
    bool silenced(int device) const { return m_blocked[static_cast<std::size_t>(device)] == 2; }
    int pickDevice();
    ThreatType pickType(int classIndex);
    int randomPeer(int device);

    void runBackground(Emitter &emitter, qint64 timeUs);
    void startBurst(qint64 timeUs);
    void runBurst(Emitter &emitter, qint64 timeUs, int slot);
    void startAttack(Emitter &emitter, qint64 timeUs);
    void runAttack(Emitter &emitter, qint64 timeUs, int slot);

    // Fleet, flattened into arrays indexed by device number.
    QList<QString> m_deviceIds;
    QList<QString> m_firmware;
    QList<QString> m_gatewayIds;
    QList<QString> m_gatewaySegments;
    QList<QString> m_siteBuckets;
    std::vector<int> m_classOf;   // -1 = class not in the catalogue
    std::vector<int> m_gatewayOf; // -1 = unknown gateway
    std::vector<int> m_siteOf;    // -1 = unknown site
    std::vector<quint8> m_safetyCritical;
    std::vector<quint8> m_blocked;
    std::vector<int> m_peerOffsets; // CSR adjacency of same-site peer links
    std::vector<int> m_peers;
    std::vector<int> m_siteOffsets; // CSR: devices per site
    std::vector<int> m_siteDevices;
    std::vector<int> m_hotDevices; // a noisy few that draw a fifth of the background
    QHash<QString, int> m_indexById;
    QHash<int, QStringList> m_licensedScopes;
    std::vector<std::array<int, ThreatTypeCount>> m_typeCumulative; // per class, last row generic

    // Precomputed strings so the hot loop only copies references.
    QStringList m_externalAddresses;
    QStringList m_commandAndControl;
    QStringList m_macAddresses;

    SimRandom m_rng;
    double m_eventsPerSecond = 0;
    double m_backgroundRate = 0;
    double m_burstRate = 0;
    double m_attackRate = 0;
    int m_meanBurstSize = 0;
    std::vector<AgendaEntry> m_agenda; // binary min-heap on (timeUs, order)
    quint64 m_order = 0;
    qint64 m_cursorUs = 0;
    bool m_started = false;
    std::array<bool, 3> m_streamPending{}; // per Poisson stream (Background, BurstStart, AttackStart)
    std::vector<Burst> m_bursts;
    std::vector<Attack> m_attacks;
};

} // namespace warden
