#include "FleetdConfig.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include "sim/Scenario.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

Result<qint64> parseInteger(const QString &option, const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return Result<qint64>::failure(
            FleetdConfig::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                .arg(option, QString::number(min), QString::number(max), text),
            option);
    }
    return value;
}

Result<double> parseNumber(const QString &option, const QString &text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max) {
        return Result<double>::failure(FleetdConfig::tr("--%1 must be a number from %2 to %3, not \"%4\".")
                                           .arg(option, QString::number(min), QString::number(max), text),
                                       option);
    }
    return value;
}

} // namespace

Result<std::pair<QString, quint16>> FleetdConfig::parseListen(const QString &text)
{
    using R = Result<std::pair<QString, quint16>>;
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != u':')
            return R::failure(tr("--listen must look like HOST:PORT or [IPv6]:PORT, not \"%1\".").arg(text), u"listen"_s);
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return R::failure(tr("\"%1\" in --listen is not an IPv6 address.").arg(host), u"listen"_s);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0 || text.indexOf(u':') != colon)
            return R::failure(tr("--listen must look like HOST:PORT or [IPv6]:PORT, not \"%1\".").arg(text), u"listen"_s);
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    if (host.isEmpty())
        return R::failure(tr("--listen needs a host name or address before the port."), u"listen"_s);
    for (const QChar c : std::as_const(host)) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u':' || c == u'_'))
            return R::failure(tr("\"%1\" in --listen is not a valid host name.").arg(host), u"listen"_s);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return R::failure(tr("The port in --listen must be a number from 0 to 65535, not \"%1\".").arg(portText),
                          u"listen"_s);
    return std::make_pair(host, static_cast<quint16>(port));
}

Result<FleetdCommandLine> FleetdConfig::fromArguments(const QStringList &args)
{
    using R = Result<FleetdCommandLine>;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Warden reference fleet backend: serves the Fleet API v1 over HTTPS/WSS for a simulated IoT fleet."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, tr("Address and port to listen on (default 127.0.0.1:8443)."),
                                    u"HOST:PORT"_s);
    const QCommandLineOption data(u"data"_s, tr("Data directory (created and filled on first run). Required."),
                                  u"DIR"_s);
    const QCommandLineOption devices(u"devices"_s, tr("Number of simulated devices on first run (default 5000)."),
                                     u"N"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed of the simulated fleet and its traffic (default 1)."), u"S"_s);
    const QCommandLineOption eventRate(u"event-rate"_s, tr("Simulated threat events per second (default 50)."),
                                       u"R"_s);
    const QCommandLineOption scenario(
        u"scenario"_s,
        tr("Play a named attack scenario on top of the background traffic (%1).")
            .arg(ScenarioPlayer::names().join(u", "_s)),
        u"NAME"_s);
    const QCommandLineOption clientCert(u"require-client-cert"_s,
                                        tr("Require a client certificate issued by the fleetd CA (mutual TLS)."));
    const QCommandLineOption tokenTtl(u"token-ttl"_s, tr("Lifetime of session tokens in seconds (default 900)."),
                                      u"SECONDS"_s);
    const QCommandLineOption timeScale(u"time-scale"_s,
                                       tr("Simulated seconds per real second for campaigns and expiries (default 1)."),
                                       u"F"_s);
    const QCommandLineOption retention(u"event-retention"_s,
                                       tr("Number of newest events kept for replay (default 5000000)."), u"N"_s);
    const QCommandLineOption failureRate(u"campaign-failure-rate"_s,
                                         tr("Share of simulated firmware installs that fail, 0 to 1 (default 0.03)."),
                                         u"F"_s);
    const QCommandLineOption epoch(u"epoch"_s,
                                   tr("Simulated start time of a newly generated fleet, ISO-8601 UTC (default: the "
                                      "simulator's fixed epoch, so equal seeds give equal fleets)."),
                                   u"TIME"_s);
    parser.addOptions({listen, data, devices, seed, eventRate, scenario, clientCert, tokenTtl, timeScale, retention,
                       failureRate, epoch});

    if (!parser.parse(args))
        return R::failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return R::failure(tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().constFirst()));

    FleetdCommandLine parsed;
    if (parser.isSet(help)) {
        parsed.exitNow = true;
        parsed.output = parser.helpText();
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.exitNow = true;
        parsed.output = u"fleetd "_s + QStringLiteral(WARDEN_VERSION) + u'\n';
        return parsed;
    }

    FleetdConfig &config = parsed.config;
    if (parser.isSet(listen)) {
        const auto hostPort = parseListen(parser.value(listen));
        if (!hostPort)
            return hostPort.error();
        config.listenHost = hostPort->first;
        config.port = hostPort->second;
    }
    if (!parser.isSet(data) || parser.value(data).trimmed().isEmpty())
        return R::failure(tr("--data DIR is required: the directory where fleetd keeps its certificates, accounts "
                             "and fleet."),
                          u"data"_s);
    config.dataDir = parser.value(data);
    if (parser.isSet(devices)) {
        const auto value = parseInteger(u"devices"_s, parser.value(devices), 1, MaxDevices);
        if (!value)
            return value.error();
        config.devices = static_cast<int>(*value);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        const quint64 value = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return R::failure(tr("--seed must be a non-negative whole number, not \"%1\".").arg(parser.value(seed)),
                              u"seed"_s);
        config.seed = value;
    }
    if (parser.isSet(eventRate)) {
        const auto value = parseNumber(u"event-rate"_s, parser.value(eventRate), 0.0, MaxEventRate);
        if (!value)
            return value.error();
        config.eventRate = *value;
    }
    if (parser.isSet(scenario)) {
        config.scenario = parser.value(scenario).trimmed();
        if (config.scenario.isEmpty())
            return R::failure(tr("--scenario needs a name."), u"scenario"_s);
    }
    config.requireClientCert = parser.isSet(clientCert);
    if (parser.isSet(tokenTtl)) {
        const auto value = parseInteger(u"token-ttl"_s, parser.value(tokenTtl), 1, 7 * 24 * 3600);
        if (!value)
            return value.error();
        config.tokenTtlSeconds = static_cast<int>(*value);
    }
    if (parser.isSet(timeScale)) {
        const auto value = parseNumber(u"time-scale"_s, parser.value(timeScale), 0.01, 100000.0);
        if (!value)
            return value.error();
        config.timeScale = *value;
    }
    if (parser.isSet(retention)) {
        const auto value = parseInteger(u"event-retention"_s, parser.value(retention), 1000, 1000000000);
        if (!value)
            return value.error();
        config.eventRetention = *value;
    }
    if (parser.isSet(failureRate)) {
        const auto value = parseNumber(u"campaign-failure-rate"_s, parser.value(failureRate), 0.0, 1.0);
        if (!value)
            return value.error();
        config.campaignFailureRate = *value;
    }
    if (parser.isSet(epoch)) {
        config.epoch = QDateTime::fromString(parser.value(epoch), Qt::ISODateWithMs);
        if (!config.epoch.isValid() || config.epoch.timeSpec() == Qt::LocalTime)
            return R::failure(tr("--epoch must be an ISO-8601 time with a zone, e.g. 2026-03-02T08:00:00Z, not \"%1\".")
                                  .arg(parser.value(epoch)),
                              u"epoch"_s);
        config.epoch = config.epoch.toUTC();
    }
    return parsed;
}

QString FleetdConfig::baseUrl(quint16 actualPort) const
{
    const QString host = listenHost.contains(u':') ? u'[' + listenHost + u']' : listenHost;
    return u"https://"_s + host + u':' + QString::number(actualPort) + u"/api/v1"_s;
}

} // namespace warden
