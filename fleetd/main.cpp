#include <QCoreApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARDEN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Warden reference fleet backend"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
