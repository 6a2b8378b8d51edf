// fleetd's device CA is kept across restarts (server/DeviceCaStore): a device certificate issued before a restart
// still chains to the CA fleetd serves afterwards; the CA file is private (0600) and its key is never on disk in plain
// text; a damaged, foreign or mismatched file is refused with a message naming it and is left untouched, and fleetd
// then does not start. Also: a new join request is announced in the feed by an unknown-device event that names it.

#include "FleetdTestClient.h"
#include "server/DeviceCaStore.h"

#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

namespace {

// OpenSSL's own chain check: leaf signed by ca, ca the only trust anchor. Simulated time differs from the clock, so
// validity dates are not what is tested here.
bool chainsTo(const QByteArray &leafPem, const QByteArray &caPem)
{
    const auto readCertificate = [](const QByteArray &pem) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        return certificate;
    };
    X509 *leaf = readCertificate(leafPem);
    X509 *ca = readCertificate(caPem);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    bool ok = false;
    if (leaf && ca && store && context && X509_STORE_add_cert(store, ca) == 1
        && X509_STORE_CTX_init(context, store, leaf, nullptr) == 1) {
        X509_STORE_CTX_set_flags(context, X509_V_FLAG_NO_CHECK_TIME);
        ok = X509_verify_cert(context) == 1;
    }
    X509_STORE_CTX_free(context);
    X509_STORE_free(store);
    X509_free(ca);
    X509_free(leaf);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The base64 body of a PEM block, without its armour lines.
QByteArray pemBody(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return body;
}

} // namespace

class TestFleetdDeviceCa : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storedSealedAndReloaded();
    void damagedFileRefused_data();
    void damagedFileRefused();
    void certificateStillChainsAfterRestart();
};

void TestFleetdDeviceCa::storedSealedAndReloaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Ed25519Key secret = Ed25519Key::generate();
    Result<CertificateAuthority> first = DeviceCaStore::loadOrCreate(dir.path(), secret);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const QString path = DeviceCaStore::fileName(dir.path());

    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    const QByteArray stored = readAll(path);
    const QByteArray keyPem = first->privateKeyPem();
    QVERIFY(!stored.contains("PRIVATE KEY"));
    QVERIFY(!stored.contains(pemBody(keyPem).left(40)));
    QVERIFY(!stored.contains(keyPem.toBase64().left(40)));

    CertificateRequest request;
    request.commonName = u"SN-DEVICE-1"_s;
    request.usage = CertificateRequest::Usage::Client;
    const Result<IssuedCertificate> leaf = first->issue(request);
    QVERIFY(leaf.ok());

    Result<CertificateAuthority> again = DeviceCaStore::loadOrCreate(dir.path(), secret);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->certificatePem(), first->certificatePem());
    QCOMPARE(again->privateKeyPem(), keyPem);
    QVERIFY(chainsTo(leaf->certificatePem, again->certificatePem()));
    QCOMPARE(readAll(path), stored); // loading does not rewrite it

    // A fresh CA does not verify the old certificate: the check above can fail.
    Result<CertificateAuthority> other = CertificateAuthority::create(u"Warden Fleet Device CA"_s);
    QVERIFY(other.ok());
    QVERIFY(!chainsTo(leaf->certificatePem, other->certificatePem()));

    // Loosened permissions are put back.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(DeviceCaStore::load(path, secret).ok());
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
}

void TestFleetdDeviceCa::damagedFileRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("flipped byte in the sealed key") << u"flip"_s << u"does not open"_s;
    QTest::newRow("another data directory's secret") << u"foreign"_s << u"does not open"_s;
    QTest::newRow("another CA's certificate") << u"certificate"_s << u"cannot be used"_s;
    QTest::newRow("not JSON") << u"garbage"_s << u"damaged JSON"_s;
    QTest::newRow("unknown format") << u"format"_s << u"format"_s;
    QTest::newRow("empty file") << u"empty"_s << u"damaged JSON"_s;
    QTest::newRow("key missing") << u"nokey"_s << u"missing"_s;
}

