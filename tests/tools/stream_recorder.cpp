// A console without its window, for the console-restart tests: logs into one fleetd as the console does
// (password and TOTP code read from stdin, never from the command line), syncs and streams into a cache file through
// BackendSession, and runs until it is killed. Prints its connection phases on stdout.
//
//   stream_recorder --name NAME --url https://127.0.0.1:PORT --ca CA.pem --cache FILE --user USER
//   stdin: password \n totp-code \n

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
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Operator."), QStringLiteral("USER"));
    parser.addOptions({name, url, ca, cache, user});
    parser.process(app);

    QTextStream in(stdin);
    QString password = in.readLine();
    const QString totp = in.readLine();

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
    session.login(parser.value(user), SecretBytes::fromString(password), totp, &app,
                  [](const FleetResult<LoginSession> &login) {
                      if (!login) {
                          std::fprintf(stderr, "login: %s\n", qPrintable(login.error().message()));
                          QCoreApplication::exit(2);
                      }
                  });
    password.fill(QLatin1Char('\0'));
    return app.exec();
}
