// fleetd's SQLite store (gap-free seqs, revisions, tombstones, retention, ids, accounts, quarantines), the
// direct event JSON writer and the page cursors.

#include "server/CollectionPager.h"
#include "server/FleetStore.h"
#include "server/JsonBytesWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

Q_DECLARE_METATYPE(warden::Device)

namespace {

ThreatEvent sampleEvent(int n)
{
    ThreatEvent event;
    event.time = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addMSecs(n * 37);
    event.deviceId = u"dev-%1"_s.arg(n, 6, 10, QChar(u'0'));
    event.type = ThreatType::PortScan;
    event.severity = Severity::Minor;
    event.source = u"203.0.113.%1"_s.arg(n % 250);
    event.destination = event.deviceId;
    event.details = QJsonObject{{u"ports"_s, n}};
    return event;
}

QList<ThreatEvent> sampleEvents(int first, int count)
{
    QList<ThreatEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(sampleEvent(first + i));
    return events;
}

} // namespace

class TestFleetdStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seqsAreGapFreeAcrossReopen();
    void rollbackLeavesNoGap();
    void eventsReadBackAsWritten();
    void retentionPrunesTheOldest();
    void revisionsAndDeltaPaging();
    void tombstones();
    void idsContinueAcrossReopen();
    void accountsAndQuarantines();
    void refusesAFileThatIsNotAStore();
    void schema2CampaignsGetTheirWindows();

    void eventJsonMatchesToJson_data();
    void eventJsonMatchesToJson();
    void deviceJsonMatchesToJson_data();
    void deviceJsonMatchesToJson();
    void timestampsOutsideTheUsualRange_data();
    void timestampsOutsideTheUsualRange();
    void cursorRoundTripAndGarbage();

private:
    std::unique_ptr<FleetStore> reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FleetStore> m_store;
};

void TestFleetdStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = reopen();
    QVERIFY(m_store);
}

void TestFleetdStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<FleetStore> TestFleetdStore::reopen()
{
    m_store.reset();
    Result<std::unique_ptr<FleetStore>> store = FleetStore::open(m_dir->filePath(u"fleet.sqlite"_s));
    if (!store) {
        qWarning() << store.errorMessage();
        return nullptr;
    }
    return std::move(store).value();
}

void TestFleetdStore::seqsAreGapFreeAcrossReopen()
{
    QCOMPARE(m_store->lastSeq(), 0);
    QCOMPARE(m_store->oldestSeq(), 1);
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        QVERIFY(scope.ok());
        QList<ThreatEvent> events = sampleEvents(0, 250);
        const Result<QList<QByteArray>> json = m_store->appendEvents(events);
        QVERIFY(json.ok());
        QCOMPARE(json->size(), 250);
        QCOMPARE(events.constFirst().seq, 1);
        QCOMPARE(events.constLast().seq, 250);
        QVERIFY(scope.value().commit().ok());
    }
    m_store = reopen();
    QCOMPARE(m_store->lastSeq(), 250);
    Result<FleetStore::WriteScope> scope = m_store->write();
    QList<ThreatEvent> more = sampleEvents(250, 3);
    QVERIFY(m_store->appendEvents(more).ok());
    QVERIFY(scope.value().commit().ok());
    QCOMPARE(more.constFirst().seq, 251);
    const Result<QList<ThreatEvent>> all = m_store->events(1, 1000, 1000);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 253);
    for (int i = 0; i < all->size(); ++i)
        QCOMPARE(all->at(i).seq, i + 1);
}

void TestFleetdStore::rollbackLeavesNoGap()
{
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        QList<ThreatEvent> events = sampleEvents(0, 10);
        QVERIFY(m_store->appendEvents(events).ok());
        m_store->nextRevision();
        // Not committed: destroyed scope rolls back.
    }
    QCOMPARE(m_store->lastSeq(), 0);
    QCOMPARE(m_store->revision(), 0);
    Result<FleetStore::WriteScope> scope = m_store->write();
    QList<ThreatEvent> events = sampleEvents(0, 2);
    QVERIFY(m_store->appendEvents(events).ok());
    QVERIFY(scope.value().commit().ok());
    QCOMPARE(events.constFirst().seq, 1);
    QCOMPARE(m_store->eventJson(1, 100)->size(), 2);
}

void TestFleetdStore::eventsReadBackAsWritten()
{
    Result<FleetStore::WriteScope> scope = m_store->write();
    QList<ThreatEvent> events = sampleEvents(5, 20);
    const Result<QList<QByteArray>> json = m_store->appendEvents(events);
    QVERIFY(scope.value().commit().ok());
    const Result<QList<QByteArray>> stored = m_store->eventJson(3, 5);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 5);
    QCOMPARE(stored->at(0), json->at(2)); // the bytes the stream sent are the bytes replay sends
    const Result<QList<ThreatEvent>> typed = m_store->events(3, 7, 100);
    QCOMPARE(typed->size(), 5);
    QCOMPARE(typed->at(0), events.at(2));
}

