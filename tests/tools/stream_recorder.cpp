// A console without its window, for the console-restart tests: logs into one fleetd as the console does
// (user, password and TOTP code read from stdin, never from the command line), syncs and streams into a cache file
// through BackendSession, and runs until it is killed. Prints its connection phases on stdout; when the backend asks
// for a new login (fleetd restarted and forgot its tokens) it prints "login required" and reads the next three lines.
//
//   stream_recorder --name NAME --url https://127.0.0.1:PORT --ca CA.pem --cache FILE
//   stdin: user \n password \n totp-code \n   (again after each "login required")

#include "fleet/BackendSession.h"
#include "fleet/ConnectionProfile.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StreamClient.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace warden;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Backend name."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Base URL."), QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA bundle."), QStringLiteral("FILE"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Cache file."), QStringLiteral("FILE"));
    parser.addOptions({name, url, ca, cache});
    parser.process(app);

    ConnectionProfile profile;
    profile.name = parser.value(name);
    profile.baseUrl = QUrl(parser.value(url));
    profile.caBundlePath = parser.value(ca);
    const auto tls = TlsSetup::build(profile);
    if (!tls) {
        std::fprintf(stderr, "tls: %s\n", qPrintable(tls.errorMessage()));
        return 2;
    }
    BackendSession::Options options;
    options.stream.backoffMinimumMs = 200;
    options.stream.backoffMaximumMs = 1000;
    BackendSession session(profile, tls.value(), parser.value(cache), options);
    QObject::connect(&session, &BackendSession::stateChanged, &app,
                     [](const QString &, const ConnectionState &state) {
                         std::printf("%s\n", qPrintable(state.text()));
                         std::fflush(stdout);
                     });
    QObject::connect(&session, &BackendSession::cacheFailed, &app, [](const QString &, const QString &message) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(message));
        QCoreApplication::exit(3);
    });
    QTextStream in(stdin);
    const auto login = [&in, &session, &app] {
        const QString user = in.readLine();
        QString password = in.readLine();
        const QString totp = in.readLine();
        session.login(user, SecretBytes::fromString(password), totp, &app,
                      [](const FleetResult<LoginSession> &result) {
                          if (!result) {
                              std::fprintf(stderr, "login: %s\n", qPrintable(result.error().message()));
                              QCoreApplication::exit(2);
                          }
                      });
    };
    QObject::connect(&session, &BackendSession::loginRequired, &app, [&login] {
        std::printf("login required\n");
        std::fflush(stdout);
        login();
    });
    login();
    return app.exec();
}
