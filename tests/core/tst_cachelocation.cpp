#include "cache/CacheLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace warden;

class TestCacheLocation final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileNames_data();
    void fileNames();
    void differentNamesNeverShareAFile();
    void overrideDirectoryIsUsed();
    void defaultIsAppDataLocation();
};

void TestCacheLocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("warden-test"));
}

void TestCacheLocation::fileNames_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("plain name kept") << QStringLiteral("eu-west") << QStringLiteral("^eu-west\\.sqlite$");
    QTest::newRow("dots and digits kept") << QStringLiteral("prod.eu-1_b") << QStringLiteral("^prod\\.eu-1_b\\.sqlite$");
    QTest::newRow("spaces and capitals") << QStringLiteral("EU West") << QStringLiteral("^eu-west-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("path traversal") << QStringLiteral("../../etc/passwd")
                                    << QStringLiteral("^etc-passwd-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("hidden file") << QStringLiteral(".hidden") << QStringLiteral("^hidden-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("windows separators") << QStringLiteral("a\\b:c") << QStringLiteral("^a-b-c-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("non-ascii") << QStringLiteral("Überwachung Süd") << QStringLiteral("^berwachung-s-d-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("only symbols") << QStringLiteral("***") << QStringLiteral("^backend-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("empty") << QString() << QStringLiteral("^backend-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("very long") << QString(200, u'x') << QStringLiteral("^x{64}-[0-9a-f]{8}\\.sqlite$");
    QTest::newRow("nul character") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                   << QStringLiteral("^a-b-[0-9a-f]{8}\\.sqlite$");
}

void TestCacheLocation::fileNames()
{
    QFETCH(QString, backend);
    QFETCH(QString, pattern);
    const QString name = cacheFileNameFor(backend);
    QVERIFY2(QRegularExpression(pattern).match(name).hasMatch(), qPrintable(name));
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.contains(u'\\'));
    QCOMPARE(cacheFileNameFor(backend), name); // stable across calls and runs
}

void TestCacheLocation::differentNamesNeverShareAFile()
{
    const QStringList names{QStringLiteral("eu-west"), QStringLiteral("EU-WEST"), QStringLiteral("EU West"),
                            QStringLiteral("eu west"), QStringLiteral("eu_west"), QStringLiteral("eu/west"),
                            QStringLiteral("eu-west-00000000"), QString(), QStringLiteral("backend")};
    QSet<QString> files;
    for (const QString &name : names)
        files.insert(cacheFileNameFor(name));
    QCOMPARE(files.size(), names.size());
}

void TestCacheLocation::overrideDirectoryIsUsed()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/warden-caches");
    const QString path = cacheFileFor(QStringLiteral("../escape"), dir);
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir).absolutePath());
    QCOMPARE(cacheFileFor(QStringLiteral("eu-west"), dir), dir + QStringLiteral("/eu-west.sqlite"));
}

void TestCacheLocation::defaultIsAppDataLocation()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!base.isEmpty());
    QCOMPARE(cacheFileFor(QStringLiteral("eu-west")), QDir(base).filePath(QStringLiteral("eu-west.sqlite")));
}

QTEST_GUILESS_MAIN(TestCacheLocation)
#include "tst_cachelocation.moc"