void TestFleetdStore::retentionPrunesTheOldest()
{
    for (int batch = 0; batch < 5; ++batch) {
        Result<FleetStore::WriteScope> scope = m_store->write();
        QList<ThreatEvent> events = sampleEvents(batch * 100, 100);
        QVERIFY(m_store->appendEvents(events).ok());
        QVERIFY(scope.value().commit().ok());
    }
    Result<FleetStore::WriteScope> scope = m_store->write();
    const Result<qint64> pruned = m_store->pruneEvents(120, 1000);
    QVERIFY(scope.value().commit().ok());
    QCOMPARE(*pruned, 380);
    QCOMPARE(m_store->oldestSeq(), 381);
    QCOMPARE(m_store->lastSeq(), 500);
    QCOMPARE(m_store->eventJson(1, 1000)->size(), 120);
    // A bounded step: at most maxDelete per call.
    Result<FleetStore::WriteScope> again = m_store->write();
    QCOMPARE(*m_store->pruneEvents(20, 30), 30);
    QVERIFY(again.value().commit().ok());
    QCOMPARE(m_store->oldestSeq(), 411);
    m_store = reopen();
    QCOMPARE(m_store->oldestSeq(), 411);
    QCOMPARE(m_store->lastSeq(), 500);
}

void TestFleetdStore::revisionsAndDeltaPaging()
{
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        for (int i = 1; i <= 30; ++i) {
            const QString id = u"site-%1"_s.arg(i, 2, 10, QChar(u'0'));
            QVERIFY(m_store->putObject(FleetCollection::Sites, id,
                                       QJsonDocument(QJsonObject{{u"id"_s, id}}).toJson(QJsonDocument::Compact),
                                       m_store->nextRevision())
                        .ok());
        }
        QVERIFY(scope.value().commit().ok());
    }
    QCOMPARE(m_store->revision(), 30);
    Result<StoredPage> page = m_store->page(FleetCollection::Sites, QString(), -1, 12);
    QCOMPARE(page->items.size(), 12);
    QVERIFY(page->more);
    QCOMPARE(page->lastId, u"site-12"_s);
    page = m_store->page(FleetCollection::Sites, u"site-24"_s, -1, 12);
    QCOMPARE(page->items.size(), 6);
    QVERIFY(!page->more);
    // Only objects changed after revision 25.
    page = m_store->page(FleetCollection::Sites, QString(), 25, 100);
    QCOMPARE(page->items.size(), 5);
    QCOMPARE(page->lastId, u"site-30"_s);
    m_store = reopen();
    QCOMPARE(m_store->revision(), 30);
}

void TestFleetdStore::tombstones()
{
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        QVERIFY(m_store->putObject(FleetCollection::Rules, u"rule-1"_s, "{}", m_store->nextRevision()).ok());
        QVERIFY(m_store->putObject(FleetCollection::Rules, u"rule-2"_s, "{}", m_store->nextRevision()).ok());
        QVERIFY(scope.value().commit().ok());
    }
    const qint64 before = m_store->revision();
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        QCOMPARE(*m_store->deleteObject(FleetCollection::Rules, u"rule-1"_s), true);
        QCOMPARE(*m_store->deleteObject(FleetCollection::Rules, u"rule-9"_s), false);
        QVERIFY(scope.value().commit().ok());
    }
    QVERIFY(m_store->revision() > before);
    QCOMPARE(*m_store->deletedSince(FleetCollection::Rules, before, m_store->revision()), QStringList{u"rule-1"_s});
    QVERIFY(m_store->deletedSince(FleetCollection::Rules, m_store->revision(), m_store->revision())->isEmpty());
    QVERIFY(m_store->deletedSince(FleetCollection::Devices, 0, m_store->revision())->isEmpty());
    QVERIFY(!m_store->objectJson(FleetCollection::Rules, u"rule-1"_s));
    // Re-created objects are no longer deleted.
    Result<FleetStore::WriteScope> scope = m_store->write();
    QVERIFY(m_store->putObject(FleetCollection::Rules, u"rule-1"_s, "{}", m_store->nextRevision()).ok());
    QVERIFY(scope.value().commit().ok());
    QVERIFY(m_store->deletedSince(FleetCollection::Rules, before, m_store->revision())->isEmpty());
}

