#include "DomainCompare.h"
#include "sim/CampaignRunner.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace warden;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60000;
constexpr qint64 Hour = 60 * Minute;

Device makeDevice(int number, const QString &deviceClass, const QString &siteId)
{
    Device device;
    device.id = u"dev-%1"_s.arg(number, 6, 10, QChar(u'0'));
    device.deviceClass = deviceClass;
    device.siteId = siteId;
    device.capabilities.onlineUpdate = deviceClass != u"infusion_pump"_s;
    device.capabilities.safetyCritical = deviceClass == u"infusion_pump"_s;
    device.capabilities.needsMaintenanceWindow = deviceClass == u"plc"_s;
    return device;
}

QList<Device> makeDevices(int first, int count, const QString &deviceClass, const QString &siteId)
{
    QList<Device> devices;
    for (int i = 0; i < count; ++i)
        devices.append(makeDevice(first + i, deviceClass, siteId));
    return devices;
}

Campaign makeCampaign(QList<CampaignWave> waves, int waitMinutes = 0)
{
    Campaign campaign;
    campaign.id = u"cmp-0001"_s;
    campaign.name = u"Camera security update"_s;
    campaign.firmwareId = u"fw-ip_camera-6.0.3"_s;
    campaign.waves = std::move(waves);
    campaign.waitMinutesBetweenWaves = waitMinutes;
    campaign.state = CampaignState::Scheduled;
    return campaign;
}

QHash<QString, Site> makeSites()
{
    QHash<QString, Site> sites;
    Site berlin;
    berlin.id = u"site-01"_s;
    berlin.name = u"Northgate Plant"_s;
    berlin.kind = SiteKind::Factory;
    berlin.timeZone = u"Europe/Berlin"_s;
    sites.insert(berlin.id, berlin);
    Site newYork;
    newYork.id = u"site-02"_s;
    newYork.name = u"Kingsway Works"_s;
    newYork.kind = SiteKind::Factory;
    newYork.timeZone = u"America/New_York"_s;
    sites.insert(newYork.id, newYork);
    Site hospital;
    hospital.id = u"site-03"_s;
    hospital.name = u"St. Mary Hospital"_s;
    hospital.kind = SiteKind::Hospital;
    hospital.timeZone = u"Europe/London"_s;
    sites.insert(hospital.id, hospital);
    return sites;
}

int total(const Campaign &campaign)
{
    int sum = 0;
    for (int count : campaign.counts)
        sum += count;
    return sum;
}

} // namespace

class TestSimCampaign : public QObject {
    Q_OBJECT

private slots:
    void completesInWavesWithWaitBetween();
    void replaysIdenticallyWhateverTheInputOrder();
    void differentSeedChangesTheOutcome();
    void haltsWhenAWaveCrossesItsThreshold();
    void retryFailedRequeuesAndCompletes();
    void maintenanceWindowRespectedPerSiteTimeZone();
    void siteWindowsOverrideTheDefault();
    void physicalServiceDevicesNeverGoOnline();
    void abortStopsFurtherWaves();
    void pauseStopsNewStartsUntilResumed();
    void controlCallsRejectWrongStates();
    void countsAlwaysCoverEveryTarget();
    void wavePercentsSplitTargets_data();
    void wavePercentsSplitTargets();

private:
    // Advances in fixed steps until endMs, checking the counts invariant after every step.
    QList<DeviceUpdateChange> run(CampaignRunner &runner, qint64 fromMs, qint64 endMs, qint64 stepMs = 5000)
    {
        QList<DeviceUpdateChange> changes;
        for (qint64 t = fromMs; t <= endMs; t += stepMs) {
            changes += runner.advance(t, m_epoch);
            if (total(runner.campaign()) != runner.targetCount()) {
                qWarning("counts do not add up at %lld", t);
                return {};
            }
        }
        return changes;
    }

    QDateTime m_epoch = QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
};

