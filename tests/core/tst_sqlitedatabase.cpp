#include "cache/SqliteDatabase.h"

#include "CacheTestData.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace warden;

namespace {

int preparedStatementCount(const SqliteDatabase &database)
{
    int count = 0;
    for (sqlite3_stmt *statement = sqlite3_next_stmt(database.handle(), nullptr); statement;
         statement = sqlite3_next_stmt(database.handle(), statement))
        ++count;
    return count;
}

} // namespace

class TestSqliteDatabase final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void openMissingFileWithoutCreateFails_data();
    void openMissingFileWithoutCreateFails();
    void createAndReopen();
    void openRefusesNonDatabase();
    void readOnlyRefusesWrites();

    void bindAndReadColumns_data();
    void bindAndReadColumns();
    void emptyTextIsNotNull();
    void boundValuesAreCopied();
    void statementsAreCachedBySql();
    void sameSqlInUseGetsAFreshStatement();
    void prepareRejectsBadSqlWithPathAndSqliteMessage();
    void prepareRejectsMoreThanOneStatement();
    void stepErrorNamesConstraint();

    void transactionCommits();
    void transactionRollsBackOnDestruction();
    void transactionRollbackAfterDiskFullIsSafe();

    void integrityCheckOnSoundFile();
    void integrityCheckFindsDamage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString &name) const { return m_dir->filePath(name); }
};

void TestSqliteDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteDatabase::openMissingFileWithoutCreateFails_data()
{
    QTest::addColumn<SqliteDatabase::OpenMode>("mode");
    QTest::newRow("read-write") << SqliteDatabase::OpenMode::ReadWrite;
    QTest::newRow("read-only") << SqliteDatabase::OpenMode::ReadOnly;
}

void TestSqliteDatabase::openMissingFileWithoutCreateFails()
{
    QFETCH(SqliteDatabase::OpenMode, mode);
    const QString path = file(QStringLiteral("missing.sqlite"));
    Result<SqliteDatabase> database = SqliteDatabase::open(path, mode);
    QVERIFY(!database.ok());
    QVERIFY2(database.errorMessage().contains(path), qPrintable(database.errorMessage()));
    QVERIFY2(database.errorMessage().contains(QStringLiteral("does not exist")), qPrintable(database.errorMessage()));
    QVERIFY(!QFile::exists(path));
}

void TestSqliteDatabase::createAndReopen()
{
    const QString path = file(QStringLiteral("a.sqlite"));
    {
        Result<SqliteDatabase> database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QCOMPARE(database->path(), path);
        QVERIFY(database.value().exec(QStringLiteral("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (41), (1);")).ok());
    }
    Result<SqliteDatabase> reopened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWrite);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    Result<qint64> sum = reopened.value().queryInt64(QStringLiteral("SELECT sum(a) FROM t"));
    QVERIFY(sum.ok());
    QCOMPARE(sum.value(), 42);

    // Moving the database keeps it usable (statements hold the heap-allocated connection, not the object).
    SqliteDatabase moved = std::move(reopened).value();
    QCOMPARE(moved.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 2);
}

void TestSqliteDatabase::openRefusesNonDatabase()
{
    const QString path = file(QStringLiteral("notes.txt"));
    const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(100);
    QVERIFY(test::writeFile(path, text));
    int code = 0;
    Result<SqliteDatabase> database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWrite, &code);
    QVERIFY(!database.ok());
    QCOMPARE(code, SQLITE_NOTADB);
    QVERIFY2(database.errorMessage().contains(QStringLiteral("file is not a database")),
             qPrintable(database.errorMessage()));
    QVERIFY2(database.errorMessage().contains(path), qPrintable(database.errorMessage()));
    QCOMPARE(test::fileBytes(path), text);
    QCOMPARE(SqliteDatabase::describeResultCode(SQLITE_NOTADB), QStringLiteral("file is not a database"));
}

void TestSqliteDatabase::readOnlyRefusesWrites()
{
    const QString path = file(QStringLiteral("ro.sqlite"));
    {
        Result<SqliteDatabase> database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
        QVERIFY(database.ok());
        QVERIFY(database.value().exec(QStringLiteral("CREATE TABLE t (a)")).ok());
    }
    Result<SqliteDatabase> database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    QVERIFY(database.ok());
    QVERIFY(database->isReadOnly());
    Status written = database.value().exec(QStringLiteral("INSERT INTO t VALUES (1)"));
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(QStringLiteral("readonly")), qPrintable(written.errorMessage()));
    QCOMPARE(database.value().lastErrorCode(), SQLITE_READONLY);
}

