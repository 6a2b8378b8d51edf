#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace warden {

struct FleetdCommandLine;

// Everything a fleetd instance needs to know before it starts: where to listen, where its data lives, and how the
// simulated fleet behaves. Parsed from the command line (public interface, see --help) or filled in directly by
// FleetdRunner for in-process use. Not responsible for validating that the data directory is usable (FleetdBootstrap
// does that) or for knowing which scenarios exist (the server checks the name when it starts).
struct FleetdConfig {
    Q_DECLARE_TR_FUNCTIONS(FleetdConfig)

public:
    static constexpr quint16 DefaultPort = 8443;
    static constexpr int DefaultDevices = 5000;
    static constexpr int MaxDevices = 2000000;
    static constexpr double MaxEventRate = 100000.0;
    static constexpr int DefaultTokenTtlSeconds = 15 * 60;
    static constexpr qint64 DefaultEventRetention = 5000000;

    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 port = DefaultPort; // 0 = any free port
    QString dataDir;
    int devices = DefaultDevices;
    quint64 seed = 1;
    double eventRate = 50.0; // simulated threat events per second of simulated time
    QString scenario;        // empty = background traffic only
    bool requireClientCert = false;
    int tokenTtlSeconds = DefaultTokenTtlSeconds;
    // Simulated seconds per real second: campaigns wait minutes between waves, tests should not.
    double timeScale = 1.0;
    // Events kept in the store; older from_seq values are answered with seq_too_old.
    qint64 eventRetention = DefaultEventRetention;
    // Share of simulated firmware installs that fail (0..1).
    double campaignFailureRate = 0.03;
    // How often the simulation advances and commits.
    int tickMilliseconds = 100;
    // Simulated "now" of a newly generated fleet (first run only); invalid = the simulation's default epoch, so the
    // same seed gives the same devices everywhere.
    QDateTime epoch;
    // PBKDF2 work factor for new account passwords; tests lower it to keep bootstrap fast.
    int passwordIterations = 310000;

    // args includes the program name as args[0], like QCoreApplication::arguments().
    static Result<FleetdCommandLine> fromArguments(const QStringList &args);

    // Splits "HOST:PORT" / "[v6]:PORT"; port 0 is allowed (any free port).
    static Result<std::pair<QString, quint16>> parseListen(const QString &text);

    // https://HOST:PORT/api/v1 with IPv6 hosts in brackets.
    QString baseUrl(quint16 actualPort) const;
};

// Outcome of parsing a command line: a configuration to run, or text to print (--help, --version) and exit.
struct FleetdCommandLine {
    FleetdConfig config;
    bool exitNow = false;
    QString output;
};

} // namespace warden
