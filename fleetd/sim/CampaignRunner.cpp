#include "sim/CampaignRunner.h"

#include "sim/SimRandom.h"

#include <algorithm>
#include <cmath>

namespace warden {

using namespace Qt::StringLiterals;

namespace {

constexpr int StateCount = static_cast<int>(DeviceUpdateState::NeedsPhysicalService) + 1;

// Salts of the per-device draws.
enum Salt : quint64 { StaggerSalt = 1, DownloadSalt, InstallSalt, FailSalt, FailPhaseSalt, ShuffleSalt };

// FNV-1a over the UTF-16 code units: stable across processes, unlike qHash (which is randomly seeded).
quint64 stableHash(const QString &text)
{
    quint64 hash = 0xCBF29CE484222325ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

bool stepAfter(const auto &a, const auto &b)
{
    return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.order > b.order;
}

QString hhmm(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

} // namespace

CampaignRunner::CampaignRunner(Campaign campaign, QList<Device> targets, QHash<QString, Site> sites, quint64 seed,
                               double failureRate, MaintenanceWindow window,
                               QHash<QString, MaintenanceWindow> siteWindows)
    : m_campaign(std::move(campaign))
    , m_seed(seed)
    , m_failureRate(std::clamp(failureRate, 0.0, 1.0))
    , m_window(window)
{
    if (!m_window.start.isValid())
        m_window.start = QTime(0, 0);
    if (!m_window.end.isValid())
        m_window.end = m_window.start;

    // Duplicates would be updated twice; the first occurrence wins.
    QHash<QString, int> zoneOfSite;
    QHash<QString, bool> seen;
    m_targets.reserve(static_cast<std::size_t>(targets.size()));
    for (const Device &device : std::as_const(targets)) {
        if (seen.contains(device.id))
            continue;
        seen.insert(device.id, true);
        Target target;
        target.id = device.id;
        target.deviceClass = device.deviceClass;
        target.online = device.capabilities.onlineUpdate;
        target.needsWindow = device.capabilities.needsMaintenanceWindow;
        target.key = stableHash(device.id);
        if (target.needsWindow) {
            target.window = siteWindows.value(device.siteId, m_window);
            if (!target.window.start.isValid())
                target.window.start = QTime(0, 0);
            if (!target.window.end.isValid())
                target.window.end = target.window.start;
            auto zone = zoneOfSite.constFind(device.siteId);
            if (zone == zoneOfSite.cend()) {
                const Site site = sites.value(device.siteId);
                QTimeZone tz(site.timeZone.toUtf8());
                if (!tz.isValid())
                    tz = QTimeZone(QByteArrayLiteral("UTC"));
                m_zones.append(tz);
                m_zoneNames.append(tz.id() == "UTC" && site.timeZone.isEmpty() ? u"UTC"_s : QString::fromUtf8(tz.id()));
                m_zoneSiteIds.append(device.siteId);
                m_zoneOwnWindow.append(siteWindows.contains(device.siteId));
                zone = zoneOfSite.insert(device.siteId, static_cast<int>(m_zones.size()) - 1);
            }
            target.zone = zone.value();
        }
        m_targets.push_back(std::move(target));
    }
    // Canary order: sort by id, then a seeded shuffle, so the input order does not matter.
    std::sort(m_targets.begin(), m_targets.end(), [](const Target &a, const Target &b) { return a.id < b.id; });
    SimRandom shuffle(hashKey(m_seed, ShuffleSalt));
    for (std::size_t i = m_targets.size(); i > 1; --i)
        std::swap(m_targets[i - 1], m_targets[static_cast<std::size_t>(shuffle.below(i))]);
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        m_indexById.insert(m_targets[i].id, static_cast<int>(i));

    // Waves by cumulative percent; a campaign without waves is one wave to 100 % with a 10 % threshold.
    QList<CampaignWave> waves = m_campaign.waves;
    if (waves.isEmpty())
        waves.append(CampaignWave{});
    const auto total = static_cast<int>(m_targets.size());
    int previousEnd = 0;
    for (const CampaignWave &wave : std::as_const(waves)) {
        const double percent = std::clamp(wave.percent, 0.0, 100.0);
        int end = static_cast<int>(std::ceil(percent * total / 100.0 - 1e-9));
        end = std::clamp(end, previousEnd, total);
        WaveProgress progress;
        progress.first = previousEnd;
        progress.end = end;
        progress.failureThreshold = wave.failureThresholdPercent;
        m_waves.push_back(progress);
        previousEnd = end;
    }
    for (std::size_t w = 0; w < m_waves.size(); ++w) {
        for (int i = m_waves[w].first; i < m_waves[w].end; ++i) {
            Target &target = m_targets[static_cast<std::size_t>(i)];
            target.wave = static_cast<int>(w);
            if (target.online)
                ++m_waves[w].online;
        }
    }
    // Targets beyond the last wave's percent are not part of this campaign's rollout but still counted as queued.
    for (int i = previousEnd; i < total; ++i)
        m_targets[static_cast<std::size_t>(i)].wave = static_cast<int>(m_waves.size()) - 1;
    m_counts[static_cast<int>(DeviceUpdateState::Queued)] = total;
    syncCounts();
}

void CampaignRunner::schedule(qint64 timeMs, StepKind kind, int index, quint32 generation)
{
    m_steps.push_back(Step{timeMs, m_order++, kind, index, generation});
    std::push_heap(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return stepAfter(a, b); });
}

qint64 CampaignRunner::draw(const Target &target, quint64 salt, qint64 low, qint64 high) const
{
    const quint64 hash = hashKey(m_seed ^ target.key, static_cast<quint64>(target.attempts), salt);
    return low + static_cast<qint64>(hash % static_cast<quint64>(high - low + 1));
}

QList<DeviceUpdateChange> CampaignRunner::advance(qint64 nowMs, const QDateTime &epoch)
{
    m_epochMs = epoch.toMSecsSinceEpoch();
    if (!m_started) {
        m_started = true;
        m_nowMs = nowMs;
        switch (m_campaign.state) {
        case CampaignState::Draft:
        case CampaignState::PendingApproval:
        case CampaignState::Scheduled:
        case CampaignState::Running:
            m_campaign.state = CampaignState::Running;
            m_waves[0].scheduled = true;
            schedule(nowMs, StepKind::WaveStart, 0);
            break;
        case CampaignState::Paused:
            m_waves[0].scheduled = true;
            m_deferredWave = 0;
            break;
        case CampaignState::Halted:
        case CampaignState::Aborted:
        case CampaignState::Completed: break;
        }
    }
    const auto after = [](const Step &a, const Step &b) { return stepAfter(a, b); };
    while (!m_steps.empty() && m_steps.front().timeMs <= nowMs) {
        std::pop_heap(m_steps.begin(), m_steps.end(), after);
        const Step step = m_steps.back();
        m_steps.pop_back();
        m_nowMs = std::max(m_nowMs, step.timeMs);
        process(step);
    }
    m_nowMs = std::max(m_nowMs, nowMs);
    syncCounts();
    QList<DeviceUpdateChange> out;
    out.swap(m_changes);
    return out;
}

void CampaignRunner::process(const Step &step)
{
    if (step.kind == StepKind::WaveStart) {
        startWave(step.index, step.timeMs);
        return;
    }
    Target &target = m_targets[static_cast<std::size_t>(step.index)];
    if (step.generation != target.generation)
        return; // superseded by a retry or an abort
    switch (step.kind) {
    case StepKind::WaveStart: break;
    case StepKind::DeviceStart: startDevice(step.index, step.timeMs); break;
    case StepKind::DownloadDone: {
        const bool fails =
            hashUnit(hashKey(m_seed ^ target.key, static_cast<quint64>(target.attempts), FailSalt)) < m_failureRate;
        const bool failsInDownload = fails && draw(target, FailPhaseSalt, 0, 9) < 4;
        if (failsInDownload) {
            finishDevice(step.index, step.timeMs, false, u"Download failed: image checksum mismatch after transfer"_s);
            break;
        }
        change(step.index, DeviceUpdateState::Installing, step.timeMs, u"Installing "_s + m_campaign.firmwareId);
        schedule(step.timeMs + draw(target, InstallSalt, 30000, 120000), StepKind::InstallDone, step.index,
                 target.generation);
        break;
    }
    case StepKind::InstallDone: {
        const bool fails =
            hashUnit(hashKey(m_seed ^ target.key, static_cast<quint64>(target.attempts), FailSalt)) < m_failureRate;
        if (fails)
            finishDevice(step.index, step.timeMs, false, u"Install failed: device rolled back to its previous image"_s);
        else
            finishDevice(step.index, step.timeMs, true, u"Installed "_s + m_campaign.firmwareId);
        break;
    }
    }
}

void CampaignRunner::startWave(int wave, qint64 timeMs)
{
    if (m_campaign.state != CampaignState::Running) {
        if (m_campaign.state == CampaignState::Paused || m_campaign.state == CampaignState::Halted)
            m_deferredWave = wave;
        return;
    }
    WaveProgress &progress = m_waves[static_cast<std::size_t>(wave)];
    if (progress.started)
        return;
    progress.started = true;
    m_campaign.currentWave = wave + 1;
    for (int i = progress.first; i < progress.end; ++i) {
        Target &target = m_targets[static_cast<std::size_t>(i)];
        if (!target.online) {
            change(i, DeviceUpdateState::NeedsPhysicalService, timeMs,
                   u"Cannot take an online update: a technician must install "_s + m_campaign.firmwareId +
                       u" on site"_s);
            continue;
        }
        // Staggered so a wave does not hit the update server in one instant.
        schedule(timeMs + draw(target, StaggerSalt, 0, 30000), StepKind::DeviceStart, i, target.generation);
    }
    checkWaveComplete(wave, timeMs);
}

void CampaignRunner::startDevice(int index, qint64 timeMs)
{
    Target &target = m_targets[static_cast<std::size_t>(index)];
    if (m_campaign.state == CampaignState::Aborted)
        return;
    if (m_campaign.state != CampaignState::Running) {
        m_deferredDevices.push_back(index);
        return;
    }
    if (target.needsWindow) {
        qint64 nextOpen = 0;
        if (!inWindow(target, timeMs, &nextOpen)) {
            if (target.state != DeviceUpdateState::WaitingForWindow) {
                const QDateTime opens = QDateTime::fromMSecsSinceEpoch(m_epochMs + nextOpen, m_zones[target.zone]);
                change(index, DeviceUpdateState::WaitingForWindow, timeMs,
                       u"Waiting for the maintenance window "_s + windowText(target) + u"; opens "_s +
                           opens.toString(u"yyyy-MM-dd HH:mm"_s));
            }
            schedule(nextOpen, StepKind::DeviceStart, index, target.generation);
            return;
        }
    }
    ++target.attempts;
    change(index, DeviceUpdateState::Downloading, timeMs, u"Downloading "_s + m_campaign.firmwareId);
    schedule(timeMs + draw(target, DownloadSalt, 20000, 90000), StepKind::DownloadDone, index, target.generation);
}

void CampaignRunner::finishDevice(int index, qint64 timeMs, bool success, const QString &message)
{
    Target &target = m_targets[static_cast<std::size_t>(index)];
    WaveProgress &wave = m_waves[static_cast<std::size_t>(target.wave)];
    change(index, success ? DeviceUpdateState::Succeeded : DeviceUpdateState::Failed, timeMs, message);
    if (success) {
        ++wave.succeeded;
    } else {
        ++wave.failed;
        checkThreshold(target.wave);
    }
    checkWaveComplete(target.wave, timeMs);
}

void CampaignRunner::change(int index, DeviceUpdateState to, qint64 timeMs, const QString &message)
{
    Target &target = m_targets[static_cast<std::size_t>(index)];
    const DeviceUpdateState from = target.state;
    --m_counts[static_cast<std::size_t>(from)];
    ++m_counts[static_cast<std::size_t>(to)];
    target.state = to;
    target.message = message;
    m_changes.append(DeviceUpdateChange{target.id, from, to, timeMs, target.wave + 1, message});
}

void CampaignRunner::checkThreshold(int wave)
{
    const WaveProgress &progress = m_waves[static_cast<std::size_t>(wave)];
    if (m_campaign.state != CampaignState::Running || progress.online == 0)
        return;
    const double failedPercent = 100.0 * progress.failed / progress.online;
    if (failedPercent <= progress.failureThreshold)
        return;
    m_campaign.state = CampaignState::Halted;
    m_campaign.haltReason =
        u"Wave %1 halted: %2 of %3 devices failed (%4 %), above the failure threshold of %5 %"_s.arg(wave + 1)
            .arg(progress.failed)
            .arg(progress.online)
            .arg(failedPercent, 0, 'f', 1)
            .arg(progress.failureThreshold, 0, 'g', 4);
}

void CampaignRunner::checkWaveComplete(int wave, qint64 timeMs)
{
    WaveProgress &progress = m_waves[static_cast<std::size_t>(wave)];
    if (!progress.started || progress.complete || progress.succeeded + progress.failed < progress.online)
        return;
    progress.complete = true;
    const std::size_t next = static_cast<std::size_t>(wave) + 1;
    if (next < m_waves.size()) {
        // A halted or aborted campaign does not move on; resume() picks it up.
        if (!m_waves[next].scheduled &&
            (m_campaign.state == CampaignState::Running || m_campaign.state == CampaignState::Paused)) {
            m_waves[next].scheduled = true;
            schedule(timeMs + qint64(m_campaign.waitMinutesBetweenWaves) * 60000, StepKind::WaveStart,
                     static_cast<int>(next));
        }
    }
    // Also after a retried device of an earlier wave finishes last.
    checkCampaignComplete();
}

void CampaignRunner::checkCampaignComplete()
{
    if (m_campaign.state != CampaignState::Running)
        return;
    for (const WaveProgress &progress : m_waves) {
        if (!progress.started || !progress.complete)
            return;
    }
    m_campaign.state = CampaignState::Completed;
}

void CampaignRunner::releaseDeferred(qint64 timeMs)
{
    // Deferred starts in target order, so the replay does not depend on when they were deferred.
    std::vector<int> devices;
    devices.swap(m_deferredDevices);
    std::sort(devices.begin(), devices.end());
    devices.erase(std::unique(devices.begin(), devices.end()), devices.end());
    for (int index : devices)
        schedule(timeMs, StepKind::DeviceStart, index, m_targets[static_cast<std::size_t>(index)].generation);
    if (m_deferredWave >= 0) {
        schedule(timeMs, StepKind::WaveStart, m_deferredWave);
        m_deferredWave = -1;
    }
    // A wave that finished while halted: move on now.
    for (std::size_t w = 0; w + 1 < m_waves.size(); ++w) {
        if (m_waves[w].complete && !m_waves[w + 1].scheduled) {
            m_waves[w + 1].scheduled = true;
            schedule(timeMs, StepKind::WaveStart, static_cast<int>(w + 1));
        }
    }
    checkCampaignComplete();
}

Status CampaignRunner::pause()
{
    if (m_campaign.state != CampaignState::Running)
        return Status::failure(
            u"Only a running campaign can be paused; this one is %1."_s.arg(toString(m_campaign.state)));
    m_campaign.state = CampaignState::Paused;
    return Status::success();
}

Status CampaignRunner::resume()
{
    if (m_campaign.state != CampaignState::Paused && m_campaign.state != CampaignState::Halted)
        return Status::failure(
            u"Only a paused or halted campaign can be resumed; this one is %1."_s.arg(toString(m_campaign.state)));
    m_campaign.state = CampaignState::Running;
    m_campaign.haltReason.clear();
    if (m_started)
        releaseDeferred(m_nowMs);
    syncCounts();
    return Status::success();
}

Status CampaignRunner::abort()
{
    if (m_campaign.state == CampaignState::Completed || m_campaign.state == CampaignState::Aborted)
        return Status::failure(u"The campaign is already %1 and cannot be aborted."_s.arg(toString(m_campaign.state)));
    m_campaign.state = CampaignState::Aborted;
    m_deferredDevices.clear();
    m_deferredWave = -1;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        Target &target = m_targets[i];
        if (target.state == DeviceUpdateState::WaitingForWindow) {
            ++target.generation;
            change(static_cast<int>(i), DeviceUpdateState::Queued, m_nowMs,
                   u"Campaign aborted before the maintenance window opened"_s);
        }
    }
    syncCounts();
    return Status::success();
}

Result<int> CampaignRunner::retryFailed()
{
    if (m_campaign.state == CampaignState::Aborted)
        return Result<int>::failure(u"The campaign was aborted; start a new campaign instead of retrying."_s);
    int retried = 0;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        Target &target = m_targets[i];
        if (target.state != DeviceUpdateState::Failed)
            continue;
        WaveProgress &wave = m_waves[static_cast<std::size_t>(target.wave)];
        --wave.failed;
        wave.complete = false;
        ++target.generation;
        change(static_cast<int>(i), DeviceUpdateState::Queued, m_nowMs,
               u"Retry requested after %1 attempt(s)"_s.arg(target.attempts));
        if (m_campaign.state == CampaignState::Running || m_campaign.state == CampaignState::Completed ||
            m_campaign.state == CampaignState::Halted)
            schedule(m_nowMs + draw(target, StaggerSalt, 0, 30000), StepKind::DeviceStart, static_cast<int>(i),
                     target.generation);
        else
            m_deferredDevices.push_back(static_cast<int>(i));
        ++retried;
    }
    if (retried > 0 && (m_campaign.state == CampaignState::Completed || m_campaign.state == CampaignState::Halted)) {
        m_campaign.state = CampaignState::Running;
        m_campaign.haltReason.clear();
        releaseDeferred(m_nowMs);
    }
    syncCounts();
    return retried;
}

