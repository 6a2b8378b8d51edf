#include "fleet/ConnectionProfile.h"
#include "fleet/TlsSetup.h"
#include "security/CertificateAuthority.h"
#include "security/SecretBuffer.h"

#include <QFile>
#include <QSettings>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(warden::ConnectionProfile)

namespace {

// Every key a saved profile may have; anything else in the file would be a leak or a stale layout.
const QStringList AllowedKeys{u"name"_s,       u"base_url"_s,      u"ca_bundle"_s, u"client_certificate"_s,
                              u"client_key"_s, u"client_pkcs12"_s, u"spki_pin"_s,  u"user"_s};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestConnectionProfile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_data();
    void validate();
    void problemsListsEveryProblem();
    void urls_data();
    void urls();
    void saveLoadRoundTrip();
    void awkwardNamesStayOneGroup();
    void loadUnknownName();
    void nothingSecretReachesSettings();
    void userInfoIsNeverWritten();

private:
    ConnectionProfile validProfile() const;

    QTemporaryDir m_dir;
    QString m_ca;
    QString m_cert;
    QString m_key;
    QString m_p12;
    QString m_empty;
};

void TestConnectionProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<CertificateAuthority> ca = CertificateAuthority::create(u"Test CA"_s, 30);
    QVERIFY2(ca.ok(), qPrintable(ca.errorMessage()));
    CertificateRequest request;
    request.commonName = u"alice"_s;
    request.usage = CertificateRequest::Usage::Client;
    const Result<IssuedCertificate> client = ca->issue(request);
    QVERIFY2(client.ok(), qPrintable(client.errorMessage()));

    m_ca = m_dir.filePath(u"ca.pem"_s);
    m_cert = m_dir.filePath(u"client.pem"_s);
    m_key = m_dir.filePath(u"client-key.pem"_s);
    m_p12 = m_dir.filePath(u"client.p12"_s);
    m_empty = m_dir.filePath(u"empty.pem"_s);
    writeFile(m_ca, ca->certificatePem());
    writeFile(m_cert, client->certificatePem);
    writeFile(m_key, client->privateKeyPem);
    writeFile(m_p12, QByteArray("not really pkcs12, only readability is checked here"));
    writeFile(m_empty, QByteArray());
}

ConnectionProfile TestConnectionProfile::validProfile() const
{
    ConnectionProfile profile;
    profile.name = u"EU West"_s;
    profile.baseUrl = QUrl(u"https://fleet.example.org:8443"_s);
    profile.userName = u"alice"_s;
    return profile;
}

void TestConnectionProfile::validate_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("field"); // "" = valid

    const ConnectionProfile base = validProfile();
    const auto with = [&](const std::function<void(ConnectionProfile &)> &change) {
        ConnectionProfile profile = base;
        change(profile);
        return profile;
    };

    QTest::newRow("minimal") << base << QString();
    QTest::newRow("full pem") << with([&](ConnectionProfile &p) {
        p.caBundlePath = m_ca;
        p.clientCertificatePath = m_cert;
        p.clientKeyPath = m_key;
        p.spkiPin = u"sha256/" + QString(43, u'A') + u'=';
    }) << QString();
    QTest::newRow("pkcs12") << with([&](ConnectionProfile &p) { p.clientPkcs12Path = m_p12; }) << QString();
    QTest::newRow("hex pin") << with([](ConnectionProfile &p) { p.spkiPin = QString(64, u'a'); }) << QString();
    QTest::newRow("path under api") << with([](ConnectionProfile &p) { p.baseUrl = QUrl(u"https://h:1/api/v1"_s); })
                                    << QString();
    QTest::newRow("no name") << with([](ConnectionProfile &p) { p.name = u"  "_s; }) << u"name"_s;
    QTest::newRow("long name") << with([](ConnectionProfile &p) { p.name = QString(101, u'x'); }) << u"name"_s;
    QTest::newRow("control in name") << with([](ConnectionProfile &p) { p.name = u"a\u0007b"_s; }) << u"name"_s;
    QTest::newRow("no url") << with([](ConnectionProfile &p) { p.baseUrl = QUrl(); }) << u"base_url"_s;
    QTest::newRow("http") << with([](ConnectionProfile &p) { p.baseUrl = QUrl(u"http://fleet:8080"_s); })
                          << u"base_url"_s;
    QTest::newRow("wss") << with([](ConnectionProfile &p) { p.baseUrl = QUrl(u"wss://fleet:8443"_s); })
                         << u"base_url"_s;
    QTest::newRow("no host") << with([](ConnectionProfile &p) { p.baseUrl = QUrl(u"https:///api"_s); })
                             << u"base_url"_s;
    QTest::newRow("user info") << with([](ConnectionProfile &p) {
        p.baseUrl = QUrl(u"https://alice:hunter2@fleet:8443"_s);
    }) << u"base_url"_s;
    QTest::newRow("query") << with([](ConnectionProfile &p) { p.baseUrl = QUrl(u"https://fleet/?token=x"_s); })
                           << u"base_url"_s;
    QTest::newRow("ca missing") << with([&](ConnectionProfile &p) { p.caBundlePath = m_ca + u".gone"_s; })
                                << u"ca_bundle"_s;
    QTest::newRow("ca is a folder") << with([&](ConnectionProfile &p) { p.caBundlePath = m_dir.path(); })
                                    << u"ca_bundle"_s;
    QTest::newRow("cert without key") << with([&](ConnectionProfile &p) { p.clientCertificatePath = m_cert; })
                                      << u"client_key"_s;
    QTest::newRow("key without cert") << with([&](ConnectionProfile &p) { p.clientKeyPath = m_key; })
                                      << u"client_certificate"_s;
    QTest::newRow("pem and pkcs12") << with([&](ConnectionProfile &p) {
        p.clientCertificatePath = m_cert;
        p.clientKeyPath = m_key;
        p.clientPkcs12Path = m_p12;
    }) << u"client_certificate"_s;
    QTest::newRow("key missing") << with([&](ConnectionProfile &p) {
        p.clientCertificatePath = m_cert;
        p.clientKeyPath = m_key + u".gone"_s;
    }) << u"client_key"_s;
    QTest::newRow("pkcs12 missing") << with([&](ConnectionProfile &p) { p.clientPkcs12Path = m_p12 + u"x"_s; })
                                    << u"client_pkcs12"_s;
    QTest::newRow("pin garbage") << with([](ConnectionProfile &p) { p.spkiPin = u"sha1/abc"_s; }) << u"spki_pin"_s;
    QTest::newRow("pin short hex") << with([](ConnectionProfile &p) { p.spkiPin = QString(62, u'a'); })
                                   << u"spki_pin"_s;
    QTest::newRow("control in user") << with([](ConnectionProfile &p) { p.userName = u"al\nice"_s; }) << u"user"_s;
}

