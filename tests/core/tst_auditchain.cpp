#include "security/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace warden;

// The audit hash chain: linking, a pinned hash vector, and detection of each kind of tampering at the right position.
class TestAuditChain final : public QObject {
    Q_OBJECT

private slots:
    void genesisIsThirtyTwoZeroBytes();
    void computeHashIsSha256OfCanonicalBytes();
    void pinnedHashVector();
    void appendLinksEntries();
    void intactChainVerifies();
    void emptyChainIsIntact();
    void tampering_data();
    void tampering();
    void sliceVerifiesAgainstGivenPrevHash();
};

using Tamper = std::function<void(QList<AuditEntry> &)>;
Q_DECLARE_METATYPE(Tamper)

static QList<AuditEntry> buildChain(int length)
{
    QList<AuditEntry> chain;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (int i = 0; i < length; ++i) {
        AuditEntry entry;
        entry.time = start.addSecs(i * 60);
        entry.actor = i % 2 ? u"rule:r-7"_qs : u"alice"_qs;
        entry.action = u"device.quarantine"_qs;
        entry.target = u"dev-%1"_qs.arg(i);
        entry.details = QJsonObject{{u"step"_qs, i}, {u"note"_qs, u"entry %1"_qs.arg(i)}};
        chain.append(AuditChain::append(chain.isEmpty() ? nullptr : &chain.last(), entry));
    }
    return chain;
}

void TestAuditChain::genesisIsThirtyTwoZeroBytes()
{
    QCOMPARE(AuditChain::genesisHash(), QByteArray(32, '\0'));
}

void TestAuditChain::computeHashIsSha256OfCanonicalBytes()
{
    const QList<AuditEntry> chain = buildChain(3);
    for (const AuditEntry &entry : chain) {
        QCOMPARE(AuditChain::computeHash(entry),
                 QCryptographicHash::hash(entry.canonicalBytes(), QCryptographicHash::Sha256));
        // The stored hash is not part of what is hashed.
        AuditEntry withoutHash = entry;
        withoutHash.hash.clear();
        QCOMPARE(AuditChain::computeHash(withoutHash), entry.hash);
    }
}

void TestAuditChain::pinnedHashVector()
{
    // Pins the chain format: the hash below was computed once with Python's hashlib over the canonical JSON
    // {"action":"quarantine.request","actor":"alice","details":{"reason":"scan","score":7},"index":1,
    //  "prev_hash":"00…00","target":"dev-1","time":"2024-01-02T03:04:05.678Z"}. If this fails, stored chains break.
    AuditEntry entry;
    entry.time = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    entry.actor = u"alice"_qs;
    entry.action = u"quarantine.request"_qs;
    entry.target = u"dev-1"_qs;
    entry.details = QJsonObject{{u"score"_qs, 7}, {u"reason"_qs, u"scan"_qs}};
    const AuditEntry linked = AuditChain::append(nullptr, entry);
    QCOMPARE(linked.hash.toHex(), QByteArray("02a4dca6750ef702551d35f1249739a0d80e765ea12faf818151cc25d8a8d9f5"));
}

void TestAuditChain::appendLinksEntries()
{
    const QList<AuditEntry> chain = buildChain(4);
    QCOMPARE(chain.at(0).index, 1);
    QCOMPARE(chain.at(0).prevHash, AuditChain::genesisHash());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QCOMPARE(chain.at(i).index, chain.at(i - 1).index + 1);
        QCOMPARE(chain.at(i).prevHash, chain.at(i - 1).hash);
        QCOMPARE(chain.at(i).hash.size(), 32);
        QVERIFY(chain.at(i).hash != chain.at(i - 1).hash);
    }
    // append() overrides whatever index/prevHash/hash the caller left in the entry.
    AuditEntry stale = chain.at(1);
    stale.index = 99;
    stale.prevHash = QByteArray(32, 'x');
    const AuditEntry relinked = AuditChain::append(&chain.at(0), stale);
    QCOMPARE(relinked.index, 2);
    QCOMPARE(relinked.prevHash, chain.at(0).hash);
    QCOMPARE(relinked.hash, chain.at(1).hash);
}

void TestAuditChain::intactChainVerifies()
{
    const AuditChain::Verification result = AuditChain::verify(buildChain(6));
    QVERIFY2(result.intact, qPrintable(result.reason));
    QCOMPARE(result.firstBrokenIndex, -1);
    QVERIFY(result.reason.isEmpty());
}

void TestAuditChain::emptyChainIsIntact()
{
    QVERIFY(AuditChain::verify({}).intact);
}

