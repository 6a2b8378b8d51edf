// bench_stream: fleetd -> console over WSS -> SQLite cache, with the whole console window up, sustained events/s.
// fleetd runs in the same process and shares the cores, so the figures are a floor.
//
// One in-process fleetd (its own thread, its own CA) generates events as fast as asked. Two clients take the same
// stream from the same server, one after the other, for the same time:
//   baseline  a bare QWebSocket that only counts the events in each frame (no parsing, no storage, no UI) — the
//             ceiling of the transport on this machine;
//   ours      the console: BackendSession (parse, check sequence, commit to the cache with the position) feeding
//             MainWindow's models through ConsoleController, the Threats page shown.
// ours also verifies that nothing was lost: the cache holds every seq from the first to the last, once.
//
//   bench_stream [--seconds S] [--rate EVENTS_PER_SECOND] [--devices N]

#include "BenchReport.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "MainWindow.h"
#include "cache/CacheStore.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StreamClient.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"
#include "server/FleetdCredentials.h"
#include "server/FleetdRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

using namespace warden;
using namespace warden::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_stream: %s\n", qPrintable(message));
    std::exit(1);
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        runFor(20);
    }
    return true;
}

struct Demo {
    QTemporaryDir dir;
    FleetdRunner runner;
    FleetdInstanceInfo info;
    ConnectionProfile profile;
    FleetdCredential account;
};

QString nextCode(const FleetdCredential &account)
{
    // fleetd accepts each 30 s step once; the two logins of this bench use the current and the next step.
    static qint64 step = QDateTime::currentSecsSinceEpoch() / 30 - 1;
    ++step;
    return Totp::code(account.totpSecret(), step * 30);
}

// Logs a plain API client in and returns its Authorization header for the bare socket.
QByteArray bearerFor(Demo &demo, FleetApiClient &client)
{
    bool done = false;
    QString error;
    QString password = demo.account.password;
    client.login(demo.account.user, SecretBytes::fromString(password), nextCode(demo.account), &client,
                 [&](const FleetResult<LoginSession> &login) {
                     done = true;
                     if (!login)
                         error = login.error().message();
                 });
    if (!waitUntil([&] { return done; }, 30'000) || !error.isEmpty())
        fail(u"baseline login failed: "_s + error);
    return client.authorizationHeader();
}

double bareSocketEventsPerSecond(Demo &demo, int seconds)
{
    FleetApiClient client(demo.profile, TlsSetup::build(demo.profile).value());
    const QByteArray authorization = bearerFor(demo, client);
    QWebSocket socket;
    socket.setSslConfiguration(client.tls().configuration);
    socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    qint64 events = 0;
    qint64 lastSeqSeen = 0;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &frame) {
        // Count only; the position is read from the frame's tail without parsing it.
        events += frame.count(u"\"seq\":"_s);
        const qsizetype last = frame.lastIndexOf(u"\"seq\":"_s);
        if (last >= 0)
            lastSeqSeen = QStringView(frame).mid(last + 6, 20).toString().section(u',', 0, 0).toLongLong();
    });
    QNetworkRequest request(demo.profile.streamUrl());
    request.setRawHeader("Authorization", authorization);
    socket.open(request);
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 30'000))
        fail(u"the bare WebSocket did not connect: "_s + socket.errorString());
    // Both clients start at the beginning of the event log; the first seconds of catching up are not measured.
    runFor(3000);
    const qint64 before = events;
    QElapsedTimer timer;
    timer.start();
    runFor(seconds * 1000);
    const double rate = double(events - before) * 1000.0 / double(timer.elapsed());
    socket.close();
    std::fprintf(stderr, "bench_stream: bare socket %.0f events/s (last seq %lld)\n", rate, lastSeqSeen);
    return rate;
}

struct ConsoleFigures {
    double eventsPerSecond = 0;
    qint64 lost = 0;
};

