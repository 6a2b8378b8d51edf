#include "security/SecretBuffer.h"

#include <QTest>

#include <utility>

using namespace warden;

// wipe() zeroes memory it owns alone, never shared or read-only storage; SecretBytes wipes on scope exit.
class TestSecretBuffer final : public QObject {
    Q_OBJECT

private slots:
    void wipeZeroesUnsharedBytes();
    void wipeZeroesUnsharedString();
    void wipeLeavesSharedCopyIntact();
    void wipeIgnoresReadOnlyRawData();
    void wipeOfEmptyIsHarmless();
    void secretBytesWipesOnDestruction();
    void secretBytesMoveTransfersOwnership();
    void secretBytesFromStringWipesSource();
};

static bool allZero(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != 0)
            return false;
    }
    return true;
}

void TestSecretBuffer::wipeZeroesUnsharedBytes()
{
    QByteArray secret("correct horse battery staple");
    secret.detach();
    const qsizetype size = secret.size();
    const char *storage = secret.constData();
    wipe(secret);
    QVERIFY(secret.isEmpty());
    // The allocation is kept (that is documented), so reading the old storage is still valid.
    QCOMPARE(secret.constData(), storage);
    QVERIFY(allZero(storage, size));
}

void TestSecretBuffer::wipeZeroesUnsharedString()
{
    QString secret = QStringLiteral("hunter2-hunter2");
    secret.detach();
    const qsizetype size = secret.size();
    const QChar *storage = secret.constData();
    wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.constData(), storage);
    QVERIFY(allZero(reinterpret_cast<const char *>(storage), size * qsizetype(sizeof(QChar))));
}

void TestSecretBuffer::wipeLeavesSharedCopyIntact()
{
    QByteArray original("token-123");
    original.detach();
    QByteArray copy = original; // shares the buffer
    wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, QByteArray("token-123"));
}

void TestSecretBuffer::wipeIgnoresReadOnlyRawData()
{
    static const char readOnly[] = "literal secret";
    QByteArray raw = QByteArray::fromRawData(readOnly, qsizetype(sizeof(readOnly) - 1));
    wipe(raw); // writing here would crash: the array lives in read-only memory
    QVERIFY(raw.isEmpty());
    QCOMPARE(QByteArray(readOnly), QByteArray("literal secret"));
}

void TestSecretBuffer::wipeOfEmptyIsHarmless()
{
    QByteArray nothing;
    wipe(nothing);
    QVERIFY(nothing.isEmpty());
    QString empty;
    wipe(empty);
    QVERIFY(empty.isEmpty());
}

void TestSecretBuffer::secretBytesWipesOnDestruction()
{
    // clear() runs the same wipe as the destructor but keeps the allocation, so the old storage can still be read.
    QByteArray bytes("s3cr3t-s3cr3t");
    bytes.detach();
    const char *storage = bytes.constData();
    const qsizetype size = bytes.size();
    SecretBytes secret(std::move(bytes));
    QCOMPARE(secret.constData(), storage);
    QCOMPARE(secret.size(), size);
    secret.clear();
    QVERIFY(secret.isEmpty());
    QVERIFY(allZero(storage, size));
}

void TestSecretBuffer::secretBytesMoveTransfersOwnership()
{
    SecretBytes a(QByteArray("first"));
    SecretBytes b(std::move(a));
    QCOMPARE(b.bytes(), QByteArray("first"));
    QVERIFY(a.isEmpty());
    SecretBytes c(QByteArray("second-value"));
    c = std::move(b);
    QCOMPARE(c.bytes(), QByteArray("first"));
    QVERIFY(b.isEmpty());
}

void TestSecretBuffer::secretBytesFromStringWipesSource()
{
    QString typed = QStringLiteral("pässword");
    typed.detach();
    const SecretBytes secret = SecretBytes::fromString(typed);
    QVERIFY(typed.isEmpty());
    QCOMPARE(secret.bytes(), QStringLiteral("pässword").toUtf8());
}

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "tst_secretbuffer.moc"
