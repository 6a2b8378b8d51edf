#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace warden {

Result<CommandLineOptions> parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Warden - security operations console for IoT fleets"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Start an embedded fleet backend on 127.0.0.1 and connect to it."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QCoreApplication::translate("CommandLine", "Demo storyline to play (with --demo)."), QStringLiteral("NAME"));
    const QCommandLineOption devices(QStringLiteral("devices"),
        QCoreApplication::translate("CommandLine", "Number of devices in the demo fleet."), QStringLiteral("N"));
    const QCommandLineOption offline(QStringLiteral("offline"),
        QCoreApplication::translate("CommandLine", "Open a cache file read-only, with no network."), QStringLiteral("CACHE"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"),
        QCoreApplication::translate("CommandLine", "Directory holding the per-backend caches."), QStringLiteral("DIR"));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate("CommandLine", "Page to show first (dashboard, topology, threats, register, "
                                                   "updates, licences, quarantine, audit)."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Render the window after start-up, save it as PNG and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("CommandLine", "Milliseconds to wait before the screenshot."), QStringLiteral("MS"));
    // Read and applied before this parser runs (LanguageSetup::languageFromArguments), so --help is translated too.
    const QCommandLineOption language(QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Language of the user interface (for example de, fr, en). Default: "
                                                   "the language setting, else the system language."),
        QStringLiteral("CODE"));
    const QCommandLineOption verifyAudit(QStringLiteral("verify-audit"),
        QCoreApplication::translate("CommandLine", "Check an exported audit range and its proof, print the verdict and "
                                                   "exit (0 verified, 1 not)."), QStringLiteral("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QCoreApplication::translate("CommandLine", "Colours for this run: system, light or dark. Default: the theme "
                                                   "setting (View → Theme)."), QStringLiteral("NAME"));
    parser.addOptions({demo, scenario, devices, offline, cacheDir, page, screenshot, screenshotDelay, language});
    parser.addOption(verifyAudit);
    parser.addOption(theme);
    parser.process(app);

    CommandLineOptions options;
    options.demo = parser.isSet(demo);
    options.scenario = parser.value(scenario);
    options.offlineCache = parser.value(offline);
    options.cacheDir = parser.value(cacheDir);
    options.page = parser.value(page);
    options.screenshotFile = parser.value(screenshot);
    options.verifyAuditFile = parser.value(verifyAudit);
    options.theme = parser.value(theme);
    if (parser.isSet(devices)) {
        bool ok = false;
        options.demoDevices = parser.value(devices).toInt(&ok);
        if (!ok || options.demoDevices < 1 || options.demoDevices > 2'000'000)
            return Result<CommandLineOptions>::failure(
                QCoreApplication::translate("CommandLine", "--devices needs a number between 1 and 2000000."));
    }
    if (parser.isSet(screenshotDelay)) {
        bool ok = false;
        options.screenshotDelayMs = parser.value(screenshotDelay).toInt(&ok);
        if (!ok || options.screenshotDelayMs < 0)
            return Result<CommandLineOptions>::failure(
                QCoreApplication::translate("CommandLine", "--screenshot-delay needs a number of milliseconds."));
    }
    if (options.demo && !options.offlineCache.isEmpty())
        return Result<CommandLineOptions>::failure(
            QCoreApplication::translate("CommandLine", "--demo and --offline cannot be used together."));
    return options;
}

} // namespace warden
