#include "DomainCompare.h"
#include "CacheChecks.h"
#include "FleetdFixture.h"

#include "cache/CacheStore.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"
#include "fleet/OfflineJournal.h"
#include "fleet/StreamClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;
using Phase = ConnectionState::Phase;

namespace {

qint64 serverOldestSeq(FleetApiClient &api)
{
    const auto info = waitFor<BackendInfo>([&](QObject *c, auto done) { api.info(c, done); });
    return info && info->ok() ? info->value().oldestSeq : -1;
}

} // namespace

// The live stream against a real fleetd: atomic commits, resume without gap or duplicate across a fleetd restart
// and a cut connection, the heartbeat watchdog, seq_too_old, and a whole BackendSession with its offline journal.
class TestFleetStream : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eventsCommitWithTheirPosition();
    void resumesAcrossFleetdRestart();
    void resumesAfterCutConnection();
    void silentConnectionIsReplaced();
    void seqTooOldAsksForResync();
    void backendSessionEndToEnd();
    void backendSessionResyncsFromTheOldestEvent();

private:
    std::unique_ptr<FleetApiClient> client(const ConnectionProfile &profile);

    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;
};

void TestFleetStream::initTestCase()
{
    if (!fleetdAvailable())
        QSKIP("the fleetd binary has not been built (target fleetd); these tests need a real fleetd");
    QVERIFY(m_dir.isValid());
    m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"fleetd"_s));
    FleetdProcess::Options options;
    options.devices = 300;
    options.eventRate = 80;
    QString error;
    QVERIFY2(m_fleetd->start(options, &error), qPrintable(error));
}

void TestFleetStream::cleanupTestCase()
{
    m_fleetd.reset();
}

std::unique_ptr<FleetApiClient> TestFleetStream::client(const ConnectionProfile &profile)
{
    return std::make_unique<FleetApiClient>(profile, TlsSetup::build(profile).value());
}

void TestFleetStream::eventsCommitWithTheirPosition()
{
    auto api = client(m_fleetd->profile());
    QVERIFY(loginAs(*api, *m_fleetd, u"alice"_s)->ok());
    const QString file = m_dir.filePath(u"events.sqlite"_s);
    CacheWriter writer(file);
    StreamClient stream(api.get(), &writer);
    QSignalSpy connected(&stream, &StreamClient::connected);
    stream.start(0);
    QVERIFY(connected.wait(15000));
    QCOMPARE(connected.first().at(0).toLongLong(), 1); // from_seq: everything from the start
    QTRY_VERIFY_WITH_TIMEOUT(stream.lastCommittedSeq() >= 150, 30000);
    QVERIFY(stream.isLive());
    QTRY_VERIFY_WITH_TIMEOUT(stream.state().eventsPerSecond > 0, 5000);
    stream.stop();
    QCOMPARE(stream.state().phase, Phase::Offline);
    QVERIFY(writer.waitForIdle(10000));
    verifyContiguous(file, 1);
}

void TestFleetStream::resumesAcrossFleetdRestart()
{
    auto api = client(m_fleetd->profile());
    QVERIFY(loginAs(*api, *m_fleetd, u"alice"_s)->ok());
    const QString file = m_dir.filePath(u"restart.sqlite"_s);
    CacheWriter writer(file);
    StreamClient stream(api.get(), &writer);
    StreamClient::Options options;
    options.backoffMinimumMs = 200;
    options.backoffMaximumMs = 1000;
    stream.setOptions(options);
    QSignalSpy tokenExpired(&stream, &StreamClient::tokenExpired);
    stream.start(0);
    QTRY_VERIFY_WITH_TIMEOUT(stream.lastCommittedSeq() >= 100, 30000);

    // Sudden death of fleetd: the stream notices and keeps trying.
    m_fleetd->kill();
    QTRY_VERIFY_WITH_TIMEOUT(stream.state().phase == Phase::Reconnecting, 20000);
    const qint64 before = stream.lastCommittedSeq();
    QTest::qWait(1500);
    QString error;
    QVERIFY2(m_fleetd->restart(&error), qPrintable(error));

    // fleetd keeps tokens in memory only: after its restart the stream asks for a login, then resumes.
    QTRY_VERIFY_WITH_TIMEOUT(tokenExpired.count() >= 1 || stream.lastCommittedSeq() > before + 50, 30000);
    if (tokenExpired.count() >= 1) {
        QVERIFY(!stream.isActive());
        QVERIFY(loginAs(*api, *m_fleetd, u"alice"_s)->ok());
        stream.start(stream.lastCommittedSeq());
    }
    QTRY_VERIFY_WITH_TIMEOUT(stream.lastCommittedSeq() > before + 100, 30000);
    QVERIFY(stream.reconnectCount() >= 1);
    stream.stop();
    QVERIFY(writer.waitForIdle(10000));
    verifyContiguous(file, 1);
}