void TestConnectionProfile::validate()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, field);
    const Status status = profile.validate();
    QCOMPARE(status.ok(), field.isEmpty());
    QCOMPARE(status.error().field, field);
    if (!field.isEmpty()) {
        QVERIFY(status.errorMessage().endsWith(u'.') || status.errorMessage().endsWith(u')'));
        QVERIFY(profile.problems().contains(status.errorMessage()));
    } else {
        QVERIFY(profile.problems().isEmpty());
    }
}

void TestConnectionProfile::problemsListsEveryProblem()
{
    ConnectionProfile profile;
    profile.name = u"x"_s;
    profile.baseUrl = QUrl(u"http://fleet"_s);
    profile.caBundlePath = m_ca + u".gone"_s;
    profile.spkiPin = u"nonsense"_s;
    const QStringList problems = profile.problems();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).contains(u"https://"_s));
    QVERIFY(problems.at(1).contains(u"does not exist"_s));
    QVERIFY(problems.at(2).contains(u"pin"_s));
    QCOMPARE(profile.validate().error().field, u"base_url"_s); // validate() stops at the first
}

void TestConnectionProfile::urls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("stream");
    QTest::newRow("bare") << u"https://fleet:8443"_s << u"https://fleet:8443/api/v1/devices"_s
                          << u"wss://fleet:8443/api/v1/stream"_s;
    QTest::newRow("trailing slash") << u"https://fleet:8443/"_s << u"https://fleet:8443/api/v1/devices"_s
                                    << u"wss://fleet:8443/api/v1/stream"_s;
    QTest::newRow("with api path") << u"https://fleet/api/v1"_s << u"https://fleet/api/v1/devices"_s
                                   << u"wss://fleet/api/v1/stream"_s;
    QTest::newRow("behind a prefix") << u"https://gw.example.org/fleet-a"_s
                                     << u"https://gw.example.org/fleet-a/api/v1/devices"_s
                                     << u"wss://gw.example.org/fleet-a/api/v1/stream"_s;
    QTest::newRow("ipv6") << u"https://[::1]:9000"_s << u"https://[::1]:9000/api/v1/devices"_s
                          << u"wss://[::1]:9000/api/v1/stream"_s;
}

void TestConnectionProfile::urls()
{
    QFETCH(QString, base);
    QFETCH(QString, api);
    QFETCH(QString, stream);
    ConnectionProfile profile = validProfile();
    profile.baseUrl = QUrl(base);
    QCOMPARE(profile.apiUrl(u"/devices"_s).toString(), api);
    QCOMPARE(profile.streamUrl().toString(), stream);
}

