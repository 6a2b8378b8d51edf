// warden --verify-audit FILE, run as the real binary: a good export verifies (exit 0), every kind of tampering with
// the entries, the hashes, the signed head or the key is refused (exit 1) with a reason on stdout.
#include "audit/AuditProof.h"
#include "security/AuditChain.h"
#include "security/Ed25519Key.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace warden;

namespace {

using Edit = std::function<void(QJsonObject &)>;

QList<AuditEntry> makeChain(int length)
{
    QList<AuditEntry> chain;
    for (int i = 1; i <= length; ++i) {
        AuditEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + i * 1000, Qt::UTC);
        entry.actor = i % 2 ? QStringLiteral("alice") : QStringLiteral("bob");
        entry.action = QStringLiteral("licence.approve");
        entry.target = QStringLiteral("lic-%1").arg(i);
        chain.append(AuditChain::append(chain.isEmpty() ? nullptr : &chain.constLast(), entry));
    }
    return chain;
}

AuditHead signHead(const Ed25519Key &key, const AuditEntry &entry)
{
    AuditHead head;
    head.index = entry.index;
    head.hash = entry.hash;
    head.signedAt = QStringLiteral("2026-11-25T11:00:00.000Z");
    head.signature = key.sign(auditHeadMessage(head));
    return head;
}

// Entries 3..5 of a 8-entry chain with the continuation up to the head at 8.
QJsonObject goodBackendExport(const Ed25519Key &key)
{
    const QList<AuditEntry> chain = makeChain(8);
    Result<AuditProof> proof = AuditProof::build(QStringLiteral("backend"), QStringLiteral("demo"), chain, 3, 5,
                                                 signHead(key, chain.constLast()), key.publicKeyRaw());
    return proof.ok() ? proof->toJson() : QJsonObject();
}

void editArrayItem(QJsonObject &json, const QString &array, int position, const QString &field, const QJsonValue &value)
{
    QJsonArray items = json.value(array).toArray();
    QJsonObject item = items.at(position).toObject();
    item.insert(field, value);
    items.replace(position, item);
    json.insert(array, items);
}

void editHead(QJsonObject &json, const QString &field, const QJsonValue &value)
{
    QJsonObject head = json.value(QStringLiteral("head")).toObject();
    head.insert(field, value);
    json.insert(QStringLiteral("head"), head);
}

} // namespace

class TestVerifyAudit final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void verdict_data();
    void verdict();
    void buildRefusesARangeOutsideTheChain();

private:
    struct Outcome {
        int exitCode = -1;
        QString output;
    };
    Outcome run(const QByteArray &contents);

    QTemporaryDir m_dir;
    Ed25519Key m_key = Ed25519Key::generate();
};

void TestVerifyAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(WARDEN_BINARY_DIR "/app/warden")), "build the warden target first");
}