ConsoleFigures consoleEventsPerSecond(Demo &demo, int seconds)
{
    ConsoleModels models;
    MainWindow window(&models);
    window.resize(1440, 900);
    window.showPage(u"threats"_s);
    window.show();
    ConsoleController controller(&models, &window);
    const QString cacheFile = QDir(demo.dir.path()).filePath(u"console.sqlite"_s);
    BackendSession session(demo.profile, TlsSetup::build(demo.profile).value(), cacheFile);
    controller.attachSession(&session);
    QString error;
    QString password = demo.account.password;
    session.login(demo.account.user, SecretBytes::fromString(password), nextCode(demo.account), &session,
                  [&](const FleetResult<LoginSession> &login) {
                      if (!login)
                          error = login.error().message();
                  });
    if (!waitUntil([&] { return session.state().phase == ConnectionState::Phase::Live; }, 120'000))
        fail(u"the console did not go live: "_s + error);
    // Let the catch-up from the start of the event log finish so the window measures the steady state.
    runFor(3000);
    const qint64 before = session.stream()->lastCommittedSeq();
    QElapsedTimer timer;
    timer.start();
    runFor(seconds * 1000);
    const qint64 after = session.stream()->lastCommittedSeq();
    ConsoleFigures figures;
    figures.eventsPerSecond = double(after - before) * 1000.0 / double(timer.elapsed());
    session.disconnectFromBackend();
    session.writer()->waitForIdle(30'000);

    CacheStoreOptions options;
    options.readOnly = true;
    options.backend = demo.profile.name;
    auto store = CacheStore::open(cacheFile, options);
    if (!store)
        fail(u"could not read the console's cache: "_s + store.errorMessage());
    const qint64 last = store.value()->lastStreamSeq().value();
    const qint64 count = store.value()->eventCount().value();
    // Every seq from the first stored to the last committed, each once: last - first + 1 rows.
    qint64 first = last;
    for (qint64 below = last + 1;;) {
        const auto page = store.value()->loadEvents(below, 5000);
        if (!page || page.value().isEmpty())
            break;
        first = page.value().constLast().seq;
        below = first;
    }
    figures.lost = (last - first + 1) - count;
    std::fprintf(stderr, "bench_stream: console %.0f events/s, seq %lld..%lld, %lld stored, %lld lost\n",
                 figures.eventsPerSecond, first, last, count, figures.lost);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // fleetd's per-batch timing lines would drown the figures.
    QLoggingCategory::setFilterRules(u"warden.fleetd*=false\nwarden.*.info=false"_s);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measuring time per client."_s, u"S"_s, u"30"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Events per second asked of fleetd."_s, u"R"_s, u"5000"_s);
    const QCommandLineOption devicesOption(u"devices"_s, u"Fleet size."_s, u"N"_s, u"2000"_s);
    parser.addOptions({secondsOption, rateOption, devicesOption});
    parser.process(app);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());

    Demo demo;
    FleetdConfig config;
    config.listenHost = u"127.0.0.1"_s;
    config.port = 0;
    config.dataDir = demo.dir.filePath(u"fleetd"_s);
    config.devices = parser.value(devicesOption).toInt();
    config.seed = 7;
    config.eventRate = parser.value(rateOption).toDouble();
    auto started = demo.runner.start(config);
    if (!started)
        fail(u"fleetd did not start: "_s + started.errorMessage());
    demo.info = started.value();
    const auto credentials = FleetdCredentials::read(demo.info.credentialsFile);
    if (!credentials)
        fail(credentials.errorMessage());
    const auto account = FleetdCredentials::find(credentials.value(), u"alice"_s);
    if (!account)
        fail(u"fleetd has no account alice"_s);
    demo.account = *account;
    demo.profile.name = u"bench"_s;
    demo.profile.baseUrl = demo.info.baseUrl;
    demo.profile.caBundlePath = QDir(config.dataDir).filePath(u"ca.pem"_s);

    // The console first, while fleetd's history is short; the bare socket then reads the same stream.
    const ConsoleFigures ours = consoleEventsPerSecond(demo, seconds);
    const double baseline = bareSocketEventsPerSecond(demo, seconds);
    demo.runner.stop();

    BenchReport report;
    report.add({u"stream.sustained"_s, u"events/s"_s, ours.eventsPerSecond, baseline,
                u"bare QWebSocket counting frames"_s, Better::Higher});
    report.add({u"stream.lost"_s, u"events"_s, double(ours.lost), std::nullopt, QString(), Better::Lower});
    report.print();
    return ours.lost == 0 ? 0 : 2;
}
