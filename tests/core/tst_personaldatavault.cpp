// Personal data at rest: AES-256-GCM sealing (round trip, any changed byte detected, wrong key, no key), the
// PBKDF2 key parameters (stored form, wrong passphrase, damaged records), and the owners table of a real cache file
// holding no personal data in clear while devices stay readable without the key.
#include "cache/CacheStore.h"
#include "cache/CacheVault.h"
#include "security/PersonalDataVault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

// Tests use few iterations: the cost is PBKDF2's, not what is tested.
constexpr int FastIterations = 1000;

SecretBytes secret(const char *text)
{
    return SecretBytes(QByteArray(text));
}

std::shared_ptr<PersonalDataVault> openVault(const char *passphrase, VaultKdfParameters &parameters)
{
    auto vault = std::make_shared<PersonalDataVault>();
    if (!vault->unlock(secret(passphrase), parameters).ok())
        return nullptr;
    return vault;
}

Owner owner(int n)
{
    Owner o;
    o.ref = u"own-%1"_s.arg(n);
    o.name = u"Henrietta Quill%1"_s.arg(n);
    o.email = u"h.quill%1@klinikum.example"_s.arg(n);
    o.phone = u"+49 555 01234%1"_s.arg(n);
    return o;
}

Device device(int n)
{
    Device d;
    d.id = u"dev-%1"_s.arg(n);
    d.name = u"Pump %1"_s.arg(n);
    d.deviceClass = u"infusion_pump"_s;
    d.ownerRef = u"own-%1"_s.arg(n);
    return d;
}

} // namespace

class TestPersonalDataVault : public QObject {
    Q_OBJECT
private slots:
    void sealRoundTrip()
    {
        VaultKdfParameters parameters = VaultKdfParameters::generate(FastIterations);
        auto vault = openVault("correct horse", parameters);
        QVERIFY(vault && vault->isUnlocked());
        const QByteArray plain = R"({"name":"Henrietta Quill","email":"hq@example.org"})";
        const Result<QByteArray> sealed = vault->seal(plain);
        QVERIFY(sealed.ok());
        QVERIFY(PersonalDataVault::looksSealed(sealed.value()));
        QCOMPARE(sealed.value().size(), plain.size() + 4 + PersonalDataVault::NonceBytes + PersonalDataVault::TagBytes);
        QVERIFY(!sealed.value().contains("Henrietta"));
        // A fresh nonce each time: equal values do not look equal on disk.
        QVERIFY(vault->seal(plain).value() != sealed.value());
        const Result<QByteArray> opened = vault->unseal(sealed.value());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(opened.value(), plain);
        QCOMPARE(vault->unseal(vault->seal(QByteArray()).value()).value(), QByteArray());
    }