void TestFleetdStore::idsContinueAcrossReopen()
{
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        QCOMPARE(*m_store->nextId(u"apr"_s), u"apr-000001"_s);
        QCOMPARE(*m_store->nextId(u"apr"_s), u"apr-000002"_s);
        QCOMPARE(*m_store->nextId(u"rule"_s, 4), u"rule-0001"_s);
        QVERIFY(scope.value().commit().ok());
    }
    m_store = reopen();
    Result<FleetStore::WriteScope> scope = m_store->write();
    QCOMPARE(*m_store->nextId(u"apr"_s), u"apr-000003"_s);
}

void TestFleetdStore::accountsAndQuarantines()
{
    Result<FleetStore::WriteScope> scope = m_store->write();
    FleetAccount account{u"eve"_s, u"pbkdf2-sha256$1$x$y"_s, {u"viewer"_s}, QByteArray(20, 'k'), 3, 12345, 77};
    QVERIFY(m_store->putAccount(account).ok());
    QuarantineRecord record{u"dev-000001"_s, QuarantineLevel::Disable, u"why"_s, 999, u"alice"_s, QString(), 5};
    QVERIFY(m_store->putQuarantine(record).ok());
    QVERIFY(scope.value().commit().ok());
    m_store = reopen();
    const std::optional<FleetAccount> read = m_store->account(u"eve"_s);
    QVERIFY(read);
    QCOMPARE(read->failedCount, 3);
    QCOMPARE(read->lockedUntilMs, 12345);
    QCOMPARE(read->lastTotpStep, 77);
    QCOMPARE(read->roles, QStringList{u"viewer"_s});
    QCOMPARE(read->totpSecret, QByteArray(20, 'k'));
    QVERIFY(!m_store->account(u"mallory"_s));
    const std::optional<QuarantineRecord> quarantine = m_store->quarantine(u"dev-000001"_s);
    QVERIFY(quarantine);
    QVERIFY(quarantine->level == QuarantineLevel::Disable);
    QCOMPARE(quarantine->expiresMs, 999);
    Result<FleetStore::WriteScope> again = m_store->write();
    QVERIFY(m_store->removeQuarantine(u"dev-000001"_s).ok());
    QVERIFY(again.value().commit().ok());
    QVERIFY(m_store->quarantines()->isEmpty());
}

void TestFleetdStore::refusesAFileThatIsNotAStore()
{
    m_store.reset();
    const QString path = m_dir->filePath(u"not-a-db.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    const Result<std::unique_ptr<FleetStore>> store = FleetStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY(!store.errorMessage().isEmpty());
}

void TestFleetdStore::schema2CampaignsGetTheirWindows()
{
    // A schema-2 store: campaigns had at most one window (absent = the scheduler's 01:00-05:00) and no site windows.
    const QJsonObject plain{{u"id"_s, u"cmp-000001"_s}, {u"name"_s, u"old"_s}};
    const QJsonObject window{{u"start"_s, u"22:00"_s}, {u"end"_s, u"04:00"_s}};
    const QJsonObject windowed{
        {u"id"_s, u"cmp-000002"_s}, {u"name"_s, u"old with window"_s}, {u"maintenance_window"_s, window}};
    for (const QJsonObject &campaign : {plain, windowed}) {
        QVERIFY(m_store->putObject(FleetCollection::Campaigns, campaign.value(u"id"_s).toString(),
                                   QJsonDocument(campaign).toJson(QJsonDocument::Compact), 7)
                    .ok());
    }
    QVERIFY(m_store->setMeta(u"schema_version"_s, u"2"_s).ok());
    m_store = reopen();
    QVERIFY(m_store);
    QCOMPARE(m_store->meta(u"schema_version"_s), u"3"_s);
    const QJsonObject first = m_store->object(FleetCollection::Campaigns, u"cmp-000001"_s).value();
    QCOMPARE(first.value(u"maintenance_window"_s).toObject(),
             (QJsonObject{{u"start"_s, u"01:00"_s}, {u"end"_s, u"05:00"_s}}));
    QCOMPARE(first.value(u"site_windows"_s).toObject(), QJsonObject());
    QCOMPARE(first.value(u"name"_s).toString(), u"old"_s);
    const QJsonObject second = m_store->object(FleetCollection::Campaigns, u"cmp-000002"_s).value();
    QCOMPARE(second.value(u"maintenance_window"_s).toObject().value(u"start"_s).toString(), u"22:00"_s);
    QVERIFY(second.value(u"site_windows"_s).isObject());
    // Reopening a migrated store changes nothing.
    m_store = reopen();
    QVERIFY(m_store);
    QCOMPARE(m_store->meta(u"schema_version"_s), u"3"_s);
    QCOMPARE(m_store->object(FleetCollection::Campaigns, u"cmp-000002"_s).value(), second);
}

void TestFleetdStore::eventJsonMatchesToJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("details");
    QTest::newRow("plain") << u"device"_s << QJsonObject{{u"port"_s, 22}};
    QTest::newRow("quotes and backslash") << u"say \"hi\" \\ there"_s << QJsonObject{};
    QTest::newRow("control characters") << u"line\nbreak\ttab\x01\x1f"_s << QJsonObject{{u"x"_s, u"\r\b\f"_s}};
    QTest::newRow("umlauts") << u"Gerät Zürich"_s << QJsonObject{{u"ort"_s, u"Köln"_s}};
    QTest::newRow("cjk and emoji") << u"监视器 📷"_s << QJsonObject{{u"emoji"_s, u"🔥"_s}};
    QTest::newRow("nested") << u"n"_s
                            << QJsonObject{{u"list"_s, QJsonArray{1, 2.5, u"three"_s, true, QJsonValue()}},
                                           {u"object"_s, QJsonObject{{u"deep"_s, -0.125}}},
                                           {u"big"_s, 1e300},
                                           {u"negative"_s, -42}};
}

