#include "FileSizeLimit.h"
#include "cache/SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;

// SQLite reports a write refused by the system only as "disk I/O error" or "database or disk is full". The
// operator must read the likely cause (here a file size limit) and how much room the disk has, and the file must
// stay usable once writes are possible again.
class TestDiskFullCache : public QObject {
    Q_OBJECT

private slots:
    void writeRefusedBySizeLimitNamesTheCause_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << u"DELETE"_s;
        QTest::newRow("write-ahead log") << u"WAL"_s;
    }

    void writeRefusedBySizeLimitNamesTheCause()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cache.sqlite"_s);
        auto opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        SqliteDatabase &database = opened.value();
        QVERIFY(database.exec(u"PRAGMA journal_mode = "_s + journalMode).ok());
        QVERIFY(database.exec(u"CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL);"
                              u"INSERT INTO blobs (data) VALUES (zeroblob(4096));"_s)
                    .ok());

        {
            FileSizeLimit limit;
            // Smaller than what the next insert must write, whichever file (database, journal or log) gets it.
            QVERIFY(limit.cap(64 * 1024));
            const Status refused = database.exec(u"INSERT INTO blobs (data) VALUES (zeroblob(1048576))"_s);
            QVERIFY(!refused.ok());
            const QString message = refused.errorMessage();
            // SQLite's own words stay, the cause and the free space are added, and the file is named.
            QVERIFY2(message.contains(u"disk"_s), qPrintable(message));
            QVERIFY2(message.contains(u"file size limit"_s), qPrintable(message));
            QVERIFY2(message.contains(u" free on "_s), qPrintable(message));
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY(database.lastErrorCode() == 10 /* SQLITE_IOERR */ || database.lastErrorCode() == 13 /* FULL */);
        }

        // Room again: the same connection writes, nothing earlier is lost, the file is sound.
        QVERIFY(!database.inTransaction());
        const Status stored = database.exec(u"INSERT INTO blobs (data) VALUES (zeroblob(1048576))"_s);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QCOMPARE(database.queryInt64(u"SELECT count(*) FROM blobs"_s).value(), 2);
        QCOMPARE(database.integrityCheck().value(), QStringList());
    }

    void otherFailuresGetNoDiskCause()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = SqliteDatabase::open(dir.filePath(u"other.sqlite"_s), SqliteDatabase::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        QVERIFY(opened.value().exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY NOT NULL)"_s).ok());
        const Status refused = opened.value().exec(u"INSERT INTO t (id) VALUES (NULL), (1), (1)"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"UNIQUE"_s), qPrintable(refused.errorMessage()));
        QVERIFY2(!refused.errorMessage().contains(u"likely cause"_s), qPrintable(refused.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDiskFullCache)
#include "tst_diskfullcache.moc"
