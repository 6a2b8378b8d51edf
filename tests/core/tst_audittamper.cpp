// Tamper evidence end to end: a chain is written into a real cache file, the SQLite file is then edited behind the
// console's back with the sqlite3 C API (one byte of an entry's JSON, a deleted row, two swapped rows, a damaged
// hash column, unreadable JSON), and AuditChainLoader must name exactly the first broken entry.
#include "audit/AuditChainLoader.h"
#include "cache/CacheStore.h"
#include "security/AuditChain.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace warden;

Q_DECLARE_METATYPE(warden::AuditChainKind)

namespace {

constexpr int ChainLength = 8;

QList<AuditEntry> makeChain()
{
    QList<AuditEntry> chain;
    for (int i = 1; i <= ChainLength; ++i) {
        AuditEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + i * 1000, Qt::UTC);
        entry.actor = QStringLiteral("alice");
        entry.action = QStringLiteral("quarantine.request");
        entry.target = QStringLiteral("dev-%1").arg(i);
        entry.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("beaconing")}};
        chain.append(AuditChain::append(chain.isEmpty() ? nullptr : &chain.constLast(), entry));
    }
    return chain;
}

// Runs SQL on the closed cache file with the plain C API, as an attacker with file access would.
void execSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    const QByteArray message = error ? QByteArray(error) : QByteArray();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.constData());
}

// Changes exactly one byte of the stored JSON of entry idx: the first byte of the value of "target".
void flipOneJsonByte(const QString &path, const QString &table, int idx)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    sqlite3_stmt *select = nullptr;
    const QByteArray query = "SELECT json FROM " + table.toLatin1() + " WHERE idx = " + QByteArray::number(idx);
    QCOMPARE(sqlite3_prepare_v2(db, query.constData(), -1, &select, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(select), SQLITE_ROW);
    QByteArray json(reinterpret_cast<const char *>(sqlite3_column_text(select, 0)), sqlite3_column_bytes(select, 0));
    sqlite3_finalize(select);
    const qsizetype at = json.indexOf("\"target\":\"dev-");
    QVERIFY(at >= 0);
    json[at + 10] = 'D'; // "dev-3" -> "Dev-3": one byte, still valid JSON
    sqlite3_stmt *update = nullptr;
    const QByteArray sql = "UPDATE " + table.toLatin1() + " SET json = ?1 WHERE idx = " + QByteArray::number(idx);
    QCOMPARE(sqlite3_prepare_v2(db, sql.constData(), -1, &update, nullptr), SQLITE_OK);
    sqlite3_bind_text(update, 1, json.constData(), int(json.size()), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(update), SQLITE_DONE);
    sqlite3_finalize(update);
    QCOMPARE(sqlite3_changes(db), 1);
    sqlite3_close(db);
}

} // namespace

class TestAuditTamper final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void untouchedChainIsIntact_data();
    void untouchedChainIsIntact();
    void tamperingIsReportedAtTheFirstBrokenEntry_data();
    void tamperingIsReportedAtTheFirstBrokenEntry();

private:
    void writeChain(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAuditTamper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    writeChain(m_path);
}

void TestAuditTamper::writeChain(const QString &path)
{
    auto store = CacheStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const QList<AuditEntry> chain = makeChain();
    for (const AuditEntry &entry : chain)
        QVERIFY((*store)->appendLocalAudit(entry).ok());
    QVERIFY((*store)->appendBackendAudit(chain).ok());
}

void TestAuditTamper::untouchedChainIsIntact_data()
{
    QTest::addColumn<AuditChainKind>("kind");
    QTest::newRow("console") << AuditChainKind::Console;
    QTest::newRow("backend") << AuditChainKind::Backend;
}

void TestAuditTamper::untouchedChainIsIntact()
{
    QFETCH(AuditChainKind, kind);
    auto store = CacheStore::open(m_path);
    QVERIFY(store.ok());
    const Result<LoadedAuditChain> chain = AuditChainLoader::load(**store, kind);
    QVERIFY2(chain.ok(), qPrintable(chain.errorMessage()));
    QCOMPARE(chain->entries, makeChain());
    QVERIFY2(chain->verification.intact, qPrintable(chain->verification.reason));
    QCOMPARE(chain->verification.firstBrokenIndex, -1);
}