Status CampaignRunner::markServiced(const QString &deviceId)
{
    const int index = m_indexById.value(deviceId, -1);
    if (index < 0)
        return Status::failure(u"Device %1 is not a target of this campaign."_s.arg(deviceId));
    if (m_targets[static_cast<std::size_t>(index)].state != DeviceUpdateState::NeedsPhysicalService)
        return Status::failure(u"Device %1 is not waiting for physical service."_s.arg(deviceId));
    change(index, DeviceUpdateState::Succeeded, m_nowMs, u"Serviced on site: installed "_s + m_campaign.firmwareId);
    syncCounts();
    return Status::success();
}

std::optional<DeviceUpdateState> CampaignRunner::stateOf(const QString &deviceId) const
{
    const int index = m_indexById.value(deviceId, -1);
    if (index < 0)
        return std::nullopt;
    return m_targets[static_cast<std::size_t>(index)].state;
}

int CampaignRunner::waveOf(const QString &deviceId) const
{
    const int index = m_indexById.value(deviceId, -1);
    return index < 0 ? 0 : m_targets[static_cast<std::size_t>(index)].wave + 1;
}

QList<DeviceUpdateStatus> CampaignRunner::deviceStatuses() const
{
    QList<DeviceUpdateStatus> statuses;
    statuses.reserve(static_cast<qsizetype>(m_targets.size()));
    for (const Target &target : m_targets)
        statuses.append(DeviceUpdateStatus{target.id, target.state, target.message, target.wave + 1, target.attempts});
    std::sort(statuses.begin(), statuses.end(),
              [](const DeviceUpdateStatus &a, const DeviceUpdateStatus &b) { return a.deviceId < b.deviceId; });
    return statuses;
}