void TestSqliteDatabase::bindAndReadColumns_data()
{
    QTest::addColumn<int>("kind"); // 0 null, 1 int64, 2 double, 3 QString, 4 utf8 view, 5 blob
    QTest::addColumn<QVariant>("value");
    QTest::newRow("null") << 0 << QVariant();
    QTest::newRow("int64 max") << 1 << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << 1 << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("double") << 2 << QVariant(-1234.5625);
    QTest::newRow("text ascii") << 3 << QVariant(QStringLiteral("dev-000001"));
    QTest::newRow("text unicode") << 3 << QVariant(QStringLiteral("Zimmer 3 – Müller 🩺 日本"));
    QTest::newRow("text with nul") << 3 << QVariant(QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b"));
    QTest::newRow("utf8 view") << 4 << QVariant(QStringLiteral("Grüße"));
    QTest::newRow("blob") << 5 << QVariant(QByteArray("\x00\x01\xff\xfe binary", 12));
    QTest::newRow("empty blob") << 5 << QVariant(QByteArray());
}

void TestSqliteDatabase::bindAndReadColumns()
{
    QFETCH(int, kind);
    QFETCH(QVariant, value);
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("b.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v)")).ok());
    {
        Result<SqliteStatement> insert = database.prepare(QStringLiteral("INSERT INTO t (id, v) VALUES (?1, ?2)"));
        QVERIFY2(insert.ok(), qPrintable(insert.errorMessage()));
        insert.value().bindInt64(1, 7);
        const QByteArray utf8 = value.toString().toUtf8();
        switch (kind) {
        case 0:
            insert.value().bindNull(2);
            break;
        case 1:
            insert.value().bindInt64(2, value.toLongLong());
            break;
        case 2:
            insert.value().bindDouble(2, value.toDouble());
            break;
        case 3:
            insert.value().bindText(2, value.toString());
            break;
        case 4:
            insert.value().bindText(2, QByteArrayView(utf8));
            break;
        case 5:
            insert.value().bindBlob(2, value.toByteArray());
            break;
        }
        QVERIFY(insert.value().execute().ok());
        QCOMPARE(database.changes(), 1);
        QCOMPARE(database.lastInsertRowId(), 7);
    }
    Result<SqliteStatement> select = database.prepare(QStringLiteral("SELECT v, typeof(v) FROM t WHERE id = ?1"));
    QVERIFY(select.ok());
    select.value().bindInt64(1, 7);
    Result<bool> row = select.value().step();
    QVERIFY(row.ok());
    QVERIFY(row.value());
    QCOMPARE(select.value().columnCount(), 2);
    const SqliteStatement &s = select.value();
    switch (kind) {
    case 0:
        QVERIFY(s.columnIsNull(0));
        QVERIFY(s.columnText(0).isNull());
        break;
    case 1:
        QCOMPARE(s.columnInt64(0), value.toLongLong());
        QCOMPARE(s.columnText(1), QStringLiteral("integer"));
        break;
    case 2:
        QCOMPARE(s.columnDouble(0), value.toDouble());
        break;
    case 3:
    case 4:
        QCOMPARE(s.columnText(1), QStringLiteral("text"));
        QCOMPARE(s.columnText(0), value.toString());
        QCOMPARE(s.columnTextUtf8(0).toByteArray(), value.toString().toUtf8());
        break;
    case 5:
        QCOMPARE(s.columnText(1), QStringLiteral("blob"));
        QCOMPARE(s.columnBlob(0), value.toByteArray());
        break;
    }
    QVERIFY(!select.value().step().value());
}

void TestSqliteDatabase::emptyTextIsNotNull()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("e.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a, b, c, d)")).ok());
    Result<SqliteStatement> insert = database.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4)"));
    QVERIFY(insert.ok());
    insert.value().bindText(1, QString());
    insert.value().bindText(2, QByteArrayView());
    insert.value().bindOptionalText(3, QString());
    insert.value().bindOptionalText(4, QStringLiteral(""));
    QVERIFY(insert.value().execute().ok());
    Result<qint64> nulls =
        database.queryInt64(QStringLiteral("SELECT (a IS NULL) + 2 * (b IS NULL) + 4 * (c IS NULL) + 8 * (d IS NULL) FROM t"));
    QVERIFY(nulls.ok());
    QCOMPARE(nulls.value(), 4); // only the optional text bound from a null QString is NULL
}

