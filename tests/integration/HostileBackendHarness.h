#pragma once

// Shared by the hostile-backend tests (split in two so each stays short): the console (MainWindow, controller,
// BackendSession) talks to a real fleetd through tests/tools/fault_proxy, and survive(fault) checks one fault.

#include "CacheChecks.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "FaultProxyFixture.h"
#include "FleetdFixture.h"
#include "MainWindow.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace warden::test {

namespace hostile {

inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A message a person can read: not empty, one paragraph, no raw bytes of what the backend sent.
inline bool isReadable(const QString &message)
{
    if (message.trimmed().isEmpty() || message.size() > 600)
        return false;
    for (const QChar c : message) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

} // namespace hostile

// The console behind a hostile network: a TLS man-in-the-middle (tests/tools/fault_proxy) between it and a real
// fleetd corrupts, rewrites, cuts, withholds or floods what fleetd sends, or stops answering TLS handshakes. For
// each fault the console reports a readable error for both the live stream and an API request, never crashes, keeps
// its UI thread turning, does not buffer without bound, keeps every event it had stored, and when the network is
// honest again resumes the stream where it stopped (no gap, no duplicate).
class HostileBackendHarness : public QObject {
public:
    static bool available() { return fleetdAvailable() && QFileInfo(faultProxyBinary()).isExecutable(); }

private:

    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;
    FaultProxyProcess m_proxy;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<BackendSession> m_session;
    QString m_cacheFile;
    // The UI thread's heartbeat: a 20 ms timer counting turns and remembering the longest wait between two.
    QTimer m_heartbeat;
    QElapsedTimer m_sinceTick;
    qint64 m_ticks = 0;
    qint64 m_longestGapMs = 0;

    qint64 lastStored() { return reader(m_cacheFile, m_session->backendName())->lastStreamSeq().value(); }

public:
    void start()
    {
        QVERIFY(m_dir.isValid());
        m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(QStringLiteral("fleetd")));
        FleetdProcess::Options options;
        options.devices = 120;
        options.eventRate = 60;
        QString error;
        QVERIFY2(m_fleetd->start(options, &error), qPrintable(error));
        QVERIFY2(m_proxy.start(m_dir.path(), m_fleetd->port(), m_fleetd->file(QStringLiteral("ca.pem")), &error),
                 qPrintable(error));