QStringList CampaignRunner::devicesNeedingService() const
{
    QStringList ids;
    for (const Target &target : m_targets) {
        if (target.state == DeviceUpdateState::NeedsPhysicalService)
            ids.append(target.id);
    }
    ids.sort();
    return ids;
}

bool CampaignRunner::inWindow(const Target &target, qint64 timeMs, qint64 *nextOpenMs) const
{
    const MaintenanceWindow &window = target.window;
    if (window.start == window.end)
        return true;
    const QTimeZone &zone = m_zones[target.zone];
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(m_epochMs + timeMs, zone);
    const QTime time = local.time();
    const bool inside = window.start < window.end ? (time >= window.start && time < window.end)
                                                  : (time >= window.start || time < window.end);
    if (inside)
        return true;
    QDateTime open(local.date(), window.start, zone);
    if (!open.isValid() || open.toMSecsSinceEpoch() <= m_epochMs + timeMs)
        open = QDateTime(local.date().addDays(1), window.start, zone);
    if (!open.isValid()) // the start falls into a daylight-saving gap: an hour later exists
        open = QDateTime(local.date().addDays(1), window.start.addSecs(3600), zone);
    qint64 next = open.toMSecsSinceEpoch() - m_epochMs;
    if (next <= timeMs)
        next = timeMs + 60000;
    *nextOpenMs = next;
    return false;
}