void TestSqliteDatabase::boundValuesAreCopied()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("copy.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c BLOB)")).ok());
    const QStringList texts{QStringLiteral("a much longer value than the next one, Größe ✓"), QStringLiteral("short"),
                            QString(), QStringLiteral("again a longer value to grow the buffer once more")};
    {
        Result<SqliteStatement> insert = database.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4)"));
        QVERIFY(insert.ok());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            insert.value().bindInt64(1, i);
            // Temporaries: gone before the row is stepped, so the statement must hold its own copy.
            insert.value().bindText(2, QString(texts.at(i)));
            insert.value().bindText(3, QByteArrayView(QByteArray(texts.at(i).toUtf8() + QByteArray("!"))));
            insert.value().bindBlob(4, QByteArray::number(i * 1000));
            QVERIFY(insert.value().execute().ok());
        }
    }
    Result<SqliteStatement> select = database.prepare(QStringLiteral("SELECT a, b, c FROM t ORDER BY id"));
    QVERIFY(select.ok());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QVERIFY(select.value().step().value());
        QCOMPARE(select.value().columnText(0), texts.at(i));
        QCOMPARE(select.value().columnText(1), texts.at(i) + u'!');
        QCOMPARE(select.value().columnBlob(2), QByteArray::number(i * 1000));
    }
}

void TestSqliteDatabase::statementsAreCachedBySql()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("c.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a INTEGER)")).ok());
    const int before = preparedStatementCount(database);
    for (int i = 0; i < 100; ++i) {
        Result<SqliteStatement> insert = database.prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
        QVERIFY(insert.ok());
        insert.value().bindInt64(1, i);
        QVERIFY(insert.value().execute().ok());
    }
    QCOMPARE(preparedStatementCount(database), before + 1);
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 100);
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT sum(a) FROM t")).value(), 4950);

    // A handle released mid-iteration leaves the cached statement reset: the next use starts from the first row.
    for (int round = 0; round < 2; ++round) {
        Result<SqliteStatement> select = database.prepare(QStringLiteral("SELECT a FROM t ORDER BY a"));
        QVERIFY(select.ok());
        QVERIFY(select.value().step().value());
        QCOMPARE(select.value().columnInt64(0), 0);
        QVERIFY(select.value().step().value());
        QCOMPARE(select.value().columnInt64(0), 1);
    }
}

void TestSqliteDatabase::sameSqlInUseGetsAFreshStatement()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("n.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3);")).ok());
    const QString sql = QStringLiteral("SELECT a FROM t WHERE a >= ?1 ORDER BY a");
    Result<SqliteStatement> outer = database.prepare(sql);
    QVERIFY(outer.ok());
    outer.value().bindInt64(1, 1);
    QList<qint64> pairs;
    while (outer.value().step().value()) {
        Result<SqliteStatement> inner = database.prepare(sql);
        QVERIFY(inner.ok());
        inner.value().bindInt64(1, outer.value().columnInt64(0));
        while (inner.value().step().value())
            pairs.append(outer.value().columnInt64(0) * 10 + inner.value().columnInt64(0));
    }
    QCOMPARE(pairs, (QList<qint64>{11, 12, 13, 22, 23, 33}));
}

void TestSqliteDatabase::prepareRejectsBadSqlWithPathAndSqliteMessage()
{
    const QString path = file(QStringLiteral("s.sqlite"));
    Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    Result<SqliteStatement> bad = opened.value().prepare(QStringLiteral("SELEKT 1"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().contains(QStringLiteral("syntax error")), qPrintable(bad.errorMessage()));
    QVERIFY2(bad.errorMessage().contains(path), qPrintable(bad.errorMessage()));
    QVERIFY2(bad.errorMessage().contains(QStringLiteral("SELEKT 1")), qPrintable(bad.errorMessage()));
    QCOMPARE(opened.value().lastErrorCode(), SQLITE_ERROR);

    Result<SqliteStatement> missingTable = opened.value().prepare(QStringLiteral("SELECT * FROM nowhere"));
    QVERIFY(!missingTable.ok());
    QVERIFY2(missingTable.errorMessage().contains(QStringLiteral("no such table: nowhere")),
             qPrintable(missingTable.errorMessage()));
}

void TestSqliteDatabase::prepareRejectsMoreThanOneStatement()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("m.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    QVERIFY(!opened.value().prepare(QStringLiteral("SELECT 1; SELECT 2")).ok());
    QVERIFY(opened.value().prepare(QStringLiteral("SELECT 1;  \n")).ok());
    QVERIFY(!opened.value().prepare(QStringLiteral("   ")).ok());
}

void TestSqliteDatabase::stepErrorNamesConstraint()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("u.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY)")).ok());
    Result<SqliteStatement> insert = database.prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
    QVERIFY(insert.ok());
    insert.value().bindText(1, QStringLiteral("x"));
    QVERIFY(insert.value().execute().ok());
    insert.value().bindText(1, QStringLiteral("x"));
    Status duplicate = insert.value().execute();
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.errorMessage().contains(QStringLiteral("UNIQUE constraint failed: t.id")),
             qPrintable(duplicate.errorMessage()));
    QCOMPARE(database.lastErrorCode(), SQLITE_CONSTRAINT);
    // The statement is usable again after the failure.
    insert.value().bindText(1, QStringLiteral("y"));
    QVERIFY(insert.value().execute().ok());
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 2);
}