void TestFleetdDeviceCa::damagedFileRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Ed25519Key secret = Ed25519Key::generate();
    QVERIFY(DeviceCaStore::loadOrCreate(dir.path(), secret).ok());
    const QString path = DeviceCaStore::fileName(dir.path());
    QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    QByteArray bytes;
    if (damage == u"flip"_s) {
        QByteArray sealed = QByteArray::fromBase64(json.value(u"sealed_key"_s).toString().toLatin1());
        sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x01);
        json.insert(u"sealed_key"_s, QString::fromLatin1(sealed.toBase64()));
    } else if (damage == u"foreign"_s) {
        secret = Ed25519Key::generate(); // the file stays, the data directory's secret is another one
    } else if (damage == u"certificate"_s) {
        json.insert(u"certificate"_s,
                    QString::fromLatin1(CertificateAuthority::create(u"Warden Fleet Device CA"_s)->certificatePem()));
    } else if (damage == u"garbage"_s) {
        bytes = "\x01\x02not a device CA";
    } else if (damage == u"format"_s) {
        json.insert(u"format"_s, u"warden-device-ca/9"_s);
    } else if (damage == u"empty"_s) {
        bytes = "";
    } else if (damage == u"nokey"_s) {
        json.remove(u"sealed_key"_s);
    }
    if (damage != u"foreign"_s)
        QVERIFY(writeAll(path, damage == u"garbage"_s || damage == u"empty"_s ? bytes : QJsonDocument(json).toJson()));
    const QByteArray before = readAll(path);

    const Result<CertificateAuthority> loaded = DeviceCaStore::loadOrCreate(dir.path(), secret);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorMessage().contains(says), qPrintable(loaded.errorMessage()));
    QVERIFY2(loaded.errorMessage().contains(path), qPrintable(loaded.errorMessage()));
    QVERIFY2(loaded.errorMessage().contains(u"left as it is"_s), qPrintable(loaded.errorMessage()));
    QCOMPARE(readAll(path), before); // refused, not replaced
}

void TestFleetdDeviceCa::certificateStillChainsAfterRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FleetdConfig config = testConfig(dir.filePath(u"data"_s), 200, 11);
    config.timeScale = 60;
    config.eventRate = 1;
    FleetdRunner runner;
    Result<FleetdInstanceInfo> info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    auto client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    QByteArray token = client->token(u"alice"_s);

    // The new join requests of the first run are announced in the feed, each naming its request.
    QSet<QString> pending;
    for (const QJsonValue &value : client->all(u"/admission"_s, token)) {
        if (value.toObject().value(u"state"_s).toString() == u"pending"_s)
            pending.insert(value.toObject().value(u"id"_s).toString());
    }
    QVERIFY(!pending.isEmpty());
    QSet<QString> announced;
    const auto collectAnnounced = [&] {
        for (const QJsonValue &value : client->get(u"/events?from_seq=1&limit=1000"_s, token).items()) {
            const QJsonObject event = value.toObject();
            const QString request = event.value(u"details"_s).toObject().value(u"join_request"_s).toString();
            if (!request.isEmpty() && event.value(u"type"_s).toString() == u"unknown_device"_s)
                announced.insert(request);
        }
        return announced.contains(pending);
    };
    QTRY_VERIFY_WITH_TIMEOUT(collectAnnounced(), 30000);

    QJsonArray ids;
    for (int i = 1; i <= 60; ++i)
        ids.append(u"dev-%1"_s.arg(i, 6, 10, QLatin1Char('0')));
    const Reply rotated = client->post(u"/credentials/rotate"_s, {{u"device_ids"_s, ids}}, token);
    QCOMPARE(rotated.status, 200);
    QByteArray leaf;
    for (const QJsonValue &value : rotated.items()) {
        if (value.toObject().value(u"outcome"_s).toString() == u"rotated"_s) {
            leaf = value.toObject().value(u"certificate_pem"_s).toString().toLatin1();
            break;
        }
    }
    QVERIFY2(!leaf.isEmpty(), "no device rotated online");
    const QByteArray caBefore = client->get(u"/credentials/ca"_s, token).json.value(u"certificate_pem"_s)
                                    .toString().toLatin1();
    QVERIFY(chainsTo(leaf, caBefore));

    client.reset();
    runner.stop();
    info = runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    token = client->token(u"bob"_s); // alice's TOTP step is used up
    const QByteArray caAfter = client->get(u"/credentials/ca"_s, token).json.value(u"certificate_pem"_s)
                                   .toString().toLatin1();
    QCOMPARE(caAfter, caBefore);
    QVERIFY(chainsTo(leaf, caAfter));

    // A tampered CA file keeps fleetd from starting, saying why; the file is not replaced.
    client.reset();
    runner.stop();
    const QString caFile = DeviceCaStore::fileName(config.dataDir);
    QByteArray stored = readAll(caFile);
    const qsizetype at = stored.indexOf("\"sealed_key\"") + 20;
    stored[at] = stored.at(at) == 'A' ? 'B' : 'A';
    QVERIFY(writeAll(caFile, stored));
    const Result<FleetdInstanceInfo> refused = runner.start(config);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"device certificate authority"_s), qPrintable(refused.errorMessage()));
    QCOMPARE(readAll(caFile), stored);
    runner.stop();
}

QTEST_GUILESS_MAIN(TestFleetdDeviceCa)
#include "tst_fleetddeviceca.moc"
