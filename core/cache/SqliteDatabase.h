#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace warden {

namespace detail {
struct SqliteConnection;
struct SqliteStatementSlot;
} // namespace detail

// A prepared statement handed out by SqliteDatabase::prepare(). Binding indexes are 1-based, as in SQLite.
// Cached statements are owned by the database; this handle only resets them (and clears their bindings) when it
// goes out of scope, so the next prepare() of the same SQL reuses the compiled statement. Must not outlive the
// database. Not responsible for choosing SQL or converting domain types.
class SqliteStatement {
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    // Values are copied into buffers of this handle, so temporaries are fine.
    void bindText(int index, const QString &value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    // NULL when the string is null, text otherwise; for optional text columns.
    void bindOptionalText(int index, const QString &value);

    // true: a row is available; false: the statement is done.
    Result<bool> step();
    // Runs a statement that returns no rows to completion and resets it, ready to be bound again.
    Status execute();
    // Rewinds the statement and clears its bindings.
    void reset();

    int columnCount() const;
    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    // Valid until the next step/reset of this statement.
    QByteArrayView columnTextUtf8(int column) const;
    QByteArray columnBlob(int column) const;

    QString sql() const;

private:
    friend class SqliteDatabase;
    SqliteStatement(detail::SqliteConnection *connection, sqlite3_stmt *statement, detail::SqliteStatementSlot *slot);
    void release();
    QByteArray &bufferFor(int index, qsizetype size);

    detail::SqliteConnection *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    detail::SqliteStatementSlot *m_slot = nullptr; // null: not cached, so finalized with this handle
    // Bytes of bound text and blob values, one buffer per parameter, reused row after row (see bindText).
    std::vector<QByteArray> m_textBuffers;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

// Open connection to one SQLite file (RAII over sqlite3*): opening with clear errors, exec, a statement cache keyed
// by SQL, integrity checks. Generic: knows nothing about Warden's schema (see CacheSchema), so fleetd's store can use
// it too. One connection must not be used from two threads at the same time.
class SqliteDatabase {
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    enum class OpenMode { ReadWrite, ReadOnly, CreateIfMissing };

    // Opens path and reads its schema once, so a file that is not a database (or whose header is corrupt) fails
    // here with SQLite's message, before anything is written. Sets a 5 s busy timeout. On failure, *resultCode
    // (if given) receives SQLite's primary result code, e.g. 26 = SQLITE_NOTADB.
    static Result<SqliteDatabase> open(const QString &path, OpenMode mode, int *resultCode = nullptr);
    // SQLite's English description of a result code, e.g. "file is not a database".
    static QString describeResultCode(int resultCode);

    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    // Runs one or more ;-separated statements whose rows (if any) are not needed.
    Status exec(const QString &sql);
    // Returns the cached statement for this SQL (compiled once); if that one is in use, a fresh uncached one.
    Result<SqliteStatement> prepare(const QString &sql);
    // Runs a query expected to return one integer in its first row (e.g. a PRAGMA or count(*)).
    Result<qint64> queryInt64(const QString &sql);

    void setBusyTimeout(int milliseconds);
    // PRAGMA integrity_check: an empty list means the file is sound; otherwise SQLite's problem descriptions.
    Result<QStringList> integrityCheck();

    qint64 lastInsertRowId() const;
    // Rows changed by the most recent INSERT/UPDATE/DELETE on this connection.
    qint64 changes() const;
    bool inTransaction() const;
    // Primary SQLite result code of the last failure seen through this connection or its statements,
    // e.g. 26 = SQLITE_NOTADB, 11 = SQLITE_CORRUPT, 13 = SQLITE_FULL; 0 when nothing failed yet.
    int lastErrorCode() const;
    QString path() const;
    bool isReadOnly() const;
    sqlite3 *handle() const;

    // Builds "<what>: <sqlite message> (<path>)" from the connection's last error and remembers its code.
    Error error(const QString &what);

private:
    explicit SqliteDatabase(std::unique_ptr<detail::SqliteConnection> connection);

    // Heap-allocated so statements handed out keep a stable pointer when the database object is moved.
    std::unique_ptr<detail::SqliteConnection> d;
};

// BEGIN IMMEDIATE on creation; ROLLBACK on destruction unless commit() succeeded. IMMEDIATE takes the write lock up
// front, so a busy database fails at begin() rather than half-way through a batch.
class SqliteTransaction {
public:
    static Result<SqliteTransaction> begin(SqliteDatabase &database);

    SqliteTransaction(SqliteTransaction &&other) noexcept;
    SqliteTransaction &operator=(SqliteTransaction &&) = delete;
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;
    ~SqliteTransaction();

    Status commit();
    // Explicit rollback; safe when SQLite already rolled back by itself (e.g. after SQLITE_FULL).
    void rollback();

private:
    explicit SqliteTransaction(SqliteDatabase *database) : m_database(database) {}
    SqliteDatabase *m_database = nullptr; // null once committed or rolled back
};

} // namespace warden
