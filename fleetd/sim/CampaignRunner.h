#pragma once

#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Enums.h"
#include "domain/Site.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>
#include <vector>

namespace warden {

// One transition of one device in a rollout, in simulated time.
struct DeviceUpdateChange {
    QString deviceId;
    DeviceUpdateState from = DeviceUpdateState::Queued;
    DeviceUpdateState to = DeviceUpdateState::Queued;
    qint64 timeMs = 0; // simulated milliseconds since the epoch
    int wave = 0;      // 1-based wave the device belongs to
    QString message;   // why, for people: failure cause, window, physical service
    friend bool operator==(const DeviceUpdateChange &, const DeviceUpdateChange &) = default;
};

// Where one target stands (GET /campaigns/{id}/devices).
struct DeviceUpdateStatus {
    QString deviceId;
    DeviceUpdateState state = DeviceUpdateState::Queued;
    QString message;
    int wave = 0;     // 1-based
    int attempts = 0; // installs started, counting retries
};

// Local time of day in each site's own time zone during which window-bound devices may update. start == end
// means the whole day; start > end wraps past midnight (e.g. 22:00-04:00).
struct MaintenanceWindow {
    QTime start = QTime(1, 0);
    QTime end = QTime(5, 0);
};

// Executes one firmware campaign over simulated time, hawkBit style. Targets are ordered by a seeded shuffle
// (independent of the order they are passed in) and split into waves by cumulative percent. In a running wave
// every device goes queued -> downloading -> installing -> succeeded | failed; devices that need a maintenance
// window wait (waiting_for_window) until their site's window (siteWindows by site id, else the campaign's default
// window) opens in their site's time zone; devices that cannot take an
// online update go to needs_physical_service and stay there until markServiced(). Failures are drawn per
// (seed, device id, attempt) with the given rate, so one campaign replays identically. When a wave's failed share
// of its online devices exceeds its failure threshold the campaign halts with a reason; the next wave starts
// waitMinutesBetweenWaves after the previous one has finished (every online device succeeded or failed).
//
// Control calls (pause, resume, abort, retryFailed, markServiced) act at the time of the latest advance(); their
// transitions are returned by the next advance(). Installs already under way finish even after pause or abort
// (cutting power mid-flash bricks devices); no new device starts. Not responsible for approvals, auditing or
// checking that the firmware image is signed: the caller does that before it builds a runner.
class CampaignRunner {
public:
    CampaignRunner(Campaign campaign, QList<Device> targets, QHash<QString, Site> sites, quint64 seed,
                   double failureRate, MaintenanceWindow window = {},
                   QHash<QString, MaintenanceWindow> siteWindows = {});

    // Runs the campaign up to nowMs (simulated ms since epoch). The first call starts it at nowMs: a draft,
    // scheduled or pending campaign becomes running; a paused one starts paused; halted/aborted/completed ones
    // stay as they are. Returns the transitions since the previous call, in time order.
    QList<DeviceUpdateChange> advance(qint64 nowMs, const QDateTime &epoch);

    Status pause();                               // running -> paused
    Status resume();                              // paused or halted -> running (a resumed halt clears its reason)
    Status abort();                               // anything but completed/aborted -> aborted; later waves never start
    Result<int> retryFailed();                    // failed devices -> queued for another attempt; returns how many
    Status markServiced(const QString &deviceId); // needs_physical_service -> succeeded

    // The campaign with state, currentWave (number of waves started), haltReason and counts kept current.
    const Campaign &campaign() const { return m_campaign; }
    std::optional<DeviceUpdateState> stateOf(const QString &deviceId) const;
    QList<DeviceUpdateStatus> deviceStatuses() const;
    QStringList devicesNeedingService() const;
    int targetCount() const { return static_cast<int>(m_targets.size()); }
    int waveOf(const QString &deviceId) const; // 1-based, 0 when not a target

    // The sites whose devices wait for their maintenance window at the latest advance(), ordered by site id: the
    // window they wait for (the site's own or the default), the site's zone, how many devices wait and when the
    // window opens next (simulated ms since the Unix epoch; -1 when it is open and the devices are about to start).
    struct WindowWait {
        QString siteId;
        QString timeZone;
        MaintenanceWindow window;
        bool siteWindow = false;
        int waiting = 0;
        qint64 nextOpenMs = -1;
    };
    QList<WindowWait> windowWaits() const;

private:
    enum class StepKind : quint8 { WaveStart, DeviceStart, DownloadDone, InstallDone };
    struct Step {
        qint64 timeMs;
        quint64 order;
        StepKind kind;
        int index; // wave or target index
        quint32 generation;
    };
    struct Target {
        QString id;
        QString deviceClass;
        int wave = 0;
        int zone = -1; // index into m_zones; -1 = UTC
        MaintenanceWindow window; // the site's own window or the campaign's default
        bool online = true;
        bool needsWindow = false;
        quint64 key = 0; // stable hash of the id: per-device draws do not depend on list order
        DeviceUpdateState state = DeviceUpdateState::Queued;
        int attempts = 0;
        quint32 generation = 0; // bumps on retry/abort so stale steps are ignored
        QString message;
    };
    struct WaveProgress {
        int first = 0;
        int end = 0;
        double failureThreshold = 10.0;
        int online = 0;
        int succeeded = 0;
        int failed = 0;
        bool started = false;
        bool scheduled = false;
        bool complete = false;
    };

    void schedule(qint64 timeMs, StepKind kind, int index, quint32 generation = 0);
    void process(const Step &step);
    void startWave(int wave, qint64 timeMs);
    void startDevice(int index, qint64 timeMs);
    void finishDevice(int index, qint64 timeMs, bool success, const QString &message);
    void change(int index, DeviceUpdateState to, qint64 timeMs, const QString &message);
    void checkThreshold(int wave);
    void checkWaveComplete(int wave, qint64 timeMs);
    void checkCampaignComplete();
    void releaseDeferred(qint64 timeMs);
    bool inWindow(const Target &target, qint64 timeMs, qint64 *nextOpenMs) const;
    QString windowText(const Target &target) const;
    qint64 draw(const Target &target, quint64 salt, qint64 low, qint64 high) const;
    void syncCounts();

    Campaign m_campaign;
    std::vector<Target> m_targets;
    std::vector<WaveProgress> m_waves;
    QHash<QString, int> m_indexById;
    QList<QTimeZone> m_zones;
    QStringList m_zoneNames;
    QStringList m_zoneSiteIds;   // the site each zone index stands for (one index per site)
    QList<bool> m_zoneOwnWindow; // whether that site has its own window
    quint64 m_seed = 0;
    double m_failureRate = 0;
    MaintenanceWindow m_window;
    std::vector<Step> m_steps; // min-heap on (timeMs, order)
    quint64 m_order = 0;
    std::vector<int> m_deferredDevices; // starts that fell into a pause or halt
    int m_deferredWave = -1;
    QList<DeviceUpdateChange> m_changes;
    std::array<int, 7> m_counts{};
    bool m_started = false;
    qint64 m_nowMs = 0;
    qint64 m_epochMs = 0;
};

} // namespace warden