void TestSimCampaign::completesInWavesWithWaitBetween()
{
    CampaignRunner runner(makeCampaign({{10, 10}, {50, 10}, {100, 10}}, 5),
                          makeDevices(1, 50, u"ip_camera"_s, u"site-01"_s), makeSites(), 7, 0.0);
    const QList<DeviceUpdateChange> changes = run(runner, 0, 2 * Hour);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    QCOMPARE(runner.campaign().currentWave, 3);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Succeeded), 50);
    QCOMPARE(changes.size(), 150); // queued -> downloading -> installing -> succeeded, per device

    // Every device walks the three steps in order.
    QHash<QString, QList<DeviceUpdateState>> paths;
    for (const DeviceUpdateChange &change : changes) {
        QCOMPARE(change.from,
                 paths[change.deviceId].isEmpty() ? DeviceUpdateState::Queued : paths[change.deviceId].last());
        paths[change.deviceId].append(change.to);
    }
    for (const QList<DeviceUpdateState> &path : std::as_const(paths))
        QVERIFY(path == (QList<DeviceUpdateState>{DeviceUpdateState::Downloading, DeviceUpdateState::Installing,
                                                  DeviceUpdateState::Succeeded}));

    // Wave sizes 5, 20, 25; each wave starts at least 5 minutes after the previous one finished.
    QList<int> perWave(4, 0);
    QList<qint64> firstStart(4, -1);
    QList<qint64> lastFinish(4, -1);
    for (const DeviceUpdateChange &change : changes) {
        if (change.to == DeviceUpdateState::Downloading) {
            ++perWave[change.wave];
            if (firstStart[change.wave] < 0)
                firstStart[change.wave] = change.timeMs;
        }
        if (change.to == DeviceUpdateState::Succeeded)
            lastFinish[change.wave] = std::max(lastFinish[change.wave], change.timeMs);
    }
    QCOMPARE(perWave, (QList<int>{0, 5, 20, 25}));
    QVERIFY(firstStart[2] >= lastFinish[1] + 5 * Minute);
    QVERIFY(firstStart[3] >= lastFinish[2] + 5 * Minute);
    QVERIFY(firstStart[2] - lastFinish[1] < 5 * Minute + 40000); // and not much later: stagger is <= 30 s
}

void TestSimCampaign::replaysIdenticallyWhateverTheInputOrder()
{
    QList<Device> devices = makeDevices(1, 40, u"ip_camera"_s, u"site-01"_s);
    devices += makeDevices(100, 10, u"plc"_s, u"site-02"_s);
    QList<Device> reversed = devices;
    std::reverse(reversed.begin(), reversed.end());
    CampaignRunner a(makeCampaign({{20, 30}, {100, 30}}, 2), devices, makeSites(), 42, 0.2);
    CampaignRunner b(makeCampaign({{20, 30}, {100, 30}}, 2), reversed, makeSites(), 42, 0.2);
    const QList<DeviceUpdateChange> first = run(a, 0, 30 * Hour, 60000);
    const QList<DeviceUpdateChange> second = run(b, 0, 30 * Hour, 60000);
    QVERIFY(first.size() > 100);
    QVERIFY(first == second);
    QVERIFY(a.campaign() == b.campaign());
}

void TestSimCampaign::differentSeedChangesTheOutcome()
{
    const QList<Device> devices = makeDevices(1, 40, u"ip_camera"_s, u"site-01"_s);
    CampaignRunner a(makeCampaign({{100, 100}}), devices, makeSites(), 1, 0.3);
    CampaignRunner b(makeCampaign({{100, 100}}), devices, makeSites(), 2, 0.3);
    QVERIFY(!(run(a, 0, Hour) == run(b, 0, Hour)));
}

void TestSimCampaign::haltsWhenAWaveCrossesItsThreshold()
{
    CampaignRunner runner(makeCampaign({{20, 10}, {100, 10}}), makeDevices(1, 50, u"ip_camera"_s, u"site-01"_s),
                          makeSites(), 3, 0.6);
    const QList<DeviceUpdateChange> changes = run(runner, 0, 6 * Hour);
    const Campaign &campaign = runner.campaign();
    QCOMPARE(campaign.state, CampaignState::Halted);
    QCOMPARE(campaign.currentWave, 1);
    QVERIFY2(campaign.haltReason.contains(u"Wave 1"_s), qPrintable(campaign.haltReason));
    QVERIFY2(campaign.haltReason.contains(u"of 10 devices failed"_s), qPrintable(campaign.haltReason));
    QVERIFY2(campaign.haltReason.contains(u"threshold of 10 %"_s), qPrintable(campaign.haltReason));
    // The second wave never started: its 40 devices are still queued and none of them ever moved.
    for (const DeviceUpdateChange &change : changes)
        QCOMPARE(change.wave, 1);
    QVERIFY(campaign.counts.value(DeviceUpdateState::Queued) >= 40);
    QVERIFY(campaign.counts.value(DeviceUpdateState::Failed) >= 2);
}

