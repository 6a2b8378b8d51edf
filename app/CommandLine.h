#pragma once

#include "util/Result.h"

#include <QString>

class QCoreApplication;

namespace warden {

// Everything the command line can ask of the console. The option names are public interface.
struct CommandLineOptions {
    bool demo = false;
    QString scenario;
    int demoDevices = 2000;
    QString offlineCache;
    QString cacheDir;
    QString page;
    QString screenshotFile;
    int screenshotDelayMs = 1500;
    QString verifyAuditFile; // --verify-audit FILE: check an audit export and exit
    QString theme;           // --theme system|light|dark for this run; empty: the "theme" setting
};

// Parses argv; --help and --version print and exit as usual. Bad values come back as an error.
Result<CommandLineOptions> parseCommandLine(const QCoreApplication &app);

} // namespace warden
