#include "cache/SqliteDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <sqlite3.h>

#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_map>

namespace warden {

namespace detail {

namespace {

// SQLite words a full disk, a file-size limit, a used-up quota and a read-only file system alike ("disk I/O error",
// "database or disk is full"): the system error of the failed write tells them apart, and the free space of the
// file system says whether making room would help. Empty when the failure is not about writing to the disk.
QString writeFailureCause(sqlite3 *db, int code, const QString &path)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_FULL && primary != SQLITE_IOERR)
        return {};
    const int systemError = db ? sqlite3_system_errno(db) : 0;
    QString cause;
    switch (systemError) {
    case ENOSPC:
        cause = QCoreApplication::translate("SqliteDatabase", "the disk holding the file is full");
        break;
    case EDQUOT:
        cause = QCoreApplication::translate("SqliteDatabase", "the disk quota of this user is used up");
        break;
    case EFBIG:
        cause = QCoreApplication::translate("SqliteDatabase",
                                            "the file reached the largest size this process may write (a file size "
                                            "limit, see “ulimit -f”)");
        break;
    case EROFS:
        cause = QCoreApplication::translate("SqliteDatabase", "the file system is read-only");
        break;
    case EIO:
        cause = QCoreApplication::translate("SqliteDatabase", "the storage device reported a hardware error");
        break;
    default:
        break;
    }
    // SQLite reads the system error after its own clean-up may have replaced it: look at the limits directly.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (cause.isEmpty() && (primary == SQLITE_FULL || code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC
                            || code == SQLITE_IOERR_TRUNCATE || code == SQLITE_IOERR_SHMSIZE)) {
        rlimit limit{};
        qint64 largest = 0;
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")})
            largest = std::max(largest, QFileInfo(file).size());
        constexpr qint64 Slack = 1024 * 1024; // a write that failed may have been up to this much past the end
        if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
            && largest + Slack >= qint64(limit.rlim_cur)) {
            cause = QCoreApplication::translate("SqliteDatabase",
                                                "the file reached the largest size this process may write (a file "
                                                "size limit, see \u201culimit -f\u201d)");
        } else if (primary == SQLITE_FULL || (storage.isValid() && storage.bytesAvailable() < Slack)) {
            cause = QCoreApplication::translate("SqliteDatabase", "the disk holding the file is full");
        }
    }
    if (cause.isEmpty())
        return {};
    if (storage.isValid() && storage.bytesAvailable() >= 0) {
        cause = QCoreApplication::translate("SqliteDatabase", "%1; %2 free on %3")
                    .arg(cause, QLocale().formattedDataSize(storage.bytesAvailable()), storage.rootPath());
    }
    return cause;
}

} // namespace

struct SqliteStatementSlot {
    sqlite3_stmt *statement = nullptr;
    bool inUse = false;
};

struct SqliteConnection {
    sqlite3 *db = nullptr;
    QString path;
    bool readOnly = false;
    int lastErrorCode = 0;
    // unique_ptr so slot addresses stay valid while handles point at them.
    std::unordered_map<QString, std::unique_ptr<SqliteStatementSlot>> statements;

    ~SqliteConnection()
    {
        for (auto &entry : statements)
            sqlite3_finalize(entry.second->statement);
        statements.clear();
        // close_v2 defers the close if a handle still holds an uncached statement, instead of leaking the file.
        sqlite3_close_v2(db);
    }

    Error error(const QString &what, int code)
    {
        lastErrorCode = code & 0xff;
        const QString sqliteMessage = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
        const QString cause = writeFailureCause(db, db ? sqlite3_extended_errcode(db) : code, path);
        if (!cause.isEmpty()) {
            return Error{QCoreApplication::translate("SqliteDatabase", "%1: %2 — likely cause: %3 (%4)")
                             .arg(what, sqliteMessage, cause, path),
                         {}};
        }
        return Error{QStringLiteral("%1: %2 (%3)").arg(what, sqliteMessage, path), {}};
    }
};

} // namespace detail

// ---- SqliteStatement ----

SqliteStatement::SqliteStatement(detail::SqliteConnection *connection, sqlite3_stmt *statement,
                                 detail::SqliteStatementSlot *slot)
    : m_connection(connection), m_statement(statement), m_slot(slot)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_slot(std::exchange(other.m_slot, nullptr)),
      m_textBuffers(std::move(other.m_textBuffers)) // moving keeps the bytes where SQLite's bindings point
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_slot = std::exchange(other.m_slot, nullptr);
        m_textBuffers = std::move(other.m_textBuffers);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    release();
}