TestVerifyAudit::Outcome TestVerifyAudit::run(const QByteArray &contents)
{
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(contents);
    file.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WARDEN_BINARY_DIR "/app/warden"),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verify-audit"), path});
    if (!process.waitForFinished(30'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

void TestVerifyAudit::verdict_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outputPart");

    const Edit none = [](QJsonObject &) {};
    QTest::newRow("good export") << none << 0 << QStringLiteral("Head signature valid");
    QTest::newRow("range ending at the head") << Edit([this](QJsonObject &json) {
        const QList<AuditEntry> chain = makeChain(8);
        json = AuditProof::build(QStringLiteral("backend"), QStringLiteral("demo"), chain, 1, 8,
                                 signHead(m_key, chain.constLast()), m_key.publicKeyRaw())
                   ->toJson();
    }) << 0 << QStringLiteral("VERIFIED.");
    QTest::newRow("unsigned console chain") << Edit([](QJsonObject &json) {
        json = AuditProof::build(QStringLiteral("console"), QStringLiteral("demo"), makeChain(4), 1, 4, std::nullopt, {})
                   ->toJson();
    }) << 0 << QStringLiteral("not signed");
    QTest::newRow("target of entry 4 changed") << Edit([](QJsonObject &json) {
        editArrayItem(json, QStringLiteral("entries"), 1, QStringLiteral("target"), QStringLiteral("lic-99"));
    }) << 1 << QStringLiteral("broken at entry 4");
    QTest::newRow("entry 5 removed") << Edit([](QJsonObject &json) {
        QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
        entries.removeAt(2);
        json.insert(QStringLiteral("entries"), entries);
    }) << 1 << QStringLiteral("Entry 5 is missing");
    QTest::newRow("continuation entry changed") << Edit([](QJsonObject &json) {
        editArrayItem(json, QStringLiteral("continuation"), 1, QStringLiteral("actor"), QStringLiteral("mallory"));
    }) << 1 << QStringLiteral("broken at entry 7");
    QTest::newRow("first prev hash replaced") << Edit([](QJsonObject &json) {
        json.insert(QStringLiteral("first_prev_hash"), QString(64, u'0'));
    }) << 1 << QStringLiteral("broken at entry 3");
    QTest::newRow("whole range rehashed") << Edit([](QJsonObject &json) {
        // A forger recomputes every hash after changing entry 3: the chain holds, the signed head does not.
        QList<AuditEntry> forged;
        QJsonArray all = json.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &value : json.value(QStringLiteral("continuation")).toArray())
            all.append(value);
        QByteArray prev = QByteArray::fromHex(json.value(QStringLiteral("first_prev_hash")).toString().toLatin1());
        for (const QJsonValue &value : all) {
            Result<AuditEntry> parsed = AuditEntry::fromJson(value.toObject());
            if (!parsed.ok())
                return;
            AuditEntry entry = std::move(parsed).value();
            if (entry.index == 3)
                entry.actor = QStringLiteral("mallory");
            entry.prevHash = prev;
            entry.hash = AuditChain::computeHash(entry);
            prev = entry.hash;
            forged.append(entry);
        }
        QJsonArray entries;
        QJsonArray continuation;
        for (const AuditEntry &entry : std::as_const(forged))
            (entry.index <= 5 ? entries : continuation).append(entry.toJson());
        json.insert(QStringLiteral("entries"), entries);
        json.insert(QStringLiteral("continuation"), continuation);
    }) << 1 << QStringLiteral("does not have the hash the backend signed");
    QTest::newRow("signature of another head") << Edit([](QJsonObject &json) {
        editHead(json, QStringLiteral("signed_at"), QStringLiteral("2026-11-25T12:00:00.000Z"));
    }) << 1 << QStringLiteral("does not match public key");
    QTest::newRow("another public key") << Edit([](QJsonObject &json) {
        json.insert(QStringLiteral("public_key"), QString::fromLatin1(Ed25519Key::generate().publicKeyRaw().toBase64()));
    }) << 1 << QStringLiteral("does not match public key");
    QTest::newRow("head missing") << Edit([](QJsonObject &json) { json.remove(QStringLiteral("head")); }) << 1
                                  << QStringLiteral("no signed head");
    QTest::newRow("continuation missing") << Edit([](QJsonObject &json) {
        json.insert(QStringLiteral("continuation"), QJsonArray());
    }) << 1 << QStringLiteral("not in the export");
    QTest::newRow("not an export") << Edit([](QJsonObject &json) { json = QJsonObject{{QStringLiteral("a"), 1}}; })
                                   << 1 << QStringLiteral("not a Warden audit export");
}

void TestVerifyAudit::verdict()
{
    QFETCH(Edit, edit);
    QFETCH(int, exitCode);
    QFETCH(QString, outputPart);
    QJsonObject json = goodBackendExport(m_key);
    QVERIFY(!json.isEmpty());
    edit(json);
    const Outcome outcome = run(QJsonDocument(json).toJson());
    QVERIFY2(outcome.output.contains(outputPart), qPrintable(outcome.output));
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY(outcome.output.trimmed().endsWith(exitCode == 0 ? QStringLiteral("\nVERIFIED.")
                                                            : QStringLiteral("NOT VERIFIED.")));
}

void TestVerifyAudit::buildRefusesARangeOutsideTheChain()
{
    const QList<AuditEntry> chain = makeChain(5);
    QVERIFY(!AuditProof::build(QStringLiteral("console"), {}, chain, 4, 6, std::nullopt, {}).ok());
    QVERIFY(!AuditProof::build(QStringLiteral("console"), {}, chain, 0, 2, std::nullopt, {}).ok());
    QVERIFY(!AuditProof::build(QStringLiteral("console"), {}, chain, 3, 2, std::nullopt, {}).ok());
    QVERIFY(!AuditProof::build(QStringLiteral("console"), {}, chain.mid(1), 2, 3, std::nullopt, {}).ok());
    QVERIFY(AuditProof::build(QStringLiteral("console"), {}, chain, 5, 5, std::nullopt, {}).ok());
}

QTEST_GUILESS_MAIN(TestVerifyAudit)
#include "tst_verifyaudit.moc"