void TestFleetStream::resumesAfterCutConnection()
{
    CuttableRelay relay(m_fleetd->port());
    QVERIFY(relay.listen());
    ConnectionProfile profile = m_fleetd->profile();
    profile.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(relay.port()));
    auto api = client(profile);
    QVERIFY(loginAs(*api, *m_fleetd, u"bob"_s)->ok());
    const QString file = m_dir.filePath(u"cut.sqlite"_s);
    CacheWriter writer(file);
    StreamClient stream(api.get(), &writer);
    StreamClient::Options options;
    options.backoffMinimumMs = 100;
    options.backoffMaximumMs = 500;
    stream.setOptions(options);
    QSignalSpy failed(&stream, &StreamClient::connectionFailed);
    QSignalSpy connected(&stream, &StreamClient::connected);
    stream.start(0);
    for (int cut = 0; cut < 3; ++cut) {
        QTRY_VERIFY_WITH_TIMEOUT(stream.isLive() && stream.eventsReceived() > 0, 30000);
        const qint64 committed = stream.lastCommittedSeq();
        QTRY_VERIFY_WITH_TIMEOUT(stream.lastCommittedSeq() > committed + 20, 30000);
        relay.cut();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > cut, 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 4, 30000);
    const qint64 afterCuts = stream.lastCommittedSeq();
    QTRY_VERIFY_WITH_TIMEOUT(stream.lastCommittedSeq() > afterCuts + 20, 30000);
    // Each resume asked for exactly the next seq after what was committed.
    for (const QList<QVariant> &signal : std::as_const(connected))
        QVERIFY(signal.at(0).toLongLong() >= 1);
    stream.stop();
    QVERIFY(writer.waitForIdle(10000));
    verifyContiguous(file, 1);
}

void TestFleetStream::silentConnectionIsReplaced()
{
    CuttableRelay relay(m_fleetd->port());
    QVERIFY(relay.listen());
    ConnectionProfile profile = m_fleetd->profile();
    profile.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(relay.port()));
    auto api = client(profile);
    QVERIFY(loginAs(*api, *m_fleetd, u"admin"_s)->ok());
    const QString file = m_dir.filePath(u"silent.sqlite"_s);
    CacheWriter writer(file);
    StreamClient stream(api.get(), &writer);
    StreamClient::Options options;
    options.heartbeatTimeoutMs = 2000;
    options.backoffMinimumMs = 100;
    options.backoffMaximumMs = 300;
    stream.setOptions(options);
    QSignalSpy failed(&stream, &StreamClient::connectionFailed);
    QSignalSpy connected(&stream, &StreamClient::connected);
    stream.start(0);
    QVERIFY(connected.wait(15000));
    // The connection stays open but goes silent (a dead NAT entry, a hung proxy): only the watchdog can tell.
    relay.setFrozen(true);
    QElapsedTimer silent;
    silent.start();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 10000);
    QVERIFY(silent.elapsed() >= 1500);
    QCOMPARE(failed.first().first().value<FleetError>().code(), u"heartbeat_timeout"_s);
    relay.setFrozen(false);
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 2, 30000);
    stream.stop();
    QVERIFY(writer.waitForIdle(10000));
    verifyContiguous(file, 1);
}