void SqliteStatement::release()
{
    if (!m_statement)
        return;
    if (m_slot) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_slot->inUse = false;
    } else {
        sqlite3_finalize(m_statement);
    }
    m_statement = nullptr;
    m_slot = nullptr;
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

QByteArray &SqliteStatement::bufferFor(int index, qsizetype size)
{
    if (m_textBuffers.size() < size_t(index))
        m_textBuffers.resize(size_t(index));
    QByteArray &buffer = m_textBuffers[size_t(index - 1)];
    if (buffer.size() < size)
        buffer.resize(size);
    return buffer;
}

// Values are copied (or encoded) into a buffer of this handle that is reused row after row and bound with
// SQLITE_STATIC: SQLite then needs no allocation and no UTF-16 conversion of its own per value, which is most of
// the per-row cost of a bulk insert. The buffer stays untouched until the parameter is bound again.
void SqliteStatement::bindText(int index, const QString &value)
{
    if (index < 1)
        return;
    QByteArray &buffer = bufferFor(index, m_encoder.requiredSpace(value.size()));
    char *begin = buffer.data();
    const char *end = m_encoder.appendToBuffer(begin, value);
    sqlite3_bind_text(m_statement, index, begin, int(end - begin), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (index < 1)
        return;
    QByteArray &buffer = bufferFor(index, utf8.size());
    char *begin = buffer.data(); // never null, so an empty value is '' rather than NULL
    if (!utf8.isEmpty())
        memcpy(begin, utf8.data(), size_t(utf8.size()));
    sqlite3_bind_text(m_statement, index, begin, int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    if (index < 1)
        return;
    QByteArray &buffer = bufferFor(index, bytes.size());
    char *begin = buffer.data();
    if (!bytes.isEmpty())
        memcpy(begin, bytes.data(), size_t(bytes.size()));
    sqlite3_bind_blob(m_statement, index, begin, int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindOptionalText(int index, const QString &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bindText(index, value);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error failure = m_connection->error(tr("Could not run \u201c%1\u201d").arg(sql().simplified().left(80)), rc);
    // Rewind at once so the statement does not keep a read lock or a half-done write open.
    sqlite3_reset(m_statement);
    return failure;
}

Status SqliteStatement::execute()
{
    Result<bool> stepped = step();
    while (stepped.ok() && stepped.value())
        stepped = step();
    if (!stepped.ok())
        return stepped.error();
    sqlite3_reset(m_statement);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::columnTextUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const void *blob = sqlite3_column_blob(m_statement, column);
    if (!blob)
        return {};
    return QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::sql() const
{
    return m_statement ? QString::fromUtf8(sqlite3_sql(m_statement)) : QString();
}

// ---- SqliteDatabase ----

SqliteDatabase::SqliteDatabase(std::unique_ptr<detail::SqliteConnection> connection) : d(std::move(connection)) {}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept = default;
SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept = default;
SqliteDatabase::~SqliteDatabase() = default;

QString SqliteDatabase::describeResultCode(int resultCode)
{
    return QString::fromUtf8(sqlite3_errstr(resultCode));
}

Result<SqliteDatabase> SqliteDatabase::open(const QString &path, OpenMode mode, int *resultCode)
{
    if (resultCode)
        *resultCode = SQLITE_OK;
    if (path.isEmpty())
        return Result<SqliteDatabase>::failure(tr("No database file name was given."));
    if (mode != OpenMode::CreateIfMissing && !QFileInfo::exists(path))
        return Result<SqliteDatabase>::failure(tr("Could not open %1: the file does not exist.").arg(path));

    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread; SQLite's own locking covers the file
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::CreateIfMissing:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }

    auto connection = std::make_unique<detail::SqliteConnection>();
    connection->path = path;
    connection->readOnly = mode == OpenMode::ReadOnly;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &connection->db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (resultCode)
            *resultCode = rc & 0xff;
        return connection->error(tr("Could not open the database"), rc);
    }
    sqlite3_extended_result_codes(connection->db, 1);
    sqlite3_busy_timeout(connection->db, 5000);

    SqliteDatabase database(std::move(connection));
    // sqlite3_open_v2 reads nothing; touching the schema makes a foreign or damaged file fail now, read-only.
    Result<qint64> schemaCheck = database.queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!schemaCheck.ok()) {
        if (resultCode)
            *resultCode = database.lastErrorCode();
        return schemaCheck.error();
    }
    return database;
}

Status SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(d->db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message); // the same text is available from sqlite3_errmsg
    if (rc != SQLITE_OK)
        return d->error(tr("Could not run \u201c%1\u201d").arg(sql.simplified().left(80)), rc);
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    auto found = d->statements.find(sql);
    if (found != d->statements.end() && !found->second->inUse) {
        found->second->inUse = true;
        return SqliteStatement(d.get(), found->second->statement, found->second.get());
    }

    const bool cache = found == d->statements.end();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(d->db, utf8.constData(), int(utf8.size()), cache ? SQLITE_PREPARE_PERSISTENT : 0,
                                      &statement, &tail);
    if (rc != SQLITE_OK)
        return d->error(tr("Could not prepare \u201c%1\u201d").arg(sql.simplified().left(80)), rc);
    if (!statement)
        return Result<SqliteStatement>::failure(tr("Could not prepare an empty SQL statement (%1)").arg(d->path));
    if (tail && !QByteArrayView(tail).trimmed().isEmpty()) {
        sqlite3_finalize(statement);
        return Result<SqliteStatement>::failure(
            tr("Only one SQL statement can be prepared at a time: \u201c%1\u201d").arg(sql.simplified().left(80)));
    }
    if (!cache)
        return SqliteStatement(d.get(), statement, nullptr);

    auto slot = std::make_unique<detail::SqliteStatementSlot>();
    slot->statement = statement;
    slot->inUse = true;
    detail::SqliteStatementSlot *slotPointer = slot.get();
    d->statements.emplace(sql, std::move(slot));
    return SqliteStatement(d.get(), statement, slotPointer);
}

Result<qint64> SqliteDatabase::queryInt64(const QString &sql)
{
    Result<SqliteStatement> statement = prepare(sql);
    if (!statement.ok())
        return statement.error();
    Result<bool> row = statement.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Result<qint64>::failure(tr("\u201c%1\u201d returned no row (%2)").arg(sql.simplified().left(80), d->path));
    return statement.value().columnInt64(0);
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(d->db, milliseconds);
}

Result<QStringList> SqliteDatabase::integrityCheck()
{
    Result<SqliteStatement> statement = prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!statement.ok())
        return statement.error();
    QStringList problems;
    while (true) {
        Result<bool> row = statement.value().step();
        if (!row.ok())
            return row.error(); // a badly damaged file may not even get through the check
        if (!row.value())
            break;
        const QString line = statement.value().columnText(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(d->db);
}

qint64 SqliteDatabase::changes() const
{
    return sqlite3_changes64(d->db);
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(d->db) == 0;
}

int SqliteDatabase::lastErrorCode() const
{
    return d->lastErrorCode;
}

QString SqliteDatabase::path() const
{
    return d->path;
}

bool SqliteDatabase::isReadOnly() const
{
    return d->readOnly;
}

sqlite3 *SqliteDatabase::handle() const
{
    return d->db;
}

Error SqliteDatabase::error(const QString &what)
{
    return d->error(what, sqlite3_extended_errcode(d->db));
}

// ---- SqliteTransaction ----

Result<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase &database)
{
    Result<SqliteStatement> statement = database.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    if (!statement.ok())
        return statement.error();
    Status started = statement.value().execute();
    if (!started.ok())
        return started.error();
    return SqliteTransaction(&database);
}

SqliteTransaction::SqliteTransaction(SqliteTransaction &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{
}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

Status SqliteTransaction::commit()
{
    if (!m_database)
        return Status::failure(QCoreApplication::translate("SqliteTransaction", "The transaction is no longer open."));
    Result<SqliteStatement> statement = m_database->prepare(QStringLiteral("COMMIT"));
    if (!statement.ok())
        return statement.error();
    Status committed = statement.value().execute();
    if (!committed.ok())
        return committed; // still open (e.g. SQLITE_BUSY); the destructor rolls back
    m_database = nullptr;
    return {};
}

void SqliteTransaction::rollback()
{
    if (!m_database)
        return;
    // After SQLITE_FULL, IOERR or NOMEM SQLite may have rolled back already; a second ROLLBACK would only fail.
    if (m_database->inTransaction()) {
        Result<SqliteStatement> statement = m_database->prepare(QStringLiteral("ROLLBACK"));
        if (statement.ok())
            (void)statement.value().execute();
    }
    m_database = nullptr;
}

} // namespace warden