void TestSimCampaign::retryFailedRequeuesAndCompletes()
{
    const QList<Device> devices = makeDevices(1, 60, u"ip_camera"_s, u"site-01"_s);
    CampaignRunner runner(makeCampaign({{100, 100}}), devices, makeSites(), 5, 0.3);
    run(runner, 0, Hour);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    const int failed = runner.campaign().counts.value(DeviceUpdateState::Failed);
    QVERIFY(failed > 5);

    const Result<int> retried = runner.retryFailed();
    QVERIFY(retried.ok());
    QCOMPARE(retried.value(), failed);
    QCOMPARE(runner.campaign().state, CampaignState::Running);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Failed), 0);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Queued), failed);

    run(runner, Hour, 2 * Hour);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    const int failedAgain = runner.campaign().counts.value(DeviceUpdateState::Failed);
    QVERIFY(failedAgain < failed);
    int retriedDevices = 0;
    for (const DeviceUpdateStatus &status : runner.deviceStatuses())
        retriedDevices += status.attempts == 2 ? 1 : 0;
    QCOMPARE(retriedDevices, failed);
    QCOMPARE(runner.retryFailed().value(), failedAgain);
}

void TestSimCampaign::maintenanceWindowRespectedPerSiteTimeZone()
{
    // Epoch 10:00 UTC = 12:00 in Berlin, 06:00 in New York: both outside 01:00-05:00.
    QList<Device> devices = makeDevices(1, 10, u"plc"_s, u"site-01"_s);
    devices += makeDevices(50, 10, u"plc"_s, u"site-02"_s);
    devices += makeDevices(100, 10, u"ip_camera"_s, u"site-01"_s);
    CampaignRunner runner(makeCampaign({{100, 50}}), devices, makeSites(), 9, 0.0,
                          MaintenanceWindow{QTime(1, 0), QTime(5, 0)});
    const QList<DeviceUpdateChange> early = run(runner, 0, 10 * Minute);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::WaitingForWindow), 20);
    for (const DeviceUpdateChange &change : early) {
        if (change.to == DeviceUpdateState::WaitingForWindow)
            QVERIFY2(change.message.contains(u"01:00-05:00"_s), qPrintable(change.message));
    }
    QCOMPARE(runner.campaign().state, CampaignState::Running); // PLCs hold the wave open

    const QList<DeviceUpdateChange> later = run(runner, 10 * Minute, 30 * Hour, Minute);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Succeeded), 30);
    const QTimeZone berlin("Europe/Berlin");
    const QTimeZone newYork("America/New_York");
    int plcStarts = 0;
    for (const DeviceUpdateChange &change : early + later) {
        if (change.to != DeviceUpdateState::Downloading)
            continue;
        const int number = change.deviceId.mid(4).toInt();
        if (number >= 100)
            continue; // cameras need no window
        ++plcStarts;
        const QDateTime utc = m_epoch.addMSecs(change.timeMs);
        const QTime local = utc.toTimeZone(number < 50 ? berlin : newYork).time();
        QVERIFY2(local >= QTime(1, 0) && local < QTime(5, 0),
                 qPrintable(change.deviceId + u" started at local "_s + local.toString()));
    }
    QCOMPARE(plcStarts, 20);
}

void TestSimCampaign::siteWindowsOverrideTheDefault()
{
    // Epoch 10:00 UTC = 12:00 in Berlin, 06:00 in New York. Berlin's own window 12:00-13:00 is open at once; New
    // York keeps the default 01:00-05:00 and waits for it (19 hours later).
    QList<Device> devices = makeDevices(1, 5, u"plc"_s, u"site-01"_s);
    devices += makeDevices(50, 5, u"plc"_s, u"site-02"_s);
    CampaignRunner runner(makeCampaign({{100, 50}}), devices, makeSites(), 9, 0.0,
                          MaintenanceWindow{QTime(1, 0), QTime(5, 0)},
                          {{u"site-01"_s, MaintenanceWindow{QTime(12, 0), QTime(13, 0)}}});
    const QList<DeviceUpdateChange> early = run(runner, 0, 30 * Minute);
    int berlinDone = 0;
    for (const DeviceUpdateChange &change : early) {
        const bool berlin = change.deviceId.mid(4).toInt() < 50;
        if (change.to == DeviceUpdateState::Succeeded) {
            QVERIFY2(berlin, qPrintable(change.deviceId + u" updated outside its site's window"_s));
            ++berlinDone;
        }
        if (change.to == DeviceUpdateState::WaitingForWindow) {
            QVERIFY2(!berlin, qPrintable(change.deviceId + u" waited inside its site's window"_s));
            QVERIFY2(change.message.contains(u"01:00-05:00 (America/New_York)"_s), qPrintable(change.message));
        }
    }
    QCOMPARE(berlinDone, 5);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::WaitingForWindow), 5);

    const QList<DeviceUpdateChange> later = run(runner, 30 * Minute, 30 * Hour, Minute);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    const QTimeZone newYork("America/New_York");
    int newYorkStarts = 0;
    for (const DeviceUpdateChange &change : later) {
        if (change.to != DeviceUpdateState::Downloading)
            continue;
        QVERIFY(change.deviceId.mid(4).toInt() >= 50);
        const QTime local = m_epoch.addMSecs(change.timeMs).toTimeZone(newYork).time();
        QVERIFY2(local >= QTime(1, 0) && local < QTime(5, 0), qPrintable(local.toString()));
        ++newYorkStarts;
    }
    QCOMPARE(newYorkStarts, 5);
}

