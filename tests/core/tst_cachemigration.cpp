#include "cache/CacheSchema.h"
#include "cache/CacheStore.h"

#include "CacheTestData.h"

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;

namespace {

// The version 1 layout exactly as it shipped. Kept here, not taken from the code, so that an edit to a shipped
// migration step is caught (cacheSchemaStepsAreFrozen) and so files of the old format can be made by hand.
const char FrozenV1Sql[] = R"sql(
PRAGMA application_id = 1464091982;
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;
CREATE TABLE stream_state (
    backend TEXT PRIMARY KEY NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
) WITHOUT ROWID;
CREATE TABLE sites (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    city TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE gateways (
    id TEXT PRIMARY KEY NOT NULL,
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    segment TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE links (
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (from_id, to_id, kind)
) WITHOUT ROWID;
CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    device_class TEXT NOT NULL,
    vendor TEXT NOT NULL,
    model TEXT NOT NULL,
    firmware_version TEXT NOT NULL,
    site_id TEXT NOT NULL,
    gateway_id TEXT NOT NULL,
    segment TEXT NOT NULL,
    owner_ref TEXT NOT NULL,
    location TEXT NOT NULL,
    status INTEGER NOT NULL,
    risk_score INTEGER NOT NULL,
    last_seen INTEGER,
    capabilities INTEGER NOT NULL,
    quarantine INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
CREATE TABLE owners (
    ref TEXT PRIMARY KEY NOT NULL,
    payload BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE events (
    seq INTEGER PRIMARY KEY NOT NULL,
    time_ms INTEGER,
    device_id TEXT NOT NULL,
    type INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    source TEXT NOT NULL,
    destination TEXT NOT NULL,
    details TEXT
);
CREATE INDEX events_time ON events (time_ms);
CREATE INDEX events_device ON events (device_id);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    site_id TEXT NOT NULL,
    updated INTEGER,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE licences (
    id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE firmware (
    id TEXT PRIMARY KEY NOT NULL,
    device_class TEXT NOT NULL,
    version TEXT NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE approvals (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE rules (
    id TEXT PRIMARY KEY NOT NULL,
    enabled INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_local (
    idx INTEGER PRIMARY KEY NOT NULL,
    json TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_backend (
    idx INTEGER PRIMARY KEY NOT NULL,
    json TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE pending_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending_confirmation', 'sent', 'failed')),
    message TEXT NOT NULL DEFAULT ''
);
)sql";

const char FrozenV2Sql[] = R"sql(
ALTER TABLE devices ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX incidents_state ON incidents (state);
)sql";

const char FrozenV3Sql[] = R"sql(
CREATE TABLE join_requests (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE credentials (
    id TEXT PRIMARY KEY NOT NULL,
    state INTEGER NOT NULL,
    method INTEGER NOT NULL,
    expires INTEGER,
    json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX credentials_expires ON credentials (expires);
DELETE FROM meta WHERE key = 'sync_revision';
)sql";

enum class Foreign { TextFile, RandomBytes, SqliteHeaderThenGarbage, OtherApplication, OtherApplicationId, NewerVersion };

QStringList columnsOf(SqliteDatabase &database, const QString &table)
{
    QStringList columns;
    Result<SqliteStatement> statement = database.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    if (!statement.ok())
        return columns;
    statement.value().bindText(1, table);
    while (statement.value().step().value())
        columns.append(statement.value().columnText(0));
    return columns;
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(path + QLatin1String(suffix));
    }
    return found;
}

} // namespace

Q_DECLARE_METATYPE(Foreign)

class TestCacheMigration final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void cacheSchemaStepsAreFrozen();
    void newFileGetsCurrentLayout();
    void emptyExistingFileIsInitialised();
    void migrateV1FileKeepsData();
    void migrateStepByStep();
    void reopeningCurrentFileChangesNothing();
    void refusesForeignFilesAndLeavesThemUntouched_data();
    void refusesForeignFilesAndLeavesThemUntouched();
    void readOnlyOpenNeverMigrates();
    void readOnlyOpenOfCurrentFileReadsButDoesNotWrite();

private:
    // A version 1 cache made with the frozen SQL, holding one row in the tables that change or must survive.
    void createV1File(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString &name) const { return m_dir->filePath(name); }
};

void TestCacheMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheMigration::cacheSchemaStepsAreFrozen()
{
    QCOMPARE(CacheSchema::CurrentVersion, 3);
    QCOMPARE(CacheSchema::migrationSql(0), QString::fromUtf8(FrozenV1Sql));
    QCOMPARE(CacheSchema::migrationSql(1), QString::fromUtf8(FrozenV2Sql));
    QCOMPARE(CacheSchema::migrationSql(2), QString::fromUtf8(FrozenV3Sql));
    QVERIFY(CacheSchema::migrationSql(CacheSchema::CurrentVersion).isEmpty());
    QVERIFY(CacheSchema::migrationSql(-1).isEmpty());
}

void TestCacheMigration::newFileGetsCurrentLayout()
{
    const QString path = file(QStringLiteral("sub/dir/new.sqlite")); // the folder is created too
    Result<SqliteDatabase> opened = CacheSchema::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    SqliteDatabase &database = opened.value();
    QCOMPARE(CacheSchema::version(database).value(), CacheSchema::CurrentVersion);
    QCOMPARE(database.queryInt64(QStringLiteral("PRAGMA application_id")).value(), CacheSchema::ApplicationId);
    QCOMPARE(database.queryInt64(QStringLiteral("PRAGMA synchronous")).value(), 1); // NORMAL
    Result<SqliteStatement> journal = database.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(journal.ok() && journal.value().step().value());
    QCOMPARE(journal.value().columnText(0), QStringLiteral("wal"));

    const QStringList tables{
        QStringLiteral("meta"),      QStringLiteral("stream_state"),  QStringLiteral("sites"),
        QStringLiteral("gateways"),  QStringLiteral("links"),         QStringLiteral("devices"),
        QStringLiteral("owners"),    QStringLiteral("events"),        QStringLiteral("incidents"),
        QStringLiteral("licences"),  QStringLiteral("firmware"),      QStringLiteral("campaigns"),
        QStringLiteral("approvals"), QStringLiteral("rules"),         QStringLiteral("audit_local"),
        QStringLiteral("audit_backend"), QStringLiteral("pending_actions"), QStringLiteral("join_requests"),
        QStringLiteral("credentials")};
    for (const QString &table : tables)
        QVERIFY2(!columnsOf(database, table).isEmpty(), qPrintable(table));
    QVERIFY(columnsOf(database, QStringLiteral("devices")).contains(QStringLiteral("notes")));
    QCOMPARE(database.queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                                "('events_time', 'events_device', 'incidents_state')"))
                 .value(),
             3);
}

void TestCacheMigration::emptyExistingFileIsInitialised()
{
    const QString path = file(QStringLiteral("empty.sqlite"));
    QVERIFY(test::writeFile(path, QByteArray()));
    Result<SqliteDatabase> opened = CacheSchema::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(CacheSchema::version(opened.value()).value(), CacheSchema::CurrentVersion);
}

void TestCacheMigration::createV1File(const QString &path)
{
    Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QVERIFY(database.exec(QString::fromUtf8(FrozenV1Sql)).ok());
    QVERIFY(database.exec(QStringLiteral("PRAGMA user_version = 1")).ok());

    const Device device = test::makeDevice(5);
    Result<SqliteStatement> insertDevice = database.prepare(QStringLiteral(
        "INSERT INTO devices (id, name, device_class, vendor, model, firmware_version, site_id, gateway_id, segment, "
        "owner_ref, location, status, risk_score, last_seen, capabilities, quarantine, revision) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"));
    QVERIFY2(insertDevice.ok(), qPrintable(insertDevice.errorMessage()));
    SqliteStatement &s = insertDevice.value();
    s.bindText(1, device.id);
    s.bindText(2, device.name);
    s.bindText(3, device.deviceClass);
    s.bindText(4, device.vendor);
    s.bindText(5, device.model);
    s.bindText(6, device.firmwareVersion);
    s.bindText(7, device.siteId);
    s.bindText(8, device.gatewayId);
    s.bindText(9, device.segment);
    s.bindText(10, device.ownerRef);
    s.bindText(11, device.location);
    s.bindInt64(12, qint64(device.status));
    s.bindInt64(13, device.riskScore);
    s.bindInt64(14, device.lastSeen.toMSecsSinceEpoch());
    s.bindInt64(15, (device.capabilities.onlineUpdate ? CacheSchema::CapabilityOnlineUpdate : 0)
                        | (device.capabilities.needsMaintenanceWindow ? CacheSchema::CapabilityNeedsMaintenanceWindow : 0)
                        | (device.capabilities.safetyCritical ? CacheSchema::CapabilitySafetyCritical : 0));
    s.bindInt64(16, qint64(device.quarantine));
    s.bindInt64(17, device.revision);
    QVERIFY(s.execute().ok());

    QVERIFY(database.exec(QStringLiteral(
        "INSERT INTO events VALUES (1, 1700000000250, 'dev-1', 1, 1, '10.0.1.1', 'dev-1', '{\"port\":1}');"
        "INSERT INTO events VALUES (2, 1700000000500, 'dev-2', 2, 2, '10.0.2.2', 'dev-2', NULL);"
        "INSERT INTO stream_state VALUES ('default', 2, 1700000000600);"
        "INSERT INTO meta VALUES ('sync_revision', '77');"
        "INSERT INTO pending_actions (created, kind, payload, state) VALUES (1700000000000, 'quarantine', "
        "'{\"device_id\":\"dev-5\"}', 'pending_confirmation');")).ok());
    const Incident incident = test::makeIncident(3);
    Result<SqliteStatement> insertIncident =
        database.prepare(QStringLiteral("INSERT INTO incidents VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    QVERIFY(insertIncident.ok());
    insertIncident.value().bindText(1, incident.id);
    insertIncident.value().bindInt64(2, qint64(incident.state));
    insertIncident.value().bindInt64(3, qint64(incident.severity));
    insertIncident.value().bindText(4, incident.siteId);
    insertIncident.value().bindInt64(5, incident.updated.toMSecsSinceEpoch());
    insertIncident.value().bindText(6, QByteArrayView(QJsonDocument(incident.toJson()).toJson(QJsonDocument::Compact)));
    QVERIFY(insertIncident.value().execute().ok());
}

void TestCacheMigration::migrateV1FileKeepsData()
{
    const QString path = file(QStringLiteral("v1.sqlite"));
    createV1File(path);
    if (QTest::currentTestFailed())
        return;

    Result<std::unique_ptr<CacheStore>> opened = CacheStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    CacheStore &store = *opened.value();
    QCOMPARE(CacheSchema::version(store.database()).value(), CacheSchema::CurrentVersion);
    QVERIFY(columnsOf(store.database(), QStringLiteral("devices")).contains(QStringLiteral("notes")));

    Result<QList<Device>> devices = store.loadDevices();
    QVERIFY2(devices.ok(), qPrintable(devices.errorMessage()));
    QCOMPARE(devices.value().size(), 1);
    Device expected = test::makeDevice(5);
    expected.notes.clear(); // the column did not exist in version 1
    QCOMPARE(devices.value().first(), expected);

    QCOMPARE(store.lastStreamSeq().value(), 2);
    QCOMPARE(store.eventCount().value(), 2);
    Result<QList<ThreatEvent>> events = store.loadEvents();
    QVERIFY2(events.ok(), qPrintable(events.errorMessage()));
    QCOMPARE(events.value().size(), 2);
    QCOMPARE(events.value().at(0).seq, 2);
    QCOMPARE(events.value().at(1).details.value(QStringLiteral("port")).toInt(), 1);
    QCOMPARE(events.value().at(1).time, test::utcMs(1700000000250));
    // Format 3 drops the sync revision so the next sync is a full one that brings the identity collections.
    QVERIFY(store.meta(QStringLiteral("sync_revision")).value().isNull());
    QCOMPARE(store.pendingActions().value().size(), 1);
    Result<QList<Incident>> incidents = store.loadIncidents();
    QVERIFY2(incidents.ok(), qPrintable(incidents.errorMessage()));
    QCOMPARE(incidents.value(), QList<Incident>{test::makeIncident(3)});

    // The migrated file accepts new data in the new column, and stays sound.
    CacheBatch batch;
    Device noted = test::makeDevice(5);
    noted.notes = QStringLiteral("added after the upgrade");
    batch.devices = {noted};
    QVERIFY(store.apply(batch).ok());
    QCOMPARE(store.loadDevices().value().first().notes, QStringLiteral("added after the upgrade"));
    QVERIFY(store.integrityCheck().value().isEmpty());
}

void TestCacheMigration::migrateStepByStep()
{
    const QString path = file(QStringLiteral("steps.sqlite"));
    Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    SqliteDatabase &database = opened.value();
    QCOMPARE(CacheSchema::version(database).value(), 0);
    QVERIFY(CacheSchema::migrate(database, 1).ok());
    QCOMPARE(CacheSchema::version(database).value(), 1);
    QVERIFY(!columnsOf(database, QStringLiteral("devices")).contains(QStringLiteral("notes")));
    QVERIFY(CacheSchema::migrate(database, 2).ok());
    QCOMPARE(CacheSchema::version(database).value(), 2);
    QVERIFY(columnsOf(database, QStringLiteral("devices")).contains(QStringLiteral("notes")));
    QVERIFY(columnsOf(database, QStringLiteral("credentials")).isEmpty());
    QVERIFY(CacheSchema::migrate(database).ok());
    QCOMPARE(CacheSchema::version(database).value(), 3);
    QVERIFY(columnsOf(database, QStringLiteral("credentials")).contains(QStringLiteral("expires")));
    QVERIFY(!CacheSchema::migrate(database, CacheSchema::CurrentVersion + 1).ok());
}

void TestCacheMigration::reopeningCurrentFileChangesNothing()
{
    const QString path = file(QStringLiteral("again.sqlite"));
    {
        Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path);
        QVERIFY(store.ok());
        CacheBatch batch;
        batch.devices = {test::makeDevice(1)};
        Result<CacheChange> applied = store.value()->apply(batch);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    }
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE(CacheSchema::version(store.value()->database()).value(), CacheSchema::CurrentVersion);
    QCOMPARE(store.value()->loadDevices().value(), QList<Device>{test::makeDevice(1)});
}

void TestCacheMigration::refusesForeignFilesAndLeavesThemUntouched_data()
{
    QTest::addColumn<Foreign>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << Foreign::TextFile << QStringLiteral("is not a Warden cache (file is not a database). "
                                                                      "It was left untouched.");
    QTest::newRow("random bytes") << Foreign::RandomBytes
                                  << QStringLiteral("is not a Warden cache (file is not a database)");
    QTest::newRow("sqlite header, garbage after") << Foreign::SqliteHeaderThenGarbage
                                                  << QStringLiteral("is not a Warden cache (");
    QTest::newRow("another application's database")
        << Foreign::OtherApplication << QStringLiteral("is not a Warden cache (it is a database of another application)");
    QTest::newRow("another application id")
        << Foreign::OtherApplicationId << QStringLiteral("is not a Warden cache (it is a database of another application)");
    QTest::newRow("newer cache format") << Foreign::NewerVersion
                                        << QStringLiteral("was written by a newer Warden (cache format 99; this version "
                                                          "reads formats up to 3). It was left untouched");
}

void TestCacheMigration::refusesForeignFilesAndLeavesThemUntouched()
{
    QFETCH(Foreign, kind);
    QFETCH(QString, expected);
    const QString path = file(QStringLiteral("x.sqlite"));
    QRandomGenerator random(4711);
    switch (kind) {
    case Foreign::TextFile:
        QVERIFY(test::writeFile(path, QByteArray("Shopping list:\n- milk\n- eggs\n").repeated(50)));
        break;
    case Foreign::RandomBytes:
    case Foreign::SqliteHeaderThenGarbage: {
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        if (kind == Foreign::SqliteHeaderThenGarbage)
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        QVERIFY(test::writeFile(path, bytes));
        break;
    }
    case Foreign::OtherApplication:
    case Foreign::OtherApplicationId:
    case Foreign::NewerVersion: {
        Result<SqliteDatabase> other = SqliteDatabase::open(path, SqliteDatabase::OpenMode::CreateIfMissing);
        QVERIFY(other.ok());
        if (kind == Foreign::OtherApplication)
            QVERIFY(other.value().exec(QStringLiteral("CREATE TABLE contacts (name TEXT); INSERT INTO contacts "
                                                      "VALUES ('Ada');")).ok());
        else if (kind == Foreign::OtherApplicationId)
            QVERIFY(other.value().exec(QStringLiteral("PRAGMA application_id = 42")).ok());
        else
            QVERIFY(other.value().exec(QString::fromUtf8(FrozenV1Sql) + QStringLiteral("PRAGMA user_version = 99;"))
                        .ok());
        break;
    }
    }
    const QByteArray before = test::fileBytes(path);
    QVERIFY(!before.isEmpty());

    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().startsWith(path), qPrintable(store.errorMessage()));
    QVERIFY2(store.errorMessage().contains(expected), qPrintable(store.errorMessage()));
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(sideFiles(path), QStringList());

    // Read-only opening refuses it the same way.
    Result<std::unique_ptr<CacheStore>> readOnly = CacheStore::open(path, CacheStoreOptions{{}, true, {}, {}});
    QVERIFY(!readOnly.ok());
    QVERIFY2(readOnly.errorMessage().contains(expected), qPrintable(readOnly.errorMessage()));
    QCOMPARE(test::fileBytes(path), before);
}

void TestCacheMigration::readOnlyOpenNeverMigrates()
{
    const QString path = file(QStringLiteral("v1-readonly.sqlite"));
    createV1File(path);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = test::fileBytes(path);
    CacheStoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path, options);
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().contains(QStringLiteral("older cache format 1")), qPrintable(store.errorMessage()));
    QCOMPARE(test::fileBytes(path), before);
}

void TestCacheMigration::readOnlyOpenOfCurrentFileReadsButDoesNotWrite()
{
    const QString path = file(QStringLiteral("current.sqlite"));
    {
        Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path);
        QVERIFY(store.ok());
        CacheBatch batch;
        batch.devices = {test::makeDevice(1), test::makeDevice(2)};
        Result<CacheChange> applied = store.value()->apply(batch);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    }
    CacheStoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<CacheStore>> store = CacheStore::open(path, options);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE(store.value()->loadDevices().value().size(), 2);
    CacheBatch batch;
    batch.devices = {test::makeDevice(3)};
    Result<CacheChange> change = store.value()->apply(batch);
    QVERIFY(!change.ok());
    QVERIFY2(change.errorMessage().contains(QStringLiteral("read-only")), qPrintable(change.errorMessage()));
    QVERIFY(!store.value()->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
}

QTEST_GUILESS_MAIN(TestCacheMigration)
#include "tst_cachemigration.moc"