void TestFleetStream::seqTooOldAsksForResync()
{
    QTemporaryDir dir;
    FleetdProcess shortMemory(dir.filePath(u"fleetd"_s));
    FleetdProcess::Options options;
    options.devices = 50;
    options.eventRate = 2000;
    options.eventRetention = 1000;
    QString error;
    QVERIFY2(shortMemory.start(options, &error), qPrintable(error));
    auto api = client(shortMemory.profile());
    QVERIFY(loginAs(*api, shortMemory, u"alice"_s)->ok());
    QTRY_VERIFY_WITH_TIMEOUT(serverOldestSeq(*api) > 1, 60000); // fleetd has pruned its oldest events

    CacheWriter writer(dir.filePath(u"cache.sqlite"_s));
    StreamClient stream(api.get(), &writer);
    QSignalSpy resync(&stream, &StreamClient::resyncRequired);
    stream.start(0);
    QVERIFY(resync.wait(15000));
    const qint64 oldest = resync.first().first().toLongLong();
    QVERIFY2(oldest > 1, qPrintable(QString::number(oldest)));
    QVERIFY(!stream.isActive()); // waits for the resync instead of looping
    QCOMPARE(stream.state().lastError->kind(), FleetError::Kind::SeqTooOld);

    // Continuing from the backend's oldest event works.
    QSignalSpy connected(&stream, &StreamClient::connected);
    stream.start(oldest - 1);
    QVERIFY(connected.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(stream.lastCommittedSeq() > oldest + 10, 15000);
    stream.stop();
}

void TestFleetStream::backendSessionEndToEnd()
{
    const ConnectionProfile profile = m_fleetd->profile(u"EU West"_s);
    const QString file = m_dir.filePath(u"session.sqlite"_s);
    BackendSession::Options options;
    options.stream.backoffMinimumMs = 200;
    options.stream.backoffMaximumMs = 1000;
    auto session = std::make_unique<BackendSession>(profile, TlsSetup::build(profile).value(), file, options);
    QSignalSpy states(session.get(), &BackendSession::stateChanged);
    QSignalSpy committed(session.get(), &BackendSession::committed);
    QSignalSpy syncs(session.get(), &BackendSession::syncFinished);
    QSignalSpy loginRequired(session.get(), &BackendSession::loginRequired);

    const auto login = waitFor<LoginSession>([&](QObject *c, auto done) {
        QString password = m_fleetd->account(u"alice"_s).password;
        session->login(u"alice"_s, SecretBytes::fromString(password), m_fleetd->nextTotp(u"alice"_s), c, done);
    });
    QVERIFY2(login->ok(), qPrintable(login->error().message()));
    QVERIFY(syncs.wait(60000));
    QVERIFY(syncs.first().at(1).value<SyncOutcome>().ok());
    QVERIFY(syncs.first().at(1).value<SyncOutcome>().full);
    QTRY_VERIFY_WITH_TIMEOUT(session->state().phase == Phase::Live, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(committed.count() >= 20, 30000);

    // Phases went Connecting -> Syncing -> Live, and every signal names the backend.
    QList<Phase> phases;
    for (const QList<QVariant> &signal : std::as_const(states)) {
        QCOMPARE(signal.at(0).toString(), u"EU West"_s);
        const Phase phase = signal.at(1).value<ConnectionState>().phase;
        if (phases.isEmpty() || phases.last() != phase)
            phases.append(phase);
    }
    QVERIFY(phases.contains(Phase::Connecting));
    QVERIFY(phases.contains(Phase::Syncing));
    QCOMPARE(phases.last(), Phase::Live);
    QVERIFY(phases.indexOf(Phase::Syncing) < phases.lastIndexOf(Phase::Live));

    // Commits are coalesced: never more than ~20 per second reach the models.
    committed.clear();
    QElapsedTimer timer;
    timer.start();
    QTest::qWait(3000);
    const double perSecond = committed.count() * 1000.0 / double(timer.elapsed());
    QVERIFY2(perSecond <= 21.0, qPrintable(QString::number(perSecond)));
    QVERIFY(committed.count() >= 3);
    for (const QList<QVariant> &signal : std::as_const(committed))
        QCOMPARE(signal.at(0).toString(), u"EU West"_s);

    // Find an incident and a device to act on.
    const auto incidents =
        waitFor<Page<Incident>>([&](QObject *c, auto done) { session->api()->page<Incident>({}, c, done); });
    QVERIFY(incidents->ok());
    const auto devices = waitFor<Page<Device>>([&](QObject *c, auto done) {
        session->api()->page<Device>({{}, -1, 200}, c, done);
    });
    QVERIFY(devices->ok());
    QString deviceId;
    for (const Device &device : devices->value().items) {
        if (!device.capabilities.safetyCritical && device.quarantine == QuarantineLevel::None) {
            deviceId = device.id;
            break;
        }
    }
    QVERIFY(!deviceId.isEmpty());

    // Backend gone: actions are journalled, a note too.
    m_fleetd->stop();
    QTRY_VERIFY_WITH_TIMEOUT(session->state().phase == Phase::Reconnecting, 20000);
    OfflineJournal *journal = session->journal();
    QVERIFY(!journal->isOnline());
    const QDateTime writtenAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    std::optional<qint64> noteId;
    std::optional<qint64> actionId;
    if (!incidents->value().items.isEmpty()) {
        QSignalSpy recorded(journal, &OfflineJournal::entriesChanged);
        journal->recordNote(incidents->value().items.first().id, u"Written while offline"_s, writtenAt, this,
                            [&](Result<qint64> id) { noteId = id ? std::optional(id.value()) : std::nullopt; });
        QTRY_VERIFY_WITH_TIMEOUT(noteId.has_value(), 5000);
    }
    journal->record(
        u"device.quarantine"_s,
        QJsonObject{{u"device_id"_s, deviceId}, {u"level"_s, u"isolate"_s}, {u"reason"_s, u"offline test"_s}}, this,
        [&](Result<qint64> id) { actionId = id ? std::optional(id.value()) : std::nullopt; });
    QTRY_VERIFY_WITH_TIMEOUT(actionId.has_value(), 5000);
    const auto refused =
        waitFor<std::monostate>([&](QObject *c, auto done) { journal->confirmAndSend(*actionId, c, done); });
    QVERIFY(!refused->ok()); // offline: stays in the journal

    // Back again: fleetd lost its tokens, so the session asks for a login and then carries on.
    QString error;
    QVERIFY2(m_fleetd->restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(loginRequired.count() >= 1, 30000);
    QCOMPARE(loginRequired.first().at(0).toString(), u"EU West"_s);
    syncs.clear();
    const auto relogin = waitFor<LoginSession>([&](QObject *c, auto done) {
        QString password = m_fleetd->account(u"alice"_s).password;
        session->login(u"alice"_s, SecretBytes::fromString(password), m_fleetd->nextTotp(u"alice"_s), c, done);
    });
    QVERIFY2(relogin->ok(), qPrintable(relogin->error().message()));
    QVERIFY(syncs.wait(60000));
    QVERIFY(!syncs.first().at(1).value<SyncOutcome>().full); // a delta sync this time
    QTRY_VERIFY_WITH_TIMEOUT(session->state().phase == Phase::Live, 15000);

    // The note went out by itself, keeping its time; the quarantine waits for the operator.
    if (noteId) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const PendingAction &entry : journal->entries()) {
                    if (entry.id == *noteId)
                        return entry.state == PendingActionState::Sent;
                }
                return false;
            }(),
            15000);
    }
    QCOMPARE(journal->pendingConfirmation().size(), 1);
    const auto sent =
        waitFor<std::monostate>([&](QObject *c, auto done) { journal->confirmAndSend(*actionId, c, done); });
    QVERIFY2(sent->ok(), qPrintable(sent->error().message()));
    QTRY_VERIFY_WITH_TIMEOUT(journal->pendingConfirmation().isEmpty(), 5000);
    const auto again =
        waitFor<std::monostate>([&](QObject *c, auto done) { journal->confirmAndSend(*actionId, c, done); });
    QVERIFY(!again->ok()); // never sent twice

    session.reset();
    auto store = reader(file, u"EU West"_s);
    const QList<Device> cached = store->loadDevices().value();
    const auto it = std::find_if(cached.begin(), cached.end(), [&](const Device &d) { return d.id == deviceId; });
    QVERIFY(it != cached.end());
    QCOMPARE(it->quarantine, QuarantineLevel::Isolate);
    if (noteId) {
        const QList<Incident> cachedIncidents = store->loadIncidents().value();
        const auto incident = std::find_if(cachedIncidents.begin(), cachedIncidents.end(), [&](const Incident &i) {
            return i.id == incidents->value().items.first().id;
        });
        QVERIFY(incident != cachedIncidents.end());
        QVERIFY(std::any_of(incident->notes.begin(), incident->notes.end(), [&](const IncidentNote &note) {
            return note.text == u"Written while offline"_s && qAbs(note.time.secsTo(writtenAt)) <= 1;
        }));
    }
    verifyContiguous(file, 1, u"EU West"_s);
}