void TestSimCampaign::physicalServiceDevicesNeverGoOnline()
{
    QList<Device> devices = makeDevices(1, 8, u"infusion_pump"_s, u"site-03"_s);
    devices += makeDevices(100, 12, u"ip_camera"_s, u"site-03"_s);
    CampaignRunner runner(makeCampaign({{50, 50}, {100, 50}}), devices, makeSites(), 11, 0.0);
    const QList<DeviceUpdateChange> changes = run(runner, 0, 2 * Hour);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    for (const DeviceUpdateChange &change : changes) {
        if (change.deviceId.mid(4).toInt() < 100) {
            QCOMPARE(change.to, DeviceUpdateState::NeedsPhysicalService);
            QVERIFY(change.message.contains(u"technician"_s));
        }
    }
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::NeedsPhysicalService), 8);
    QCOMPARE(runner.devicesNeedingService().size(), 8);
    QCOMPARE(*runner.stateOf(u"dev-000001"_s), DeviceUpdateState::NeedsPhysicalService);

    QVERIFY(runner.markServiced(u"dev-000001"_s).ok());
    QCOMPARE(*runner.stateOf(u"dev-000001"_s), DeviceUpdateState::Succeeded);
    QVERIFY(!runner.markServiced(u"dev-000001"_s).ok()); // not twice
    QVERIFY(!runner.markServiced(u"dev-000100"_s).ok()); // cameras update online
    QVERIFY(!runner.markServiced(u"dev-999999"_s).ok()); // not a target
    QVERIFY(!runner.stateOf(u"dev-999999"_s).has_value());
    const QList<DeviceUpdateChange> serviced = runner.advance(2 * Hour + 1000, m_epoch);
    QCOMPARE(serviced.size(), 1);
    QCOMPARE(serviced.first().to, DeviceUpdateState::Succeeded);
    QCOMPARE(runner.devicesNeedingService().size(), 7);
}

void TestSimCampaign::abortStopsFurtherWaves()
{
    CampaignRunner runner(makeCampaign({{25, 10}, {100, 10}}, 10), makeDevices(1, 40, u"ip_camera"_s, u"site-01"_s),
                          makeSites(), 13, 0.0);
    // Run until wave 1 is done but wave 2 is still waiting out its 10 minutes.
    qint64 t = 0;
    while (runner.campaign().counts.value(DeviceUpdateState::Succeeded) < 10 && t < Hour)
        runner.advance(t += 5000, m_epoch);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Succeeded), 10);
    QCOMPARE(runner.campaign().currentWave, 1);
    QVERIFY(runner.abort().ok());
    QCOMPARE(runner.campaign().state, CampaignState::Aborted);
    const QList<DeviceUpdateChange> after = run(runner, t, t + 3 * Hour);
    QVERIFY(after.isEmpty());
    QCOMPARE(runner.campaign().currentWave, 1);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Queued), 30);
    QVERIFY(!runner.abort().ok());
    QVERIFY(!runner.retryFailed().ok());
    QVERIFY(!runner.resume().ok());
}