void TestAuditTamper::tamperingIsReportedAtTheFirstBrokenEntry_data()
{
    QTest::addColumn<AuditChainKind>("kind");
    QTest::addColumn<QString>("edit"); // "byte:<idx>" or SQL with TABLE standing for the table name
    QTest::addColumn<int>("firstBroken"); // position in the loaded list
    QTest::addColumn<int>("loaded");
    QTest::addColumn<QString>("reasonPart");

    const QString swap = QStringLiteral(
        "UPDATE TABLE SET idx = -3 WHERE idx = 3; UPDATE TABLE SET idx = 3 WHERE idx = 6; "
        "UPDATE TABLE SET idx = 6 WHERE idx = -3;");
    const QString swapContents = QStringLiteral(
        "CREATE TEMP table t AS SELECT * FROM TABLE WHERE idx IN (3, 6); "
        "UPDATE TABLE SET json = (SELECT json FROM t WHERE idx = 6), hash = (SELECT hash FROM t WHERE idx = 6) "
        "WHERE idx = 3; "
        "UPDATE TABLE SET json = (SELECT json FROM t WHERE idx = 3), hash = (SELECT hash FROM t WHERE idx = 3) "
        "WHERE idx = 6;");
    for (const AuditChainKind kind : {AuditChainKind::Console, AuditChainKind::Backend}) {
        const char *name = kind == AuditChainKind::Console ? "console" : "backend";
        QTest::addRow("%s: one byte of entry 3", name) << kind << QStringLiteral("byte:3") << 2 << ChainLength
                                                      << QStringLiteral("Entry 3 was changed");
        QTest::addRow("%s: one byte of the last entry", name)
            << kind << QStringLiteral("byte:8") << 7 << ChainLength << QStringLiteral("Entry 8 was changed");
        QTest::addRow("%s: row 4 deleted", name) << kind << QStringLiteral("DELETE FROM TABLE WHERE idx = 4") << 3
                                                 << ChainLength - 1 << QStringLiteral("Entry 4 is missing");
        QTest::addRow("%s: rows 4 and 5 deleted", name)
            << kind << QStringLiteral("DELETE FROM TABLE WHERE idx IN (4, 5)") << 3 << ChainLength - 2
            << QStringLiteral("Entries 4 to 5 are missing");
        QTest::addRow("%s: first row deleted", name) << kind << QStringLiteral("DELETE FROM TABLE WHERE idx = 1") << 0
                                                     << ChainLength - 1 << QStringLiteral("not the start");
        QTest::addRow("%s: rows 3 and 6 swapped", name)
            << kind << swap << 2 << ChainLength << QStringLiteral("out of order: entry 6 comes right after entry 2");
        QTest::addRow("%s: contents of rows 3 and 6 swapped", name)
            << kind << swapContents << 2 << ChainLength << QStringLiteral("out of order");
        QTest::addRow("%s: hash column of entry 5 zeroed", name)
            << kind << QStringLiteral("UPDATE TABLE SET hash = zeroblob(32) WHERE idx = 5") << 4 << ChainLength
            << QStringLiteral("stored hash no longer matches");
        QTest::addRow("%s: entry 2 unreadable", name)
            << kind << QStringLiteral("UPDATE TABLE SET json = '{\"index\": 2' WHERE idx = 2") << 1 << ChainLength
            << QStringLiteral("Entry 2 cannot be read");
        QTest::addRow("%s: entry 6 rewritten with a valid hash", name)
            << kind
            << QStringLiteral("UPDATE TABLE SET json = replace(json, 'beaconing', 'routine') WHERE idx = 6")
            << 5 << ChainLength << QStringLiteral("Entry 6 was changed");
    }
}

void TestAuditTamper::tamperingIsReportedAtTheFirstBrokenEntry()
{
    QFETCH(AuditChainKind, kind);
    QFETCH(QString, edit);
    QFETCH(int, firstBroken);
    QFETCH(int, loaded);
    QFETCH(QString, reasonPart);

    const QString table = kind == AuditChainKind::Console ? QStringLiteral("audit_local")
                                                          : QStringLiteral("audit_backend");
    if (edit.startsWith(QStringLiteral("byte:")))
        flipOneJsonByte(m_path, table, edit.mid(5).toInt());
    else
        execSql(m_path, QString(edit).replace(QStringLiteral("TABLE"), table).toUtf8());
    if (QTest::currentTestFailed())
        return;

    auto store = CacheStore::open(m_path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const Result<LoadedAuditChain> chain = AuditChainLoader::load(**store, kind);
    QVERIFY2(chain.ok(), qPrintable(chain.errorMessage()));
    QCOMPARE(chain->entries.size(), loaded);
    QVERIFY(!chain->verification.intact);
    QCOMPARE(chain->verification.firstBrokenIndex, firstBroken);
    QVERIFY2(chain->verification.reason.contains(reasonPart), qPrintable(chain->verification.reason));
    // The other chain in the same file is untouched and still verifies.
    const AuditChainKind other = kind == AuditChainKind::Console ? AuditChainKind::Backend : AuditChainKind::Console;
    const Result<LoadedAuditChain> untouched = AuditChainLoader::load(**store, other);
    QVERIFY(untouched.ok());
    QVERIFY(untouched->verification.intact);
}

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_audittamper.moc"