void TestFleetStream::backendSessionResyncsFromTheOldestEvent()
{
    QTemporaryDir dir;
    FleetdProcess shortMemory(dir.filePath(u"fleetd"_s));
    FleetdProcess::Options fleetdOptions;
    fleetdOptions.devices = 50;
    fleetdOptions.eventRate = 250;
    fleetdOptions.eventRetention = 1000;
    QString error;
    QVERIFY2(shortMemory.start(fleetdOptions, &error), qPrintable(error));
    auto probe = client(shortMemory.profile());
    QTRY_VERIFY_WITH_TIMEOUT(serverOldestSeq(*probe) > 1, 60000);

    const ConnectionProfile profile = shortMemory.profile(u"Lab"_s);
    const QString file = dir.filePath(u"session.sqlite"_s);
    BackendSession session(profile, TlsSetup::build(profile).value(), file);
    QSignalSpy resync(&session, &BackendSession::resyncStarted);
    QSignalSpy syncs(&session, &BackendSession::syncFinished);
    const auto login = waitFor<LoginSession>([&](QObject *c, auto done) {
        QString password = shortMemory.account(u"admin"_s).password;
        session.login(u"admin"_s, SecretBytes::fromString(password), shortMemory.nextTotp(u"admin"_s), c, done);
    });
    QVERIFY2(login->ok(), qPrintable(login->error().message()));
    // The fresh cache asks for event 1, which fleetd no longer has: the session says so and resyncs.
    QVERIFY(resync.wait(30000));
    QCOMPARE(resync.first().at(0).toString(), u"Lab"_s);
    const qint64 oldest = resync.first().at(1).toLongLong();
    QVERIFY(oldest > 1);
    QTRY_VERIFY_WITH_TIMEOUT(session.state().phase == Phase::Live, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(session.stream()->lastCommittedSeq() > oldest + 100, 30000);
    bool fullSyncDone = false;
    for (const QList<QVariant> &signal : std::as_const(syncs))
        fullSyncDone =
            fullSyncDone || (signal.at(1).value<SyncOutcome>().ok() && signal.at(1).value<SyncOutcome>().full);
    QVERIFY(fullSyncDone);
    session.disconnectFromBackend();
    QVERIFY(session.writer()->waitForIdle(10000));
    auto store = reader(file, u"Lab"_s);
    QVERIFY(storedSeqs(*store).first() >= oldest);
    QCOMPARE(store->loadDevices()->size(), 50);
    store.reset();
    verifyContiguous(file, -1, u"Lab"_s);
}

QTEST_GUILESS_MAIN(TestFleetStream)
#include "tst_fleetstream.moc"