void TestFleetdStore::eventJsonMatchesToJson()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, details);
    ThreatEvent event = sampleEvent(3);
    event.seq = 987654321;
    event.source = text;
    event.deviceId = text;
    event.details = details;
    const QByteArray written = JsonBytesWriter::threatEvent(event);
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u": "_s + QString::fromUtf8(written)));
    QCOMPARE(parsed.object(), event.toJson());
    QCOMPARE(written, QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
}

void TestFleetdStore::deviceJsonMatchesToJson_data()
{
    QTest::addColumn<Device>("device");
    Device plain;
    plain.id = u"dev-000001"_s;
    plain.name = u"Camera \"North\""_s;
    plain.deviceClass = u"ip_camera"_s;
    plain.siteId = u"site-01"_s;
    plain.riskScore = 73;
    plain.revision = 12;
    QTest::newRow("minimal, no last_seen") << plain;
    Device full = plain;
    full.vendor = u"Axïs"_s;
    full.model = u"Q-1"_s;
    full.firmwareVersion = u"6.0.3"_s;
    full.gatewayId = u"gw-0001"_s;
    full.segment = u"security"_s;
    full.ownerRef = u"own-000002"_s;
    full.location = u"Eingang Süd 🚪"_s;
    full.notes = u"line one\nline two\t\x02"_s;
    full.status = DeviceStatus::Disabled;
    full.lastSeen = QDateTime(QDate(2026, 3, 2), QTime(7, 58, 1), Qt::UTC);
    full.capabilities = DeviceCapabilities{false, true, true};
    full.quarantine = QuarantineLevel::RevokeCredentials;
    QTest::newRow("every field") << full;
}

void TestFleetdStore::deviceJsonMatchesToJson()
{
    QFETCH(Device, device);
    const QByteArray written = JsonBytesWriter::device(device);
    QCOMPARE(written, QJsonDocument(device.toJson()).toJson(QJsonDocument::Compact));
    const Result<Device> back = Device::fromJson(QJsonDocument::fromJson(written).object());
    QVERIFY(back.ok());
    QCOMPARE(*back, device);
}

void TestFleetdStore::timestampsOutsideTheUsualRange_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0, 0, 5), Qt::UTC);
    QTest::newRow("end of century") << QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("year 2000") << QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC);
}

void TestFleetdStore::timestampsOutsideTheUsualRange()
{
    QFETCH(QDateTime, time);
    QByteArray out;
    JsonBytesWriter::appendTimestamp(out, time);
    QCOMPARE(out, '"' + time.toString(Qt::ISODateWithMs).toLatin1() + '"');
    out.clear();
    JsonBytesWriter::appendTimestamp(out, QDateTime());
    QCOMPARE(out, QByteArray("null"));
}

void TestFleetdStore::cursorRoundTripAndGarbage()
{
    const CollectionPager::Cursor cursor{u"dev-000123"_s, 42, 77};
    const QString text = CollectionPager::encodeCursor(cursor);
    const std::optional<CollectionPager::Cursor> back = CollectionPager::decodeCursor(text);
    QVERIFY(back);
    QCOMPARE(back->afterId, cursor.afterId);
    QCOMPARE(back->since, cursor.since);
    QCOMPARE(back->revision, cursor.revision);
    for (const QString &garbage : {u""_s, u"abc"_s, u"!!!"_s, text.left(text.size() / 2),
                                   QString::fromLatin1(QByteArray("[1,2]").toBase64())})
        QVERIFY2(!CollectionPager::decodeCursor(garbage), qPrintable(garbage));
}

QTEST_GUILESS_MAIN(TestFleetdStore)
#include "tst_fleetdstore.moc"