void TestConnectionProfile::saveLoadRoundTrip()
{
    QSettings settings(m_dir.filePath(u"roundtrip.ini"_s), QSettings::IniFormat);
    ConnectionProfile first = validProfile();
    first.caBundlePath = m_ca;
    first.clientCertificatePath = m_cert;
    first.clientKeyPath = m_key;
    first.spkiPin = QString(64, u'b');
    ConnectionProfile second = validProfile();
    second.name = u"Lab"_s;
    second.baseUrl = QUrl(u"https://127.0.0.1:9443"_s);
    second.clientPkcs12Path = m_p12;
    second.userName.clear();
    first.save(settings);
    second.save(settings);
    settings.sync();

    QSettings reread(settings.fileName(), QSettings::IniFormat);
    QCOMPARE(ConnectionProfile::storedNames(reread), (QStringList{u"EU West"_s, u"Lab"_s}));
    const Result<ConnectionProfile> loadedFirst = ConnectionProfile::load(reread, u"EU West"_s);
    QVERIFY2(loadedFirst.ok(), qPrintable(loadedFirst.errorMessage()));
    QVERIFY(loadedFirst.value() == first);
    const Result<ConnectionProfile> loadedSecond = ConnectionProfile::load(reread, u"Lab"_s);
    QVERIFY(loadedSecond.ok());
    QVERIFY(loadedSecond.value() == second);

    // Saving again replaces: a cleared field does not survive from the old entry.
    second.clientPkcs12Path.clear();
    second.save(reread);
    QVERIFY(ConnectionProfile::load(reread, u"Lab"_s)->clientPkcs12Path.isEmpty());

    ConnectionProfile::remove(reread, u"EU West"_s);
    QCOMPARE(ConnectionProfile::storedNames(reread), QStringList{u"Lab"_s});
}

void TestConnectionProfile::awkwardNamesStayOneGroup()
{
    QSettings settings(m_dir.filePath(u"awkward.ini"_s), QSettings::IniFormat);
    const QStringList names{u"a/b"_s, u"c\\d"_s, u"Zürich 1"_s, u"%41"_s, u"A"_s};
    for (const QString &name : names) {
        ConnectionProfile profile = validProfile();
        profile.name = name;
        profile.save(settings);
    }
    settings.sync();
    QSettings reread(settings.fileName(), QSettings::IniFormat);
    QStringList expected = names;
    expected.sort(Qt::CaseInsensitive);
    QCOMPARE(ConnectionProfile::storedNames(reread), expected);
    for (const QString &name : names)
        QCOMPARE(ConnectionProfile::load(reread, name)->name, name);
    ConnectionProfile::remove(reread, u"a/b"_s);
    QVERIFY(!ConnectionProfile::storedNames(reread).contains(u"a/b"_s));
    QCOMPARE(ConnectionProfile::storedNames(reread).size(), names.size() - 1);
}

void TestConnectionProfile::loadUnknownName()
{
    QSettings settings(m_dir.filePath(u"unknown.ini"_s), QSettings::IniFormat);
    const Result<ConnectionProfile> loaded = ConnectionProfile::load(settings, u"nowhere"_s);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.errorMessage().contains(u"nowhere"_s));
}

void TestConnectionProfile::nothingSecretReachesSettings()
{
    // Use every secret the connection can involve (key passphrase, a password typed at login), then save.
    const QByteArray passphrase = "correct horse battery staple";
    const QString password = u"Tr0ub4dor&3"_s;

    QFile keyFile(m_key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey plainKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!plainKey.isNull());
    const QString encryptedKey = m_dir.filePath(u"client-key-encrypted.pem"_s);
    writeFile(encryptedKey, plainKey.toPem(passphrase));

    ConnectionProfile profile = validProfile();
    profile.caBundlePath = m_ca;
    profile.clientCertificatePath = m_cert;
    profile.clientKeyPath = encryptedKey;
    SecretBytes secret(passphrase);
    const Result<TlsSettings> tls = TlsSetup::build(profile, &secret);
    QVERIFY2(tls.ok(), qPrintable(tls.errorMessage()));

    const QString path = m_dir.filePath(u"secrets.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        profile.save(settings);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains(passphrase));
    QVERIFY(!contents.contains(password.toUtf8()));
    QVERIFY(!contents.contains("PRIVATE KEY"));
    QVERIFY(!contents.contains("ENCRYPTED"));
    for (const char *word : {"password", "passphrase", "token", "secret", "totp"})
        QVERIFY2(!contents.toLower().contains(word), word);

    QSettings reread(path, QSettings::IniFormat);
    QStringList keysWritten = reread.allKeys();
    for (QString &key : keysWritten)
        key = key.section(u'/', -1);
    for (const QString &key : std::as_const(keysWritten))
        QVERIFY2(AllowedKeys.contains(key), qPrintable(key));
    QCOMPARE(keysWritten.size(), AllowedKeys.size());
}

void TestConnectionProfile::userInfoIsNeverWritten()
{
    ConnectionProfile profile = validProfile();
    profile.baseUrl = QUrl(u"https://alice:hunter2@fleet.example.org:8443"_s);
    QVERIFY(!profile.validate().ok());
    const QString path = m_dir.filePath(u"userinfo.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        profile.save(settings); // even if a caller skips validate()
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains("hunter2"));
    QVERIFY(contents.contains("fleet.example.org"));
    QSettings reread(path, QSettings::IniFormat);
    QCOMPARE(ConnectionProfile::load(reread, profile.name)->baseUrl, QUrl(u"https://fleet.example.org:8443"_s));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
