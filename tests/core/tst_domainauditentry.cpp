// AuditEntry::canonicalBytes: the exact bytes the audit hash chain and fleetd hash. Pinned byte for byte, because
// any drift silently breaks every stored chain.

#include "domain/AuditEntry.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

AuditEntry sampleEntry()
{
    AuditEntry entry;
    entry.index = 7;
    entry.time = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 123), Qt::UTC);
    entry.actor = u"alice"_s;
    entry.action = u"quarantine.request"_s;
    entry.target = u"dev-1"_s;
    entry.details = QJsonObject{{u"level"_s, u"isolate"_s}, {u"approval"_s, u"appr-1"_s}};
    entry.prevHash = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    entry.hash = QByteArray::fromHex("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");
    return entry;
}

using Mutation = std::function<void(AuditEntry &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestDomainAuditEntry final : public QObject {
    Q_OBJECT

private slots:
    void bytesArePinned();
    void bytesAreStable();
    void everyHashedFieldChangesTheBytes_data();
    void everyHashedFieldChangesTheBytes();
    void hashIsNotHashed();
    void nonAsciiIsWrittenAsUtf8();
};

void TestDomainAuditEntry::bytesArePinned()
{
    const QByteArray expected =
        R"({"action":"quarantine.request","actor":"alice","details":{"approval":"appr-1","level":"isolate"},)"
        R"("index":7,"prev_hash":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",)"
        R"("target":"dev-1","time":"2026-11-25T10:00:00.123Z"})";
    QCOMPARE(sampleEntry().canonicalBytes(), expected);
}

void TestDomainAuditEntry::bytesAreStable()
{
    const AuditEntry entry = sampleEntry();
    QCOMPARE(entry.canonicalBytes(), sampleEntry().canonicalBytes());

    // Same entry read back from its JSON.
    const Result<AuditEntry> back = AuditEntry::fromJson(entry.toJson());
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->canonicalBytes(), entry.canonicalBytes());

    // Insertion order of details and the time's zone do not matter, only content and instant do.
    AuditEntry reordered = entry;
    reordered.details = QJsonObject();
    reordered.details.insert(u"level"_s, u"isolate"_s);
    reordered.details.insert(u"approval"_s, u"appr-1"_s);
    reordered.time = QDateTime(QDate(2026, 11, 25), QTime(11, 0, 0, 123), Qt::OffsetFromUTC, 3600);
    QCOMPARE(reordered.canonicalBytes(), entry.canonicalBytes());
}

void TestDomainAuditEntry::everyHashedFieldChangesTheBytes_data()
{
    QTest::addColumn<Mutation>("mutate");

    QTest::newRow("index") << Mutation([](AuditEntry &e) { e.index += 1; });
    QTest::newRow("time +1 ms") << Mutation([](AuditEntry &e) { e.time = e.time.addMSecs(1); });
    QTest::newRow("actor") << Mutation([](AuditEntry &e) { e.actor = u"bob"_s; });
    QTest::newRow("action") << Mutation([](AuditEntry &e) { e.action = u"quarantine.apply"_s; });
    QTest::newRow("target") << Mutation([](AuditEntry &e) { e.target = u"dev-2"_s; });
    QTest::newRow("target emptied") << Mutation([](AuditEntry &e) { e.target.clear(); });
    QTest::newRow("details value") << Mutation([](AuditEntry &e) { e.details[u"level"_s] = u"disable"_s; });
    QTest::newRow("details key added") << Mutation([](AuditEntry &e) { e.details[u"note"_s] = u""_s; });
    QTest::newRow("details nested") << Mutation([](AuditEntry &e) { e.details[u"ids"_s] = QJsonArray{1}; });
    QTest::newRow("prev hash last bit") << Mutation([](AuditEntry &e) { e.prevHash[31] = char(e.prevHash[31] ^ 1); });
}

void TestDomainAuditEntry::everyHashedFieldChangesTheBytes()
{
    QFETCH(Mutation, mutate);
    AuditEntry changed = sampleEntry();
    mutate(changed);
    QVERIFY(changed.canonicalBytes() != sampleEntry().canonicalBytes());
}

void TestDomainAuditEntry::hashIsNotHashed()
{
    AuditEntry entry = sampleEntry();
    const QByteArray before = entry.canonicalBytes();
    entry.hash = QByteArray(32, '\0');
    QCOMPARE(entry.canonicalBytes(), before);
    QVERIFY(!before.contains("\"hash\""));
    QVERIFY(!before.contains(sampleEntry().hash.toHex()));
    // ...but the JSON form carries it.
    QCOMPARE(sampleEntry().toJson().value(u"hash"_s).toString(),
             QString::fromLatin1(sampleEntry().hash.toHex()));
}

void TestDomainAuditEntry::nonAsciiIsWrittenAsUtf8()
{
    AuditEntry entry = sampleEntry();
    entry.actor = u"jörg"_s;
    entry.details = QJsonObject();
    QVERIFY(entry.canonicalBytes().contains("\"actor\":\"j\xc3\xb6rg\""));
    QVERIFY(!entry.canonicalBytes().contains('\n'));
}

QTEST_GUILESS_MAIN(TestDomainAuditEntry)
#include "tst_domainauditentry.moc"