        // The console knows the backend only by the proxy's address and trusts only the proxy's CA.
        ConnectionProfile profile = m_fleetd->profile(QStringLiteral("Hostile"));
        profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxy.port()));
        profile.caBundlePath = m_proxy.caPath();
        BackendSession::Options sessionOptions;
        sessionOptions.stream.backoffMinimumMs = 200;
        sessionOptions.stream.backoffMaximumMs = 1000;
        sessionOptions.stream.heartbeatTimeoutMs = 8000; // fleetd sends a heartbeat every 5 s
        sessionOptions.stream.connectTimeoutMs = 4000;
        sessionOptions.api.transferTimeoutMs = 4000;
        // A quarter of the default 64 MiB per answer: a flood trips it four times sooner, so the memory the test
        // allows (survive()) is spent on the limits, not on what arrives while the limit's signal waits in the queue.
        sessionOptions.api.maxResponseBytes = 16 * 1024 * 1024;
        m_cacheFile = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        m_session = std::make_unique<BackendSession>(profile, TlsSetup::build(profile).value(), m_cacheFile,
                                                     sessionOptions);
        m_models = std::make_unique<ConsoleModels>();
        m_window = std::make_unique<MainWindow>(m_models.get());
        m_controller = std::make_unique<ConsoleController>(m_models.get(), m_window.get());
        m_controller->attachSession(m_session.get());

        m_heartbeat.setInterval(20);
        connect(&m_heartbeat, &QTimer::timeout, this, [this] {
            m_longestGapMs = std::max(m_longestGapMs, m_sinceTick.restart());
            ++m_ticks;
        });
        m_sinceTick.start();
        m_heartbeat.start();

        const auto login = waitFor<LoginSession>([&](QObject *c, auto done) {
            const QString user = QStringLiteral("alice");
            QString password = m_fleetd->account(user).password;
            m_session->login(user, SecretBytes::fromString(password), m_fleetd->nextTotp(user), c, done);
        });
        QVERIFY2(login && login->ok(), login ? qPrintable(login->error().message()) : "login timed out");
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state().phase == ConnectionState::Phase::Live, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(lastStored() >= 30, 60'000);
    }

    void stop()
    {
        qInfo("longest wait between two UI heartbeats: %lld ms", m_longestGapMs);
        m_controller.reset();
        m_window.reset();
        m_models.reset();
        m_session.reset();
        m_proxy.stop();
        m_fleetd.reset();
    }

    // Puts the fault in force, checks the console copes, then takes it away and checks the console recovers.
    // requestMentions / streamMentions: words the request's / the stream's error must contain (the cause named).
    void survive(const QString &fault, const QString &requestMentions = {}, const QString &streamMentions = {})
    {
        QVERIFY(m_session->writer()->waitForIdle(20'000));
        const QList<qint64> before = storedSeqs(*reader(m_cacheFile, m_session->backendName()));
        QVERIFY(!before.isEmpty());
        QSignalSpy errors(m_session.get(), &BackendSession::errorOccurred);
        QSignalSpy loginRequests(m_session.get(), &BackendSession::loginRequired);
        const qint64 rssBefore = hostile::residentKiB();

        QVERIFY(m_proxy.command(fault));
        // An API request meets the fault too: it fails with a message a person can read.
        const auto devices = waitFor<Page<Device>>(
            [&](QObject *c, auto done) { m_session->api()->page<Device>({{}, -1, 100}, c, done); }, 60'000);
        QVERIFY2(devices.has_value(), "the request never finished");
        QVERIFY2(!devices->ok(), "a request through the fault succeeded");
        QVERIFY2(hostile::isReadable(devices->error().message()), qPrintable(devices->error().message()));
        qInfo("%s / request: %s", qPrintable(fault), qPrintable(devices->error().message()));
        QVERIFY2(devices->error().message().contains(requestMentions), qPrintable(devices->error().message()));

        // So does the live stream: it fails with a readable error and the console keeps trying.
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 30'000);
        const FleetError streamError = errors.first().at(1).value<FleetError>();
        QVERIFY2(hostile::isReadable(streamError.message()), qPrintable(streamError.message()));
        qInfo("%s / stream: %s", qPrintable(fault), qPrintable(streamError.message()));
        QVERIFY2(streamError.message().contains(streamMentions), qPrintable(streamError.message()));

        // The UI thread keeps turning while the fault lasts, and floods are not buffered.
        const qint64 ticks = m_ticks;
        QTRY_VERIFY_WITH_TIMEOUT(m_ticks > ticks + 10, 20'000);
        const qint64 rssAfter = hostile::residentKiB();
        QVERIFY2(rssAfter - rssBefore < 256 * 1024,
                 qPrintable(QStringLiteral("resident memory grew from %1 to %2 KiB").arg(rssBefore).arg(rssAfter)));

        // Honest network again: the stream resumes after the last stored event, nothing stored is lost.
        QVERIFY(m_proxy.command(QStringLiteral("pass")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_session->state().phase == ConnectionState::Phase::Live && lastStored() >= before.last() + 30, 60'000);
        QVERIFY(m_session->writer()->waitForIdle(20'000));
        verifyContiguous(m_cacheFile, before.first(), m_session->backendName());
        if (QTest::currentTestFailed())
            return;
        const QList<qint64> after = storedSeqs(*reader(m_cacheFile, m_session->backendName()));
        QCOMPARE(after.mid(0, before.size()), before);
        QVERIFY(loginRequests.isEmpty());
        // A request may still meet a connection the fault left half-open (e.g. a handshake the proxy held): it
        // times out like any network failure and the next one must succeed. Three tries, never a hang.
        QString lastError;
        bool answered = false;
        for (int attempt = 0; attempt < 3 && !answered; ++attempt) {
            const auto again = waitFor<Page<Device>>(
                [&](QObject *c, auto done) { m_session->api()->page<Device>({{}, -1, 100}, c, done); }, 30'000);
            answered = again && again->ok();
            if (again && !again->ok())
                lastError = again->error().message();
        }
        QVERIFY2(answered, qPrintable(lastError));
    }
};

} // namespace warden::test