void TestAuditChain::tampering_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<qint64>("firstBroken");
    QTest::addColumn<QString>("reasonPart");

    // Chain of 6: positions 0..5 hold indexes 1..6.
    QTest::newRow("actor changed") << Tamper([](QList<AuditEntry> &c) { c[2].actor = u"mallory"_qs; }) << qint64(2)
                                   << u"Entry 3 was changed"_qs;
    QTest::newRow("details changed in first")
        << Tamper([](QList<AuditEntry> &c) { c[0].details.insert(u"step"_qs, 42); }) << qint64(0)
        << u"Entry 1 was changed"_qs;
    QTest::newRow("time changed in last")
        << Tamper([](QList<AuditEntry> &c) { c[5].time = c[5].time.addSecs(1); }) << qint64(5)
        << u"Entry 6 was changed"_qs;
    QTest::newRow("stored hash bit flipped")
        << Tamper([](QList<AuditEntry> &c) { c[3].hash[7] = char(c[3].hash.at(7) ^ 0x01); }) << qint64(3)
        << u"Entry 4 was changed"_qs;
    QTest::newRow("stored hash removed") << Tamper([](QList<AuditEntry> &c) { c[1].hash.clear(); }) << qint64(1)
                                         << u"Entry 2 has no valid hash"_qs;
    QTest::newRow("changed and re-hashed")
        << Tamper([](QList<AuditEntry> &c) {
               c[2].target = u"dev-other"_qs;
               c[2].hash = AuditChain::computeHash(c[2]);
           })
        << qint64(3) << u"Entry 4 does not link to entry 3"_qs;
    QTest::newRow("middle entry deleted") << Tamper([](QList<AuditEntry> &c) { c.removeAt(3); }) << qint64(3)
                                          << u"Entry 4 is missing"_qs;
    QTest::newRow("two entries deleted") << Tamper([](QList<AuditEntry> &c) { c.remove(1, 2); }) << qint64(1)
                                         << u"Entries 2 to 3 are missing"_qs;
    QTest::newRow("first entry deleted") << Tamper([](QList<AuditEntry> &c) { c.removeFirst(); }) << qint64(0)
                                         << u"not the start of the chain"_qs;
    QTest::newRow("deleted and renumbered")
        << Tamper([](QList<AuditEntry> &c) {
               c.removeAt(3);
               for (qsizetype i = 3; i < c.size(); ++i)
                   c[i].index -= 1;
           })
        << qint64(3) << u"Entry 4 was changed"_qs;
    QTest::newRow("neighbours swapped") << Tamper([](QList<AuditEntry> &c) { c.swapItemsAt(2, 3); }) << qint64(2)
                                        << u"out of order: entry 4 comes right after entry 2"_qs;
    QTest::newRow("last moved to front") << Tamper([](QList<AuditEntry> &c) { c.move(5, 0); }) << qint64(0)
                                         << u"Entry 6 is not the start"_qs;
    QTest::newRow("earlier moved later") << Tamper([](QList<AuditEntry> &c) { c.move(1, 4); }) << qint64(1)
                                         << u"out of order"_qs;
    QTest::newRow("entry duplicated") << Tamper([](QList<AuditEntry> &c) { c.insert(3, c.at(2)); }) << qint64(3)
                                      << u"Entry 3 appears twice"_qs;
    QTest::newRow("forged entry inserted")
        << Tamper([](QList<AuditEntry> &c) {
               AuditEntry forged = c.at(2);
               forged.action = u"device.release"_qs;
               c.insert(3, AuditChain::append(&c.at(2), forged));
           })
        << qint64(4) << u"Entry 4 appears twice"_qs;
    QTest::newRow("prev hash of middle replaced")
        << Tamper([](QList<AuditEntry> &c) {
               c[4].prevHash = AuditChain::genesisHash();
               c[4].hash = AuditChain::computeHash(c[4]);
           })
        << qint64(4) << u"Entry 5 does not link to entry 4"_qs;
    // Truncating the tail leaves a valid shorter chain; only a signed chain head (Ed25519Key) can reveal that.
    QTest::newRow("last entry deleted (undetectable here)")
        << Tamper([](QList<AuditEntry> &c) { c.removeLast(); }) << qint64(-1) << QString();
}

void TestAuditChain::tampering()
{
    QFETCH(Tamper, tamper);
    QFETCH(qint64, firstBroken);
    QFETCH(QString, reasonPart);
    QList<AuditEntry> chain = buildChain(6);
    QVERIFY(AuditChain::verify(chain).intact);
    tamper(chain);
    const AuditChain::Verification result = AuditChain::verify(chain);
    QCOMPARE(result.firstBrokenIndex, firstBroken);
    QCOMPARE(result.intact, firstBroken < 0);
    if (reasonPart.isEmpty())
        QVERIFY(result.reason.isEmpty());
    else
        QVERIFY2(result.reason.contains(reasonPart), qPrintable(result.reason));
    if (!result.intact)
        QVERIFY2(result.reason.endsWith(QLatin1Char('.')), "the reason is a sentence");
}

void TestAuditChain::sliceVerifiesAgainstGivenPrevHash()
{
    const QList<AuditEntry> chain = buildChain(6);
    const QList<AuditEntry> tail = chain.mid(3);
    const AuditChain::Verification ok = AuditChain::verify(tail, chain.at(2).hash);
    QVERIFY2(ok.intact, qPrintable(ok.reason));

    // A slice that starts anywhere but index 1 is not a whole chain.
    const AuditChain::Verification notWhole = AuditChain::verify(tail);
    QVERIFY(!notWhole.intact);
    QCOMPARE(notWhole.firstBrokenIndex, 0);

    const AuditChain::Verification wrongAnchor = AuditChain::verify(tail, chain.at(1).hash);
    QVERIFY(!wrongAnchor.intact);
    QCOMPARE(wrongAnchor.firstBrokenIndex, 0);
    QVERIFY2(wrongAnchor.reason.contains(u"does not continue from the expected entry"_qs), qPrintable(wrongAnchor.reason));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