    // Every byte matters: magic, nonce, ciphertext and tag are all authenticated.
    void tamperingIsDetected_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("magic") << 1;
        QTest::newRow("nonce") << 4 + 3;
        QTest::newRow("ciphertext first") << 4 + PersonalDataVault::NonceBytes;
        QTest::newRow("ciphertext middle") << 4 + PersonalDataVault::NonceBytes + 10;
        QTest::newRow("tag") << -1;
    }
    void tamperingIsDetected()
    {
        QFETCH(int, offset);
        VaultKdfParameters parameters = VaultKdfParameters::generate(FastIterations);
        auto vault = openVault("correct horse", parameters);
        QVERIFY(vault);
        QByteArray sealed = vault->seal("patient id P-4711 belongs to ward 3").value();
        const qsizetype at = offset < 0 ? sealed.size() + offset : offset;
        sealed[at] = char(sealed.at(at) ^ 0x01);
        const Result<QByteArray> opened = vault->unseal(sealed);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.errorMessage().isEmpty());
    }

    void truncationAndGarbageAreRefused()
    {
        VaultKdfParameters parameters = VaultKdfParameters::generate(FastIterations);
        auto vault = openVault("pw", parameters);
        QVERIFY(vault);
        const QByteArray sealed = vault->seal("some personal data").value();
        QVERIFY(!vault->unseal(sealed.chopped(1)).ok());
        QVERIFY(!vault->unseal(sealed.left(20)).ok());
        QVERIFY(!vault->unseal(R"({"name":"in clear"})").ok());
        QVERIFY(!vault->unseal(QByteArray()).ok());
    }

    void wrongKeyCannotUnseal()
    {
        VaultKdfParameters first = VaultKdfParameters::generate(FastIterations);
        auto alice = openVault("alice's passphrase", first);
        VaultKdfParameters second = VaultKdfParameters::generate(FastIterations);
        auto other = openVault("another passphrase", second);
        QVERIFY(alice && other);
        const QByteArray sealed = alice->seal("Henrietta Quill").value();
        QVERIFY(!other->unseal(sealed).ok());

        // The stored check value refuses a wrong passphrase before anything is unsealed.
        PersonalDataVault again;
        VaultKdfParameters stored = first;
        const Status refused = again.unlock(secret("not alice's passphrase"), stored);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"passphrase"_s), qPrintable(refused.errorMessage()));
        QVERIFY(!again.isUnlocked());
        QCOMPARE(stored.check, first.check);
        QVERIFY(again.unlock(secret("alice's passphrase"), stored).ok());
        QCOMPARE(again.unseal(sealed).value(), QByteArray("Henrietta Quill"));
    }

    void noKeyLocksEverything()
    {
        PersonalDataVault vault;
        QVERIFY(!vault.isUnlocked());
        const Result<QByteArray> sealed = vault.seal("Henrietta Quill");
        QVERIFY(sealed.ok());
        QVERIFY(sealed.value().isEmpty()); // nothing to store
        VaultKdfParameters parameters = VaultKdfParameters::generate(FastIterations);
        auto keyed = openVault("pw", parameters);
        const QByteArray real = keyed->seal("Henrietta Quill").value();
        const Result<QByteArray> opened = vault.unseal(real);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(u"locked"_s), qPrintable(opened.errorMessage()));
        keyed->lock();
        QVERIFY(!keyed->isUnlocked());
        QVERIFY(!keyed->unseal(real).ok());
    }

    void rawKeyMustBeFullLength()
    {
        PersonalDataVault vault;
        QVERIFY(!vault.unlockWithKey(SecretBytes(QByteArray(16, 'k'))).ok());
        QVERIFY(vault.unlockWithKey(SecretBytes(QByteArray(32, 'k'))).ok());
        QCOMPARE(vault.unseal(vault.seal("x").value()).value(), QByteArray("x"));
    }

    void parametersRoundTrip()
    {
        VaultKdfParameters parameters = VaultKdfParameters::generate(FastIterations);
        QVERIFY(openVault("pw", parameters));
        QCOMPARE(parameters.salt.size(), 16);
        QCOMPARE(parameters.check.size(), 32);
        const QString text = parameters.encode();
        QVERIFY(text.startsWith(u"pbkdf2-sha256$1000$"_s));
        const Result<VaultKdfParameters> decoded = VaultKdfParameters::decode(text);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().iterations, parameters.iterations);
        QCOMPARE(decoded.value().salt, parameters.salt);
        QCOMPARE(decoded.value().check, parameters.check);
        QCOMPARE(VaultKdfParameters::generate().iterations, VaultKdfParameters::DefaultIterations);
        QVERIFY(VaultKdfParameters::DefaultIterations >= 600000);
        // Same passphrase and salt, same key; another salt, another key.
        const SecretBytes a = PersonalDataVault::deriveKey("pw", parameters);
        const SecretBytes b = PersonalDataVault::deriveKey("pw", parameters);
        const SecretBytes c = PersonalDataVault::deriveKey("pw", VaultKdfParameters::generate(FastIterations));
        QCOMPARE(a.bytes(), b.bytes());
        QVERIFY(a.bytes() != c.bytes());
    }

    void damagedParametersAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString salt = QString::fromLatin1(QByteArray(16, 's').toBase64());
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << u"scrypt$1000$%1$"_s.arg(salt);
        QTest::newRow("too few iterations") << u"pbkdf2-sha256$1$%1$"_s.arg(salt);
        QTest::newRow("too many iterations") << u"pbkdf2-sha256$999999999$%1$"_s.arg(salt);
        QTest::newRow("short salt") << u"pbkdf2-sha256$1000$c2FsdA==$"_s;
        QTest::newRow("bad base64") << u"pbkdf2-sha256$1000$!!!$"_s;
        QTest::newRow("short check") << u"pbkdf2-sha256$1000$%1$YWJj"_s.arg(salt);
        QTest::newRow("missing part") << u"pbkdf2-sha256$1000$%1"_s.arg(salt);
    }
    void damagedParametersAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!VaultKdfParameters::decode(text).ok());
    }

    // The real cache file: owners sealed on disk (no name, e-mail or phone in the file's bytes), read back with the
    // key; without it the owners are locked and the devices still load.
    void ownersAreSealedInTheCacheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sealed.sqlite"_s);
        const QList<Owner> owners{owner(1), owner(2)};
        {
            auto vault = std::make_shared<PersonalDataVault>();
            CacheStoreOptions options;
            CacheVault::bind(options, vault);
            auto store = CacheStore::open(path, options);
            QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
            QVERIFY(CacheVault::unlock(*store.value(), *vault, secret("alice-password"), FastIterations).ok());
            CacheBatch batch;
            batch.owners = owners;
            batch.devices = {device(1), device(2)};
            QVERIFY(store.value()->apply(batch).ok());
            const Result<QList<Owner>> loaded = store.value()->loadOwners();
            QVERIFY(loaded.ok());
            QCOMPARE(loaded.value().size(), 2);
            for (const Owner &o : loaded.value())
                QVERIFY(owners.contains(o));
            QVERIFY(store.value()->meta(CacheVault::MetaKey).value().startsWith(u"pbkdf2-sha256$"_s));
        }
        // The file's bytes (WAL folded in when the store closed) hold none of it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(bytes.contains("Pump 1")); // device data is not personal: in the file as usual
        for (const Owner &o : owners) {
            QVERIFY(!bytes.contains(o.name.toUtf8()));
            QVERIFY(!bytes.contains(o.email.toUtf8()));
            QVERIFY(!bytes.contains(o.phone.toUtf8()));
        }

        // No key (e.g. warden --offline): devices load, owners are locked.
        {
            auto store = CacheStore::open(path);
            QVERIFY(store.ok());
            QCOMPARE(store.value()->loadDevices().value().size(), 2);
            const Result<QList<Owner>> locked = store.value()->loadOwners();
            QVERIFY(locked.ok());
            QCOMPARE(locked.value().size(), 2);
            for (const Owner &o : locked.value())
                QVERIFY(o.locked && o.name.isEmpty() && o.email.isEmpty() && o.phone.isEmpty());
        }
        // A locked vault: nothing is unsealed and nothing new is stored in clear.
        {
            auto vault = std::make_shared<PersonalDataVault>();
            CacheStoreOptions options;
            CacheVault::bind(options, vault);
            auto store = CacheStore::open(path, options);
            QVERIFY(store.ok());
            CacheBatch batch;
            batch.owners = {owner(3)};
            const Result<CacheChange> change = store.value()->apply(batch);
            QVERIFY2(change.ok(), qPrintable(change.errorMessage()));
            QCOMPARE(change.value().owners, 0);
            const Result<QList<Owner>> locked = store.value()->loadOwners();
            QVERIFY(locked.ok());
            QCOMPARE(locked.value().size(), 2);
            QVERIFY(locked.value().constFirst().locked);
        }
        // The right passphrase opens it again; a changed one re-keys and drops what nobody can open any more.
        {
            auto vault = std::make_shared<PersonalDataVault>();
            CacheStoreOptions options;
            CacheVault::bind(options, vault);
            auto store = CacheStore::open(path, options);
            QVERIFY(store.ok());
            const QString before = store.value()->meta(CacheVault::MetaKey).value();
            QVERIFY(CacheVault::unlock(*store.value(), *vault, secret("alice-password"), FastIterations).ok());
            QCOMPARE(store.value()->meta(CacheVault::MetaKey).value(), before);
            QVERIFY(!store.value()->loadOwners().value().constFirst().locked);
            vault->lock();
            QVERIFY(CacheVault::unlock(*store.value(), *vault, secret("new-password"), FastIterations).ok());
            QVERIFY(store.value()->meta(CacheVault::MetaKey).value() != before);
            QVERIFY(store.value()->loadOwners().value().isEmpty());
            QCOMPARE(store.value()->loadDevices().value().size(), 2);
        }
    }

    // A sealed row edited in place (one bit of its ciphertext) reads back as locked: never as altered data, and the
    // other owners still load.
    void editedRowReadsAsLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"edited.sqlite"_s);
        auto vault = std::make_shared<PersonalDataVault>();
        CacheStoreOptions options;
        CacheVault::bind(options, vault);
        auto store = CacheStore::open(path, options);
        QVERIFY(store.ok());
        QVERIFY(CacheVault::unlock(*store.value(), *vault, secret("pw"), FastIterations).ok());
        CacheBatch batch;
        batch.owners = {owner(1), owner(2)};
        QVERIFY(store.value()->apply(batch).ok());
        SqliteDatabase &database = store.value()->database();
        QByteArray payload;
        {
            Result<SqliteStatement> read = database.prepare(u"SELECT payload FROM owners WHERE ref = 'own-1'"_s);
            QVERIFY(read.ok() && read.value().step().value());
            payload = read.value().columnBlob(0);
        }
        payload[20] = char(payload.at(20) ^ 0x04);
        {
            Result<SqliteStatement> write = database.prepare(u"UPDATE owners SET payload = ?1 WHERE ref = 'own-1'"_s);
            QVERIFY(write.ok());
            write.value().bindBlob(1, payload);
            QVERIFY(write.value().execute().ok());
        }
        const Result<QList<Owner>> loaded = store.value()->loadOwners();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().size(), 2);
        for (const Owner &o : loaded.value()) {
            if (o.ref == u"own-1"_s)
                QVERIFY(o.locked && o.name.isEmpty());
            else
                QCOMPARE(o, owner(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataVault)
#include "tst_personaldatavault.moc"