void TestSqliteDatabase::transactionCommits()
{
    const QString path = file(QStringLiteral("t.sqlite"));
    Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a)")).ok());
    {
        Result<SqliteTransaction> transaction = SqliteTransaction::begin(database);
        QVERIFY2(transaction.ok(), qPrintable(transaction.errorMessage()));
        QVERIFY(database.inTransaction());
        QVERIFY(database.exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        QVERIFY(transaction.value().commit().ok());
        QVERIFY(!database.inTransaction());
        QVERIFY(!transaction.value().commit().ok()); // committing twice is an error, not a crash
    }
    Result<SqliteDatabase> other = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    QVERIFY(other.ok());
    QCOMPARE(other.value().queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
}

void TestSqliteDatabase::transactionRollsBackOnDestruction()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("r.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a)")).ok());
    {
        Result<SqliteTransaction> transaction = SqliteTransaction::begin(database);
        QVERIFY(transaction.ok());
        QVERIFY(database.exec(QStringLiteral("INSERT INTO t VALUES (1), (2)")).ok());
        QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 2);
    }
    QVERIFY(!database.inTransaction());
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 0);

    // A second BEGIN while one is open fails with SQLite's reason rather than nesting silently.
    Result<SqliteTransaction> first = SqliteTransaction::begin(database);
    QVERIFY(first.ok());
    Result<SqliteTransaction> second = SqliteTransaction::begin(database);
    QVERIFY(!second.ok());
    QVERIFY2(second.errorMessage().contains(QStringLiteral("within a transaction")), qPrintable(second.errorMessage()));
}

void TestSqliteDatabase::transactionRollbackAfterDiskFullIsSafe()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("full.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a BLOB); INSERT INTO t VALUES (zeroblob(100));")).ok());
    const qint64 pages = database.queryInt64(QStringLiteral("PRAGMA page_count")).value();
    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());
    {
        Result<SqliteTransaction> transaction = SqliteTransaction::begin(database);
        QVERIFY(transaction.ok());
        Status full = database.exec(QStringLiteral("INSERT INTO t SELECT zeroblob(100000) FROM t"));
        QVERIFY(!full.ok());
        QCOMPARE(database.lastErrorCode(), SQLITE_FULL);
        QVERIFY2(full.errorMessage().contains(QStringLiteral("database or disk is full")), qPrintable(full.errorMessage()));
    } // rolls back (or finds SQLite already did) without a second error
    QVERIFY(!database.inTransaction());
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = 1000000")).ok());
    QVERIFY(database.exec(QStringLiteral("INSERT INTO t SELECT zeroblob(100000) FROM t")).ok());
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 2);
}

void TestSqliteDatabase::integrityCheckOnSoundFile()
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(file(QStringLiteral("ok.sqlite")),
                                                         SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    QVERIFY(opened.value().exec(QStringLiteral("CREATE TABLE t (a); CREATE INDEX ti ON t (a); "
                                               "INSERT INTO t VALUES (1), (2);"))
                .ok());
    Result<QStringList> problems = opened.value().integrityCheck();
    QVERIFY2(problems.ok(), qPrintable(problems.errorMessage()));
    QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(u'\n')));
}

void TestSqliteDatabase::integrityCheckFindsDamage()
{
    const QString path = file(QStringLiteral("damaged.sqlite"));
    qint64 pageSize = 0;
    qint64 indexRoot = 0;
    {
        Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        SqliteDatabase &database = opened.value();
        QVERIFY(database.exec(QStringLiteral("CREATE TABLE t (a TEXT); CREATE INDEX ti ON t (a); "
                                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                             "WHERE i < 2000) INSERT INTO t SELECT 'row-' || i FROM n;"))
                    .ok());
        pageSize = database.queryInt64(QStringLiteral("PRAGMA page_size")).value();
        indexRoot = database.queryInt64(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'ti'")).value();
    }
    QVERIFY(indexRoot > 1);
    // Overwrite the index's root page with garbage: the table still reads, the index no longer matches it.
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek((indexRoot - 1) * pageSize));
    QVERIFY(damaged.write(QByteArray(int(pageSize), '\x5a')) == pageSize);
    damaged.close();

    Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWrite);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    Result<QStringList> problems = opened.value().integrityCheck();
    // Depending on the damage SQLite lists the problems or gives up with SQLITE_CORRUPT; both must be reported.
    if (problems.ok()) {
        QVERIFY(!problems.value().isEmpty());
    } else {
        QVERIFY2(problems.errorMessage().contains(QStringLiteral("malformed")), qPrintable(problems.errorMessage()));
    }
}

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