void TestSimCampaign::pauseStopsNewStartsUntilResumed()
{
    CampaignRunner runner(makeCampaign({{100, 10}}), makeDevices(1, 30, u"ip_camera"_s, u"site-01"_s), makeSites(), 17,
                          0.0);
    run(runner, 0, 10000, 1000); // half of the 30 s stagger has passed
    const int started = runner.campaign().counts.value(DeviceUpdateState::Downloading) +
                        runner.campaign().counts.value(DeviceUpdateState::Installing);
    QVERIFY(started > 0 && started < 30);
    QVERIFY(runner.pause().ok());
    QCOMPARE(runner.campaign().state, CampaignState::Paused);
    const QList<DeviceUpdateChange> paused = run(runner, 11000, Hour);
    for (const DeviceUpdateChange &change : paused)
        QVERIFY2(change.to != DeviceUpdateState::Downloading, qPrintable(change.deviceId)); // in-flight only finish
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Succeeded), started);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Queued), 30 - started);

    QVERIFY(runner.resume().ok());
    run(runner, Hour, 2 * Hour);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Succeeded), 30);
}

void TestSimCampaign::controlCallsRejectWrongStates()
{
    CampaignRunner runner(makeCampaign({{100, 10}}), makeDevices(1, 3, u"ip_camera"_s, u"site-01"_s), makeSites(), 1,
                          0.0);
    runner.advance(0, m_epoch);
    QCOMPARE(runner.campaign().state, CampaignState::Running);
    const Status resumed = runner.resume();
    QVERIFY(!resumed.ok());
    QVERIFY2(resumed.errorMessage().contains(u"running"_s), qPrintable(resumed.errorMessage()));
    QVERIFY(runner.pause().ok());
    QVERIFY(!runner.pause().ok());
    QVERIFY(runner.resume().ok());
    run(runner, 0, Hour);
    QCOMPARE(runner.campaign().state, CampaignState::Completed);
    QVERIFY(!runner.pause().ok());
    QVERIFY(!runner.abort().ok());
    QCOMPARE(runner.retryFailed().value(), 0);
}

void TestSimCampaign::countsAlwaysCoverEveryTarget()
{
    QList<Device> devices = makeDevices(1, 20, u"ip_camera"_s, u"site-01"_s);
    devices += makeDevices(100, 5, u"infusion_pump"_s, u"site-03"_s);
    devices += makeDevices(200, 5, u"plc"_s, u"site-02"_s);
    devices += makeDevices(1, 3, u"ip_camera"_s, u"site-01"_s); // duplicates are ignored
    CampaignRunner runner(makeCampaign({{30, 40}, {100, 40}}, 1), devices, makeSites(), 19, 0.25);
    QCOMPARE(runner.targetCount(), 30);
    QCOMPARE(runner.campaign().counts.size(), 7);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Queued), 30);
    QVERIFY(!run(runner, 0, 30 * Hour, Minute).isEmpty()); // run() checks the sum after every step
    QCOMPARE(total(runner.campaign()), 30);
}

void TestSimCampaign::wavePercentsSplitTargets_data()
{
    QTest::addColumn<int>("targets");
    QTest::addColumn<QList<double>>("percents");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("canary 1% of 250") << 250 << QList<double>{1, 10, 100} << QList<int>{3, 22, 225};
    QTest::newRow("single wave") << 7 << QList<double>{100} << QList<int>{7};
    QTest::newRow("rounds up") << 9 << QList<double>{50, 100} << QList<int>{5, 4};
    QTest::newRow("last wave below 100") << 10 << QList<double>{20, 60} << QList<int>{2, 4};
}

void TestSimCampaign::wavePercentsSplitTargets()
{
    QFETCH(int, targets);
    QFETCH(QList<double>, percents);
    QFETCH(QList<int>, sizes);
    QList<CampaignWave> waves;
    for (double percent : percents)
        waves.append(CampaignWave{percent, 100});
    CampaignRunner runner(makeCampaign(waves), makeDevices(1, targets, u"ip_camera"_s, u"site-01"_s), makeSites(), 23,
                          0.0);
    QList<int> counted(percents.size(), 0);
    int unassigned = 0;
    for (const DeviceUpdateStatus &status : runner.deviceStatuses()) {
        QVERIFY(status.wave >= 1 && status.wave <= percents.size());
        ++counted[status.wave - 1];
    }
    // Targets beyond the last wave's percent are reported in the last wave but never started.
    run(runner, 0, 3 * Hour, 10000);
    unassigned = runner.campaign().counts.value(DeviceUpdateState::Queued);
    int expectedTotal = 0;
    for (int size : sizes)
        expectedTotal += size;
    QCOMPARE(unassigned, targets - expectedTotal);
    QCOMPARE(runner.campaign().counts.value(DeviceUpdateState::Succeeded), expectedTotal);
    counted.last() -= unassigned;
    QCOMPARE(counted, sizes);
}

QTEST_GUILESS_MAIN(TestSimCampaign)
#include "tst_simcampaign.moc"
