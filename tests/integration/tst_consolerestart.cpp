#include "CacheChecks.h"
#include "FleetdFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;

// The console killed (SIGKILL) in the middle of a fast stream and started again on the same cache, several times,
// then console and fleetd killed in turn twenty times: every event the backend committed ends up in the cache
// exactly once, in order, identical to the backend's own copy, and every restart resumes from the last committed
// sequence number instead of starting over.
class TestConsoleRestart : public QObject {
    Q_OBJECT

    static constexpr auto Backend = "EU West";

    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;

    QString cacheFile() const { return m_dir.filePath(u"console.sqlite"_s); }

    // The recorder is the console's BackendSession in its own process, so it can die as a whole.
    std::unique_ptr<QProcess> startConsole(QString *error)
    {
        auto console = std::make_unique<QProcess>();
        console->setProcessChannelMode(QProcess::SeparateChannels);
        const ConnectionProfile profile = m_fleetd->profile(QLatin1String(Backend));
        console->start(builtExecutable(u"tests/stream_recorder"_s),
                       {u"--name"_s, profile.name, u"--url"_s, profile.baseUrl.toString(), u"--ca"_s,
                        profile.caBundlePath, u"--cache"_s, cacheFile()});
        if (!console->waitForStarted(10'000)) {
            *error = console->errorString();
            return nullptr;
        }
        sendLogin(*console);
        return console;
    }

    // Types a login into the console's stdin. fleetd accepts each 30 s TOTP step once per account, so logins rotate
    // over the accounts to keep many restarts from waiting on the clock.
    void sendLogin(QProcess &console)
    {
        static const QStringList users{u"alice"_s, u"bob"_s, u"carol"_s, u"admin"_s};
        const QString user = users.at(m_logins++ % users.size());
        console.write(user.toUtf8() + '\n' + m_fleetd->account(user).password.toUtf8() + '\n'
                      + m_fleetd->nextTotp(user).toUtf8() + '\n');
    }

    // Every event fleetd holds for 1..last is in the cache, field by field.
    void compareWithBackend(qint64 last)
    {
        auto api = std::make_unique<FleetApiClient>(m_fleetd->profile(), TlsSetup::build(m_fleetd->profile()).value());
        QVERIFY(loginAs(*api, *m_fleetd, u"alice"_s)->ok());
        auto store = reader(cacheFile(), QLatin1String(Backend));
        qint64 next = 1;
        qint64 compared = 0;
        while (next <= last) {
            const auto range = waitFor<EventRange>([&](QObject *c, auto done) { api->events(next, 1000, c, done); });
            QVERIFY(range && range->ok());
            QVERIFY(!range->value().items.isEmpty());
            const Result<QList<ThreatEvent>> cached =
                store->loadEvents(next + range->value().items.size(), int(range->value().items.size()));
            QVERIFY(cached);
            // loadEvents pages newest first below a seq.
            const QList<ThreatEvent> mine(cached.value().crbegin(), cached.value().crend());
            for (const ThreatEvent &theirs : range->value().items) {
                if (theirs.seq > last)
                    break;
                const auto it = std::find_if(mine.cbegin(), mine.cend(),
                                             [&](const ThreatEvent &e) { return e.seq == theirs.seq; });
                QVERIFY2(it != mine.cend(), qPrintable(u"seq %1 missing from the cache"_s.arg(theirs.seq)));
                QCOMPARE(it->deviceId, theirs.deviceId);
                QCOMPARE(it->source, theirs.source);
                QCOMPARE(it->destination, theirs.destination);
                ++compared;
            }
            next = range->value().items.constLast().seq + 1;
        }
        QCOMPARE(compared, last);
    }

    int m_logins = 0;

    // The last committed seq in the cache, read as another process would (0 before the first commit).
    qint64 committedSeq() const
    {
        if (!QFileInfo::exists(cacheFile()))
            return 0;
        CacheStoreOptions options;
        options.readOnly = true;
        options.backend = QLatin1String(Backend);
        Result<std::unique_ptr<CacheStore>> store = CacheStore::open(cacheFile(), options);
        if (!store)
            return 0;
        const Result<qint64> seq = store.value()->lastStreamSeq();
        return seq ? seq.value() : 0;
    }

    // The console's stderr after it died, for failure messages.
    static QString stderrOf(QProcess &console) { return QString::fromUtf8(console.readAllStandardError()); }

private slots:
    void initTestCase()
    {
        if (!fleetdAvailable() || !QFileInfo(builtExecutable(u"tests/stream_recorder"_s)).isExecutable())
            QSKIP("fleetd and tests/stream_recorder must be built for these tests");
        QVERIFY(m_dir.isValid());
        m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"fleetd"_s));
        FleetdProcess::Options options;
        options.devices = 200;
        options.eventRate = 300;
        QString error;
        QVERIFY2(m_fleetd->start(options, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_fleetd.reset(); }

    void resumesWithoutGapOrDuplicateAfterBeingKilled()
    {
        qint64 before = 0;
        QList<qint64> resumedAfter;
        for (int run = 0; run < 3; ++run) {
            QString error;
            std::unique_ptr<QProcess> console = startConsole(&error);
            QVERIFY2(console, qPrintable(error));
            // Killed while the stream is running hard, at a moment it does not choose.
            QTRY_VERIFY2_WITH_TIMEOUT(committedSeq() >= before + 200 || console->state() != QProcess::Running,
                                      qPrintable(stderrOf(*console)), 60'000);
            QVERIFY2(console->state() == QProcess::Running, qPrintable(stderrOf(*console)));
            QTest::qWait(QRandomGenerator::global()->bounded(50, 400));
            console->kill();
            QVERIFY(console->waitForFinished(10'000));
            const qint64 after = committedSeq();
            QVERIFY2(after > before, qPrintable(u"run %1 committed nothing past %2"_s.arg(run).arg(before)));
            verifyContiguous(cacheFile(), 1, QLatin1String(Backend));
            if (QTest::currentTestFailed())
                return;
            resumedAfter.append(after);
            before = after;
        }
        QCOMPARE(resumedAfter.size(), 3);

        // Event by event, the cache holds what the backend holds for 1..last.
        compareWithBackend(before);
    }

    void survivesAlternatingKillsOfConsoleAndBackend()
    {
        // Twenty sudden deaths during the stream, console and fleetd in turn; the console is always started again
        // on the same cache, and fleetd on the same data directory.
        QString error;
        std::unique_ptr<QProcess> console = startConsole(&error);
        QVERIFY2(console, qPrintable(error));
        QByteArray output;
        qint64 before = committedSeq();
        for (int kill = 0; kill < 20; ++kill) {
            QTRY_VERIFY2_WITH_TIMEOUT(committedSeq() >= before + 60 || console->state() != QProcess::Running,
                                      qPrintable(stderrOf(*console)), 60'000);
            QVERIFY2(console->state() == QProcess::Running, qPrintable(stderrOf(*console)));
            QTest::qWait(QRandomGenerator::global()->bounded(20, 300));
            if (kill % 2 == 0) {
                console->kill();
                QVERIFY(console->waitForFinished(10'000));
                verifyContiguous(cacheFile(), 1, QLatin1String(Backend));
                if (QTest::currentTestFailed())
                    return;
                console = startConsole(&error);
                QVERIFY2(console, qPrintable(error));
                output.clear();
            } else {
                m_fleetd->kill();
                QTest::qWait(QRandomGenerator::global()->bounded(50, 500));
                QVERIFY2(m_fleetd->restart(&error), qPrintable(error));
                // fleetd forgot its tokens: the console asks for a login, as an operator would be asked.
                QTRY_VERIFY2_WITH_TIMEOUT((output += console->readAllStandardOutput()).contains("login required"),
                                          qPrintable(stderrOf(*console)), 60'000);
                output.clear();
                sendLogin(*console);
            }
            before = committedSeq();
        }
        QTRY_VERIFY_WITH_TIMEOUT(committedSeq() >= before + 60, 60'000);
        console->kill();
        QVERIFY(console->waitForFinished(10'000));
        verifyContiguous(cacheFile(), 1, QLatin1String(Backend));
        compareWithBackend(committedSeq());
    }
};

QTEST_GUILESS_MAIN(TestConsoleRestart)
#include "tst_consolerestart.moc"
