#include "AuditVerifyCommand.h"
#include "CommandLine.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "LanguageSetup.h"
#include "MainWindow.h"
#include "ThemeSetup.h"
#include "WindowStateStore.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The embedded demo backend logs every request at debug level; the console's own log stays readable.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("warden.fleetd.*.debug=false"));
    QApplication::setApplicationName(QStringLiteral("warden"));
    QApplication::setApplicationDisplayName(QStringLiteral("Warden"));
    QApplication::setOrganizationName(QStringLiteral("Warden"));
    QApplication::setApplicationVersion(QStringLiteral(WARDEN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/warden.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.warden.Warden"));

    // Translators go in before the command line is parsed so that --help is translated as well.
    warden::LanguageSetup language;
    const warden::Status languageChosen = language.apply(warden::LanguageSetup::languageFromArguments(app.arguments()));

    const auto options = warden::parseCommandLine(app);
    if (!options.ok()) {
        std::fprintf(stderr, "warden: %s\n", qPrintable(options.errorMessage()));
        return 2;
    }
    if (!languageChosen.ok()) {
        std::fprintf(stderr, "warden: %s\n", qPrintable(languageChosen.errorMessage()));
        return 2;
    }

    if (!options->verifyAuditFile.isEmpty())
        return warden::runVerifyAuditCommand(options->verifyAuditFile);

    warden::ThemeSetup theme;
    if (const warden::Status applied = theme.applyFromSettings(options->theme); !applied.ok()) {
        std::fprintf(stderr, "warden: %s\n", qPrintable(applied.errorMessage()));
        return 2;
    }

    warden::ConsoleModels models;
    warden::MainWindow window(&models);
    theme.addMenu(window.menuBar());
    warden::ConsoleController controller(&models, &window);
    controller.setCacheDir(options->cacheDir);
    QObject::connect(window.connectAction(), &QAction::triggered, &controller, &warden::ConsoleController::showConnectDialog);
    if (!options->offlineCache.isEmpty())
        controller.openOffline(options->offlineCache);
    if (options->demo) {
        warden::DemoOptions demo;
        demo.devices = options->demoDevices;
        demo.scenario = options->scenario;
        demo.cacheDir = options->cacheDir;
        controller.startDemo(demo);
    }
    // Screenshots are reproducible: they neither use nor overwrite the operator's remembered window state.
    QSettings settings;
    std::unique_ptr<warden::WindowStateStore> windowState;
    if (options->screenshotFile.isEmpty()) {
        windowState = std::make_unique<warden::WindowStateStore>(&window, &settings);
        windowState->restore(options->page);
    } else {
        window.resize(1440, 900);
    }
    if (!options->page.isEmpty() && !window.showPage(options->page)) {
        std::fprintf(stderr, "warden: unknown page '%s' (pages: %s)\n", qPrintable(options->page),
                     qPrintable(window.pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    if (!options->screenshotFile.isEmpty()) {
        const QString file = options->screenshotFile;
        QTimer::singleShot(options->screenshotDelayMs, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "warden: could not write screenshot to %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    window.show();
    return QApplication::exec();
}