QList<CampaignRunner::WindowWait> CampaignRunner::windowWaits() const
{
    std::vector<int> waiting(static_cast<std::size_t>(m_zones.size()), 0);
    std::vector<int> sample(static_cast<std::size_t>(m_zones.size()), -1);
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        const Target &target = m_targets[i];
        if (target.state != DeviceUpdateState::WaitingForWindow || target.zone < 0)
            continue;
        ++waiting[static_cast<std::size_t>(target.zone)];
        sample[static_cast<std::size_t>(target.zone)] = static_cast<int>(i);
    }
    QList<WindowWait> waits;
    for (std::size_t zone = 0; zone < waiting.size(); ++zone) {
        if (waiting[zone] == 0)
            continue;
        const Target &target = m_targets[static_cast<std::size_t>(sample[zone])];
        WindowWait wait;
        wait.siteId = m_zoneSiteIds.at(static_cast<qsizetype>(zone));
        wait.timeZone = m_zoneNames.at(static_cast<qsizetype>(zone));
        wait.window = target.window; // every window-bound device of a site has the same window
        wait.siteWindow = m_zoneOwnWindow.at(static_cast<qsizetype>(zone));
        wait.waiting = waiting[zone];
        qint64 next = 0;
        if (!inWindow(target, m_nowMs, &next))
            wait.nextOpenMs = m_epochMs + next;
        waits.append(wait);
    }
    std::sort(waits.begin(), waits.end(), [](const WindowWait &a, const WindowWait &b) { return a.siteId < b.siteId; });
    return waits;
}

QString CampaignRunner::windowText(const Target &target) const
{
    return hhmm(target.window.start) + u'-' + hhmm(target.window.end) + u" ("_s + m_zoneNames[target.zone] + u')';
}

void CampaignRunner::syncCounts()
{
    for (int s = 0; s < StateCount; ++s)
        m_campaign.counts[static_cast<DeviceUpdateState>(s)] = m_counts[static_cast<std::size_t>(s)];
}

} // namespace warden
