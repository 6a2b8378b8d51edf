#include "server/FleetdConfig.h"
#include "server/FleetdServer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Self-pipe: the signal handler only writes a byte; the event loop notices and shuts down in order.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // Per-request and per-tick debug lines are for debugging sessions, not for the daemon's normal output.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"warden.*.debug=false"_s);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fleetd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WARDEN_VERSION));

    const warden::Result<warden::FleetdCommandLine> parsed =
        warden::FleetdConfig::fromArguments(QCoreApplication::arguments());
    if (!parsed) {
        print(stderr, u"fleetd: "_s + parsed.errorMessage() + u"\n"_s);
        return 2;
    }
    if (parsed->exitNow) {
        print(stdout, parsed->output);
        return 0;
    }

    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        print(stderr, u"fleetd: cannot set up signal handling.\n"_s);
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char buffer[16];
        while (::read(signalPipe[0], buffer, sizeof buffer) > 0) {
        }
        QCoreApplication::quit();
    });

    warden::FleetdServer server(parsed->config);
    if (const warden::Status status = server.start(); !status) {
        print(stderr, u"fleetd: "_s + status.errorMessage() + u"\n"_s);
        return 1;
    }
    const warden::FleetdInstanceInfo info = server.info();
    print(stdout, u"fleetd %1 listening on %2\n"_s.arg(QStringLiteral(WARDEN_VERSION), info.baseUrl.toString()));
    print(stdout, u"CA certificate: %1\n"_s.arg(info.dataDir + u"/ca.pem"_s));
    if (info.createdCredentials)
        print(stdout, u"Accounts created; passwords and TOTP secrets were written to %1 (readable by you only).\n"_s
                          .arg(info.credentialsFile));
    else
        print(stdout, u"Credentials file: %1\n"_s.arg(info.credentialsFile));

    const int code = app.exec();
    server.stop();
    print(stdout, u"fleetd stopped.\n"_s);
    return code;
}
